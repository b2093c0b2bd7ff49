import { nodeRoots } from './mutation-roots';

/**
 * Reading a page as the parser writes it, for the price of one native look per frame.
 *
 * Why: while a page loads, the parser adds one node at a time, and a MutationObserver gets a
 * record for each: reading 100,000 of them from script costs far more than the words could (about
 * 20 ms on a big page just to touch them, before any scanning). The browser paints only after it
 * runs the page's animation-frame callbacks, so it is enough to read, in each frame before paint,
 * what was written since the last one.
 *
 * How: a live Range marks where the reading got to (the document's last node, at its end). Each
 * frame, the text from there to the end of the document is read natively (`Range.toString`) and
 * put through the native candidate filter. Nearly always nothing can match, and no node is visited
 * from script. Otherwise only the new part of the page is scanned, as added nodes are.
 *
 * Why nothing is missed:
 *   - Everything the parser adds lands after the mark (it appends at the end of the document), so
 *     it is in the next frame's text, and that frame runs before the paint that would show it.
 *   - A word split across two frames: the end of the last frame's text (longer than any word can
 *     be) goes in front of the next, and the mark's own block is scanned with the new part.
 *   - The page's own scripts may change what was already read (behind the mark): the records of
 *     such changes are sorted out (`behind`) and scanned at once, as before. Only records of nodes
 *     after the mark are left to the frame.
 *   - Open shadow roots are not in the text: new custom elements that have one are scanned.
 *   - The Range is live: when the page removes or moves the mark's node, the browser moves the
 *     mark to where it was, which only makes the next text longer.
 */

/** More than the longest word can be once folded (a word has at most 100 characters). */
const TAIL = 256;
const AFTER = 1;

export interface ParserFollowOptions {
  /** The native filter: false when `text` surely holds none of the words. */
  mayMatch: (text: string) => boolean;
  /** Scans the roots now (the roots of nodes new to the scanner, see mutation-roots.ts). */
  scan: (roots: Node[]) => void;
}

export interface ParserFollow {
  /** Reads what was added after the mark, and moves the mark to the end of the document. */
  readNew(): void;
  /** The records of a batch that changed what was already read (to be scanned now). */
  behind(records: readonly MutationRecord[]): MutationRecord[];
}

export function followParser(doc: Document, { mayMatch, scan }: ParserFollowOptions): ParserFollow {
  let mark: Range | null = null;
  let tail = '';

  const isAfterMark = (node: Node): boolean => {
    try {
      return mark!.comparePoint(node, 0) === AFTER;
    } catch {
      return false; // not in the document (added and removed in one batch): scanned as before
    }
  };

  return {
    readNew() {
      const de = doc.documentElement;
      if (!de) return;
      const range = doc.createRange();
      // A mark the page took out of the document (where ranges are not kept live): read it all again.
      if (mark && de.contains(mark.startContainer)) range.setStart(mark.startContainer, mark.startOffset);
      else range.setStart(de, 0);
      range.setEnd(de, de.childNodes.length);
      const text = range.toString();
      const start = range.startContainer;
      const hosts = openShadowHosts(doc, range);
      if (mayMatch(tail + text) || hosts.length > 0) scan(nodeRoots([...newNodes(start, range.startOffset, de), ...hosts]));
      tail = text.length >= TAIL ? text.slice(-TAIL) : (tail + text).slice(-TAIL);
      let last: Node = de;
      while (last.lastChild) last = last.lastChild;
      mark ??= doc.createRange();
      mark.setStart(last, last.nodeType === 1 ? 0 : ((last as CharacterData).length ?? 0));
      mark.collapse(true);
    },
    behind(records) {
      if (mark === null) return [];
      const out: MutationRecord[] = [];
      const after = new Map<Node, boolean>();
      const known = (node: Node) => {
        let a = after.get(node);
        if (a === undefined) after.set(node, (a = isAfterMark(node)));
        return a;
      };
      for (const record of records) {
        if (known(record.target)) continue; // inside new content: the frame reads it
        if (record.type === 'childList') {
          let allAfter = true;
          for (const node of record.addedNodes) if (!isAfterMark(node)) allAfter = false;
          if (allAfter) continue;
        }
        out.push(record);
      }
      return out;
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

/** Custom elements in the range that have an open shadow root (whose text the range cannot read). */
function openShadowHosts(doc: Document, range: Range): Element[] {
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
    const r = query.evaluate(range.startContainer, 7 /* ORDERED_NODE_SNAPSHOT_TYPE */, null);
    for (let i = 0; i < r.snapshotLength; i++) found.push(r.snapshotItem(i) as Element);
  } else {
    const all = doc.getElementsByTagName('*');
    for (let i = 0; i < all.length; i++) if (all[i]!.localName.includes('-')) found.push(all[i]!);
  }
  return found.filter((el) => el.shadowRoot !== null && range.comparePoint(el, 0) >= 0);
}
