import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { guardKeys, mountCover, type Cover, type CoverMount, type CoverOptions } from '../../lib/pause/cover';

// happy-dom (v21) has HTMLDialogElement.showModal (it only sets the `open` attribute: no real top
// layer or inertness), MutationObserver, constructed stylesheets and closed shadow roots, so the
// cover can be mounted for real here. It also lets <body> host a closed shadow root and assigns
// light children to a <slot> (assignedNodes), so the cover's hide-out can be checked too. It has no
// popovers (no showPopover, no ToggleEvent) and no Fullscreen API: those events are dispatched by
// hand below. The top layer itself is covered by the e2e tests.

const CSS = '.steady-dialog { color: rgb(1, 2, 3); }';
const realSetTimeout = globalThis.setTimeout;
const settle = () => new Promise<void>((resolve) => realSetTimeout(resolve, 0));
const settleMany = async (times = 10) => {
  for (let i = 0; i < times; i++) await settle();
};

let covers: Cover[] = [];
function mount(options: Partial<CoverOptions> = {}, doc: Document = document) {
  const cover = mountCover(doc, { css: CSS, onEscape: () => {}, ...options });
  covers.push(cover);
  return cover;
}
/** What the page can find of the cover: the children of <html> that are not head or body. */
const hosts = (doc: Document = document) => [...doc.documentElement.children].filter((el) => el !== doc.head && el !== doc.body);

/** A hostile page: every time anything changes, it removes every child of <html> it did not put there. */
function hostilePage(doc: Document = document) {
  const seen = { runs: 0, insertions: 0 };
  const observer = new MutationObserver((records) => {
    seen.runs++;
    for (const record of records) {
      for (const node of record.addedNodes) if (node.parentNode === doc.documentElement && node !== doc.head && node !== doc.body) seen.insertions++;
    }
    for (const el of hosts(doc)) el.remove();
  });
  observer.observe(doc, { childList: true, subtree: true });
  return { seen, stop: () => observer.disconnect() };
}

beforeEach(() => {
  // A <body> keeps a shadow root for good (the cover's hide-out): every test gets a fresh one.
  const body = document.createElement('body');
  body.innerHTML = '<main><h1>Page</h1></main>';
  document.body.replaceWith(body);
});
afterEach(() => {
  for (const cover of covers) cover.remove();
  covers = [];
});

describe('mountCover', () => {
  it('appends one plain <div> host to <html>, after head and body', () => {
    const cover = mount();
    const found = hosts();
    expect(found).toHaveLength(1);
    const host = found[0]!;
    expect(host).toBe(cover.current.host);
    expect(host.tagName).toBe('DIV');
    expect(host.parentNode).toBe(document.documentElement);
    expect(document.documentElement.lastElementChild).toBe(host);
    expect(host.getAttributeNames()).toEqual(['style']);
  });

  it('styles the host inline with !important so page stylesheets cannot hide it', () => {
    mount();
    const host = hosts()[0] as HTMLElement;
    const style = host.getAttribute('style')!;
    for (const rule of [
      'all: initial !important',
      'display: block !important',
      'position: fixed !important',
      'inset: 0 !important',
      'z-index: 2147483647 !important',
      'opacity: 1 !important',
      'visibility: visible !important',
      'pointer-events: auto !important',
    ]) {
      expect(style).toContain(rule);
    }
    for (const declaration of style.split(';')) expect(declaration.trim()).toMatch(/ !important$/);
  });

  it('renders into a closed shadow root the page cannot reach', () => {
    const cover = mount();
    const host = hosts()[0] as HTMLElement;
    const { root, dialog } = cover.current;
    expect(host.shadowRoot).toBeNull();
    expect(root.mode).toBe('closed');
    expect(root.host).toBe(host);
    expect(root.contains(dialog)).toBe(true);
    expect(document.querySelector('dialog')).toBeNull();
    expect(document.querySelector('.steady-dialog')).toBeNull();
    expect(host.childNodes).toHaveLength(0);
  });

  it('opens its dialog as a modal, named Steady', () => {
    const showModal = vi.spyOn(HTMLDialogElement.prototype, 'showModal');
    const { dialog } = mount().current;
    expect(showModal).toHaveBeenCalledTimes(1);
    expect(showModal.mock.contexts[0]).toBe(dialog);
    expect(dialog.open).toBe(true);
    expect(dialog.className).toBe('steady-dialog');
    expect(dialog.getAttribute('aria-label')).toBe('Steady');
  });

  it('falls back to the open attribute when showModal throws', () => {
    vi.spyOn(HTMLDialogElement.prototype, 'showModal').mockImplementation(() => {
      throw new DOMException('not allowed', 'InvalidStateError');
    });
    const { dialog } = mount().current;
    expect(dialog.hasAttribute('open')).toBe(true);
    expect(dialog.open).toBe(true);
  });

  it('adopts its CSS as a constructed stylesheet inside the shadow root', () => {
    const { root } = mount().current;
    const sheets = root.adoptedStyleSheets;
    expect(sheets).toHaveLength(1);
    expect([...sheets[0]!.cssRules].map((r) => r.cssText).join('')).toContain('steady-dialog');
    expect(root.querySelector('style')).toBeNull();
  });

  it('falls back to a <style> in the shadow root when constructed stylesheets fail', () => {
    vi.spyOn(CSSStyleSheet.prototype, 'replaceSync').mockImplementation(() => {
      throw new Error('unsupported');
    });
    const { root } = mount().current;
    const style = root.querySelector('style');
    expect(style?.textContent).toBe(CSS);
    expect(document.head.querySelector('style')).toBeNull();
  });

  it('isOwn knows its own host and nothing of the page', () => {
    const cover = mount();
    expect(cover.isOwn(cover.current.host)).toBe(true);
    expect(cover.isOwn(document.body)).toBe(false);
    expect(cover.isOwn(document.querySelector('main')!)).toBe(false);
    expect(cover.isOwn(document.createElement('div'))).toBe(false);
  });

  it.each([
    ['sets display: none', (el: HTMLElement) => el.setAttribute('style', 'display: none !important')],
    ['uses the style property', (el: HTMLElement) => el.style.setProperty('opacity', '0', 'important')],
    ['removes the style attribute', (el: HTMLElement) => el.removeAttribute('style')],
  ])('restores its style attribute when the page %s', async (_label, tamper) => {
    mount();
    const host = hosts()[0] as HTMLElement;
    const original = host.getAttribute('style');
    tamper(host);
    expect(host.getAttribute('style')).not.toBe(original);
    await settle();
    expect(host.getAttribute('style')).toBe(original);
  });

  it('reopens the dialog if it is closed without a choice', async () => {
    const cover = mount();
    const { dialog } = cover.current;
    dialog.close();
    expect(dialog.open).toBe(false);
    await settle();
    expect(dialog.open).toBe(true);
    expect(cover.current.dialog).toBe(dialog);
    expect(hosts()).toHaveLength(1);
  });

  describe('Esc', () => {
    it('cancels the dialog’s own closing and calls onEscape for a browser (trusted) Esc', () => {
      const onEscape = vi.fn();
      const { dialog } = mount({ onEscape }).current;
      const event = new Event('cancel', { cancelable: true });
      Object.defineProperty(event, 'isTrusted', { value: true });
      dialog.dispatchEvent(event);
      expect(event.defaultPrevented).toBe(true);
      expect(onEscape).toHaveBeenCalledTimes(1);
      expect(dialog.open).toBe(true);
    });

    it('ignores a synthetic cancel event from the page', () => {
      const onEscape = vi.fn();
      const { dialog } = mount({ onEscape }).current;
      // happy-dom has no isTrusted at all (undefined); browsers report false for dispatched events.
      const event = new Event('cancel', { cancelable: true });
      expect(event.isTrusted).toBeFalsy();
      dialog.dispatchEvent(event);
      expect(event.defaultPrevented).toBe(true);
      expect(onEscape).not.toHaveBeenCalled();
    });
  });
});

describe('mountCover when the page takes it away', () => {
  it('puts a fresh cover back when the page removes it', async () => {
    const cover = mount();
    const first = cover.current;
    first.host.remove();
    await settle();
    const now = cover.current;
    // A fresh mount: document.open() may have erased every listener on the old nodes.
    expect(now).not.toBe(first);
    expect(now.host).not.toBe(first.host);
    expect(now.dialog).not.toBe(first.dialog);
    expect(first.host.isConnected).toBe(false);
    expect(hosts()).toEqual([now.host]);
    expect(now.host.parentNode).toBe(document.documentElement);
    expect(now.dialog.open).toBe(true);
    expect(now.root.mode).toBe('closed');
    expect(cover.isOwn(now.host)).toBe(true);
  });

  it('shows the fresh dialog modally', async () => {
    const showModal = vi.spyOn(HTMLDialogElement.prototype, 'showModal');
    const cover = mount();
    expect(showModal).toHaveBeenCalledTimes(1);
    cover.current.host.remove();
    await settle();
    expect(showModal).toHaveBeenCalledTimes(2);
    expect(showModal.mock.contexts[1]).toBe(cover.current.dialog);
  });

  it('tells its listeners about every fresh mount (fresh = true), so the card is put back there', async () => {
    const cover = mount();
    const changes: Array<[CoverMount, boolean]> = [];
    cover.onChange((m, fresh) => changes.push([m, fresh]));
    cover.current.host.remove();
    await settle();
    expect(changes).toEqual([[cover.current, true]]);
    cover.current.host.remove();
    await settle();
    expect(changes).toHaveLength(2);
    expect(changes[1]).toEqual([cover.current, true]);
    expect(changes[0]![0]).not.toBe(changes[1]![0]);
  });

  it('is back on <html> when the page moves it into the body', async () => {
    const cover = mount();
    const first = cover.current.host;
    document.body.append(first);
    await settle();
    expect(cover.current.host.parentNode).toBe(document.documentElement);
    expect(cover.current.dialog.open).toBe(true);
  });

  it('comes back after the page wipes <html>', async () => {
    const cover = mount();
    document.documentElement.innerHTML = '<head></head><body><p>new page</p></body>';
    await settle();
    expect(cover.current.host.parentNode).toBe(document.documentElement);
    expect(hosts()).toEqual([cover.current.host]);
    expect(cover.current.dialog.open).toBe(true);
  });

  it('stays in view while the page has removed it no more than maxRemountsInView times', async () => {
    const cover = mount({ maxRemountsInView: 3 });
    for (let i = 0; i < 3; i++) {
      cover.current.host.remove();
      await settle();
      expect(cover.current.host.parentNode).toBe(document.documentElement);
    }
  });

  describe('after more than maxRemountsInView removals', () => {
    /** The closed shadow roots Steady attaches, by host (a unit test of Steady's own code may look inside). */
    const spyRoots = () => {
      const attach = vi.spyOn(Element.prototype, 'attachShadow');
      return (host: Element) => {
        const i = attach.mock.contexts.indexOf(host);
        return i === -1 ? undefined : (attach.mock.results[i]!.value as ShadowRoot);
      };
    };

    it('moves out of the page’s sight: into a closed shadow root on <body> that slots the page back in', async () => {
      const rootOf = spyRoots();
      const cover = mount();
      for (let i = 0; i < 4; i++) {
        cover.current.host.remove();
        await settle();
      }
      const { host, dialog } = cover.current;
      expect(hosts()).toEqual([]);
      expect(host.isConnected).toBe(true);
      expect(host.parentNode).not.toBe(document.documentElement);
      const hideout = rootOf(document.body);
      expect(hideout).toBeDefined();
      expect(hideout!.mode).toBe('closed');
      expect(document.body.shadowRoot).toBeNull();
      expect(host.parentNode).toBe(hideout);
      expect(dialog.open).toBe(true);
      // The page's content is still rendered, through the slot.
      const slot = hideout!.querySelector('slot')!;
      expect(slot).not.toBeNull();
      expect(slot.assignedNodes()).toContain(document.querySelector('main'));
      // And the page's own DOM is untouched.
      expect(document.body.innerHTML).toBe('<main><h1>Page</h1></main>');
    });

    it.each([
      ['starts watching before Steady', true],
      ['starts watching after Steady (and sweeps once)', false],
    ])('ends the fight with a page whose observer removes everything it did not add (page %s)', async (_label, first) => {
      let page = first ? hostilePage() : undefined;
      try {
        const cover = mount({ maxRemountsInView: 3 });
        if (!page) {
          page = hostilePage();
          page.seen.insertions = 1; // the first mount, which this page found already there
          for (const el of hosts()) el.remove();
        }
        await settleMany();
        const runs = page.seen.runs;
        // The first mount and three put back in view; the fourth removal sends the cover out of sight.
        expect(page.seen.insertions).toBe(4);
        expect(runs).toBeGreaterThanOrEqual(4);
        await settleMany(20);
        expect(page.seen.runs).toBe(runs);
        expect(cover.current.host.isConnected).toBe(true);
        expect(cover.current.dialog.open).toBe(true);
        // Later page changes are the page's own; the cover is not put back where the page can see it.
        document.body.append(document.createElement('p'));
        await settleMany();
        expect(page.seen.runs).toBe(runs + 1);
        expect(page.seen.insertions).toBe(4);
        expect(hosts()).toEqual([]);
      } finally {
        page?.stop();
      }
    });

    it('a page-side observer on document sees no more re-insertions once it is out of sight', async () => {
      const cover = mount();
      const added: Node[] = [];
      const observer = new MutationObserver((records) => records.forEach((r) => added.push(...r.addedNodes)));
      observer.observe(document, { childList: true, subtree: true });
      for (let i = 0; i < 6; i++) {
        cover.current.host.remove();
        await settle();
      }
      observer.disconnect();
      // Removals 1 to 3 were put back where the page could see them; 4 and after were not.
      expect(added.filter((node) => cover.isOwn(node as Element))).toHaveLength(3);
    });

    it('tells its listeners about the hidden mount too', async () => {
      const cover = mount();
      const fresh: boolean[] = [];
      cover.onChange((_m, f) => fresh.push(f));
      for (let i = 0; i < 4; i++) {
        cover.current.host.remove();
        await settle();
      }
      expect(fresh).toEqual([true, true, true, true]);
    });

    it('follows the page to a new <body>', async () => {
      const rootOf = spyRoots();
      const cover = mount();
      for (let i = 0; i < 4; i++) {
        cover.current.host.remove();
        await settle();
      }
      const next = document.createElement('body');
      next.innerHTML = '<p>next</p>';
      document.body.replaceWith(next);
      await settle();
      expect(cover.current.host.parentNode).toBe(rootOf(next));
      expect(hosts()).toEqual([]);
      expect(cover.current.dialog.open).toBe(true);
    });

    describe('with no <body> to hide in', () => {
      /** setTimeout calls with a delay are recorded and left for the test to run; the rest run as usual. */
      const captureTimers = () => {
        const timers: Array<{ ms: number; run: () => void }> = [];
        vi.spyOn(globalThis, 'setTimeout').mockImplementation(((fn: () => void, ms?: number) => {
          if (!ms) return realSetTimeout(fn, 0);
          timers.push({ ms, run: fn });
          return 0;
        }) as typeof setTimeout);
        return timers;
      };
      const bodyless = () => {
        const doc = document.implementation.createHTMLDocument('');
        doc.body.remove();
        expect(doc.body).toBeNull();
        return doc;
      };

      it('stops fighting and tries again later, backing off up to a second', async () => {
        const timers = captureTimers();
        const doc = bodyless();
        const page = hostilePage(doc);
        try {
          const cover = mount({}, doc);
          await settleMany();
          const runs = page.seen.runs;
          expect(page.seen.insertions).toBe(4);
          expect(hosts(doc)).toEqual([]);
          expect(timers.map((t) => t.ms)).toEqual([50]);
          // Each retry finds nowhere to hide, puts nothing in the page and waits longer.
          for (let i = 0; i < 6; i++) {
            timers.at(-1)!.run();
            await settleMany(2);
          }
          expect(timers.map((t) => t.ms)).toEqual([50, 100, 200, 400, 800, 1000, 1000]);
          expect(page.seen.runs).toBe(runs);
          expect(hosts(doc)).toEqual([]);

          // Once there is a <body>, the cover goes there, out of sight, and the retries stop.
          doc.documentElement.append(doc.createElement('body'));
          await settleMany();
          expect(cover.current.host.isConnected).toBe(true);
          expect(cover.current.host.parentNode).not.toBe(doc.documentElement);
          expect(cover.current.dialog.open).toBe(true);
          expect(hosts(doc)).toEqual([]);
          const count = timers.length;
          const placed = cover.current;
          timers.at(-1)!.run();
          await settleMany(2);
          expect(cover.current).toBe(placed);
          expect(timers).toHaveLength(count);
        } finally {
          page.stop();
        }
      });

      it('does nothing on a retry after remove()', async () => {
        const timers = captureTimers();
        const doc = bodyless();
        const page = hostilePage(doc);
        try {
          const cover = mount({}, doc);
          await settleMany();
          expect(timers).toHaveLength(1);
          cover.remove();
          timers[0]!.run();
          await settleMany(2);
          expect(hosts(doc)).toEqual([]);
          expect(timers).toHaveLength(1);
        } finally {
          page.stop();
        }
      });
    });
  });
});

describe('mountCover above the page’s own top layer', () => {
  it.each([
    ['showModal()', (d: HTMLDialogElement) => d.showModal()],
    ['show()', (d: HTMLDialogElement) => d.show()],
    ["setAttribute('open')", (d: HTMLDialogElement) => d.setAttribute('open', '')],
  ])('goes back on top when a page dialog opens with %s', async (_label, open) => {
    const cover = mount();
    const pageDialog = document.createElement('dialog');
    document.body.append(pageDialog);
    await settle();
    const changes: boolean[] = [];
    cover.onChange((_m, fresh) => changes.push(fresh));
    const showModal = vi.spyOn(HTMLDialogElement.prototype, 'showModal');
    const close = vi.spyOn(HTMLDialogElement.prototype, 'close');
    open(pageDialog);
    await settle();
    const ownCalls = (spy: typeof showModal) => spy.mock.contexts.filter((d) => d === cover.current.dialog).length;
    expect(ownCalls(close)).toBe(1);
    expect(ownCalls(showModal)).toBe(1);
    expect(cover.current.dialog.open).toBe(true);
    // Not a new mount: focus goes back to the card.
    expect(changes).toEqual([false]);
  });

  it('does not raise for a page dialog that closes', async () => {
    const cover = mount();
    const pageDialog = document.createElement('dialog');
    pageDialog.setAttribute('open', '');
    document.body.append(pageDialog);
    await settle();
    const changes: boolean[] = [];
    cover.onChange((_m, fresh) => changes.push(fresh));
    pageDialog.removeAttribute('open');
    await settle();
    expect(changes).toEqual([]);
  });

  it('goes back on top when a page popover is about to open (beforetoggle newState "open")', async () => {
    const cover = mount();
    const changes: boolean[] = [];
    cover.onChange((_m, fresh) => changes.push(fresh));
    const popover = document.createElement('div');
    popover.setAttribute('popover', '');
    document.body.append(popover);
    await settle();
    const toggle = (newState: string) => {
      // happy-dom has no ToggleEvent; the cover reads only newState, on a capture listener.
      const event = new Event('beforetoggle', { bubbles: false });
      Object.defineProperty(event, 'newState', { value: newState });
      popover.dispatchEvent(event);
    };
    toggle('closed');
    await settle();
    expect(changes).toEqual([]);
    toggle('open');
    await settle();
    expect(changes).toEqual([false]);
    expect(cover.current.dialog.open).toBe(true);
  });

  it('leaves full screen when a page element goes full screen', async () => {
    const cover = mount();
    const changes: boolean[] = [];
    cover.onChange((_m, fresh) => changes.push(fresh));
    const exitFullscreen = vi.fn(() => Promise.resolve());
    let fullscreen: Element | null = null;
    Object.defineProperty(document, 'fullscreenElement', { configurable: true, get: () => fullscreen });
    Object.defineProperty(document, 'exitFullscreen', { configurable: true, value: exitFullscreen });
    try {
      document.dispatchEvent(new Event('fullscreenchange'));
      await settle();
      expect(exitFullscreen).not.toHaveBeenCalled(); // leaving full screen is no reason to raise
      fullscreen = document.querySelector('main');
      document.dispatchEvent(new Event('fullscreenchange'));
      await settle();
      expect(exitFullscreen).toHaveBeenCalledTimes(1);
      expect(changes).toEqual([false]);
    } finally {
      delete (document as { fullscreenElement?: unknown }).fullscreenElement;
      delete (document as { exitFullscreen?: unknown }).exitFullscreen;
    }
  });

  it('raise() closes and reopens its own dialog modally and tells its listeners', () => {
    const cover = mount();
    const changes: Array<[CoverMount, boolean]> = [];
    cover.onChange((m, fresh) => changes.push([m, fresh]));
    const showModal = vi.spyOn(cover.current.dialog, 'showModal');
    cover.raise();
    expect(showModal).toHaveBeenCalledTimes(1);
    expect(cover.current.dialog.open).toBe(true);
    expect(changes).toEqual([[cover.current, false]]);
  });
});

describe('remove()', () => {
  it('leaves no element behind', () => {
    const before = document.documentElement.outerHTML;
    const cover = mountCover(document, { css: CSS, onEscape: () => {} });
    const { dialog } = cover.current;
    expect(document.documentElement.outerHTML).not.toBe(before);
    cover.remove();
    expect(hosts()).toEqual([]);
    expect(document.documentElement.outerHTML).toBe(before);
    expect(dialog.open).toBe(false);
  });

  it('stops re-attaching, re-styling and reopening', async () => {
    const cover = mountCover(document, { css: CSS, onEscape: () => {} });
    const { host, dialog } = cover.current;
    cover.remove();
    await settle();
    expect(host.isConnected).toBe(false);
    expect(dialog.open).toBe(false);

    document.body.append(document.createElement('div'));
    document.body.setAttribute('style', 'color: red');
    host.setAttribute('style', 'display: none');
    await settle();
    expect(host.isConnected).toBe(false);
    expect(host.getAttribute('style')).toBe('display: none');
    expect(hosts()).toEqual([]);
  });

  it('stops listening: no raise for page dialogs, popovers or full screen, no remount', async () => {
    const cover = mountCover(document, { css: CSS, onEscape: () => {} });
    const changes: boolean[] = [];
    cover.onChange((_m, fresh) => changes.push(fresh));
    const { dialog } = cover.current;
    cover.remove();
    const showModal = vi.spyOn(HTMLDialogElement.prototype, 'showModal');
    const pageDialog = document.createElement('dialog');
    document.body.append(pageDialog);
    pageDialog.setAttribute('open', '');
    const toggle = new Event('beforetoggle');
    Object.defineProperty(toggle, 'newState', { value: 'open' });
    document.body.dispatchEvent(toggle);
    cover.raise();
    await settle();
    expect(showModal.mock.contexts.filter((d) => d !== pageDialog)).toEqual([]);
    expect(changes).toEqual([]);
    expect(dialog.open).toBe(false);
    expect(hosts()).toEqual([]);
  });

  it('does not reopen when removed while the dialog was already closed', async () => {
    const cover = mountCover(document, { css: CSS, onEscape: () => {} });
    const { dialog } = cover.current;
    dialog.removeAttribute('open');
    cover.remove();
    await settle();
    expect(dialog.open).toBe(false);
    expect(hosts()).toEqual([]);
  });

  it('takes the cover out of its hide-out too', async () => {
    const cover = mountCover(document, { css: CSS, onEscape: () => {} });
    for (let i = 0; i < 4; i++) {
      cover.current.host.remove();
      await settle();
    }
    const { host } = cover.current;
    expect(host.isConnected).toBe(true);
    cover.remove();
    expect(host.isConnected).toBe(false);
    expect(document.body.innerHTML).toBe('<main><h1>Page</h1></main>');
  });
});

// Source bugs found while writing these tests (reported, not fixed here: lib/ is not ours). These
// tests fail until lib/pause/cover.ts is fixed.
describe('guardKeys', () => {
  const key = (type: string, trusted: boolean) => {
    const event = new KeyboardEvent(type, { key: 'Escape', bubbles: true, cancelable: true });
    if (trusted) Object.defineProperty(event, 'isTrusted', { value: true });
    return event;
  };

  it('runs before a window capture listener the page adds later, and keeps what it takes from the page', () => {
    const doc = document.implementation.createHTMLDocument('page');
    const win = Object.assign(new EventTarget(), { document: doc }) as unknown as Window;
    const took: string[] = [];
    guardKeys(win, (event) => (took.push(event.type), event.type !== 'keyup'));
    const page: string[] = [];
    for (const type of ['keydown', 'keyup', 'keypress']) win.addEventListener(type, (event) => page.push(event.type), true);
    for (const type of ['keydown', 'keypress', 'keyup']) win.dispatchEvent(key(type, true));
    expect(took).toEqual(['keydown', 'keypress', 'keyup']);
    // Only what Steady did not take reaches the page.
    expect(page).toEqual(['keyup']);
  });

  it('never offers the page’s own (untrusted) key events', () => {
    const doc = document.implementation.createHTMLDocument('page');
    const win = Object.assign(new EventTarget(), { document: doc }) as unknown as Window;
    const take = vi.fn(() => true);
    guardKeys(win, take);
    const page: string[] = [];
    win.addEventListener('keydown', (event) => page.push(event.type), true);
    win.dispatchEvent(key('keydown', false));
    expect(take).not.toHaveBeenCalled();
    expect(page).toEqual(['keydown']);
  });

  it('listens again after the page starts over with document.open(), which erases every listener on the window', async () => {
    // happy-dom keeps window listeners through document.open(); browsers erase them. What matters
    // is that the listeners are added again once the page starts over.
    const doc = document.implementation.createHTMLDocument('page');
    const added: string[] = [];
    const win = { document: doc, addEventListener: (type: string, _l: unknown, capture: boolean) => added.push(`${type} ${capture}`) } as unknown as Window;
    guardKeys(win, () => true);
    expect(added).toEqual(['keydown true', 'keyup true', 'keypress true']);
    await settle();
    expect(added).toHaveLength(3);
    doc.open();
    doc.write('<!doctype html><html><body><p>Rewritten</p></body></html>');
    doc.close();
    await settle();
    expect(added).toEqual(['keydown true', 'keyup true', 'keypress true', 'keydown true', 'keyup true', 'keypress true']);
  });
});

describe('known bugs in lib/pause/cover.ts (reported)', () => {
  it('BUG: a host the page moved into the body is not left behind there (nor after remove())', async () => {
    const cover = mount();
    const first = cover.current.host;
    document.body.append(first);
    await settle();
    expect(cover.current.host.parentNode).toBe(document.documentElement);
    // The moved host, with its open dialog and full-viewport inline style, stays in the body.
    expect(first.isConnected).toBe(false);
    cover.remove();
    expect(document.body.querySelectorAll('div')).toHaveLength(0);
  });

  it('BUG: with no <body>, page changes while it waits do not start more retry loops', async () => {
    const timers: Array<() => void> = [];
    vi.spyOn(globalThis, 'setTimeout').mockImplementation(((fn: () => void, ms?: number) => {
      if (!ms) return realSetTimeout(fn, 0);
      timers.push(fn);
      return 0;
    }) as typeof setTimeout);
    const doc = document.implementation.createHTMLDocument('');
    doc.body.remove();
    const page = hostilePage(doc);
    try {
      mount({}, doc);
      await settleMany();
      expect(timers).toHaveLength(1);
      // The page keeps changing its <head> while the cover waits for a <body>.
      for (let i = 0; i < 5; i++) {
        doc.head.append(doc.createElement('meta'));
        await settle();
      }
      // One retry pending, not one more loop (each building a whole cover every second) per change.
      expect(timers).toHaveLength(1);
    } finally {
      page.stop();
    }
  });
});
