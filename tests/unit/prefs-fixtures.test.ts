import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { browser } from 'wxt/browser';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { createPrefsKeeper } from '../../lib/prefs/keeper';
import { interpretStored } from '../../lib/prefs/read';
import { PREFS_VERSION } from '../../lib/prefs/schema';
import { BACKUPS_KEY, PREFS_KEY } from '../../lib/prefs/storage';
import { parseSettingsFile } from '../../lib/settings-file';

// Stores and files as earlier versions of Steady wrote them (tests/fixtures/), so every migration is
// exercised on real shapes before anyone depends on it.
const fixture = (name: string) => readFileSync(resolve('tests/fixtures', name), 'utf8');
const json = (name: string) => JSON.parse(fixture(name)) as Record<string, unknown>;

beforeEach(() => fakeBrowser.reset());

describe('version 1 stores', () => {
  it.each(['prefs-v1-fresh.json', 'prefs-v1-lived-in.json'])('%s upgrades whole: nothing reset, nothing reported as repaired', (name) => {
    const old = json(name);
    const { prefs, repaired, migratedFrom } = interpretStored(old);
    expect(migratedFrom).toBe(1);
    expect(repaired).toEqual([]);
    expect(prefs.version).toBe(PREFS_VERSION);
    // Everything the person chose is still there.
    for (const key of ['sites', 'people', 'helplineCountry', 'quietHours', 'history'] as const) expect(prefs[key]).toEqual(old[key]);
    // Appearance keeps every choice and gains the language, following the browser as before.
    expect(prefs.appearance).toEqual({ ...(old.appearance as object), language: 'browser' });
    expect(prefs.triggers.map((t) => t.words)).toEqual((old.triggers as Array<{ words: string[] }>).map((t) => t.words));
  });

  it('a lived-in store keeps each list’s choice: blur stays a blur, hide and pause stay as they were', () => {
    const { prefs } = interpretStored(json('prefs-v1-lived-in.json'));
    expect(prefs.triggers.map((t) => [t.id, t.action, t.veilStyle, t.enabled])).toEqual([
      ['visits', 'veil', 'blur', true],
      ['sirens', 'hide', 'solid', false],
      ['crash', 'pause', 'solid', true],
    ]);
    expect(prefs.exercises.favourites).toEqual(['humming', 'orienting']);
    expect(prefs.pause).toMatchObject({ frequency: 'interval', intervalMinutes: 45, gentleDelaySeconds: 5, showMatchedWord: true, practice: '' });
  });

  it('the background upgrades it in place, keeping the old copy aside without a notice', async () => {
    const old = json('prefs-v1-lived-in.json');
    await browser.storage.local.set({ [PREFS_KEY]: old });
    const prefs = await createPrefsKeeper({ area: browser.storage.local }).get();
    expect((await browser.storage.local.get(PREFS_KEY))[PREFS_KEY]).toEqual(prefs);
    const [backup] = (await browser.storage.local.get(BACKUPS_KEY))[BACKUPS_KEY] as Array<{ reason: string; notice: boolean; original: unknown }>;
    expect(backup).toMatchObject({ reason: 'migrated', notice: false, original: old });
  });

  it('a version 1 settings file imports, upgraded', () => {
    const result = parseSettingsFile(fixture('settings-file-v1.json'));
    expect(result.ok).toBe(true);
    if (result.ok) expect(result.prefs.triggers[0]).toMatchObject({ action: 'veil', veilStyle: 'blur', skipPageParts: true });
  });
});

describe('version 2 stores', () => {
  it('a lived-in version 2 store upgrades whole: every choice kept, an empty plan, the new card choices off, the browser’s language', () => {
    const old = json('prefs-v2-lived-in.json');
    const { prefs, repaired, migratedFrom } = interpretStored(old);
    expect(migratedFrom).toBe(2);
    expect(repaired).toEqual([]);
    expect(prefs.version).toBe(PREFS_VERSION);
    for (const key of ['sites', 'triggers', 'people', 'helplineCountry', 'quietHours', 'exercises', 'history', 'listReview'] as const) {
      expect(prefs[key], key).toEqual(old[key]);
    }
    // Appearance keeps every choice and follows the browser's language, as before.
    expect(prefs.appearance).toEqual({ ...(old.appearance as object), language: 'browser' });
    expect(prefs.pause).toEqual({ ...(old.pause as object), offerWords: false, offerPlan: false });
    expect(prefs.plan.helps).toBe('');
  });

  it('a version 2 settings file imports, upgraded', () => {
    const file = JSON.stringify({ format: 'steady-settings', formatVersion: 1, exportedAt: '2026-11-22T10:00:00.000Z', prefs: json('prefs-v2-lived-in.json') });
    const result = parseSettingsFile(file);
    expect(result.ok && result.prefs.people.map((p) => p.name)).toEqual(['Sam', 'Dr K']);
  });
});
