import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { launchSteady, storedPrefs, type Steady } from './harness';

let steady: Steady | undefined;
afterEach(async () => {
  await steady?.close();
  steady = undefined;
});

describe('foundation', () => {
  it('starts the service worker and welcomes the person on install', async () => {
    steady = await launchSteady();
    expect(steady.extensionId).toMatch(/^[a-p]{32}$/);
    const welcome = steady.context.pages().find((p) => p.url().endsWith('/welcome.html')) ?? (await steady.context.waitForEvent('page'));
    await welcome.waitForURL(/welcome\.html$/);
    await expect(welcome.getByRole('heading', { name: 'Welcome to Steady' }).isVisible()).resolves.toBe(true);
    await expect(welcome.getByText('A self-help tool, not therapy or a crisis service.').isVisible()).resolves.toBe(true);
  });

  it('renders the popup from the real preferences', async () => {
    steady = await launchSteady();
    const popup = await steady.open('popup.html');
    await expect(popup.getByRole('heading', { name: 'Steady' }).isVisible()).resolves.toBe(true);
    await popup.getByTestId('setup-summary').getByText('Nothing pauses until you choose').waitFor();
  });

  it('keeps an options change across a service-worker restart and a browser restart', async () => {
    steady = await launchSteady();
    const options = await steady.open('options.html');
    await options.getByRole('radio', { name: 'Every visit' }).check();
    await options.getByTestId('status').getByText('Saved.').waitFor();
    expect((await storedPrefs(steady)).pause.frequency).toBe('every-visit');

    const worker = await steady.worker();
    await worker.evaluate(() => Object.assign(globalThis, { beforeRestart: true }));
    await steady.stopWorker();
    await options.reload();
    await options.getByRole('radio', { name: 'Every visit' }).waitFor();
    expect(await options.getByRole('radio', { name: 'Every visit' }).isChecked()).toBe(true);
    // A fresh worker (its globals are gone) still answers and writes.
    await options.getByRole('radio', { name: 'Dark' }).check();
    await options.getByTestId('status').getByText('Saved.').waitFor();
    expect(await (await steady.worker()).evaluate(() => 'beforeRestart' in globalThis)).toBe(false);

    const { userDataDir } = steady;
    await steady.close({ keepProfile: true });
    steady = await launchSteady({ userDataDir });
    const again = await steady.open('options.html');
    await again.getByRole('radio', { name: 'Every visit' }).waitFor();
    expect(await again.getByRole('radio', { name: 'Every visit' }).isChecked()).toBe(true);
    expect(await again.getByRole('radio', { name: 'Dark' }).isChecked()).toBe(true);
    expect(await again.evaluate(() => document.documentElement.dataset.theme)).toBe('dark');
  });

  it('round-trips a settings file and refuses a malformed one without changing anything', async () => {
    steady = await launchSteady();
    const options = await steady.open('options.html');
    await options.getByRole('radio', { name: 'Larger' }).check();
    await options.getByTestId('status').getByText('Saved.').waitFor();

    const [download] = await Promise.all([
      options.waitForEvent('download'),
      options.getByRole('button', { name: 'Export settings file' }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/^steady-settings-\d{4}-\d{2}-\d{2}\.json$/);
    const exported = readFileSync((await download.path())!, 'utf8');
    expect(JSON.parse(exported)).toMatchObject({ format: 'steady-settings', prefs: { appearance: { textSize: 'larger' } } });

    await options.getByRole('radio', { name: 'Default' }).check();
    await options.getByTestId('status').getByText('Saved.').waitFor();
    expect(await options.locator('input[type=file]').count()).toBe(1);
    await options.locator('input[type=file]').setInputFiles({ name: 'mine.json', mimeType: 'application/json', buffer: Buffer.from(exported) });
    await options.getByTestId('status').getByText('Settings imported.').waitFor();
    expect(await options.getByRole('radio', { name: 'Larger' }).isChecked()).toBe(true);

    const before = await storedPrefs(steady);
    const broken = JSON.stringify({ ...JSON.parse(exported), prefs: { ...JSON.parse(exported).prefs, pause: { frequency: 'hourly' } } });
    await options.locator('input[type=file]').setInputFiles({ name: 'broken.json', mimeType: 'application/json', buffer: Buffer.from(broken) });
    await options.getByTestId('status').getByText('Nothing was changed.').waitFor();
    expect(await options.getByTestId('status').textContent()).toContain('Pause, frequency: should be every-visit');
    await options.locator('input[type=file]').setInputFiles({ name: 'junk.json', mimeType: 'application/json', buffer: Buffer.from('{oops') });
    await options.getByTestId('status').getByText('not valid JSON').waitFor();
    expect(await storedPrefs(steady)).toEqual(before);
  });

  it('offers "Take a grounding pause" from the keyboard, which opens straight into an exercise', async () => {
    steady = await launchSteady();
    const worker = await steady.worker();
    const commands = await worker.evaluate(() => (globalThis as any).chrome.commands.getAll());
    expect(commands).toEqual(expect.arrayContaining([expect.objectContaining({ name: 'take-a-pause', description: 'Take a grounding pause' })]));
    // What the shortcut and the menu item open:
    const moment = await steady.open('popup.html#moment');
    await moment.getByRole('button', { name: 'Pause', exact: true }).waitFor();
    await moment.getByRole('button', { name: 'Stop' }).waitFor();
  });
});
