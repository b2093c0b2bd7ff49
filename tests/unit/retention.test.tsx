import { render } from 'preact';
import { act } from 'preact/test-utils';
import { describe, expect, it } from 'vitest';
import { HistorySection } from '../../components/options/HistorySection';
import { createCheckIns, wouldErase, type CheckInStorage } from '../../lib/history/checkins';
import { defaultPrefs } from '../../lib/prefs/defaults';
import { interpretStored } from '../../lib/prefs/read';
import { applyPatch, type DeepPartial } from '../../lib/prefs/patch';
import type { Prefs } from '../../lib/prefs/schema';
import { preactRoot } from './preact-root';

const DAY = 86_400_000;
const NOW = Date.UTC(2026, 11, 1, 12);

function memoryStorage(): CheckInStorage {
  const map = new Map<IDBValidKey, unknown>();
  return {
    entries: async () => [...map.entries()],
    set: async (key, value) => void map.set(key, value),
    delMany: async (keys) => keys.forEach((key) => map.delete(key)),
    clear: async () => map.clear(),
  };
}

const root = preactRoot();

const settle = () => act(() => new Promise((resolve) => setTimeout(resolve, 0)));

/** The check-ins section with check-ins 10, 100 and 400 days old, kept "until I erase them". */
async function mount() {
  let clock = NOW - 400 * DAY;
  const history = createCheckIns(memoryStorage(), () => clock);
  for (const age of [400, 100, 10]) {
    clock = NOW - age * DAY;
    await history.add({ exerciseId: 'orienting', before: { scale: 4 } });
  }
  clock = NOW;
  let prefs: Prefs = applyPatch<Prefs>(defaultPrefs(), { history: { retentionDays: 0 } });
  const saved: Array<DeepPartial<Prefs>> = [];
  const draw = () =>
    render(
      <HistorySection prefs={prefs} save={save} edit={async () => true} announce={() => {}} now={() => NOW} history={history} />,
      root(),
    );
  async function save(patch: DeepPartial<Prefs>) {
    saved.push(patch);
    prefs = applyPatch<Prefs>(prefs, patch);
    act(draw);
    return true;
  }
  act(draw);
  await settle();
  const radio = (label: string) => [...root().querySelectorAll('label')].find((l) => l.textContent?.includes(label))!.querySelector('input')!;
  const choose = async (label: string) => {
    act(() => {
      const input = radio(label);
      input.checked = true;
      input.dispatchEvent(new Event('change', { bubbles: true }));
      input.dispatchEvent(new Event('input', { bubbles: true }));
    });
    await settle();
  };
  const button = (name: string) => [...root().querySelectorAll('button')].find((b) => b.textContent === name);
  return { history, saved, choose, button, text: () => root().textContent ?? '' };
}

describe('keeping check-ins for a shorter time', () => {
  it('moving through the choices (as arrow keys do) erases nothing and saves nothing that would erase', async () => {
    const { history, saved, choose, text } = await mount();
    await choose('30 days');
    await choose('90 days');
    await choose('Until I erase them');
    expect((await history.list()).length).toBe(3);
    expect(saved).toEqual([{ history: { retentionDays: 0 } }]);
    expect(text()).not.toContain('would be erased');
  });

  it('asks first, naming how many would go, and only a yes erases them', async () => {
    const { history, saved, choose, button, text } = await mount();
    await choose('90 days');
    expect(text()).toContain('Keep check-ins for 90 days? The 2 check-ins older than that would be erased.');
    expect(saved).toEqual([]);
    act(() => button('Keep them')!.click());
    await settle();
    expect((await history.list()).length).toBe(3);
    await choose('30 days');
    act(() => button('Yes, erase them')!.click());
    await settle();
    expect(saved).toEqual([{ history: { retentionDays: 30 } }]);
    expect((await history.list()).length).toBe(1);
  });

  it.each([
    [[NOW - 10 * DAY], 30, 0],
    [[NOW - 31 * DAY, NOW - 10 * DAY], 30, 1],
    [[NOW - 400 * DAY], 0, 0],
  ])('wouldErase(%j, %d days) is %d', (ats, days, expected) => {
    expect(wouldErase(ats.map((at) => ({ at })), days, NOW)).toBe(expected);
  });
});

describe('a repair never erases check-ins', () => {
  it('a damaged “keep check-ins for” comes back as “until I erase them”, not as the default', () => {
    const { prefs, repaired } = interpretStored({ ...defaultPrefs(), history: { retentionDays: 'forever' } });
    expect(repaired).toEqual(['history.retentionDays']);
    expect(prefs.history.retentionDays).toBe(0);
  });
});
