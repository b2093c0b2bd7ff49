import { nodeRoots } from './mutation-roots';

/**
 * Reading a page as the parser writes it, for the price of one native look per frame.
 *
 * Why: while a page loads, the parser adds one node at a time, and a MutationObserver gets a
 * record for each: reading 100,000 of them from script costs far more than the words could (about
 * 20 ms on a big page just to touch them, and as much again to sort them). The browser paints only
 * after it runs the page's animation-frame callbacks, so it is enough to read, in each frame before
 * paint, what was written since the last one. No observer runs until the page is parsed.
 *
 * How: each frame reads the page's text natively (`textContent`). The text read last time is
 * still its beginning when only the parser wrote (it appends at the end), so the rest is what is
 * new: it goes through the native candidate filter, and nearly always nothing can match and no
 * node is visited from script. Otherwise the new part of the page is scanned, as added nodes are.
 * A live Range marks the document's last node when it was read: the new part starts there.
 *
 * Why nothing is missed:
 *   - Everything the parser adds is in the next frame's new text, and that frame runs before the
 *     paint that would show it.
 *   - A word split across two frames: the end of the last text (longer than any word can be) goes
 *     in front of the new text, and the mark's own block is scanned with the new part.
 *   - The page's own scripts may change what was already read: then the old text is no longer the
 *     beginning of the new one, and the whole page is scanned (natively filtered first, like any
 *     scan), in the same frame.
 *   - Open shadow roots are not in the text: new custom elements that have one are scanned.
 *   Left to the observer that starts once the page is parsed: a shadow root the page fills later,
 *   behind what was read (the observer does not see into shadow roots either).
 */

/** More than the longest word can be once folded (a word has at most 100 characters). */
const TAIL = 256;

export interface ParserFollowOptions {
  /** The native filter: false when `text` surely holds none of the words. */
  mayMatch: (text: string) => boolean;
  /** Scans the roots now (the roots of nodes new to the scanner, see mutation-roots.ts). */
  scan: (roots: Node[]) => void;
}

export interface ParserFollow {
  /** Reads what was written since the last call (the whole page the first time). */
  readNew(): void;
}

export function followParser(doc: Document, { mayMatch, scan }: ParserFollowOptions): ParserFollow {
  let mark: Range | null = null;
  let read: string | null = null;

  return {
    readNew() {
      const de = doc.documentElement;
      if (!de) return;
      const text = de.textContent ?? '';
      const from = mark && read !== null && de.contains(mark.startContainer) && text.startsWith(read) ? mark : null;
      if (from === null) {
        // The first look, or the page changed what was read: all of it, as one scan of a page.
        if (mayMatch(text) || openShadowHosts(doc, de, 0).length > 0) scan([de]);
      } else {
        const fresh = read!.slice(-TAIL) + text.slice(read!.length);
        const hosts = openShadowHosts(doc, from.startContainer, from.startOffset);
        if (mayMatch(fresh) || hosts.length > 0) scan(nodeRoots([...newNodes(from.startContainer, from.startOffset, de), ...hosts]));
      }
      read = text;
      let last: Node = de;
      while (last.lastChild) last = last.lastChild;
      mark ??= doc.createRange();
      mark.setStart(last, last.nodeType === 1 ? 0 : ((last as CharacterData).length ?? 0));
      mark.collapse(true);
    },
  };
}

/**
 * The nodes a scan of the new part starts from: the mark's own node (its block holds the end of the
 * last frame's text), what follows it inside, and everything after each of its ancestors.
 */
function newNodes(start: Node, offset: number, de: Element): Node[] {
  const out: Node[] = [start];
  if (start.nodeType === 1) for (let c = start.childNodes[offset] ?? null; c; c = c.nextSibling) out.push(c);
  for (let a: Node | null = start; a && a !== de.parentNode; a = a.parentNode) {
    for (let s = a.nextSibling; s; s = s.nextSibling) out.push(s);
  }
  return out.filter((n) => n !== de);
}

const HOSTS_XPATH = 'descendant-or-self::*[contains(local-name(), "-")] | following::*[contains(local-name(), "-")]';
const hostsQuery = new WeakMap<Document, XPathExpression | null>();

/** Custom elements after the point (node, offset) that have an open shadow root (whose text is not in textContent). */
function openShadowHosts(doc: Document, node: Node, offset: number): Element[] {
  let query = hostsQuery.get(doc);
  if (query === undefined) {
    try {
      query = typeof doc.createExpression === 'function' ? doc.createExpression(HOSTS_XPATH) : null;
    } catch {
      query = null;
    }
    hostsQuery.set(doc, query);
  }
  const found: Element[] = [];
  if (query) {
    const r = query.evaluate(node, 7 /* ORDERED_NODE_SNAPSHOT_TYPE */, null);
    for (let i = 0; i < r.snapshotLength; i++) found.push(r.snapshotItem(i) as Element);
  } else {
    const all = doc.getElementsByTagName('*');
    for (let i = 0; i < all.length; i++) if (all[i]!.localName.includes('-')) found.push(all[i]!);
  }
  const from = doc.createRange();
  from.setStart(node, offset);
  return found.filter((el) => el.shadowRoot !== null && from.comparePoint(el, 0) >= 0);
}
