import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { mountCover, type Cover } from '../../lib/pause/cover';

// happy-dom (v21) has HTMLDialogElement.showModal (it only sets the `open` attribute: no real top
// layer or inertness), MutationObserver, constructed stylesheets and closed shadow roots, so the
// cover can be mounted for real here. The top layer itself is covered by the e2e tests.

const CSS = '.steady-dialog { color: rgb(1, 2, 3); }';
const settle = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

let covers: Cover[] = [];
function mount(onEscape: () => void = () => {}) {
  const cover = mountCover(document, CSS, onEscape);
  covers.push(cover);
  return cover;
}
/** The cover's host as the page can find it: the only child of <html> that is not head or body. */
const hosts = () => [...document.documentElement.children].filter((el) => el !== document.head && el !== document.body);

beforeEach(() => {
  document.body.innerHTML = '<main><h1>Page</h1></main>';
});
afterEach(() => {
  for (const cover of covers) cover.remove();
  covers = [];
});

describe('mountCover', () => {
  it('appends one plain <div> host to <html>, after head and body', () => {
    mount();
    const found = hosts();
    expect(found).toHaveLength(1);
    const host = found[0]!;
    expect(host.tagName).toBe('DIV');
    expect(host.parentNode).toBe(document.documentElement);
    expect(document.documentElement.lastElementChild).toBe(host);
    expect(host.attributes).toHaveLength(1);
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
    expect(host.shadowRoot).toBeNull();
    expect(cover.root.mode).toBe('closed');
    expect(cover.root.host).toBe(host);
    expect(cover.root.contains(cover.dialog)).toBe(true);
    expect(document.querySelector('dialog')).toBeNull();
    expect(document.querySelector('.steady-dialog')).toBeNull();
    expect(host.childNodes).toHaveLength(0);
  });

  it('opens its dialog as a modal', () => {
    const showModal = vi.spyOn(HTMLDialogElement.prototype, 'showModal');
    const cover = mount();
    expect(showModal).toHaveBeenCalledTimes(1);
    expect(cover.dialog.open).toBe(true);
    expect(cover.dialog.className).toBe('steady-dialog');
  });

  it('falls back to the open attribute when showModal throws', () => {
    vi.spyOn(HTMLDialogElement.prototype, 'showModal').mockImplementation(() => {
      throw new DOMException('not allowed', 'InvalidStateError');
    });
    const cover = mount();
    expect(cover.dialog.hasAttribute('open')).toBe(true);
    expect(cover.dialog.open).toBe(true);
  });

  it('adopts the card CSS as a constructed stylesheet inside the shadow root', () => {
    const cover = mount();
    const sheets = cover.root.adoptedStyleSheets;
    expect(sheets).toHaveLength(1);
    expect([...sheets[0]!.cssRules].map((r) => r.cssText).join('')).toContain('steady-dialog');
    expect(cover.root.querySelector('style')).toBeNull();
  });

  it('falls back to a <style> in the shadow root when constructed stylesheets fail', () => {
    vi.spyOn(CSSStyleSheet.prototype, 'replaceSync').mockImplementation(() => {
      throw new Error('unsupported');
    });
    const cover = mount();
    const style = cover.root.querySelector('style');
    expect(style?.textContent).toBe(CSS);
    expect(document.head.querySelector('style')).toBeNull();
  });

  it('puts itself back when the page removes it', async () => {
    const cover = mount();
    const host = hosts()[0]!;
    host.remove();
    expect(host.isConnected).toBe(false);
    await settle();
    expect(host.isConnected).toBe(true);
    expect(host.parentNode).toBe(document.documentElement);
    expect(cover.dialog.open).toBe(true);
    expect(hosts()).toEqual([host]);
  });

  it('moves itself back to <html> when the page moves it into the body', async () => {
    mount();
    const host = hosts()[0]!;
    document.body.append(host);
    await settle();
    expect(host.parentNode).toBe(document.documentElement);
  });

  it('comes back after the page wipes <html>', async () => {
    mount();
    const host = hosts()[0]!;
    document.documentElement.innerHTML = '<head></head><body><p>new page</p></body>';
    await settle();
    expect(host.parentNode).toBe(document.documentElement);
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
    cover.dialog.close();
    expect(cover.dialog.open).toBe(false);
    await settle();
    expect(cover.dialog.open).toBe(true);
    expect(hosts()).toHaveLength(1);
  });

  describe('Esc', () => {
    it('cancels the dialog’s own closing and calls onEscape for a browser (trusted) Esc', () => {
      const onEscape = vi.fn();
      const cover = mount(onEscape);
      const event = new Event('cancel', { cancelable: true });
      Object.defineProperty(event, 'isTrusted', { value: true });
      cover.dialog.dispatchEvent(event);
      expect(event.defaultPrevented).toBe(true);
      expect(onEscape).toHaveBeenCalledTimes(1);
      expect(cover.dialog.open).toBe(true);
    });

    it('ignores a synthetic cancel event from the page', () => {
      const onEscape = vi.fn();
      const cover = mount(onEscape);
      // happy-dom has no isTrusted at all (undefined); browsers report false for dispatched events.
      const event = new Event('cancel', { cancelable: true });
      expect(event.isTrusted).toBeFalsy();
      cover.dialog.dispatchEvent(event);
      expect(event.defaultPrevented).toBe(true);
      expect(onEscape).not.toHaveBeenCalled();
    });
  });

  describe('remove()', () => {
    it('leaves no element behind', () => {
      const before = document.documentElement.outerHTML;
      const cover = mountCover(document, CSS, () => {});
      expect(document.documentElement.outerHTML).not.toBe(before);
      cover.remove();
      expect(hosts()).toEqual([]);
      expect(document.documentElement.outerHTML).toBe(before);
      expect(cover.dialog.open).toBe(false);
    });

    it('stops re-attaching, re-styling and reopening', async () => {
      const cover = mountCover(document, CSS, () => {});
      const host = hosts()[0] as HTMLElement;
      cover.remove();
      await settle();
      expect(host.isConnected).toBe(false);
      expect(cover.dialog.open).toBe(false);

      document.body.append(document.createElement('div'));
      document.body.setAttribute('style', 'color: red');
      await settle();
      expect(host.isConnected).toBe(false);
      expect(hosts()).toEqual([]);
    });

    it('does not reopen when removed while the dialog was already closed', async () => {
      const cover = mountCover(document, CSS, () => {});
      cover.dialog.removeAttribute('open');
      cover.remove();
      await settle();
      expect(cover.dialog.open).toBe(false);
      expect(hosts()).toEqual([]);
    });
  });
});

describe('mountCover after the page removes it', () => {
  let cover: Cover | undefined;
  afterEach(() => cover?.remove());
  const settle = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

  it('shows the dialog modally again after the page removes the cover', async () => {
    const showModal = vi.spyOn(HTMLDialogElement.prototype, 'showModal');
    cover = mountCover(document, '', () => {});
    expect(showModal).toHaveBeenCalledTimes(1);
    const host = document.documentElement.lastElementChild!;
    host.remove();
    await settle();
    expect(host.isConnected).toBe(true);
    expect(showModal).toHaveBeenCalledTimes(2);
  });
});
