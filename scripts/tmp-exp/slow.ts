import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { absentWords, PAGES } from '../../bench/page-cost.bench';
import { launchSteady, setPrefs, wordList } from '../../tests/e2e/harness';
if (process.env.EXT) process.env.STEADY_EXTENSION_PATH = process.env.EXT;
const PARTS = Number(process.env.PARTS ?? 40), GAP = Number(process.env.GAP ?? 25);
const server = createServer((req, res) => {
  const url = new URL(req.url ?? '/', 'http://x'); const body = PAGES[url.pathname.slice(1)]; if (!body) return void res.end('');
  res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' });
  if (url.searchParams.has('fast')) return void res.end(body);
  const size = Math.ceil(body.length / PARTS);
  for (let i = 0; i < PARTS; i++) setTimeout(() => (i === PARTS - 1 ? res.end(body.slice(i * size)) : res.write(body.slice(i * size, (i + 1) * size))), i * GAP);
});
await new Promise<void>((d) => server.listen(0, '127.0.0.1', () => d()));
const port = (server.address() as AddressInfo).port;
const steady = await launchSteady({ serverPort: port });
await setPrefs(steady, { triggers: [wordList('a', absentWords(1000), 'blur', ['absent.test'])] });
for (const pg of (process.env.PAGES ?? 'article,nodes').split(',')) for (const mode of ['fast', 'slow']) {
  const vals: number[] = [];
  for (let r = 0; r < 5; r++) for (const host of ['absent.test', 'none.test']) {
    const page = await steady.context.newPage();
    const cdp = await steady.context.newCDPSession(page);
    await cdp.send('Performance.enable', { timeDomain: 'threadTicks' } as never);
    await page.goto(`http://${host}:${port}/${pg}${mode === 'fast' ? '?fast' : ''}`, { waitUntil: 'load' });
    await page.waitForTimeout(300);
    const { metrics } = await cdp.send('Performance.getMetrics');
    if (host === 'absent.test') vals.push((metrics.find((m) => m.name === 'ScriptDuration')!.value) * 1000);
    await page.close();
  }
  vals.sort((a, b) => a - b); console.log(pg, mode, 'steady script ms median', vals[2]!.toFixed(2), vals.map((v) => v.toFixed(1)).join(' '));
}
await steady.close(); server.close();
