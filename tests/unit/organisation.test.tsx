import { render } from 'preact';
import { act } from 'preact/test-utils';
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { browser } from 'wxt/browser';
import { ReachOut } from '../../components/pause/ReachOut';
import { UrgentHelp } from '../../components/pause/UrgentHelp';
import { readPageState } from '../../lib/content/page-state';
import { refreshOrganisation } from '../../lib/background/organisation';
import { defaultPrefs } from '../../lib/prefs/defaults';
import { createPrefsKeeper } from '../../lib/prefs/keeper';
import { parseOrganisation } from '../../lib/prefs/managed';
import { effectivePrefs, ORG_KEY, pauseLocked, type Organisation } from '../../lib/prefs/organisation';
import { readPrefs } from '../../lib/prefs/read';
import { PREFS_KEY } from '../../lib/prefs/storage';
import managedSchema from '../../public/managed-schema.json';
import type { Note } from '../../lib/i18n/note';
import { sayNote } from '../../lib/i18n/say-note';

const POLICY = {
  organisationName: 'Riverside Trauma Service',
  helplines: [{ name: 'Riverside out-of-hours line', phone: '0800 123 456', hours: 'evenings and weekends' }],
  contacts: [{ name: 'Your Riverside key worker', link: 'tel:+441234567890' }],
  helplineCountry: 'GB',
  offeredSites: [{ host: 'news.example', label: 'News' }],
  offeredLists: [{ label: 'Hospital stuff', words: ['ward', 'ambulance'] }],
  pauseDefaults: { frequency: 'every-visit', snoozeMinutes: [30] },
};
const org = (extra: Record<string, unknown> = {}) => parseOrganisation({ ...POLICY, ...extra }) as Organisation;

beforeEach(() => fakeBrowser.reset());

describe('the organisation’s policy', () => {
  it('is read part by part: a broken helpline is left out and named, the rest stands', () => {
    const parsed = org({ helplines: [...POLICY.helplines, { name: 'No number at all' }, { phone: '999' }], contacts: [{ name: 'Bad', link: 'javascript:alert(1)' }] });
    expect(parsed.name).toBe('Riverside Trauma Service');
    expect(parsed.helplines.map((h) => h.name)).toEqual(['Riverside out-of-hours line']);
    expect(parsed.contacts).toEqual([]);
    // Each left-out entry is named: one with no way to reach it (2), one with no name (3), the contact.
    expect(parsed.problems).toHaveLength(3);
    expect(sayNote(parsed.problems[0] as Note, '')).toBe('A helpline (number 2) is incomplete or not in the expected form, so it was left out.');
    expect(sayNote(parsed.problems[1] as Note, '')).toBe('A helpline (number 3) is incomplete or not in the expected form, so it was left out.');
    expect(parsed.offeredSites).toEqual([{ host: 'news.example', label: 'News', includeSubdomains: true }]);
    expect(parsed.offeredLists[0]?.action).toBe('veil');
    expect(parseOrganisation(undefined)).toBeNull();
    expect(parseOrganisation({})).toBeNull();
  });

  it('names in the Chrome schema exactly the keys Steady reads', () => {
    expect(Object.keys(managedSchema.properties).sort()).toEqual(
      ['organisationName', 'helplines', 'contacts', 'helplineCountry', 'offeredSites', 'offeredLists', 'pauseDefaults', 'personMayChange'].sort(),
    );
  });

  it('is not read in a browser without managed storage (Firefox with no policy): no organisation, nothing breaks', async () => {
    await browser.storage.local.set({ [ORG_KEY]: org() });
    const result = await refreshOrganisation({ managed: { get: () => Promise.reject(new Error('Managed storage manifest not found')) }, local: browser.storage.local });
    expect(result).toBeNull();
    expect((await browser.storage.local.get(ORG_KEY))[ORG_KEY]).toBeUndefined();
    await refreshOrganisation({ managed: { get: async () => POLICY }, local: browser.storage.local });
    expect(((await browser.storage.local.get(ORG_KEY))[ORG_KEY] as Organisation).name).toBe('Riverside Trauma Service');
  });
});

describe('managed over person', () => {
  it('the organisation’s pause defaults fill in what the person has not chosen', () => {
    const effective = effectivePrefs(defaultPrefs(), org(), {});
    expect(effective.pause.frequency).toBe('every-visit');
    expect(effective.pause.snoozeMinutes).toEqual([30]);
    expect(effective.pause.intervalMinutes).toBe(30);
    expect(effective.helplineCountry).toBe('GB');
  });

  it('the person’s own choice wins where the organisation allows it, even a choice of Steady’s own default', () => {
    const person = { ...defaultPrefs(), helplineCountry: 'IE' };
    const effective = effectivePrefs(person, org(), { 'pause.frequency': 5 });
    expect(effective.pause.frequency).toBe('once-per-session');
    expect(effective.pause.snoozeMinutes).toEqual([30]);
    expect(effective.helplineCountry).toBe('IE');
    expect(effectivePrefs(defaultPrefs(), org(), { helplineCountry: 5 }).helplineCountry).toBe('');
    // Chosen before dates were kept: a value other than Steady's default is the person's.
    expect(effectivePrefs({ ...defaultPrefs(), pause: { ...defaultPrefs().pause, snoozeMinutes: [5] } }, org(), {}).pause.snoozeMinutes).toEqual([5]);
  });

  it('where the organisation does not allow a change, its pause defaults apply, and the options page is told', () => {
    const locked = org({ personMayChange: { pauseDefaults: false } });
    expect(effectivePrefs(defaultPrefs(), locked, { 'pause.frequency': 5 }).pause.frequency).toBe('every-visit');
    expect(pauseLocked(locked, 'frequency')).toBe(true);
    expect(pauseLocked(locked, 'intervalMinutes')).toBe(false);
    expect(pauseLocked(org(), 'frequency')).toBe(false);
  });

  it('never writes the organisation’s values into the person’s own preferences', async () => {
    const keeper = createPrefsKeeper({ area: browser.storage.local });
    await keeper.get();
    await browser.storage.local.set({ [ORG_KEY]: org() });
    expect((await readPrefs()).pause.frequency).toBe('every-visit');
    await keeper.update({ appearance: { theme: 'dark' } });
    const stored = (await browser.storage.local.get(PREFS_KEY))[PREFS_KEY] as ReturnType<typeof defaultPrefs>;
    expect(stored.pause.frequency).toBe('once-per-session');
    expect(stored.helplineCountry).toBe('');
  });

  it('page scripts decide with the organisation’s defaults, and with the person’s choice once made', async () => {
    const keeper = createPrefsKeeper({ area: browser.storage.local });
    await keeper.get();
    await browser.storage.local.set({ [ORG_KEY]: org() });
    const sources = { local: browser.storage.local, session: undefined, ask: () => keeper.get() };
    expect((await readPageState(sources)).prefs.pause.frequency).toBe('every-visit');
    await keeper.update({ pause: { frequency: 'once-per-session' } });
    expect((await readPageState(sources)).prefs.pause.frequency).toBe('once-per-session');
  });
});

describe('the organisation in urgent help and reach out', () => {
  it('shows its helplines and contacts, marked as the organisation’s, beside the person’s own', () => {
    const host = document.createElement('div');
    act(() =>
      render(
        <>
          <UrgentHelp country="GB" organisation={org()} />
          <ReachOut people={[{ id: 'p1', name: 'Mum', link: 'tel:+44123' }]} organisation={org()} />
        </>,
        host,
      ),
    );
    const helplines = host.querySelector('[aria-label="Helplines from Riverside Trauma Service"]');
    expect(helplines?.textContent).toContain('Riverside out-of-hours line');
    expect(helplines?.querySelector('a')?.getAttribute('href')).toBe('tel:0800123456');
    expect(host.textContent).toContain('From Riverside Trauma Service:');
    const contacts = host.querySelector('[aria-label="Contacts from Riverside Trauma Service"]');
    expect(contacts?.querySelector('a')?.getAttribute('href')).toBe('tel:+441234567890');
    expect(host.querySelector('.people a')?.textContent).toBe('Mum');
    // The country's own helplines are still there.
    expect(host.textContent).toContain('999');
  });
});
