// `npm run bench`: speed and size figures, each against a baseline measured in the same run.
// Prints a table and writes bench/results.json. Figures, not pass/fail: machines are noisy.
import { mkdirSync, writeFileSync } from 'node:fs';
import { benchPageCost } from '../bench/page-cost.bench';
import { benchPause } from '../bench/pause.bench';
import { benchPopup } from '../bench/popup.bench';
import type { BenchResult } from '../bench/types';
import { benchWords } from '../bench/words.bench';

const suites: Array<[string, () => Promise<BenchResult[]>]> = [
  // What a page pays (main-thread time added to a real load); its per-page figures go to bench/page-cost.json.
  [
    'page cost',
    async () => {
      const { results, details } = await benchPageCost();
      mkdirSync('bench', { recursive: true });
      writeFileSync('bench/page-cost.json', `${JSON.stringify(details, null, 2)}\n`);
      return results;
    },
  ],
  ['pause', benchPause],
  ['words', benchWords],
  ['popup', benchPopup],
];

const results: BenchResult[] = [];
// `npm run bench -- words` runs only the suites whose name contains "words".
const only = process.argv[2];
for (const [name, run] of suites.filter(([name]) => !only || name.includes(only))) {
  process.stdout.write(`bench: ${name}…\n`);
  results.push(...(await run()));
}
mkdirSync('bench', { recursive: true });
writeFileSync('bench/results.json', `${JSON.stringify(results, null, 2)}\n`);
console.table(results.map((r) => ({ name: r.name, value: `${r.value} ${r.unit}`, baseline: r.baseline ?? '', ratio: r.ratio ?? '' })));
console.log('written to bench/results.json (ratio = baseline ÷ Steady: above 1 means Steady is faster or smaller)');
