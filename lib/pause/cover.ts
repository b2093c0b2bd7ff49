import { adoptStyles } from '../ui/shadow-styles';

/**
 * The calm, opaque cover that hides a paused page before it paints. It lives in a closed shadow
 * root inside a plain <div> (a custom element name could be defined by the page), sits in the top
 * layer through a modal <dialog> (no z-index can beat it, and the page behind is inert), and its
 * host's inline !important styles beat any page stylesheet. If the page's scripts remove it, it
 * puts itself back until Steady removes it.
 */
export interface Cover {
  /** The element in the page's DOM (it shows nothing the page can read). */
  host: HTMLElement;
  /** Where the card renders; closed to the page's scripts. */
  root: ShadowRoot;
  dialog: HTMLDialogElement;
  remove(): void;
}

const HOST_STYLE = [
  'all: initial',
  'display: block',
  'position: fixed',
  'inset: 0',
  'width: 100vw',
  'height: 100vh',
  'margin: 0',
  'padding: 0',
  'border: 0',
  'z-index: 2147483647',
  'opacity: 1',
  'visibility: visible',
  'transform: none',
  'filter: none',
  'clip-path: none',
  'pointer-events: auto',
  'contain: strict',
]
  .map((rule) => `${rule} !important`)
  .join(';');

/** `onEscape` runs for the browser's own Esc (a dialog cancel), never for synthetic events. */
export function mountCover(doc: Document, css: string, onEscape: () => void): Cover {
  const host = doc.createElement('div');
  host.setAttribute('style', HOST_STYLE);
  const root = host.attachShadow({ mode: 'closed' });
  adoptStyles(root, css);
  const dialog = doc.createElement('dialog');
  dialog.className = 'steady-dialog';
  root.append(dialog);

  const place = () => {
    const moved = host.parentNode !== doc.documentElement;
    if (moved) (doc.documentElement ?? doc).append(host);
    // A dialog that left the document also left the top layer but still says it is open: reopen it
    // modally, or the page could reach past it.
    if (moved && dialog.open) dialog.close();
    if (!dialog.open) {
      try {
        dialog.showModal();
      } catch {
        dialog.setAttribute('open', '');
      }
    }
  };
  place();

  let removed = false;
  const guard = new MutationObserver(() => {
    if (removed) return;
    if (host.parentNode !== doc.documentElement) place();
    if (host.getAttribute('style') !== HOST_STYLE) host.setAttribute('style', HOST_STYLE);
  });
  guard.observe(doc, { childList: true, subtree: true, attributes: true, attributeFilter: ['style'] });
  // Esc would otherwise close the dialog on its own; the card decides what Esc means.
  dialog.addEventListener('cancel', (event) => {
    event.preventDefault();
    if (event.isTrusted) onEscape();
  });
  // Chromium may force-close a dialog after repeated Esc; keep the page covered until a choice is made.
  dialog.addEventListener('close', () => {
    if (!removed) queueMicrotask(place);
  });

  return {
    host,
    root,
    dialog,
    remove() {
      removed = true;
      guard.disconnect();
      if (dialog.open) dialog.close();
      host.remove();
    },
  };
}
