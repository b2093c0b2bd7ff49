import { ext } from '../content/ext';
import type { PageScriptMessages } from './protocol';
import { createSender, type MessageRuntime } from './send';

/** For the page scripts, through the browser's own API (no polyfill in a website's tab). */
export const sendToBackground = createSender<PageScriptMessages>(() => ext.runtime as unknown as MessageRuntime);
