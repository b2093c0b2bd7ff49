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
 *
 * Why not a TreeWalker NodeFilter callback? Chromium calls a JS filter once per node across the
 * bindings layer; instead the walker shows elements and text, and a skipped element's subtree is
 * stepped over with nextSibling()/parentNode(), which has the same effect as FILTER_REJECT.
 */

import { INLINE_TAGS, blockFor, containerOf, parentElementOrHost } from './blocks';
import type { Matcher } from './matcher';

export interface ScanMatch {
  /** Id of the trigger that matched (never the matched word). */
  readonly triggerId: string;
  /** Index of the trigger in `matcher.ids`. */
  readonly triggerIndex: number;
  /** The block to blur/hide (see blocks.ts), or null when there is no sensible block. */
  readonly block: Element | null;
}

export interface ScanOptions {
  /** Steady's own UI (e.g. the pause host element): never scanned. */
  readonly isOwnUi?: (el: Element) => boolean;
  /** Also scan open shadow roots (default true). */
  readonly shadowRoots?: boolean;
  /** Reuse block decisions (container → block) across calls; default: a fresh cache per call. */
  readonly blockCache?: Map<Element, Element | null>;
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

function isInsideSkipped(node: Node, isOwnUi?: (el: Element) => boolean): boolean {
  let el: Element | null =
    node.nodeType === 1
      ? (node as Element)
      : node.nodeType === 11 && 'host' in node
        ? (node as ShadowRoot).host
        : parentElementOrHost(node);
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

/**
 * Scan `root` (a document, element, shadow root or text node) for word triggers. Returns each
 * (trigger, block) pair once, in document order of first occurrence.
 *
 * For nodes added later (infinite feeds), pass the added node — or better its container/block, so
 * that text it shares a line with is scanned together.
 */
export function scanForMatches(root: Node, matcher: Matcher, opts: ScanOptions = {}): ScanMatch[] {
  const results: ScanMatch[] = [];
  if (matcher.wordCount === 0) return results;
  const isOwnUi = opts.isOwnUi;
  if (isInsideSkipped(root, isOwnUi)) return results;
  const doc: Document | null = root.nodeType === 9 ? (root as Document) : root.ownerDocument;
  if (!doc) return results;
  const shadow = opts.shadowRoots !== false;
  const cache = opts.blockCache ?? new Map<Element, Element | null>();
  const ids = matcher.ids;

  const seenPerBlock = new Map<Element | null, Set<number>>();
  const segStamp = new Int32Array(ids.length);
  let segId = 1;
  const segFound: number[] = [];
  const stream = matcher.createStream((t) => {
    if (segStamp[t] !== segId) {
      segStamp[t] = segId;
      segFound.push(t);
    }
  });

  let segNode: Node | null = null; // first text node of the current segment
  let curContainer: Element | null | undefined = undefined; // undefined = no open segment

  const finishSegment = (): void => {
    stream.end();
    if (segFound.length > 0 && segNode) {
      const block = blockFor(segNode, cache);
      let seen = seenPerBlock.get(block);
      if (!seen) seenPerBlock.set(block, (seen = new Set()));
      for (const t of segFound) {
        if (seen.has(t)) continue;
        seen.add(t);
        results.push({ triggerId: ids[t]!, triggerIndex: t, block });
      }
      segFound.length = 0;
    }
    segId++;
    curContainer = undefined;
    segNode = null;
  };

  const walk = (walkRoot: Node): void => {
    const walker = doc.createTreeWalker(walkRoot, SHOW_ELEMENT | SHOW_TEXT);
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
          node = skipSubtree(walker);
          continue;
        }
        // Open shadow roots are looked for on custom elements (where the web puts them); reading
        // shadowRoot on every element would cost a DOM call per element.
        if (shadow && kind === K_BREAK && name.includes('-')) {
          const sr = (el as Element & { shadowRoot: ShadowRoot | null }).shadowRoot;
          if (sr) {
            if (curContainer !== undefined) finishSegment();
            walk(sr);
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
          if (container !== curContainer) {
            if (curContainer !== undefined) finishSegment();
            curContainer = container;
            segNode = node;
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
    if (curContainer !== undefined) finishSegment();
  };

  if (shadow && root.nodeType === 1 && (root as Element).localName.includes('-')) {
    const sr = (root as Element & { shadowRoot: ShadowRoot | null }).shadowRoot;
    if (sr) walk(sr);
  }
  walk(root);
  return results;
}

/**
 * Text that counts toward a page pause besides the body text: the document title and the text
 * alternatives of images (img/area/input[type=image] alt, [role=img][aria-label]).
 */
export function pageTextSources(doc: Document): string[] {
  const out: string[] = [];
  const title = doc.title;
  if (title && title.trim()) out.push(title);
  const imgs = doc.querySelectorAll('img[alt], area[alt], input[type="image" i][alt]');
  for (let i = 0; i < imgs.length; i++) {
    const alt = imgs[i]!.getAttribute('alt');
    if (alt && alt.trim()) out.push(alt);
  }
  const labelled = doc.querySelectorAll('[role="img"][aria-label]');
  for (let i = 0; i < labelled.length; i++) {
    const label = labelled[i]!.getAttribute('aria-label');
    if (label && label.trim()) out.push(label);
  }
  return out;
}

/** Trigger ids matched by the page title or image text alternatives. */
export function findInPageTextSources(doc: Document, matcher: Matcher): Set<string> {
  const found = new Set<string>();
  if (matcher.wordCount === 0) return found;
  for (const text of pageTextSources(doc)) {
    for (const id of matcher.findAll(text)) found.add(id);
  }
  return found;
}
