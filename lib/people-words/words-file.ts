import * as v from 'valibot';
import { t } from '../i18n';
import { MAX_FILE_BYTES } from '../settings-file';
import { fromBase64, toBase64 } from './base64';
import { checkRecording, MAX_WORDS, RECORDING_MAX_BYTES, WordsEntrySchema, type PeopleWords, type Recording, type WordsEntry } from './words';

/**
 * Words from my people in the settings file: only when the person ticks "include" on export, as an
 * optional `words` part beside `prefs` (docs/settings-file.md). The background never sees it: the
 * options page, which can open the extension's IndexedDB, adds it on export and takes it out on
 * import, and hands the background the rest of the file as before.
 */

export { fromBase64, toBase64 };

export const WORDS_PART_VERSION = 1;
/** A settings file with every message and a minute of sound in each (base64 is 4/3 of the bytes). */
export const MAX_FILE_WITH_WORDS_BYTES = MAX_FILE_BYTES + MAX_WORDS * (Math.ceil((RECORDING_MAX_BYTES * 4) / 3) + 4_000);

const FileEntrySchema = v.object({
  entry: WordsEntrySchema,
  /** Base64 of the recording's bytes (voice entries only). */
  audio: v.optional(v.pipe(v.string(), v.regex(/^[A-Za-z0-9+/]*={0,2}$/, 'has a recording that is not readable'))),
});
const WordsPartSchema = v.object({
  formatVersion: v.literal(WORDS_PART_VERSION),
  entries: v.pipe(v.array(v.unknown()), v.maxLength(MAX_WORDS, `has more than ${MAX_WORDS} messages`)),
});

export interface FileItem {
  entry: WordsEntry;
  recording?: Recording;
}

export async function wordsPart(words: PeopleWords): Promise<{ formatVersion: number; entries: Array<{ entry: WordsEntry; audio?: string }> }> {
  const entries = [];
  for (const entry of await words.list()) {
    const recording = entry.kind === 'voice' ? await words.recording(entry.id) : undefined;
    entries.push(recording ? { entry, audio: toBase64(recording.bytes) } : { entry });
  }
  return { formatVersion: WORDS_PART_VERSION, entries };
}

/** The background's settings file with the words part added. */
export function withWordsPart(settingsText: string, part: unknown): string {
  const file = JSON.parse(settingsText) as Record<string, unknown>;
  return `${JSON.stringify({ ...file, words: part }, null, 2)}\n`;
}

export type Split = { ok: true; settingsText: string; words: FileItem[] | null } | { ok: false; error: string };

/**
 * The file's settings (for the background) and its words, each checked whole before anything is
 * changed. A file that is not JSON is passed on as it is: the background says what is wrong with it.
 */
export function splitSettingsFile(text: string): Split {
  let file: unknown;
  try {
    file = JSON.parse(text);
  } catch {
    return { ok: true, settingsText: text, words: null };
  }
  if (typeof file !== 'object' || file === null || Array.isArray(file) || !('words' in file)) return { ok: true, settingsText: text, words: null };
  const { words, ...rest } = file as Record<string, unknown>;
  const settingsText = JSON.stringify(rest);
  if (settingsText.length > MAX_FILE_BYTES) {
    return { ok: false, error: t('wordsFile.settingsTooLarge') };
  }
  const parsed = parseWordsPart(words);
  return parsed.ok ? { ok: true, settingsText, words: parsed.items } : parsed;
}

export function parseWordsPart(part: unknown): { ok: true; items: FileItem[] } | { ok: false; error: string } {
  const refuse = (why: string) => ({ ok: false as const, error: t('wordsFile.refused', { why }) });
  const shape = v.safeParse(WordsPartSchema, part);
  if (!shape.success) {
    const issue = shape.issues[0];
    return refuse(
      issue?.path?.[0]?.key === 'formatVersion'
        ? t('wordsFile.version', { version: WORDS_PART_VERSION })
        : issue?.type === 'max_length'
          ? t('wordsFile.tooMany', { max: MAX_WORDS })
          : t('wordsFile.unreadable'),
    );
  }
  const items: FileItem[] = [];
  const ids = new Set<string>();
  for (const [i, raw] of shape.output.entries.entries()) {
    const name = nameOf(raw, i);
    const checked = v.safeParse(FileEntrySchema, raw);
    if (!checked.success) return refuse(t('wordsFile.incomplete', { name }));
    const { entry, audio } = checked.output;
    if (ids.has(entry.id)) return refuse(t('wordsFile.sameId', { name }));
    ids.add(entry.id);
    if (entry.kind === 'text') {
      items.push({ entry });
      continue;
    }
    if (!audio) return refuse(t('wordsFile.noSound', { name }));
    const recording = { mime: entry.mime, bytes: fromBase64(audio) };
    const problem = checkRecording(recording, entry.durationMs);
    if (problem) return refuse(t('wordsFile.problem', { name, problem }));
    items.push({ entry, recording });
  }
  return { ok: true, items };
}

function nameOf(raw: unknown, index: number): string {
  const from = (raw as { entry?: { from?: unknown } } | null)?.entry?.from;
  return typeof from === 'string' && from.trim() ? t('wordsFile.messageFrom', { number: index + 1, from: from.trim().slice(0, 40) }) : t('wordsFile.message', { number: index + 1 });
}
