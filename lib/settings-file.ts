import { PREFS_VERSION } from './prefs/version';
import { migrate } from './prefs/migrations';
import type { Prefs } from './prefs/schema';
import type { Note } from './i18n/note';
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

/**
 * Checks the whole file before anything is applied; the error names the first problems found. Each
 * refusal is also a Note (the same words as catalogue keys), so the options page says it in the
 * person's language; the English stays in `error` (and is the catalogue's English, word for word).
 */
export function parseSettingsFile(text: string): PrefsResult {
  const refuse = (why: string, note: Note): PrefsResult => ({ ok: false, error: `Nothing was changed. ${why}`, note });
  if (text.length > MAX_FILE_BYTES) return { ok: false, error: TOO_LARGE, note: { code: 'data.tooLarge' } };
  let file: unknown;
  try {
    file = JSON.parse(text);
  } catch {
    return refuse('This file is not a Steady settings file: it is not valid JSON.', { code: 'import.notJson' });
  }
  if (!isRecord(file) || file.format !== SETTINGS_FORMAT) {
    return refuse('This file is not a Steady settings file: “format” should be "steady-settings".', { code: 'import.notSteady' });
  }
  if (file.formatVersion !== SETTINGS_FORMAT_VERSION) {
    return typeof file.formatVersion === 'number' && file.formatVersion > SETTINGS_FORMAT_VERSION
      ? refuse(`This file comes from a newer Steady (format ${file.formatVersion}). Update Steady, then try again.`, {
          code: 'import.newerFormat',
          values: { format: String(file.formatVersion) },
        })
      : refuse(`“formatVersion” should be ${SETTINGS_FORMAT_VERSION}.`, { code: 'import.wrongFormatVersion', values: { expected: String(SETTINGS_FORMAT_VERSION) } });
  }
  if (!isRecord(file.prefs)) return refuse('“prefs” is missing from the file.', { code: 'import.missingPrefs' });
  const migrated = migrate(file.prefs);
  if (migrated.kind === 'unknown-version') {
    const from = migrated.from;
    return typeof from === 'number' && from > PREFS_VERSION
      ? refuse(`These settings come from a newer Steady (settings version ${from}). Update Steady, then try again.`, {
          code: 'import.newerSettings',
          values: { version: String(from) },
        })
      : refuse(`The settings in this file have a version (${clipValue(from)}) that no Steady has written.`, {
          code: 'import.unknownVersion',
          values: { version: clipValue(from) },
        });
  }
  const checked = validatePrefs(migrated.value);
  if (!checked.ok) return refuse(checked.errors.join(' '), { code: 'import.invalid', values: { problems: checked.notes } });
  return { ok: true, prefs: checked.prefs };
}

function clipValue(value: unknown): string {
  const text = JSON.stringify(value) ?? String(value);
  return text.length > 40 ? `${text.slice(0, 39)}…` : text;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
