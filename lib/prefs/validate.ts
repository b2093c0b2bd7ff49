import * as v from 'valibot';
import { PrefsSchema, type Prefs } from './schema';

export type Validation = { ok: true; prefs: Prefs } | { ok: false; errors: string[] };

/**
 * Strict check of a whole preferences object. Errors are said in the person's terms — the list or
 * setting by its own name, e.g. `Word list “Hospital stuff”: has more than 2000 words` — never an
 * internal path, and never an echo of a long wrong value.
 */
export function validatePrefs(value: unknown): Validation {
  const result = v.safeParse(PrefsSchema, value);
  if (result.success) return { ok: true, prefs: result.output };
  return { ok: false, errors: result.issues.slice(0, 5).map((issue) => describeIssue(issue, value)) };
}

const LISTS: Record<string, { item: string; name: (entry: Record<string, unknown>) => unknown }> = {
  sites: { item: 'Site', name: (e) => e.label || e.host },
  triggers: { item: 'Word list', name: (e) => e.label },
  people: { item: 'Person', name: (e) => e.name },
};
const SECTIONS: Record<string, string> = {
  sites: 'Your sites',
  triggers: 'Your word lists',
  people: 'Your people',
  pause: 'Pause',
  quietHours: 'Quiet hours',
  exercises: 'Exercises',
  appearance: 'Appearance',
  history: 'Check-in history',
  listReview: 'Looking over your lists',
  plan: 'Your steadying plan',
  helplineCountry: 'Helpline country',
  sync: 'Sync',
  version: 'Settings version',
};
/** Fields whose message does not already say what it is about. */
const FIELDS: Record<string, string> = {
  host: 'the address',
  pathPrefix: 'the path',
  label: 'the name',
  hosts: 'the sites',
  link: 'the link',
  action: 'what it does',
  veilStyle: 'the veil',
  id: 'the id',
  message: 'the ready message',
};
const MAX_MESSAGE = 160;

const clip = (text: string, max: number) => (text.length > max ? `${text.slice(0, max - 1)}…` : text);
const words = (key: string) => key.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase();

const TYPES: Record<string, string> = {
  boolean: 'should be on or off (true or false)',
  number: 'should be a number',
  string: 'should be text',
  object: 'should be a group of settings',
  array: 'should be a list',
};

/** Valibot's own wording ("Invalid type: Expected boolean but received "yes"") in plain words. */
function plain(issue: v.BaseIssue<unknown>): string {
  if (/^[a-z]/.test(issue.message)) return issue.message;
  if (issue.input === undefined) return 'is missing';
  if (issue.kind === 'schema' && TYPES[issue.expected ?? '']) return TYPES[issue.expected!]!;
  return issue.message.replace(/^Invalid /, 'has an invalid ');
}

export function describeIssue(issue: v.BaseIssue<unknown>, input?: unknown): string {
  const message = clip(plain(issue), MAX_MESSAGE);
  const keys = (issue.path ?? []).map((item) => item.key);
  if (keys.length === 0) return message;
  const [top, index, field] = keys;
  const list = typeof top === 'string' ? LISTS[top] : undefined;
  if (list && typeof index === 'number') {
    const entry = (input as Record<string, unknown[]> | undefined)?.[top as string]?.[index];
    const name = entry && typeof entry === 'object' ? list.name(entry as Record<string, unknown>) : undefined;
    const subject = typeof name === 'string' && name.trim() ? `${list.item} “${clip(name.trim(), 40)}”` : `${list.item} ${index + 1}`;
    const what = typeof field === 'string' ? FIELDS[field] : undefined;
    return `${subject}: ${what ? `${what} ` : ''}${message}`;
  }
  const section = typeof top === 'string' ? (SECTIONS[top] ?? words(top)) : 'Settings';
  const rest = keys.slice(1).filter((key): key is string => typeof key === 'string').map(words);
  return `${section}${rest.length ? `, ${rest.join(', ')}` : ''}: ${message}`;
}

/** A stored path (`sites[1]`, `pause.frequency`) as the person knows the setting. */
export function settingName(path: string): string {
  const [, top = '', index, rest = ''] = /^([A-Za-z]+)(?:\[(\d+)\])?(?:\.(.+))?$/.exec(path) ?? [];
  const list = LISTS[top];
  if (list && index !== undefined) return `${list.item.toLowerCase()} ${Number(index) + 1}${rest === 'id' ? ' (given a new id)' : ''}`;
  const section = SECTIONS[top] ?? (top ? words(top) : path);
  return rest ? `${section}, ${rest.split('.').map(words).join(', ')}` : section;
}
