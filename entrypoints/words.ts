import veilCss from '../lib/content/veil.css?inline';
import { alreadyReading, firstRun } from '../lib/content/page-start';
import { pageController, readState } from '../lib/content/page-runtime';
import { createVisibilityGate } from '../lib/content/visibility-gate';
import { startWordLists } from '../lib/content/word-lists';

// The page script for hosts with word lists: finds the person's words as the page arrives and
// veils or pauses as they chose. It never covers a page itself; where a list may pause, pause.js
// is registered too and the two share one pause controller. Registered by the background.
export default defineUnlistedScript(() => {
  if (!firstRun('words') || alreadyReading(window)) return;
  startWordLists({ win: window, controller: pageController(), readState, gate: createVisibilityGate(window), veilCss });
});
