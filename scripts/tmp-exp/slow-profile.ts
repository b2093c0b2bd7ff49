import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { absentWords, PAGES } from '../../bench/page-cost.bench';
import { launchSteady, setPrefs, wordList } from '../../tests/e2e/harness';
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
const pg = process.env.PG ?? 'article';
const totals = new Map<string, number>();
for (let r = 0; r < 3; r++) {
  const page = await steady.context.newPage();
  const cdp = await steady.context.newCDPSession(page);
  await cdp.send('Profiler.enable'); await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
  await cdp.send('Profiler.start');
  await page.goto(`http://absent.test:${port}/${pg}`, { waitUntil: 'load' });
  await page.waitForTimeout(300);
  const { profile } = await cdp.send('Profiler.stop');
  const dt = new Map<number, number>();
  profile.samples!.forEach((id, i) => dt.set(id, (dt.get(id) ?? 0) + (profile.timeDeltas![i] ?? 0)));
  for (const n of profile.nodes) { if (!n.callFrame.url.includes('chrome-extension')) continue; const k = `${n.callFrame.functionName || '(anon)'}:${n.callFrame.lineNumber}`; totals.set(k, (totals.get(k) ?? 0) + (dt.get(n.id) ?? 0) / 1000 / 3); }
  await page.close();
}
console.log([...totals].sort((a, b) => b[1] - a[1]).slice(0, 14).map(([k, v]) => `${v.toFixed(2)} ms  ${k}`).join('\n'));
await steady.close(); server.close();
