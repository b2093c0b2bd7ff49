import fc from 'fast-check';
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { browser } from 'wxt/browser';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { RepairNotice } from '../../components/options/RepairNotice';
import { defaultPrefs } from '../../lib/prefs/defaults';
import { BACKUP_BUDGET, createPrefsKeeper, withinBudget } from '../../lib/prefs/keeper';
import { BACKUPS_KEY, MAX_BACKUPS, PREFS_KEY, type PrefsBackup } from '../../lib/prefs/storage';
import { toSettingsFile } from '../../lib/settings-file';

let root: HTMLElement;
beforeEach(() => {
  fakeBrowser.reset();
  root = document.createElement('div');
  document.body.append(root);
});
afterEach(() => {
  act(() => render(null, root));
  root.remove();
});

const keeper = () => createPrefsKeeper({ area: browser.storage.local });
const show = (backups: PrefsBackup[]) => {
  act(() => render(<RepairNotice backups={backups} onDismiss={() => {}} onDownload={() => {}} />, root));
  return root.textContent ?? '';
};
const backup = (extra: Partial<PrefsBackup>): PrefsBackup => ({ savedAt: '2026-11-30T10:00:00.000Z', reason: 'imported', repaired: [], original: {}, notice: false, ...extra });

describe('the copy kept after a repair', () => {
  it('stays, with its notice, through any number of imports and resets', async () => {
    await browser.storage.local.set({ [PREFS_KEY]: { ...defaultPrefs(), appearance: 'neon' } });
    const k = keeper();
    await k.get(); // repairs, keeps the damaged copy, raises the notice
    const file = toSettingsFile(defaultPrefs(), new Date());
    for (let i = 0; i < 3; i++) expect((await k.importSettings(file)).ok).toBe(true);
    for (let i = 0; i < 2; i++) expect((await k.reset()).ok).toBe(true);
    for (let i = 0; i < 4; i++) await k.importSettings(file);
    const kept = await k.backups();
    expect(kept.filter((b) => b.notice)).toEqual([expect.objectContaining({ reason: 'repaired', repaired: ['appearance'] })]);
    expect(kept.filter((b) => !b.notice)).toHaveLength(MAX_BACKUPS);
    expect(show(kept)).toContain('Affected: Appearance.');
  });

  it('backups make room for the person’s own settings: the ordinary ones stay under a budget, oldest go first', () => {
    const big = (i: number) => backup({ savedAt: `2026-11-${10 + i}T00:00:00.000Z`, original: 'x'.repeat(BACKUP_BUDGET / 3) });
    const pinned = backup({ reason: 'repaired', notice: true, original: 'y'.repeat(BACKUP_BUDGET) });
    const kept = withinBudget([big(5), pinned, big(4), big(3), big(2)]);
    expect(kept).toEqual([big(5), pinned, big(4)]);
  });
});

describe('the options page survives whatever is stored as backups', () => {
  it.each([
    ['[null]', [null]],
    ['a notice with nothing else', [{ notice: true }]],
    ['repaired as text', [{ savedAt: 'x', reason: 'repaired', repaired: 'appearance', original: {}, notice: true }]],
    ['not a list', { notice: true }],
    ['a number', 42],
  ])('%s: nothing shown, nothing thrown', async (_name, stored) => {
    await browser.storage.local.set({ [BACKUPS_KEY]: stored });
    const kept = await keeper().backups();
    expect(kept).toEqual([]);
    expect(show(kept)).toBe('');
  });

  it('property: any stored value gives well-formed backups the notice can show', async () => {
    await fc.assert(
      fc.asyncProperty(fc.anything(), async (stored) => {
        fakeBrowser.reset();
        await browser.storage.local.set({ [BACKUPS_KEY]: stored });
        const kept = await keeper().backups();
        expect(() => show(kept)).not.toThrow();
      }),
      { numRuns: 200 },
    );
  });
});

describe('the notice says what actually happened', () => {
  it.each([
    [backup({ reason: 'repaired', notice: true, repaired: ['sites[1]', 'pause.frequency'] }), 'set just those back to their defaults and kept everything else. Affected: site 2; Pause, frequency.'],
    [backup({ reason: 'unknown-version', notice: true, original: { version: 999 } }), 'written by a newer Steady'],
    [backup({ reason: 'unknown-version', notice: true, original: 'garbage' }), 'could not be read as a whole'],
  ])('%#', (entry, expected) => {
    expect(show([entry])).toContain(expected);
  });
});
