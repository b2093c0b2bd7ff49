import { browser } from 'wxt/browser';
import { leaveHandler, pauseHandlers } from '../lib/background/pause-handlers';
import { ALL_SITES, planContentScripts, syncContentScripts } from '../lib/background/content-scripts';
import { reachOpenTabs } from '../lib/background/open-tabs';
import { refreshWordIndex } from '../lib/background/word-index-writer';
import { quietSitePatterns } from '../lib/background/quiet-sites';
import { effectivePrefs, ORG_KEY } from '../lib/prefs/organisation';
import { readLayer } from '../lib/prefs/read';
import { createPauseSessionStore } from '../lib/background/pause-session-store';
import { prefsHandlers } from '../lib/background/prefs-handlers';
import { wordsHandlers } from '../lib/background/words-handlers';
import { peopleWordsReaderOnDevice } from '../lib/people-words/idb-storage';
import { pauseSessionArea } from '../lib/background/session-area';
import { createRouter } from '../lib/background/router';
import { createSyncMirror } from '../lib/background/sync-mirror';
import { refreshOrganisation } from '../lib/background/organisation';
import { ext } from '../lib/content/ext';
import { createPrefsKeeper } from '../lib/prefs/keeper';
import { PREFS_KEY } from '../lib/prefs/storage';
import { SESSION_KEY } from '../lib/pause/session';
import { pageStrings } from '../lib/i18n/page-strings';

const TAKE_A_PAUSE = 'take-a-pause';

export default defineBackground(() => {
  const keeper = createPrefsKeeper({ area: browser.storage.local });
  // Opened on the first question from a pause card, never at start.
  let wordStore: ReturnType<typeof peopleWordsReaderOnDevice> | undefined;
  const words = () => (wordStore ??= peopleWordsReaderOnDevice());
  const sessionArea = pauseSessionArea(browser.storage as never);
  const session = createPauseSessionStore({ session: sessionArea.area, lasting: browser.storage.local });
  // Where the session state lives in storage.local (Firefox), a new browser session starts empty.
  const sessionStarted = sessionArea.startSession(() => session.clear()).catch((error) => console.error('Steady could not start a new pause session', error));
  const route = createRouter({
    extensionId: browser.runtime.id,
    extensionOrigin: browser.runtime.getURL('/'),
    extensionPages: {
      ...prefsHandlers(keeper),
      ...wordsHandlers(words, () => keeper.get()),
      leavePage: leaveHandler({
        goBack: (tabId) => browser.tabs.goBack(tabId),
        // Extensions may not navigate a tab to the new-tab page in every browser, but they may open
        // one: the person's own new-tab page (with any override they use) takes the tab's place.
        replaceWithNewTab: async (tab) => {
          await browser.tabs.create({ index: tab.index, windowId: tab.windowId, active: true });
          await browser.tabs.remove(tab.id);
        },
      }),
    },
    pageScripts: pauseHandlers({ session, checkedPrefs: () => keeper.get() }),
  });
  // The browser's own onMessage (not the polyfill's): both browsers keep the channel open for
  // sendResponse when the listener returns true.
  ext.runtime.onMessage.addListener(route as never);

  // Repair or migrate a damaged store as early as possible, and keep the pause script registered
  // for exactly the configured sites: on every worker start, and whenever the sites change.
  let syncing: Promise<void> = Promise.resolve();
  const syncScripts = (atStart = false) => {
    // One at a time: a settings change and a permission change can arrive together.
    syncing = syncing.catch(() => undefined).then(async () => {
      const prefs = await keeper.get();
      const allSites = await browser.permissions.contains({ origins: ALL_SITES }).catch(() => false);
      // Sites already continued this session need no script until it ends (after a new session's
      // state is cleared, so last session's continues never count).
      await sessionStarted;
      const [pauseState, layer] = await Promise.all([session.read(), readLayer(browser.storage.local)]);
      const quiet = quietSitePatterns(effectivePrefs(prefs, layer.org, layer.stamps), pauseState);
      const added = await syncContentScripts(planContentScripts(prefs, allSites, Date.now(), quiet), browser.scripting as never);
      // Scripts the browser dropped (an update, a restart) also go to the tabs already open. Only at
      // start: a site added later is paused from its next page, never on the page the person is on.
      if (atStart && added.length) await reachOpenTabs(added, { tabs: browser.tabs as never, scripting: browser.scripting as never });
    });
    return syncing;
  };
  void syncScripts(true).catch((error) => console.error('Steady could not update its site list', error));
  // The word lists worked out once here, so pages need not parse every word on every load: on every
  // start (a new session's storage is empty) and whenever the lists change, not on every pause.
  const refreshIndex = () =>
    void keeper
      .get()
      .then((prefs) => refreshWordIndex(prefs, sessionArea.area))
      .catch((error) => console.error('Steady could not prepare its word lists for pages', error));
  refreshIndex();
  // The browser starts the worker with the browser only for a listener like this one; it must run
  // then, because leaving out sites continued last session is not kept across a restart.
  browser.runtime.onStartup.addListener(() => undefined);
  // Sync (opt-in): reconcile on start, after every change here, and whenever another device's
  // change arrives. A short wait folds a burst of edits into one write (storage.sync limits writes).
  const mirror = createSyncMirror({ keeper, sync: browser.storage.sync as never, local: browser.storage.local });
  let syncTimer: ReturnType<typeof setTimeout> | undefined;
  let retryMs = 60_000;
  const mirrorSoon = (waitMs = 1000) => {
    clearTimeout(syncTimer);
    syncTimer = setTimeout(() => {
      void mirror
        .reconcile()
        .then((status) => {
          // A refusal (rate limit, a full sync, a passing failure) is tried again later, less and
          // less often so a full sync is not knocked on every minute; the status already says so.
          if (status.state !== 'refused') retryMs = 60_000;
          else {
            mirrorSoon(retryMs);
            retryMs = Math.min(retryMs * 2, 30 * 60_000);
          }
        })
        .catch((error) => console.error('Steady could not sync', error));
    }, waitMs);
  };
  mirrorSoon(0);

  // The organisation's settings (enterprise policy), kept apart from the person's own.
  const organisation = () => void refreshOrganisation(browser.storage as never).catch((error) => console.error('Steady could not read the organisation settings', error));
  organisation();

  browser.storage.onChanged.addListener((changes, area) => {
    if (area === 'local' && PREFS_KEY in changes) {
      refreshIndex();
      void syncScripts().catch((error) => console.error(error));
      mirrorSoon();
    }
    if (area === 'sync') mirrorSoon();
    // A pause continued (or a new session): which sites the pause script may leave out changes.
    // The organisation's defaults (frequency among them) count too.
    if (((area === 'session' || area === 'local') && SESSION_KEY in changes) || (area === 'local' && ORG_KEY in changes)) {
      void syncScripts().catch((error) => console.error(error));
    }
    if (area === 'managed') organisation();
  });

  // The person may grant or take back site access from the browser's own menus.
  browser.permissions.onAdded.addListener(() => void syncScripts().catch((error) => console.error(error)));
  browser.permissions.onRemoved.addListener(() => void syncScripts().catch((error) => console.error(error)));

  // "Take a grounding pause" from the keyboard or the right-click menu: the person's own request,
  // so the popup opens straight into their favourite exercise.
  const takeAPause = () =>
    void browser.windows.create({ url: browser.runtime.getURL('/popup.html#moment'), type: 'popup', width: 380, height: 640 });
  browser.commands.onCommand.addListener((command) => command === TAKE_A_PAUSE && takeAPause());
  browser.contextMenus.onClicked.addListener((info) => info.menuItemId === TAKE_A_PAUSE && takeAPause());

  // The menu entry speaks the person's chosen language (the browser's own _locales would follow only
  // the browser's), and follows a change of it.
  const menuTitle = async () => pageStrings((await keeper.get()).appearance.language, [browser.i18n.getUILanguage()]).takeAPause;
  const retitleMenu = () =>
    void menuTitle()
      .then((title) => browser.contextMenus.update(TAKE_A_PAUSE, { title }))
      .catch(() => undefined);
  browser.storage.onChanged.addListener((changes, area) => area === 'local' && PREFS_KEY in changes && retitleMenu());
  browser.runtime.onInstalled.addListener(({ reason }) => {
    void browser.contextMenus
      .removeAll()
      .then(menuTitle)
      .then((title) => browser.contextMenus.create({ id: TAKE_A_PAUSE, title, contexts: ['page', 'action'] }));
    if (reason === 'install') void browser.tabs.create({ url: browser.runtime.getURL('/welcome.html') });
  });
});
