import * as v from 'valibot';

/**
 * The shape of words from my people as stored, and reading them back; no words of Steady's own, so
 * the background can read the store for the pause card without carrying the i18n catalogue.
 * words.ts adds keeping, checking and erasing on top.
 *
 * Words from my people: short messages from people who care about the person — typed in by the
 * person, or recorded with their supporter beside them — kept only in the extension's own IndexedDB
 * (idb-storage.ts), never in a page. The storage is injected, so every rule here runs in tests
 * without IndexedDB.
 *
 * Each entry's details (who, when, the typed words) are kept apart from its recording, so the pause
 * card can list "Hear from Sam" without loading any sound; a recording is read only when played.
 */

export const FROM_MAX = 60;
export const TEXT_MAX = 600;
export const MAX_WORDS = 20;
/** "At most about a minute": the recorder stops itself at a minute; a little slack for timing. */
export const RECORDING_MAX_MS = 60_000;
export const RECORDING_SLACK_MS = 2_000;
/** A minute of speech at the recorder's rate is far smaller; this refuses anything that is not one. */
export const RECORDING_MAX_BYTES = 2_000_000;

const id = v.pipe(v.string(), v.regex(/^[A-Za-z0-9_-]{1,64}$/));
const from = v.pipe(v.string(), v.trim(), v.minLength(1), v.maxLength(FROM_MAX));
const at = v.pipe(v.number(), v.integer(), v.minValue(0));

export const TextWordsSchema = v.object({ id, from, at, kind: v.literal('text'), text: v.pipe(v.string(), v.trim(), v.minLength(1), v.maxLength(TEXT_MAX)) });
export const VoiceWordsSchema = v.object({
  id,
  from,
  at,
  kind: v.literal('voice'),
  durationMs: v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(RECORDING_MAX_MS + RECORDING_SLACK_MS)),
  mime: v.pipe(v.string(), v.regex(/^audio\/[a-z0-9.+-]+(;[ a-z0-9=.,"+-]*)?$/i), v.maxLength(100)),
});
export const WordsEntrySchema = v.variant('kind', [TextWordsSchema, VoiceWordsSchema]);

export type TextWords = v.InferOutput<typeof TextWordsSchema>;
export type VoiceWords = v.InferOutput<typeof VoiceWordsSchema>;
export type WordsEntry = v.InferOutput<typeof WordsEntrySchema>;

/** A recording as stored: its bytes and their type (ArrayBuffers clone into IndexedDB everywhere). */
export interface Recording {
  mime: string;
  bytes: ArrayBuffer;
}

/** The few key-value operations one store needs (idb-keyval's shape). */
export interface KeyValueStore {
  entries: () => Promise<Array<[IDBValidKey, unknown]>>;
  get: (key: string) => Promise<unknown>;
  set: (key: string, value: unknown) => Promise<void>;
  del: (key: string) => Promise<void>;
  clear: () => Promise<void>;
}

export interface WordsStorage {
  /** The entries' details and typed words. */
  entries: KeyValueStore;
  /** Recordings by entry id. */
  recordings: KeyValueStore;
}

/** Oldest first. Records that do not read as entries are skipped, never shown half-broken. */
export async function listEntries(storage: WordsStorage): Promise<WordsEntry[]> {
  const good: WordsEntry[] = [];
  for (const [, value] of await storage.entries.entries()) {
    const parsed = v.safeParse(WordsEntrySchema, value);
    if (parsed.success) good.push(parsed.output);
  }
  return good.sort((a, b) => a.at - b.at);
}

/** The recording of one entry, read only now (undefined when there is none). */
export async function readRecording(storage: WordsStorage, entryId: string): Promise<Recording | undefined> {
  const stored = (await storage.recordings.get(entryId)) as Partial<Recording> | undefined;
  return stored && typeof stored.mime === 'string' && stored.bytes instanceof ArrayBuffer ? { mime: stored.mime, bytes: stored.bytes } : undefined;
}

/** What the background needs to answer the pause card: reading, nothing more. */
export interface PeopleWordsReader {
  list: () => Promise<WordsEntry[]>;
  recording: (id: string) => Promise<Recording | undefined>;
}

export const peopleWordsReader = (storage: WordsStorage): PeopleWordsReader => ({
  list: () => listEntries(storage),
  recording: (id) => readRecording(storage, id),
});

/** "Sam", "Sam and Alex": the distinct names, in the order their first words came. */
export function sendersOf(entries: readonly WordsEntry[]): string[] {
  return [...new Set(entries.map((e) => e.from))];
}
