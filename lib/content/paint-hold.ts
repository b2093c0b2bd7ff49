/**
 * Keeps a loading page from painting anything until the word lists have read it.
 *
 * Why: words.js learns the person's lists from storage, and that answer comes back a task later,
 * after 10 to 25 ms on a quiet page and after 150 ms or more while the parser keeps the main
 * thread busy. The browser may paint the first part of the page in between, and a word at the top
 * of the page would show for a frame before its veil. So, from document_start until the first
 * read, the page is drawn fully transparent (it looks like a page that has not painted yet).
 *
 * How: `opacity: 0 !important` in the root element's own style, which no rule of the page and no
 * `visibility: visible` of a descendant can undo, and which leaves layout alone (the page lays out
 * as it would, so the first read costs nothing extra). The hold is lifted in the same task as the
 * first read, before the visibility gate checks a block (it counts a transparent block as unseen).
 * What the page itself had in that property is put back; if the page rewrote its root style in
 * the meantime, its own style stands.
 */
export interface PaintHold {
  release(): void;
}

const PROPERTY = 'opacity';

/**
 * The longest a page is held. An answer that never comes (Steady updated while the page loads, its
 * old script cut off mid-call) must not leave the page blank: past this the page paints, and is
 * still read and veiled if the answer comes after all.
 */
export const HOLD_LIMIT_MS = 3000;

export function holdPaint(doc: Document, later: (then: () => void, ms: number) => unknown): PaintHold {
  const root = doc.documentElement as HTMLElement | null;
  if (!root?.style) return { release() {} };
  const style = root.style;
  const hadAttribute = root.hasAttribute('style');
  const before = { value: style.getPropertyValue(PROPERTY), priority: style.getPropertyPriority(PROPERTY) };
  style.setProperty(PROPERTY, '0', 'important');
  let held = true;
  const hold: PaintHold = {
    release() {
      if (!held) return;
      held = false;
      // Only our own value is taken back: a page that set the property since keeps what it set.
      if (style.getPropertyValue(PROPERTY) !== '0' || style.getPropertyPriority(PROPERTY) !== 'important') return;
      if (before.value) style.setProperty(PROPERTY, before.value, before.priority);
      else style.removeProperty(PROPERTY);
      if (!hadAttribute && root.getAttribute('style') === '') root.removeAttribute('style');
    },
  };
  later(() => hold.release(), HOLD_LIMIT_MS);
  return hold;
}
