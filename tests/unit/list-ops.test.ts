import fc from 'fast-check';
import { beforeEach, describe, expect, it } from 'vitest';
import { browser } from 'wxt/browser';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { prefsHandlers } from '../../lib/background/prefs-handlers';
import { defaultPrefs } from '../../lib/prefs/defaults';
import { createPrefsKeeper, writeFailure } from '../../lib/prefs/keeper';
import { applyListOp, type ListOp } from '../../lib/prefs/list-ops';
import { repairPrefs } from '../../lib/prefs/repair';
import { PREFS_KEY, type KeyValueArea } from '../../lib/prefs/storage';
import { parseSettingsFile, toSettingsFile } from '../../lib/settings-file';

const site = (id: string, host = `${id}.example`) => ({ id, host, includeSubdomains: true, pathPrefix: '', label: '' });
const person = (id: string, name = id) => ({ id, name, link: 'tel:+44 7700 900123' });

beforeEach(() => fakeBrowser.reset());

const keeperOn = (area: KeyValueArea = browser.storage.local) => createPrefsKeeper({ area });

describe('list edits by id', () => {
  it('two tabs adding at the same moment both keep their addition', async () => {
    const keeper = keeperOn();
    // Each tab sends only its own edit; neither sends the list from its own (stale) copy.
    const [a, b] = await Promise.all([
      keeper.edit({ list: 'sites', op: 'add', item: site('a') }),
      keeper.edit({ list: 'sites', op: 'add', item: site('b') }),
    ]);
    expect(a.ok && b.ok).toBe(true);
    expect((await keeper.get()).sites.map((s) => s.id)).toEqual(['a', 'b']);
  });

  it('an update changes only the named item and fields; a remove removes only that one', async () => {
    const keeper = keeperOn();
    for (const id of ['a', 'b', 'c']) await keeper.edit({ list: 'people', op: 'add', item: person(id) });
    await Promise.all([
      keeper.edit({ list: 'people', op: 'update', id: 'b', change: { name: 'Sam' } }),
      keeper.edit({ list: 'people', op: 'remove', id: 'c' }),
    ]);
    expect((await keeper.get()).people).toEqual([person('a'), person('b', 'Sam')]);
  });

  it('editing something another window removed says so and changes nothing', async () => {
    const keeper = keeperOn();
    await keeper.edit({ list: 'sites', op: 'add', item: site('a') });
    const result = await keeper.edit({ list: 'sites', op: 'update', id: 'gone', change: { label: 'x' } });
    expect(result).toMatchObject({ ok: false, error: expect.stringContaining('no longer on your list') });
    expect((await keeper.get()).sites).toEqual([site('a')]);
  });

  it('an edit that would make the settings invalid is refused whole, in the person’s terms', async () => {
    const keeper = keeperOn();
    await keeper.edit({ list: 'sites', op: 'add', item: { ...site('a'), label: 'News' } });
    const result = await keeper.edit({ list: 'sites', op: 'update', id: 'a', change: { host: 'not a host' } });
    expect(result).toMatchObject({ ok: false, error: 'Nothing was changed. Site “News”: the address is not a site name like example.com.' });
    expect((await keeper.get()).sites[0]!.host).toBe('a.example');
  });

  it('the background refuses a malformed edit message', async () => {
    const handlers = prefsHandlers(keeperOn());
    for (const bad of [null, {}, { list: 'prefs', op: 'add', item: {} }, { list: 'sites', op: 'remove' }, { list: 'sites', op: 'drop', id: 'a' }]) {
      expect(await handlers.editList(bad as never)).toEqual({ ok: false, error: 'Nothing was changed. The change was not understood.', note: { code: 'keeper.notUnderstood' } });
    }
  });

  it('a failed write says why in the person’s terms, and keeps what was saved', async () => {
    const area: KeyValueArea = {
      get: (keys) => browser.storage.local.get(keys),
      remove: (keys) => browser.storage.local.remove(keys),
      set: async (items) => {
        if (PREFS_KEY in items && (items[PREFS_KEY] as { sites: unknown[] }).sites.length > 1) throw new Error('QUOTA_BYTES quota exceeded');
        await browser.storage.local.set(items);
      },
    };
    const keeper = keeperOn(area);
    await keeper.edit({ list: 'sites', op: 'add', item: site('a') });
    const result = await keeper.edit({ list: 'sites', op: 'add', item: site('b') });
    expect(result).toMatchObject({ ok: false, error: writeFailure(new Error('quota exceeded')) });
    expect(writeFailure(new Error('QUOTA_BYTES quota exceeded'))).toMatch(/space your browser gives Steady for settings is full/);
    expect(writeFailure(new Error('IO error'))).toMatch(/could not save it just now/);
    expect((await keeper.get()).sites).toEqual([site('a')]);
  });

  // Any interleaving of edits from several tabs ends where applying them one by one, in the order
  // the background received them, ends: a simple model of the list.
  it('property: concurrent edits from many tabs never lose one', async () => {
    const opArb = fc.oneof(
      fc.record({ op: fc.constant('add' as const), id: fc.constantFrom('a', 'b', 'c', 'd', 'e', 'f') }),
      fc.record({ op: fc.constant('update' as const), id: fc.constantFrom('a', 'b', 'c', 'd', 'e', 'f'), label: fc.constantFrom('one', 'two', 'three') }),
      fc.record({ op: fc.constant('remove' as const), id: fc.constantFrom('a', 'b', 'c', 'd', 'e', 'f') }),
    );
    await fc.assert(
      fc.asyncProperty(fc.array(fc.array(opArb, { maxLength: 6 }), { minLength: 2, maxLength: 4 }), async (tabs) => {
        fakeBrowser.reset();
        const keeper = keeperOn();
        const received: ListOp[] = [];
        const toOp = (o: (typeof tabs)[number][number]): ListOp =>
          o.op === 'add' ? { list: 'sites', op: 'add', item: site(o.id) } : o.op === 'update' ? { list: 'sites', op: 'update', id: o.id, change: { label: o.label } } : { list: 'sites', op: 'remove', id: o.id };
        // Each tab sends its edits one after another; the tabs run at the same time.
        await Promise.all(
          tabs.map(async (ops) => {
            for (const o of ops) {
              const op = toOp(o);
              const pending = keeper.edit(op);
              received.push(op);
              await pending;
            }
          }),
        );
        let model = defaultPrefs();
        for (const op of received) {
          const next = applyListOp(model, op);
          if (next.ok) model = next.prefs;
        }
        expect((await keeper.get()).sites).toEqual(model.sites);
      }),
      { numRuns: 60 },
    );
  });
});

describe('favourite and hidden exercises', () => {
  it('starring from the popup and the options page at the same moment keeps both stars', async () => {
    const keeper = keeperOn();
    await Promise.all([
      keeper.edit({ list: 'favourites', op: 'include', id: 'humming' }),
      keeper.edit({ list: 'favourites', op: 'include', id: 'orienting' }),
      keeper.edit({ list: 'hidden', op: 'include', id: 'butterfly-hug' }),
    ]);
    expect((await keeper.get()).exercises).toMatchObject({ favourites: ['humming', 'orienting'], hidden: ['butterfly-hug'] });
    await Promise.all([keeper.edit({ list: 'favourites', op: 'first', id: 'orienting' }), keeper.edit({ list: 'hidden', op: 'exclude', id: 'butterfly-hug' })]);
    expect((await keeper.get()).exercises).toMatchObject({ favourites: ['orienting', 'humming'], hidden: [] });
  });

  it('the background refuses a malformed id-list edit', async () => {
    const handlers = prefsHandlers(keeperOn());
    for (const bad of [{ list: 'favourites', op: 'add', id: 'x' }, { list: 'hidden', op: 'include' }]) {
      expect(await handlers.editList(bad as never)).toEqual({ ok: false, error: 'Nothing was changed. The change was not understood.', note: { code: 'keeper.notUnderstood' } });
    }
  });
});

describe('ids are unique', () => {
  it('a settings file with two sites sharing an id is refused whole, saying so', () => {
    const prefs = { ...defaultPrefs(), sites: [site('a'), site('a', 'other.example')] };
    const file = JSON.stringify({ format: 'steady-settings', formatVersion: 1, exportedAt: '2026-11-01T00:00:00Z', prefs });
    expect(parseSettingsFile(file)).toMatchObject({ ok: false, error: expect.stringContaining('Your sites: has two sites with the same id') });
    // A file Steady wrote itself imports as it was.
    expect(parseSettingsFile(toSettingsFile({ ...defaultPrefs(), sites: [site('a')] }, new Date())).ok).toBe(true);
  });

  it('a damaged store with a repeated id keeps both items, the later one under a new id', () => {
    const { prefs, repaired } = repairPrefs({ ...defaultPrefs(), people: [person('p'), person('p', 'Kim'), person('p-2', 'Lee')] });
    expect(prefs.people.map((p) => [p.id, p.name])).toEqual([['p', 'p'], ['p-3', 'Kim'], ['p-2', 'Lee']]);
    expect(repaired).toEqual(['people[1].id']);
    // …so removing one of them removes only that one.
    const after = applyListOp(prefs, { list: 'people', op: 'remove', id: 'p' });
    expect(after.ok && after.prefs.people.map((p) => p.name)).toEqual(['Kim', 'Lee']);
  });
});
