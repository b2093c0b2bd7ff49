import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { startServer, type TestServer } from '../e2e/server';
import {
  byRole,
  cardButtons,
  clickInCard,
  launchFirefox,
  paintProbe,
  setPrefs,
  site,
  staysWithoutCard,
  textOf,
  topLevel,
  visit,
  waitForCard,
  waitForNoCard,
  waitFor,
  type Firefox,
} from './harness';

/** A page whose Content-Security-Policy allows nothing at all: no scripts, styles or frames of its own. */
const STRICT_CSP = "default-src 'none'; frame-src 'none'; script-src 'none'; style-src 'none'";
const STRICT_PAGE =
  '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Strict</title>' +
  '<script>window.inlineScriptRan = true;</script><style>body { background: red; }</style></head>' +
  '<body><h1>A strict page</h1><p><a id="next" href="/second">Second page</a></p></body></html>';

let server: TestServer;
let firefox: Firefox | undefined;
beforeAll(async () => {
  server = await startServer((url) =>
    url.pathname === '/strict' ? { body: STRICT_PAGE, headers: { 'content-security-policy': STRICT_CSP } } : undefined,
  );
});
afterAll(() => server.close());
afterEach(async () => {
  await firefox?.close();
  firefox = undefined;
});

const at = (host: string, path = '/') => `http://${host}:${server.port}${path}`;

async function withSites(...sites: ReturnType<typeof site>[]): Promise<Firefox> {
  const ff = await launchFirefox();
  await setPrefs(ff, { sites });
  return ff;
}

describe('the pause in Firefox', () => {
  it('covers a chosen site before it paints, offers the card in Steady’s own frame, and leaves other sites alone', async () => {
    firefox = await withSites(site('news.test', { label: 'Busy news' }));
    const page = await visit(firefox, at('www.news.test'));
    const card = await waitForCard(page);
    expect((await paintProbe(page)).coverAtFirstScript).toBe(true);
    expect(await textOf(await byRole(card, 'heading', 'Pause for: Busy news'))).toBe('Pause for: Busy news');
    expect(await cardButtons(page)).toEqual(expect.arrayContaining(['Continue', 'Leave this page', 'Not now on this site']));
    // The person's label lives only in Steady's frame, never in the page's DOM.
    expect(await page.content()).not.toContain('Busy news');

    const other = await visit(firefox, at('other.test'));
    expect((await paintProbe(other)).coverAtFirstScript).toBe(false);
    expect(await staysWithoutCard(other)).toBe(true);
    expect(await topLevel(other)).toEqual(['head', 'body']);
  });

  it('continues with one real click on Continue and leaves no trace', async () => {
    firefox = await withSites(site('news.test'));
    const page = await visit(firefox, at('news.test'));
    await clickInCard(page, 'Continue');
    await waitForNoCard(page);
    expect(await topLevel(page)).toEqual(['head', 'body']);
    expect(await page.evaluate(() => ({ ran: (window as any).pageScriptRan, inert: document.body.inert }))).toEqual({ ran: true, inert: false });
    // The page is usable again: a real click on its own link navigates.
    await Promise.all([page.waitForNavigation(), page.click('#next')]);
    expect(page.url()).toBe(at('news.test', '/second'));
  });

  it('treats the person’s Esc as Continue, but not an Esc made by the page', async () => {
    firefox = await withSites(site('news.test'));
    const page = await visit(firefox, at('news.test'));
    await waitForCard(page);
    await page.evaluate(() => {
      for (const target of [document, document.documentElement, document.body]) {
        target.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
      }
    });
    expect(await staysWithoutCard(page, 300)).toBe(false);
    await page.keyboard.press('Escape');
    await waitForNoCard(page);
    expect(await topLevel(page)).toEqual(['head', 'body']);
  });

  // Page CSPs do not apply to an extension's own frame: the card (moz-extension://…/card.html)
  // loads under frame-src 'none', and the cover's constructed stylesheet under style-src 'none'.
  it('shows the card on a page whose CSP allows nothing, and continues by click and by Esc', async () => {
    firefox = await launchFirefox();
    await setPrefs(firefox, { sites: [site('news.test', { label: 'Strict news' })], pause: { frequency: 'every-visit' } });
    for (const how of ['click', 'escape'] as const) {
      const page = await visit(firefox, at('news.test', '/strict'));
      const card = await waitForCard(page);
      expect(await textOf(await byRole(card, 'heading', 'Pause for: Strict news')), how).toBe('Pause for: Strict news');
      // The cover's own styles hold: the card's frame fills the window (an unstyled one is 300×150).
      const size = () => [innerWidth, innerHeight];
      expect(await card.evaluate(size), how).toEqual(await page.evaluate(size));
      if (how === 'click') await clickInCard(page, 'Continue');
      else await page.keyboard.press('Escape');
      await waitForNoCard(page);
      expect(await topLevel(page), how).toEqual(['head', 'body']);
      expect(await page.evaluate(() => document.body.inert), how).toBe(false);
    }
    // The policy was in force: the page's own inline script, style and frames were all refused.
    const page = (await firefox.browser.pages()).at(-1)!;
    expect(await page.evaluate(() => ({ script: (window as any).inlineScriptRan ?? false, red: getComputedStyle(document.body).backgroundColor }))).toEqual({
      script: false,
      red: 'rgba(0, 0, 0, 0)',
    });
    const refused = await page.evaluate(
      () =>
        new Promise<string>((resolve) => {
          document.addEventListener('securitypolicyviolation', (event) => resolve(event.effectiveDirective), { once: true });
          const frame = document.createElement('iframe');
          frame.src = '/second';
          document.body.append(frame);
          setTimeout(() => resolve('no violation'), 3_000);
        }),
    );
    expect(refused).toBe('frame-src');
  });

  it('pauses once per site in a browser session: not again after Continue, still on another chosen site', async () => {
    firefox = await withSites(site('news.test'), site('feed.test'));
    const first = await visit(firefox, at('news.test'));
    await clickInCard(first, 'Continue');
    await waitForNoCard(first);

    const again = await visit(firefox, at('news.test', '/second'));
    expect(await staysWithoutCard(again)).toBe(true);
    expect(await topLevel(again)).toEqual(['head', 'body']);
    await waitForCard(await visit(firefox, at('feed.test')));
  });

  it('forgets the session’s answers when the browser restarts, for a page opened right away', async () => {
    firefox = await withSites(site('news.test'));
    const first = await visit(firefox, at('news.test'));
    await clickInCard(first, 'Continue');
    await waitForNoCard(first);
    expect(await staysWithoutCard(await visit(firefox, at('news.test', '/second')), 300)).toBe(true);

    const { profileDir } = firefox;
    await firefox.close({ keepProfile: true });
    firefox = await launchFirefox({ profileDir });
    // As a restored tab or a link from another program would, right after the start.
    await waitForCard(await visit(firefox, at('news.test')));
  });

  // Firefox keeps storage.session from page scripts (no setAccessLevel), so the session state has
  // to reach the page another way; with the event page asleep the page must still be decided.
  it('still decides when the background has gone to sleep', async () => {
    firefox = await launchFirefox({ prefs: { 'extensions.background.idle.timeout': 1_000 } });
    await setPrefs(firefox, { sites: [site('news.test', { pathPrefix: '/second' })] });
    const asleep = async () =>
      (await firefox!.inExtension(async () => (globalThis as any).browser.runtime.getContexts({ contextTypes: ['BACKGROUND'] }), null)).length === 0;

    await waitFor(asleep, 'the event page to be suspended', 30_000, 200);
    const released = await visit(firefox, at('news.test'));
    expect((await paintProbe(released)).coverAtFirstScript).toBe(true);
    expect(await staysWithoutCard(released, 300)).toBe(true);
    await waitFor(async () => (await topLevel(released)).length === 2, 'the cover to come off');

    await waitFor(asleep, 'the event page to be suspended again', 30_000, 200);
    await waitForCard(await visit(firefox, at('news.test', '/second')));
  });
});
