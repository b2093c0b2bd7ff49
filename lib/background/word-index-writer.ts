import type { Prefs } from '../prefs/schema';
import type { KeyValueArea } from '../prefs/storage';
import { buildWordIndex, WORD_INDEX_KEY } from '../words/word-index';

/**
 * Keeps the word index (lib/words/word-index.ts) in line with the lists that are on, in the area
 * page scripts read the session state from: storage.session in Chrome, whose quota is its own, so
 * the index never takes room from what the person saved. Written only when it changed. A page that
 * finds no index, or one from before an edit, compiles the words itself.
 */
export async function refreshWordIndex(prefs: Pick<Prefs, 'triggers'>, area: KeyValueArea): Promise<boolean> {
  const index = buildWordIndex(prefs.triggers.filter((t) => t.enabled));
  const current = (await area.get(WORD_INDEX_KEY))[WORD_INDEX_KEY];
  if (JSON.stringify(current) === JSON.stringify(index)) return false;
  await area.set({ [WORD_INDEX_KEY]: index });
  return true;
}
