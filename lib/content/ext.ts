import type { browser } from 'wxt/browser';

type ExtensionApi = typeof browser;

/**
 * The extension API as the browser provides it (Firefox: `browser`, Chromium: `chrome`, both
 * promise-based in Manifest V3). Page scripts use this instead of the polyfill to stay small.
 */
export const ext: ExtensionApi =
  (globalThis as { browser?: ExtensionApi }).browser ?? (globalThis as unknown as { chrome: ExtensionApi }).chrome;
