import { applyListOp, type ListOp } from '../../lib/prefs/list-ops';
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { browser } from 'wxt/browser';
import { TriggersSection } from '../../components/options/TriggersSection';
import { defaultPrefs, TRIGGER_DEFAULTS } from '../../lib/prefs/defaults';
import { applyPatch, type DeepPartial } from '../../lib/prefs/patch';
import type { Prefs, Trigger } from '../../lib/prefs/schema';
import { DAY_MS } from '../../lib/words/list-duration';

const GB = { locale: 'en-GB', timeZone: 'UTC' };
// Tue 1 Dec 2026, 14:00 UTC
const NOW = Date.UTC(2026, 11, 1, 14, 0);

let root: HTMLElement;
let clock = NOW;
beforeEach(() => {
  clock = NOW;
  root = document.createElement('div');
  document.body.append(root);
});
afterEach(() => {
  act(() => render(null, root));
  root.remove();
});

function list(id: string, extra: Partial<Trigger> = {}): Trigger {
  return { ...TRIGGER_DEFAULTS, id, label: 'Hospital stuff', words: ['zyxquux', 'ventilator'], action: 'veil', everySite: false, hosts: ['feed.test'], enabled: true, ...extra };
}

/** Renders the Words section the way the options page does, with a store that can refuse. */
function mount(change: Partial<Prefs> = {}, options: { refuse?: boolean } = {}) {
  let prefs: Prefs = { ...defaultPrefs(), listReview: { enabled: true, lastAt: NOW - DAY_MS }, ...change };
  const patches: Array<DeepPartial<Prefs> | ListOp> = [];
  const announced: string[] = [];
  const startClock = vi.fn();
  const draw = () =>
    act(() =>
      render(
        <TriggersSection prefs={prefs} save={save} edit={edit} announce={(m) => void announced.push(m)} now={() => clock} dateStyle={GB} startReviewClock={startClock} />,
        root,
      ),
    );
  async function save(patch: DeepPartial<Prefs>) {
    patches.push(patch);
    if (options.refuse) return false;
    prefs = applyPatch<Prefs>(prefs, patch);
    draw();
    return true;
  }
  // Lists change by one edit on the stored copy, as the background does.
  async function edit(op: ListOp) {
    patches.push(op);
    if (options.refuse) return false;
    const next = applyListOp(prefs, op);
    if (!next.ok) return false;
    prefs = next.prefs;
    draw();
    return true;
  }
  draw();
  return { patches, announced, startClock, prefs: () => prefs };
}

const text = () => root.textContent ?? '';
const button = (name: string, within: ParentNode = root) => {
  const found = [...within.querySelectorAll('button')].find((b) => b.textContent === name || b.getAttribute('aria-label') === name);
  if (!found) throw new Error(`No button “${name}”: ${[...within.querySelectorAll('button')].map((b) => b.textContent).join(', ')}`);
  return found;
};
const press = async (name: string, within?: ParentNode) => act(async () => button(name, within).click());
/** A radio or checkbox by the text of its label. */
const choice = (label: string, within: ParentNode = root) => {
  const found = [...within.querySelectorAll('label')].find((l) => l.textContent?.trim().startsWith(label));
  if (!found) throw new Error(`No choice “${label}”`);
  return found.querySelector('input')!;
};
const pick = async (label: string, within?: ParentNode) => act(async () => choice(label, within).click());
const settings = () => root.querySelector<HTMLElement>('[role=group][aria-label^="Settings for"]');

describe('a word list’s row', () => {
  it('says when the list ends, and keeps its words hidden until asked', () => {
    mount({ triggers: [list('a', { endsAt: NOW + 7 * DAY_MS, lastsDays: 7 })] });
    expect(root.querySelector('[data-testid=list-time]')?.textContent).toBe('On until Tue 8 Dec, 14:00');
    expect(text()).not.toContain('zyxquux');
    act(() => button('Show words').click());
    expect(text()).toContain('zyxquux');
  });

  it('renews an ended list for the same length with one click', async () => {
    const { patches, announced, prefs } = mount({ triggers: [list('a', { endsAt: NOW - DAY_MS, lastsDays: 30 })] });
    expect(root.querySelector('[data-testid=list-time]')?.textContent).toBe('Ended on Mon 30 Nov, 14:00. Nothing is veiled.');
    await press('Renew for 30 days');
    expect(prefs().triggers[0]).toMatchObject({ endsAt: NOW + 30 * DAY_MS, lastsDays: 30, enabled: true });
    expect(patches).toHaveLength(1);
    expect(announced.at(-1)).toBe('“Hospital stuff” is on again until Thu 31 Dec, 14:00.');
    expect(root.querySelector('[data-testid=list-time]')?.textContent).toBe('On until Thu 31 Dec, 14:00');
    expect(text()).not.toContain('Renew');
  });

  it('counts a renewal from the click, not from when the page was drawn', async () => {
    const { prefs } = mount({ triggers: [list('a', { endsAt: NOW - DAY_MS, lastsDays: 7 })] });
    clock = NOW + 3 * 60 * 60 * 1000;
    await press('Renew for 7 days');
    expect(prefs().triggers[0]!.endsAt).toBe(clock + 7 * DAY_MS);
  });

  it('keeps an ended list on always when the person prefers', async () => {
    const { prefs } = mount({ triggers: [list('a', { endsAt: NOW - DAY_MS, lastsDays: 7 })] });
    await press('Keep it on always');
    expect(prefs().triggers[0]).toMatchObject({ endsAt: 0, lastsDays: 0 });
    expect(root.querySelector('[data-testid=list-time]')?.textContent).toBe('On until you turn it off');
  });

  it('opens its settings, saves each change and announces it', async () => {
    const { prefs, announced } = mount({ triggers: [list('a'), list('b', { label: 'Other' })] });
    expect(settings()).toBeNull();
    const rows = root.querySelectorAll('li');
    await press('Settings', rows[0]);
    expect(button('Settings', rows[0]).getAttribute('aria-expanded')).toBe('true');
    const panel = settings()!;
    expect(panel.getAttribute('aria-label')).toBe('Settings for Hospital stuff');
    expect(choice('A calm solid veil', panel).checked).toBe(true);
    expect(panel.textContent).toContain('some people can still make out words and pictures under a blur');

    await pick('A blur', panel);
    expect(prefs().triggers[0]!.veilStyle).toBe('blur');
    expect(prefs().triggers[1]!.veilStyle).toBe('solid');
    expect(announced.at(-1)).toBe('“Hospital stuff” now uses a blur.');
    expect(root.querySelector('li')!.textContent).toContain('Blurs on feed.test');

    await pick('Also find common word endings', settings()!);
    expect(prefs().triggers[0]!.wordEndings).toBe(true);
    await pick('Leave navigation, menus', settings()!);
    expect(prefs().triggers[0]!.skipPageParts).toBe(false);
    expect(announced.at(-1)).toBe('“Hospital stuff” now also looks in navigation, menus, headers and footers.');

    await pick('30 days', settings()!);
    expect(prefs().triggers[0]).toMatchObject({ endsAt: NOW + 30 * DAY_MS, lastsDays: 30 });
    expect(announced.at(-1)).toBe('“Hospital stuff” is on until Thu 31 Dec, 14:00.');

    await pick('Hide that part', settings()!);
    expect(prefs().triggers[0]!.action).toBe('hide');
    // The look is a choice only while veiling; the blur is kept for a return to veiling.
    expect(settings()!.textContent).not.toContain('How the veil looks');
    expect(prefs().triggers[0]!.veilStyle).toBe('blur');
    expect(text()).not.toContain('zyxquux');
  });

  it('restarts a timed list from now when its length changes', async () => {
    const { prefs } = mount({ triggers: [list('a', { endsAt: NOW + 2 * DAY_MS, lastsDays: 7 })] });
    await press('Settings');
    await pick('24 hours', settings()!);
    expect(prefs().triggers[0]).toMatchObject({ endsAt: NOW + DAY_MS, lastsDays: 1 });
    await pick('Always', settings()!);
    expect(prefs().triggers[0]).toMatchObject({ endsAt: 0, lastsDays: 0 });
  });

  it('changes nothing and announces nothing of its own when the save is refused', async () => {
    const { patches, announced } = mount({ triggers: [list('a')] }, { refuse: true });
    await press('Settings');
    await pick('A blur', settings()!);
    expect(patches).toHaveLength(1);
    expect(announced).toEqual([]);
    expect(choice('A calm solid veil', settings()!).checked).toBe(true);
  });
});

describe('adding a word list', () => {
  const fill = (label: string, value: string) => {
    const field = [...root.querySelectorAll('label')].find((l) => l.textContent?.trim().startsWith(label))!.querySelector<HTMLInputElement | HTMLTextAreaElement>('input, textarea')!;
    act(() => {
      field.value = value;
      field.dispatchEvent(new Event('input', { bubbles: true }));
    });
  };
  // Adding waits for the permission prompt and the save: let those settle.
  const submit = () => act(async () => {
    button('Add word list').click();
    await new Promise((r) => setTimeout(r, 0));
  });

  it('stores the chosen look, page parts, endings and length, counted from now', async () => {
    vi.spyOn(browser.permissions, 'request').mockResolvedValue(true as never);
    const { prefs, announced } = mount();
    const form = root.querySelector('form')!;
    expect(choice('A calm solid veil', form).checked).toBe(true);
    expect(choice('Leave navigation, menus', form).checked).toBe(true);
    expect(choice('Also find common word endings', form).checked).toBe(false);
    expect(choice('Always', form).checked).toBe(true);
    fill('Your own name', 'Visits');
    fill('Words and phrases', 'zyxquux');
    fill('Sites', 'feed.test');
    await pick('A blur', form);
    await pick('Also find common word endings', form);
    await pick('7 days', form);
    await submit();
    expect(prefs().triggers).toHaveLength(1);
    expect(prefs().triggers[0]).toMatchObject({
      label: 'Visits', words: ['zyxquux'], action: 'veil', veilStyle: 'blur', skipPageParts: true, wordEndings: true,
      endsAt: NOW + 7 * DAY_MS, lastsDays: 7, hosts: ['feed.test'], enabled: true,
    });
    expect(announced.at(-1)).toBe('Added “Visits”. On until Tue 8 Dec, 14:00.');
    expect(root.querySelector('[data-testid=list-time]')?.textContent).toBe('On until Tue 8 Dec, 14:00');
    // The form is fresh again.
    expect(choice('Always', root.querySelector('form')!).checked).toBe(true);
  });

  it('keeps the calm solid look for a list that hides, and offers the look only while veiling', async () => {
    vi.spyOn(browser.permissions, 'request').mockResolvedValue(true as never);
    const { prefs } = mount();
    const form = root.querySelector('form')!;
    await pick('A blur', form);
    await pick('Hide that part', form);
    expect(form.textContent).not.toContain('How the veil looks');
    fill('Words and phrases', 'zyxquux');
    fill('Sites', 'feed.test');
    await submit();
    expect(prefs().triggers[0]).toMatchObject({ action: 'hide', veilStyle: 'solid' });
  });

  it('explains bad input plainly and saves nothing', async () => {
    const request = vi.spyOn(browser.permissions, 'request').mockResolvedValue(true as never);
    const { patches } = mount();
    fill('Words and phrases', `zyxquux, ${'y'.repeat(120)}`);
    fill('Sites', 'feed.test');
    await submit();
    const alert = root.querySelector('[role=alert]')!.textContent!;
    expect(alert).toContain('longer than 100 characters');
    expect(alert).not.toContain('yyyy');
    expect(patches).toEqual([]);
    expect(request).not.toHaveBeenCalled();
  });
});

describe('the monthly look over lists, on the options page', () => {
  const review = () => root.querySelector<HTMLElement>('[data-testid=list-review]');

  it('offers a quiet line after a month when there are lists, naming no word', () => {
    mount({ triggers: [list('a')], listReview: { enabled: true, lastAt: NOW - 31 * DAY_MS } });
    expect(review()?.textContent).toContain('It has been a month since you looked over your word lists.');
    expect(text()).not.toMatch(/zyxquux|ventilator/);
    // It sits at the top of Words, before the lists.
    expect(root.querySelector('h2')!.nextElementSibling).toBe(review());
  });

  it('“Not now” sets the month going again and hides the line', async () => {
    const { prefs, announced } = mount({ triggers: [list('a')], listReview: { enabled: true, lastAt: NOW - 31 * DAY_MS } });
    await press('Not now');
    expect(prefs().listReview).toEqual({ enabled: true, lastAt: NOW });
    expect(review()).toBeNull();
    expect(announced.at(-1)).toBe('All right. Steady will ask again in a month.');
    expect(document.activeElement?.textContent).toBe('Words');
  });

  it('“Look over my lists” moves focus to the lists and keeps the words hidden', async () => {
    const { prefs } = mount({ triggers: [list('a')], listReview: { enabled: true, lastAt: NOW - 31 * DAY_MS } });
    await press('Look over my lists');
    expect(document.activeElement?.getAttribute('aria-label')).toBe('Your word lists');
    expect(prefs().listReview.lastAt).toBe(NOW);
    expect(text()).not.toMatch(/zyxquux|ventilator/);
  });

  it('can be stopped from the line, and turned back on (a fresh month) in Words', async () => {
    const { prefs } = mount({ triggers: [list('a')], listReview: { enabled: true, lastAt: NOW - 31 * DAY_MS } });
    await press('Don’t ask again');
    expect(prefs().listReview).toEqual({ enabled: false, lastAt: NOW - 31 * DAY_MS });
    expect(review()).toBeNull();
    const toggle = choice('Once a month, offer me a look over my lists');
    expect(toggle.checked).toBe(false);
    await act(async () => toggle.click());
    expect(prefs().listReview).toEqual({ enabled: true, lastAt: NOW });
    expect(review()).toBeNull();
  });

  it('starts the clock quietly the first time, and stays silent without lists', () => {
    const first = mount({ triggers: [list('a')], listReview: { enabled: true, lastAt: 0 } });
    expect(first.startClock).toHaveBeenCalledExactlyOnceWith(NOW);
    expect(review()).toBeNull();
    expect(first.announced).toEqual([]);
    act(() => render(null, root));
    const none = mount({ triggers: [], listReview: { enabled: true, lastAt: NOW - 90 * DAY_MS } });
    expect(none.startClock).not.toHaveBeenCalled();
    expect(review()).toBeNull();
  });
});
