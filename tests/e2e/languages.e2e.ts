import type { Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations } from './axe';
import { launchSteady, setPrefs, site, storedPrefs, type Steady } from './harness';
import { visit } from './pause-dialog';
import { startServer, type TestServer } from './server';

let server: TestServer;
let steady: Steady | undefined;
beforeAll(async () => {
  server = await startServer(() => undefined);
});
afterAll(() => server.close());
afterEach(async () => {
  await steady?.close();
  steady = undefined;
});

/** Every visible text (and read-out attribute) of a page rendered in the x-pseudo locale that is not ⟦marked⟧. */
async function unmarked(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const ALLOWED = /^(Steady|findahelpline\.com|English|Español|Deutsch)$/;
    // Messages nest (an exercise's title inside a sentence): take out the innermost first.
    const rest = (text: string) => {
      let out = text;
      for (let before = ''; before !== out; ) [before, out] = [out, out.replace(/⟦[^⟦⟧]*⟧/g, '')];
      return out.trim();
    };
    // Weekday names come from the browser's own Intl data in the page's language, not from a literal.
    const weekday = new Intl.DateTimeFormat(document.documentElement.lang, { weekday: 'short', timeZone: 'UTC' });
    const days = new Set([0, 1, 2, 3, 4, 5, 6].map((d) => weekday.format(Date.UTC(2023, 0, 1 + d))));
    const words = (text: string) => /\p{L}{2,}/u.test(text) && !ALLOWED.test(text) && !days.has(text);
    const found: string[] = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const el = node.parentElement!;
      if (el.closest('[hidden], script, style, option') || !el.getClientRects().length) continue;
      // A text node may be one part of a marked message (a message with a link inside it).
      const whole = rest(el.closest('p, li, h1, h2, h3, h4, label, button, summary, legend, th, td, a, span')?.textContent ?? '');
      const own = rest(node.textContent ?? '');
      if (words(own) && words(whole)) found.push(own);
    }
    for (const el of document.querySelectorAll('[aria-label], [title], [placeholder]')) {
      for (const name of ['aria-label', 'title', 'placeholder']) {
        const value = el.getAttribute(name);
        if (value && words(rest(value))) found.push(`${name}=${value}`);
      }
    }
    return found;
  });
}

/** Elements that stick out of the page sideways (text that does not wrap, a row that does not fit). */
async function overflowing(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const width = document.documentElement.clientWidth;
    return [...document.querySelectorAll('body *')]
      .filter((el) => {
        const box = el.getBoundingClientRect();
        return box.width > 0 && (box.left < -1 || box.right > width + 1) && !el.closest('.table-scroll, [hidden]');
      })
      .map((el) => `${el.localName}.${el.className} ${JSON.stringify((el.textContent ?? '').slice(0, 40))}`);
  });
}

describe('the welcome page', () => {
  it('saves each of its three choices on its own, asks for nothing, says closing is fine, and passes axe light and dark', async () => {
    steady = await launchSteady({ serverPort: server.port });
    const welcome = steady.context.pages().find((p) => p.url().endsWith('/welcome.html')) ?? (await steady.open('welcome.html'));
    await welcome.getByRole('heading', { name: 'Welcome to Steady' }).waitFor();
    await welcome.getByText('You can close this tab whenever you like').waitFor();
    // Opening the page saved nothing: every choice is optional.
    const before = await storedPrefs(steady);
    expect([before.sites, before.exercises.favourites, before.helplineCountry]).toEqual([[], [], '']);
    for (const scheme of ['light', 'dark'] as const) {
      await welcome.emulateMedia({ colorScheme: scheme });
      expect(await axeViolations(welcome), `welcome ${scheme}`).toEqual([]);
    }

    // The helpline country alone.
    await welcome.getByRole('combobox', { name: 'Country' }).selectOption('DE');
    await welcome.getByText('Saved. Urgent help shows numbers for Germany.').waitFor();
    let prefs = await storedPrefs(steady);
    expect([prefs.sites, prefs.exercises.favourites, prefs.helplineCountry]).toEqual([[], [], 'DE']);

    // A favourite, tried right there first.
    await welcome.getByRole('combobox', { name: 'Exercise' }).selectOption('feet-and-hands');
    await welcome.getByRole('button', { name: 'Try it here' }).click();
    await welcome.getByRole('button', { name: 'Pause' }).waitFor();
    await welcome.getByText('If at any moment you want to stop, that is completely fine.').waitFor();
    await welcome.getByRole('button', { name: 'Stop' }).click();
    await welcome.getByRole('button', { name: 'Make it my favourite' }).click();
    await welcome.getByText('“Feet on the floor” is your favourite.').waitFor();
    prefs = await storedPrefs(steady);
    expect([prefs.sites, prefs.exercises.favourites, prefs.helplineCountry]).toEqual([[], ['feet-and-hands'], 'DE']);

    // A site, its permission asked there (the test build holds .test access, as a person's "Allow" would give).
    const siteBox = welcome.getByRole('textbox', { name: /^Site/ });
    await siteBox.fill('not a site');
    await welcome.getByRole('button', { name: 'Add site' }).click();
    await welcome.getByRole('alert').waitFor();
    expect((await storedPrefs(steady)).sites).toEqual([]);
    await siteBox.fill('news.test');
    await welcome.getByRole('button', { name: 'Add site' }).click();
    await welcome.getByText('Steady will offer a pause on news.test from your next visit.').waitFor();
    prefs = await storedPrefs(steady);
    expect(prefs.sites.map((s: { host: string }) => s.host)).toEqual(['news.test']);
    expect([prefs.exercises.favourites, prefs.helplineCountry]).toEqual([['feet-and-hands'], 'DE']);

    // A practice pause on a page inside Steady: the real card, nothing saved.
    const [demo] = await Promise.all([steady.context.waitForEvent('page'), welcome.getByRole('link', { name: 'Try a pause now' }).click()]);
    await demo.getByRole('dialog', { name: 'Pause for: A practice run' }).waitFor();
    for (const scheme of ['light', 'dark'] as const) {
      await demo.emulateMedia({ colorScheme: scheme });
      expect(await axeViolations(demo), `demo ${scheme}`).toEqual([]);
    }
    await demo.getByRole('button', { name: 'Continue' }).click();
    await demo.getByText('This is where the site would appear.').waitFor();
    expect(await storedPrefs(steady)).toEqual(prefs);
  });
});

describe('About', () => {
  it('says what Steady is and is not, where data lives, the sources, version and licence, and passes axe light and dark', async () => {
    steady = await launchSteady();
    const popup = await steady.open('popup.html');
    const [options] = await Promise.all([steady.context.waitForEvent('page'), popup.getByRole('link', { name: 'About Steady' }).click()]);
    await options.waitForLoadState('domcontentloaded');
    expect(options.url()).toMatch(/options\.html#about$/);
    const about = options.getByRole('region', { name: 'About Steady' });
    await about.waitFor();
    // Arriving by the popup's link lands on About.
    await expect.poll(() => options.evaluate(() => document.activeElement?.id)).toBe('about-heading');
    await about.getByText('Steady is a self-help tool, not therapy or a crisis service.').waitFor();
    await about.getByRole('cell', { name: 'Nothing: no network requests, no analytics, no accounts' }).waitFor();
    await about.getByText('Where the exercises come from').click();
    await about.getByText(/Pendulation, a core Somatic Experiencing technique/).waitFor();
    await about.getByText(/Version \d+\.\d+\.\d+ · Free and open source under the MIT licence\./).waitFor();
    // The privacy notice ships inside the extension.
    const privacy = await about.getByRole('link', { name: 'Read the privacy notice' }).getAttribute('href');
    const notice = await options.evaluate((href) => fetch(href!).then((r) => r.text()), privacy);
    expect(notice).toContain('nothing leaves your device');
    for (const scheme of ['light', 'dark'] as const) {
      await options.emulateMedia({ colorScheme: scheme });
      expect(await axeViolations(options), `options with About ${scheme}`).toEqual([]);
    }
  });
});

describe('languages', () => {
  it('switching to German in Appearance turns the options page, the popup and the pause card German', async () => {
    steady = await launchSteady({ serverPort: server.port });
    await setPrefs(steady, { sites: [site('news.test', { label: 'Nachrichten' })], pause: { frequency: 'every-visit' } });
    const options = await steady.open('options.html');
    await options.getByRole('radio', { name: 'Deutsch' }).check();
    await options.getByRole('heading', { name: 'Einstellungen von Steady' }).waitFor();
    expect(await options.evaluate(() => document.documentElement.lang)).toBe('de');
    expect((await storedPrefs(steady)).appearance.language).toBe('de');
    // The choice stays focused, as any other radio would.
    expect(await options.evaluate(() => (document.activeElement as HTMLInputElement | null)?.value)).toBe('de');
    await options.getByRole('heading', { name: 'Darstellung' }).waitFor();
    expect(await overflowing(options), 'German options page').toEqual([]);

    const popup = await steady.open('popup.html');
    await popup.getByRole('button', { name: 'Ich brauche einen Moment' }).waitFor();
    await popup.getByRole('heading', { name: 'Übungen' }).waitFor();
    await popup.getByRole('heading', { name: 'Füße auf dem Boden' }).count();
    await popup.getByRole('button', { name: /^Umschauen/ }).waitFor();
    expect(await overflowing(popup), 'German popup').toEqual([]);

    const { pause } = await visit(steady.context, 'http://news.test/');
    // (waitOpen looks for an English Continue; the card here is German.)
    await pause.waitCard();
    await expect.poll(() => pause.buttonNames()).toEqual(expect.arrayContaining(['Weiter', 'Seite verlassen', 'Sich umschauen']));
    expect(await pause.heading()).toBe('Pause für: Nachrichten');
    await pause.click('Weiter');
    await pause.waitClosed();

    // And back: following the browser (English here).
    await options.getByRole('radio', { name: 'Wie mein Browser' }).check();
    await options.getByRole('heading', { name: 'Steady settings' }).waitFor();
  });

  it('every word on the popup, options and welcome pages comes from the catalogue, and layouts hold right to left', async () => {
    steady = await launchSteady();
    for (const page of ['popup.html', 'options.html', 'welcome.html']) {
      const tab = await steady.open(`${page}?locale=x-pseudo`);
      await tab.locator('h1').first().waitFor();
      await tab.waitForFunction(() => document.body.textContent?.includes('⟦'));
      for (const button of await tab.locator('details > summary').all()) await button.click();
      expect(await unmarked(tab), page).toEqual([]);
      await tab.close();

      const rtl = await steady.open(`${page}?locale=x-rtl`);
      await rtl.waitForFunction(() => document.documentElement.dir === 'rtl' && document.body.textContent?.includes('⟦'));
      expect(await overflowing(rtl), `${page} right to left`).toEqual([]);
      // Start-aligned text sits at the right edge.
      const heading = await rtl.locator('h1').first().boundingBox();
      const width = await rtl.evaluate(() => document.documentElement.clientWidth);
      expect(heading!.x + heading!.width).toBeGreaterThan(width / 2);
      await rtl.screenshot({ path: `tests/e2e/.screens/rtl-${page.replace('.html', '')}.png`, fullPage: true });
      await rtl.close();
    }
  });
});
