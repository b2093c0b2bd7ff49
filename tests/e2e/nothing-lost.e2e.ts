import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { launchSteady, setPrefs, storedPrefs, type Steady } from './harness';

// What the person saved survives every edit, every limit and every repair, and no failure is
// silent: each case of the "nothing lost, nothing silent" issue, played as a person (or an unlucky
// browser) would.

// The extension's own API, in its service worker (reached through Playwright's worker.evaluate).
declare const chrome: any;

let steady: Steady;
beforeEach(async () => {
  steady = await launchSteady();
});
afterEach(() => steady.close());

const DAY = 86_400_000;
const status = (page: Page) => page.getByTestId('status');

async function addPerson(page: Page, name: string, link: string, submit = true) {
  const people = page.locator('section', { has: page.getByRole('heading', { name: 'People' }) });
  await people.getByRole('textbox', { name: 'Name' }).fill(name);
  await people.getByRole('textbox', { name: 'How to reach them' }).fill(link);
  if (submit) await people.getByRole('button', { name: 'Add person' }).click();
  return people;
}

/** Check-ins written straight into the extension's own IndexedDB (as the popup would have, days ago). */
async function seedCheckIns(page: Page, ages: number[]) {
  await page.evaluate(
    ({ ages, DAY }) =>
      new Promise<void>((done, fail) => {
        const open = indexedDB.open('steady-history');
        open.onupgradeneeded = () => open.result.createObjectStore('check-ins');
        open.onerror = () => fail(open.error);
        open.onsuccess = () => {
          const tx = open.result.transaction('check-ins', 'readwrite');
          ages.forEach((age, i) => tx.objectStore('check-ins').put({ id: `c${i}`, at: Date.now() - age * DAY, exerciseId: 'orienting', before: { scale: 4 } }, `c${i}`));
          tx.oncomplete = () => (open.result.close(), done());
          tx.onerror = () => fail(tx.error);
        };
      }),
    { ages, DAY },
  );
}

const countCheckIns = (page: Page) =>
  page.evaluate(
    () =>
      new Promise<number>((done) => {
        const open = indexedDB.open('steady-history');
        open.onsuccess = () => {
          const req = open.result.transaction('check-ins').objectStore('check-ins').count();
          req.onsuccess = () => (open.result.close(), done(req.result));
        };
      }),
  );

/** Fills storage.local close to its 10 MB quota, as a very long word list or old backups would. */
async function fillStorage(steady: Steady, leave: number) {
  const worker = await steady.worker();
  await worker.evaluate(async (leave) => {
    const used = await chrome.storage.local.getBytesInUse(null);
    await chrome.storage.local.set({ filler: 'x'.repeat(chrome.storage.local.QUOTA_BYTES - used - leave) });
  }, leave);
}

describe('lost: edits that merge', () => {
  it('two options tabs adding people at the same moment all keep theirs, and each tab shows the other’s', async () => {
    const first = await steady.open('options.html');
    const second = await steady.open('options.html');
    // Both forms are sent in the same moment, four times over: with whole lists sent from each
    // tab's own copy, about half of these rounds lost one of the two.
    const submit = (page: Page) => page.evaluate(() => document.getElementById('people-heading')!.closest('section')!.querySelector('form')!.requestSubmit());
    const names: string[] = [];
    for (let round = 0; round < 4; round++) {
      await addPerson(first, `Sam ${round}`, '+44 20 7946 0000', false);
      await addPerson(second, `Kim ${round}`, 'kim@example.org', false);
      names.push(`Sam ${round}`, `Kim ${round}`);
      await Promise.all([submit(first), submit(second)]);
      await expect.poll(async () => (await storedPrefs(steady)).people.length).toBeGreaterThanOrEqual(names.length - 1);
      await first.waitForTimeout(200);
    }
    expect((await storedPrefs(steady)).people.map((p: { name: string }) => p.name).sort()).toEqual([...names].sort());
    for (const page of [first, second]) {
      const list = page.getByRole('list', { name: 'Your people' });
      for (const name of names) await list.getByText(name, { exact: true }).waitFor();
    }
  });

  it('a settings file with two sites sharing an id is refused, saying so, and nothing changes', async () => {
    const options = await steady.open('options.html');
    const before = await storedPrefs(steady);
    const site = { id: 'same', host: 'news.example', includeSubdomains: true, pathPrefix: '', label: '' };
    const prefs = { ...before, sites: [site, { ...site, host: 'other.example' }] };
    const file = JSON.stringify({ format: 'steady-settings', formatVersion: 1, exportedAt: new Date().toISOString(), prefs });
    await options.locator('input[type=file]').setInputFiles({ name: 'twins.json', mimeType: 'application/json', buffer: Buffer.from(file) });
    await status(options).getByText('Your sites: has two sites with the same id').waitFor();
    expect(await storedPrefs(steady)).toEqual(before);
  });
});

describe('lost: check-ins wait for a decision', () => {
  it('arrowing through “Keep check-ins for” erases nothing; a shorter time asks first, naming how many would go', async () => {
    await setPrefs(steady, { history: { retentionDays: 0 } });
    const options = await steady.open('options.html');
    await seedCheckIns(options, [400, 100, 10]);
    await options.reload();
    const keep = options.getByRole('group', { name: 'Keep check-ins for' });
    await keep.getByRole('radio', { name: 'Until I erase them' }).focus();
    for (const key of ['ArrowUp', 'ArrowUp', 'ArrowDown', 'ArrowDown']) await options.keyboard.press(key);
    await expect.poll(() => keep.getByRole('radio', { name: 'Until I erase them' }).isChecked()).toBe(true);
    expect((await storedPrefs(steady)).history.retentionDays).toBe(0);
    expect(await countCheckIns(options)).toBe(3);

    await keep.getByRole('radio', { name: '30 days' }).check();
    const confirm = options.getByRole('group', { name: 'Confirm keeping check-ins for a shorter time' });
    await confirm.getByText('The 2 check-ins older than that would be erased.').waitFor();
    expect((await storedPrefs(steady)).history.retentionDays).toBe(0);
    await confirm.getByRole('button', { name: 'Keep them' }).click();
    expect(await countCheckIns(options)).toBe(3);
    await keep.getByRole('radio', { name: '90 days' }).check();
    await confirm.getByRole('button', { name: 'Yes, erase them' }).click();
    await expect.poll(() => countCheckIns(options)).toBe(1);
    expect((await storedPrefs(steady)).history.retentionDays).toBe(90);
  });

  it('a damaged “keep check-ins for” is repaired to “until I erase them”: opening the options page erases nothing', async () => {
    const worker = await steady.worker();
    // Seeded from a page that never prunes (the options page would prune with the default 90 days
    // while the seed lands).
    const welcome = await steady.open('welcome.html');
    await seedCheckIns(welcome, [400, 100, 10]);
    await worker.evaluate(async () => {
      const { prefs } = await chrome.storage.local.get('prefs');
      await chrome.storage.local.set({ prefs: { ...prefs, history: { retentionDays: 'forever' } } });
    });
    const options = await steady.open('options.html');
    await options.getByTestId('repair-notice').waitFor();
    expect(await options.getByTestId('repair-notice').innerText()).toContain('Check-in history');
    await expect.poll(async () => (await storedPrefs(steady)).history.retentionDays).toBe(0);
    expect(await countCheckIns(options)).toBe(3);
  });
});

describe('silent: every failure is told, where the person acted', () => {
  it('adding a person when storage is full says why, keeps what they typed, and keeps what was saved', async () => {
    const options = await steady.open('options.html');
    await addPerson(options, 'Sam', '+44 20 7946 0000');
    await options.getByRole('list', { name: 'Your people' }).getByText('Sam', { exact: true }).waitFor();
    await fillStorage(steady, 50);
    const people = await addPerson(options, 'Kim Somebody With A Long Name', 'kim@example.org');
    await status(options).getByText('the space your browser gives Steady for settings is full').waitFor();
    expect(await people.getByRole('textbox', { name: 'Name' }).inputValue()).toBe('Kim Somebody With A Long Name');
    expect((await storedPrefs(steady)).people.map((p: { name: string }) => p.name)).toEqual(['Sam']);
  });

  it('“Reset settings” when storage is full says why and changes nothing', async () => {
    await setPrefs(steady, { helplineCountry: 'IE' });
    const options = await steady.open('options.html');
    await fillStorage(steady, 50);
    await options.getByRole('button', { name: 'Reset settings…' }).click();
    await options.getByRole('button', { name: 'Yes, reset' }).click();
    await status(options).getByText('Nothing was changed: the space your browser gives Steady for settings is full').waitFor();
    expect((await storedPrefs(steady)).helplineCountry).toBe('IE');
  });

  it('a file over the size limit is refused by its size, saying so', async () => {
    const options = await steady.open('options.html');
    const before = await storedPrefs(steady);
    await options.locator('input[type=file]').setInputFiles({ name: 'huge.json', mimeType: 'application/json', buffer: Buffer.alloc(3 * 1024 * 1024, 32) });
    await status(options).getByText('This file is too large to be a Steady settings file').waitFor();
    expect(await storedPrefs(steady)).toEqual(before);
  });
});

describe('crash: damaged backups', () => {
  it.each([[[null]], [[{ notice: true }]], [[{ savedAt: 'x', reason: 'repaired', repaired: 'appearance', original: {}, notice: true }]]])(
    'backups %j: the options page still opens, with every section',
    async (backups) => {
      const worker = await steady.worker();
      await worker.evaluate((b) => chrome.storage.local.set({ prefsBackups: b }), backups);
      const options = await steady.open('options.html');
      await options.getByRole('heading', { name: 'Your data' }).waitFor();
      expect(await options.getByTestId('repair-notice').count()).toBe(0);
    },
  );
});

describe('told rightly', () => {
  it('an open options page shows a repair notice as soon as the repair happens', async () => {
    const options = await steady.open('options.html');
    await options.getByRole('heading', { name: 'Your data' }).waitFor();
    const worker = await steady.worker();
    await worker.evaluate(async () => {
      const { prefs } = await chrome.storage.local.get('prefs');
      await chrome.storage.local.set({ prefs: { ...prefs, appearance: 'neon' } });
    });
    await options.getByTestId('repair-notice').waitFor();
    expect(await options.getByTestId('repair-notice').innerText()).toContain('Affected: Appearance.');
  });
});

