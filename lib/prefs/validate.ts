import * as v from 'valibot';
import type { Note } from '../i18n/note';
import { problems, type ProblemKey, type RuleKey } from '../i18n/locales/en-problems';
import { inEnglish } from './in-english';
import { PrefsSchema, type Prefs } from './schema';

/** `errors` are the English of `notes` (for logs and the English text that travels with a Note). */
export type Validation = { ok: true; prefs: Prefs } | { ok: false; errors: string[]; notes: Note[] };

/**
 * Strict check of a whole preferences object. Problems are said in the person's terms — the list or
 * setting by its own name, e.g. `Word list “Hospital stuff”: has more than 2,000 words.` — never an
 * internal path, and never an echo of a wrong value. Each is a Note (catalogue keys, so a page says
 * it in the person's language) and its English.
 */
export function validatePrefs(value: unknown): Validation {
  const result = v.safeParse(PrefsSchema, value);
  if (result.success) return { ok: true, prefs: result.output };
  const notes = result.issues.slice(0, 5).map((issue) => describeIssue(issue, value));
  return { ok: false, errors: notes.map(inEnglish), notes };
}

type ListName = 'sites' | 'triggers' | 'people';
const LISTS: Record<ListName, { named: ProblemKey; numbered: ProblemKey; setting: ProblemKey; name: (entry: Record<string, unknown>) => unknown }> = {
  sites: { named: 'item.site', numbered: 'item.siteNumber', setting: 'setting.site', name: (e) => e.label || e.host },
  triggers: { named: 'item.wordList', numbered: 'item.wordListNumber', setting: 'setting.wordList', name: (e) => e.label },
  people: { named: 'item.person', numbered: 'item.personNumber', setting: 'setting.person', name: (e) => e.name },
};
const isList = (key: unknown): key is ListName => typeof key === 'string' && Object.hasOwn(LISTS, key);

/** A field of a list entry by its name; a field not here is named by its settings-file key. */
const FIELDS: Record<string, ProblemKey> = {
  host: 'field.host',
  pathPrefix: 'field.pathPrefix',
  label: 'field.name',
  name: 'field.name',
  hosts: 'field.hosts',
  link: 'field.link',
  action: 'field.action',
  veilStyle: 'field.veilStyle',
  id: 'field.id',
  message: 'field.message',
};
/** Fields whose every rule already says what it is about ("needs at least one word"). */
const SAID_BY_RULE = new Set(['words']);

const CLIP = 40;
const clip = (text: string) => (text.length > CLIP ? `${text.slice(0, CLIP - 1)}…` : text);
/** A settings-file key as words, as it is written there: `gentleDelaySeconds` → `gentle delay seconds`. */
const words = (key: string) => key.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase();
const note = (code: ProblemKey, values?: Note['values']): Note => (values ? { code, values } : { code });

const isRule = (message: string): message is RuleKey => message.startsWith('rule.') && Object.hasOwn(problems, message);

/** Valibot's own checks (those without one of our rule keys) by kind, never with its English text. */
const BY_TYPE: Record<string, RuleKey> = {
  boolean: 'rule.onOff',
  number: 'rule.number',
  string: 'rule.text',
  object: 'rule.group',
  array: 'rule.list',
  integer: 'rule.wholeNumber',
  min_value: 'rule.atLeast',
  max_value: 'rule.atMost',
};

/** What is wrong, as a rule Note: the schema's own rule key, or the kind of check that failed. */
function ruleOf(issue: v.BaseIssue<unknown>): Note {
  const count = typeof issue.requirement === 'number' ? { count: issue.requirement } : undefined;
  if (issue.input === undefined) return note('rule.missing');
  if (isRule(issue.message)) return note(issue.message, count);
  const text = typeof issue.input === 'string';
  if (issue.type === 'max_length') return note(text ? 'rule.longerThan' : 'rule.moreThan', count);
  if (issue.type === 'min_length') return note(text ? 'rule.shorterThan' : 'rule.fewerThan', count);
  const byType = BY_TYPE[issue.type];
  if (byType) return note(byType, count);
  return note(issue.kind === 'schema' ? 'rule.notKnown' : 'rule.notInForm');
}

/** One problem as a Note: which list entry or setting, then the rule it breaks. */
export function describeIssue(issue: v.BaseIssue<unknown>, input?: unknown): Note {
  const rule = ruleOf(issue);
  const keys = (issue.path ?? []).map((item) => item.key);
  if (keys.length === 0) return note('problem.whole', { rule });
  const [top, index, field] = keys;
  if (isList(top) && typeof index === 'number') {
    const list = LISTS[top];
    const entry = (input as Record<string, unknown[]> | undefined)?.[top]?.[index];
    const name = entry && typeof entry === 'object' ? list.name(entry as Record<string, unknown>) : undefined;
    const item = typeof name === 'string' && name.trim() ? note(list.named, { name: clip(name.trim()) }) : note(list.numbered, { count: index + 1 });
    if (typeof field !== 'string' || SAID_BY_RULE.has(field)) return note('problem.entry', { item, rule });
    const known = field === 'hosts' && typeof keys[3] === 'number' ? 'field.oneHost' : FIELDS[field];
    return known ? note('problem.entryField', { item, field: note(known), rule }) : note('problem.entryKey', { item, key: words(field), rule });
  }
  return note('problem.setting', { setting: settingFrom(keys), rule });
}

/** A setting outside the lists: its section by name, then the settings-file keys under it. */
function settingFrom(keys: readonly unknown[]): Note {
  const [top] = keys;
  const rest = keys.slice(1).filter((key): key is string => typeof key === 'string').map(words);
  const known = typeof top === 'string' && Object.hasOwn(problems, `section.${top}`);
  const section = known ? note(`section.${top}` as ProblemKey) : typeof top === 'string' ? words(top) : undefined;
  if (section === undefined) return note('setting.everything');
  if (rest.length > 0) return note('setting.path', { section, path: rest.join(', ') });
  return typeof section === 'string' ? note('setting.verbatim', { text: section }) : section;
}

/** A stored path (`sites[1]`, `pause.frequency`, as repair and sync name them) as the person knows the setting. */
export function settingNote(path: string): Note {
  const match = /^([A-Za-z]+)(?:\[(\d+)\])?(?:\.(.+))?$/.exec(path);
  if (!match) return path === '(everything)' || path === '' ? note('setting.everything') : note('setting.verbatim', { text: clip(path) });
  const [, top = '', index, rest = ''] = match;
  if (isList(top) && index !== undefined) {
    const entry = note(LISTS[top].setting, { count: Number(index) + 1 });
    return rest === 'id' ? note('setting.newId', { setting: entry }) : entry;
  }
  return settingFrom([top, ...(rest ? rest.split('.') : [])]);
}

/** The same, in English. */
export const settingName = (path: string): string => inEnglish(settingNote(path));
