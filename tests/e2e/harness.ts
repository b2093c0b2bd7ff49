import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type BrowserContext, type Page, type Worker } from 'playwright-core';
import type { PauseSession } from '../../lib/pause/session';

export const EXTENSION_PATH = resolve('.output/chrome-mv3-e2e');
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export interface Steady {
  context: BrowserContext;
  extensionId: string;
  userDataDir: string;
  worker: () => Promise<Worker>;
  url: (page: string) => string;
  open: (page: string) => Promise<Page>;
  /** Stops the service worker the way Chrome does when it goes idle. */
  stopWorker: () => Promise<void>;
  close: (opts?: { keepProfile?: boolean }) => Promise<void>;
}

export interface LaunchOptions {
  userDataDir?: string;
  /** Port of the local test server: every *.test host resolves to it. */
  serverPort?: number;
  extraArgs?: string[];
  /** Another build of the extension than the test build (to compare two builds). */
  extensionPath?: string;
}

export async function launchSteady(options: LaunchOptions = {}): Promise<Steady> {
  if (!existsSync(CHROMIUM_PATH)) throw new Error(`No Chromium at ${CHROMIUM_PATH}: install Debian's chromium or set CHROMIUM_PATH.`);
  const extensionPath = options.extensionPath ?? EXTENSION_PATH;
  if (!existsSync(join(extensionPath, 'manifest.json'))) throw new Error('No test build found: run `STEADY_E2E=1 npx wxt build` (npm run test:e2e does).');
  const userDataDir = options.userDataDir ?? mkdtempSync(join(tmpdir(), 'steady-e2e-'));
  const rules = options.serverPort ? [`--host-resolver-rules=MAP *.test 127.0.0.1:${options.serverPort}, MAP *.example 127.0.0.1:${options.serverPort}`] : [];
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: [
      `--disable-extensions-except=${extensionPath}`,
      `--load-extension=${extensionPath}`,
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      ...rules,
      ...(options.extraArgs ?? []),
    ],
  });
  const worker = async () => {
    const live = context.serviceWorkers().find((w) => w.url().startsWith('chrome-extension://'));
    return live ?? context.waitForEvent('serviceworker', { timeout: 15_000 });
  };
  const extensionId = new URL((await worker()).url()).host;
  const url = (page: string) => `chrome-extension://${extensionId}/${page}`;
  return {
    context,
    extensionId,
    userDataDir,
    worker,
    url,
    async open(page) {
      const tab = await context.newPage();
      await tab.goto(url(page));
      return tab;
    },
    async stopWorker() {
      // Must be a page of the extension's own origin for the ServiceWorker domain to see its worker.
      const tab = await context.newPage();
      await tab.goto(url('popup.html'));
      const cdp = await context.newCDPSession(tab);
      const status = (wanted: string) =>
        new Promise<string>((done) =>
          cdp.on('ServiceWorker.workerVersionUpdated', ({ versions }) => {
            const ours = versions.find((v) => v.scriptURL.startsWith(url('')));
            if (ours?.runningStatus === wanted) done(ours.versionId);
          }),
        );
      const running = status('running');
      await cdp.send('ServiceWorker.enable');
      const versionId = await running;
      const stopped = status('stopped');
      await cdp.send('ServiceWorker.stopWorker', { versionId });
      await stopped;
      await cdp.detach();
      await tab.close();
    },
    async close({ keepProfile = false } = {}) {
      await context.close();
      if (!keepProfile) rmSync(userDataDir, { recursive: true, force: true });
    },
  };
}

// The worker's own `chrome`, as seen from code evaluated inside it.
declare const chrome: any;

/** Reads what the extension has stored, straight from its own storage. */
export async function storedPrefs(steady: Steady): Promise<Record<string, any>> {
  const worker = await steady.worker();
  return worker.evaluate(async () => (await chrome.storage.local.get('prefs')).prefs);
}

/**
 * Test setup shortcut: writes preferences from inside the background (a partial merge one level
 * deep) and waits until the pause script's registration matches the sites.
 */
export async function setPrefs(steady: Steady, patch: Record<string, any>): Promise<void> {
  const worker = await steady.worker();
  const next = await worker.evaluate(async (p) => {
    let { prefs } = await chrome.storage.local.get('prefs');
    // On a fresh profile the background writes the defaults just after it starts.
    for (let i = 0; !prefs && i < 100; i++) {
      await new Promise((r) => setTimeout(r, 50));
      ({ prefs } = await chrome.storage.local.get('prefs'));
    }
    const next = { ...prefs };
    for (const [k, v] of Object.entries(p)) next[k] = v && typeof v === 'object' && !Array.isArray(v) ? { ...prefs[k], ...v } : v;
    await chrome.storage.local.set({ prefs: next });
    return next;
  }, patch);
  if ('sites' in patch || 'triggers' in patch) {
    // A list past its end date registers nothing, as an off one does.
    const on = (t: { enabled: boolean; endsAt?: number }) => t.enabled && !(t.endsAt && t.endsAt <= Date.now());
    const expected = next.sites.length + next.triggers.filter(on).length;
    await waitForRegistration(steady, expected > 0);
  }
}

export async function waitForRegistration(steady: Steady, present: boolean): Promise<void> {
  const worker = await steady.worker();
  for (let i = 0; i < 100; i++) {
    const scripts = await worker.evaluate(() => chrome.scripting.getRegisteredContentScripts());
    if ((scripts.length > 0) === present) {
      // Give a second registration (pause and words scripts) the same chance to land.
      await new Promise((r) => setTimeout(r, 100));
      return;
    }
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error('The pause script registration did not follow the sites.');
}

export async function registeredMatches(steady: Steady): Promise<string[]> {
  const worker = await steady.worker();
  const scripts = await worker.evaluate(() => chrome.scripting.getRegisteredContentScripts());
  return scripts.flatMap((s: { matches?: string[] }) => s.matches ?? []);
}

/** The pages the pause script leaves out now (sites continued this session). */
export async function pauseScriptLeavesOut(steady: Steady): Promise<string[]> {
  const worker = await steady.worker();
  const scripts = await worker.evaluate(() => chrome.scripting.getRegisteredContentScripts({ ids: ['steady-pause'] }));
  return scripts.flatMap((s: { excludeMatches?: string[] }) => s.excludeMatches ?? []);
}

/**
 * How many of Steady's script worlds a load of `url` in a new tab gets, read from the browser's
 * own devtools protocol (each content script of an extension runs in a world named after it).
 */
export async function steadyWorldsOn(steady: Steady, url: string): Promise<number> {
  const page = await steady.context.newPage();
  try {
    const cdp = await steady.context.newCDPSession(page);
    const worlds = new Set<number>();
    cdp.on('Runtime.executionContextCreated', ({ context }) => {
      if (context.origin.startsWith(`chrome-extension://${steady.extensionId}`) || context.name === 'Steady') worlds.add(context.id);
    });
    await cdp.send('Runtime.enable');
    await page.goto(url, { waitUntil: 'load' });
    await page.waitForTimeout(300);
    return worlds.size;
  } finally {
    await page.close();
  }
}

export async function setSession(steady: Steady, session: PauseSession): Promise<void> {
  const worker = await steady.worker();
  await worker.evaluate((s) => chrome.storage.session.set({ pauseSession: s }), session);
}

export async function getSession(steady: Steady): Promise<PauseSession> {
  const worker = await steady.worker();
  return worker.evaluate(async () => (await chrome.storage.session.get('pauseSession')).pauseSession);
}

/** "Not now on this site" choices: key -> until when, kept in storage.local (they outlast the browser session). */
export async function getSnoozes(steady: Steady): Promise<Record<string, number>> {
  const worker = await steady.worker();
  return worker.evaluate(async () => (await chrome.storage.local.get('pauseSnoozes')).pauseSnoozes ?? {});
}

export async function setSnoozes(steady: Steady, snoozes: Record<string, number>): Promise<void> {
  const worker = await steady.worker();
  await worker.evaluate((s) => chrome.storage.local.set({ pauseSnoozes: s }), snoozes);
}

export function site(host: string, extra: Record<string, unknown> = {}) {
  return { id: host.replace(/[^a-z0-9]/g, '-'), host, includeSubdomains: true, pathPrefix: '', label: '', ...extra };
}

/** A word list as the options page saves it; 'blur' is the veil action in its blur style. */
export function wordList(id: string, words: string[], action: 'pause' | 'veil' | 'blur' | 'hide', hosts: string[], extra: Record<string, unknown> = {}) {
  const look = action === 'blur' ? { action: 'veil', veilStyle: 'blur' } : { action, veilStyle: 'solid' };
  return { id, label: '', words, ...look, everySite: false, hosts, enabled: true, skipPageParts: true, wordEndings: false, endsAt: 0, lastsDays: 0, ...extra };
}

/**
 * Opens the toolbar popup over the current tab, as a click on Steady's icon does, and returns a way
 * to run code in it. Playwright does not list the action popup as a page, so this talks to it over
 * the DevTools protocol; `userGesture` makes a scripted click count as the person's own.
 */
export async function openActionPopup(steady: Steady, over: Page): Promise<{ evaluate: (expression: string) => Promise<unknown> }> {
  await over.bringToFront();
  await (await steady.worker()).evaluate(() => chrome.action.openPopup());
  const cdp = await steady.context.newCDPSession(over);
  let target: { targetId: string } | undefined;
  for (let i = 0; !target && i < 50; i++) {
    const { targetInfos } = await cdp.send('Target.getTargets');
    target = targetInfos.find((t) => t.type === 'page' && t.url === steady.url('popup.html'));
    if (!target) await new Promise((r) => setTimeout(r, 100));
  }
  if (!target) throw new Error('The toolbar popup did not open.');
  const { sessionId } = await cdp.send('Target.attachToTarget', { targetId: target.targetId, flatten: false });
  const pending = new Map<number, (message: any) => void>();
  let nextId = 0;
  cdp.on('Target.receivedMessageFromTarget', (event) => {
    const message = JSON.parse(event.message);
    pending.get(message.id)?.(message);
  });
  return {
    async evaluate(expression) {
      const id = ++nextId;
      const reply = new Promise<any>((resolve) => pending.set(id, resolve));
      const params = { expression, userGesture: true, awaitPromise: true, returnByValue: true };
      await cdp.send('Target.sendMessageToTarget', { sessionId, message: JSON.stringify({ id, method: 'Runtime.evaluate', params }) });
      const message = await reply;
      if (message.result?.exceptionDetails) throw new Error(message.result.exceptionDetails.text);
      return message.result?.result?.value;
    },
  };
}
