// `npm run bench`: speed and size figures, each against a baseline measured in the same run.
// Prints a table and writes bench/results.json. Figures, not pass/fail: machines are noisy.
import { mkdirSync, writeFileSync } from 'node:fs';
import { benchPause } from '../bench/pause.bench';
import { benchPopup } from '../bench/popup.bench';
import type { BenchResult } from '../bench/types';
import { benchWords } from '../bench/words.bench';

const suites: Array<[string, () => Promise<BenchResult[]>]> = [
  ['pause', benchPause],
  ['words', benchWords],
  ['popup', benchPopup],
];

const results: BenchResult[] = [];
for (const [name, run] of suites) {
  process.stdout.write(`bench: ${name}…\n`);
  results.push(...(await run()));
}
mkdirSync('bench', { recursive: true });
writeFileSync('bench/results.json', `${JSON.stringify(results, null, 2)}\n`);
console.table(results.map((r) => ({ name: r.name, value: `${r.value} ${r.unit}`, baseline: r.baseline ?? '', ratio: r.ratio ?? '' })));
console.log('written to bench/results.json (ratio = baseline ÷ Steady: above 1 means Steady is faster or smaller)');
