import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

/**
 * A local web server for the end-to-end tests. Every *.test host resolves to it (see
 * launchSteady's host-resolver rules); pages are chosen by path, so any test host can serve any page.
 */
export interface TestServer {
  port: number;
  close: () => Promise<void>;
}

/**
 * `delayMs`: answer that much later (a slow script holds the page in loading). `parts`: send the
 * body in that many parts, `gapMs` apart, as a page arrives over a real network.
 */
export type Route = (url: URL) => { body: string; headers?: Record<string, string>; status?: number; delayMs?: number; parts?: number; gapMs?: number } | undefined;

/** Records, from the page's own scripts, whether Steady's cover was in place before anything could paint. */
export const PAINT_PROBE = `<script>
  window.__probe = { firstScriptAt: performance.now(), coverAtFirstScript: [...document.documentElement.children].some((c) => c.localName === 'div'), paints: [] };
  new PerformanceObserver((list) => { for (const e of list.getEntries()) __probe.paints.push(e.name); }).observe({ type: 'paint', buffered: true });
</script>`;

export function page(title: string, body: string, head = ''): string {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${title}</title>${PAINT_PROBE}${head}</head><body>${body}</body></html>`;
}

const LONG = Array.from({ length: 200 }, (_, i) => `<p id="p${i}">Paragraph ${i} of an ordinary page.</p>`).join('');

const defaultRoutes: Record<string, string> = {
  '/': page('Home', `<h1>Welcome</h1><p><a id="next" href="/second">Second page</a></p>${LONG}<script>window.pageScriptRan = true;</script>`),
  '/second': page('Second', '<h1>Second page</h1>'),
};

export async function startServer(extra: Route = () => undefined): Promise<TestServer> {
  const server: Server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', `http://${req.headers.host ?? 'localhost'}`);
    const custom = extra(url);
    const body = custom?.body ?? defaultRoutes[url.pathname] ?? page('Page', `<h1>${url.pathname.replace(/[<>&]/g, '')}</h1>`);
    const send = () => {
      res.writeHead(custom?.status ?? 200, { 'content-type': 'text/html; charset=utf-8', ...custom?.headers });
      const parts = custom?.parts ?? 1;
      if (parts <= 1) return void res.end(body);
      const size = Math.ceil(body.length / parts);
      for (let i = 0; i < parts; i++) {
        const part = body.slice(i * size, (i + 1) * size);
        setTimeout(() => (i === parts - 1 ? res.end(part) : res.write(part)), i * (custom?.gapMs ?? 25));
      }
    };
    if (custom?.delayMs) setTimeout(send, custom.delayMs);
    else send();
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  return {
    port: (server.address() as AddressInfo).port,
    close: () => new Promise((done) => server.close(() => done())),
  };
}
