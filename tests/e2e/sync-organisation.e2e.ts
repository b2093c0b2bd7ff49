import { createHash } from 'node:crypto';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { EXTENSION_PATH, launchSteady, storedPrefs, type Steady } from './harness';

// The worker's own `chrome`, as seen from code evaluated inside it.
declare const chrome: any;

let steady: Steady | undefined;
afterEach(async () => {
  await steady?.close();
  steady = undefined;
});

const syncItems = async (s: Steady): Promise<Record<string, any>> => (await s.worker()).evaluate(() => chrome.storage.sync.get(null));

// Up to about 75 s: on a loaded machine the browser may ask Steady to slow its syncing down, and
// Steady then tries again after a minute, by design.
async function until<T>(what: string, read: () => Promise<T>, ok: (value: T) => boolean): Promise<T> {
  for (let i = 0; i < 750; i++) {
    const value = await read();
    if (ok(value)) return value;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`Timed out waiting for ${what}`);
}

describe('sync against the real storage.sync of one profile', () => {
  it('writes when turned on, sends a change, takes in another device’s change, and says so when the browser refuses', { timeout: 180_000 }, async () => {
    steady = await launchSteady();
    const options = await steady.open('options.html');
    expect(Object.keys(await syncItems(steady))).toEqual([]);

    await options.getByRole('checkbox', { name: 'Keep my settings the same on my other devices' }).check();
    await options.getByText('Steady adds no server', { exact: false }).waitFor();
    let items = await until('the first mirror', () => syncItems(steady!), (i) => 'steady:meta' in i && 'steady:pause.frequency' in i);
    expect(items['steady:pause.frequency'].v).toBe('once-per-session');
    expect(items).not.toHaveProperty('steady:sync');
    await options.getByTestId('sync-status').getByText('Sync is on', { exact: false }).waitFor();

    // A change here is sent.
    await options.getByRole('radio', { name: 'Every visit' }).check();
    items = await until('the change to be sent', () => syncItems(steady!), (i) => i['steady:pause.frequency']?.v === 'every-visit');

    // Another device's newer change comes in through storage.sync, and the page shows it (that
    // device's clock runs a minute ahead: a choice made here afterwards must still count as newer).
    const worker = await steady.worker();
    await worker.evaluate(() =>
      chrome.storage.sync.set({ 'steady:appearance.theme': { t: Date.now() + 60_000, v: 'dark' }, 'steady:people:p-other': { t: Date.now(), v: { id: 'p-other', name: 'Alex', link: 'tel:+441111111' } } }),
    );
    await until('the incoming change', () => storedPrefs(steady!), (p) => p.appearance.theme === 'dark' && p.people.length === 1);
    await options.getByRole('radio', { name: 'Dark' }).and(options.locator(':checked')).waitFor();
    expect((await storedPrefs(steady)).pause.frequency).toBe('every-visit');

    // storage.sync filled to the last byte (something else left data there): the browser refuses the write.
    const full = await worker.evaluate(async () => {
      let room = chrome.storage.sync.QUOTA_BYTES - (await chrome.storage.sync.getBytesInUse(null));
      // One write for all of it: storage.sync also limits writes per minute, and a test that spends
      // them would see "slow down" instead of "full".
      const filler: Record<string, string> = {};
      for (let i = 0; room > 0; i++) {
        const key = `filler-${String(i).padStart(2, '0')}`;
        const length = Math.min(7_000, room - key.length - 2);
        filler[key] = 'x'.repeat(length);
        room -= key.length + length + 2;
      }
      await chrome.storage.sync.set(filler);
      return (await chrome.storage.sync.getBytesInUse(null)) === chrome.storage.sync.QUOTA_BYTES;
    });
    expect(full).toBe(true);
    await options.getByRole('radio', { name: 'Light' }).check();
    await options.getByTestId('sync-status').getByText('sync is full', { exact: false }).waitFor({ timeout: 75_000 });
    await options.getByTestId('sync-status').getByText('Your settings are safe on this device.', { exact: false }).waitFor();
    expect((await storedPrefs(steady)).appearance.theme).toBe('light');
    expect((await syncItems(steady))['steady:appearance.theme'].v).toBe('dark');
  });
});

// Chromium derives an unpacked extension's id from its folder: the policy can name it before launch.
const extensionId = createHash('sha256')
  .update(EXTENSION_PATH)
  .digest('hex')
  .slice(0, 32)
  .replace(/[0-9a-f]/g, (c) => String.fromCharCode(97 + parseInt(c, 16)));
const POLICY_DIR = '/etc/chromium/policies/managed';
const POLICY_FILE = `${POLICY_DIR}/steady-e2e-organisation.json`;

describe('an organisation’s policy installed for the test browser', () => {
  afterAll(() => rmSync(POLICY_FILE, { force: true }));

  it('shows the organisation’s helplines, contacts and defaults, and keeps the person’s own choices where allowed', async () => {
    mkdirSync(POLICY_DIR, { recursive: true });
    writeFileSync(
      POLICY_FILE,
      JSON.stringify({
        '3rdparty': {
          extensions: {
            [extensionId]: {
              organisationName: 'Riverside Trauma Service',
              helplines: [{ name: 'Riverside out-of-hours line', phone: '0800 123 456' }],
              contacts: [{ name: 'Riverside key worker', link: 'tel:+441234567890' }],
              helplineCountry: 'GB',
              pauseDefaults: { frequency: 'every-visit' },
              offeredSites: [{ host: 'news.example', label: 'News' }],
            },
          },
        },
      }),
    );
    try {
      steady = await launchSteady();
      expect(steady.extensionId).toBe(extensionId);
      const options = await steady.open('options.html');
      const org = options.getByTestId('organisation');
      await org.getByRole('heading', { name: 'From Riverside Trauma Service' }).waitFor();
      await org.getByText('Riverside out-of-hours line', { exact: false }).waitFor();
      await org.getByRole('button', { name: 'Add News to my sites' }).waitFor();
      // The organisation's default is what applies, and the person's own store does not hold it.
      expect(await options.getByRole('radio', { name: 'Every visit' }).isChecked()).toBe(true);
      expect((await storedPrefs(steady)).pause.frequency).toBe('once-per-session');

      // The person's own choice wins (the organisation allows it), and is kept across a reload.
      await options.getByRole('radio', { name: 'Once per site until the browser restarts' }).check();
      await options.getByTestId('status').getByText('Saved.').waitFor();
      await options.reload();
      await options.getByRole('radio', { name: 'Once per site until the browser restarts' }).and(options.locator(':checked')).waitFor();

      // Urgent help and reach out in the popup show the organisation's, marked as theirs; the
      // organisation's country applies until the person picks their own.
      let popup = await steady.open('popup.html');
      await popup.getByRole('list', { name: 'Contacts from Riverside Trauma Service' }).getByRole('link', { name: 'Riverside key worker' }).waitFor();
      await popup.getByRole('button', { name: 'Need urgent help?' }).click();
      const helplines = popup.getByRole('list', { name: 'Helplines from Riverside Trauma Service' });
      expect(await helplines.getByRole('link', { name: '0800 123 456' }).getAttribute('href')).toBe('tel:0800123456');
      await popup.getByText('In the UK, for an emergency call', { exact: false }).waitFor();
      await popup.close();

      await options.getByRole('combobox', { name: 'Country' }).selectOption('IE');
      await options.getByTestId('status').getByText('Saved.').waitFor();
      popup = await steady.open('popup.html');
      await popup.getByRole('button', { name: 'Need urgent help?' }).click();
      await popup.getByText('In Ireland, for an emergency call', { exact: false }).waitFor();
      await popup.getByRole('list', { name: 'Helplines from Riverside Trauma Service' }).waitFor();
      expect((await storedPrefs(steady)).helplineCountry).toBe('IE');
    } finally {
      rmSync(POLICY_FILE, { force: true });
    }
  });
});
