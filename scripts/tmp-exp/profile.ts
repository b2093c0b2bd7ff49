import { absentWords, PAGES } from '../../bench/page-cost.bench';
import { launchSteady, setPrefs, wordList } from '../../tests/e2e/harness';
import { startServer } from '../../tests/e2e/server';
const server = await startServer((url) => { const body = PAGES[url.pathname.slice(1)]; return body ? { body } : undefined; });
const steady = await launchSteady({ serverPort: server.port });
await setPrefs(steady, { triggers: [wordList('a', absentWords(Number(process.env.N ?? 1000)), 'blur', ['absent.test'])] });
const pg = process.env.PG ?? 'nodes';
const totals = new Map<string, number>();
const R = 5;
for (let r = 0; r < R; r++) {
  const page = await steady.context.newPage();
  const cdp = await steady.context.newCDPSession(page);
  await cdp.send('Profiler.enable'); await cdp.send('Profiler.setSamplingInterval', { interval: 50 });
  await cdp.send('Profiler.start');
  await page.goto(`http://absent.test/${pg}`, { waitUntil: 'load' });
  await page.waitForTimeout(400);
  const { profile } = await cdp.send('Profiler.stop');
  const dt = new Map<number, number>();
  profile.samples!.forEach((id, i) => dt.set(id, (dt.get(id) ?? 0) + (profile.timeDeltas![i] ?? 0)));
  for (const n of profile.nodes) { const ext = n.callFrame.url.includes('chrome-extension'); const k = ext ? `${n.callFrame.functionName || '(anon)'} ${n.callFrame.url.split('/').pop()}:${n.callFrame.lineNumber}` : (n.callFrame.url ? 'page' : n.callFrame.functionName); totals.set(k, (totals.get(k) ?? 0) + (dt.get(n.id) ?? 0) / 1000 / R); }
  await page.close();
}
console.log([...totals].filter(([k]) => k !== '(idle)').sort((a, b) => b[1] - a[1]).slice(0, 18).map(([k, v]) => `${v.toFixed(2)} ms  ${k}`).join('\n'));
await steady.close(); await server.close();
