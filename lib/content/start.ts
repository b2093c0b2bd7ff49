import css from '../../components/pause/pause.css?inline';
import veilCss from '../../components/pause/veil.css?inline';
import { showPause, type PauseRequest } from '../../components/pause/show-pause';
import { sendMessage } from '../messages';
import { mountCover, type Cover } from '../pause/cover';
import { decidePause, holdReason } from '../pause/decide';
import { readSession, SESSION_KEY, type PauseSession } from '../pause/session';
import { watchNavigation } from '../pause/watch-navigation';
import { readPrefsFrom } from '../prefs/interpret';
import type { Prefs, Trigger } from '../prefs/schema';
import { ext } from './ext';
import { triggerKey, triggersHere } from './triggers-here';
import { isVeiled, veilBlock } from './veil';
import { watchWords } from './watch-words';

export interface StartOptions {
  /**
   * Cover the page at once and reveal it only after deciding: for chosen sites and for hosts where
   * a word list pauses the page. Other hosts (blur or hide only) are never covered.
   */
  hold: boolean;
}

/** Everything Steady does inside a page, from document_start. */
export function startSteady({ hold }: StartOptions): void {
  const top = window.top === window;
  const ownUi = new WeakSet<Element>();
  let escape = () => {};
  let cover: Cover | null = hold && top ? mountCover(document, css, () => escape()) : null;
  if (cover) ownUi.add(cover.host);
  const settled = new Set<string>(); // pause keys the person already answered in this document
  let showing = false;

  const release = () => {
    if (!showing) {
      cover?.remove();
      cover = null;
    }
  };
  const offer = (prefs: Prefs, request: PauseRequest) => {
    if (showing || settled.has(request.key)) return;
    showing = true;
    const shown = cover ?? mountCover(document, css, () => escape());
    ownUi.add(shown.host);
    cover = shown;
    void sendMessage('pauseShown', { siteId: request.key }).catch(() => undefined);
    const done = (key: string) => {
      settled.add(key);
      showing = false;
      cover = null;
    };
    escape = showPause(shown, prefs, request, {
      onContinue: (key) => {
        done(key);
        void sendMessage('pauseContinued', { siteId: key }).catch(() => undefined);
      },
      onSnooze: (key, length) => {
        done(key);
        void sendMessage('snoozeSite', { siteId: key, length }).catch(() => undefined);
      },
      onLeave: leave,
    });
  };

  const run = async () => {
    const [prefs, session] = await Promise.all([readPrefsFrom(ext.storage.local), readPauseSession()]);
    const check = async (current: PauseSession) => {
      const decision = top ? decidePause(prefs, location.href, current, new Date()) : null;
      if (decision?.pause) {
        const { site } = decision;
        offer(prefs, { key: site.id, label: site.label, kind: 'site', waitStartedAt: current.waitStartedAt[site.id] });
      }
    };
    await check(session);
    startWords(prefs, session);
    watchNavigation(window, () => void readPauseSession().then(check).catch(() => undefined));
  };

  const startWords = (prefs: Prefs, session: PauseSession) => {
    const triggers = triggersHere(prefs, location.hostname);
    const mayPause = (t: Trigger) => t.action === 'pause' && !holdReason(triggerKey(t, location.hostname), prefs, session, new Date());
    // Keep the page covered until it is read only if one of the lists may pause it now.
    if (!triggers.some(mayPause)) release();
    if (triggers.length === 0) return;
    const onMatch = (trigger: Trigger, block: Element | null) => {
      if (trigger.action === 'pause' && top) {
        const key = triggerKey(trigger, location.hostname);
        if (mayPause(trigger)) offer(prefs, { key, label: trigger.label, kind: 'words', waitStartedAt: session.waitStartedAt[key] });
        return;
      }
      if (block instanceof HTMLElement && !isVeiled(block)) {
        veilBlock(block, trigger.action === 'hide' ? 'hide' : 'blur', { label: trigger.label, css: veilCss, onReveal: () => {} }, ownUi);
      }
    };
    // Lists that only pause keep the page covered until it is read, so one scan of the whole page
    // then does it, for less work than following the parser batch by batch. Blur and hide must veil
    // content as it arrives, before it is drawn.
    const atOnce = top && document.readyState === 'loading' && triggers.every((t) => t.action === 'pause');
    const watch = watchWords(document, { triggers, isOwnUi: (el) => ownUi.has(el), onMatch, observe: !atOnce });
    // What the parser added before the script could start watching.
    if (!atOnce && document.documentElement) watch.scan(document.documentElement);
    const decide = () => {
      if (atOnce) {
        if (document.documentElement) watch.scan(document.documentElement);
        watch.observe();
      }
      watch.scanSources();
      release();
    };
    if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', decide, { once: true });
    else decide();
  };

  run().catch(() => release()); // never leave a page covered because something went wrong
}

async function readPauseSession(): Promise<PauseSession> {
  try {
    return readSession((await ext.storage.session.get(SESSION_KEY))[SESSION_KEY]);
  } catch {
    // storage.session not readable from this context: ask the background instead.
    return readSession(await sendMessage('getPauseSession'));
  }
}

/** Back if there is somewhere to go back to; otherwise the background opens the new-tab page here. */
function leave(): void {
  const before = location.href;
  if (history.length > 1) {
    history.back();
    setTimeout(() => {
      if (location.href === before) void sendMessage('leavePage');
    }, 700);
  } else {
    void sendMessage('leavePage');
  }
}
