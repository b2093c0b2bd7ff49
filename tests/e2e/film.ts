import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { CDPSession, Page } from 'playwright-core';
import { PNG } from './png';

type Rgb = [number, number, number];

/** What the page looked like at some moment between `from` and `to` (a screenshot is taken somewhere in between asking and the answer). */
export interface Frame {
  from: number;
  to: number;
  rgb: Rgb;
  png: Buffer;
}

/**
 * Films the page from before it starts loading: every screencast frame (what the compositor draws)
 * plus a screenshot every 100 ms (the screencast only sends a frame when something changes).
 */
export async function film(page: Page): Promise<{ frames: Frame[]; stop: () => Promise<void> }> {
  const cdp: CDPSession = await page.context().newCDPSession(page);
  const frames: Frame[] = [];
  const keep = (from: number, to: number, data: string) => {
    const png = Buffer.from(data, 'base64');
    frames.push({ from, to, rgb: PNG.firstPixel(png), png });
  };
  cdp.on('Page.screencastFrame', ({ data, metadata, sessionId }) => {
    const at = (metadata.timestamp ?? Date.now() / 1000) * 1000;
    keep(at, at, data);
    void cdp.send('Page.screencastFrameAck', { sessionId }).catch(() => undefined);
  });
  await cdp.send('Page.startScreencast', { format: 'png', everyNthFrame: 1 });
  let filming = true;
  const shots = (async () => {
    while (filming) {
      const asked = Date.now();
      const shot = await within(cdp.send('Page.captureScreenshot', { format: 'png' }));
      if (shot && filming) keep(asked, Date.now(), shot.data);
      await new Promise((r) => setTimeout(r, 100));
    }
  })();
  return {
    frames,
    async stop() {
      filming = false;
      await within(shots);
      await within(cdp.send('Page.stopScreencast'));
      await within(cdp.detach());
    },
  };
}

/** A DevTools reply, or undefined after `ms` (a screenshot asked for while a frame is torn down may never be answered). */
export function within<T>(reply: Promise<T>, ms = 2000): Promise<T | undefined> {
  return Promise.race([reply.catch(() => undefined), new Promise<undefined>((done) => setTimeout(done, ms))]);
}

/** STEADY_FRAMES=<dir> keeps the frames as PNG, to look at. */
export function keepFrames(name: string, frames: Frame[]): void {
  const dir = process.env.STEADY_FRAMES;
  if (!dir) return;
  mkdirSync(dir, { recursive: true });
  frames
    .slice()
    .sort((a, b) => a.from - b.from)
    .forEach((f, i) => writeFileSync(join(dir, `${name}-${String(i).padStart(3, '0')}.png`), f.png));
}

