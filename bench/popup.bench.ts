// Popup time to first interactive render: from the start of navigation to the moment the
// "I need a moment" button exists and is enabled, measured in Chromium with the built extension.
// Baselines, measured the same way in the same run: a static page holding just that one button, served
// from the extension's own origin (what any extension page pays before its first script), and the
// same page as a data: URL (what a plain web page pays).
import { existsSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { EXTENSION_PATH, launchSteady } from '../tests/e2e/harness';
import { compare, median, round, type BenchResult } from './types';

const RUNS = 15;
const BUTTON = 'I need a moment';
const STATIC_PAGE = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Baseline</title></head><body><button type="button">${BUTTON}</button></body></html>`;
const DATA_URL = `data:text/html,${encodeURIComponent(STATIC_PAGE)}`;
// Written into the test build only for this run (Chromium reads unpacked extension files from disk
// on each request) and removed afterwards, so the shipped extension never carries it.
const BASELINE_FILE = 'bench-baseline.html';

/**
 * Runs before any page script and records, relative to navigation start, when the button first
 * appears enabled. A MutationObserver sees it in the same task it is inserted, so no polling delay
 * is added to either side.
 */
function watchForButton(name: string): void {
  const w = window as unknown as { __interactiveAt?: number };
  const found = () => [...document.querySelectorAll('button')].some((b) => b.textContent?.trim() === name && !b.disabled);
  const observer = new MutationObserver(() => {
    if (w.__interactiveAt === undefined && found()) {
      w.__interactiveAt = performance.now();
      observer.disconnect();
    }
  });
  observer.observe(document, { childList: true, subtree: true, attributes: true, characterData: true });
}

async function timeToInteractive(context: BrowserContext, url: string): Promise<number> {
  const page: Page = await context.newPage();
  try {
    await page.goto(url, { waitUntil: 'commit' });
    const handle = await page.waitForFunction(() => (window as unknown as { __interactiveAt?: number }).__interactiveAt, undefined, { timeout: 10_000, polling: 20 });
    return (await handle.jsonValue()) as number;
  } finally {
    await page.close();
  }
}

export async function benchPopup(): Promise<BenchResult[]> {
  if (!existsSync(join(EXTENSION_PATH, 'popup.html'))) {
    throw new Error('No test build found: run `STEADY_E2E=1 npx wxt build` before the popup bench.');
  }
  const baselinePath = join(EXTENSION_PATH, BASELINE_FILE);
  writeFileSync(baselinePath, STATIC_PAGE);
  const steady = await launchSteady();
  try {
    await steady.context.addInitScript(watchForButton, BUTTON);
    const popupUrl = steady.url('popup.html');
    const sameOriginUrl = steady.url(BASELINE_FILE);
    // The first open pays for process start-up and caches: report it on its own, then warm the
    // baselines and alternate so machine noise falls on every side alike.
    const cold = await timeToInteractive(steady.context, popupUrl);
    await timeToInteractive(steady.context, sameOriginUrl);
    await timeToInteractive(steady.context, DATA_URL);
    const popup: number[] = [];
    const sameOrigin: number[] = [];
    const dataUrl: number[] = [];
    for (let i = 0; i < RUNS; i++) {
      popup.push(await timeToInteractive(steady.context, popupUrl));
      sameOrigin.push(await timeToInteractive(steady.context, sameOriginUrl));
      dataUrl.push(await timeToInteractive(steady.context, DATA_URL));
    }
    return [
      compare(`popup: "${BUTTON}" interactive vs a static extension page (median of ${RUNS})`, median(popup), 'ms', median(sameOrigin)),
      compare(`popup: "${BUTTON}" interactive vs a static data: page (median of ${RUNS})`, median(popup), 'ms', median(dataUrl)),
      { name: 'popup: first open in a fresh browser', value: round(cold), unit: 'ms' },
    ];
  } finally {
    await steady.close();
    rmSync(baselinePath, { force: true });
  }
}

// Run on its own: STEADY_BENCH_POPUP=1 npx vite-node bench/popup.bench.ts (vite-node hides the script
// path from process.argv, so an environment variable says "run now").
if (process.env.STEADY_BENCH_POPUP === '1') {
  console.table(await benchPopup());
}
