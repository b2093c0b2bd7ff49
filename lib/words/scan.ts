/**
 * Page scanning for word triggers: walk the page's text nodes, run the matcher over them, and say
 * which trigger matched in which block. Pure DOM reads — never innerText, textContent of big
 * subtrees, offsetWidth, getComputedStyle or anything else that forces style or layout.
 *
 * How text is joined (decided here, tested in scan.test.ts):
 *   - Text is matched per CONTAINER (nearest non-inline ancestor, see blocks.ts). Consecutive text
 *     nodes in one container are fed to one matcher stream without building a joined string, so a
 *     word split by inline markup still matches: `<b>abu</b>se` → abuse, and a phrase can run across
 *     inline elements: `hospital <a>stay</a>`.
 *   - An inline element edge is a SOFT boundary: a match may run across it, and it also counts as a
 *     word boundary (`<span>Ann</span><span>hospital</span>` still contains the whole word
 *     "hospital"; frameworks often emit adjacent spans with no space between).
 *   - <br>, <hr> and other non-inline elements inside a container read as a space, so phrases
 *     match across line breaks.
 *   - Nothing matches across two containers — not even a phrase. Two paragraphs, list items or
 *     posts are separate texts; joining them would invent phrases that no one wrote and leave no
 *     single block to blur.
 *   - Skipped entirely (with their subtree): script, style, noscript, template, textarea, input,
 *     select, option, head, title, iframe, object, embed, canvas, video, audio, noembed, noframes,
 *     any [contenteditable] other than "false" (the person's own typing), and any element for which
 *     the injected `isOwnUi(el)` returns true. <code> and <pre> ARE scanned. Open shadow roots of
 *     custom elements (tag name with a dash — where the web uses them) are scanned too; closed ones,
 *     like Steady's own UI, are invisible to the page and to us.
 *   - A skipped element reads as a line break: text on either side never joins into one word
 *     (`abu<script>…</script>se` is not "abuse"). Most of them are widgets that separate words on
 *     screen anyway, the invisible ones do not sit inside words on real pages, and it keeps the
 *     fast path below free of element queries for them.
 *
 * Why not a TreeWalker NodeFilter callback? Chromium calls a JS filter once per node across the
 * bindings layer; instead the walker shows elements and text, and a skipped element's subtree is
 * stepped over with nextSibling()/parentNode(), which has the same effect as FILTER_REJECT.
 */

import { INLINE_TAGS, blockFor, containerOf, parentElementOrHost } from './blocks';
import type { Matcher, MatchStream } from './matcher';
import { customElementsIn, UNDER } from './custom-elements';
import { nativeCandidateRanges } from './native-filter';

export interface ScanMatch {
  /** Id of the trigger that matched (never the matched word). */
  readonly triggerId: string;
  /** Index of the trigger in `matcher.ids`. */
  readonly triggerIndex: number;
  /** The block to blur/hide (see blocks.ts), or null when there is no sensible block. */
  readonly block: Element | null;
  /** Where the matched text starts (its first node), to tell a menu or footer from the content. */
  readonly node: Node;
}

export interface ScanOptions {
  /** Steady's own UI (e.g. the pause host element): never scanned. */
  readonly isOwnUi?: (el: Element) => boolean;
  /** Also scan open shadow roots (default true). */
  readonly shadowRoots?: boolean;
  /** Reuse block decisions (container → block) across calls; default: a fresh cache per call. */
  readonly blockCache?: Map<Element, Element | null>;
  /**
   * Use the fast path (glued text + candidate filter, see below; default true). Results are the
   * same either way; false forces the full walk (tests compare the two).
   */
  readonly fastPath?: boolean;
  /** Tests only: glued-text length from which candidates are located (default LOCATE_MIN). */
  readonly locateMin?: number;
}

const SKIP_TAGS = new Set([
  'script', 'style', 'noscript', 'template', 'textarea', 'input', 'select', 'option', 'optgroup',
  'datalist', 'head', 'title', 'iframe', 'object', 'embed', 'canvas', 'video', 'audio', 'noembed',
  'noframes',
]);

const SHOW_ELEMENT = 0x1;
const SHOW_TEXT = 0x4;

// What the walk does when it meets an element (looked up by tag name; anything else = BREAK).
const K_SKIP = 1; // step over the subtree
const K_INLINE = 2; // an inline edge: soft boundary
const K_TRANSPARENT = 3; // <wbr>: nothing
const K_BREAK = 4; // a line break or block edge: reads as a space
const TAG_KIND = new Map<string, number>();
for (const t of SKIP_TAGS) TAG_KIND.set(t, K_SKIP);
for (const t of INLINE_TAGS) TAG_KIND.set(t, K_INLINE);
TAG_KIND.set('wbr', K_TRANSPARENT);

/** Elements made editable under `root` (queried once per walk instead of one attribute read per element). */
function editableRoots(root: Node): Set<Element> | null {
  const q = (root as Partial<ParentNode>).querySelectorAll;
  if (typeof q !== 'function') return null;
  const list = (root as ParentNode).querySelectorAll('[contenteditable]');
  let set: Set<Element> | null = null;
  for (let i = 0; i < list.length; i++) {
    const el = list[i]!;
    if ((el.getAttribute('contenteditable') ?? '').toLowerCase() !== 'false') (set ??= new Set()).add(el);
  }
  return set;
}

/** Whether this element (and so its subtree) is excluded from scanning. */
export function isSkippedElement(el: Element, isOwnUi?: (el: Element) => boolean): boolean {
  if (SKIP_TAGS.has(el.localName)) return true;
  const ce = el.getAttribute('contenteditable');
  if (ce !== null && ce.toLowerCase() !== 'false') return true;
  return isOwnUi !== undefined && isOwnUi(el);
}

/** The element a node belongs to: itself, a shadow root's host, or a text node's parent. */
function startElement(node: Node): Element | null {
  if (node.nodeType === 1) return node as Element;
  if (node.nodeType === 11 && 'host' in node) return (node as ShadowRoot).host;
  return parentElementOrHost(node);
}

function isInsideSkipped(node: Node, isOwnUi?: (el: Element) => boolean): boolean {
  let el: Element | null = startElement(node);
  for (; el; el = parentElementOrHost(el)) {
    if (isSkippedElement(el, isOwnUi)) return true;
  }
  return false;
}

/** Whitespace-only (common ASCII whitespace and nbsp); conservative: other spaces count as text. */
function isBlank(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c !== 32 && c !== 160 && (c < 9 || c > 13)) return false;
  }
  return true;
}

/** Move the walker past the current node's subtree; returns the next node or null at the end. */
function skipSubtree(walker: TreeWalker): Node | null {
  const sib = walker.nextSibling();
  if (sib) return sib;
  while (walker.parentNode()) {
    const s = walker.nextSibling();
    if (s) return s;
  }
  return null;
}

/** Shared state of one scan (one or several roots): the stream, the per-segment bookkeeping, results. */
class Scanner {
  readonly results: ScanMatch[] = [];
  private readonly ids: readonly string[];
  private readonly seenPerBlock = new Map<Element | null, Set<number>>();
  private readonly segStamp: Int32Array;
  private segId = 1;
  private readonly segFound: number[] = [];
  private own: MatchStream | undefined;
  /** Made on first use: a scan whose candidate filter finds nothing never builds the automaton. */
  private get stream(): MatchStream {
    return (this.own ??= this.matcher.createStream((t) => {
      if (this.segStamp[t] !== this.segId) {
        this.segStamp[t] = this.segId;
        this.segFound.push(t);
      }
    }));
  }
  /** First text node of the current segment. */
  private segNode: Node | null = null;
  /** Container of the open segment; undefined = no open segment. */
  private curContainer: Element | null | undefined = undefined;

  constructor(
    readonly doc: Document,
    readonly matcher: Matcher,
    readonly isOwnUi: ((el: Element) => boolean) | undefined,
    readonly shadow: boolean,
    private readonly cache: Map<Element, Element | null>,
    readonly locateMin: number,
  ) {
    this.ids = matcher.ids;
    this.segStamp = new Int32Array(matcher.ids.length);
  }

  private pageTextLength = -1;
  /** The page's text length, for block choice; read once per scan and only if a block needs it. */
  private readonly pageText = () =>
    this.pageTextLength >= 0 ? this.pageTextLength : (this.pageTextLength = this.doc.body?.textContent?.length ?? 0);

  /** Start a new root whose (trigger, block) pairs are reported independently of earlier roots. */
  newRoot(): void {
    if (this.seenPerBlock.size > 0) this.seenPerBlock.clear();
  }

  private finishSegment(): void {
    this.own?.end();
    const segFound = this.segFound;
    if (segFound.length > 0 && this.segNode) {
      const block = blockFor(this.segNode, this.cache, this.pageText);
      let seen = this.seenPerBlock.get(block);
      if (!seen) this.seenPerBlock.set(block, (seen = new Set()));
      for (const t of segFound) {
        if (seen.has(t)) continue;
        seen.add(t);
        this.results.push({ triggerId: this.ids[t]!, triggerIndex: t, block, node: this.segNode });
      }
      segFound.length = 0;
    }
    this.segId++;
    this.curContainer = undefined;
    this.segNode = null;
  }

  /** Scan everything under `root` (not inside skipped content: the caller checked). */
  scanFrom(root: Node): void {
    if (this.shadow && root.nodeType === 1 && (root as Element).localName.includes('-')) {
      const sr = (root as Element & { shadowRoot: ShadowRoot | null }).shadowRoot;
      if (sr) this.walk(sr);
    }
    this.walk(root);
  }

  private walk(walkRoot: Node): void {
    const stream = this.stream;
    const isOwnUi = this.isOwnUi;
    const shadow = this.shadow;
    const walker = this.doc.createTreeWalker(walkRoot, SHOW_ELEMENT | SHOW_TEXT);
    let lastParent: Node | null = null;
    let lastContainer: Element | null = null;
    let prevTextParent: Node | null = null;
    let sawInline = false; // an inline element edge since the previous text node
    let sawBreak = false; // a <br> / non-inline element since the previous text node

    const editable = editableRoots(walkRoot);
    let node: Node | null = walkRoot.nodeType === 3 ? walkRoot : walker.nextNode();
    while (node) {
      const type = node.nodeType;
      if (type === 1) {
        const el = node as Element;
        const name = el.localName;
        const kind = TAG_KIND.get(name) ?? K_BREAK;
        if (kind === K_SKIP || (editable !== null && editable.has(el)) || (isOwnUi !== undefined && isOwnUi(el))) {
          sawBreak = true;
          node = skipSubtree(walker);
          continue;
        }
        // Open shadow roots are looked for on custom elements (where the web puts them); reading
        // shadowRoot on every element would cost a DOM call per element.
        if (shadow && kind === K_BREAK && name.includes('-')) {
          const sr = (el as Element & { shadowRoot: ShadowRoot | null }).shadowRoot;
          if (sr) {
            if (this.curContainer !== undefined) this.finishSegment();
            this.walk(sr);
            prevTextParent = null;
          }
        }
        if (kind === K_INLINE) sawInline = true;
        else if (kind === K_BREAK) sawBreak = true;
      } else if (type === 3) {
        const data = (node as Text).data;
        if (isBlank(data)) {
          // Indentation between blocks, or the space between two inline elements: it only matters
          // as a space if the next text continues the same container.
          sawBreak = true;
        } else {
          const parent = node.parentNode;
          let container: Element | null;
          if (parent === lastParent) container = lastContainer;
          else {
            container = containerOf(node);
            lastParent = parent;
            lastContainer = container;
          }
          if (container !== this.curContainer) {
            if (this.curContainer !== undefined) this.finishSegment();
            this.curContainer = container;
            this.segNode = node;
          } else if (sawBreak) {
            stream.feed(' ');
          } else if (sawInline || parent !== prevTextParent) {
            stream.softBoundary();
          }
          sawInline = false;
          sawBreak = false;
          prevTextParent = parent;
          stream.feed(data);
        }
      }
      node = node === walkRoot ? null : walker.nextNode();
    }
    if (this.curContainer !== undefined) this.finishSegment();
  }
}

// ---------------------------------------------------------------------------------------------
// Fast path: glued text + candidate filter, then only the blocks that may hold a match.
//
// `root.textContent` is read natively (no layout) and the matcher's candidate filter runs over it
// in one tight pass (see Matcher.candidateEnds: tokens of the words, folded like the matcher, no
// boundary rules). Most pages and most feed posts contain no candidate at all, and then no element
// is visited from JS. Otherwise each candidate is located in its text node (a walk over text nodes
// that only adds up lengths, stopping after the last candidate) and only the CONTAINERS of those
// text nodes are scanned, with the normal walk and the same shared state.
//
// Why this never changes the result:
//   - A container C is not inline, so no segment (run of text matched together) crosses C's edges:
//     scanning C's subtree alone gives exactly the segments the full walk gives inside C. Regions
//     are scanned in document order with nested ones dropped, so results come in the same order.
//   - A real match lies in one segment, whose text is the data of consecutive text nodes of one
//     container with " " (breaks) or nothing (inline edges) between them. Nothing else lies between
//     those text nodes in textContent: skipped content reads as a break in the walk (see the top of
//     this file), so it ends a token, and comments are in neither. A token has no space, so its
//     characters are contiguous in textContent. Open shadow roots are not in textContent: their
//     hosts are always scanned.
//   - The token of the real match then ends at a character of a text node of its segment, so that
//     segment's container is among the regions.

/** Below this much glued text, a candidate makes the scanner walk the whole root (no locating). */
const LOCATE_MIN = 4096;
/** More candidates (or regions) than this: the page is full of them, walk everything. */
const MAX_CANDIDATES = 2000;
const MAX_REGIONS = 400;
const SHOW_CDATA_SECTION = 0x8;
function isRegion(el: Element | null): el is Element {
  return el !== null && (TAG_KIND.get(el.localName) ?? K_BREAK) !== K_INLINE && el.localName !== 'wbr';
}

/**
 * Candidate ranges of the glued text (flat [start, end, …], sorted, disjoint, inclusive): from the
 * native filter when the words allow it (native-filter.ts), else from the matcher's candidate
 * filter. Null: too many candidates (or no filter possible).
 */
function candidateRanges(matcher: Matcher, text: string): number[] | null {
  const nt = matcher.nativeTokens();
  if (nt !== null) {
    const r = nativeCandidateRanges(text, nt, MAX_CANDIDATES);
    if (r !== null) return r;
  }
  const ends = matcher.candidateEnds(text, MAX_CANDIDATES);
  if (ends === null) return null;
  const out: number[] = [];
  for (const e of ends) out.push(e, e);
  return out;
}

/**
 * Whether `text` may hold one of the words: the same candidate filter as the fast path, over text
 * glued with nothing between nodes (a superset: false means surely none of them).
 */
export function textMayMatch(matcher: Matcher, text: string): boolean {
  if (matcher.wordCount === 0) return false;
  const ranges = candidateRanges(matcher, text);
  return ranges === null || ranges.length > 0;
}

/**
 * Locate candidates: add up text node lengths (textContent = their data in tree order); every text
 * node that overlaps a candidate range gives its container. The walk goes forward to the ranges
 * before the widest gap between two of them and backward from the end to the ones after it, so
 * the text between them (usually most of the page) is never visited. False: give up (too many
 * regions, or a candidate outside any region).
 */
function locateRegions(doc: Document, top: Element, n: number, ranges: number[], regions: Element[]): boolean {
  const m = ranges.length;
  // ranges[split…] are found walking backward; the cost of a choice is the text it walks.
  let split = m;
  let best = ranges[m - 1]!;
  for (let j = 0; j < m; j += 2) {
    const cost = (j === 0 ? 0 : ranges[j - 1]!) + (n - ranges[j]!);
    if (cost < best) {
      best = cost;
      split = j;
    }
  }
  const add = (node: Node): boolean => {
    const c = containerOf(node);
    if (!isRegion(c)) return false;
    if (regions.length === 0 || regions[regions.length - 1] !== c) regions.push(c);
    return regions.length <= MAX_REGIONS;
  };
  const show = SHOW_TEXT | SHOW_CDATA_SECTION;
  if (split > 0) {
    const walker = doc.createTreeWalker(top, show);
    let off = 0;
    let k = 0;
    for (let node = walker.nextNode(); node !== null && k < split; node = walker.nextNode()) {
      const next = off + (node as CharacterData).length;
      if (ranges[k]! < next && next > off) {
        // ranges[k + 1] >= off here: ranges ending before this node were passed below.
        if (!add(node)) return false;
        while (k < split && ranges[k + 1]! < next) k += 2;
      }
      off = next;
    }
  }
  if (split < m) {
    const walker = doc.createTreeWalker(top, show);
    let end = n;
    let k = m - 2;
    for (let node = walker.lastChild(); node !== null && k >= split; node = walker.previousNode()) {
      const start = end - (node as CharacterData).length;
      if (ranges[k + 1]! >= start && end > start) {
        // ranges[k] < end here: ranges starting after this node were passed below.
        if (!add(node)) return false;
        while (k >= split && ranges[k]! >= start) k -= 2;
      }
      end = start;
    }
  }
  return true;
}

/**
 * Scan `root` through the fast path. Returns false (having done nothing visible) when the fast path
 * does not apply; the caller then walks the root. `root` is not inside skipped content.
 */
function fastScan(sc: Scanner, root: Node, knownHosts?: Element[]): boolean {
  let top: Element;
  if (root.nodeType === 9) {
    const de = (root as Document).documentElement;
    if (!de) return false;
    top = de;
  } else if (isBlockRoot(root)) {
    top = root;
  } else return false; // inline roots join outer text
  const text = top.textContent ?? '';
  const ranges = candidateRanges(sc.matcher, text);
  if (ranges === null) return false;
  const locate = text.length >= sc.locateMin;
  const regions: Element[] = [];

  // Open shadow roots (not in textContent).
  if (sc.shadow) {
    const hosts = knownHosts ? [...knownHosts] : customElementsIn(sc.doc, UNDER, top);
    if (top.localName.includes('-')) hosts.push(top);
    for (const host of hosts) {
      if ((host as Element & { shadowRoot: ShadowRoot | null }).shadowRoot === null) continue;
      if (!locate) return false;
      regions.push(host);
    }
  }

  if (ranges.length > 0) {
    if (!locate) return false;
    if (!locateRegions(sc.doc, top, text.length, ranges, regions)) return false;
  }
  if (regions.length === 0) return true; // nothing can match

  // Document order, outermost only.
  regions.sort((a, b) => (a === b ? 0 : a.compareDocumentPosition(b) & 4 /* FOLLOWING */ ? -1 : 1));
  let last: Element | null = null;
  for (const r of regions) {
    if (last !== null && (r === last || last.contains(r))) continue;
    last = r;
    if (r !== top && isInsideSkipped(r, sc.isOwnUi)) continue;
    sc.scanFrom(r);
  }
  return true;
}

/** An element root whose edges end lines of text (not inline): what fastScan works on. */
function isBlockRoot(node: Node): node is Element {
  return node.nodeType === 1 && (TAG_KIND.get((node as Element).localName) ?? K_BREAK) === K_BREAK;
}

/** From this many roots on, a batch shares its custom-element queries (see hostsForBatch). */
const BATCH_MIN = 16;

/**
 * Custom elements under each root of a batch (a feed's new posts), for the runs of sibling roots
 * that make up all of their parent's element children: one query on the parent instead of one per
 * root. Roots not in such a run are left out (fastScan queries them itself).
 */
function hostsForBatch(doc: Document, roots: Element[]): Map<Element, Element[]> {
  const out = new Map<Element, Element[]>();
  for (let i = 0; i < roots.length; ) {
    const parent = roots[i]!.parentElement;
    let j = i + 1;
    while (j < roots.length && roots[j - 1]!.nextElementSibling === roots[j]) j++;
    const run = roots.slice(i, j);
    i = j;
    if (parent === null || run.length < BATCH_MIN || run[0]!.previousElementSibling !== null || run[run.length - 1]!.nextElementSibling !== null) continue;
    for (const root of run) out.set(root, []);
    for (const host of customElementsIn(doc, UNDER, parent)) {
      let root: Element = host;
      while (root.parentElement !== parent) root = root.parentElement!;
      if (root !== host) out.get(root)!.push(host);
    }
  }
  return out;
}

function scannerFor(root: Node, matcher: Matcher, opts: ScanOptions): Scanner | null {
  const doc: Document | null = root.nodeType === 9 ? (root as Document) : root.ownerDocument;
  if (!doc) return null;
  return new Scanner(doc, matcher, opts.isOwnUi, opts.shadowRoots !== false, opts.blockCache ?? new Map(), opts.locateMin ?? LOCATE_MIN);
}

/**
 * Scan `root` (a document, element, shadow root or text node) for word triggers. Returns each
 * (trigger, block) pair once, in document order of first occurrence.
 *
 * For nodes added later (infinite feeds), pass the added node — or better its container/block, so
 * that text it shares a line with is scanned together. For many roots at once, use scanRoots.
 */
export function scanForMatches(root: Node, matcher: Matcher, opts: ScanOptions = {}): ScanMatch[] {
  if (matcher.wordCount === 0) return [];
  if (isInsideSkipped(root, opts.isOwnUi)) return [];
  const sc = scannerFor(root, matcher, opts);
  if (!sc) return [];
  if (opts.fastPath === false || !fastScan(sc, root)) sc.scanFrom(root);
  return sc.results;
}

/**
 * Scan several roots (e.g. the nodes added by one batch of mutations). Equivalent to concatenating
 * `scanForMatches(root, …)` for each root in order (each root reports its own pairs), but shares
 * the setup: one stream, one skip check per ancestor, and the fast path per root.
 */
export function scanRoots(roots: Iterable<Node>, matcher: Matcher, opts: ScanOptions = {}): ScanMatch[] {
  if (matcher.wordCount === 0) return [];
  let sc: Scanner | null = null;
  const clean = new Map<Node, boolean>(); // ancestor → inside skipped content?
  const list = [...roots].filter((root) => !insideSkippedMemo(root, opts.isOwnUi, clean));
  // A big batch of block roots in one document (a feed's new posts) shares its element queries.
  let hosts: Map<Element, Element[]> | null = null;
  if (opts.fastPath !== false && opts.shadowRoots !== false && list.length >= BATCH_MIN) {
    const doc = list[0]!.ownerDocument;
    const blocks = list.filter((r): r is Element => isBlockRoot(r) && r.ownerDocument === doc);
    if (doc && blocks.length >= BATCH_MIN) hosts = hostsForBatch(doc, blocks);
  }
  for (const root of list) {
    if (sc === null || sc.doc !== (root.nodeType === 9 ? root : root.ownerDocument)) {
      const next = scannerFor(root, matcher, opts);
      if (!next) continue;
      if (sc !== null) next.results.push(...sc.results);
      sc = next;
    }
    sc.newRoot();
    if (opts.fastPath === false || !fastScan(sc, root, hosts?.get(root as Element))) sc.scanFrom(root);
  }
  return sc === null ? [] : sc.results;
}

/** isInsideSkipped with a memo of the elements already looked at (shared ancestors of many roots). */
function insideSkippedMemo(node: Node, isOwnUi: ((el: Element) => boolean) | undefined, memo: Map<Node, boolean>): boolean {
  let el: Element | null = startElement(node);
  const path: Element[] = [];
  let result = false;
  for (; el; el = parentElementOrHost(el)) {
    const known = memo.get(el);
    if (known !== undefined) {
      result = known;
      break;
    }
    path.push(el);
    if (isSkippedElement(el, isOwnUi)) {
      result = true;
      break;
    }
  }
  // Everything on the path is inside skipped content iff the first skipped element / known answer
  // is at or above it.
  for (const p of path) memo.set(p, result);
  return result;
}

/**
 * Text that counts toward a page pause besides the body text: the document title and the text
 * alternatives of images (img/area/input[type=image] alt, [role=img][aria-label]).
 */
export function pageTextSources(doc: Document): string[] {
  const out: string[] = [];
  const add = (text: string | null) => {
    if (text && text.trim()) out.push(text);
  };
  add(doc.title);
  // Tag collections rather than one selector list, which tests every element against every
  // selector: several times cheaper on a big page.
  for (const tag of ['img', 'area', 'input']) {
    const list = doc.getElementsByTagName(tag);
    for (let i = 0; i < list.length; i++) {
      const el = list[i]!;
      if (tag === 'input' && (el.getAttribute('type') ?? '').toLowerCase() !== 'image') continue;
      add(el.getAttribute('alt'));
    }
  }
  const labelled = doc.querySelectorAll('[role="img"][aria-label]');
  for (let i = 0; i < labelled.length; i++) add(labelled[i]!.getAttribute('aria-label'));
  return out;
}

/** Trigger ids matched by the page title or image text alternatives. */
export function findInPageTextSources(doc: Document, matcher: Matcher): Set<string> {
  const found = new Set<string>();
  if (matcher.wordCount === 0) return found;
  const sources = pageTextSources(doc);
  if (sources.length === 0) return found;
  // The candidate filter over all of them at once first (each text stays whole between line
  // breaks, so every real match still holds its token); then only the texts a candidate falls in
  // are matched.
  const ranges = candidateRanges(matcher, sources.join('\n'));
  let k = 0;
  let start = 0;
  for (const text of sources) {
    const end = start + text.length; // exclusive; a "\n" follows
    if (ranges !== null) while (k < ranges.length && ranges[k + 1]! < start) k += 2;
    if (ranges === null || (k < ranges.length && ranges[k]! < end)) {
      for (const id of matcher.findAll(text)) found.add(id);
    }
    start = end + 1;
  }
  return found;
}
