/**
 * Veils go only on blocks a person could see. A page that plants hidden bait text and watches what
 * Steady veils would otherwise learn the person's words. A matched block is checked once the
 * browser has laid it out (a ResizeObserver runs after layout and before paint, so nothing
 * visible paints unveiled, and no layout is forced): it must be rendered, not transparent or
 * visibility-hidden, at least 2 px each way, and not placed off the page's top or left edge.
 * Blocks hidden that way are checked again on each frame, so one that becomes visible is veiled
 * before it paints; a block shown from display: none changes size, which the observer reports.
 */
export interface VisibilityGate {
  whenVisible(el: Element, then: () => void): void;
}

/**
 * At most this many hidden blocks are re-checked on every frame. Past it, a hidden block is still
 * never veiled: it is only watched for a change of size (as display: none blocks are), so a page
 * flooding Steady with bait costs it nothing and learns nothing.
 */
export const MAX_WATCHED = 50;

export function createVisibilityGate(win: Window): VisibilityGate {
  const waiting = new Map<Element, () => void>();
  const boxedButHidden = new Set<Element>();
  let ticking = false;

  const canSee = (el: Element) => {
    if (!el.isConnected) return false;
    if (el.checkVisibility && !el.checkVisibility({ opacityProperty: true, visibilityProperty: true })) return false;
    const box = el.getBoundingClientRect();
    return box.width >= 2 && box.height >= 2 && box.right + win.scrollX > 0 && box.bottom + win.scrollY > 0;
  };

  const check = (el: Element, hasBox: boolean) => {
    const then = waiting.get(el);
    if (!then) return;
    if (canSee(el)) {
      waiting.delete(el);
      boxedButHidden.delete(el);
      observer.unobserve(el);
      then();
    } else if (hasBox && (boxedButHidden.has(el) || boxedButHidden.size < MAX_WATCHED)) {
      boxedButHidden.add(el);
      tick();
    }
  };

  const tick = () => {
    if (ticking || boxedButHidden.size === 0) return;
    ticking = true;
    win.requestAnimationFrame(() => {
      ticking = false;
      for (const el of [...boxedButHidden]) {
        if (!el.isConnected) {
          boxedButHidden.delete(el);
          waiting.delete(el);
          observer.unobserve(el);
        } else check(el, true);
      }
      tick();
    });
  };

  const observer = new (win as unknown as typeof globalThis).ResizeObserver((entries) => {
    for (const entry of entries) {
      const { width, height } = entry.contentRect;
      check(entry.target, width > 0 || height > 0);
    }
  });

  return {
    whenVisible(el, then) {
      if (waiting.has(el)) return;
      waiting.set(el, then);
      observer.observe(el);
    },
  };
}
