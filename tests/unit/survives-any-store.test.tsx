import fc from 'fast-check';
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { browser } from 'wxt/browser';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { AppearanceSection } from '../../components/options/AppearanceSection';
import { DataSection } from '../../components/options/DataSection';
import { ExercisesSection } from '../../components/options/ExercisesSection';
import { HelpCountrySection } from '../../components/options/HelpCountrySection';
import { HistorySection } from '../../components/options/HistorySection';
import { PauseSection } from '../../components/options/PauseSection';
import { PeopleSection } from '../../components/options/PeopleSection';
import { SitesSection } from '../../components/options/SitesSection';
import { TriggersSection } from '../../components/options/TriggersSection';
import { HomeView } from '../../components/popup/HomeView';
import { momentExercise, NO_FILTER } from '../../lib/exercises/library';
import { createCheckIns } from '../../lib/history/checkins';
import { defaultPrefs } from '../../lib/prefs/defaults';
import { interpretStored } from '../../lib/prefs/read';
import { TOO_LARGE } from '../../lib/settings-file';

let root: HTMLElement;
beforeEach(() => {
  fakeBrowser.reset();
  // Not in WXT's fake browser: the sites section asks whether each site's permission is there.
  browser.permissions.contains = async () => true;
  root = document.createElement('div');
  document.body.append(root);
});
afterEach(() => {
  act(() => render(null, root));
  root.remove();
});

const noHistory = createCheckIns({ entries: async () => [], set: async () => {}, delMany: async () => {}, clear: async () => {} });

/** Every options section, drawn from whatever a store held (read the way every page reads it). */
function drawAll(stored: unknown) {
  const { prefs } = interpretStored(stored);
  const props = { prefs, save: async () => true, edit: async () => true, announce: () => {} };
  act(() =>
    render(
      <div>
        <SitesSection {...props} />
        <TriggersSection {...props} startReviewClock={() => {}} />
        <PauseSection {...props} />
        <ExercisesSection {...props} />
        <PeopleSection {...props} />
        <HelpCountrySection {...props} />
        <HistorySection {...props} history={noHistory} />
        <AppearanceSection {...props} />
        <DataSection {...props} />
        <HomeView
          prefs={prefs}
          moment={momentExercise(prefs)}
          filter={NO_FILTER}
          focusKey=""
          update={async () => ({ ok: true, prefs })}
          onMoment={() => {}}
          onFilter={() => {}}
          onOpen={() => {}}
          onFavourite={() => {}}
          onHistory={() => {}}
        />
      </div>,
      root,
    ),
  );
}

// A store that is mostly right, with any field replaced by anything: the damage real stores have.
const damaged = fc
  .dictionary(fc.constantFrom(...Object.keys(defaultPrefs())), fc.anything({ maxDepth: 3 }), { maxKeys: 4 })
  .map((patch) => ({ ...defaultPrefs(), ...patch }));
const listItems = fc.record({
  sites: fc.array(fc.record({ id: fc.string(), host: fc.oneof(fc.domain(), fc.string()), includeSubdomains: fc.boolean(), pathPrefix: fc.constantFrom('', '/a', 'x'), label: fc.string() }), { maxLength: 4 }),
  triggers: fc.array(fc.record({ id: fc.string(), label: fc.string(), words: fc.array(fc.string(), { maxLength: 4 }), action: fc.constantFrom('pause', 'veil', 'hide', 'blur', 'x'), everySite: fc.boolean(), hosts: fc.array(fc.domain(), { maxLength: 2 }), enabled: fc.boolean(), endsAt: fc.oneof(fc.integer(), fc.double()) }, { requiredKeys: ['id', 'words', 'action'] }), { maxLength: 4 }),
  people: fc.array(fc.record({ id: fc.string(), name: fc.string(), link: fc.constantFrom('tel:+44 1234 5678', 'javascript:x', '') }), { maxLength: 3 }),
}).map((lists) => ({ ...defaultPrefs(), ...lists }));

describe('the options page and the popup survive any stored value', () => {
  it('property: any value at all', () => {
    fc.assert(fc.property(fc.anything(), (stored) => void drawAll(stored)), { numRuns: 150 });
  });

  it('property: a store with damaged fields, or damaged list items', () => {
    fc.assert(fc.property(fc.oneof(damaged, listItems), (stored) => void drawAll(stored)), { numRuns: 150 });
    expect(root.querySelector('section')).not.toBeNull();
  });
});

describe('importing a file', () => {
  it('a file over the size limit is refused before it is read or sent', async () => {
    const announce = vi.fn();
    const send = vi.spyOn(browser.runtime, 'sendMessage');
    act(() => render(<DataSection prefs={defaultPrefs()} save={async () => true} edit={async () => true} announce={announce} />, root));
    const input = root.querySelector('input[type="file"]') as HTMLInputElement;
    const file = new File(['x'], 'huge.json', { type: 'application/json' });
    Object.defineProperty(file, 'size', { value: 64 * 1024 * 1024 });
    const read = vi.spyOn(file, 'text');
    Object.defineProperty(input, 'files', { value: [file] });
    await act(async () => void input.dispatchEvent(new Event('change', { bubbles: true })));
    expect(announce).toHaveBeenCalledWith(TOO_LARGE, true);
    expect(read).not.toHaveBeenCalled();
    expect(send).not.toHaveBeenCalled();
  });
});
