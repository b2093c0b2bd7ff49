// `npm run dev`: starts WXT in watch mode with Steady loaded in Chromium or Chrome. Where there is
// no browser or no display, it still builds and watches, and says plainly what to load by hand.
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';

const candidates = [
  process.env.CHROMIUM_PATH,
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
  '/Applications/Chromium.app/Contents/MacOS/Chromium',
  'C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe',
].filter(Boolean);
const browser = candidates.find((path) => existsSync(path));
const hasDisplay = process.platform !== 'linux' || Boolean(process.env.DISPLAY || process.env.WAYLAND_DISPLAY);

if (!browser || !hasDisplay) {
  const why = !browser ? 'No Chromium or Chrome was found (set CHROMIUM_PATH to use another one)' : 'There is no display to open a browser window on';
  console.log(`\n${why}, so Steady will be built and rebuilt on every change without opening a browser.`);
  console.log('Load it by hand: open chrome://extensions, turn on Developer mode, choose "Load unpacked" and pick');
  console.log(`  ${process.cwd()}/.output/chrome-mv3-dev\n`);
}
const child = spawn('npx', ['wxt'], {
  stdio: 'inherit',
  env: { ...process.env, STEADY_BROWSER: browser && hasDisplay ? browser : '' },
  shell: process.platform === 'win32',
});
child.on('exit', (code) => process.exit(code ?? 0));
