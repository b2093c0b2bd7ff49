import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { launchSteady, openActionPopup, registeredMatches, setPrefs, site, storedPrefs, type Steady } from './harness';
import { PauseDialog, visit as openPage } from './pause-dialog';
import { startServer, type TestServer } from './server';

let server: TestServer;
let steady: Steady;
beforeAll(async () => {
  server = await startServer();
});
afterAll(() => server.close());
beforeEach(async () => {
  steady = await launchSteady({ serverPort: server.port });
});
afterEach(() => steady.close());

const visit = (url: string) => openPage(steady.context, url);

/** Names of the isolated worlds (content scripts) that ran in the page's top frame. */
async function contentScriptWorlds(page: Page, url: string): Promise<string[]> {
  const cdp = await page.context().newCDPSession(page);
  const worlds: string[] = [];
  cdp.on('Runtime.executionContextCreated', ({ context }) => {
    if (context.auxData?.type === 'isolated' && !context.name.startsWith('__playwright')) worlds.push(context.name);
  });
  await cdp.send('Runtime.enable');
  await page.goto(url);
  await page.waitForTimeout(300);
  await cdp.detach();
  return worlds;
}

describe('the pause on chosen sites', () => {
  it('is added from the options page with the site’s permission, and covers the page before it paints', async () => {
    const options = await steady.open('options.html');
    await options.getByRole('textbox', { name: /^Site \(/ }).fill('nope!');
    await options.getByRole('button', { name: 'Add site' }).click();
    await options.getByText('doesn\'t look like a site').waitFor();
    expect(await registeredMatches(steady)).toEqual([]);

    await options.getByRole('textbox', { name: /^Site \(/ }).fill('https://www.news.test/today?x=1');
    await options.getByRole('textbox', { name: /^Your own label/ }).fill('Busy news');
    await options.getByRole('button', { name: 'Add site' }).click();
    await options.getByRole('list', { name: 'Your sites' }).getByText('Busy news').waitFor();
    await expect.poll(() => registeredMatches(steady)).toEqual(['*://*.news.test/*', '*://news.test/*']);

    // The pasted address carried a path: only that part of the site pauses.
    const elsewhere = await visit('http://news.test/');
    expect(await elsewhere.pause.staysClosed()).toBe(true);
    const { page, pause } = await visit('http://www.news.test/today/world');
    const dialog = await pause.waitOpen();
    expect(dialog.name?.value).toBe('Steady');
    expect(await pause.property(dialog, 'modal')).toBe(true);
    expect(await pause.heading()).toBe('Pause for: Busy news');
    expect(await pause.buttonNames()).toEqual(expect.arrayContaining(['Continue', 'Leave this page', 'Not now on this site', 'Three slow breaths']));
    const probe = await page.evaluate(() => (window as any).__probe);
    expect(probe.coverAtFirstScript).toBe(true);
  });

  it('is added from the toolbar popup for the current tab with “Pause me on this site”', async () => {
    const { page, pause } = await visit('http://forum.test/second');
    expect(await pause.staysClosed(300)).toBe(true);
    const popup = await openActionPopup(steady, page);
    await popup.evaluate(`new Promise((resolve) => { const wait = () => { const b = [...document.querySelectorAll('button')].find((b) => b.textContent === 'Pause me on this site'); b ? resolve(b.click()) : setTimeout(wait, 50); }; wait(); })`);
    await expect.poll(() => popup.evaluate(`document.querySelector('[data-testid=pause-here]')?.textContent`)).toContain('Steady offers a pause on this site');
    expect((await storedPrefs(steady)).sites).toEqual([expect.objectContaining({ host: 'forum.test', includeSubdomains: true, pathPrefix: '' })]);
    await expect.poll(() => registeredMatches(steady)).toEqual(['*://*.forum.test/*', '*://forum.test/*']);
    await page.reload();
    await pause.waitOpen();
  });

  it('injects nothing on sites that are not chosen', async () => {
    await setPrefs(steady, { sites: [site('news.test')] });
    const page = await steady.context.newPage();
    expect(await contentScriptWorlds(page, 'http://other.test/')).toEqual([]);
    expect(await page.evaluate(() => document.documentElement.children.length)).toBe(2);
    expect(await contentScriptWorlds(page, 'http://news.test/')).toEqual(['Steady']);
  });

  it('continues with one click and leaves no trace', async () => {
    await setPrefs(steady, { sites: [site('news.test', { label: 'Hospital stuff' })] });
    const { page, pause } = await visit('http://news.test/');
    await pause.waitOpen();
    // The page's own scripts cannot read the label or reach the card.
    const seen = await page.evaluate(() => {
      const host = [...document.documentElement.children].find((c) => c.localName === 'div') as HTMLElement;
      return { html: document.documentElement.outerHTML, shadow: host.shadowRoot, text: document.body.innerText };
    });
    expect(seen.html).not.toContain('Hospital');
    expect(seen.shadow).toBeNull();
    await pause.click('Continue');
    await pause.waitClosed();
    const after = await page.evaluate(() => ({
      children: [...document.documentElement.children].map((c) => c.localName),
      ran: (window as any).pageScriptRan,
      inert: document.body.inert,
      scroll: window.scrollY,
    }));
    expect(after).toEqual({ children: ['head', 'body'], ran: true, inert: false, scroll: 0 });
    await page.mouse.wheel(0, 600);
    await expect.poll(() => page.evaluate(() => window.scrollY)).toBeGreaterThan(0);
    await page.click('#next');
    await page.waitForURL('http://news.test/second');
  });

  it('treats Esc as Continue, but not an Esc made by the page', async () => {
    await setPrefs(steady, { sites: [site('news.test')] });
    const { page, pause } = await visit('http://news.test/');
    await pause.waitOpen();
    expect(await pause.heading()).toBe('A pause on a site you chose');
    await page.evaluate(() => {
      const host = [...document.documentElement.children].find((c) => c.localName === 'div') as HTMLElement;
      for (const target of [document, host]) target.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
      host.click();
    });
    expect(await pause.staysClosed(300)).toBe(false);
    await pause.press('Escape');
    await pause.waitClosed();
  });
});
