import type { ExtensionPageMessages } from '../messages/protocol';
import { toBase64 } from '../people-words/base64';
import type { PeopleWordsReader } from '../people-words/entries';
import type { Prefs } from '../prefs/schema';
import type { Handlers } from './router';

/**
 * Words from the person's people for the pause card. The card is an extension page, but it sits in
 * a frame inside a website, where the browser may refuse it (or partition) the extension's own
 * IndexedDB; the background reads that store first-party and answers the card. Only Steady's own
 * pages can ask (the router sends page scripts elsewhere), and only while the person has chosen to
 * have these words offered on the card.
 */
export function wordsHandlers(words: () => PeopleWordsReader, prefs: () => Promise<Prefs>): Pick<Handlers<ExtensionPageMessages>, 'cardWords' | 'cardRecording'> {
  return {
    cardWords: async () => ((await prefs()).pause.offerWords ? words().list() : []),
    cardRecording: async (id) => {
      if (typeof id !== 'string' || !(await prefs()).pause.offerWords) return null;
      const recording = await words().recording(id);
      return recording ? { mime: recording.mime, audio: toBase64(recording.bytes) } : null;
    },
  };
}
