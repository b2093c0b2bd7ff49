// What compiling the words' one native pattern costs a page, apart from everything else (issue 17):
// in fresh tabs of real Chromium (one V8 for the page's world and Steady's), the first run of
//   - Steady's finder: the pattern the background writes for a list (lib/words/word-index.ts), case-insensitive;
//   - the keyword blocker's alternation, as bench/page-cost.bench.ts writes it (\b(?:w1|w2|…)\b, i);
// over the long article's text, then a second run (already compiled), for lists of 10, 100 and
// 1,000 words found nowhere. Both are paid once on every page load, by every script that looks.
//   npx vite-node scripts/finder-cost.ts   (ROUNDS=9)
import { chromium } from 'playwright-core';
import { absentWords, PAGES } from '../bench/page-cost.bench';
import { median } from '../bench/types';
import { buildWordIndex } from '../lib/words/word-index';
import { CHROMIUM_PATH } from '../tests/e2e/harness';

const rounds = Number(process.env.ROUNDS ?? 9);
const escape = (w: string) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

async function main() {
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: ['--no-sandbox'] });
  try {
    console.log(`first run (compile + search) / second run, ms over the long article's text, median of ${rounds} fresh tabs`);
    for (const n of [10, 100, 1000]) {
      const words = absentWords(n);
      const steady = buildWordIndex([{ id: 'list', words, wordEndings: false }]).entries.list!.source;
      const blocker = `\\b(?:${words.map(escape).join('|')})\\b`;
      const runs: Record<string, number[][]> = { Steady: [], blocker: [] };
      for (let r = 0; r < rounds; r++) {
        for (const [name, source] of [['Steady', steady], ['blocker', blocker]] as const) {
          const context = await browser.newContext();
          const page = await context.newPage();
          await page.setContent(PAGES.article!);
          runs[name]!.push(
            await page.evaluate(([source, flags]) => {
              const text = document.documentElement.textContent ?? '';
              const re = new RegExp(source, flags);
              const t0 = performance.now();
              re.test(text);
              const t1 = performance.now();
              re.lastIndex = 0;
              re.test(text);
              return [t1 - t0, performance.now() - t1];
            }, [source, name === 'Steady' ? 'gi' : 'i'] as const),
          );
          await context.close();
        }
      }
      const row = (name: string) => `${median(runs[name]!.map((r) => r[0]!)).toFixed(2)} / ${median(runs[name]!.map((r) => r[1]!)).toFixed(2)}`;
      console.log(`${String(n).padStart(5)} words   Steady's finder ${row('Steady').padEnd(14)} keyword blocker's alternation ${row('blocker')}`);
    }
  } finally {
    await browser.close();
  }
}

void main();
