import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { getSession, getSnoozes, launchSteady, pauseScriptLeavesOut, setPrefs, setSession, setSnoozes, site, steadyWorldsOn, storedPrefs, waitForRegistration, type Steady } from './harness';
import { PauseDialog, visit as openPage } from './pause-dialog';
import { page as html, startServer, type TestServer } from './server';

const SPA = html(
  'App',
  `<nav><button id="to-private" onclick="history.pushState({}, '', '/private/inbox')">Inbox</button>
   <button id="to-private-2" onclick="history.pushState({}, '', '/private/sent')">Sent</button>
   <button id="to-public" onclick="history.pushState({}, '', '/public')">Public</button></nav><main>App shell</main>`,
);

let server: TestServer;
let steady: Steady;
beforeAll(async () => {
  server = await startServer((url) => (url.hostname === 'spa.test' ? { body: SPA } : undefined));
});
afterAll(() => server.close());
beforeEach(async () => {
  steady = await launchSteady({ serverPort: server.port });
});
afterEach(() => steady.close());

const visit = (url: string, existing?: Page) => openPage(steady.context, url, existing);

declare const chrome: any;

const minutesAgo = (m: number) => Date.now() - m * 60_000;

describe('the card’s short practices', () => {
  it('offers an eyes-open, non-breath practice first and remembers the person’s pick across pauses', async () => {
    await setPrefs(steady, { sites: [site('news.test')], pause: { frequency: 'every-visit' } });
    const { page, pause } = await visit('http://news.test/');
    await pause.waitOpen();
    await pause.waitCard();
    const practices = async () => (await pause.buttonNames()).filter((n) => ['Look around you', 'Feet on the floor', 'Three slow breaths'].includes(n));
    await expect.poll(practices).toEqual(['Look around you', 'Feet on the floor', 'Three slow breaths']);
    await pause.click('Feet on the floor');
    // It starts at once, with the step player's controls.
    await expect.poll(() => pause.buttonNames()).toEqual(expect.arrayContaining(['Pause', 'Next', 'Stop', 'Continue']));
    expect(await pause.texts()).toContain('Sitting, standing or lying down all work.');
    // Saved through the background, the one writer of preferences.
    await expect.poll(async () => (await storedPrefs(steady)).pause.practice).toBe('feet-on-floor');
    await pause.click('Stop');
    await expect.poll(practices).toEqual(['Look around you', 'Feet on the floor', 'Three slow breaths']);
    await pause.click('Continue');
    await pause.waitClosed();

    // The next pause offers last time's pick first.
    await page.reload();
    await pause.waitOpen();
    await pause.waitCard();
    await expect.poll(practices).toEqual(['Feet on the floor', 'Look around you', 'Three slow breaths']);
    await pause.click('Three slow breaths');
    await expect.poll(() => pause.texts()).toMatch(/Breathing in, gently \(1 of 3\)/);
    await expect.poll(async () => (await storedPrefs(steady)).pause.practice).toBe('three-breaths');
    await pause.click('Continue');
    await pause.waitClosed();
    await page.reload();
    await pause.waitOpen();
    await pause.waitCard();
    await expect.poll(practices).toEqual(['Three slow breaths', 'Look around you', 'Feet on the floor']);
  });
});

describe('pause choices', () => {
  it('Leave this page goes back to where the person came from', async () => {
    await setPrefs(steady, { sites: [site('news.test')] });
    const { page, pause } = await visit('http://other.test/');
    await page.evaluate(() => (location.href = 'http://news.test/second'));
    await pause.waitOpen();
    await pause.click('Leave this page');
    await page.waitForURL('http://other.test/');
    expect(await pause.staysClosed(300)).toBe(true);
  });

  it('Leave this page opens the new-tab page when there is nowhere to go back to', async () => {
    await setPrefs(steady, { sites: [site('news.test')] });
    // A tab opened straight onto the site, as from a bookmark in a new window: no history.
    const opened = steady.context.waitForEvent('page');
    await (await steady.worker()).evaluate(() => chrome.tabs.create({ url: 'http://news.test/' }));
    const page = await opened;
    const pause = await PauseDialog.attach(page);
    await pause.waitOpen();
    expect(await page.evaluate(() => history.length)).toBe(1);
    const newTab = steady.context.waitForEvent('page');
    const closed = page.waitForEvent('close');
    await pause.click('Leave this page');
    // The person's own new-tab page takes the tab's place.
    expect((await newTab).url()).toMatch(/^chrome:\/\/(newtab|new-tab-page)/);
    await closed;
  });

  it('Not now on this site snoozes for the chosen time, then pauses again', async () => {
    await setPrefs(steady, { sites: [site('news.test')], pause: { frequency: 'every-visit' } });
    const { page, pause } = await visit('http://news.test/');
    await pause.waitOpen();
    await pause.click('Not now on this site');
    expect(await pause.buttonNames()).toEqual(expect.arrayContaining(['15 minutes', '1 hour', 'The rest of today']));
    await pause.click('15 minutes');
    await pause.waitClosed();
    // Kept in storage.local (the background writes it just after the card closes).
    await expect.poll(async () => Math.abs(((await getSnoozes(steady))['news-test'] ?? 0) - (Date.now() + 15 * 60_000))).toBeLessThan(10_000);

    await page.reload();
    expect(await pause.staysClosed()).toBe(true);
    // Fifteen minutes later (the stored snooze has run out), the pause is offered again.
    await setSnoozes(steady, { 'news-test': minutesAgo(1) });
    await page.reload();
    await pause.waitOpen();
  });

  it('pauses once per site per browser session by default', async () => {
    await setPrefs(steady, { sites: [site('news.test')] });
    const { page, pause } = await visit('http://news.test/');
    await pause.waitOpen();
    await pause.click('Continue');
    await pause.waitClosed();
    await page.reload();
    expect(await pause.staysClosed()).toBe(true);
    const other = await visit('http://sub.news.test/second');
    expect(await other.pause.staysClosed()).toBe(true);
  });

  it('runs nothing on a site continued this session while other chosen sites still pause, and pauses it again in the next session', async () => {
    await setPrefs(steady, { sites: [site('news.test'), site('calm.test')] });
    expect(await steadyWorldsOn(steady, 'http://news.test/')).toBeGreaterThan(0);
    const { page, pause } = await visit('http://news.test/');
    await pause.waitOpen();
    await pause.click('Continue');
    await pause.waitClosed();
    await page.close();
    await expect.poll(() => pauseScriptLeavesOut(steady)).toContain('*://news.test/*');
    // Nothing of Steady's runs on the continued site: not even the script that would decide.
    expect(await steadyWorldsOn(steady, 'http://news.test/second')).toBe(0);
    expect(await steadyWorldsOn(steady, 'http://sub.news.test/')).toBe(0);
    expect(await steadyWorldsOn(steady, 'http://calm.test/')).toBeGreaterThan(0);
    const calm = await visit('http://calm.test/');
    await calm.pause.waitOpen();
    await calm.page.close();
    // A new browser session: the site pauses again (what was left out is not kept across a restart).
    const { userDataDir } = steady;
    await steady.close({ keepProfile: true });
    steady = await launchSteady({ userDataDir, serverPort: server.port });
    await waitForRegistration(steady, true);
    expect(await pauseScriptLeavesOut(steady)).toEqual([]);
    const again = await visit('http://news.test/');
    await again.pause.waitOpen();
  });

  it('pauses on every visit when asked to', async () => {
    await setPrefs(steady, { sites: [site('news.test')], pause: { frequency: 'every-visit' } });
    const { page, pause } = await visit('http://news.test/');
    await pause.waitOpen();
    await pause.click('Continue');
    await pause.waitClosed();
    await page.reload();
    await pause.waitOpen();
  });

  it('pauses at most every N minutes when asked to', async () => {
    await setPrefs(steady, { sites: [site('news.test')], pause: { frequency: 'interval', intervalMinutes: 10 } });
    const { page, pause } = await visit('http://news.test/');
    await pause.waitOpen();
    await pause.click('Continue');
    await pause.waitClosed();
    await page.reload();
    expect(await pause.staysClosed()).toBe(true);
    const session = await getSession(steady);
    await setSession(steady, { ...session, shownAt: { 'news-test': minutesAgo(11) }, continued: { 'news-test': minutesAgo(11) } });
    await page.reload();
    await pause.waitOpen();
  });

  it('offers no pause during quiet hours', async () => {
    const at = (offsetMinutes: number) => {
      const d = new Date(Date.now() + offsetMinutes * 60_000);
      return `${String(d.getHours()).padStart(2, '0')}:${String(d.getMinutes()).padStart(2, '0')}`;
    };
    await setPrefs(steady, {
      sites: [site('news.test')],
      pause: { frequency: 'every-visit' },
      quietHours: { enabled: true, from: at(-60), to: at(60), days: [0, 1, 2, 3, 4, 5, 6] },
    });
    const { page, pause } = await visit('http://news.test/');
    expect(await pause.staysClosed()).toBe(true);
    await setPrefs(steady, { quietHours: { enabled: true, from: at(60), to: at(120), days: [0, 1, 2, 3, 4, 5, 6] } });
    await page.reload();
    await pause.waitOpen();
  });

  it('holds Continue for the gentle wait the person chose, and says so', async () => {
    await setPrefs(steady, { sites: [site('news.test')], pause: { gentleDelaySeconds: 2 } });
    const { pause } = await visit('http://news.test/');
    await pause.waitOpen();
    expect(await pause.texts()).toContain('Continue will be ready in a moment. There is no rush.');
    await pause.click('Continue');
    expect(await pause.staysClosed(300)).toBe(false);
    await expect.poll(() => pause.texts(), { timeout: 4000 }).toContain('Continue is ready whenever you are.');
    await pause.click('Continue');
    await pause.waitClosed();
  });

  it('follows single-page-app navigation into and within a paused path', async () => {
    await setPrefs(steady, { sites: [site('spa.test', { pathPrefix: '/private', label: 'Inbox' })], pause: { frequency: 'every-visit' } });
    const { page, pause } = await visit('http://spa.test/');
    expect(await pause.staysClosed()).toBe(true);
    await page.click('#to-private');
    await pause.waitOpen();
    expect(await pause.heading()).toBe('Pause for: Inbox');
    await pause.click('Continue');
    await pause.waitClosed();
    await page.click('#to-private-2');
    expect(await pause.staysClosed()).toBe(true);
    expect(page.url()).toBe('http://spa.test/private/sent');
  });

  it('keeps what the person chose across a service-worker restart', async () => {
    await setPrefs(steady, { sites: [site('news.test'), site('blog.test')] });
    const { page, pause } = await visit('http://news.test/');
    await pause.waitOpen();
    await pause.click('Continue');
    await pause.waitClosed();
    await steady.stopWorker();
    await page.reload();
    expect(await pause.staysClosed()).toBe(true);
    // The restarted worker still records choices.
    const blog = await visit('http://blog.test/');
    await blog.pause.waitOpen();
    await blog.pause.click('Not now on this site');
    await blog.pause.click('The rest of today');
    await blog.pause.waitClosed();
    await expect.poll(async () => (await getSnoozes(steady))['blog-test'] ?? 0).toBeGreaterThan(Date.now());
  });
});
