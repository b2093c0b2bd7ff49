/**
 * How long a page on a chosen site stays covered while Steady decides, in Firefox, with the
 * background (an event page) asleep and awake. Firefox does not let page scripts read
 * storage.session; where the pause script has to ask the background for the session state, an
 * asleep event page must start first. Not a test: run it by hand and read the table.
 *
 *     STEADY_E2E=1 npx wxt build -b firefox && npx vite-node tests/firefox/measure-pause-decision.ts
 */
import { startServer } from '../e2e/server';
import { launchFirefox, setPrefs, site, visit, waitFor, type Firefox } from './harness';

const ROUNDS = Number(process.env.ROUNDS ?? 5);
const IDLE_MS = 1_000;

// Records when Steady's cover (a <div> child of <html>) goes away, from the page's own first script.
const PROBE = `<!doctype html><html><head><script>
  window.__cover = { present: [...document.documentElement.children].some((c) => c.localName === 'div'), firstScriptAt: performance.now() };
  new MutationObserver((records) => {
    for (const r of records) for (const n of r.removedNodes) if (n.localName === 'div' && !__cover.removedAt) __cover.removedAt = performance.now();
  }).observe(document.documentElement, { childList: true });
</script></head><body><p>Not paused here: only /paused/ is.</p></body></html>`;

type Sample = { removedAt: number; firstScriptAt: number; present: boolean };

async function backgroundRunning(firefox: Firefox): Promise<boolean> {
  return firefox.inExtension(
    async () => (await (globalThis as any).browser.runtime.getContexts({ contextTypes: ['BACKGROUND'] })).length > 0,
    null,
  );
}

async function sample(firefox: Firefox, url: string): Promise<Sample> {
  const page = await visit(firefox, url);
  const result = await waitFor(() => page.evaluate(() => (window as any).__cover.removedAt !== undefined && (window as any).__cover), 'the cover to go');
  await page.close();
  return result as Sample;
}

const stats = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  return { min: sorted[0]!, median: sorted[Math.floor(sorted.length / 2)]!, max: sorted.at(-1)! };
};

const server = await startServer((url) => (url.pathname === '/probe' ? { body: PROBE } : undefined));
const firefox = await launchFirefox({ prefs: { 'extensions.background.idle.timeout': IDLE_MS } });
try {
  // A chosen site whose pause applies under /paused/ only: every page of the host is covered until
  // Steady has read the preferences and the session state, then released without a card.
  await setPrefs(firefox, { sites: [site('news.test', { pathPrefix: '/paused' })] });
  const url = `http://news.test:${server.port}/probe`;
  const rows: Record<string, Sample[]> = { asleep: [], awake: [] };
  let woken = 0;
  for (let i = 0; i < ROUNDS; i++) {
    await waitFor(async () => !(await backgroundRunning(firefox)), 'the event page to be suspended', 60_000, 200);
    rows.asleep!.push(await sample(firefox, url));
    woken += (await backgroundRunning(firefox)) ? 1 : 0;
    // Wake it (any message does) and measure again.
    await firefox.inExtension(() => (globalThis as any).browser.runtime.sendMessage({ type: 'measure-wake' }).catch(() => undefined), null);
    await waitFor(() => backgroundRunning(firefox), 'the event page to run');
    rows.awake!.push(await sample(firefox, url));
  }
  console.log(`Firefox ${(await firefox.browser.version())}, ${ROUNDS} rounds, extensions.background.idle.timeout=${IDLE_MS} ms`);
  console.log(`pages that woke the asleep background: ${woken} of ${ROUNDS}`);
  console.log('background | covered at first page script | cover removed (ms after navigation start) | first script -> removed (ms)');
  for (const [state, samples] of Object.entries(rows)) {
    const removed = stats(samples.map((s) => s.removedAt));
    const held = stats(samples.map((s) => s.removedAt - s.firstScriptAt));
    console.log(
      `${state.padEnd(10)} | ${samples.every((s) => s.present)} | min ${removed.min.toFixed(0)}, median ${removed.median.toFixed(0)}, max ${removed.max.toFixed(0)} | min ${held.min.toFixed(0)}, median ${held.median.toFixed(0)}, max ${held.max.toFixed(0)}`,
    );
  }
} finally {
  await firefox.close();
  await server.close();
}
