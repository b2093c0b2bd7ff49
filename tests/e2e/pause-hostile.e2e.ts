import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { launchSteady, setPrefs, site, type Steady } from './harness';
import { PauseDialog, visit as openPage } from './pause-dialog';
import { page as html, startServer, type TestServer } from './server';

/** Pages that try, on purpose, to hide, restyle, click through or read the pause. */
const HOSTILE: Record<string, { body: string; headers?: Record<string, string> }> = {
  '/css-war': {
    body: html(
      'CSS war',
      `<div id="overlay" style="position:fixed;inset:0;background:red;z-index:2147483647">ON TOP</div><p>Text</p>`,
      `<style>* { display: none !important; visibility: hidden !important; opacity: 0 !important; }
        html, body, #overlay { display: block !important; visibility: visible !important; opacity: 1 !important; }
        div { z-index: -2147483648 !important; } html > div { transform: scale(0) !important; filter: blur(40px) !important; }</style>`,
    ),
  },
  '/replace-body': {
    body: html(
      'Replaced',
      '<p>Original</p>',
      `<script>
        document.addEventListener('DOMContentLoaded', () => {
          document.body.replaceWith(Object.assign(document.createElement('body'), { textContent: 'New body' }));
          document.documentElement.innerHTML = '<head></head><body>Rewritten</body>';
          setInterval(() => { for (const el of [...document.documentElement.children]) if (el.localName === 'div') el.remove(); }, 20);
        });
      </script>`,
    ),
  },
  '/synthetic': {
    body: html(
      'Synthetic',
      '<p>Page</p>',
      `<script>
        window.addEventListener('load', () => setTimeout(() => {
          const host = [...document.documentElement.children].find((c) => c.localName === 'div');
          host.click();
          const { innerWidth: w, innerHeight: h } = window;
          for (let x = 0; x < w; x += 40) for (let y = 0; y < h; y += 40) {
            const el = document.elementFromPoint(x, y);
            el && el.dispatchEvent(new MouseEvent('click', { bubbles: true, clientX: x, clientY: y }));
          }
          document.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
          window.__attacked = { shadow: host.shadowRoot, text: host.textContent, html: document.documentElement.outerHTML };
        }, 300));
      </script>`,
    ),
  },
  '/csp': {
    body: html('Strict CSP', '<p>Locked down</p>'),
    headers: { 'content-security-policy': "default-src 'none'; style-src 'none'; script-src 'none'; img-src 'none'" },
  },
  '/framed': {
    body: html('Frames', `<iframe src="http://news.test/second" style="position:fixed;inset:0;width:100vw;height:100vh;border:0;z-index:2147483647"></iframe>`),
  },
  '/rtl': { body: html('RTL', '<p>שלום</p>').replace('<html lang="en">', '<html lang="he" dir="rtl">') },
  '/focus': { body: html('Focus', '<button id="page-button">Page button</button><input id="q" autofocus>') },
};

let server: TestServer;
let steady: Steady;
beforeAll(async () => {
  server = await startServer((url) => HOSTILE[url.pathname]);
});
afterAll(() => server.close());
beforeEach(async () => {
  steady = await launchSteady({ serverPort: server.port });
  await setPrefs(steady, { sites: [site('news.test', { label: 'Hard news' })], pause: { frequency: 'every-visit' } });
});
afterEach(() => steady.close());

const visit = (path: string) => openPage(steady.context, `http://news.test${path}`);

/** The colour actually drawn at the centre of the screen, read from a real screenshot. */
async function centrePixelIsRed(page: Page): Promise<boolean> {
  const { width, height } = page.viewportSize()!;
  const png = await page.screenshot({ clip: { x: Math.round(width / 2), y: Math.round(height - 20), width: 1, height: 1 } });
  const { PNG } = await import('./png');
  const [r, g, b] = PNG.firstPixel(png);
  return r > 200 && g < 80 && b < 80;
}

describe('hostile pages cannot break the pause', () => {
  it('stays visible, on top and clickable through CSS resets, !important and z-index wars', async () => {
    const { page, pause } = await visit('/css-war');
    await pause.waitOpen();
    await page.waitForTimeout(200);
    expect(await centrePixelIsRed(page)).toBe(false);
    await pause.click('Continue');
    await pause.waitClosed();
    expect(await centrePixelIsRed(page)).toBe(true);
  });

  it('survives the body and the whole document being rewritten by script', async () => {
    const { page, pause } = await visit('/replace-body');
    await pause.waitOpen();
    await page.waitForTimeout(300);
    // Still modal (in the top layer, page behind inert), not merely put back.
    const dialog = await pause.waitOpen();
    expect(await pause.property(dialog, 'modal')).toBe(true);
    await pause.press('Tab');
    expect(await pause.focusedName()).not.toBe('Rewritten');
    await pause.click('Continue');
    await pause.waitClosed();
    await page.waitForTimeout(100);
    expect(await page.evaluate(() => document.body.textContent)).toBe('Rewritten');
  });

  it('ignores synthetic clicks and keys, and reveals nothing to the page', async () => {
    const { page, pause } = await visit('/synthetic');
    await pause.waitOpen();
    await page.waitForFunction(() => (window as any).__attacked);
    const attacked = await page.evaluate(() => (window as any).__attacked);
    expect(attacked.shadow).toBeNull();
    expect(attacked.text).toBe('');
    expect(attacked.html).not.toContain('Hard news');
    expect(await pause.isOpen()).toBe(true);
  });

  it('works under a strict Content-Security-Policy', async () => {
    const { page, pause } = await visit('/csp');
    await pause.waitOpen();
    // Styled: the calm cover colour fills the screen and the buttons have their full size.
    const { PNG } = await import('./png');
    expect(PNG.firstPixel(await page.screenshot())).toEqual([246, 244, 239]);
    const continueBox = (await pause.buttonBoxes()).find((b) => b.name === 'Continue')!;
    expect(continueBox.height).toBeGreaterThanOrEqual(44);
    await pause.click('Continue');
    await pause.waitClosed();
  });

  it('pauses only the top page, and a full-screen iframe cannot cover the pause', async () => {
    const page = await steady.context.newPage();
    const cdp = await page.context().newCDPSession(page);
    const steadyFrames: string[] = [];
    cdp.on('Runtime.executionContextCreated', ({ context }) => {
      if (context.name === 'Steady') steadyFrames.push(String(context.auxData?.frameId));
    });
    await cdp.send('Runtime.enable');
    const pause = await PauseDialog.attach(page);
    await page.goto('http://news.test/framed');
    await pause.waitOpen();
    // The page's own frame (the other child frame is Steady's card).
    const framed = page.frames().find((f) => f.url() === 'http://news.test/second')!;
    await framed.waitForLoadState();
    // The framed page is a chosen site too, but only the top page is ever covered or paused: the
    // pause script runs in the top frame only (and with no word lists, nothing else runs at all).
    const { frameTree } = await cdp.send('Page.getFrameTree');
    expect(steadyFrames).toContain(frameTree.frame.id);
    const framedId = frameTree.childFrames?.find((c) => c.frame.url === 'http://news.test/second')?.frame.id;
    expect(framedId).toBeDefined();
    expect(steadyFrames).not.toContain(framedId);
    expect(await framed.evaluate(() => [...document.documentElement.children].map((c) => c.localName))).toEqual(['head', 'body']);
    await pause.click('Continue');
    await pause.waitClosed();
    expect(await pause.staysClosed(500)).toBe(true);
  });
});

describe('the pause is accessible', () => {
  it('takes focus, keeps it inside, answers the keyboard alone, and gives focus back', async () => {
    const { page, pause } = await visit('/focus');
    await pause.waitOpen();
    expect(await pause.focusedName()).toBe('Pause for: Hard news');
    const seen = new Set<string>();
    for (let i = 0; i < 12; i++) {
      await pause.press('Tab');
      seen.add((await pause.focusedName()) ?? '');
    }
    expect(seen).not.toContain('Page button');
    expect([...seen]).toEqual(expect.arrayContaining(['Continue', 'Leave this page', 'Not now on this site', 'Need urgent help?']));
    // Keyboard only: open the snooze choices and close them again, then continue with Enter.
    for (let i = 0; i < 20 && (await pause.focusedName()) !== 'Not now on this site'; i++) await pause.press('Tab');
    await pause.press('Enter');
    expect(await pause.buttonNames()).toContain('1 hour');
    for (let i = 0; i < 20 && (await pause.focusedName()) !== 'Continue'; i++) await pause.press('Shift+Tab');
    expect(await pause.focusedName()).toBe('Continue');
    await pause.press('Enter');
    await pause.waitClosed();
    expect(await page.evaluate(() => document.activeElement?.id ?? document.activeElement?.localName)).not.toBe('div');
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.localName)).not.toBe('div');
  });

  it('fits at 200% zoom in a right-to-left page, naming a right-to-left label, with nothing cut off', async () => {
    await setPrefs(steady, { sites: [site('news.test', { label: 'חדשות קשות' })] });
    const page = await steady.context.newPage();
    // 200% zoom of a 1280×800 window: half the CSS pixels, each drawn twice as large.
    await page.setViewportSize({ width: 640, height: 400 });
    const pause = await PauseDialog.attach(page);
    await page.goto('http://news.test/rtl');
    await pause.waitOpen();
    expect(await pause.heading()).toBe('Pause for: חדשות קשות');
    await pause.click('Not now on this site');
    for (const box of await pause.buttonBoxes()) {
      expect(box.x, box.name).toBeGreaterThanOrEqual(0);
      expect(box.x + box.width, box.name).toBeLessThanOrEqual(640);
      expect(box.height, box.name).toBeGreaterThanOrEqual(24);
    }
    await pause.click('The rest of today');
    await pause.waitClosed();
  });
});
