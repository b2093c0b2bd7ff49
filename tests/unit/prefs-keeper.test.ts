import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { browser } from 'wxt/browser';
import { prefsHandlers } from '../../lib/background/prefs-handlers';
import { defaultPrefs } from '../../lib/prefs/defaults';
import { createPrefsKeeper } from '../../lib/prefs/keeper';
import { readPrefs } from '../../lib/prefs/read';
import { BACKUPS_KEY, PREFS_KEY, type PrefsBackup } from '../../lib/prefs/storage';
import { toSettingsFile } from '../../lib/settings-file';

const NOW = new Date('2026-11-22T10:00:00Z');
const site = { id: 's1', host: 'example.com', includeSubdomains: true, pathPrefix: '', label: 'Busy place' };

function setup() {
  const keeper = createPrefsKeeper({ area: browser.storage.local, now: () => NOW });
  return { keeper, handlers: prefsHandlers(keeper) };
}
const stored = async () => (await browser.storage.local.get(PREFS_KEY))[PREFS_KEY];
const backups = async () => ((await browser.storage.local.get(BACKUPS_KEY))[BACKUPS_KEY] ?? []) as PrefsBackup[];

beforeEach(() => fakeBrowser.reset());

describe('prefs keeper (background)', () => {
  it('writes the defaults on first run and reads them back', async () => {
    const { handlers } = setup();
    expect(await handlers.getPrefs(undefined)).toEqual(defaultPrefs());
    expect(await stored()).toEqual(defaultPrefs());
    expect(await backups()).toEqual([]);
  });

  it('applies a valid partial update and every context can read it', async () => {
    const { handlers } = setup();
    const result = await handlers.updatePrefs({ sites: [site], pause: { frequency: 'every-visit' } });
    expect(result.ok).toBe(true);
    const read = await readPrefs(browser.storage.local);
    expect(read.sites).toEqual([site]);
    expect(read.pause.frequency).toBe('every-visit');
    expect(read.pause.snoozeMinutes).toEqual([15, 60]);
  });

  it('refuses an invalid update with a message and changes nothing', async () => {
    const { handlers } = setup();
    await handlers.updatePrefs({ sites: [site] });
    const before = await stored();
    const result = await handlers.updatePrefs({ sites: [{ ...site, host: 'nope nope' }], helplineCountry: 'GB' });
    expect(result).toMatchObject({ ok: false, error: 'Nothing was changed. Site “Busy place”: the address is not a site name like example.com.' });
    expect(await stored()).toEqual(before);
  });

  it('runs quick successive updates in order without losing any', async () => {
    const { handlers } = setup();
    await Promise.all([
      handlers.updatePrefs({ pause: { gentleDelaySeconds: 3 } }),
      handlers.updatePrefs({ helplineCountry: 'IE' }),
      handlers.updatePrefs({ appearance: { theme: 'dark' } }),
    ]);
    const read = await readPrefs(browser.storage.local);
    expect([read.pause.gentleDelaySeconds, read.helplineCountry, read.appearance.theme]).toEqual([3, 'IE', 'dark']);
  });

  it('repairs a corrupt store, keeps the original as a backup and raises a notice', async () => {
    const corrupt = { ...defaultPrefs(), sites: [site, { id: 'x', host: 42 }], appearance: 'neon' };
    await browser.storage.local.set({ [PREFS_KEY]: corrupt });
    const { handlers } = setup();
    const prefs = await handlers.getPrefs(undefined);
    expect(prefs.sites).toEqual([site]);
    expect(prefs.appearance).toEqual(defaultPrefs().appearance);
    expect(await stored()).toEqual(prefs);
    expect(await handlers.getBackups(undefined)).toEqual([
      { savedAt: NOW.toISOString(), reason: 'repaired', repaired: ['sites[1]', 'appearance'], original: corrupt, notice: true },
    ]);
    await handlers.dismissRepairNotice(undefined);
    expect((await backups())[0]).toMatchObject({ notice: false, original: corrupt });
  });

  it('keeps a store from an unknown version aside instead of dropping it', async () => {
    const future = { version: 9, somethingNew: true, helplineCountry: 'AU' };
    await browser.storage.local.set({ [PREFS_KEY]: future });
    const { handlers } = setup();
    expect((await handlers.getPrefs(undefined)).helplineCountry).toBe('AU');
    expect((await backups())[0]).toMatchObject({ reason: 'unknown-version', original: future, notice: true });
  });

  it('treats non-object junk as corrupt', async () => {
    await browser.storage.local.set({ [PREFS_KEY]: 'garbage' });
    const { handlers } = setup();
    expect(await handlers.getPrefs(undefined)).toEqual(defaultPrefs());
    expect((await backups())[0]).toMatchObject({ reason: 'unknown-version', original: 'garbage' });
  });

  it('reset keeps the previous settings as a backup without a repair notice', async () => {
    const { handlers } = setup();
    await handlers.updatePrefs({ sites: [site] });
    expect((await handlers.resetPrefs(undefined)).ok).toBe(true);
    expect(await stored()).toEqual(defaultPrefs());
    expect((await backups())[0]).toMatchObject({ reason: 'reset', notice: false });
    expect(((await backups())[0]?.original as { sites: unknown[] }).sites).toEqual([site]);
  });

  it('erasing settings leaves the defaults and no copy of what was there (plan and backups included)', async () => {
    const { handlers } = setup();
    await handlers.updatePrefs({ sites: [site], plan: { helps: 'A walk by the river' } });
    await handlers.resetPrefs(undefined);
    await handlers.updatePrefs({ sites: [site], plan: { helps: 'Tea' } });
    expect(await backups()).toHaveLength(1);
    expect((await handlers.eraseSettings(undefined)).ok).toBe(true);
    expect(await stored()).toEqual(defaultPrefs());
    expect(await backups()).toEqual([]);
    expect(JSON.stringify(await browser.storage.local.get(null))).not.toMatch(/river|Tea|example\.com/);
  });

  it('a plan part longer than its limit is refused in the person’s terms, and nothing changes', async () => {
    const { handlers } = setup();
    await handlers.updatePrefs({ plan: { helps: 'Tea' } });
    const result = await handlers.updatePrefs({ plan: { helps: 'x'.repeat(1001) } });
    expect(result).toMatchObject({ ok: false, error: 'Nothing was changed. Your steadying plan, helps: is longer than 1,000 characters.' });
    expect((await readPrefs(browser.storage.local)).plan.helps).toBe('Tea');
  });

  it('round-trips a settings file', async () => {
    const { handlers } = setup();
    await handlers.updatePrefs({ sites: [site], people: [{ id: 'p', name: 'Ana', link: 'sms:+15550100' }] });
    const file = await handlers.exportSettings(undefined);
    await handlers.resetPrefs(undefined);
    const result = await handlers.importSettings(file);
    expect(result.ok).toBe(true);
    expect((await readPrefs(browser.storage.local)).people[0]?.name).toBe('Ana');
    expect((await readPrefs(browser.storage.local)).sites).toEqual([site]);
  });

  it('refuses a bad settings file, naming the field, and changes nothing', async () => {
    const { handlers } = setup();
    await handlers.updatePrefs({ sites: [site] });
    const before = await stored();
    const bad = toSettingsFile({ ...defaultPrefs(), quietHours: { ...defaultPrefs().quietHours, to: '7pm' } }, NOW);
    expect(await handlers.importSettings(bad)).toMatchObject({
      ok: false,
      error: 'Nothing was changed. Quiet hours, to: should be a time like 22:00.',
    });
    expect(await handlers.importSettings(42 as never)).toMatchObject({ ok: false });
    expect(await stored()).toEqual(before);
    expect((await backups()).length).toBe(0);
  });
});
