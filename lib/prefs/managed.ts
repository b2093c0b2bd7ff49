import * as v from 'valibot';
import { FREQUENCIES, HostSchema, PersonSchema } from './schema';
import type { Note } from '../i18n/note';
import type { Organisation } from './organisation';

/**
 * The policy an organisation installs (public/managed-schema.json describes the same keys to
 * Chrome; Firefox takes them from policies.json under 3rdparty). Each part is checked on its own:
 * a mistake in one helpline drops that helpline and is named on the options page, it never
 * discards the rest of the policy, and nothing unchecked reaches a page.
 */
const text = (max: number) => v.pipe(v.string(), v.trim(), v.minLength(1), v.maxLength(max));
const number = v.pipe(v.string(), v.trim(), v.regex(/^\+?[0-9 ().-]{2,32}$/));
const HelplineSchema = v.pipe(
  v.object({
    name: text(80),
    phone: v.optional(number),
    text: v.optional(number),
    url: v.optional(v.pipe(v.string(), v.regex(/^https:\/\/\S+$/), v.maxLength(500))),
    hours: v.optional(text(80)),
  }),
  // A helpline with no way to reach it is incomplete: left out, and said so like any other.
  v.check((line) => Boolean(line.phone || line.text || line.url)),
);
/** The same checks as the person's own people: a name and a tel:, sms:, mailto: or https: link. */
const ContactSchema = v.object({ name: PersonSchema.entries.name, link: PersonSchema.entries.link });
const SiteSchema = v.object({ host: HostSchema, label: v.optional(text(60)), includeSubdomains: v.optional(v.boolean(), true) });
const ListSchema = v.object({
  label: text(60),
  words: v.pipe(v.array(text(100)), v.minLength(1), v.maxLength(2000)),
  action: v.optional(v.picklist(['pause', 'veil', 'hide']), 'veil'),
});
const PauseSchema = v.object({
  frequency: v.optional(v.picklist(FREQUENCIES)),
  intervalMinutes: v.optional(v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(1440))),
  snoozeMinutes: v.optional(v.pipe(v.array(v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(720))), v.minLength(1), v.maxLength(4))),
});

/** What is said of an entry of each list that was left out (its number counts from 1). */
const PARTS = {
  helplines: 'org.problem.helpline',
  contacts: 'org.problem.contact',
  offeredSites: 'org.problem.site',
  offeredLists: 'org.problem.list',
} as const;

export function parseOrganisation(policy: unknown): Organisation | null {
  if (typeof policy !== 'object' || policy === null || Object.keys(policy).length === 0) return null;
  const raw = policy as Record<string, unknown>;
  // Notes, not words: the options page says them in the person's language.
  const problems: Note[] = [];
  const listOf = <T>(key: keyof typeof PARTS, schema: v.GenericSchema<unknown, T>): T[] => {
    if (raw[key] === undefined) return [];
    if (!Array.isArray(raw[key])) {
      problems.push({ code: 'org.problem.notList', values: { key } });
      return [];
    }
    return (raw[key] as unknown[]).flatMap((entry, i) => {
      const parsed = v.safeParse(schema, entry);
      if (parsed.success) return [parsed.output];
      problems.push({ code: PARTS[key], values: { count: i + 1 } });
      return [];
    });
  };
  const name = v.safeParse(text(80), raw.organisationName);
  const pause = v.safeParse(PauseSchema, raw.pauseDefaults ?? {});
  if (!pause.success) problems.push({ code: 'org.problem.pause' });
  const country = typeof raw.helplineCountry === 'string' && /^[A-Z]{2}$/.test(raw.helplineCountry) ? raw.helplineCountry : '';
  const may = raw.personMayChange as Record<string, unknown> | undefined;
  return {
    name: name.success ? name.output : 'Your organisation',
    helplines: listOf('helplines', HelplineSchema),
    contacts: listOf('contacts', ContactSchema),
    helplineCountry: country,
    offeredSites: listOf('offeredSites', SiteSchema).map((site) => ({ ...site, label: site.label ?? site.host })),
    offeredLists: listOf('offeredLists', ListSchema),
    pauseDefaults: pause.success ? pause.output : {},
    personMayChangePause: !(typeof may === 'object' && may !== null && may.pauseDefaults === false),
    problems,
  };
}
