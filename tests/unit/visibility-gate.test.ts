import { afterEach, describe, expect, it, vi } from 'vitest';
import { createVisibilityGate, MAX_WATCHED } from '../../lib/content/visibility-gate';

// happy-dom lays nothing out and has no working ResizeObserver, so the gate gets a fake window:
// a ResizeObserver the test fires by hand, requestAnimationFrame frames the test runs by hand, and
// scroll offsets. Each element's checkVisibility and getBoundingClientRect are stubbed.

class FakeResizeObserver {
  static last: FakeResizeObserver | null = null;
  observed = new Set<Element>();
  unobserved: Element[] = [];
  constructor(private readonly callback: (entries: Array<{ target: Element; contentRect: { width: number; height: number } }>) => void) {
    FakeResizeObserver.last = this;
  }
  observe(el: Element) {
    this.observed.add(el);
  }
  unobserve(el: Element) {
    this.observed.delete(el);
    this.unobserved.push(el);
  }
  disconnect() {
    this.observed.clear();
  }
  /** What the browser does after layout: report each observed element's content box. */
  report(...entries: Array<[Element, number, number]>) {
    this.callback(entries.map(([target, width, height]) => ({ target, contentRect: { width, height } })));
  }
}

function setup(scroll = { x: 0, y: 0 }) {
  const frames: Array<() => void> = [];
  const win = {
    ResizeObserver: FakeResizeObserver,
    requestAnimationFrame: vi.fn((fn: () => void) => frames.push(fn)),
    scrollX: scroll.x,
    scrollY: scroll.y,
  };
  const gate = createVisibilityGate(win as unknown as Window);
  const ro = FakeResizeObserver.last!;
  /** Runs the frames queued so far (new ones queue for the next frame). */
  const frame = () => {
    for (const fn of frames.splice(0)) fn();
  };
  return { gate, ro, frames, frame, win };
}

interface Look {
  visible?: boolean;
  left?: number;
  top?: number;
  width?: number;
  height?: number;
}
/** A connected element that looks as given; change it with the returned `look`. */
function block(initial: Look = {}) {
  const el = document.createElement('p');
  document.body.append(el);
  let state: Required<Look> = { visible: true, left: 10, top: 10, width: 200, height: 40, ...initial };
  const checkVisibility = vi.spyOn(el, 'checkVisibility').mockImplementation(() => state.visible);
  vi.spyOn(el, 'getBoundingClientRect').mockImplementation(() => {
    const { left, top, width, height } = state;
    return { left, top, width, height, x: left, y: top, right: left + width, bottom: top + height, toJSON: () => ({}) } as DOMRect;
  });
  return { el, checkVisibility, look: (next: Look) => void (state = { ...state, ...next }) };
}

afterEach(() => {
  document.body.innerHTML = '';
});

describe('createVisibilityGate', () => {
  it('waits for layout (the ResizeObserver), then calls back for a visible block, once', () => {
    const { gate, ro } = setup();
    const { el, checkVisibility } = block();
    const then = vi.fn();
    gate.whenVisible(el, then);
    expect(then).not.toHaveBeenCalled();
    expect(ro.observed.has(el)).toBe(true);
    ro.report([el, 200, 40]);
    expect(then).toHaveBeenCalledTimes(1);
    expect(checkVisibility).toHaveBeenCalledWith({ opacityProperty: true, visibilityProperty: true });
    expect(ro.observed.has(el)).toBe(false);
    ro.report([el, 200, 40]);
    expect(then).toHaveBeenCalledTimes(1);
  });

  it('asks about each block once: a second request for a waiting block is dropped', () => {
    const { gate, ro } = setup();
    const { el } = block();
    const first = vi.fn();
    const second = vi.fn();
    gate.whenVisible(el, first);
    gate.whenVisible(el, second);
    ro.report([el, 200, 40]);
    expect(first).toHaveBeenCalledTimes(1);
    expect(second).not.toHaveBeenCalled();
  });

  it('does not call back for a block with no size (display: none), nor re-check it each frame', () => {
    const { gate, ro, frames } = setup();
    const { el, look } = block({ width: 0, height: 0 });
    const then = vi.fn();
    gate.whenVisible(el, then);
    ro.report([el, 0, 0]);
    expect(then).not.toHaveBeenCalled();
    expect(frames).toHaveLength(0);
    // Shown later: its size changes, which the observer reports.
    look({ width: 200, height: 40 });
    ro.report([el, 200, 40]);
    expect(then).toHaveBeenCalledTimes(1);
  });

  it.each([
    ['1 px wide', { width: 1, height: 40 }],
    ['1 px high', { width: 200, height: 1 }],
  ])('does not call back for a block %s', (_label, size) => {
    const { gate, ro } = setup();
    const { el } = block(size);
    const then = vi.fn();
    gate.whenVisible(el, then);
    ro.report([el, size.width, size.height]);
    expect(then).not.toHaveBeenCalled();
  });

  it('re-checks a block hidden with a box (opacity, visibility) on each frame and calls back once it is visible', () => {
    const { gate, ro, frames, frame } = setup();
    const { el, look } = block({ visible: false });
    const then = vi.fn();
    gate.whenVisible(el, then);
    ro.report([el, 200, 40]);
    expect(then).not.toHaveBeenCalled();
    expect(frames).toHaveLength(1);
    frame();
    frame();
    expect(then).not.toHaveBeenCalled();
    expect(frames).toHaveLength(1);
    look({ visible: true });
    frame();
    expect(then).toHaveBeenCalledTimes(1);
    // Nothing left to watch: no more frames.
    expect(frames).toHaveLength(0);
    expect(ro.observed.has(el)).toBe(false);
  });

  it('asks for one frame at a time however many blocks wait', () => {
    const { gate, ro, frames } = setup();
    const blocks = [block({ visible: false }), block({ visible: false }), block({ visible: false })];
    for (const { el } of blocks) gate.whenVisible(el, () => {});
    ro.report(...blocks.map(({ el }) => [el, 200, 40] as [Element, number, number]));
    expect(frames).toHaveLength(1);
  });

  it.each([
    ['off the left edge', { left: -500, width: 200 }],
    ['off the top edge', { top: -500, height: 40 }],
    ['exactly at the left edge', { left: -200, width: 200 }],
  ])('does not call back for a block placed %s of the page', (_label, place) => {
    const { gate, ro, frame } = setup();
    const { el } = block(place);
    const then = vi.fn();
    gate.whenVisible(el, then);
    ro.report([el, 200, 40]);
    frame();
    expect(then).not.toHaveBeenCalled();
  });

  it('calls back for a block above the viewport that the page scrolled past (it is on the page)', () => {
    const { gate, ro } = setup({ x: 0, y: 1000 });
    const { el } = block({ top: -300, height: 40 });
    const then = vi.fn();
    gate.whenVisible(el, then);
    ro.report([el, 200, 40]);
    expect(then).toHaveBeenCalledTimes(1);
  });

  it('calls back for a block below the fold (a person can scroll to it)', () => {
    const { gate, ro } = setup();
    const { el } = block({ top: 5000 });
    const then = vi.fn();
    gate.whenVisible(el, then);
    ro.report([el, 200, 40]);
    expect(then).toHaveBeenCalledTimes(1);
  });

  it('uses the box alone where the browser has no checkVisibility', () => {
    const { gate, ro } = setup();
    const { el } = block();
    Object.defineProperty(el, 'checkVisibility', { value: undefined });
    const then = vi.fn();
    gate.whenVisible(el, then);
    ro.report([el, 200, 40]);
    expect(then).toHaveBeenCalledTimes(1);
  });

  it('drops blocks removed from the page while they wait, and stops asking for frames', () => {
    const { gate, ro, frames, frame } = setup();
    const { el, look } = block({ visible: false });
    const then = vi.fn();
    gate.whenVisible(el, then);
    ro.report([el, 200, 40]);
    el.remove();
    look({ visible: true });
    frame();
    expect(then).not.toHaveBeenCalled();
    expect(ro.unobserved).toContain(el);
    expect(frames).toHaveLength(0);
    // Put back later, it is a new question.
    document.body.append(el);
    ro.report([el, 200, 40]);
    expect(then).not.toHaveBeenCalled();
  });

  it('never calls back for a block that is not in the page', () => {
    const { gate, ro } = setup();
    const { el } = block();
    el.remove();
    const then = vi.fn();
    gate.whenVisible(el, then);
    ro.report([el, 200, 40]);
    expect(then).not.toHaveBeenCalled();
  });

  it(`past ${MAX_WATCHED} hidden blocks with a box, never calls back for a hidden one (a bait flood learns nothing), and still for one that shows`, () => {
    const { gate, ro, frame } = setup();
    const hidden = Array.from({ length: MAX_WATCHED }, () => block({ visible: false }));
    const waiting = hidden.map(() => vi.fn());
    hidden.forEach(({ el }, i) => gate.whenVisible(el, waiting[i]!));
    ro.report(...hidden.map(({ el }) => [el, 200, 40] as [Element, number, number]));
    const extra = Array.from({ length: 10 }, () => block({ visible: false }));
    const called = extra.map(() => vi.fn());
    extra.forEach(({ el }, i) => gate.whenVisible(el, called[i]!));
    ro.report(...extra.map(({ el }) => [el, 200, 40] as [Element, number, number]));
    for (let i = 0; i < 5; i++) frame();
    for (const then of [...waiting, ...called]) expect(then).not.toHaveBeenCalled();
    // Past the limit a block is not re-checked every frame, but a change of size still shows it.
    extra[0]!.look({ visible: true, width: 300 });
    ro.report([extra[0]!.el, 300, 40]);
    expect(called[0]).toHaveBeenCalledTimes(1);
  });

  it(`below ${MAX_WATCHED} hidden blocks, a new block still waits`, () => {
    const { gate, ro } = setup();
    const hidden = Array.from({ length: MAX_WATCHED - 1 }, () => block({ visible: false }));
    hidden.forEach(({ el }) => gate.whenVisible(el, () => {}));
    ro.report(...hidden.map(({ el }) => [el, 200, 40] as [Element, number, number]));
    const next = block({ visible: false });
    const then = vi.fn();
    gate.whenVisible(next.el, then);
    expect(then).not.toHaveBeenCalled();
  });
});
