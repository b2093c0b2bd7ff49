import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { EXTENSION_PATH, launchSteady, setPrefs, setSession, site } from '../tests/e2e/harness';
import { page as html, startServer } from '../tests/e2e/server';
import { compare, median, round, type BenchResult } from './types';

const RUNS = 15;

/** A large, ordinary article page (about 1 MB of HTML, 6,000 elements). */
function largePage(): string {
  const para = (i: number) =>
    `<article><h2>Story ${i}</h2><p>Paragraph ${i}: ${'An ordinary sentence about everyday things, nothing more. '.repeat(8)}</p><ul><li>One</li><li>Two</li></ul></article>`;
  return html('Large page', Array.from({ length: 1500 }, (_, i) => para(i)).join(''));
}

async function loadTimes(page: Page, url: string): Promise<{ load: number; fcp: number; coverBy: number | null }> {
  await page.goto(url, { waitUntil: 'load' });
  return page.evaluate(async () => {
    const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming;
    const fcp = await new Promise<number>((resolve) => {
      const found = performance.getEntriesByName('first-contentful-paint')[0];
      if (found) return resolve(found.startTime);
      new PerformanceObserver((list) => resolve(list.getEntries()[0]!.startTime)).observe({ type: 'paint', buffered: true });
      setTimeout(() => resolve(NaN), 3000);
    });
    const probe = (window as any).__probe;
    return { load: nav.loadEventEnd - nav.startTime, fcp, coverBy: probe?.coverAtFirstScript ? probe.firstScriptAt : null };
  });
}

const gzipKiB = (files: string[]) =>
  round(files.reduce((sum, file) => sum + gzipSync(readFileSync(join(EXTENSION_PATH, file)), { level: 9 }).length, 0) / 1024);

/** card.html and every script and stylesheet it loads (its imports are preloaded, so listed in the HTML). */
function cardFiles(): string[] {
  const html = readFileSync(join(EXTENSION_PATH, 'card.html'), 'utf8');
  return ['card.html', ...[...html.matchAll(/(?:src|href)="\/([^"]+)"/g)].map((m) => m[1]!)];
}

export async function benchPause(): Promise<BenchResult[]> {
  const big = largePage();
  const server = await startServer((url) => (url.pathname === '/large' ? { body: big } : undefined));
  const steady = await launchSteady({ serverPort: server.port });
  try {
    await setPrefs(steady, { sites: [site('news.test')], pause: { frequency: 'once-per-session' } });
    await setSession(steady, { continued: { 'news-test': Date.now() }, shownAt: {}, snoozedUntil: {}, waitStartedAt: {} });
    const page = await steady.context.newPage();
    // Warm both hosts once, then alternate so machine noise hits both sides alike.
    await loadTimes(page, 'http://other.test/large');
    await loadTimes(page, 'http://news.test/large');
    const without: number[] = [];
    const withSteady: number[] = [];
    const fcpWithout: number[] = [];
    for (let i = 0; i < RUNS; i++) {
      const a = await loadTimes(page, 'http://other.test/large');
      const b = await loadTimes(page, 'http://news.test/large');
      without.push(a.load);
      fcpWithout.push(a.fcp);
      withSteady.push(b.load);
    }

    // A page that is paused now: how soon the cover is in place, against when the page would first paint.
    await setPrefs(steady, { pause: { frequency: 'every-visit' } });
    const coverBy: number[] = [];
    for (let i = 0; i < RUNS; i++) {
      const { coverBy: at } = await loadTimes(page, 'http://news.test/large');
      if (at === null) throw new Error('The cover was not in place when the page began to run.');
      coverBy.push(at);
    }

    // What a chosen site that shows no pause loads: the page script alone, no card frame.
    await setPrefs(steady, { pause: { frequency: 'once-per-session' } });
    await loadTimes(page, 'http://news.test/large');
    const framesLoaded = page.frames().filter((f) => f.url().includes('card.html')).length;
    if (framesLoaded !== 0) throw new Error('A page that shows no pause loaded the card.');

    return [
      compare('page load, chosen site continued vs no Steady', median(withSteady), 'ms', median(without)),
      compare('navigation to cover vs first paint without Steady', median(coverBy), 'ms', median(fcpWithout)),
      { name: 'pause.js, all a chosen site that shows no pause loads (gzip)', value: gzipKiB(['pause.js']), unit: 'KiB' },
      { name: 'words.js, all a word-list page that shows no pause loads (gzip)', value: gzipKiB(['words.js']), unit: 'KiB' },
      { name: 'card page, loaded only when a pause shows (gzip, html + scripts + css)', value: gzipKiB(cardFiles()), unit: 'KiB' },
    ];
  } finally {
    await steady.close();
    await server.close();
  }
}
