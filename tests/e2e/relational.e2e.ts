import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import type { Frame, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations } from './axe';
import { launchSteady, setPrefs, site, storedPrefs, type Steady } from './harness';
import { visit } from './pause-dialog';
import { startServer, type TestServer } from './server';

// Issue 15: the person's people, their plan and their voices. One browser for the whole file, with
// Chromium's fake microphone (a steady tone) and its permission prompt answered yes, so a real
// MediaRecorder records on the options page. Each step builds on the one before, as a person's would.

const SCREENS = 'tests/e2e/.screens';
const HELPS = 'A walk by the river, and cold water on my wrists.';
const OFF_BALANCE = 'Late nights alone with the news.';
const REASON = 'My niece, and the garden in spring.';

let server: TestServer;
let steady: Steady;
let requests: string[] = [];
beforeAll(async () => {
  mkdirSync(SCREENS, { recursive: true });
  server = await startServer();
  steady = await launchSteady({ serverPort: server.port, extraArgs: ['--use-fake-device-for-media-stream', '--use-fake-ui-for-media-stream'] });
  steady.context.on('request', (r) => {
    if (!/^(chrome-extension|data|blob):/.test(r.url()) && !/\.test\//.test(r.url())) requests.push(r.url());
  });
});
afterAll(async () => {
  await steady?.close();
  await server?.close();
});

declare const chrome: any;

const focusedName = (page: Page | Frame) =>
  page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    return (el?.getAttribute('aria-label') ?? el?.textContent ?? '').trim();
  });

/** Presses Tab until the focused control has this name (its text or aria-label). */
async function tabTo(page: Page, name: string | RegExp, max = 120): Promise<void> {
  for (let i = 0; i < max; i++) {
    await page.keyboard.press('Tab');
    const focused = await focusedName(page);
    if (typeof name === 'string' ? focused === name : name.test(focused)) return;
  }
  throw new Error(`Tab never reached “${name}”.`);
}

/** What the extension keeps in its own IndexedDB, read in one of its pages. */
const storedWords = (page: Page) =>
  page.evaluate(
    () =>
      new Promise<Array<{ from: string; kind: string; durationMs?: number }>>((resolve, reject) => {
        const open = indexedDB.open('steady-words');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const all = open.result.transaction('entries').objectStore('entries').getAll();
          all.onsuccess = () => resolve(all.result.sort((a: { at: number }, b: { at: number }) => a.at - b.at));
          all.onerror = () => reject(all.error);
        };
      }),
  );

async function noViolations(page: Page | Frame, what: string, setScheme: (s: 'light' | 'dark') => Promise<void>): Promise<void> {
  for (const scheme of ['light', 'dark'] as const) {
    await setScheme(scheme);
    expect(await axeViolations(page), `${what} ${scheme}`).toEqual([]);
  }
  await setScheme('light');
}

describe('words from my people, the plan, the supporters’ page', () => {
  let options: Page;

  it('keeps a typed message and a recording made on the options page, by keyboard alone', async () => {
    options = await steady.open('options.html');
    await options.getByRole('heading', { name: 'Words from your people' }).waitFor();
    // A person first, with a ready message for their messages app.
    const people = options.locator('section', { has: options.getByRole('heading', { name: 'Your people', exact: true }) });
    await people.getByLabel('Name', { exact: true }).focus();
    await options.keyboard.type('Sam');
    await options.keyboard.press('Tab');
    await options.keyboard.type('sms:+15550100');
    await options.keyboard.press('Tab');
    await options.keyboard.type('Could you call me when you have a minute?');
    await tabTo(options, 'Add person');
    await options.keyboard.press('Enter');
    await expect.poll(async () => (await storedPrefs(steady)).people).toEqual([
      { id: expect.any(String), name: 'Sam', link: 'sms:+15550100', message: 'Could you call me when you have a minute?' },
    ]);

    // Typed words.
    await options.getByLabel('Who is it from?').focus();
    await options.keyboard.type('Sam');
    await options.keyboard.press('Tab');
    await options.keyboard.type('You have got through hard days before. I am proud of you.');
    await options.keyboard.press('Tab');
    expect(await focusedName(options)).toBe('Keep these words');
    await options.keyboard.press('Enter');
    await options.getByTestId('status').getByText('Kept words from Sam.').waitFor();

    // A recording with the fake microphone: start, a moment of sound, stop, listen, keep.
    await tabTo(options, 'Start recording');
    await options.keyboard.press('Enter');
    await options.getByText('Recording… It stops by itself at one minute.').waitFor();
    expect(await focusedName(options)).toBe('Stop recording');
    await options.waitForTimeout(1500);
    await options.keyboard.press('Enter');
    await options.getByRole('button', { name: 'Keep this recording' }).waitFor();
    await tabTo(options, 'Keep this recording');
    await options.keyboard.press('Enter');
    await expect.poll(() => storedWords(options)).toEqual([
      expect.objectContaining({ from: 'Sam', kind: 'text' }),
      expect.objectContaining({ from: 'Sam', kind: 'voice', durationMs: expect.any(Number) }),
    ]);
    const voice = (await storedWords(options))[1]!;
    expect(voice.durationMs).toBeGreaterThan(1000);
    expect(voice.durationMs).toBeLessThan(10_000);
    await options.getByText(/Sam · A recording, \d seconds/).waitFor();

    // Offered on the pause card, by the person's choice.
    await options.getByRole('checkbox', { name: /Offer “Hear from …” on the pause card/ }).focus();
    await options.keyboard.press('Space');
    await expect.poll(async () => (await storedPrefs(steady)).pause.offerWords).toBe(true);
  });

  it('writes the plan in the person’s own words, offered on the card; axe finds nothing on the options page', async () => {
    await options.getByLabel('What tends to knock me off balance').focus();
    await options.keyboard.type(OFF_BALANCE);
    await options.getByLabel('What helps me').focus();
    await options.keyboard.type(HELPS);
    await options.getByLabel('One reason that matters to me').focus();
    await options.keyboard.type(REASON);
    await tabTo(options, 'Save my plan');
    await options.keyboard.press('Enter');
    await expect.poll(async () => (await storedPrefs(steady)).plan).toMatchObject({ offBalance: OFF_BALANCE, helps: HELPS, reason: REASON, printOffBalance: false });
    await options.getByRole('checkbox', { name: /Offer my plan on the pause card/ }).focus();
    await options.keyboard.press('Space');
    await expect.poll(async () => (await storedPrefs(steady)).pause.offerPlan).toBe(true);
    await noViolations(options, 'options', (colorScheme) => options.emulateMedia({ colorScheme }));
    await options.getByRole('heading', { name: 'Words from your people' }).scrollIntoViewIfNeeded();
    await options.screenshot({ path: `${SCREENS}/options-words.png` });
  });

  it('offers “Hear from Sam” and the plan on the pause card; the recording plays and stops; the plan leaves out what knocks the person off balance', async () => {
    await setPrefs(steady, { sites: [site('news.test')] });
    const { page, pause } = await visit(steady.context, 'http://news.test/');
    await pause.waitOpen();
    const card = await pause.waitCard();
    await expect.poll(() => pause.buttonNames()).toEqual(expect.arrayContaining(['Continue', 'Reach out', 'My steadying plan']));
    await expect.poll(() => pause.buttonNames()).toEqual(expect.arrayContaining(['Hear from Sam']));

    // Keyboard: Tab through the card to “Hear from Sam”; one press plays Sam's recording.
    for (let i = 0; i < 30 && (await pause.focusedName()) !== 'Hear from Sam'; i++) await pause.press('Tab');
    expect(await pause.focusedName()).toBe('Hear from Sam');
    await pause.press('Enter');
    await card.getByText('You have got through hard days before. I am proud of you.').waitFor();
    await card.getByText('Playing Sam’s recording.').waitFor();
    expect(await card.evaluate(() => [...document.querySelectorAll('button')].some((b) => b.textContent === 'Stop'))).toBe(true);
    await noViolations(card, 'card, Sam’s words', (colorScheme) => page.emulateMedia({ colorScheme }));
    await page.screenshot({ path: `${SCREENS}/card-hear-from.png` });
    await pause.click('Stop');
    await card.getByText('Stopped.').waitFor();

    await pause.click('My steadying plan');
    await card.getByText(HELPS).waitFor();
    expect(await card.getByText(REASON).count()).toBe(1);
    // A pause is a moment when something just did knock the person off balance: that part stays off the card.
    expect(await card.getByText(OFF_BALANCE).count()).toBe(0);
    await noViolations(card, 'card, plan', (colorScheme) => page.emulateMedia({ colorScheme }));
    await page.emulateMedia({ colorScheme: 'dark' });
    await page.screenshot({ path: `${SCREENS}/card-plan-dark.png` });
    await page.emulateMedia({ colorScheme: 'light' });
    await pause.click('Continue');
    await pause.waitClosed();
    await page.close();
  });

  it('plays Sam’s recording from the popup in one tap, shows the plan in one tap, and the ready message fills the text', async () => {
    const popup = await steady.open('popup.html');
    await popup.getByRole('heading', { name: 'Words from your people' }).waitFor();
    const sms = await popup.getByRole('link', { name: 'Sam' }).getAttribute('href');
    expect(sms).toBe(`sms:+15550100?body=${encodeURIComponent('Could you call me when you have a minute?')}`);
    await noViolations(popup, 'popup home', (colorScheme) => popup.emulateMedia({ colorScheme }));

    await tabTo(popup, 'Hear from Sam');
    await popup.keyboard.press('Enter');
    await popup.getByRole('heading', { name: 'Words from Sam' }).waitFor();
    await popup.getByText('Playing Sam’s recording.').waitFor();
    await noViolations(popup, 'popup, Sam’s words', (colorScheme) => popup.emulateMedia({ colorScheme }));
    await popup.screenshot({ path: `${SCREENS}/popup-hear-from.png` });
    await tabTo(popup, 'Stop');
    await popup.keyboard.press('Enter');
    await popup.getByText('Stopped.').waitFor();
    expect(await focusedName(popup)).toMatch(/^Play \(\d seconds?\)$/);
    await tabTo(popup, '← Back');
    await popup.keyboard.press('Enter');
    expect(await focusedName(popup)).toBe('Hear from Sam');

    await tabTo(popup, 'My steadying plan');
    await popup.keyboard.press('Enter');
    await popup.getByRole('heading', { name: 'My steadying plan', level: 1 }).waitFor();
    await popup.getByText(HELPS).waitFor();
    await popup.getByText(OFF_BALANCE).waitFor();
    await noViolations(popup, 'popup, plan', (colorScheme) => popup.emulateMedia({ colorScheme }));
    await popup.emulateMedia({ colorScheme: 'dark' });
    await popup.screenshot({ path: `${SCREENS}/popup-plan-dark.png`, fullPage: true });
    await popup.close();
  });

  it('prints the plan to PDF, leaving out what knocks the person off balance unless they tick it', async () => {
    const plan = await steady.open('plan.html');
    await plan.getByText(HELPS).waitFor();
    await noViolations(plan, 'plan page', (colorScheme) => plan.emulateMedia({ colorScheme }));
    await plan.emulateMedia({ media: 'print' });
    // On paper: no buttons, Sam's number written out, and the private part left off.
    expect(await plan.getByRole('button', { name: 'Print or save as PDF' }).isVisible()).toBe(false);
    expect(await plan.getByText(OFF_BALANCE).isVisible()).toBe(false);
    expect(await plan.getByText('Text +15550100').isVisible()).toBe(true);
    expect(await plan.getByText(REASON).isVisible()).toBe(true);
    const pdf = await plan.pdf({ format: 'A5', printBackground: false });
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    writeFileSync(`${SCREENS}/plan.pdf`, pdf);
    await plan.screenshot({ path: `${SCREENS}/plan-print.png`, fullPage: true });

    await plan.emulateMedia({ media: 'screen' });
    await plan.getByRole('checkbox', { name: /Include “What tends to knock me off balance” when printing/ }).focus();
    await plan.keyboard.press('Space');
    await expect.poll(async () => (await storedPrefs(steady)).plan.printOffBalance).toBe(true);
    await plan.emulateMedia({ media: 'print' });
    await expect.poll(() => plan.getByText(OFF_BALANCE).isVisible()).toBe(true);
    writeFileSync(`${SCREENS}/plan-with-off-balance.pdf`, await plan.pdf({ format: 'A5' }));
    await plan.close();
  });

  it('opens the supporters’ page: our words with sources, nothing of the person’s own; printable', async () => {
    const page = await steady.open('supporters.html');
    await page.getByRole('heading', { name: 'For the people who support me', level: 1 }).waitFor();
    for (const heading of ['How you can help them steady themselves', 'What tends not to help', 'Help for you', 'Where this comes from']) {
      await page.getByRole('heading', { name: heading }).waitFor();
    }
    expect(await page.locator('.sources li').count()).toBeGreaterThan(5);
    const text = await page.evaluate(() => document.body.innerText);
    for (const personal of ['Sam', '15550100', 'news.test', HELPS, OFF_BALANCE, REASON, 'proud of you']) expect(text, personal).not.toContain(personal);
    await noViolations(page, 'supporters page', (colorScheme) => page.emulateMedia({ colorScheme }));
    await page.emulateMedia({ colorScheme: 'dark' });
    await page.screenshot({ path: `${SCREENS}/supporters-dark.png` });
    await page.emulateMedia({ colorScheme: 'light', media: 'print' });
    const pdf = await page.pdf({ format: 'A4' });
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    writeFileSync(`${SCREENS}/supporters.pdf`, pdf);
    await page.close();
  });

  it('exports the words only when ticked, erases them with everything else, and brings them back from the file', async () => {
    const exportFile = async () => {
      const [download] = await Promise.all([options.waitForEvent('download'), options.getByRole('button', { name: 'Export settings file' }).click()]);
      return JSON.parse(readFileSync((await download.path())!, 'utf8'));
    };
    await options.reload();
    await options.getByRole('heading', { name: 'Your data' }).waitFor();
    const plain = await exportFile();
    expect(plain.words).toBeUndefined();
    expect(plain.prefs.plan.helps).toBe(HELPS);

    await options.getByRole('checkbox', { name: /Include words from my people/ }).check();
    const withWords = await exportFile();
    expect(withWords.words.entries.map((e: { entry: { kind: string } }) => e.entry.kind)).toEqual(['text', 'voice']);
    expect(withWords.words.entries[1].audio.length).toBeGreaterThan(1000);

    await options.getByRole('button', { name: 'Erase everything…' }).click();
    await options.getByRole('button', { name: 'Yes, erase everything' }).click();
    await options.getByTestId('status').getByText('Everything Steady kept on this device was erased.').waitFor();
    expect(await storedWords(options)).toEqual([]);
    expect((await storedPrefs(steady)).people).toEqual([]);
    expect((await storedPrefs(steady)).plan.helps).toBe('');
    expect(await (await steady.worker()).evaluate(async () => (await chrome.storage.local.get('prefsBackups')).prefsBackups ?? [])).toEqual([]);
    await options.getByText('None kept yet.').waitFor();

    await options.locator('input[type=file]').setInputFiles({ name: 'mine.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(withWords)) });
    await options.getByTestId('status').getByText(/Settings imported\..*2 messages from your people were added\./).waitFor();
    expect((await storedWords(options)).map((w) => w.kind)).toEqual(['text', 'voice']);
    expect((await storedPrefs(steady)).plan.helps).toBe(HELPS);
    expect(requests).toEqual([]);
  });
});
