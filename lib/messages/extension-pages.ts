import { browser } from 'wxt/browser';
import type { ExtensionPageMessages } from './protocol';
import { createSender, type MessageRuntime } from './send';

/** For popup, options and welcome (through the polyfill, like the rest of the extension pages). */
export const sendMessage = createSender<ExtensionPageMessages>(() => browser.runtime as unknown as MessageRuntime);
