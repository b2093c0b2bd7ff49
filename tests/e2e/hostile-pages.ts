import { page as html } from './server';

/** Pages that get in the way of the pause, shared by the Chromium and the Firefox tests. */

/** Swallows every key at the window, before anything else in the page can see it. */
export const SWALLOW_PAGE = html(
  'Swallow',
  `<p>Keys are mine.</p>
   <script>
     window.__swallowed = [];
     addEventListener('keydown', (e) => { __swallowed.push(e.key); e.stopImmediatePropagation(); e.preventDefault(); }, true);
   </script>`,
);
