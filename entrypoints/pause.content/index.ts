import { startSteady } from '../../lib/content/start';

// Registered at runtime by the background for the sites the person chose and the hosts where a
// word list may pause the page: covers the page before it paints, then decides.
export default defineContentScript({
  registration: 'runtime',
  runAt: 'document_start',
  main() {
    startSteady({ hold: true });
  },
});
