import * as v from 'valibot';
import { PrefsSchema, type Prefs } from './schema';

export type Validation = { ok: true; prefs: Prefs } | { ok: false; errors: string[] };

/** Strict check of a whole preferences object; errors name the field, e.g. `sites[2].host`. */
export function validatePrefs(value: unknown): Validation {
  const result = v.safeParse(PrefsSchema, value);
  if (result.success) return { ok: true, prefs: result.output };
  return { ok: false, errors: result.issues.slice(0, 5).map(describeIssue) };
}

export function describeIssue(issue: v.BaseIssue<unknown>): string {
  const path = formatPath(issue.path);
  const message = /^[a-z]/.test(issue.message) ? issue.message : issue.message.replace(/^Invalid /, 'has an invalid ');
  return path ? `“${path}” ${message}` : message;
}

function formatPath(path: v.BaseIssue<unknown>['path']): string {
  if (!path) return '';
  return path
    .map((item, i) => (typeof item.key === 'number' ? `[${item.key}]` : `${i ? '.' : ''}${String(item.key)}`))
    .join('');
}
