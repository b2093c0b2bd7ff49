import { PREFS_VERSION } from './prefs/version';
import { migrate } from './prefs/migrations';
import type { Prefs } from './prefs/schema';
import type { PrefsResult } from './prefs/storage';
import { validatePrefs } from './prefs/validate';

/** The settings file format; documented in docs/settings-file.md. */
export const SETTINGS_FORMAT = 'steady-settings';
export const SETTINGS_FORMAT_VERSION = 1;
/** Far larger than real settings; checked before a file is read, and again on its text. */
export const MAX_FILE_BYTES = 2_000_000;
export const TOO_LARGE = 'Nothing was changed. This file is too large to be a Steady settings file (they are under 2 MB).';

export function toSettingsFile(prefs: Prefs, now: Date): string {
  const file = { format: SETTINGS_FORMAT, formatVersion: SETTINGS_FORMAT_VERSION, exportedAt: now.toISOString(), prefs };
  return `${JSON.stringify(file, null, 2)}\n`;
}

export function settingsFileName(now: Date): string {
  return `steady-settings-${now.toISOString().slice(0, 10)}.json`;
}

/** Checks the whole file before anything is applied; the error names the first problems found. */
export function parseSettingsFile(text: string): PrefsResult {
  const refuse = (why: string): PrefsResult => ({ ok: false, error: `Nothing was changed. ${why}` });
  if (text.length > MAX_FILE_BYTES) return { ok: false, error: TOO_LARGE };
  let file: unknown;
  try {
    file = JSON.parse(text);
  } catch {
    return refuse('This file is not a Steady settings file: it is not valid JSON.');
  }
  if (!isRecord(file) || file.format !== SETTINGS_FORMAT) {
    return refuse('This file is not a Steady settings file: “format” should be "steady-settings".');
  }
  if (file.formatVersion !== SETTINGS_FORMAT_VERSION) {
    return typeof file.formatVersion === 'number' && file.formatVersion > SETTINGS_FORMAT_VERSION
      ? refuse(`This file comes from a newer Steady (format ${file.formatVersion}). Update Steady, then try again.`)
      : refuse(`“formatVersion” should be ${SETTINGS_FORMAT_VERSION}.`);
  }
  if (!isRecord(file.prefs)) return refuse('“prefs” is missing from the file.');
  const migrated = migrate(file.prefs);
  if (migrated.kind === 'unknown-version') {
    const from = migrated.from;
    return typeof from === 'number' && from > PREFS_VERSION
      ? refuse(`These settings come from a newer Steady (settings version ${from}). Update Steady, then try again.`)
      : refuse(`The settings in this file have a version (${clipValue(from)}) that no Steady has written.`);
  }
  const checked = validatePrefs(migrated.value);
  if (!checked.ok) return refuse(checked.errors.join(' '));
  return { ok: true, prefs: checked.prefs };
}

function clipValue(value: unknown): string {
  const text = JSON.stringify(value) ?? String(value);
  return text.length > 40 ? `${text.slice(0, 39)}…` : text;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
