import { startSteady } from '../lib/content/start';

// The page script for hosts where the person's word lists only blur or hide blocks: the page is
// never covered; matching blocks are veiled before they paint. Registered by the background.
export default defineUnlistedScript(() => {
  startSteady({ hold: false });
});
