import { describe, expect, it } from 'vitest';
import { defaultPrefs } from '../../lib/prefs/defaults';
import { MIGRATIONS, migrate } from '../../lib/prefs/migrations';
import { interpretStored } from '../../lib/prefs/read';
import { repairPrefs } from '../../lib/prefs/repair';
import { PREFS_VERSION } from '../../lib/prefs/schema';

describe('migrations', () => {
  it('has a migration from every earlier schema version', () => {
    const earlier = Array.from({ length: PREFS_VERSION - 1 }, (_, i) => i + 1);
    expect(Object.keys(MIGRATIONS).map(Number).sort((a, b) => a - b)).toEqual(earlier);
    for (const version of earlier) expect(MIGRATIONS[version], `from v${version}`).toBeTypeOf('function');
  });

  it('leaves a current store alone', () => {
    expect(migrate({ ...defaultPrefs() })).toMatchObject({ kind: 'current', from: PREFS_VERSION });
  });

  it('runs each step in order and stamps the new version', () => {
    const steps = {
      1: (old: Record<string, unknown>) => ({ ...old, b: `${old.a}→b` }),
      2: (old: Record<string, unknown>) => ({ ...old, c: `${old.b}→c` }),
    };
    expect(migrate({ version: 1, a: 'a' }, steps, 3)).toEqual({ kind: 'migrated', from: 1, value: { version: 3, a: 'a', b: 'a→b', c: 'a→b→c' } });
    expect(migrate({ version: 2, b: 'b' }, steps, 3)).toEqual({ kind: 'migrated', from: 2, value: { version: 3, b: 'b', c: 'b→c' } });
  });

  it.each([[99], [0], ['1'], [undefined], [1.5]])('calls version %j unknown', (version) => {
    expect(migrate({ version }).kind).toBe('unknown-version');
  });

  it('turns a version 1 store into the current version: a blur list keeps its blur, every list gets the new choices', () => {
    const { version: _, listReview: _r, plan: _plan, ...rest } = defaultPrefs();
    const { practice: _p, offerWords: _w, offerPlan: _o, ...pause } = rest.pause;
    const { language: _language, ...appearance } = rest.appearance;
    const { learnFromCheckIns: _l, ...exercises } = rest.exercises;
    const v1 = {
      ...rest,
      version: 1,
      appearance,
      pause,
      exercises,
      triggers: [
        { id: 'a', label: 'Visits', words: ['ward'], action: 'blur', everySite: false, hosts: ['news.example'], enabled: true },
        { id: 'b', label: '', words: ['siren'], action: 'hide', everySite: true, hosts: [], enabled: false },
        { id: 'c', label: '', words: ['crash'], action: 'pause', everySite: true, hosts: [], enabled: true },
      ],
    };
    const { prefs, repaired, migratedFrom } = interpretStored(v1);
    expect(migratedFrom).toBe(1);
    expect(prefs.version).toBe(PREFS_VERSION);
    expect(prefs.triggers.map((t) => [t.id, t.action, t.veilStyle])).toEqual([['a', 'veil', 'blur'], ['b', 'hide', 'solid'], ['c', 'pause', 'solid']]);
    expect(prefs.triggers.every((t) => t.skipPageParts && !t.wordEndings && t.endsAt === 0 && t.lastsDays === 0)).toBe(true);
    expect(prefs.triggers.map((t) => t.words)).toEqual([['ward'], ['siren'], ['crash']]);
    // An upgrade is not a repair: nothing is reported to the person as reset.
    expect(repaired).toEqual([]);
    expect(prefs.listReview).toEqual({ enabled: true, lastAt: 0 });
    expect(prefs.pause.practice).toBe('');
    expect(prefs.appearance.language).toBe('browser');
  });

  it('turns a version 2 store into version 3: an empty plan, both new card choices off, people as they were, the browser’s language', () => {
    const { version: _, plan: _plan, ...rest } = defaultPrefs();
    const { offerWords: _w, offerPlan: _o, ...pause } = rest.pause;
    const { language: _language, ...appearance } = rest.appearance;
    const people = [{ id: 'sam', name: 'Sam', link: 'sms:+15550100' }];
    const v2 = { ...rest, version: 2, appearance, pause: { ...pause, practice: 'feet-on-floor' }, people };
    const { prefs, repaired, migratedFrom } = interpretStored(v2);
    expect(migratedFrom).toBe(2);
    expect(repaired).toEqual([]);
    expect(prefs.plan).toEqual({ offBalance: '', helps: '', safePlaces: '', professionals: '', reason: '', printOffBalance: false });
    expect(prefs.pause).toMatchObject({ offerWords: false, offerPlan: false, practice: 'feet-on-floor' });
    expect(prefs.people).toEqual(people);
    expect(prefs.appearance.language).toBe('browser');
  });

  it('calls a gap in the migration chain unknown rather than guessing', () => {
    expect(migrate({ version: 1 }, {}, 3).kind).toBe('unknown-version');
  });
});

describe('repairPrefs', () => {
  it('keeps every valid part and names the parts it reset', () => {
    const stored = {
      ...defaultPrefs(),
      sites: [
        { id: 'ok', host: 'example.com', includeSubdomains: false, pathPrefix: '', label: '' },
        { id: 'bad', host: 'EXAMPLE COM', includeSubdomains: false, pathPrefix: '', label: '' },
      ],
      pause: { ...defaultPrefs().pause, gentleDelaySeconds: 'lots', intervalMinutes: 45 },
      people: 'nobody',
    };
    const { prefs, repaired } = repairPrefs(stored);
    expect(prefs.sites.map((s) => s.id)).toEqual(['ok']);
    expect(prefs.pause.intervalMinutes).toBe(45);
    expect(prefs.pause.gentleDelaySeconds).toBe(0);
    expect(prefs.people).toEqual([]);
    expect(repaired).toEqual(['sites[1]', 'pause.gentleDelaySeconds', 'people']);
  });

  it.each([[null], ['{"version":1'], [42], [[1, 2]]])('turns %j into defaults', (junk) => {
    expect(repairPrefs(junk)).toEqual({ prefs: defaultPrefs(), repaired: ['(everything)'] });
  });

  it('repairs a store from an unknown future version to valid values, keeping what still fits', () => {
    const { prefs, repaired } = interpretStored({ ...defaultPrefs(), version: 7, helplineCountry: 'NZ' });
    expect(prefs.version).toBe(PREFS_VERSION);
    expect(prefs.helplineCountry).toBe('NZ');
    expect(repaired).toContain('version');
  });
});
