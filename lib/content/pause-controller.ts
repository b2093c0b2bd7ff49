import type { SnoozeLength } from '../background/pause-session-store';
import type { CardOutcome, PauseRequest } from '../pause/card-protocol';
import { COVER_CSS } from '../pause/cover-style';
import { guardKeys, mountCover, type Cover, type CoverMount } from '../pause/cover';
import type { Prefs } from '../prefs/schema';
import type { CardFrame } from './card-frame';
import { pageBrowserLanguages, pageStrings } from '../i18n/page-strings';

/** What the background is told, so frequency and snoozes hold on every page. */
export interface PauseRecorder {
  shown(key: string): void;
  continued(key: string): void;
  snoozed(key: string, length: SnoozeLength): void;
}

/** The class that dresses the cover in the calm colour (see COVER_CSS), from the moment a pause is offered. */
export const CALM = 'calm';

/** How long the card may take to load before the cover offers its own plain Continue. */
export const CARD_TIMEOUT_MS = 3000;

export interface PauseControllerDeps {
  doc: Document;
  record: PauseRecorder;
  showCard: (mount: CoverMount, request: PauseRequest, onOutcome: (outcome: CardOutcome) => void) => CardFrame;
}

/**
 * The one owner of the cover and the card in a page. Features hold the cover while they decide
 * (`hold` covers at once; `join` only keeps an existing cover up), and offer pauses; the cover
 * comes off when nobody holds it and no card is showing.
 */
export interface PauseController {
  hold(holder: string): void;
  join(holder: string): void;
  release(holder: string): void;
  /** Shows the card unless one is showing or the person already answered this pause in this page. */
  offer(request: PauseRequest, appearance: Prefs['appearance']): boolean;
  /** Steady's own elements, which the word scanner must skip. */
  isOwn(el: Element): boolean;
}

export function createPauseController({ doc, record, showCard }: PauseControllerDeps): PauseController {
  const holders = new Set<string>();
  const settled = new Set<string>();
  let cover: Cover | null = null;
  let showing: {
    request: PauseRequest;
    appearance: Prefs['appearance'];
    card: CardFrame;
    focusBefore: Element | null;
    /** The card said it is ready; until then (or if it never loads) the cover's own Continue stands in. */
    ready?: boolean;
    /** The cover's own Continue, once it stands in for a card that did not load. */
    standIn?: HTMLButtonElement;
  } | null = null;

  const escape = () => (showing?.standIn ? onOutcome({ type: 'continue' }) : showing?.card.escape());
  const focusCard = () => (showing?.standIn ?? showing?.card)?.focus();

  // Until a pause is offered the cover is only Steady reading the page, and looks like a page that
  // has not painted yet; the calm colour and the person's theme come with the pause.
  const render = (mount: CoverMount) => {
    if (!showing) return;
    const { theme, textSize } = showing.appearance;
    mount.dialog.classList.add(CALM, textSize);
    mount.dialog.classList.toggle('dark', theme === 'dark');
    mount.dialog.classList.toggle('light', theme === 'light');
    showing.ready = false;
    showing.standIn = undefined;
    showing.card = showCard(mount, showing.request, onOutcome);
    const current = showing;
    setTimeout(() => showing === current && !current.ready && standIn(mount), CARD_TIMEOUT_MS);
  };

  // If the card cannot load (a browser that blocks the frame, an extension being updated), the
  // person is never left behind a cover: a plain Continue (no label, nothing of theirs) appears.
  const standIn = (mount: CoverMount) => {
    if (!showing) return;
    const button = (showing.standIn = doc.createElement('button'));
    button.className = 'continue';
    button.textContent = pageStrings(showing.appearance.language, pageBrowserLanguages()).continueToPage;
    button.addEventListener('click', (event) => event.isTrusted && onOutcome({ type: 'continue' }));
    mount.dialog.append(button);
    button.focus();
  };

  // While a pause shows, keys that reach the page's document (focus on the cover, not yet or no
  // longer in the card) are Steady's: Esc goes the card's way (its gentle wait included), Tab goes
  // into the card, and the page hears none of them. Otherwise the page has its keys as usual.
  guardKeys(doc.defaultView ?? window, (event) => {
    if (!showing) return false;
    if (event.type === 'keydown' && (event.key === 'Escape' || event.key === 'Tab')) {
      event.preventDefault();
      if (event.key === 'Escape') escape();
      else {
        // Focus pulled back out of the card (a page calling window.focus()) still rests on the
        // card's frame element, where focus() does nothing: let go of it first.
        (cover?.current.root.activeElement as HTMLElement | null)?.blur();
        focusCard();
      }
    }
    return true;
  });

  const ensureCover = () => {
    if (cover) return cover;
    const made = mountCover(doc, { css: COVER_CSS, onEscape: escape });
    made.onChange((mount, fresh) => (fresh ? render(mount) : focusCard()));
    cover = made;
    return made;
  };

  const removeIfFree = () => {
    if (holders.size > 0 || showing || !cover) return;
    cover.remove();
    cover = null;
  };

  const close = () => {
    if (!showing) return;
    const { focusBefore, appearance } = showing;
    settled.add(showing.request.key);
    showing = null;
    if (cover) {
      const { dialog } = cover.current;
      dialog.replaceChildren();
      // A cover kept up a moment longer (a word list still reading) is quiet again.
      dialog.classList.remove(CALM, 'dark', 'light', appearance.textSize);
    }
    removeIfFree();
    restoreFocus(doc, focusBefore);
  };

  function onOutcome(outcome: CardOutcome) {
    const current = showing;
    if (!current) return;
    const { key } = current.request;
    if (outcome.type === 'ready') {
      current.ready = true;
      current.card.focus();
    } else if (outcome.type === 'continue') {
      record.continued(key);
      close();
    } else if (outcome.type === 'snooze') {
      record.snoozed(key, outcome.length);
      close();
    }
  }

  return {
    hold(holder) {
      holders.add(holder);
      ensureCover();
    },
    join: (holder) => void holders.add(holder),
    release(holder) {
      holders.delete(holder);
      removeIfFree();
    },
    offer(request, appearance) {
      if (showing || settled.has(request.key)) return false;
      // The cover itself may hold focus (showModal focused it): that is not where the page had it.
      const active = doc.activeElement;
      const focusBefore = active && cover?.isOwn(active) ? null : active;
      const { current } = ensureCover();
      showing = { request, appearance, focusBefore, card: { escape() {}, focus() {} } };
      render(current);
      record.shown(request.key);
      return true;
    },
    isOwn: (el) => cover?.isOwn(el) ?? false,
  };
}

/** After a pause, focus goes where the page had it, or where the page asked for it (autofocus). */
function restoreFocus(doc: Document, before: Element | null): void {
  const own = before && before !== doc.body && before !== doc.documentElement && before.isConnected ? (before as HTMLElement) : null;
  (own ?? (doc.querySelector('[autofocus]') as HTMLElement | null))?.focus?.();
}

const KEY = Symbol.for('steady.pause-controller');

/**
 * The page's one controller. pause.js and words.js run in the same isolated world and may both be
 * on a page (a chosen site with word lists); whichever starts first creates it, the other finds it.
 */
export function sharedPauseController(create: () => PauseController): PauseController {
  const scope = globalThis as { [KEY]?: PauseController };
  return (scope[KEY] ??= create());
}
