import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { axeViolations } from './axe';
import { launchSteady, setPrefs, site, storedPrefs, type Steady } from './harness';
import { PauseDialog } from './pause-dialog';
import { startServer, type TestServer } from './server';

let server: TestServer;
let steady: Steady;
let requests: string[];
beforeAll(async () => {
  server = await startServer();
});
afterAll(() => server.close());
beforeEach(async () => {
  steady = await launchSteady({ serverPort: server.port });
  requests = [];
  // Anything that is not the extension itself would be a network request Steady must never make.
  steady.context.on('request', (r) => {
    if (!/^(chrome-extension|data|blob):/.test(r.url())) requests.push(r.url());
  });
});
afterEach(() => steady.close());

async function openPopup(): Promise<Page> {
  const page = await steady.open('popup.html');
  await page.getByRole('heading', { name: 'Exercises' }).waitFor();
  return page;
}

const live = (page: Page) => page.locator('.pl-step[role=status]');

/** Presses Tab until the focused element has this accessible-ish name (text or aria-label). */
async function tabTo(page: Page, name: string, max = 80): Promise<void> {
  for (let i = 0; i < max; i++) {
    await page.keyboard.press('Tab');
    const focused = await page.evaluate(() => {
      const el = document.activeElement as HTMLElement | null;
      return (el?.getAttribute('aria-label') ?? el?.textContent ?? '').trim();
    });
    if (focused === name) return;
  }
  throw new Error(`Tab never reached “${name}”.`);
}

const focusedText = (page: Page) => page.evaluate(() => (document.activeElement as HTMLElement | null)?.textContent?.trim());

describe('the popup', () => {
  it('starts the gentle default with one click, then pauses and stops it', async () => {
    const popup = await openPopup();
    await popup.getByText('Starts “Looking around”').waitFor();
    await popup.getByRole('button', { name: 'I need a moment' }).click();

    await popup.getByRole('heading', { name: 'Looking around' }).waitFor();
    await live(popup).getByText('You can stop whenever you like.').waitFor();
    for (const name of ['Pause', 'Next', 'Stop']) expect(await popup.getByRole('button', { name, exact: true }).isVisible(), name).toBe(true);

    await popup.getByRole('button', { name: 'Next', exact: true }).click();
    await popup.getByText('Step 2 of 5').waitFor();
    await popup.getByRole('button', { name: 'Pause', exact: true }).click();
    await popup.getByText('Step 2 of 5 · paused').waitFor();
    await popup.getByRole('button', { name: 'Resume' }).click();
    await popup.getByRole('button', { name: 'Stop' }).click();
    await live(popup).getByText('Stopped. That is completely fine.').waitFor();
    expect(await popup.getByRole('button', { name: 'Start again' }).isVisible()).toBe(true);
    expect(await popup.getByRole('button', { name: 'Pause' }).count()).toBe(0);
    expect(requests).toEqual([]);
  });

  it('starts the first favourite, and favourites, hides and filters from the library', async () => {
    const popup = await openPopup();
    await popup.getByRole('button', { name: 'Favourite: Humming on the out-breath' }).first().click();
    await expect.poll(async () => (await storedPrefs(steady)).exercises.favourites).toEqual(['humming']);
    await popup.getByText('Starts “Humming on the out-breath”').waitFor();
    await popup.getByRole('heading', { name: 'Your favourites' }).waitFor();

    await popup.getByRole('button', { name: 'I need a moment' }).click();
    await popup.getByRole('heading', { name: 'Humming on the out-breath' }).waitFor();
    await popup.getByRole('button', { name: 'All exercises' }).click();

    await popup.getByRole('button', { name: /^Feet on the floor/ }).click();
    await popup.getByRole('button', { name: 'Hide from my list' }).click();
    await expect.poll(async () => (await storedPrefs(steady)).exercises.hidden).toEqual(['feet-and-hands']);
    await popup.getByRole('button', { name: 'All exercises' }).click();
    // Back in the library, focus returns to where the person was.
    await popup.getByRole('heading', { name: 'Exercises' }).waitFor();
    expect(await popup.getByRole('button', { name: /^Feet on the floor/ }).count()).toBe(0);
    await popup.getByRole('button', { name: 'Show hidden (1)' }).click();
    await popup.getByRole('button', { name: /^Feet on the floor.*hidden/ }).waitFor();

    await popup.getByRole('button', { name: 'No breath focus' }).click();
    await popup.getByText(/^Showing \d+ of 19\.$/).waitFor();
    expect(await popup.getByRole('button', { name: /^Humming on the out-breath/ }).count()).toBe(0);
    expect(await popup.getByRole('button', { name: /^A longer out-breath/ }).count()).toBe(0);
    await popup.getByRole('combobox', { name: 'Length' }).selectOption('60');
    const metas = await popup.locator('.exercise-meta').allTextContents();
    expect(metas.length).toBeGreaterThan(0);
    for (const meta of metas) expect(meta).toMatch(/^(\d+ sec|1 min) /);
  });

  it('guides paced breathing at the chosen pace, pauses the circle and keeps still with reduced motion', async () => {
    await setPrefs(steady, { exercises: { breathPace: 3 } });
    const popup = await openPopup();
    await popup.getByRole('button', { name: /^A longer out-breath/ }).click();
    // Nothing moves until the person starts.
    expect(await popup.locator('.pl-orb').count()).toBe(0);
    await popup.getByRole('button', { name: 'Start' }).click();
    await popup.getByRole('button', { name: 'Next' }).click();
    const phase = popup.locator('.pl-phase');
    await phase.getByText(/^Breathing in, gently \(1 of \d+\)$/).waitFor();
    // 3 s in, then the out-breath (no hold in between, as holds are off).
    await phase.getByText(/^And slowly out \(1 of/).waitFor({ timeout: 4500 });
    await popup.getByRole('button', { name: 'Pause' }).click();
    expect(await popup.locator('.pl-orb').evaluate((el) => getComputedStyle(el).animationPlayState)).toBe('paused');
    await popup.waitForTimeout(5000);
    expect(await phase.textContent()).toMatch(/^And slowly out \(1 of/);
    await popup.getByRole('button', { name: 'Skip' }).click();
    await live(popup).getByText('You can let your breath return').waitFor();

    await popup.emulateMedia({ reducedMotion: 'reduce' });
    await popup.reload();
    await popup.getByRole('button', { name: /^A longer out-breath/ }).click();
    await popup.getByRole('button', { name: 'Start' }).click();
    await popup.getByRole('button', { name: 'Next' }).click();
    await phase.getByText(/^Breathing in, gently/).waitFor();
    expect(await popup.locator('.pl-orb').count()).toBe(0);
    expect(await popup.locator('.pl-now').textContent()).toBe('In');
  });

  it('works with the keyboard alone', async () => {
    const popup = await openPopup();
    await tabTo(popup, 'No touch');
    await popup.keyboard.press('Space');
    expect(await popup.getByRole('button', { name: 'No touch' }).getAttribute('aria-pressed')).toBe('true');
    await tabTo(popup, 'Feet on the floor1 min · eyes open');
    await popup.keyboard.press('Enter');
    await popup.getByRole('heading', { name: 'Feet on the floor' }).waitFor();
    await expect.poll(() => focusedText(popup)).toBe('Feet on the floor');

    await tabTo(popup, 'Start');
    await popup.keyboard.press('Enter');
    await live(popup).getByText('If at any moment you want to stop').waitFor();
    // The same button now pauses, and keeps focus.
    expect(await focusedText(popup)).toBe('Pause');
    await popup.keyboard.press('Enter');
    expect(await focusedText(popup)).toBe('Resume');
    await popup.keyboard.press('Enter');
    await popup.keyboard.press('Tab');
    expect(await focusedText(popup)).toBe('Next');
    await popup.keyboard.press('Enter');
    await popup.getByText('Step 2 of 5').waitFor();
    await popup.keyboard.press('Tab');
    expect(await focusedText(popup)).toBe('Stop');
    await popup.keyboard.press('Enter');
    await live(popup).getByText('Stopped.').waitFor();
    // Focus does not fall off the page when the Stop button goes away.
    await expect.poll(() => focusedText(popup)).toBe('Start again');

    await tabTo(popup, '☆ Favourite');
    await popup.keyboard.press('Enter');
    await expect.poll(async () => (await storedPrefs(steady)).exercises.favourites).toEqual(['feet-and-hands']);
    await popup.keyboard.press('Shift+Tab');
    for (let i = 0; i < 40 && (await focusedText(popup)) !== '← All exercises'; i++) await popup.keyboard.press('Shift+Tab');
    await popup.keyboard.press('Enter');
    await popup.getByRole('heading', { name: 'Exercises' }).waitFor();
    await expect.poll(() => focusedText(popup)).toBe('Feet on the floor1 min · eyes open');

    await tabTo(popup, 'Need urgent help?');
    await popup.keyboard.press('Enter');
    await popup.getByText('findahelpline.com').waitFor();
    expect(requests).toEqual([]);
  });

  it('saves a check-in and shows it after the popup is opened again', async () => {
    await setPrefs(steady, { exercises: { checkIns: true } });
    let popup = await openPopup();
    await popup.getByRole('button', { name: /^Looking around/ }).click();
    const before = popup.getByRole('group', { name: /how are you right now/ });
    await before.getByRole('radio', { name: '3', exact: true }).check();
    await popup.getByRole('button', { name: 'Start' }).click();
    await expect.poll(() => before.count()).toBe(0);
    await popup.getByRole('button', { name: 'Stop' }).click();

    const after = popup.getByRole('group', { name: 'And now, how are you?' });
    await popup.getByText('Before, you said: 3').waitFor();
    await after.getByRole('radio', { name: '7', exact: true }).check();
    await popup.getByRole('textbox', { name: /a few words/ }).fill('a bit steadier');
    await popup.getByRole('button', { name: 'Save check-in' }).click();
    await popup.getByText('Saved on this device.').waitFor();
    await popup.close();

    popup = await openPopup();
    await popup.getByRole('button', { name: 'Your check-ins' }).click();
    await popup.getByRole('heading', { name: 'Your check-ins' }).waitFor();
    await popup.getByText('Looking around: a little steadier afterwards, the one time you checked in.').waitFor();
    expect(await popup.getByRole('img', { name: /Your check-ins over time/ }).count()).toBe(1);
    expect(await popup.locator('.chart-after').count()).toBe(1);
    await popup.getByText(/Every check-in as text/).click();
    await popup.getByText(/Looking around: before: 3; after: 7 “a bit steadier”/).waitFor();

    // The options page shows the same history, exports it and erases it.
    const options = await steady.open('options.html');
    await options.getByRole('heading', { name: 'Your check-ins over time' }).waitFor();
    const [download] = await Promise.all([options.waitForEvent('download'), options.getByRole('button', { name: 'Export check-ins' }).click()]);
    expect(download.suggestedFilename()).toMatch(/^steady-check-ins-\d{4}-\d{2}-\d{2}\.json$/);
    const file = JSON.parse(readFileSync((await download.path())!, 'utf8'));
    expect(file).toMatchObject({ format: 'steady-check-ins', checkIns: [{ exerciseId: 'orienting', practice: 'Looking around', before: { scale: 3 }, after: { scale: 7, words: 'a bit steadier' } }] });
    await options.getByRole('button', { name: 'Erase check-ins…' }).click();
    await options.getByRole('button', { name: 'Yes, erase them' }).click();
    await options.getByTestId('status').getByText('Every check-in was erased').waitFor();
    await options.getByText('No check-ins are stored.').waitFor();
    expect(requests).toEqual([]);
  });

  it('offers the person’s own people and urgent help for the country they chose', async () => {
    await setPrefs(steady, {
      people: [{ id: 'sam', name: 'Sam', link: 'sms:+441234567890' }, { id: 'ana', name: 'Ana', link: 'tel:+15550100' }],
      helplineCountry: 'GB',
    });
    const popup = await openPopup();
    const reach = popup.getByRole('region', { name: 'Reach out' });
    expect(await reach.getByRole('link', { name: 'Sam' }).getAttribute('href')).toBe('sms:+441234567890');
    expect(await reach.getByRole('link', { name: 'Ana' }).getAttribute('href')).toBe('tel:+15550100');
    await popup.getByRole('button', { name: 'Need urgent help?' }).click();
    expect(await popup.getByRole('button', { name: 'Need urgent help?' }).getAttribute('aria-expanded')).toBe('true');
    expect(await popup.getByRole('link', { name: '999' }).getAttribute('href')).toBe('tel:999');
    await popup.getByText('Samaritans').waitFor();
    expect(await popup.getByRole('link', { name: 'findahelpline.com' }).getAttribute('href')).toBe('https://findahelpline.com');
    await popup.getByText('Steady is a self-help tool, not therapy or a crisis service.').waitFor();
  });
});

describe('the options page', () => {
  it('adds and removes people with clear messages, and picks a help country', async () => {
    const options = await steady.open('options.html');
    await options.getByRole('heading', { name: 'Your people', exact: true }).waitFor();
    await options.getByRole('textbox', { name: 'Name', exact: true }).fill('Sam');
    await options.getByRole('textbox', { name: /How to reach them/ }).fill('javascript:alert(1)');
    await options.getByRole('button', { name: 'Add person' }).click();
    await options.getByRole('alert').getByText('tel:, sms:, mailto: and https:').waitFor();
    expect(await options.getByRole('textbox', { name: /How to reach them/ }).getAttribute('aria-invalid')).toBe('true');
    expect((await storedPrefs(steady)).people).toEqual([]);

    await options.getByRole('textbox', { name: /How to reach them/ }).fill('+44 7700 900123');
    await options.getByRole('button', { name: 'Add person' }).click();
    await options.getByRole('list', { name: 'Your people' }).getByText('Sam').waitFor();
    expect((await storedPrefs(steady)).people).toEqual([{ id: expect.any(String), name: 'Sam', link: 'tel:+447700900123' }]);
    await options.getByRole('button', { name: 'Remove Sam' }).click();
    await expect.poll(async () => (await storedPrefs(steady)).people).toEqual([]);

    await options.getByRole('combobox', { name: 'Country' }).selectOption('GB');
    await options.getByRole('link', { name: '999' }).waitFor();
    expect((await storedPrefs(steady)).helplineCountry).toBe('GB');
  });

  it('sets what “I need a moment” starts and how the players behave', async () => {
    const options = await steady.open('options.html');
    await options.getByRole('heading', { name: 'Exercises', exact: true }).waitFor();
    await options.getByRole('combobox', { name: '“I need a moment” starts' }).selectOption('calm-place');
    await expect.poll(async () => (await storedPrefs(steady)).exercises.favourites).toEqual(['calm-place']);
    await options.getByRole('combobox', { name: 'Length of each in-breath' }).selectOption('6');
    await options.getByRole('checkbox', { name: /gentle holds/ }).check();
    await options.getByRole('checkbox', { name: /next step by itself/ }).check();
    await options.getByRole('checkbox', { name: /soft chime/ }).check();
    expect(await options.getByRole('checkbox', { name: /Learn from my check-ins/ }).isChecked()).toBe(true);
    await options.getByRole('checkbox', { name: /Learn from my check-ins/ }).uncheck();
    await options.getByRole('checkbox', { name: /Spoken guidance/ }).check();
    await options.getByRole('radio', { name: 'Slower' }).check();
    await options.getByText('Favourites and hidden exercises').click();
    await options.getByRole('checkbox', { name: 'Hide Butterfly hug' }).check();
    await expect
      .poll(async () => {
        const p = await storedPrefs(steady);
        return { ...p.exercises, voice: p.appearance.voice };
      })
      .toEqual({
        favourites: ['calm-place'],
        hidden: ['butterfly-hug'],
        breathPace: 6,
        breathHolds: true,
        stepTimer: true,
        chime: true,
        checkIns: false,
        learnFromCheckIns: false,
        voice: { enabled: true, name: '', rate: 0.75 },
      });
    const popup = await openPopup();
    await popup.getByText('Starts “A calm place”').waitFor();
    expect(await popup.getByRole('button', { name: /^Butterfly hug/ }).count()).toBe(0);
  });
});

describe('accessibility (axe-core)', () => {
  it('finds no violations in the popup, its views and the options page, light and dark', async () => {
    await setPrefs(steady, {
      exercises: { checkIns: true, favourites: ['humming'] },
      people: [{ id: 'sam', name: 'Sam', link: 'sms:+441234567890' }],
      helplineCountry: 'GB',
    });
    for (const scheme of ['light', 'dark'] as const) {
      const popup = await openPopup();
      await popup.emulateMedia({ colorScheme: scheme });
      await popup.getByRole('button', { name: 'Need urgent help?' }).click();
      await popup.getByRole('button', { name: 'No touch' }).click();
      expect(await axeViolations(popup), `popup home ${scheme}`).toEqual([]);

      await popup.getByRole('button', { name: 'I need a moment' }).click();
      await popup.getByRole('heading', { name: 'Humming on the out-breath' }).waitFor();
      // Settling in, then the humming part with the breathing guide.
      await popup.getByRole('button', { name: 'Next' }).click();
      await popup.getByRole('button', { name: 'Next' }).click();
      await popup.locator('.pl-orb').waitFor();
      expect(await axeViolations(popup), `breathing ${scheme}`).toEqual([]);
      await popup.getByRole('button', { name: 'Stop' }).click();
      await popup.getByRole('radio', { name: '6', exact: true }).check();
      expect(await axeViolations(popup), `check-in ${scheme}`).toEqual([]);
      await popup.getByRole('button', { name: 'Save check-in' }).click();
      await popup.getByRole('button', { name: 'See your check-ins' }).click();
      await popup.getByRole('heading', { name: 'Your check-ins' }).waitFor();
      expect(await axeViolations(popup), `history ${scheme}`).toEqual([]);
      await popup.close();

      const options = await steady.open('options.html');
      await options.emulateMedia({ colorScheme: scheme });
      await options.getByRole('heading', { name: 'Your check-ins over time' }).waitFor();
      await options.getByText('Favourites and hidden exercises').click();
      expect(await axeViolations(options), `options ${scheme}`).toEqual([]);
      await options.close();
    }
  });
});

describe('when a practice did not help', () => {
  it('offers a gentle way on after an exercise: something different in one tap, the person’s people, urgent help', async () => {
    await setPrefs(steady, { people: [{ id: 'sam', name: 'Sam', link: 'sms:+441234567890' }], helplineCountry: 'GB', exercises: { favourites: ['humming'] } });
    const popup = await openPopup();
    await popup.getByRole('button', { name: 'I need a moment' }).click();
    await popup.getByRole('heading', { name: 'Humming on the out-breath' }).waitFor();
    expect(await popup.getByRole('button', { name: 'That one didn’t help' }).count()).toBe(0);
    await popup.getByRole('button', { name: 'Stop' }).click();
    await popup.getByRole('button', { name: 'That one didn’t help' }).click();
    const heading = popup.getByRole('heading', { name: 'That one didn’t help right now — that’s okay.' });
    await heading.waitFor();
    await expect.poll(() => focusedText(popup)).toBe('That one didn’t help right now — that’s okay.');
    await popup.getByRole('link', { name: 'Sam' }).waitFor();
    await popup.getByRole('button', { name: 'Need urgent help?' }).last().click();
    await popup.getByText('In the UK, for an emergency call 999.').waitFor();
    // One tap: a different kind of practice, eyes open and away from the breath, starts straight away.
    await popup.getByRole('button', { name: 'Try something different: Looking around' }).click();
    await popup.getByRole('heading', { name: 'Looking around' }).waitFor();
    await live(popup).getByText('You can stop whenever you like.').waitFor();
    expect(await popup.getByRole('button', { name: 'Stop' }).isVisible()).toBe(true);
    expect(requests).toEqual([]);
  });

  it('opens by itself after a check-in that was lower afterwards', async () => {
    await setPrefs(steady, { exercises: { checkIns: true } });
    const popup = await openPopup();
    await popup.getByRole('button', { name: /^Feet on the floor/ }).click();
    await popup.getByRole('group', { name: /how are you right now/ }).getByRole('radio', { name: '6', exact: true }).check();
    await popup.getByRole('button', { name: 'Start' }).click();
    await popup.getByRole('button', { name: 'Stop' }).click();
    await popup.getByRole('group', { name: 'And now, how are you?' }).getByRole('radio', { name: '4', exact: true }).check();
    await popup.getByRole('button', { name: 'Save check-in' }).click();
    await popup.getByRole('heading', { name: 'That one didn’t help right now — that’s okay.' }).waitFor();
    await popup.getByRole('button', { name: /^Try something different: / }).waitFor();
    await popup.getByRole('button', { name: 'Leave it here' }).click();
    await popup.getByRole('button', { name: 'I need a moment' }).waitFor();
  });

  it('keeps Pause, Next and Stop in view at 200% zoom', async () => {
    const popup = await openPopup();
    // A popup can be at most 600 px tall: at 200% zoom that is 300 CSS pixels, 400 wide.
    await popup.setViewportSize({ width: 400, height: 300 });
    await popup.getByRole('button', { name: /^A comforting hand/ }).click();
    await popup.getByRole('button', { name: 'Start' }).click();
    for (let step = 0; step < 4; step++) {
      for (const name of ['Pause', 'Next', 'Stop']) {
        const box = (await popup.getByRole('button', { name, exact: true }).boundingBox())!;
        expect(box.y + box.height, `${name} on step ${step + 1}`).toBeLessThanOrEqual(300);
        expect(box.y, `${name} on step ${step + 1}`).toBeGreaterThanOrEqual(0);
      }
      await popup.getByRole('button', { name: 'Next', exact: true }).click();
    }
  });
});

describe('the pause card', () => {
  it('uses the same breathing player, with Pause, Skip and Stop while it runs', async () => {
    await setPrefs(steady, { sites: [site('news.test')] });
    const page = await steady.context.newPage();
    const pause = await PauseDialog.attach(page);
    await page.goto('http://news.test/');
    await pause.waitOpen();
    await pause.click('Three slow breaths');
    await expect.poll(() => pause.buttonNames()).toEqual(expect.arrayContaining(['Pause', 'Skip', 'Stop', 'Continue']));
    expect(await pause.texts()).toMatch(/Breathing in, gently \(1 of 3\)/);
    await pause.click('Pause');
    await expect.poll(() => pause.buttonNames()).toContain('Resume');
    await pause.click('Stop');
    await expect.poll(() => pause.buttonNames()).toContain('Three slow breaths');
    expect(await pause.buttonNames()).not.toContain('Pause');
    await pause.click('Continue');
    await pause.waitClosed();
  });
});
