import { afterEach, beforeEach, describe, expect, it, vi, type Mock } from 'vitest';
import type { CardFrame } from '../../lib/content/card-frame';
import { CALM, CARD_TIMEOUT_MS, createPauseController, sharedPauseController, type PauseController, type PauseRecorder } from '../../lib/content/pause-controller';
import type { CardOutcome, PauseRequest } from '../../lib/pause/card-protocol';
import type { CoverMount } from '../../lib/pause/cover';
import { COVER_CSS } from '../../lib/pause/cover-style';
import { defaultPrefs } from '../../lib/prefs/defaults';
import type { Prefs } from '../../lib/prefs/schema';

// The controller mounts the real cover (see cover.test.ts for what happy-dom can and cannot do);
// the card, an extension page in a frame, is replaced by a fake that captures what the controller
// hands it and lets the test answer as the card would.

const settle = () => new Promise<void>((resolve) => setTimeout(resolve, 0));
const APPEARANCE: Prefs['appearance'] = defaultPrefs().appearance;
const site = (key = 'site1', label = 'News'): PauseRequest => ({ key, label, kind: 'site' });

/** What the page can see of the cover: children of <html> that are not head or body. */
const coverHosts = () => [...document.documentElement.children].filter((el) => el !== document.head && el !== document.body);

interface ShownCard {
  mount: CoverMount;
  request: PauseRequest;
  answer: (outcome: CardOutcome) => void;
  escape: Mock<() => void>;
  focus: Mock<() => void>;
}

function setup() {
  const cards: ShownCard[] = [];
  const record: PauseRecorder & { calls: unknown[][] } = {
    calls: [],
    shown: (key) => void record.calls.push(['shown', key]),
    continued: (key) => void record.calls.push(['continued', key]),
    snoozed: (key, length) => void record.calls.push(['snoozed', key, length]),
  };
  const showCard = vi.fn((mount: CoverMount, request: PauseRequest, onOutcome: (outcome: CardOutcome) => void): CardFrame => {
    const card: ShownCard = { mount, request, answer: onOutcome, escape: vi.fn<() => void>(), focus: vi.fn<() => void>() };
    cards.push(card);
    mount.dialog.replaceChildren(Object.assign(document.createElement('div'), { className: 'fake-card' }));
    return { escape: card.escape, focus: card.focus };
  });
  const controller = createPauseController({ doc: document, record, showCard });
  made.push({ controller, cards });
  return { controller, cards, record, showCard, last: () => cards.at(-1)! };
}

// Page scripts start after document_start, where the controller (and its key handling) is made:
// the page's listeners in these tests are added after setup(), as a real page's would be.
const pageCleanups: Array<() => void> = [];
/** A page script's capture listener on window, the first place a key in the page meets; `swallow`: it eats every key. */
function pageListener(swallow: boolean) {
  const heard: string[] = [];
  const listener = (event: Event) => {
    heard.push(`${event.type} ${(event as KeyboardEvent).key}`);
    if (swallow) {
      event.stopImmediatePropagation();
      event.preventDefault();
    }
  };
  for (const type of ['keydown', 'keyup', 'keypress']) window.addEventListener(type, listener, true);
  pageCleanups.push(() => {
    for (const type of ['keydown', 'keyup', 'keypress']) window.removeEventListener(type, listener, true);
  });
  return heard;
}
/** A key at `target` (the cover's dialog: focus on the cover, not in the card); trusted unless the page made it. */
function press(target: EventTarget, key: string, { type = 'keydown', trusted = true } = {}) {
  const event = new KeyboardEvent(type, { key, bubbles: true, cancelable: true, composed: true });
  if (trusted) Object.defineProperty(event, 'isTrusted', { value: true });
  target.dispatchEvent(event);
  return event;
}

let made: Array<{ controller: PauseController; cards: ShownCard[] }> = [];
beforeEach(() => {
  const body = document.createElement('body');
  body.innerHTML = '<main><h1>Page</h1><input id="search" autofocus><button id="other">Other</button></main>';
  document.body.replaceWith(body);
});
afterEach(() => {
  for (const undo of pageCleanups.splice(0)) undo();
  // Take every cover off: answer any card still showing and release anything held.
  for (const { controller, cards } of made) {
    cards.at(-1)?.answer({ type: 'continue' });
    for (const holder of ['site', 'words', 'a', 'b']) controller.release(holder);
  }
  made = [];
  expect(coverHosts()).toEqual([]);
});

describe('createPauseController: holding the cover', () => {
  it('covers the page at once on hold', () => {
    const { controller } = setup();
    expect(coverHosts()).toEqual([]);
    controller.hold('site');
    expect(coverHosts()).toHaveLength(1);
    expect(controller.isOwn(coverHosts()[0]!)).toBe(true);
  });

  it('does not cover the page on join (join only keeps an existing cover up)', () => {
    const { controller } = setup();
    controller.join('words');
    expect(coverHosts()).toEqual([]);
  });

  it('holds one cover however many hold it', () => {
    const { controller } = setup();
    controller.hold('a');
    controller.hold('b');
    controller.hold('a');
    expect(coverHosts()).toHaveLength(1);
  });

  it('takes the cover off only when every holder, joined ones included, has released it', () => {
    const { controller } = setup();
    controller.hold('site');
    controller.join('words');
    controller.release('site');
    expect(coverHosts()).toHaveLength(1);
    controller.release('words');
    expect(coverHosts()).toEqual([]);
  });

  it('a release by someone who never held changes nothing', () => {
    const { controller } = setup();
    controller.hold('site');
    controller.release('words');
    expect(coverHosts()).toHaveLength(1);
  });

  it('after the cover is off, isOwn is false for its old host', () => {
    const { controller } = setup();
    controller.hold('site');
    const host = coverHosts()[0]!;
    controller.release('site');
    expect(controller.isOwn(host)).toBe(false);
    expect(controller.isOwn(document.body)).toBe(false);
  });

  it('covers again on a later hold', () => {
    const { controller } = setup();
    controller.hold('site');
    controller.release('site');
    controller.hold('site');
    expect(coverHosts()).toHaveLength(1);
  });
});

describe('createPauseController: offering a pause', () => {
  it('renders the card into the cover and records that it was shown', () => {
    const { controller, cards, record, showCard } = setup();
    controller.hold('site');
    const host = coverHosts()[0]!;
    expect(controller.offer(site(), APPEARANCE)).toBe(true);
    expect(showCard).toHaveBeenCalledTimes(1);
    expect(cards[0]!.request).toEqual(site());
    expect(cards[0]!.mount.host).toBe(host);
    expect(cards[0]!.mount.dialog.querySelector('.fake-card')).not.toBeNull();
    expect(record.calls).toEqual([['shown', 'site1']]);
  });

  it('covers the page itself when nobody held it (a word list found later in the page)', () => {
    const { controller, cards } = setup();
    expect(controller.offer({ key: 'l@news.example', label: 'Visits', kind: 'words' }, APPEARANCE)).toBe(true);
    expect(coverHosts()).toEqual([cards[0]!.mount.host]);
  });

  it.each([
    [{ ...APPEARANCE, theme: 'dark' as const, textSize: 'large' as const }, ['steady-dialog', 'calm', 'dark', 'large']],
    [{ ...APPEARANCE, theme: 'light' as const, textSize: 'larger' as const }, ['steady-dialog', 'calm', 'light', 'larger']],
    [{ ...APPEARANCE, theme: 'system' as const }, ['steady-dialog', 'calm', 'default']],
  ])('dresses the cover in the person’s appearance %j', (appearance, classes) => {
    const { controller, last } = setup();
    controller.offer(site(), appearance);
    expect([...last().mount.dialog.classList].sort()).toEqual([...classes].sort());
  });

  it('keeps the cover up while the card shows, even when every holder has released', () => {
    const { controller } = setup();
    controller.hold('site');
    controller.offer(site(), APPEARANCE);
    controller.release('site');
    expect(coverHosts()).toHaveLength(1);
  });

  it('shows one card at a time', () => {
    const { controller, showCard, record } = setup();
    expect(controller.offer(site('a'), APPEARANCE)).toBe(true);
    expect(controller.offer(site('b'), APPEARANCE)).toBe(false);
    expect(showCard).toHaveBeenCalledTimes(1);
    expect(record.calls).toEqual([['shown', 'a']]);
  });

  it("'ready' from the card moves focus into it", () => {
    const { controller, last } = setup();
    controller.offer(site(), APPEARANCE);
    last().answer({ type: 'ready' });
    expect(last().focus).toHaveBeenCalledTimes(1);
  });

  it('puts the card back in a fresh cover when the page takes the cover away', async () => {
    const { controller, cards } = setup();
    controller.offer(site(), { ...APPEARANCE, theme: 'dark' });
    cards[0]!.mount.host.remove();
    await settle();
    expect(cards).toHaveLength(2);
    expect(cards[1]!.mount).not.toBe(cards[0]!.mount);
    expect(cards[1]!.mount.host.isConnected).toBe(true);
    expect(cards[1]!.request).toEqual(site());
    expect(cards[1]!.mount.dialog.classList.contains('dark')).toBe(true);
    // The fresh card is the one that answers from now on.
    cards[1]!.answer({ type: 'ready' });
    expect(cards[1]!.focus).toHaveBeenCalledTimes(1);
  });

  it('moves focus back into the card when the cover goes back above a page dialog', async () => {
    const { controller, last } = setup();
    controller.offer(site(), APPEARANCE);
    const dialog = document.createElement('dialog');
    document.body.append(dialog);
    dialog.showModal();
    await settle();
    expect(last().focus).toHaveBeenCalledTimes(1);
  });
});

describe('createPauseController: the person’s answer', () => {
  it("'continue' records it, takes the cover off, and the same pause is not offered again in this page", () => {
    const { controller, record, last, showCard } = setup();
    controller.hold('site');
    controller.offer(site(), APPEARANCE);
    controller.release('site');
    last().answer({ type: 'continue' });
    expect(record.calls).toEqual([['shown', 'site1'], ['continued', 'site1']]);
    expect(coverHosts()).toEqual([]);
    expect(controller.offer(site(), APPEARANCE)).toBe(false);
    expect(showCard).toHaveBeenCalledTimes(1);
    expect(coverHosts()).toEqual([]);
    // Another pause may still be offered.
    expect(controller.offer(site('other'), APPEARANCE)).toBe(true);
  });

  it.each([15, 60, 'rest-of-day' as const])("'snooze' %j records the length and takes the cover off", (length) => {
    const { controller, record, last } = setup();
    controller.offer(site(), APPEARANCE);
    last().answer({ type: 'snooze', length });
    expect(record.calls).toEqual([['shown', 'site1'], ['snoozed', 'site1', length]]);
    expect(coverHosts()).toEqual([]);
    expect(controller.offer(site(), APPEARANCE)).toBe(false);
  });

  it('keeps the cover up after the answer while a holder still reads the page, empty of the card', () => {
    const { controller, last } = setup();
    controller.hold('words');
    controller.offer(site(), APPEARANCE);
    const { dialog } = last().mount;
    last().answer({ type: 'continue' });
    expect(coverHosts()).toHaveLength(1);
    expect(dialog.childNodes).toHaveLength(0);
    controller.release('words');
    expect(coverHosts()).toEqual([]);
  });

  it('ignores an answer after the card was closed, and outcomes it does not know', () => {
    const { controller, record, last } = setup();
    controller.offer(site(), APPEARANCE);
    const card = last();
    card.answer({ type: 'leave' } as unknown as CardOutcome); // an older card's outcome: leaving is the background's job now
    expect(coverHosts()).toHaveLength(1);
    card.answer({ type: 'continue' });
    card.answer({ type: 'snooze', length: 15 });
    card.answer({ type: 'continue' });
    expect(record.calls).toEqual([['shown', 'site1'], ['continued', 'site1']]);
  });

  it("gives focus to the page's [autofocus] element after continue", () => {
    const { controller, last } = setup();
    controller.hold('site');
    controller.offer(site(), APPEARANCE);
    controller.release('site');
    expect(document.activeElement).not.toBe(document.getElementById('search'));
    last().answer({ type: 'continue' });
    expect(document.activeElement).toBe(document.getElementById('search'));
  });

  it('gives focus back to where the page had it (an SPA pause while the person was on a control)', () => {
    const { controller, last } = setup();
    const other = document.getElementById('other') as HTMLButtonElement;
    other.focus();
    controller.offer(site(), APPEARANCE);
    last().answer({ type: 'continue' });
    expect(document.activeElement).toBe(other);
  });
});

describe('createPauseController: Esc', () => {
  it('a synthetic cancel event on the cover does nothing (a page can dispatch one; its isTrusted is false)', () => {
    const { controller, last, record } = setup();
    controller.offer(site(), APPEARANCE);
    // happy-dom cannot make a trusted event; an untrusted one is exactly what a page could send.
    const event = new Event('cancel', { cancelable: true });
    expect(event.isTrusted).toBeFalsy();
    last().mount.dialog.dispatchEvent(event);
    expect(last().escape).not.toHaveBeenCalled();
    expect(record.calls).toEqual([['shown', 'site1']]);
    expect(coverHosts()).toHaveLength(1);
    expect(last().mount.dialog.open).toBe(true);
  });

  it("the browser's own (trusted) Esc on the cover is passed to the card, which decides", () => {
    const { controller, last, record } = setup();
    controller.offer(site(), APPEARANCE);
    const event = new Event('cancel', { cancelable: true });
    Object.defineProperty(event, 'isTrusted', { value: true });
    last().mount.dialog.dispatchEvent(event);
    expect(last().escape).toHaveBeenCalledTimes(1);
    // Continuing is the card's answer, not the controller's guess.
    expect(record.calls).toEqual([['shown', 'site1']]);
    expect(coverHosts()).toHaveLength(1);
  });

  it('a trusted Esc while no card shows does nothing', () => {
    const { controller, cards } = setup();
    controller.hold('site');
    // The cover's dialog is behind a closed root; reach it through the card of a pause offered and answered.
    controller.offer(site(), APPEARANCE);
    const mount = cards[0]!.mount;
    cards[0]!.answer({ type: 'continue' });
    const event = new Event('cancel', { cancelable: true });
    Object.defineProperty(event, 'isTrusted', { value: true });
    expect(() => mount.dialog.dispatchEvent(event)).not.toThrow();
    expect(cards[0]!.escape).not.toHaveBeenCalled();
    expect(coverHosts()).toEqual([mount.host]);
  });
});

describe('createPauseController: a quiet cover until a pause is offered', () => {
  // The undecided cover has no card yet to reach it through: its closed root is captured by spying
  // on attachShadow (Steady's own code under test, not a page).
  const roots: ShadowRoot[] = [];
  beforeEach(() => {
    const attach = Element.prototype.attachShadow;
    vi.spyOn(Element.prototype, 'attachShadow').mockImplementation(function (this: Element, init: ShadowRootInit) {
      const root = attach.call(this, init);
      roots.push(root);
      return root;
    });
  });
  afterEach(() => {
    roots.length = 0;
  });
  /** The dialog of the cover in place now. */
  const coverDialog = () => roots.filter((root) => root.host.isConnected).flatMap((root) => [...root.querySelectorAll('dialog')]).at(-1)!;
  const classes = () => [...coverDialog().classList].sort();

  it('is only the bare cover (no calm colour, no theme) while Steady reads the page, even rebuilt after the page removes it', async () => {
    const { controller } = setup();
    controller.hold('site');
    controller.join('words');
    await settle();
    expect(classes()).toEqual(['steady-dialog']);
    const first = coverDialog();
    coverHosts()[0]!.remove();
    await settle();
    expect(coverDialog()).not.toBe(first);
    expect(classes()).toEqual(['steady-dialog']);
  });

  it('takes the calm colour and the person’s theme with the pause, and keeps them when the page rebuilds the cover', async () => {
    const { controller, cards } = setup();
    controller.hold('site');
    controller.offer(site(), { ...APPEARANCE, theme: 'dark' });
    expect(classes()).toEqual(['calm', 'dark', 'default', 'steady-dialog']);
    cards[0]!.mount.host.remove();
    await settle();
    expect(cards).toHaveLength(2);
    expect(coverDialog()).toBe(cards[1]!.mount.dialog);
    expect(classes()).toEqual(['calm', 'dark', 'default', 'steady-dialog']);
  });

  it('is quiet again when the pause is answered while a word list still reads the page', () => {
    const { controller, last } = setup();
    controller.hold('words');
    controller.offer(site(), { ...APPEARANCE, theme: 'light', textSize: 'large' });
    last().answer({ type: 'continue' });
    expect(coverHosts()).toHaveLength(1);
    expect(classes()).toEqual(['steady-dialog']);
  });
});

describe('COVER_CSS', () => {
  // Read as text: happy-dom's CSS parser drops system colours such as Canvas. The e2e tests check
  // what the browsers really paint.
  const rules = [...COVER_CSS.matchAll(/([^{}]+)\{([^{}]*)\}/g)].map(([, selectors, body]) => ({ selectors: selectors!.split(','), body: body! }));

  it('paints the bare cover with the browser’s own canvas, light or dark', () => {
    const base = rules.filter((rule) => rule.selectors.includes('.steady-dialog') && rule.selectors.includes('.steady-dialog::backdrop'));
    expect(base.map((rule) => rule.body)).toContainEqual(expect.stringMatching(/color-scheme:light dark;background:Canvas/));
  });

  it('paints the calm colours only on a cover with a pause', () => {
    const calm = rules.filter((rule) => /#f6f4ef|#1b1e1d/i.test(rule.body));
    expect(calm.length).toBeGreaterThanOrEqual(2);
    for (const rule of calm) for (const selector of rule.selectors) expect(selector).toContain(`.${CALM}`);
  });
});

describe('createPauseController: Steady’s keys come before the page’s', () => {
  it('Esc on the cover reaches the card even past a page listener that swallows every key', () => {
    const { controller, last, record } = setup();
    controller.offer(site(), APPEARANCE);
    const heard = pageListener(true);
    const event = press(last().mount.dialog, 'Escape');
    expect(last().escape).toHaveBeenCalledTimes(1);
    expect(heard).toEqual([]);
    // Esc must not also close the dialog on its own (which would pass it to the card twice).
    expect(event.defaultPrevented).toBe(true);
    // The card decides (its gentle wait included): the controller does not continue by itself.
    expect(record.calls).toEqual([['shown', 'site1']]);
  });

  it('Tab on the cover moves focus into the card, unheard by the page', () => {
    const { controller, last } = setup();
    controller.offer(site(), APPEARANCE);
    const heard = pageListener(true);
    expect(press(last().mount.dialog, 'Tab').defaultPrevented).toBe(true);
    expect(last().focus).toHaveBeenCalledTimes(1);
    expect(heard).toEqual([]);
  });

  it('the page hears no other key while a pause shows', () => {
    const { controller, last } = setup();
    controller.offer(site(), APPEARANCE);
    const heard = pageListener(false);
    for (const type of ['keydown', 'keypress', 'keyup']) expect(press(last().mount.dialog, 'a', { type }).defaultPrevented, type).toBe(false);
    press(last().mount.dialog, 'Escape', { type: 'keyup' });
    expect(heard).toEqual([]);
    expect(last().escape).not.toHaveBeenCalled();
  });

  it('a key the page made itself (not trusted) is left to the page and does nothing to the pause', () => {
    const { controller, last } = setup();
    controller.offer(site(), APPEARANCE);
    const heard = pageListener(true);
    press(last().mount.dialog, 'Escape', { trusted: false });
    press(last().mount.dialog, 'Tab', { trusted: false });
    expect(heard).toEqual(['keydown Escape', 'keydown Tab']);
    expect(last().escape).not.toHaveBeenCalled();
    expect(last().focus).not.toHaveBeenCalled();
  });

  it('with no pause showing (no cover, a cover still reading the page, after Continue) the page has its keys as usual', () => {
    const { controller, last } = setup();
    const heard = pageListener(false);
    const presses = () => ['Escape', 'Tab', 'k'].map((key) => press(document.body, key).defaultPrevented);
    expect(presses()).toEqual([false, false, false]);
    controller.hold('site');
    expect(presses()).toEqual([false, false, false]);
    controller.offer(site(), APPEARANCE);
    last().answer({ type: 'continue' });
    controller.release('site');
    expect(presses()).toEqual([false, false, false]);
    expect(heard).toEqual(Array.from({ length: 3 }, () => ['keydown Escape', 'keydown Tab', 'keydown k']).flat());
  });
});

describe('sharedPauseController', () => {
  afterEach(() => {
    delete (globalThis as Record<symbol, unknown>)[Symbol.for('steady.pause-controller')];
  });

  it('creates the page’s one controller once; the second script finds it', () => {
    const first = { hold() {}, join() {}, release() {}, offer: () => false, isOwn: () => false } satisfies PauseController;
    const create = vi.fn(() => first);
    expect(sharedPauseController(create)).toBe(first);
    expect(sharedPauseController(create)).toBe(first);
    expect(create).toHaveBeenCalledTimes(1);
  });
});

// Found while writing these tests (reported, not fixed here: lib/ is not ours). Fails until
// lib/content/pause-controller.ts is fixed.
describe('known bugs in lib/content/pause-controller.ts (reported)', () => {
  it("BUG: focus is not 'restored' to the cover itself when the cover had focus at offer time", () => {
    const { controller, last } = setup();
    controller.hold('site');
    controller.join('words');
    // In a browser, showModal() focuses the cover's dialog, so the page sees the cover's host as
    // document.activeElement when the pause is offered. happy-dom does not move focus: say so here.
    const host = coverHosts()[0] as HTMLElement;
    const active = vi.spyOn(document, 'activeElement', 'get').mockReturnValue(host);
    controller.offer(site(), APPEARANCE);
    active.mockRestore();
    controller.release('site');
    const focus = vi.spyOn(host, 'focus');
    last().answer({ type: 'continue' }); // words.js still reading: the cover stays a moment longer
    controller.release('words');
    expect(focus).not.toHaveBeenCalled();
    expect(document.activeElement).toBe(document.getElementById('search'));
  });
});

describe('createPauseController: a card that never loads', () => {
  // The stand-in lives in the cover's closed shadow root; this unit test reaches it by spying on
  // attachShadow (Steady's own code under test, not a page).
  const capturedRoots: ShadowRoot[] = [];
  beforeEach(() => {
    vi.useFakeTimers();
    const attach = Element.prototype.attachShadow;
    vi.spyOn(Element.prototype, 'attachShadow').mockImplementation(function (this: Element, init: ShadowRootInit) {
      const root = attach.call(this, init);
      capturedRoots.push(root);
      return root;
    });
  });
  afterEach(() => {
    vi.useRealTimers();
    capturedRoots.length = 0;
  });
  const standIn = () => capturedRoots.flatMap((root) => [...root.querySelectorAll('button.continue')]) as HTMLButtonElement[];
  const trustedClick = (button: HTMLElement) => {
    const event = new MouseEvent('click', { bubbles: true });
    Object.defineProperty(event, 'isTrusted', { get: () => true });
    button.dispatchEvent(event);
  };

  it(`offers the cover's own Continue after ${CARD_TIMEOUT_MS} ms without a ready card, and a real click on it continues`, () => {
    const { controller, record } = setup();
    controller.offer(site(), APPEARANCE);
    vi.advanceTimersByTime(CARD_TIMEOUT_MS - 1);
    expect(standIn()).toEqual([]);
    vi.advanceTimersByTime(1);
    const [button] = standIn();
    expect(button?.textContent).toBe('Continue to the page');
    button!.click(); // a script's click: nothing
    expect(coverHosts()).toHaveLength(1);
    trustedClick(button!);
    expect(record.calls).toContainEqual(['continued', 'site1']);
    expect(coverHosts()).toEqual([]);
  });

  it('Esc on the cover continues once the stand-in shows, past a page that swallows every key; Tab keeps focus on the stand-in', () => {
    const { controller, record, last } = setup();
    controller.offer(site(), APPEARANCE);
    const heard = pageListener(true);
    vi.advanceTimersByTime(CARD_TIMEOUT_MS);
    const [button] = standIn();
    const other = document.getElementById('other') as HTMLButtonElement;
    other.focus();
    press(last().mount.dialog, 'Tab');
    expect(button!.getRootNode()).not.toBe(document);
    expect((button!.getRootNode() as ShadowRoot).activeElement).toBe(button);
    expect(last().focus).not.toHaveBeenCalled();
    press(last().mount.dialog, 'Escape');
    expect(record.calls).toContainEqual(['continued', 'site1']);
    expect(coverHosts()).toEqual([]);
    expect(heard).toEqual([]);
  });

  it('offers no stand-in when the card said it is ready', () => {
    const { controller, last } = setup();
    controller.offer(site(), APPEARANCE);
    last().answer({ type: 'ready' });
    vi.advanceTimersByTime(CARD_TIMEOUT_MS * 2);
    expect(standIn()).toEqual([]);
    expect(coverHosts()).toHaveLength(1);
  });
});
