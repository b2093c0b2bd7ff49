import { adoptStyles } from '../ui/shadow-styles';

/**
 * The calm, opaque cover that hides a paused page before it paints. It lives in a closed shadow
 * root inside a plain <div> (a custom element name could be defined by the page), sits in the top
 * layer through a modal <dialog> (no z-index can beat it, and the page behind is inert), and its
 * host's inline !important styles beat any page stylesheet.
 *
 * A page may fight it. If the page takes the cover away, a fresh one is built (document.open()
 * erases every listener, so the old one may be dead); after a few removals it moves where the
 * page's own MutationObserver cannot see it, a closed shadow root on <body> that slots the page's
 * content back in, so the two never fight. If the page puts its own dialog, popover or full-screen
 * element in the top layer, the cover goes back above it.
 */
export interface CoverMount {
  /** The element in the page's DOM (it shows nothing the page can read). */
  host: HTMLElement;
  /** Where the card goes; closed to the page's scripts. */
  root: ShadowRoot;
  dialog: HTMLDialogElement;
}

export interface Cover {
  /** The mount in place now; a new one replaces it when the page takes it away. */
  readonly current: CoverMount;
  /** Runs with every new mount (`fresh`: the card is put back there) and after every raise (focus goes back). */
  onChange(listener: (mount: CoverMount, fresh: boolean) => void): void;
  /** Puts the cover back above anything the page added to the top layer. */
  raise(): void;
  /** Whether `el` is part of the cover (for the word scanner, which must skip Steady's own UI). */
  isOwn(el: Element): boolean;
  remove(): void;
}

export interface CoverOptions {
  css: string;
  /** The browser's own Esc on the cover (a trusted dialog cancel), never a synthetic event. */
  onEscape: () => void;
  /** Removals put back at once before the cover moves out of the page's sight. */
  maxRemountsInView?: number;
}

export const COVER_LABEL = 'Steady';

const KEY_EVENTS = ['keydown', 'keyup', 'keypress'];

/**
 * Steady's own key handling, ahead of the page's. A page's capture listener on window is the first
 * thing a key in the page's document meets, and one that swallows every key would keep Esc from the
 * pause whenever focus is on the cover rather than in the card's frame (the moment before the card
 * takes focus, or a page pulling focus back to itself). Listeners on one target run in the order
 * they were added, and this is added at document_start, before any page script runs. document.open()
 * erases every listener on the window, so it is added again when the page starts over (a page that
 * adds its own in the same task still gets there first; the cover is rebuilt, and the card takes focus).
 * `take` answers whether Steady handles the event; if so the page never hears it. Only trusted
 * events are offered: the page's own synthetic ones are its business.
 */
export function guardKeys(win: Window, take: (event: KeyboardEvent) => boolean): void {
  const onKey = (event: Event) => {
    if (event.isTrusted && take(event as KeyboardEvent)) event.stopImmediatePropagation();
  };
  // Adding the same listener again is a no-op while it is still there.
  const listen = () => {
    for (const type of KEY_EVENTS) win.addEventListener(type, onKey, true);
  };
  listen();
  // document.open() replaces <html>: the document's own children are all this watches.
  new MutationObserver(listen).observe(win.document, { childList: true });
}

// `all: initial !important` in the host's own style attribute beats every page rule, !important
// ones included, and so already sets opacity, transform, filter, clip-path, margins and borders to
// their initial values; the rest says what the cover needs.
const HOST_STYLE = ['all: initial', 'display: block', 'position: fixed', 'inset: 0', 'z-index: 2147483647', 'opacity: 1', 'visibility: visible', 'pointer-events: auto', 'contain: strict']
  .map((rule) => `${rule} !important`)
  .join(';');

/** A page's popover or full-screen element entering the top layer (its dialogs show as an `open` attribute). */
const TOP_LAYER_EVENTS = ['beforetoggle', 'fullscreenchange'];

export function mountCover(doc: Document, { css, onEscape, maxRemountsInView = 3 }: CoverOptions): Cover {
  const listeners: Array<(mount: CoverMount, fresh: boolean) => void> = [];
  const own = new WeakSet<Element>();
  let removed = false;
  let removals = 0;
  let retry = 0;
  let retrying = false;
  let hideout: { body: HTMLElement; root: ShadowRoot } | null = null;

  const build = (): CoverMount => {
    const host = doc.createElement('div');
    host.setAttribute('style', HOST_STYLE);
    const root = host.attachShadow({ mode: 'closed' });
    adoptStyles(root, css);
    const dialog = doc.createElement('dialog');
    dialog.className = 'steady-dialog';
    dialog.setAttribute('aria-label', COVER_LABEL);
    root.append(dialog);
    own.add(host);
    // Esc would otherwise close the dialog on its own; the card decides what Esc means.
    dialog.addEventListener('cancel', (event) => {
      event.preventDefault();
      if (event.isTrusted) onEscape();
    });
    // Chromium may force-close a dialog after repeated Esc; keep the page covered until a choice is made.
    dialog.addEventListener('close', () => {
      if (!removed && mount.dialog === dialog) queueMicrotask(openModal);
    });
    return { host, root, dialog };
  };

  const openModal = () => {
    const { dialog } = mount;
    if (removed || !dialog.isConnected || dialog.open) return;
    try {
      dialog.showModal();
    } catch {
      dialog.setAttribute('open', '');
    }
  };

  const inView = () => mount.host.parentNode === doc.documentElement;
  const hidden = () => hideout !== null && mount.host.parentNode === hideout.root && hideout.body.isConnected;

  /** A closed shadow root on <body> that renders the page's own content through a slot. */
  const findHideout = () => {
    const body = doc.body;
    if (!body) return null;
    if (hideout?.body === body) return hideout;
    try {
      const root = body.attachShadow({ mode: 'closed' });
      root.append(doc.createElement('slot'));
      hideout = { body, root };
      return hideout;
    } catch {
      return null; // the page gave <body> a shadow root of its own
    }
  };

  const place = (fresh: CoverMount) => {
    const into = removals > maxRemountsInView ? findHideout() : null;
    if (removals > maxRemountsInView && !into) {
      // Nowhere out of sight yet (no <body>): try again a little later instead of fighting, one
      // retry at a time however often the page changes meanwhile.
      if (retrying) return;
      retrying = true;
      retry = Math.min(retry ? retry * 2 : 50, 1000);
      setTimeout(() => {
        retrying = false;
        if (!removed && !inView() && !hidden()) restore();
      }, retry);
      return;
    }
    const stale = mount;
    (into?.root ?? doc.documentElement ?? doc).append(fresh.host);
    mount = fresh;
    // The page may have moved the old host rather than removed it: it must not stay behind, open.
    if (stale.host.isConnected) {
      if (stale.dialog.open) stale.dialog.close();
      stale.host.remove();
    }
    watchTopLayer();
    openModal();
    for (const listener of listeners) listener(mount, true);
  };

  const restore = () => place(build());

  const raise = () => {
    if (removed) return;
    if (doc.fullscreenElement) void doc.exitFullscreen().catch(() => undefined);
    const { dialog } = mount;
    if (!dialog.isConnected) return;
    if (dialog.open) dialog.close();
    openModal();
    for (const listener of listeners) listener(mount, false);
  };

  // The page's dialogs and popovers enter the top layer after Steady's: go back above them.
  const onTopLayer = (event: Event) => {
    const target = event.target as Element | null;
    if (target && own.has(target)) return;
    if (event.type === 'fullscreenchange' ? doc.fullscreenElement : (event as ToggleEvent).newState === 'open') queueMicrotask(raise);
  };
  const watchTopLayer = () => {
    // Listeners on the document are erased by document.open(); adding the same one again is a no-op.
    for (const type of TOP_LAYER_EVENTS) doc.addEventListener(type, onTopLayer, true);
  };

  let mount = build();
  (doc.documentElement ?? doc).append(mount.host);
  watchTopLayer();
  openModal();

  const guard = new MutationObserver((records) => {
    if (removed) return;
    if (!inView() && !hidden()) {
      removals++;
      restore();
    }
    for (const record of records) {
      if (record.type !== 'attributes') continue;
      const target = record.target as Element;
      if (record.attributeName === 'open' && target.localName === 'dialog' && (target as HTMLDialogElement).open) queueMicrotask(raise);
      else if (target === mount.host && mount.host.getAttribute('style') !== HOST_STYLE) mount.host.setAttribute('style', HOST_STYLE);
    }
  });
  guard.observe(doc, { childList: true, subtree: true, attributes: true, attributeFilter: ['style', 'open'] });

  return {
    get current() {
      return mount;
    },
    onChange: (listener) => void listeners.push(listener),
    raise,
    isOwn: (el) => own.has(el),
    remove() {
      removed = true;
      guard.disconnect();
      for (const type of TOP_LAYER_EVENTS) doc.removeEventListener(type, onTopLayer, true);
      if (mount.dialog.open) mount.dialog.close();
      mount.host.remove();
    },
  };
}
