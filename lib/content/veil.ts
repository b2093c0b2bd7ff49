import { adoptStyles } from '../ui/shadow-styles';

/**
 * Blurs or hides one block of a page and puts a small "show" line before it. The line's words are
 * CSS generated content drawn from attributes inside a closed shadow root: the page's scripts can
 * see that a block was veiled, but not why: no DOM text, nothing for window.find, Selection or
 * Range to read. The block is also taken out of the accessibility tree, so a screen reader does
 * not read out what is veiled; the line itself is read (generated content is in the tree).
 */
export type VeilMode = 'blur' | 'hide';

export interface VeilOptions {
  /** The person's own label for the list, shown only inside the closed shadow root. */
  label: string;
  css: string;
  /** Called after the person reveals the block. */
  onReveal: () => void;
}

const VEILED = new WeakMap<Element, () => void>();

export function isVeiled(block: Element): boolean {
  return VEILED.has(block);
}

export function veilText(mode: VeilMode, label: string): string {
  return `${mode === 'blur' ? 'Blurred' : 'Hidden'} by Steady${label ? ` for: ${label}` : ''}`;
}

export function veilBlock(block: HTMLElement, mode: VeilMode, { label, css, onReveal }: VeilOptions, ownUi: WeakSet<Element>): void {
  if (VEILED.has(block) || !block.parentNode) return;
  const doc = block.ownerDocument;
  const saved = ['style', 'aria-hidden', 'inert'].map((name) => [name, block.getAttribute(name)] as const);
  if (mode === 'blur') {
    block.style.setProperty('filter', 'blur(0.6em)', 'important');
    block.style.setProperty('user-select', 'none', 'important');
    block.style.setProperty('pointer-events', 'none', 'important');
  } else {
    block.style.setProperty('display', 'none', 'important');
  }
  block.setAttribute('aria-hidden', 'true');
  block.setAttribute('inert', '');

  const host = doc.createElement('div');
  host.setAttribute('style', 'all: initial !important; display: block !important; margin: 0.25em 0 !important;');
  ownUi.add(host);
  const root = host.attachShadow({ mode: 'closed' });
  adoptStyles(root, css);
  const line = doc.createElement('p');
  line.className = 'veil';
  const text = doc.createElement('span');
  text.className = 'text';
  text.dataset.text = veilText(mode, label);
  text.dir = 'auto';
  const show = doc.createElement('button');
  show.type = 'button';
  line.append(text, show);
  root.append(line);
  block.before(host);

  const reveal = () => {
    for (const [name, value] of saved) {
      if (value === null) block.removeAttribute(name);
      else block.setAttribute(name, value);
    }
    host.remove();
    onReveal();
  };
  VEILED.set(block, reveal);
  show.addEventListener('click', (event) => {
    if (event.isTrusted) reveal();
  });
}
