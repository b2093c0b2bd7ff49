import { alreadyReading, firstRun } from '../lib/content/page-start';
import { pageController, readState } from '../lib/content/page-runtime';
import { startSitePause } from '../lib/content/site-pause';

// The page script for the sites the person chose and the hosts where a word list may pause the
// page: covers the page before it paints, reads, decides, and takes the cover off or shows the card
// (which loads only then, as an extension page in a frame). Built as an unlisted script (no
// manifest entry, no WXT runtime, no polyfill) and registered by the background for those hosts.
export default defineUnlistedScript(() => {
  if (!firstRun('pause') || alreadyReading(window)) return;
  startSitePause({ win: window, controller: pageController(), readState });
});
