import { describe, expect, it } from 'vitest';
import { createPeopleWords, fullMessage, MAX_WORDS, RECORDING_MAX_BYTES, sendersOf, TEXT_MAX, type KeyValueStore, type Recording } from '../../lib/people-words/words';
import { fromBase64, MAX_FILE_WITH_WORDS_BYTES, parseWordsPart, splitSettingsFile, toBase64, withWordsPart, wordsPart } from '../../lib/people-words/words-file';
import { wordsHandlers } from '../../lib/background/words-handlers';
import { defaultPrefs } from '../../lib/prefs/defaults';
import { parseSettingsFile, toSettingsFile, MAX_FILE_BYTES } from '../../lib/settings-file';

/** An in-memory stand-in for one idb-keyval store, with the same operations. */
function memoryStore(): KeyValueStore & { map: Map<IDBValidKey, unknown> } {
  const map = new Map<IDBValidKey, unknown>();
  return {
    map,
    entries: async () => [...map.entries()],
    get: async (key) => map.get(key),
    set: async (key, value) => void map.set(key, value),
    del: async (key) => void map.delete(key),
    clear: async () => map.clear(),
  };
}

function setup(prefix = 'w') {
  const storage = { entries: memoryStore(), recordings: memoryStore() };
  let now = Date.UTC(2026, 10, 1);
  let n = 0;
  const words = createPeopleWords(storage, () => (now += 1000), () => `${prefix}${++n}`);
  return { storage, words };
}

const sound = (size = 1200, mime = 'audio/webm;codecs=opus'): Recording => ({ mime, bytes: new Uint8Array(size).map((_, i) => i % 251).buffer });

describe('words from my people: storage', () => {
  it('keeps typed words and a recording, listed oldest first, the sound kept apart', async () => {
    const { words, storage } = setup();
    const typed = await words.addText('  Sam ', '  You have got through hard days before. ');
    expect(typed).toMatchObject({ ok: true, entry: { id: 'w1', from: 'Sam', kind: 'text', text: 'You have got through hard days before.' } });
    const voice = await words.addVoice('Alex', sound(), 12_345);
    expect(voice).toMatchObject({ ok: true, entry: { id: 'w2', from: 'Alex', kind: 'voice', durationMs: 12_345, mime: 'audio/webm;codecs=opus' } });
    expect((await words.list()).map((e) => e.id)).toEqual(['w1', 'w2']);
    // Listing reads only the details: the sound lives in its own store.
    expect(JSON.stringify([...storage.entries.map.values()])).not.toContain('bytes');
    const back = await words.recording('w2');
    expect(new Uint8Array(back!.bytes)).toEqual(new Uint8Array(sound().bytes));
    expect(sendersOf(await words.list())).toEqual(['Sam', 'Alex']);
  });

  it('refuses, in the person’s words and saving nothing: no name, no words, too long, not sound, too long a recording, too large', async () => {
    const { words, storage } = setup();
    expect(await words.addText('  ', 'hello')).toMatchObject({ ok: false, field: 'from', error: expect.stringMatching(/who it is from/) });
    expect(await words.addText('x'.repeat(61), 'hello')).toMatchObject({ ok: false, field: 'from' });
    expect(await words.addText('Sam', '   ')).toMatchObject({ ok: false, field: 'text' });
    expect(await words.addText('Sam', 'a'.repeat(TEXT_MAX + 1))).toMatchObject({ ok: false, field: 'text', error: expect.stringContaining(`${TEXT_MAX} characters`) });
    expect(await words.addVoice('Sam', sound(100, 'video/webm'), 5000)).toMatchObject({ ok: false, field: 'recording' });
    expect(await words.addVoice('Sam', sound(0), 5000)).toMatchObject({ ok: false, error: expect.stringMatching(/empty/) });
    expect(await words.addVoice('Sam', sound(), 63_000)).toMatchObject({ ok: false, error: expect.stringMatching(/up to a minute/) });
    expect(await words.addVoice('Sam', sound(RECORDING_MAX_BYTES + 1), 30_000)).toMatchObject({ ok: false, error: expect.stringMatching(/too large/) });
    expect(storage.entries.map.size + storage.recordings.map.size).toBe(0);
  });

  it(`keeps at most ${MAX_WORDS} and says so when full`, async () => {
    const { words } = setup();
    for (let i = 0; i < MAX_WORDS; i++) expect((await words.addText('Sam', `note ${i}`)).ok).toBe(true);
    expect(await words.addText('Sam', 'one more')).toEqual({ ok: false, field: 'text', error: fullMessage() });
    expect(await words.addVoice('Sam', sound(), 1000)).toEqual({ ok: false, field: 'recording', error: fullMessage() });
    expect(await words.list()).toHaveLength(MAX_WORDS);
  });

  it('skips a record that does not read as an entry, and removes one entry with its sound', async () => {
    const { words, storage } = setup();
    await words.addVoice('Sam', sound(), 3000);
    storage.entries.map.set('junk', { kind: 'voice', from: '' });
    expect((await words.list()).map((e) => e.id)).toEqual(['w1']);
    await words.remove('w1');
    expect(await words.list()).toEqual([]);
    expect(storage.recordings.map.has('w1')).toBe(false);
  });

  it('erase empties both the words and the recordings', async () => {
    const { words, storage } = setup();
    await words.addText('Sam', 'hello');
    await words.addVoice('Sam', sound(), 3000);
    await words.erase();
    expect(storage.entries.map.size).toBe(0);
    expect(storage.recordings.map.size).toBe(0);
  });
});

describe('words from my people in the settings file (only when ticked)', () => {
  const settings = toSettingsFile(defaultPrefs(), new Date('2026-11-22T10:00:00Z'));

  it('a file without the part is the settings file exactly as before', () => {
    expect(splitSettingsFile(settings)).toEqual({ ok: true, settingsText: settings, words: null });
    expect(settings).not.toContain('"words"');
  });

  it('round-trips typed words and recordings, byte for byte, into another device’s store', async () => {
    const { words } = setup();
    await words.addText('Sam', 'Call me any time.');
    await words.addVoice('Alex', sound(5000), 20_000);
    const file = withWordsPart(settings, await wordsPart(words));
    // The settings part is untouched and still imports.
    const split = splitSettingsFile(file);
    expect(split.ok).toBe(true);
    if (!split.ok) return;
    expect(parseSettingsFile(split.settingsText).ok).toBe(true);
    expect(split.words?.map((i) => i.entry.from)).toEqual(['Sam', 'Alex']);

    const other = setup('o');
    await other.words.addText('Jo', 'Already here');
    expect(await other.words.takeIn(split.words!)).toEqual({ added: 2, kept: 0, full: 0 });
    expect((await other.words.list()).map((e) => e.from)).toEqual(['Jo', 'Sam', 'Alex']);
    const back = await other.words.recording('w2');
    expect(new Uint8Array(back!.bytes)).toEqual(new Uint8Array(sound(5000).bytes));
    // Taking the same file in again adds nothing twice.
    expect(await other.words.takeIn(split.words!)).toEqual({ added: 0, kept: 2, full: 0 });
  });

  it('refuses a damaged part whole, naming the message, before anything is changed', () => {
    const good = { entry: { id: 'a', from: 'Sam', at: 1, kind: 'text', text: 'hi' } };
    const cases: Array<[unknown, RegExp]> = [
      [{ formatVersion: 2, entries: [] }, /formatVersion 1/],
      [{ formatVersion: 1, entries: [good, { entry: { id: 'b', from: 'Alex', at: 1, kind: 'voice', durationMs: 1000, mime: 'audio/webm' } }] }, /message 2 \(from “Alex”\) is a recording, but its sound is missing/],
      [{ formatVersion: 1, entries: [good, good] }, /same id/],
      [{ formatVersion: 1, entries: [{ entry: { id: 'c', from: 'Sam', at: 1, kind: 'text', text: '' } }] }, /message 1 \(from “Sam”\) is not complete/],
      [{ formatVersion: 1, entries: Array.from({ length: MAX_WORDS + 1 }, (_, i) => ({ entry: { ...good.entry, id: `x${i}` } })) }, /more than 20 messages/],
    ];
    for (const [part, message] of cases) {
      const result = splitSettingsFile(JSON.stringify({ ...JSON.parse(settings), words: part }));
      expect(result.ok, String(message)).toBe(false);
      if (!result.ok) expect(result.error).toMatch(/^Nothing was changed\. Words from your people: /);
      if (!result.ok) expect(result.error).toMatch(message);
    }
  });

  it('checks a recording from a file as strictly as a new one', () => {
    const big = toBase64(new Uint8Array(RECORDING_MAX_BYTES + 10).buffer);
    const result = parseWordsPart({ formatVersion: 1, entries: [{ entry: { id: 'v', from: 'Sam', at: 1, kind: 'voice', durationMs: 1000, mime: 'audio/ogg' }, audio: big }] });
    expect(result).toEqual({ ok: false, error: expect.stringMatching(/too large/) });
  });

  it('base64 keeps every byte', () => {
    const bytes = new Uint8Array(70_000).map((_, i) => (i * 7) % 256);
    expect(new Uint8Array(fromBase64(toBase64(bytes.buffer)))).toEqual(bytes);
  });

  it('allows a file with words to be larger than a settings file, by the room its recordings need', () => {
    expect(MAX_FILE_WITH_WORDS_BYTES).toBeGreaterThan(MAX_FILE_BYTES + MAX_WORDS * RECORDING_MAX_BYTES * (4 / 3));
  });
});

describe('the pause card asks the background for the words', () => {
  it('answers only while the person has chosen to have them offered on the card', async () => {
    const { words } = setup();
    await words.addText('Sam', 'hello');
    const voice = await words.addVoice('Sam', sound(300), 2000);
    const prefs = defaultPrefs();
    const handlers = wordsHandlers(() => words, async () => prefs);
    const id = voice.ok ? voice.entry.id : '';
    expect(await handlers.cardWords(undefined)).toEqual([]);
    expect(await handlers.cardRecording(id)).toBeNull();
    prefs.pause.offerWords = true;
    expect((await handlers.cardWords(undefined)).map((e) => e.kind)).toEqual(['text', 'voice']);
    const found = await handlers.cardRecording(id);
    expect(found?.mime).toBe('audio/webm;codecs=opus');
    expect(new Uint8Array(fromBase64(found!.audio))).toEqual(new Uint8Array(sound(300).bytes));
    expect(await handlers.cardRecording('gone')).toBeNull();
  });
});
