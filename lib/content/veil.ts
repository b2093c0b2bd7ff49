import { adoptStyles } from '../ui/shadow-styles';
import { lineSpot } from './veil-spot';
import { PAGE_STRINGS, type PageStrings } from '../i18n/page-strings';

/**
 * Veils one block of a page and puts a small "Show" line on it. The line's words are CSS generated
 * content drawn from attributes inside a closed shadow root: the page's scripts can see that a block
 * was veiled, but not why: no DOM text, nothing for window.find, Selection or Range to read.
 *
 * The line lives INSIDE the block (in a table row, inside its first cell), in a layer laid over the
 * block, so it never changes a table's rows, a list's items or a grid's or flex container's items:
 * it is out of flow. What is veiled is out of the tab order and the accessibility tree; the line
 * itself is read (generated content is in the tree).
 *   - solid (the default): the block is `visibility: hidden` (nothing of it is drawn, focused or
 *     read) and the layer is a calm tile of the same size;
 *   - hide: the same, and the block shrinks to the line where its layout allows (not a table row);
 *   - blur: the block's content is drawn blurred under the layer (`backdrop-filter`) and made inert.
 */
export type VeilLook = 'solid' | 'blur' | 'hide';

export interface VeilOptions {
  /** The person's own label for the list, shown only inside the closed shadow root. */
  label: string;
  css: string;
  /** Called after the person reveals the block. */
  onReveal: () => void;
  /** The line's words in the person's language (English when not given). */
  words?: PageStrings;
}

interface Veiled {
  /** Puts everything back; `focus` moves focus to the block (the person pressed Show). */
  restore(focus: boolean): void;
}

const VEILED = new Map<Element, Veiled>();
/** How many times a veil's line is put back after the page removed it. */
export const MAX_PUT_BACK = 3;
const SAVED_ATTRIBUTES = ['style', 'aria-hidden', 'inert'] as const;

export function isVeiled(block: Element): boolean {
  return VEILED.has(block);
}

/**
 * The veiled blocks still in a page. A block the page took out (an infinite feed dropping old
 * posts) is forgotten here, so it is not kept alive; its own Show still works if it comes back.
 */
function liveVeils(): Array<[Element, Veiled]> {
  const live: Array<[Element, Veiled]> = [];
  for (const entry of VEILED) {
    if (entry[0].isConnected) live.push(entry);
    else VEILED.delete(entry[0]);
  }
  return live;
}

/** A block inside a veiled block is already veiled with it. */
export function isInsideVeil(block: Element): boolean {
  return liveVeils().some(([veiled]) => veiled !== block && veiled.contains(block));
}

export function veilText(look: VeilLook, label: string, words: PageStrings = PAGE_STRINGS.en): string {
  const kind = look === 'blur' ? 'blurred' : look === 'hide' ? 'hidden' : 'veiled';
  return label ? words[`${kind}For`].replace('{label}', () => label) : words[kind];
}

type Attributes = ReadonlyArray<readonly [string, string | null]>;

function save(el: Element): Attributes {
  return SAVED_ATTRIBUTES.map((name) => [name, el.getAttribute(name)] as const);
}

function put(el: Element, saved: Attributes): void {
  for (const [name, value] of saved) {
    if (value === null) el.removeAttribute(name);
    else el.setAttribute(name, value);
  }
}

const HOST_STYLE =
  'all: initial !important; display: block !important; position: absolute !important; inset: 0 !important; ' +
  'z-index: 1 !important; visibility: visible !important; pointer-events: auto !important;';

export function veilBlock(block: HTMLElement, look: VeilLook, { label, css, onReveal, words = PAGE_STRINGS.en }: VeilOptions, ownUi: WeakSet<Element>): void {
  if (VEILED.has(block) || !block.parentNode) return;
  // No veil inside another: a block inside a veiled one is veiled already, and a bigger block takes
  // over the ones it holds.
  const live = liveVeils();
  if (live.some(([veiled]) => veiled.contains(block))) return;
  for (const [inner, veiled] of live) if (block.contains(inner)) veiled.restore(false);

  const doc = block.ownerDocument;
  const win = doc.defaultView;
  const saved = save(block);
  const marked: Array<[Element, Attributes]> = [];

  const host = doc.createElement('div');
  host.setAttribute('style', HOST_STYLE);
  ownUi.add(host);
  const root = host.attachShadow({ mode: 'closed' });
  adoptStyles(root, css);
  const tile = doc.createElement('div');
  tile.className = `tile ${look}`;
  const line = doc.createElement('p');
  line.className = 'veil';
  const text = doc.createElement('span');
  text.className = 'text';
  text.dataset.text = veilText(look, label, words);
  text.dir = 'auto';
  const show = doc.createElement('button');
  show.type = 'button';
  // Its word is generated content too (veil.css), so no page API can read it.
  show.dataset.show = words.show;
  line.append(text, show);
  tile.append(line);
  root.append(tile);
  const spot = lineSpot(block);
  spot.prepend(host);

  // The layer is laid over the block: the block must hold it (a positioned box) and keep its
  // z-index to itself (isolation), so the tile never rises over the page's own sticky header.
  // (Read now, after layout and before paint: no style or layout work is forced.)
  const style = block.style;
  const computed = win?.getComputedStyle(block);
  if (computed?.color) host.style.setProperty('--steady-ink', computed.color);
  if (computed && (computed.position || 'static') === 'static') style.setProperty('position', 'relative', 'important');
  style.setProperty('isolation', 'isolate', 'important');
  style.setProperty('user-select', 'none', 'important');
  if (look === 'blur') {
    // Everything on the way to the line but the line itself: out of reach of keys, clicks and
    // screen readers, while it is drawn blurred.
    for (let node: Element = host; node !== block && node.parentElement; node = node.parentElement) {
      for (const sibling of node.parentElement.children) {
        if (sibling === node) continue;
        marked.push([sibling, save(sibling)]);
        sibling.setAttribute('inert', '');
        sibling.setAttribute('aria-hidden', 'true');
      }
    }
  } else {
    style.setProperty('visibility', 'hidden', 'important');
    if (look === 'hide') {
      style.setProperty('max-height', '2.25em', 'important');
      style.setProperty('overflow', 'hidden', 'important');
    }
  }

  // A page that re-renders the block's children would take the line with it and leave the block
  // veiled with no way to show it: put the line back. A page that removes it again and again is
  // removing what it did not create on purpose; past a few times Steady stops (a fight between
  // two observers would hang the page) and the block stays veiled.
  let putBack = 0;
  const keeper = win
    ? new win.MutationObserver(() => {
        if (host.isConnected || !block.isConnected || !spot.isConnected) return;
        if (++putBack > MAX_PUT_BACK) return keeper?.disconnect();
        spot.prepend(host);
      })
    : null;
  keeper?.observe(spot, { childList: true });

  let restored = false;
  const veiled: Veiled = {
    restore(focus) {
      restored = true;
      VEILED.delete(block);
      keeper?.disconnect();
      host.remove();
      put(block, saved);
      for (const [el, attrs] of marked) put(el, attrs);
      if (focus) focusRevealed(block);
    },
  };
  VEILED.set(block, veiled);
  show.addEventListener('click', (event) => {
    if (!event.isTrusted || restored) return;
    veiled.restore(true);
    onReveal();
  });
}

/**
 * A keyboard or screen-reader user goes on from the block they revealed, not from the top of the
 * page. A block that cannot take focus is made focusable only until focus leaves it.
 */
function focusRevealed(block: HTMLElement): void {
  const added = !block.hasAttribute('tabindex');
  if (added) {
    block.setAttribute('tabindex', '-1');
    block.addEventListener('blur', () => block.removeAttribute('tabindex'), { once: true });
  }
  block.focus({ preventScroll: true });
}
