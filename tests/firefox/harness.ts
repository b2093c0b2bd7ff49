import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import JSZip from 'jszip';
import puppeteer, { type Browser, type ElementHandle, type Frame, type Page } from 'puppeteer-core';

/**
 * The Firefox end-to-end harness: the Firefox test build (`STEADY_E2E=1 wxt build -b firefox`), or
 * the very zip `npm run zip` ships (`package: SHIPPED_ZIP`), installed as an unsigned XPI into a
 * fresh profile of real Firefox (ESR is enough), driven by puppeteer-core over WebDriver BiDi. No
 * geckodriver.
 *
 * - The XPI goes into `<profile>/extensions/<gecko id>.xpi`, so Firefox installs it at start-up as a
 *   normal, lasting add-on: a relaunch on the same profile finds it (and its storage) again, and
 *   `runtime.onInstalled` fires with reason "install" on the first start only.
 * - `extensions.webextensions.uuids` fixes the moz-extension UUID, so tests know every URL.
 * - The e2e build asks for `*://*.test/*` in host_permissions; Firefox grants MV3 host_permissions
 *   at install only while `extensions.originControls.grantByDefault` is true (desktop Firefox's
 *   default since 127), so it is set here and a test checks the grant.
 * - Test hosts resolve to 127.0.0.1 through `network.dns.localDomains` (exact names, no wildcards);
 *   the URLs carry the test server's port (see `Firefox.web`).
 */
export const FIREFOX_PATH = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';
export const EXTENSION_PATH = resolve('.output/firefox-mv3-e2e');
/** The Firefox zip `npm run zip` writes (`wxt zip -b firefox`: `<name>-<version>-firefox.zip`). */
export const SHIPPED_ZIP = (() => {
  const { name, version } = JSON.parse(readFileSync(resolve('package.json'), 'utf8'));
  return resolve(`.output/${name}-${version}-firefox.zip`);
})();
export const GECKO_ID = 'steady@steady-extension.org';
export const EXTENSION_UUID = '5d0e2c1a-7b3f-4e6a-9c84-2f1d6b9e0a37';
export const EXTENSION_ORIGIN = `moz-extension://${EXTENSION_UUID}`;

/** Every host a test may visit. `.test` is granted up front in the test build (not in the shipped zip); `.example` never is. */
export const TEST_HOSTS = [
  'news.test',
  'www.news.test',
  'feed.test',
  'other.test',
  'calm.test',
  'news.example',
  'www.news.example',
];

/** Keeps Firefox from reaching out anywhere (updates, telemetry, safe browsing, studies, ...). */
const QUIET_PREFS: Record<string, string | number | boolean> = {
  'app.update.auto': false,
  'app.update.enabled': false,
  'app.update.disabledForTesting': true,
  'app.normandy.enabled': false,
  'app.normandy.api_url': '',
  'app.shield.optoutstudies.enabled': false,
  'browser.aboutwelcome.enabled': false,
  'browser.discovery.enabled': false,
  'browser.newtabpage.enabled': false,
  'browser.newtabpage.activity-stream.feeds.telemetry': false,
  'browser.newtabpage.activity-stream.telemetry': false,
  'browser.newtabpage.activity-stream.feeds.system.topstories': false,
  'browser.newtabpage.activity-stream.feeds.topsites': false,
  'browser.ping-centre.telemetry': false,
  'browser.region.network.url': '',
  'browser.region.update.enabled': false,
  'browser.safebrowsing.blockedURIs.enabled': false,
  'browser.safebrowsing.downloads.enabled': false,
  'browser.safebrowsing.downloads.remote.enabled': false,
  'browser.safebrowsing.malware.enabled': false,
  'browser.safebrowsing.phishing.enabled': false,
  'browser.safebrowsing.provider.google.updateURL': '',
  'browser.safebrowsing.provider.google4.updateURL': '',
  'browser.safebrowsing.provider.mozilla.updateURL': '',
  'browser.search.geoip.url': '',
  'browser.search.update': false,
  'browser.shell.checkDefaultBrowser': false,
  'browser.startup.homepage_override.mstone': 'ignore',
  'browser.topsites.contile.enabled': false,
  'browser.translations.enable': false,
  'browser.urlbar.quicksuggest.enabled': false,
  'browser.urlbar.suggest.searches': false,
  'captivedetect.canonicalURL': '',
  'datareporting.healthreport.uploadEnabled': false,
  'datareporting.policy.dataSubmissionEnabled': false,
  'datareporting.usage.uploadEnabled': false,
  'extensions.blocklist.enabled': false,
  'extensions.getAddons.cache.enabled': false,
  'extensions.systemAddon.update.enabled': false,
  'extensions.update.enabled': false,
  'geo.provider.network.url': '',
  'identity.fxaccounts.enabled': false,
  'media.gmp-manager.updateEnabled': false,
  'network.captive-portal-service.enabled': false,
  'network.connectivity-service.enabled': false,
  'network.dns.disablePrefetch': true,
  'network.http.speculative-parallel-limit': 0,
  'network.prefetch-next': false,
  'network.proxy.type': 0,
  'network.trr.mode': 5,
  'security.OCSP.enabled': 0,
  'security.remote_settings.crlite_filters.enabled': false,
  'services.settings.server': 'http://127.0.0.1:9/',
  'toolkit.telemetry.enabled': false,
  'toolkit.telemetry.server': '',
  'toolkit.telemetry.unified': false,
  'toolkit.telemetry.archive.enabled': false,
  'toolkit.telemetry.reportingpolicy.firstRun': false,
};

export interface LaunchOptions {
  /** Reuse a profile (a browser restart); a fresh one is made otherwise. */
  profileDir?: string;
  /** More exact host names that resolve to 127.0.0.1. */
  hosts?: string[];
  /** Extra preferences for this launch. */
  prefs?: Record<string, string | number | boolean>;
  /**
   * A zip to install byte for byte as it is (SHIPPED_ZIP: the shipped package) instead of the
   * test build (EXTENSION_PATH, packed here).
   */
  package?: string;
}

export interface Firefox {
  browser: Browser;
  profileDir: string;
  downloadsDir: string;
  /** moz-extension URL of one of Steady's pages. */
  url: (path: string) => string;
  /** Opens one of Steady's pages in a new tab, once it has loaded. */
  open: (path: string) => Promise<Page>;
  /** Runs `fn` with the extension's privileges (in a tab of Steady's own origin). */
  inExtension: <A, R>(fn: (arg: A) => R | Promise<R>, arg: A) => Promise<R>;
  close: (opts?: { keepProfile?: boolean }) => Promise<void>;
}

let xpi: Promise<Buffer> | undefined;

/** The test build as an XPI (a zip with manifest.json at its root), made once per run. */
function packXpi(): Promise<Buffer> {
  xpi ??= (async () => {
    const zip = new JSZip();
    const walk = (dir: string) => {
      for (const name of readdirSync(dir)) {
        const path = join(dir, name);
        if (statSync(path).isDirectory()) walk(path);
        else zip.file(relative(EXTENSION_PATH, path).split('\\').join('/'), readFileSync(path));
      }
    };
    walk(EXTENSION_PATH);
    return zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
  })();
  return xpi;
}

export async function launchFirefox(options: LaunchOptions = {}): Promise<Firefox> {
  if (!existsSync(FIREFOX_PATH)) throw new Error(`No Firefox at ${FIREFOX_PATH}: install Debian's firefox-esr or set FIREFOX_PATH.`);
  if (options.package ? !existsSync(options.package) : !existsSync(join(EXTENSION_PATH, 'manifest.json'))) {
    throw new Error(
      options.package
        ? `No ${relative(process.cwd(), options.package)}: run \`npx wxt zip -b firefox\` (npm run test:firefox does).`
        : 'No Firefox test build: run `STEADY_E2E=1 npx wxt build -b firefox` (npm run test:firefox does).',
    );
  }
  const profileDir = options.profileDir ?? mkdtempSync(join(tmpdir(), 'steady-firefox-'));
  const downloadsDir = join(profileDir, 'test-downloads');
  mkdirSync(join(profileDir, 'extensions'), { recursive: true });
  mkdirSync(downloadsDir, { recursive: true });
  writeFileSync(join(profileDir, 'extensions', `${GECKO_ID}.xpi`), options.package ? readFileSync(options.package) : await packXpi());

  const browser = await puppeteer.launch({
    browser: 'firefox',
    protocol: 'webDriverBiDi',
    executablePath: FIREFOX_PATH,
    headless: true,
    userDataDir: profileDir,
    // Lets WebDriver BiDi open and script moz-extension:// pages.
    args: ['--remote-allow-system-access'],
    extraPrefsFirefox: {
      ...QUIET_PREFS,
      // The unsigned test build, installed from the profile and enabled without asking.
      'xpinstall.signatures.required': false,
      'extensions.autoDisableScopes': 0,
      'extensions.enabledScopes': 5,
      'extensions.webextensions.uuids': JSON.stringify({ [GECKO_ID]: EXTENSION_UUID }),
      'extensions.originControls.grantByDefault': true,
      // permissions.request() still needs a real click (user input) and origins declared in the
      // manifest, but is answered "allow" without a doorhanger no test could press.
      'extensions.webextOptionalPermissionPrompts': false,
      'network.dns.localDomains': [...TEST_HOSTS, ...(options.hosts ?? [])].join(','),
      // Plain http test sites: no HTTPS-first detour.
      'dom.security.https_first': false,
      'dom.security.https_first_pbm': false,
      'dom.security.https_first_schemeless': false,
      'dom.security.https_only_mode': false,
      // Downloads land in a folder the test reads, without a dialog.
      'browser.download.dir': downloadsDir,
      'browser.download.folderList': 2,
      'browser.download.useDownloadDir': true,
      'browser.download.always_ask_before_handling_new_types': false,
      'browser.download.alwaysOpenPanel': false,
      'browser.download.start_downloads_in_tmp_dir': false,
      ...options.prefs,
    },
  });

  const url = (path: string) => `${EXTENSION_ORIGIN}/${path.replace(/^\//, '')}`;
  let helper: Page | undefined;
  const open = async (path: string) => {
    const page = await browser.newPage();
    await gotoExtensionPage(page, url(path));
    // A background tab's frames are throttled; puppeteer's click waits for an IntersectionObserver.
    await page.bringToFront();
    return page;
  };
  return {
    browser,
    profileDir,
    downloadsDir,
    url,
    open,
    async inExtension(fn, arg) {
      if (!helper || helper.isClosed()) {
        // Its own window, opened behind: the tab under test stays the active one, and the helper,
        // being its window's selected tab, is not throttled either.
        helper = await browser.newPage({ type: 'window', background: true });
        await gotoExtensionPage(helper, url('popup.html'));
      }
      return helper.evaluate(fn as never, arg as never) as never;
    },
    async close({ keepProfile = false } = {}) {
      if (keepProfile) {
        // A real shutdown, so the profile holds everything written (a browser restart).
        await browser.close();
        return;
      }
      // Nothing of this profile is needed again: no need to wait for a clean shutdown.
      const child = browser.process();
      await Promise.race([browser.close(), new Promise((r) => setTimeout(r, 1_000))]);
      if (child && child.exitCode === null && child.signalCode === null) {
        const exited = new Promise((r) => child.once('exit', r));
        child.kill('SIGKILL');
        await exited;
      }
      rmSync(profileDir, { recursive: true, force: true });
    },
  };
}

/** Polls `check` until it returns a truthy value; errors while polling count as "not yet". */
export async function waitFor<T>(check: () => Promise<T> | T, what: string, timeout = 10_000, every = 50): Promise<NonNullable<T>> {
  const end = Date.now() + timeout;
  let last: unknown;
  for (;;) {
    try {
      const value = await check();
      if (value) return value as NonNullable<T>;
    } catch (error) {
      last = error;
    }
    if (Date.now() > end) throw new Error(`Timed out waiting for ${what}${last ? ` (last error: ${String(last)})` : ''}`);
    await new Promise((r) => setTimeout(r, every));
  }
}

/**
 * Navigates a tab to one of Steady's pages. Firefox sends no load events over BiDi for
 * moz-extension documents, so `page.goto` never settles there (puppeteer issue 14314): start the
 * navigation, then wait until the document itself says it has loaded.
 */
export async function gotoExtensionPage(page: Page, target: string): Promise<void> {
  void page.goto(target, { timeout: 15_000 }).catch(() => undefined);
  await waitFor(
    () => page.evaluate((t) => location.href === t && document.readyState === 'complete', target),
    `${target} to load`,
  );
}

/**
 * The tab showing one of Steady's pages that Steady opened itself (the welcome page, the options
 * page), once loaded; undefined when there is none. Asked of every tab: puppeteer's page.url()
 * stays about:blank for a tab that navigates to a moz-extension page (no BiDi events).
 */
export async function extensionTab(firefox: Firefox, path: string): Promise<Page | undefined> {
  const target = firefox.url(path);
  for (const page of await firefox.browser.pages()) {
    const loaded = await page.evaluate((t) => location.href === t && document.readyState === 'complete', target).catch(() => false);
    if (loaded) return page;
  }
  return undefined;
}

/** Reloads one of Steady's pages (same load-event gap as above). */
export async function reloadExtensionPage(page: Page): Promise<void> {
  const target = await page.evaluate(() => {
    (window as any).__beforeReload = true;
    return location.href;
  });
  void page.reload({ timeout: 15_000 }).catch(() => undefined);
  await waitFor(
    () => page.evaluate((t) => !(window as any).__beforeReload && location.href === t && document.readyState === 'complete', target),
    `${target} to reload`,
  );
}

type Name = string | RegExp;
const nameArg = (name: Name) => (typeof name === 'string' ? { text: name } : { source: name.source, flags: name.flags });

/**
 * An element found by its role and accessible name, roughly the way assistive technology finds it
 * (explicit or implicit role; name from aria-labelledby, aria-label, the input's label, or the
 * text). Computed in the page: Firefox's own accessibility locator (BiDi locateNodes) never
 * answers in moz-extension documents and does not enter shadow roots, so it cannot be used here.
 */
export async function byRole(where: Page | Frame, role: string, name: Name, timeout = 10_000): Promise<ElementHandle<Element>> {
  const wanted = nameArg(name);
  return waitFor(
    async () => {
      const handle = await where.evaluateHandle(
        (role: string, wanted: { text?: string; source?: string; flags?: string }) => {
          const implicit: Record<string, string> = {
            button: 'button, input[type=button], input[type=submit], input[type=reset]',
            heading: 'h1, h2, h3, h4, h5, h6',
            link: 'a[href]',
            radio: 'input[type=radio]',
            checkbox: 'input[type=checkbox]',
            textbox: 'input:not([type]), input[type=text], input[type=search], input[type=url], input[type=email], input[type=tel], textarea',
            list: 'ul, ol',
            listitem: 'li',
            dialog: 'dialog',
            status: 'output',
          };
          const text = (el: Element | null | undefined) => ((el as HTMLElement | null)?.innerText ?? el?.textContent ?? '').replace(/\s+/g, ' ').trim();
          const nameOf = (el: Element): string => {
            const labelledBy = el.getAttribute('aria-labelledby');
            if (labelledBy) return labelledBy.split(/\s+/).map((id) => text(document.getElementById(id))).join(' ').trim();
            const label = el.getAttribute('aria-label');
            if (label) return label.trim();
            const labels = (el as HTMLInputElement).labels;
            if (labels && labels.length > 0) return [...labels].map((l) => text(l)).join(' ').trim();
            return text(el);
          };
          const matches = (value: string) => (wanted.text !== undefined ? value === wanted.text : new RegExp(wanted.source!, wanted.flags).test(value));
          const candidates = [...document.querySelectorAll(`[role="${role}"]${implicit[role] ? `, ${implicit[role]}` : ''}`)];
          return candidates.find((el) => (!el.hasAttribute('role') || el.getAttribute('role') === role) && matches(nameOf(el))) ?? null;
        },
        role,
        wanted,
      );
      const element = handle.asElement();
      if (element) return element as ElementHandle<Element>;
      await handle.dispose();
      return null;
    },
    `a ${role} named ${String(name)}`,
    timeout,
  );
}

/** The text of an element, as it reads on screen. */
export function textOf(element: ElementHandle<Element>): Promise<string> {
  return element.evaluate((el) => (el as HTMLElement).innerText ?? el.textContent ?? '');
}

/** Waits until the page's visible text contains `text`. */
export async function waitForText(page: Page | Frame, text: string, timeout = 10_000): Promise<void> {
  await waitFor(() => page.evaluate((t) => document.body?.innerText.includes(t), text), `the text “${text}”`, timeout);
}

// --- Steady's own state, read and written with the extension's privileges -----------------------

/** What the extension has stored under `prefs`. */
export function storedPrefs(firefox: Firefox): Promise<Record<string, any>> {
  return firefox.inExtension(async () => (await (globalThis as any).browser.storage.local.get('prefs')).prefs, null);
}

/**
 * Test setup shortcut: writes preferences (a partial merge one level deep) and waits until the
 * page scripts' registration follows.
 */
export async function setPrefs(firefox: Firefox, patch: Record<string, any>): Promise<void> {
  const next = await firefox.inExtension(async (p) => {
    const { storage } = (globalThis as any).browser;
    let { prefs } = await storage.local.get('prefs');
    // On a fresh profile the background writes the defaults just after it starts.
    for (let i = 0; !prefs && i < 100; i++) {
      await new Promise((r) => setTimeout(r, 50));
      ({ prefs } = await storage.local.get('prefs'));
    }
    const merged = { ...prefs };
    for (const [k, v] of Object.entries(p)) merged[k] = v && typeof v === 'object' && !Array.isArray(v) ? { ...prefs[k], ...v } : v;
    await storage.local.set({ prefs: merged });
    return merged;
  }, patch);
  if ('sites' in patch || 'triggers' in patch) {
    const hosts = [...next.sites.map((s: { host: string }) => s.host), ...next.triggers.flatMap((t: { hosts: string[] }) => t.hosts)];
    await waitFor(async () => {
      const matches = await registeredMatches(firefox);
      return hosts.every((h: string) => matches.some((m) => m.includes(`//${h}/`)));
    }, 'the page scripts to be registered for the new sites');
  }
}

export function registeredMatches(firefox: Firefox): Promise<string[]> {
  return firefox.inExtension(async () => {
    const scripts = await (globalThis as any).browser.scripting.getRegisteredContentScripts();
    return scripts.flatMap((s: { matches?: string[] }) => s.matches ?? []);
  }, null);
}

export function site(host: string, extra: Record<string, unknown> = {}) {
  return { id: host.replace(/[^a-z0-9]/g, '-'), host, includeSubdomains: true, pathPrefix: '', label: '', ...extra };
}

/** A word list as the options page saves it; 'blur' is the veil action in its blur style. */
export function wordList(id: string, words: string[], action: 'pause' | 'veil' | 'blur' | 'hide', hosts: string[], extra: Record<string, unknown> = {}) {
  const look = action === 'blur' ? { action: 'veil', veilStyle: 'blur' } : { action, veilStyle: 'solid' };
  return { id, label: '', words, ...look, everySite: false, hosts, enabled: true, skipPageParts: true, wordEndings: false, endsAt: 0, lastsDays: 0, ...extra };
}

// --- Web pages and Steady's pause in them --------------------------------------------------------

/** Opens `url` (a test site: http://<host>:<port>/...) in a new, active tab. */
export async function visit(firefox: Firefox, url: string): Promise<Page> {
  const page = await firefox.browser.newPage();
  await page.goto(url);
  await page.bringToFront();
  return page;
}

/** What the page's own first script saw (PAINT_PROBE in tests/e2e/server.ts). */
export function paintProbe(page: Page): Promise<{ coverAtFirstScript: boolean; firstScriptAt: number }> {
  return page.evaluate(() => (window as any).__probe);
}

/** The elements directly under <html>: ['head', 'body'] when Steady left no trace. */
export function topLevel(page: Page): Promise<string[]> {
  return page.evaluate(() => [...document.documentElement.children].map((c) => c.localName));
}

/**
 * The pause card: Steady's own page (moz-extension://…/card.html) in a frame inside the cover.
 * Found by the document it holds; puppeteer's frame.url() stays about:blank for extension frames
 * (no load events over BiDi), so each frame is asked for its location.
 */
export async function cardFrame(page: Page): Promise<Frame | undefined> {
  for (const frame of page.frames()) {
    if (frame === page.mainFrame() || frame.detached) continue;
    const href = await frame.evaluate(() => location.href).catch(() => '');
    if (href.startsWith(`${EXTENSION_ORIGIN}/`) && href.includes('card.html')) return frame;
  }
  return undefined;
}

/** A pause card is showing, with its choices ready (the bare cover alone does not count). */
async function openCard(page: Page): Promise<Frame | undefined> {
  const frame = await cardFrame(page);
  if (!frame) return undefined;
  const ready = await frame
    .evaluate(() => [...document.querySelectorAll('button')].some((b) => b.textContent?.trim() === 'Continue' && b.getClientRects().length > 0))
    .catch(() => false);
  return ready ? frame : undefined;
}

export function waitForCard(page: Page, timeout = 10_000): Promise<Frame> {
  return waitFor(() => openCard(page), 'the pause card', timeout);
}

export async function waitForNoCard(page: Page, timeout = 5_000): Promise<void> {
  await waitFor(async () => !(await openCard(page)), 'the pause card to go away', timeout);
}

/** True when no card shows up within `ms` (a pause that should not happen). */
export async function staysWithoutCard(page: Page, ms = 1_000): Promise<boolean> {
  const end = Date.now() + ms;
  while (Date.now() < end) {
    if (await openCard(page)) return false;
    await new Promise((r) => setTimeout(r, 50));
  }
  return true;
}

/** Clicks one of the card's buttons with real (trusted) mouse input. */
export async function clickInCard(page: Page, name: string): Promise<void> {
  const frame = await waitForCard(page);
  await clickInFrame(page, await byRole(frame, 'button', name));
}

/**
 * A real (trusted) mouse click on an element of one of the page's frames, at its place in the
 * window. Not puppeteer's element.click(): that finds the frame's <iframe> with BiDi's "context"
 * locator, which Firefox 140 does not know ("Expected "locator.type" to be one of accessibility,
 * css,innerText,xpath"). The frame's offset is the difference of the two windows' screen positions.
 */
export async function clickInFrame(page: Page, element: ElementHandle<Element>): Promise<void> {
  const at = await element.evaluate((el) => {
    el.scrollIntoView({ block: 'center', inline: 'center' });
    const box = el.getBoundingClientRect();
    const win = window as any;
    return { x: win.mozInnerScreenX + box.left + box.width / 2, y: win.mozInnerScreenY + box.top + box.height / 2 };
  });
  const origin = await page.evaluate(() => ({ x: (window as any).mozInnerScreenX, y: (window as any).mozInnerScreenY }));
  await page.mouse.click(at.x - origin.x, at.y - origin.y);
}

/** The names of the card's buttons, in order. */
export async function cardButtons(page: Page): Promise<string[]> {
  const frame = await waitForCard(page);
  return frame.$$eval('button', (buttons) => buttons.filter((b) => b.getClientRects().length > 0).map((b) => (b.getAttribute('aria-label') ?? b.innerText).trim()));
}
