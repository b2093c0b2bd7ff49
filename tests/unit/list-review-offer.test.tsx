import { render } from 'preact';
import { act } from 'preact/test-utils';
import { describe, expect, it, vi } from 'vitest';
import { ListReviewOffer } from '../../components/popup/ListReviewOffer';
import { defaultPrefs, TRIGGER_DEFAULTS } from '../../lib/prefs/defaults';
import { applyPatch, type DeepPartial } from '../../lib/prefs/patch';
import type { Prefs } from '../../lib/prefs/schema';
import { DAY_MS } from '../../lib/words/list-duration';
import { preactRoot } from './preact-root';

const NOW = Date.UTC(2026, 11, 1, 14, 0);
const LIST = { ...TRIGGER_DEFAULTS, id: 'a', label: 'Hospital stuff', words: ['zyxquux'], action: 'veil' as const, everySite: false, hosts: ['feed.test'], enabled: true };

const root = preactRoot();

function mount(listReview: Prefs['listReview'], triggers = [LIST], ok = true) {
  let prefs: Prefs = { ...defaultPrefs(), triggers, listReview };
  const patches: Array<DeepPartial<Prefs>> = [];
  const openLists = vi.fn();
  const draw = () => act(() => render(<ListReviewOffer prefs={prefs} update={update} now={() => NOW} openLists={openLists} />, root()));
  async function update(patch: DeepPartial<Prefs>) {
    patches.push(patch);
    if (!ok) return { ok: false as const, error: 'refused' };
    prefs = applyPatch<Prefs>(prefs, patch);
    draw();
    return { ok: true as const, prefs };
  }
  draw();
  return { patches, openLists, prefs: () => prefs };
}
const press = (name: string) =>
  act(async () => {
    [...root().querySelectorAll('button')].find((b) => b.textContent === name)!.click();
    await new Promise((r) => setTimeout(r, 0));
  });
const MONTH_AGO = { enabled: true, lastAt: NOW - 31 * DAY_MS };

describe('the popup’s monthly look over lists', () => {
  it('offers a quiet line with three plain choices, and no word or list name', () => {
    mount(MONTH_AGO);
    const line = root().querySelector('[data-testid=list-review]')!;
    expect(line.textContent).toContain('Would you like to look them over? People often find lists outgrow their need.');
    expect([...line.querySelectorAll('button')].map((b) => b.textContent)).toEqual(['Look over my lists', 'Not now', 'Don’t ask again']);
    expect(root().textContent).not.toMatch(/zyxquux|Hospital stuff/);
  });

  it('“Look over my lists” opens the lists in Settings and starts a new month', async () => {
    const { openLists, prefs } = mount(MONTH_AGO);
    await press('Look over my lists');
    expect(openLists).toHaveBeenCalledOnce();
    expect(prefs().listReview.lastAt).toBe(NOW);
  });

  it('“Not now” stores lastAt, hides the line and says so where focus lands', async () => {
    const { prefs } = mount(MONTH_AGO);
    await press('Not now');
    expect(prefs().listReview).toEqual({ enabled: true, lastAt: NOW });
    expect(root().querySelector('[data-testid=list-review]')).toBeNull();
    expect(document.activeElement?.textContent).toBe('All right. Steady will ask again in a month.');
  });

  it('“Don’t ask again” turns the offers off', async () => {
    const { prefs } = mount(MONTH_AGO);
    await press('Don’t ask again');
    expect(prefs().listReview.enabled).toBe(false);
    expect(root().textContent).toContain('You can turn it back on in Settings, under Words.');
  });

  it('keeps the line when the change could not be saved', async () => {
    mount(MONTH_AGO, [LIST], false);
    await press('Not now');
    expect(root().querySelector('[data-testid=list-review]')).not.toBeNull();
  });

  it('starts the clock once, without a word, and says nothing without lists or when off', () => {
    const first = mount({ enabled: true, lastAt: 0 });
    expect(first.patches).toEqual([{ listReview: { lastAt: NOW } }]);
    expect(root().textContent).toBe('');
    act(() => render(null, root()));
    expect(mount(MONTH_AGO, []).patches).toEqual([]);
    expect(root().textContent).toBe('');
    act(() => render(null, root()));
    expect(mount({ enabled: false, lastAt: NOW - 90 * DAY_MS }).patches).toEqual([]);
    expect(root().textContent).toBe('');
  });
});
