import * as v from 'valibot';
import { t } from '../i18n';
import {
  FROM_MAX,
  listEntries,
  MAX_WORDS,
  readRecording,
  RECORDING_MAX_BYTES,
  RECORDING_MAX_MS,
  RECORDING_SLACK_MS,
  TEXT_MAX,
  TextWordsSchema,
  VoiceWordsSchema,
  type Recording,
  type WordsEntry,
  type WordsStorage,
} from './entries';

export * from './entries';

/**
 * Keeping, checking and erasing words from my people, with what is wrong said in the person's
 * language (entries.ts has their stored shape and reading them back). The storage is injected, so
 * every rule here runs in tests without IndexedDB.
 */

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
  const list = () => listEntries(storage);
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
    recording: (entryId) => readRecording(storage, entryId),
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

export const secondsLabel = (ms: number) => t('peopleWords.seconds', { count: Math.max(1, Math.round(ms / 1000)) });
