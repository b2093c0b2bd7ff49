import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { byRole, extensionTab, launchFirefox, reloadExtensionPage, storedPrefs, textOf, waitFor, waitForText, type Firefox } from './harness';

let firefox: Firefox | undefined;
afterEach(async () => {
  await firefox?.close();
  firefox = undefined;
});

const welcomeTab = (ff: Firefox) => extensionTab(ff, 'welcome.html');
const status = async (page: import('puppeteer-core').Page) => page.$eval('[data-testid=status]', (el) => (el as HTMLElement).innerText);

describe('Steady in Firefox', () => {
  it('installs from the profile: the background runs, the test hosts are granted and the welcome page opens', async () => {
    firefox = await launchFirefox();
    const welcome = await waitFor(() => welcomeTab(firefox!), 'the welcome page', 20_000);
    expect(await textOf(await byRole(welcome, 'heading', 'Welcome to Steady'))).toBe('Welcome to Steady');
    await waitForText(welcome, 'A self-help tool, not therapy or a crisis service.');

    const state = await firefox.inExtension(async () => {
      const { runtime, permissions, storage } = (globalThis as any).browser;
      return {
        contexts: (await runtime.getContexts({})).map((c: { contextType: string }) => c.contextType),
        granted: await permissions.getAll(),
        // The background writes the checked defaults when it starts.
        prefs: (await storage.local.get('prefs')).prefs,
      };
    }, null);
    expect(state.contexts).toContain('BACKGROUND');
    // Firefox grants MV3 host_permissions at install only with extensions.originControls.grantByDefault.
    expect(state.granted.origins).toEqual(['*://*.test/*']);
    expect(state.prefs).toMatchObject({ sites: [], triggers: [] });
  });

  it('renders the popup and the options page from the real preferences', async () => {
    firefox = await launchFirefox();
    const popup = await firefox.open('popup.html');
    await byRole(popup, 'heading', 'Steady');
    await waitFor(async () => (await popup.$eval('[data-testid=setup-summary]', (el) => el.textContent))?.includes('Nothing pauses until you choose'), 'the setup summary');
    await byRole(popup, 'button', 'I need a moment');

    const options = await firefox.open('options.html');
    for (const heading of ['Sites', 'Your data']) await byRole(options, 'heading', heading);
    await byRole(options, 'textbox', /^Site \(/);
    await byRole(options, 'button', 'Add site');
    // The defaults, as stored by the background.
    expect(await (await byRole(options, 'radio', /^Once per site until the browser restarts/)).evaluate((el) => (el as HTMLInputElement).checked)).toBe(true);
    expect(await (await byRole(options, 'radio', 'Every visit')).evaluate((el) => (el as HTMLInputElement).checked)).toBe(false);
  });

  it('keeps preferences set on the options page across a browser restart', async () => {
    firefox = await launchFirefox();
    await waitFor(() => welcomeTab(firefox!), 'the welcome page', 20_000);
    const options = await firefox.open('options.html');
    await (await byRole(options, 'radio', 'Every visit')).click();
    await waitFor(async () => (await status(options)).includes('Saved.'), 'Saved.');
    await (await byRole(options, 'radio', 'Dark')).click();
    await waitFor(async () => (await storedPrefs(firefox!)).appearance.theme === 'dark', 'the theme to be stored');
    expect((await storedPrefs(firefox)).pause.frequency).toBe('every-visit');

    const { profileDir } = firefox;
    await firefox.close({ keepProfile: true });
    firefox = await launchFirefox({ profileDir });
    const again = await firefox.open('options.html');
    expect(await (await byRole(again, 'radio', 'Every visit')).evaluate((el) => (el as HTMLInputElement).checked)).toBe(true);
    expect(await (await byRole(again, 'radio', 'Dark')).evaluate((el) => (el as HTMLInputElement).checked)).toBe(true);
    expect(await again.evaluate(() => document.documentElement.dataset.theme)).toBe('dark');
    await reloadExtensionPage(again);
    expect(await (await byRole(again, 'radio', 'Every visit')).evaluate((el) => (el as HTMLInputElement).checked)).toBe(true);
    // Installed once: a restart does not welcome the person again.
    expect(await welcomeTab(firefox)).toBeUndefined();
  });

  it('round-trips a settings file through the options page and refuses a malformed one', async () => {
    firefox = await launchFirefox();
    const options = await firefox.open('options.html');
    await (await byRole(options, 'radio', 'Larger')).click();
    await waitFor(async () => (await storedPrefs(firefox!)).appearance.textSize === 'larger', 'the text size to be stored');

    await (await byRole(options, 'button', 'Export settings file')).click();
    const saved = await waitFor(() => readdirSync(firefox!.downloadsDir).find((f) => f.endsWith('.json')), 'the settings file download');
    expect(saved).toMatch(/^steady-settings-\d{4}-\d{2}-\d{2}\.json$/);
    // Firefox may list the file before it has written all of it.
    const exported = await waitFor(() => {
      const text = readFileSync(join(firefox!.downloadsDir, saved), 'utf8');
      return JSON.parse(text) && text;
    }, 'the download to finish');
    expect(JSON.parse(exported)).toMatchObject({ format: 'steady-settings', prefs: { appearance: { textSize: 'larger' } } });

    await (await byRole(options, 'radio', 'Default')).click();
    await waitFor(async () => (await storedPrefs(firefox!)).appearance.textSize === 'default', 'the text size to go back');
    const inputs = await options.$$('input[type=file]');
    expect(inputs).toHaveLength(1);
    const file = (name: string, text: string) => {
      const path = join(firefox!.profileDir, name);
      writeFileSync(path, text);
      return path;
    };
    await inputs[0]!.uploadFile(file('mine.json', exported));
    await waitFor(async () => (await status(options)).includes('Settings imported.'), 'Settings imported.');
    expect(await (await byRole(options, 'radio', 'Larger')).evaluate((el) => (el as HTMLInputElement).checked)).toBe(true);
    expect((await storedPrefs(firefox)).appearance.textSize).toBe('larger');

    const before = await storedPrefs(firefox);
    const parsed = JSON.parse(exported);
    const broken = JSON.stringify({ ...parsed, prefs: { ...parsed.prefs, pause: { frequency: 'hourly' } } });
    await inputs[0]!.uploadFile(file('broken.json', broken));
    await waitFor(async () => (await status(options)).includes('Nothing was changed.'), 'Nothing was changed.');
    expect(await status(options)).toContain('Pause, frequency: should be every-visit');
    expect(await storedPrefs(firefox)).toEqual(before);
  });
});
