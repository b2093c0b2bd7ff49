import * as v from 'valibot';
import { t } from '../i18n';

/**
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
const RECORDING_SLACK_MS = 2_000;
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

export type AddResult = { ok: true; entry: WordsEntry } | { ok: false; field: 'from' | 'text' | 'recording'; error: string };

/** Said when the store is full (a function: the person's language is known only when it is said). */
export const fullMessage = () => t('peopleWords.fullStore', { max: MAX_WORDS });

/** What is wrong with a name or typed message, in the person's terms ('' = nothing). */
export function checkFrom(name: string): string {
  const trimmed = name.trim();
  if (!trimmed) return t('peopleWords.fromEmpty');
  return trimmed.length > FROM_MAX ? t('peopleWords.fromLong', { max: FROM_MAX }) : '';
}

export function checkText(text: string): string {
  const trimmed = text.trim();
  if (!trimmed) return t('peopleWords.textEmpty');
  return trimmed.length > TEXT_MAX ? t('peopleWords.textLong', { max: TEXT_MAX, length: trimmed.length }) : '';
}

export function checkRecording(recording: Recording, durationMs: number): string {
  if (!/^audio\//i.test(recording.mime)) return t('peopleWords.notSound');
  if (recording.bytes.byteLength === 0 || durationMs < 1) return t('peopleWords.emptyRecording');
  if (durationMs > RECORDING_MAX_MS + RECORDING_SLACK_MS) return t('peopleWords.tooLong');
  if (recording.bytes.byteLength > RECORDING_MAX_BYTES) return t('peopleWords.tooLarge');
  return '';
}

export interface PeopleWords {
  /** Oldest first. Records that do not read as entries are skipped, never shown half-broken. */
  list: () => Promise<WordsEntry[]>;
  addText: (from: string, text: string) => Promise<AddResult>;
  addVoice: (from: string, recording: Recording, durationMs: number) => Promise<AddResult>;
  /** The recording of one entry, read only now (undefined when there is none). */
  recording: (id: string) => Promise<Recording | undefined>;
  remove: (id: string) => Promise<void>;
  erase: () => Promise<void>;
  /** Entries taken in from a settings file, each with its recording; an id already here is left alone. */
  takeIn: (items: ReadonlyArray<{ entry: WordsEntry; recording?: Recording }>) => Promise<{ added: number; kept: number; full: number }>;
}

export function createPeopleWords(storage: WordsStorage, now: () => number = Date.now, newId: () => string = () => crypto.randomUUID()): PeopleWords {
  const list = async () => {
    const good: WordsEntry[] = [];
    for (const [, value] of await storage.entries.entries()) {
      const parsed = v.safeParse(WordsEntrySchema, value);
      if (parsed.success) good.push(parsed.output);
    }
    return good.sort((a, b) => a.at - b.at);
  };
  const room = async () => (await list()).length < MAX_WORDS;

  return {
    list,
    async addText(name, text) {
      const fromError = checkFrom(name);
      if (fromError) return { ok: false, field: 'from', error: fromError };
      const textError = checkText(text);
      if (textError) return { ok: false, field: 'text', error: textError };
      if (!(await room())) return { ok: false, field: 'text', error: fullMessage() };
      const entry = v.parse(TextWordsSchema, { id: newId(), from: name, at: now(), kind: 'text', text });
      await storage.entries.set(entry.id, entry);
      return { ok: true, entry };
    },
    async addVoice(name, recording, durationMs) {
      const fromError = checkFrom(name);
      if (fromError) return { ok: false, field: 'from', error: fromError };
      const recordingError = checkRecording(recording, Math.round(durationMs));
      if (recordingError) return { ok: false, field: 'recording', error: recordingError };
      if (!(await room())) return { ok: false, field: 'recording', error: fullMessage() };
      const entry = v.parse(VoiceWordsSchema, { id: newId(), from: name, at: now(), kind: 'voice', durationMs: Math.round(durationMs), mime: recording.mime });
      // The recording first: an entry is never listed without the sound it promises.
      await storage.recordings.set(entry.id, { mime: recording.mime, bytes: recording.bytes });
      await storage.entries.set(entry.id, entry);
      return { ok: true, entry };
    },
    async recording(entryId) {
      const stored = (await storage.recordings.get(entryId)) as Partial<Recording> | undefined;
      return stored && typeof stored.mime === 'string' && stored.bytes instanceof ArrayBuffer ? { mime: stored.mime, bytes: stored.bytes } : undefined;
    },
    async remove(entryId) {
      await storage.entries.del(entryId);
      await storage.recordings.del(entryId);
    },
    async erase() {
      await storage.entries.clear();
      await storage.recordings.clear();
    },
    async takeIn(items) {
      const have = new Set((await list()).map((e) => e.id));
      let count = have.size;
      const result = { added: 0, kept: 0, full: 0 };
      for (const { entry, recording } of items) {
        if (have.has(entry.id)) {
          result.kept++;
          continue;
        }
        if (count >= MAX_WORDS) {
          result.full++;
          continue;
        }
        if (entry.kind === 'voice' && recording) await storage.recordings.set(entry.id, recording);
        await storage.entries.set(entry.id, entry);
        have.add(entry.id);
        count++;
        result.added++;
      }
      return result;
    },
  };
}

/** "Sam", "Sam and Alex": the distinct names, in the order their first words came. */
export function sendersOf(entries: readonly WordsEntry[]): string[] {
  return [...new Set(entries.map((e) => e.from))];
}

export const secondsLabel = (ms: number) => t('peopleWords.seconds', { count: Math.max(1, Math.round(ms / 1000)) });
