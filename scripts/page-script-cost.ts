// What the size of a page script costs a page, apart from anything it does (issue 17): an extension
// this script writes runs, at document_start on a tiny page, each of
//   - an empty content script (the price of any content script: its world and its injection);
//   - the keyword blocker's whole method (as bench/page-cost.bench.ts writes it, 10 words);
//   - the built words.js, loaded and run up to, not into, its start (its parse, compile and module setup);
//   - the built words.js inside a function never called (what parsing it alone costs);
//   - Steady itself (the test build) with a blur list of 10 words found nowhere (all it does on such a page);
// and prints each one's added main-thread and script ms (medians; minus the same page with no extension).
//   STEADY_E2E=1 npx wxt build && npx vite-node scripts/page-script-cost.ts   (ROUNDS=25)
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext } from 'playwright-core';
import { absentWords, blockerBackground, blockerManifest, blockerReady, blockerScript, mainThreadMs, type LoadCost } from '../bench/page-cost.bench';
import { median } from '../bench/types';
import { CHROMIUM_PATH, EXTENSION_PATH, launchSteady, setPrefs, wordList } from '../tests/e2e/harness';
import { startServer } from '../tests/e2e/server';

const TINY = '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>A small page</title></head><body><p>Hello there.</p></body></html>';

async function main() {
  const words = readFileSync(join(EXTENSION_PATH, 'words.js'), 'utf8');
  // WXT's unlisted-script wrapper calls the script's main once; everything before that call is the cost of having the file.
  const START = /\b(\w+)=(\w+)\.main\(\)/;
  if (!START.test(words)) throw new Error('words.js: the call of its main was not found (has the WXT wrapper changed?)');
  const variants: Record<string, string> = {
    'empty script': ';',
    'keyword blocker': blockerScript('words10'),
    'words.js, loaded, not started': words.replace(START, '$1=void 0'),
    'words.js, parsed only': `function unused() {\n${words}\n}`,
  };
  const hostOf = (name: string) => `${name.replace(/[^a-z]+/g, '-')}.test`;
  const dir = join(tmpdir(), `steady-script-cost-${process.pid}`);
  mkdirSync(dir, { recursive: true });
  const scripts = Object.keys(variants).map((name, i) => ({ matches: [`*://${hostOf(name)}/*`], js: [`v${i}.js`], run_at: 'document_start' }));
  writeFileSync(join(dir, 'manifest.json'), blockerManifest('Page script cost (diagnostic)', scripts));
  writeFileSync(join(dir, 'background.js'), blockerBackground({ words10: absentWords(10) }));
  Object.values(variants).forEach((source, i) => writeFileSync(join(dir, `v${i}.js`), source));

  const server = await startServer(() => ({ body: TINY }));
  const rules = `--host-resolver-rules=MAP *.test 127.0.0.1:${server.port}`;
  const plain = await chromium.launchPersistentContext('', { executablePath: CHROMIUM_PATH, headless: true, args: ['--no-sandbox', '--disable-gpu', rules] });
  const ext = await chromium.launchPersistentContext('', {
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', `--disable-extensions-except=${dir}`, `--load-extension=${dir}`, rules],
  });
  const steady = await launchSteady({ serverPort: server.port });
  try {
    await blockerReady(ext, ['words10']);
    await setPrefs(steady, { triggers: [wordList('absent', absentWords(10), 'blur', ['steady.test'])] });
    const configs: Array<[string, BrowserContext, string]> = [
      ['none', plain, 'none.test'],
      ...Object.keys(variants).map((name) => [name, ext, hostOf(name)] as [string, BrowserContext, string]),
      ['Steady, blur list of 10 words', steady.context, 'steady.test'],
    ];
    const rounds = Number(process.env.ROUNDS ?? 25);
    const samples = new Map<string, LoadCost[]>();
    for (const [, context, host] of configs) await mainThreadMs(context, `http://${host}/`);
    for (let round = 0; round < rounds; round++) {
      for (let i = 0; i < configs.length; i++) {
        const [name, context, host] = configs[(i + round) % configs.length]!;
        samples.set(name, [...(samples.get(name) ?? []), await mainThreadMs(context, `http://${host}/`)]);
      }
    }
    const at = (name: string, k: keyof LoadCost) => median(samples.get(name)!.map((s) => s[k]));
    console.log(`a small page, ${rounds} loads each (words.js: ${(words.length / 1024).toFixed(1)} KiB)`);
    console.log(''.padEnd(34) + 'added task ms'.padStart(15) + 'script ms'.padStart(12));
    for (const [name] of configs.slice(1)) console.log(name.padEnd(34) + (at(name, 'task') - at('none', 'task')).toFixed(2).padStart(15) + (at(name, 'script') - at('none', 'script')).toFixed(2).padStart(12));
  } finally {
    await steady.close();
    await ext.close();
    await plain.close();
    await server.close();
  }
}

void main();
