import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import JSZip from 'jszip';
import type { Page } from 'puppeteer-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { startServer, type TestServer } from '../e2e/server';
import {
  byRole,
  clickInCard,
  EXTENSION_PATH,
  extensionTab,
  launchFirefox,
  paintProbe,
  registeredMatches,
  SHIPPED_ZIP,
  staysWithoutCard,
  textOf,
  topLevel,
  visit,
  waitFor,
  waitForCard,
  waitForNoCard,
  waitForText,
  type Firefox,
} from './harness';

/**
 * The package Steady ships to Firefox: the zip `npm run zip` writes (`wxt zip -b firefox`),
 * installed byte for byte, with none of the test build's host access. Everything a new person
 * needs happens through Steady's own pages and real (trusted) input, so `permissions.request`
 * runs in a user gesture, as it must; `extensions.webextOptionalPermissionPrompts` (set by the
 * harness) only answers the browser's doorhanger "allow".
 */

let server: TestServer;
let firefox: Firefox | undefined;
beforeAll(async () => {
  server = await startServer();
});
afterAll(() => server.close());
afterEach(async () => {
  await firefox?.close();
  firefox = undefined;
});

const at = (host: string, path = '/') => `http://${host}:${server.port}${path}`;

/** Every file of a build folder, by its path in the package. */
function folderFiles(dir: string): Map<string, Buffer> {
  const files = new Map<string, Buffer>();
  const walk = (at: string) => {
    for (const name of readdirSync(at)) {
      const path = join(at, name);
      if (statSync(path).isDirectory()) walk(path);
      else files.set(relative(dir, path).split('\\').join('/'), readFileSync(path));
    }
  };
  walk(dir);
  return files;
}

async function zipFiles(path: string): Promise<Map<string, Buffer>> {
  const zip = await JSZip.loadAsync(readFileSync(path));
  const files = new Map<string, Buffer>();
  for (const entry of Object.values(zip.files)) if (!entry.dir) files.set(entry.name, await entry.async('nodebuffer'));
  return files;
}

/** The tab Steady opened with one of its pages, brought to the front (a person looks at it). */
async function tabOf(ff: Firefox, path: string, what: string): Promise<Page> {
  const page = await waitFor(() => extensionTab(ff, path), what, 20_000);
  await page.bringToFront();
  return page;
}

describe('the package Steady ships to Firefox', () => {
  it('is the build the other Firefox tests ran against, less the test build’s host access', async () => {
    const shipped = await zipFiles(SHIPPED_ZIP);
    const tested = folderFiles(EXTENSION_PATH);
    expect([...shipped.keys()].sort()).toEqual([...tested.keys()].sort());
    const differ = [...tested].filter(([name, bytes]) => name !== 'manifest.json' && !bytes.equals(shipped.get(name)!)).map(([name]) => name);
    // Built from other sources: run `npm run test:firefox`, which makes both from the same tree.
    expect(differ, `${relative(process.cwd(), SHIPPED_ZIP)} and ${relative(process.cwd(), EXTENSION_PATH)} differ`).toEqual([]);

    const manifest = (files: Map<string, Buffer>) => JSON.parse(files.get('manifest.json')!.toString('utf8'));
    const { host_permissions: testOnly, ...testedManifest } = manifest(tested);
    expect(testOnly).toEqual(['*://*.test/*']);
    expect(manifest(shipped)).toEqual(testedManifest);
    expect(manifest(shipped)).not.toHaveProperty('host_permissions');
  });

  it('for a new person: welcome, a site added on the options page with the browser’s permission, its pause before paint, Continue', async () => {
    firefox = await launchFirefox({ package: SHIPPED_ZIP });

    // Installed: the welcome page opens by itself.
    const welcome = await tabOf(firefox, 'welcome.html', 'the welcome page');
    await byRole(welcome, 'heading', 'Welcome to Steady');
    await waitForText(welcome, 'A self-help tool, not therapy or a crisis service.');
    const installed = await firefox.inExtension(async () => {
      const { runtime, permissions } = (globalThis as any).browser;
      return { manifest: runtime.getManifest(), granted: await permissions.getAll() };
    }, null);
    // Firefox lists the manifest's host_permissions as [] when there are none.
    expect(installed.manifest.host_permissions ?? []).toEqual([]);
    expect(installed.granted.origins).toEqual([]);
    // Nothing is chosen yet, so nothing pauses.
    const before = await visit(firefox, at('www.news.test'));
    expect((await paintProbe(before)).coverAtFirstScript).toBe(false);
    expect(await staysWithoutCard(before, 300)).toBe(true);
    await before.close();

    // From the welcome page to the options page, as a person goes.
    await welcome.bringToFront();
    await (await byRole(welcome, 'button', 'Choose sites and words')).click();
    const options = await tabOf(firefox, 'options.html', 'the options page');
    await (await byRole(options, 'textbox', /^Site \(/)).type('news.test');
    await (await byRole(options, 'textbox', /^Your own label/)).type('Busy news');
    // A real click: the form's submit handler asks for the site in the person's gesture.
    await (await byRole(options, 'button', 'Add site')).click();
    await waitFor(
      async () => (await options.$('[role=alert]')) || (await options.$('[aria-label="Your sites"]')),
      'the site list or an error',
    );
    expect(await options.$$eval('[role=alert]', (els) => els.map((el) => (el as HTMLElement).innerText))).toEqual([]);
    expect(await textOf(await byRole(options, 'list', 'Your sites'))).toContain('Busy news');

    // The browser granted exactly that site (and its subdomains), asked from an extension page.
    const granted = await firefox.inExtension(() => (globalThis as any).browser.permissions.getAll(), null);
    expect([...granted.origins].sort()).toEqual(['*://*.news.test/*', '*://news.test/*']);
    await waitFor(async () => (await registeredMatches(firefox!)).includes('*://news.test/*'), 'the pause script on news.test');

    // The site is paused: covered before the page's first script, the card in Steady's own frame.
    const page = await visit(firefox, at('www.news.test'));
    const card = await waitForCard(page);
    expect((await paintProbe(page)).coverAtFirstScript).toBe(true);
    expect(await textOf(await byRole(card, 'heading', 'Pause for: Busy news'))).toBe('Pause for: Busy news');
    await clickInCard(page, 'Continue');
    await waitForNoCard(page);
    expect(await topLevel(page)).toEqual(['head', 'body']);
    expect(await page.evaluate(() => ({ ran: (window as any).pageScriptRan, inert: document.body.inert }))).toEqual({ ran: true, inert: false });
  });
});
