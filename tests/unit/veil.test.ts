import { afterEach, describe, expect, it, vi } from 'vitest';
import { MAX_PUT_BACK, isInsideVeil, isVeiled, veilBlock, veilText, type VeilLook } from '../../lib/content/veil';

// A page cannot reach the veil's closed shadow root. This is a unit test of Steady's own code, so
// it captures the root as it is made (spying on attachShadow) to look at what the person sees.

afterEach(() => {
  // Reveal whatever a test left veiled, so veils do not carry over between tests.
  document.body.innerHTML = '';
});

function veil(html = '<article id="a" style="color: red" aria-hidden="false">A hospital visit</article>', look: VeilLook = 'solid', label = 'Visits', id = 'a') {
  document.body.innerHTML = html;
  const block = document.getElementById(id)!;
  const attach = vi.spyOn(Element.prototype, 'attachShadow');
  const onReveal = vi.fn();
  const ownUi = new WeakSet<Element>();
  veilBlock(block, look, { label, css: '.veil { color: green; }', onReveal }, ownUi);
  const root = attach.mock.results[0]!.value as ShadowRoot;
  attach.mockRestore();
  const host = root.host as HTMLElement;
  const show = root.querySelector('button')!;
  return { block, host, root, show, onReveal, ownUi };
}

const textNodes = (root: Node) => {
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  const found: string[] = [];
  while (walker.nextNode()) found.push(walker.currentNode.nodeValue ?? '');
  return found;
};
const trustedClick = () => {
  const event = new MouseEvent('click', { bubbles: true, cancelable: true });
  Object.defineProperty(event, 'isTrusted', { value: true });
  return event;
};

describe('veilBlock', () => {
  it('puts its line in a closed shadow root, inside the block, laid over it', () => {
    const { block, host, root, ownUi } = veil();
    expect(block.firstElementChild).toBe(host);
    expect(root.mode).toBe('closed');
    expect(host.shadowRoot).toBeNull();
    expect(ownUi.has(host)).toBe(true);
    expect(root.adoptedStyleSheets).toHaveLength(1);
    expect(host.style.getPropertyValue('position')).toBe('absolute');
    // The block holds the layer and keeps its z-index to itself.
    expect(block.style.getPropertyValue('position')).toBe('relative');
    expect(block.style.getPropertyValue('isolation')).toBe('isolate');
  });

  it('in a table row the line goes in the first cell: the row keeps exactly its cells', () => {
    const { block, host } = veil('<table><tbody><tr id="a"><td id="c1">1</td><td>2</td></tr></tbody></table>');
    expect(host.parentElement?.id).toBe('c1');
    expect([...block.children].map((c) => c.localName)).toEqual(['td', 'td']);
    expect(block.parentElement?.children).toHaveLength(1);
  });

  it('in a list the line stays inside the item: the list has only its items', () => {
    const { host } = veil('<ul id="l"><li>one</li><li id="a">two</li></ul>');
    expect(host.parentElement?.id).toBe('a');
    expect([...document.getElementById('l')!.children].map((c) => c.localName)).toEqual(['li', 'li']);
  });

  it.each([
    ['solid', 'Visits', 'Veiled by Steady for: Visits'],
    ['blur', 'Visits', 'Blurred by Steady for: Visits'],
    ['hide', 'Visits', 'Hidden by Steady for: Visits'],
    ['solid', '', 'Veiled by Steady'],
  ] as const)('%s with label %j draws "%s" from data-text (CSS generated content), with no DOM text', (look, label, expected) => {
    const { root, host, block } = veil(undefined, look, label);
    expect(veilText(look, label)).toBe(expected);
    const line = root.querySelector('.text') as HTMLElement;
    expect(line.dataset.text).toBe(expected);
    // Nothing for window.find, Selection or Range to read: not one text node in the root...
    expect(textNodes(root)).toEqual([]);
    expect(root.textContent).toBe('');
    // ...and nothing in the page's own DOM either.
    expect(host.textContent).toBe('');
    expect(block.textContent).toBe('A hospital visit');
    if (label) expect(document.body.innerHTML).not.toContain(label);
  });

  it('solid (the default look): nothing of the block is drawn, focused or read, and the line stays visible', () => {
    const { block, host, root } = veil('<p id="a">A <a href="#">hospital</a> visit</p>');
    expect(block.style.getPropertyValue('visibility')).toBe('hidden');
    expect(host.style.getPropertyValue('visibility')).toBe('visible');
    expect(root.querySelector('.tile')?.className).toBe('tile solid');
    // The block is not inert: its line (inside it) must stay usable.
    expect(block.hasAttribute('inert')).toBe(false);
  });

  it('hide: the block shrinks to its line where its layout allows', () => {
    const { block } = veil('<p id="a">Text</p>', 'hide');
    expect(block.style.getPropertyValue('visibility')).toBe('hidden');
    expect(block.style.getPropertyValue('max-height')).toBe('2.25em');
    expect(block.style.getPropertyValue('overflow')).toBe('hidden');
  });

  it('blur: the block is drawn (blurred by the layer) and all of it but the line is inert and hidden from screen readers', () => {
    const { block, host, root } = veil('<article id="a"><h2 id="h">Title</h2><p id="p">A hospital visit</p></article>', 'blur');
    expect(root.querySelector('.tile')?.className).toBe('tile blur');
    expect(block.style.getPropertyValue('visibility')).toBe('');
    for (const id of ['h', 'p']) {
      const el = document.getElementById(id)!;
      expect(el.hasAttribute('inert')).toBe(true);
      expect(el.getAttribute('aria-hidden')).toBe('true');
    }
    expect(host.hasAttribute('inert')).toBe(false);
  });

  it('an untrusted click on Show (a page script’s click()) does nothing', () => {
    const { block, host, show, onReveal } = veil();
    show.click();
    show.dispatchEvent(new MouseEvent('click', { bubbles: true }));
    expect(onReveal).not.toHaveBeenCalled();
    expect(host.isConnected).toBe(true);
    expect(block.style.getPropertyValue('visibility')).toBe('hidden');
  });

  it("the person's own (trusted) click on Show restores the block exactly, removes the line and moves focus to the block", () => {
    const { block, host, show, onReveal } = veil();
    show.dispatchEvent(trustedClick());
    expect(onReveal).toHaveBeenCalledTimes(1);
    expect(host.isConnected).toBe(false);
    expect(block.getAttribute('style')).toBe('color: red');
    expect(block.getAttribute('aria-hidden')).toBe('false');
    expect(isVeiled(block)).toBe(false);
    // Focus continues from the revealed block, made focusable only until focus leaves it.
    expect(document.activeElement).toBe(block);
    expect(block.getAttribute('tabindex')).toBe('-1');
    block.dispatchEvent(new FocusEvent('blur'));
    expect(block.hasAttribute('tabindex')).toBe(false);
  });

  it('a blurred block comes back exactly, its children included', () => {
    const { block, show } = veil('<div id="a"><p id="p" aria-hidden="false">x</p><img id="i" alt=""></div>', 'blur');
    show.dispatchEvent(trustedClick());
    expect(block.hasAttribute('style')).toBe(false);
    expect(document.getElementById('p')!.getAttribute('aria-hidden')).toBe('false');
    expect(document.getElementById('p')!.hasAttribute('inert')).toBe(false);
    expect(document.getElementById('i')!.hasAttribute('aria-hidden')).toBe(false);
  });

  it('a block that can already take focus keeps its own tabindex', () => {
    const { block, show } = veil('<div id="a" tabindex="0">x</div>');
    show.dispatchEvent(trustedClick());
    expect(block.getAttribute('tabindex')).toBe('0');
    expect(document.activeElement).toBe(block);
  });

  it('veils a block once, and not a block that is not in the page', () => {
    const { block } = veil();
    const again = vi.spyOn(Element.prototype, 'attachShadow');
    veilBlock(block, 'hide', { label: '', css: '', onReveal: () => {} }, new WeakSet());
    const loose = document.createElement('p');
    veilBlock(loose, 'blur', { label: '', css: '', onReveal: () => {} }, new WeakSet());
    expect(again).not.toHaveBeenCalled();
    expect(isVeiled(block)).toBe(true);
    expect(isVeiled(loose)).toBe(false);
    expect(block.style.getPropertyValue('max-height')).toBe('');
  });

  it('no veil inside another: a block inside a veiled one is not veiled again, and a bigger block takes over the ones it holds', () => {
    document.body.innerHTML = '<div id="outer"><p id="inner">hospital</p><p id="other">ward</p></div>';
    const outer = document.getElementById('outer')!;
    const inner = document.getElementById('inner')!;
    const attach = vi.spyOn(Element.prototype, 'attachShadow');
    veilBlock(inner, 'solid', { label: '', css: '', onReveal: () => {} }, new WeakSet());
    expect(isVeiled(inner)).toBe(true);
    veilBlock(outer, 'solid', { label: '', css: '', onReveal: () => {} }, new WeakSet());
    expect(isVeiled(outer)).toBe(true);
    expect(isVeiled(inner)).toBe(false);
    expect(inner.hasAttribute('style')).toBe(false);
    expect(inner.firstElementChild).toBeNull();
    expect(isInsideVeil(document.getElementById('other')!)).toBe(true);
    veilBlock(document.getElementById('other')!, 'solid', { label: '', css: '', onReveal: () => {} }, new WeakSet());
    expect(isVeiled(document.getElementById('other')!)).toBe(false);
    expect(attach).toHaveBeenCalledTimes(2);
    attach.mockRestore();
  });

  it('puts its line back when the page removes it, so the block can always be shown', async () => {
    const { block, host } = veil();
    host.remove();
    await new Promise((resolve) => setTimeout(resolve));
    expect(block.firstElementChild).toBe(host);
  });

  it('stops putting its line back after a few times, so it never fights a page that removes it on purpose', async () => {
    const { block, host } = veil();
    const tick = () => new Promise((resolve) => setTimeout(resolve));
    for (let i = 0; i < MAX_PUT_BACK; i++) {
      host.remove();
      await tick();
      expect(block.firstElementChild).toBe(host);
    }
    host.remove();
    await tick();
    expect(host.isConnected).toBe(false);
    // Still veiled: a hostile page does not get the block shown by removing the line.
    expect(block.style.getPropertyValue('visibility')).toBe('hidden');
  });
});
