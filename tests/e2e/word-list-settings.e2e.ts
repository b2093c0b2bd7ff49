import type { Page } from 'playwright-core';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { axeViolations } from './axe';
import { launchSteady, setPrefs, storedPrefs, wordList, type Steady } from './harness';

// The person's side of word lists: per-list settings, how long a list lasts, and the quiet monthly
// look over the lists. What the page does with these fields is tested in words.e2e.ts.

const DAY = 24 * 60 * 60 * 1000;
const WORDS = ['zyxquux', 'plimbous'];

let steady: Steady;
beforeEach(async () => {
  steady = await launchSteady();
});
afterEach(() => steady.close());

async function openOptions(hash = ''): Promise<Page> {
  const page = await steady.open(`options.html${hash}`);
  await page.getByRole('heading', { name: 'Words', exact: true }).waitFor();
  return page;
}
const lists = (page: Page) => page.getByRole('list', { name: 'Your word lists' });
const row = (page: Page, name: string) => lists(page).getByRole('listitem').filter({ hasText: name });
/** The date as the page itself writes it, in the browser's own locale and time zone. */
const pageDate = (page: Page, ms: number) =>
  page.evaluate((t) => new Intl.DateTimeFormat(undefined, { weekday: 'short', day: 'numeric', month: 'short', hour: '2-digit', minute: '2-digit' }).format(t), ms);
const bodyText = (page: Page) => page.locator('body').innerText();

describe('word list settings', () => {
  it('adds a list for 7 days with a blur, and the row says when it ends', async () => {
    const options = await openOptions();
    const form = options.getByRole('form', { name: 'Add a word list' });
    await form.getByRole('textbox', { name: /^Your own name for this list/ }).fill('Visits');
    await form.getByRole('textbox', { name: /^Words and phrases/ }).fill(WORDS.join(', '));
    expect(await form.getByRole('radio', { name: /^A calm solid veil/ }).isChecked()).toBe(true);
    await form.getByRole('radio', { name: 'A blur' }).check();
    await form.getByText('some people can still make out words and pictures under a blur').waitFor();
    await form.getByRole('radio', { name: '7 days' }).check();
    await form.getByRole('textbox', { name: /^Sites/ }).fill('feed.test');
    const before = Date.now();
    await form.getByRole('button', { name: 'Add word list' }).click();
    await row(options, 'Visits').waitFor();
    const after = Date.now();

    const [list] = (await storedPrefs(steady)).triggers;
    expect(list).toMatchObject({ label: 'Visits', words: WORDS, action: 'veil', veilStyle: 'blur', skipPageParts: true, wordEndings: false, lastsDays: 7, hosts: ['feed.test'] });
    expect(list.endsAt).toBeGreaterThanOrEqual(before + 7 * DAY);
    expect(list.endsAt).toBeLessThanOrEqual(after + 7 * DAY);
    expect(await row(options, 'Visits').getByTestId('list-time').innerText()).toBe(`On until ${await pageDate(options, list.endsAt)}`);
    expect(await row(options, 'Visits').innerText()).toContain('Blurs on feed.test');
    expect(await bodyText(options)).not.toContain('zyxquux');
  });

  it('renews an ended list for the same length with one click', async () => {
    const ended = Date.now() - 2 * DAY;
    await setPrefs(steady, { triggers: [wordList('old', WORDS, 'veil', ['feed.test'], { label: 'Old news', endsAt: ended, lastsDays: 7 })] });
    const options = await openOptions();
    const old = row(options, 'Old news');
    expect(await old.getByTestId('list-time').innerText()).toBe(`Ended on ${await pageDate(options, ended)}. Nothing is veiled.`);
    const before = Date.now();
    await old.getByRole('button', { name: 'Renew for 7 days' }).click();
    await old.getByText(/^On until /).waitFor();
    const [list] = (await storedPrefs(steady)).triggers;
    expect(list.lastsDays).toBe(7);
    expect(list.endsAt).toBeGreaterThanOrEqual(before + 7 * DAY);
    expect(await old.getByRole('button', { name: /^Renew/ }).count()).toBe(0);
    await options.getByTestId('status').getByText('“Old news” is on again until').waitFor();

    // An ended list can also be kept on always.
    await setPrefs(steady, { triggers: [{ ...list, endsAt: ended }] });
    await old.getByRole('button', { name: 'Keep it on always' }).click();
    await old.getByText('On until you turn it off').waitFor();
    expect((await storedPrefs(steady)).triggers[0]).toMatchObject({ endsAt: 0, lastsDays: 0 });
  });

  it('saves each per-list setting as it changes', async () => {
    await setPrefs(steady, { triggers: [wordList('a', WORDS, 'veil', ['feed.test'], { label: 'Visits' }), wordList('b', ['other'], 'veil', ['feed.test'], { label: 'Other' })] });
    const options = await openOptions();
    const visits = row(options, 'Visits');
    await visits.getByRole('button', { name: 'Settings' }).click();
    const panel = options.getByRole('group', { name: 'Settings for Visits' });
    const stored = async () => (await storedPrefs(steady)).triggers[0];

    await panel.getByRole('radio', { name: 'A blur' }).check();
    await expect.poll(async () => (await stored()).veilStyle).toBe('blur');
    await panel.getByRole('checkbox', { name: /^Also find common word endings/ }).check();
    await expect.poll(async () => (await stored()).wordEndings).toBe(true);
    await panel.getByRole('checkbox', { name: 'Leave navigation, menus, headers and footers alone' }).uncheck();
    await expect.poll(async () => (await stored()).skipPageParts).toBe(false);
    const before = Date.now();
    await panel.getByRole('radio', { name: '30 days' }).check();
    await expect.poll(async () => (await stored()).lastsDays).toBe(30);
    expect((await stored()).endsAt).toBeGreaterThanOrEqual(before + 30 * DAY);
    await panel.getByRole('radio', { name: /^Offer a pause/ }).check();
    await expect.poll(async () => (await stored()).action).toBe('pause');
    expect(await panel.getByText('How the veil looks').count()).toBe(0);
    await options.getByTestId('status').getByText('“Visits” now offers a pause before the page.').waitFor();

    // The other list is untouched, and no word was shown.
    expect((await storedPrefs(steady)).triggers[1]).toMatchObject({ veilStyle: 'solid', wordEndings: false, skipPageParts: true, lastsDays: 0, action: 'veil' });
    expect(await bodyText(options)).not.toContain('zyxquux');
  });

  it('has no accessibility violations with a list’s settings open', async () => {
    await setPrefs(steady, {
      triggers: [wordList('a', WORDS, 'veil', ['feed.test'], { label: 'Visits', endsAt: Date.now() - DAY, lastsDays: 1 })],
      listReview: { enabled: true, lastAt: Date.now() - 31 * DAY },
    });
    const options = await openOptions();
    await row(options, 'Visits').getByRole('button', { name: 'Settings' }).click();
    await options.getByRole('group', { name: 'Settings for Visits' }).waitFor();
    await options.getByTestId('list-review').waitFor();
    expect(await axeViolations(options)).toEqual([]);
  });
});

describe('the monthly look over lists', () => {
  const monthAgo = () => ({ enabled: true, lastAt: Date.now() - 31 * DAY });
  const seed = () => setPrefs(steady, { triggers: [wordList('a', WORDS, 'veil', ['feed.test'], { label: 'Visits' })], listReview: monthAgo() });

  it('is offered in the popup; “Not now” hides it and stores when', async () => {
    await seed();
    const popup = await steady.open('popup.html');
    const line = popup.getByTestId('list-review');
    await line.getByText('It has been a month since you looked over your word lists.').waitFor();
    expect(await bodyText(popup)).not.toMatch(/zyxquux|plimbous/);
    const before = Date.now();
    await line.getByRole('button', { name: 'Not now' }).click();
    await popup.getByText('All right. Steady will ask again in a month.').waitFor();
    expect(await line.count()).toBe(0);
    const { listReview } = await storedPrefs(steady);
    expect(listReview.enabled).toBe(true);
    expect(listReview.lastAt).toBeGreaterThanOrEqual(before);
    await popup.reload();
    await popup.getByRole('button', { name: 'I need a moment' }).waitFor();
    expect(await popup.getByTestId('list-review').count()).toBe(0);
  });

  it('opens the lists from the popup at Words, focused, with the words still hidden', async () => {
    await seed();
    const popup = await steady.open('popup.html');
    const [options] = await Promise.all([
      steady.context.waitForEvent('page', (p) => p.url().includes('options.html')),
      popup.getByTestId('list-review').getByRole('button', { name: 'Look over my lists' }).click(),
    ]);
    await options.waitForURL(/options\.html#words$/);
    await options.waitForFunction(() => document.activeElement?.getAttribute('aria-label') === 'Your word lists');
    expect(await options.getByTestId('list-review').count()).toBe(0);
    expect(await bodyText(options)).not.toMatch(/zyxquux|plimbous/);
    expect((await storedPrefs(steady)).listReview.lastAt).toBeGreaterThan(Date.now() - DAY);
  });

  it('is offered at the top of Words on the options page; “Not now” hides it and stores when', async () => {
    await seed();
    const options = await openOptions();
    const line = options.getByTestId('list-review');
    await line.getByText('People often find lists outgrow their need.').waitFor();
    expect(await bodyText(options)).not.toMatch(/zyxquux|plimbous/);
    const before = Date.now();
    await line.getByRole('button', { name: 'Not now' }).click();
    await options.getByTestId('status').getByText('All right. Steady will ask again in a month.').waitFor();
    expect(await line.count()).toBe(0);
    expect((await storedPrefs(steady)).listReview.lastAt).toBeGreaterThanOrEqual(before);
    expect(await bodyText(options)).not.toMatch(/zyxquux|plimbous/);
  });

  it('starts its first month quietly when lists exist, and can be turned off in Words', async () => {
    await setPrefs(steady, { triggers: [wordList('a', WORDS, 'veil', ['feed.test'], { label: 'Visits' })], listReview: { enabled: true, lastAt: 0 } });
    const options = await openOptions();
    await expect.poll(async () => (await storedPrefs(steady)).listReview.lastAt).toBeGreaterThan(0);
    expect(await options.getByTestId('list-review').count()).toBe(0);
    expect(await options.getByTestId('status').innerText()).toBe('');
    await options.getByRole('checkbox', { name: /^Once a month, offer me a look over my lists/ }).uncheck();
    await expect.poll(async () => (await storedPrefs(steady)).listReview.enabled).toBe(false);
  });
});
