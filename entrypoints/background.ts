import { browser } from 'wxt/browser';
import { prefsHandlers } from '../lib/background/prefs-handlers';
import { onMessage, type ProtocolMap } from '../lib/messages';
import { createPrefsKeeper } from '../lib/prefs/keeper';

export default defineBackground(() => {
  const keeper = createPrefsKeeper({ area: browser.storage.local });
  const handlers = prefsHandlers(keeper);
  for (const [type, handler] of Object.entries(handlers)) {
    onMessage(type as keyof ProtocolMap, ({ data }) => (handler as (d: unknown) => Promise<unknown>)(data) as never);
  }
  // Repair or migrate a damaged store as early as possible, so the options page can say so.
  void keeper.get();

  browser.runtime.onInstalled.addListener(({ reason }) => {
    if (reason === 'install') void browser.tabs.create({ url: browser.runtime.getURL('/welcome.html') });
  });
});
