import { startSteady } from '../../lib/content/start';

// Registered at runtime for hosts where the person's word lists only blur or hide blocks: the page
// is never covered, matching blocks are veiled before they paint.
export default defineContentScript({
  registration: 'runtime',
  runAt: 'document_start',
  main() {
    startSteady({ hold: false });
  },
});
