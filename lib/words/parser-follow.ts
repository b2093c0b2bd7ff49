import { customElementsIn, FROM } from './custom-elements';
import { nodeRoots } from './mutation-roots';

/**
 * Reading a page as the parser writes it, for the price of one native look per frame at what is new.
 *
 * Why: while a page loads, the parser adds one node at a time, and a MutationObserver on the
 * document gets a record for each: reading 100,000 of them from script costs far more than the
 * words could (about 20 ms on a big page just to touch them, and as much again to sort them). The
 * browser paints only after it runs the page's animation-frame callbacks, so it is enough to read,
 * in each frame before paint, what was written since the last one.
 *
 * How: a live Range marks where the reading got to (the document's last node, at its end). Each
 * frame, the text from there to the end is read natively (`Range.toString`) and put through the
 * native candidate filter: nearly always nothing can match, and no node is visited from script.
 * Otherwise the new part is scanned, as added nodes are. Every frame's work is in proportion to
 * what arrived since the last one, however slowly the page comes.
 *
 * What the page's own scripts change in what was already read is observed, without a record for
 * each node the parser adds: the parser only ever appends to the elements still open (the mark's
 * ancestors), so those are observed for their own children alone, and everything finished (each
 * child of an open element but the open one) is observed with its subtree. A record from a
 * finished part is a change to read text: scanned at once. An append to the end of an open
 * element lands after the mark: the next frame reads it.
 *
 * Why nothing is missed:
 *   - Everything the parser adds lands after the mark, so it is in the next frame's text, and that
 *     frame runs before the paint that would show it.
 *   - A word split across two frames: the end of the last text (longer than any word can be) goes
 *     in front of the new text, and the mark's own block is scanned with the new part.
 *   - Open shadow roots are not in the text: new custom elements that have one are scanned.
 *   - The Range is live: when the page removes or moves the mark's node, the browser moves the
 *     mark to where it was, which only makes the next text longer.
 */

/** More than the longest word can be once folded (a word has at most 100 characters). */
const TAIL = 256;
const AFTER = 1;
const FINISHED: MutationObserverInit = { childList: true, subtree: true, characterData: true };
const OPEN: MutationObserverInit = { childList: true };

export interface ParserFollowOptions {
  /** The native filter: false when `text` surely holds none of the words. */
  mayMatch: (text: string) => boolean;
  /** Scans the roots now (the roots of nodes new to the scanner, see mutation-roots.ts). */
  scan: (roots: Node[]) => void;
  /** Changes the page made to what was already read (to be scanned now, as any later change is). */
  changed: (records: MutationRecord[]) => void;
}

export interface ParserFollow {
  /** Reads what was written since the last call (the whole page the first time). */
  readNew(): void;
  /**
   * The page is parsed: what is left is read, and from then on every change anywhere in the
   * document goes to `changed`. The same observer takes the whole document on (one more
   * registration) rather than a new one: letting go of one registration per finished part cost
   * 2–3 ms on a page of 8,000 rows, and a record for a change is still made once per observer.
   */
  finish(): void;
  /** No more observing, and nothing more read. */
  stop(): void;
}

export function followParser(doc: Document, { mayMatch, scan, changed }: ParserFollowOptions): ParserFollow {
  let mark: Range | null = null;
  let tail = '';
  /** The elements the parser may still append to, as of the last read. */
  let open: Element[] = [];
  let openSet = new Set<Node>();

  const isAfterMark = (node: Node): boolean => {
    try {
      return mark!.comparePoint(node, 0) === AFTER;
    } catch {
      return false; // not in the document (added and removed at once): scanned, as before
    }
  };
  // Whether anything changed since the last read: the parser's first node of a frame always lands in
  // an element that was open (observed), or in the mark's own text. Frames with nothing new cost nothing.
  let dirty = true;
  let markState: string | number = -1;
  /** Parsed: every record is a change to tell. */
  let parsed = false;
  const observer = new MutationObserver((records) => {
    if (parsed) return changed(records);
    dirty = true;
    sortOut(records);
  });
  const sortOut = (records: MutationRecord[]) => {
    if (records.length === 0) return;
    // The page moved the element the parser writes into away from the mark: nothing is "after" now.
    const intact = mark !== null && open.length > 0 && open[0]!.contains(mark.startContainer);
    const behind: MutationRecord[] = [];
    for (const record of records) {
      if (intact && openSet.has(record.target)) {
        if (record.nextSibling === null) continue; // appended at the end of an open element: after the mark
        let allAfter = true;
        for (const node of record.addedNodes) if (!isAfterMark(node)) allAfter = false;
        if (allAfter) continue;
      }
      behind.push(record);
    }
    if (behind.length > 0) changed(behind);
  };

  /** After a read: observe what is finished now, and the elements still open for their children. */
  const watchFinished = (from: Node, offset: number, de: Element, last: Node) => {
    const chain: Element[] = [];
    for (let n: Node | null = last.nodeType === 1 ? last : last.parentNode; n && n !== doc; n = n.parentNode) chain.push(n as Element);
    const chainSet = new Set<Node>(chain);
    // What was open and is finished now, and the new nodes: each one finished is observed with its
    // subtree; one still open is observed for its children, and its children looked at in turn.
    const look = (node: Node) => {
      // The last text may still grow as the parser goes on: the live mark follows any change to
      // it (the next read starts where it points), and it is observed once it is not the last.
      if (node === last && node.nodeType !== 1) return;
      if (!chainSet.has(node)) return void observer.observe(node, FINISHED);
      if (!openSet.has(node)) observer.observe(node, OPEN);
      for (let c = node.firstChild; c; c = c.nextSibling) look(c);
    };
    for (const el of open) if (!chainSet.has(el) && el.isConnected) observer.observe(el, FINISHED);
    if (openSet.size === 0) look(de);
    else {
      // The new nodes: what follows the mark inside its node, then after it and after each ancestor
      // (children of an element open before this read were looked at then, up to the mark).
      if (from.nodeType !== 1 || !openSet.has(from)) look(from);
      eachAfter(from, offset, de, look);
    }
    open = chain;
    openSet = chainSet;
  };

  return {
    readNew() {
      const de = doc.documentElement;
      if (!de) return;
      const pending = observer.takeRecords();
      if (pending.length > 0) {
        dirty = true;
        sortOut(pending);
      }
      if (!dirty && mark !== null && stateOf(mark.startContainer) === markState) return;
      dirty = false;
      const range = doc.createRange();
      const known = mark !== null && de.contains(mark.startContainer);
      // From the start of the mark's text: not observed while it is the last, a script may have changed it.
      if (known) range.setStart(mark!.startContainer, mark!.startContainer.nodeType === 1 ? mark!.startOffset : 0);
      else range.setStart(de, 0);
      range.setEnd(de, de.childNodes.length);
      const text = range.toString();
      const from = range.startContainer;
      const offset = range.startOffset;
      const hosts = openShadowHosts(doc, from, offset);
      if (mayMatch(tail + text) || hosts.length > 0) scan(known ? nodeRoots([...newNodes(from, offset, de), ...hosts]) : [de]);
      tail = text.length >= TAIL ? text.slice(-TAIL) : (tail + text).slice(-TAIL);
      let last: Node = de;
      while (last.lastChild) last = last.lastChild;
      if (known) watchFinished(from, offset, de, last);
      else {
        // The first read (or a mark the page took out where ranges are not kept live): all is new.
        open = [];
        openSet = new Set();
        watchFinished(de, 0, de, last);
      }
      mark ??= doc.createRange();
      mark.setStart(last, last.nodeType === 1 ? 0 : lengthOf(last));
      mark.collapse(true);
      markState = stateOf(last);
    },
    finish() {
      this.readNew();
      parsed = true;
      observer.observe(doc, FINISHED);
    },
    stop: () => observer.disconnect(),
  };
}

/** What the last node holds: its text, or how many children it has. */
const stateOf = (node: Node): string | number => (node.nodeType === 1 ? node.childNodes.length : ((node as CharacterData).data ?? ''));
const lengthOf = (node: Node): number => (node.nodeType === 1 ? node.childNodes.length : ((node as CharacterData).length ?? 0));

/**
 * The nodes a scan of the new part starts from: the mark's own node (its block holds the end of the
 * last frame's text), what follows it inside, and everything after each of its ancestors.
 */
function newNodes(start: Node, offset: number, de: Element): Node[] {
  const out: Node[] = start === de ? [] : [start];
  eachAfter(start, offset, de, (n) => void out.push(n));
  return out;
}

/** Each outermost node after the point (start, offset) in the document element: the start's children from the offset, then what follows the start and each ancestor. */
function eachAfter(start: Node, offset: number, de: Element, visit: (node: Node) => void): void {
  if (start.nodeType === 1) for (let c = start.childNodes[offset] ?? null; c; c = c.nextSibling) visit(c);
  for (let a: Node | null = start; a && a !== de; a = a.parentNode) for (let n = a.nextSibling; n; n = n.nextSibling) visit(n);
}

/** Custom elements after the point (node, offset) that have an open shadow root (whose text is in no range's text). */
function openShadowHosts(doc: Document, node: Node, offset: number): Element[] {
  const from = doc.createRange();
  from.setStart(node, offset);
  return customElementsIn(doc, FROM, node).filter((el) => el.shadowRoot !== null && from.comparePoint(el, 0) >= 0);
}
