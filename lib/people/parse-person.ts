import * as v from 'valibot';
import { PersonSchema, type Person } from '../prefs/schema';
import { t } from '../i18n';

export type ParsedPerson = { ok: true; person: Person } | { ok: false; field: 'name' | 'link'; error: string };

const PHONE = /^\+?[0-9 ().-]{3,32}$/;
const EMAIL = /^[^\s@:/]+@[^\s@/]+\.[^\s@/]+$/;

/**
 * Turns what the person typed into a link Steady can offer. A bare phone number becomes tel: and a
 * bare email address mailto:, because that is almost always what was meant; anything that is not a
 * tel:, sms:, mailto: or https: link is refused with a plain reason, so a page-running link such as
 * javascript: can never be saved.
 */
export function normaliseLink(raw: string): { ok: true; link: string } | { ok: false; error: string } {
  const text = raw.trim();
  if (!text) return { ok: false, error: t('person.noLink') };
  if (PHONE.test(text) && /\d{3}/.test(text.replace(/\D/g, ''))) return { ok: true, link: `tel:${text.replace(/[\s().-]/g, '')}` };
  if (EMAIL.test(text)) return { ok: true, link: `mailto:${text}` };
  const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(text)?.[1]?.toLowerCase();
  if (scheme === 'http') return { ok: false, error: t('person.http') };
  if (!scheme && /^[^\s/]+\.[a-z]{2,}(\/\S*)?$/i.test(text)) return { ok: true, link: `https://${text}` };
  if (!scheme || !['tel', 'sms', 'mailto', 'https'].includes(scheme)) {
    return { ok: false, error: t('person.scheme') };
  }
  const link = `${scheme}:${text.slice(scheme.length + 1)}`;
  return v.is(PersonSchema.entries.link, link)
    ? { ok: true, link }
    : { ok: false, error: t('person.incomplete', { scheme, example: EXAMPLES[scheme] ?? '' }) };
}

const EXAMPLES: Record<string, string> = {
  tel: 'tel:+441234567890',
  sms: 'sms:+441234567890',
  mailto: 'mailto:sam@example.org',
  https: 'https://wa.me/441234567890',
};

export function parsePerson(name: string, rawLink: string, id: string = crypto.randomUUID()): ParsedPerson {
  const trimmed = name.trim();
  if (!trimmed) return { ok: false, field: 'name', error: t('person.noName') };
  if (trimmed.length > 60) return { ok: false, field: 'name', error: t('person.longName') };
  const link = normaliseLink(rawLink);
  if (!link.ok) return { ok: false, field: 'link', error: link.error };
  const parsed = v.safeParse(PersonSchema, { id, name: trimmed, link: link.link });
  if (!parsed.success) return { ok: false, field: 'link', error: t('person.badLink') };
  return { ok: true, person: parsed.output };
}
