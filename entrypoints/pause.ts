import { startSteady } from '../lib/content/start';

// The page script for the sites the person chose and the hosts where a word list may pause the
// page: covers the page before it paints, then decides. Built as an unlisted script (no manifest
// entry, no WXT content-script runtime) and registered by the background for exactly those hosts.
export default defineUnlistedScript(() => {
  startSteady({ hold: true });
});
