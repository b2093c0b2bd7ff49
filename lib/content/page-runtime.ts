import { sendToBackground } from '../messages/page-scripts';
import type { KeyValueArea } from '../prefs/storage';
import { showCardFrame, type CardSource } from './card-frame';
import { ext } from './ext';
import { readPageState, type PageState } from './page-state';
import { createPauseController, sharedPauseController, type PauseController } from './pause-controller';

/**
 * The real browser wiring for the page scripts, in one place: features take these as inputs, so
 * tests give them fakes instead.
 */
export function pageController(): PauseController {
  return sharedPauseController(() =>
    createPauseController({
      doc: document,
      showCard: (mount, request, onOutcome) => showCardFrame(mount, request, onOutcome, cardSource()),
      record: {
        shown: (key) => void sendToBackground('pauseShown', { key }).catch(() => undefined),
        continued: (key) => void sendToBackground('pauseContinued', { key }).catch(() => undefined),
        snoozed: (key, length) => void sendToBackground('snoozePause', { key, length }).catch(() => undefined),
      },
    }),
  );
}

function cardSource(): CardSource {
  const url = (path: string) => (ext.runtime.getURL as (path: string) => string)(path);
  const { protocol, origin } = new URL(url('/'));
  return { url, origin: protocol === 'chrome-extension:' ? `${protocol}//${ext.runtime.id}` : origin };
}

export function readState(): Promise<PageState> {
  return readPageState({
    local: ext.storage.local as unknown as KeyValueArea,
    session: ext.storage.session as unknown as KeyValueArea,
    ask: (type) => sendToBackground(type),
  });
}
