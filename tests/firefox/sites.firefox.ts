import { afterEach, describe, expect, it } from 'vitest';
import { byRole, launchFirefox, registeredMatches, storedPrefs, textOf, waitFor, type Firefox } from './harness';

let firefox: Firefox | undefined;
afterEach(async () => {
  await firefox?.close();
  firefox = undefined;
});

const contains = (ff: Firefox, origins: string[]) =>
  ff.inExtension((o) => (globalThis as any).browser.permissions.contains({ origins: o }), origins);

const alerts = (page: import('puppeteer-core').Page) =>
  page.$$eval('[role=alert]', (els) => els.map((el) => (el as HTMLElement).innerText));

/** Waits for the form's outcome: the list it adds to, or an error it shows instead. */
async function added(page: import('puppeteer-core').Page, list: string) {
  await waitFor(async () => (await alerts(page)).length > 0 || (await page.$(`[aria-label="${list}"]`)), `the ${list} list or an error`);
  expect(await alerts(page)).toEqual([]);
  return byRole(page, 'list', list);
}

// `.example` hosts are not granted up front in the test build: these go through the browser's real
// permissions.request(), which Firefox refuses for origins the manifest does not declare.
describe('site access in Firefox', () => {
  it('adds a site through the options page form, with the browser’s permission for it', async () => {
    firefox = await launchFirefox();
    const options = await firefox.open('options.html');
    expect(await contains(firefox, ['*://news.example/*'])).toBe(false);

    await (await byRole(options, 'textbox', /^Site \(/)).type('https://www.news.example/today');
    await (await byRole(options, 'textbox', /^Your own label/)).type('Busy news');
    await (await byRole(options, 'button', 'Add site')).click();
    const list = await added(options, 'Your sites');
    expect(await textOf(list)).toContain('Busy news');

    expect(await contains(firefox, ['*://news.example/*', '*://*.news.example/*'])).toBe(true);
    expect((await storedPrefs(firefox)).sites).toEqual([
      expect.objectContaining({ host: 'news.example', includeSubdomains: true, pathPrefix: '/today', label: 'Busy news' }),
    ]);
    await waitFor(async () => (await registeredMatches(firefox!)).includes('*://news.example/*'), 'the pause script on news.example');
    expect(await registeredMatches(firefox)).toEqual(expect.arrayContaining(['*://*.news.example/*', '*://news.example/*']));
    // The row knows the permission is there (no "Allow" button).
    expect(await textOf(list)).not.toContain('needs your permission');
  });

  it('gives a word list “On every site” the all-sites permission', async () => {
    firefox = await launchFirefox();
    const options = await firefox.open('options.html');
    expect(await contains(firefox, ['*://*/*'])).toBe(false);

    await (await byRole(options, 'textbox', /^Your own name for this list/)).type('Visits');
    await (await byRole(options, 'textbox', /^Words and phrases/)).type('ambulance');
    await (await byRole(options, 'radio', /^Veil the part/)).click();
    await (await byRole(options, 'radio', /^On every site/)).click();
    await (await byRole(options, 'button', 'Add word list')).click();
    const lists = await added(options, 'Your word lists');
    expect(await textOf(lists)).toContain('Visits');

    expect(await contains(firefox, ['*://*/*'])).toBe(true);
    expect((await storedPrefs(firefox)).triggers).toEqual([expect.objectContaining({ label: 'Visits', everySite: true, action: 'veil', veilStyle: 'solid' })]);
    await waitFor(async () => (await registeredMatches(firefox!)).includes('*://*/*'), 'the words script on every site');
  });
});
