import { chromium } from 'playwright-core';
import { CHROMIUM_PATH } from '../../tests/e2e/harness';
import { startServer } from '../../tests/e2e/server';
import { PAGES } from '../../bench/page-cost.bench';

const VARIANTS: Record<string, string> = {
  none: '',
  moEmpty: `new MutationObserver(() => {}).observe(document, { childList: true, subtree: true, characterData: true });`,
  moTouch: `new MutationObserver((rs) => { let n = 0; for (const r of rs) n += r.addedNodes.length; globalThis.__n = n; }).observe(document, { childList: true, subtree: true, characterData: true });`,
  moChildListOnly: `new MutationObserver(() => {}).observe(document, { childList: true, subtree: true });`,
  rafRange: `(() => { const re = /zzqx|yyqx/i; let last = null; const tick = () => {
      const b = document.body; if (b) { const r = document.createRange(); if (last && last.isConnected) r.setStartAfter(last); else r.setStart(b, 0); r.setEnd(document.documentElement, document.documentElement.childNodes.length);
        const s = r.toString(); re.test(s); let n = document.documentElement; while (n.lastChild) n = n.lastChild; last = n; }
      if (document.readyState === 'loading') requestAnimationFrame(tick); };
    requestAnimationFrame(tick); document.addEventListener('DOMContentLoaded', tick); })();`,
  dclText: `document.addEventListener('DOMContentLoaded', () => { /zzqx|yyqx/i.test(document.body.textContent); });`,
};

const server = await startServer((url) => { const body = PAGES[url.pathname.slice(1)]; return body ? { body } : undefined; });
const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, headless: true, args: ['--no-sandbox', '--disable-gpu', `--host-resolver-rules=MAP *.test 127.0.0.1:${server.port}`] });
const ctx = await browser.newContext();
const rounds = Number(process.env.R ?? 7);
const pages = (process.env.PAGES ?? 'nodes,feed,article,wiki').split(',');
const res: Record<string, Record<string, number[]>> = {};
for (let r = 0; r < rounds; r++) for (const pg of pages) for (const [name, code] of Object.entries(VARIANTS)) {
  const page = await ctx.newPage();
  if (code) await page.addInitScript(code);
  const cdp = await ctx.newCDPSession(page);
  await cdp.send('Performance.enable', { timeDomain: 'threadTicks' } as never);
  await page.goto(`http://x.test/${pg}`, { waitUntil: 'load' });
  await page.waitForTimeout(300);
  const { metrics } = await cdp.send('Performance.getMetrics');
  const m = (k: string) => (metrics.find((x) => x.name === k)?.value ?? 0) * 1000;
  ((res[pg] ??= {})[name] ??= []).push(m('TaskDuration'), m('ScriptDuration'));
  await page.close();
}
const med = (a: number[]) => { const s = [...a].sort((x, y) => x - y); return s[Math.floor(s.length / 2)]!; };
for (const pg of pages) { const row: string[] = []; for (const name of Object.keys(VARIANTS)) { const a = res[pg]![name]!; row.push(`${name} task ${med(a.filter((_, i) => i % 2 === 0)).toFixed(1)} script ${med(a.filter((_, i) => i % 2 === 1)).toFixed(1)}`); } console.log(pg, '\n  ' + row.join('\n  ')); }
await browser.close(); await server.close();
