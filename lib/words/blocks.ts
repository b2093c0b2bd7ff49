/**
 * Which element to blur or hide for a word-trigger match — decided from tag names, ARIA roles and
 * DOM structure only. Nothing here reads layout or styles (no getComputedStyle, offsetWidth,
 * innerText…), so it never forces a style/layout pass on the page.
 *
 * The rule (blockFor):
 *   0. Start from the text's CONTAINER: its nearest ancestor that is not inline phrasing content
 *      (<b>, <a>, <span>, <em>, <code>…). Shadow roots are crossed to their host. A single inline
 *      word is therefore never returned.
 *   1. Collect the ancestor chain from the container up to, but excluding, the first PAGE-LEVEL
 *      element: <html>, <body>, <main>, [role=main], [role=feed]. Nothing page-level is ever returned.
 *   2. ITEM: the nearest <article>, [role=article], [role=comment], <li>, [role=listitem], <tr>,
 *      [role=row], <blockquote>, <figure>, <dd> or <dt> on the chain is chosen, unless it holds too
 *      much (more than MAX_ITEM_BLOCKS paragraph-level descendants: a whole news story, a mega-menu)
 *      or it is an article that is a lone page COLUMN (its parent is page-level and it has no
 *      sibling of the same tag — a feed of <article>s in <main> is fine, the one <article> of a
 *      story page is not).
 *   3. Otherwise the nearest TEXT BLOCK below the rejected item (or on the chain when there is no
 *      item): <p>, <h1>–<h6>, <pre>, <figcaption>, <caption>, <td>, <th>, <summary>, <legend>,
 *      <address> — if it is at most MAX_GENERIC_CLIMB levels up and small (not a layout table cell
 *      holding a page column); a big one also bounds the climbing in step 4.
 *   4. Otherwise (div soup) start at the container and climb at most MAX_GENERIC_CLIMB levels
 *      through generic wrappers (<div>, <section>, <a>, custom elements). Stop at a candidate that
 *      has child elements and a "twin" sibling (same tag and same class attribute: a repeated post
 *      in a feed — text-only twins are just lines of one post, so climbing continues past them),
 *      and never climb to a page column or to a parent holding more than MAX_GENERIC_ELEMENTS
 *      elements. Climbing never passes a rejected item.
 *   5. If what is left still holds too much (bare text directly inside a page wrapper), return null:
 *      there is nothing sensible to blur (the caller can still pause the page).
 *   6. Never more than the match needs: a block holding over MAX_BLOCK_TEXT characters of text, or
 *      over a third of the page's text (once it holds over MIN_SHARE_TEXT), gives way to the
 *      highest element below it on the way to the text that is small enough (the paragraph, not
 *      the story), down to the text's own container. This reads textContent — the DOM's text,
 *      still no style or layout.
 */

/** Phrasing elements whose boundaries do not start a new line of text (default display: inline). */
export const INLINE_TAGS: ReadonlySet<string> = new Set([
  'a', 'abbr', 'acronym', 'b', 'bdi', 'bdo', 'big', 'blink', 'cite', 'code', 'data', 'del', 'dfn',
  'em', 'font', 'i', 'img', 'ins', 'kbd', 'label', 'mark', 'nobr', 'output', 'q', 'rb', 'rp', 'rt',
  'rtc', 'ruby', 's', 'samp', 'small', 'span', 'strike', 'strong', 'sub', 'sup', 'time', 'tt', 'u',
  'var', 'wbr', 'tspan', 'textPath',
]);

const PAGE_LEVEL_TAGS = new Set(['html', 'body', 'main']);
const PAGE_LEVEL_ROLES = new Set(['main', 'feed']);
const ITEM_TAGS = new Set(['article', 'li', 'tr', 'blockquote', 'figure', 'dd', 'dt']);
const ITEM_ROLES = new Set(['article', 'comment', 'listitem', 'row']);
const TEXT_BLOCK_TAGS = new Set([
  'p', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'pre', 'figcaption', 'caption', 'td', 'th', 'summary',
  'legend', 'address',
]);
const GENERIC_TAGS = new Set(['div', 'section', 'a', 'span', 'center', 'hgroup']);
const PARAGRAPH_LEVEL_SELECTOR =
  'p,h1,h2,h3,h4,h5,h6,li,tr,blockquote,pre,dd,dt,figure,article,[role="article"],table,section';

/** More paragraph-level descendants than this = the element holds a large part of the page. */
export const MAX_ITEM_BLOCKS = 24;
/** Generic climbing stops below a parent with more elements than this. */
export const MAX_GENERIC_ELEMENTS = 60;
/** Generic climbing goes up at most this many levels from the container. */
export const MAX_GENERIC_CLIMB = 4;
/** A block with more text than this veils too much for one match (step 6). */
export const MAX_BLOCK_TEXT = 1500;
/** Below this much text a block is never too big a share of the page (and the page is not read). */
export const MIN_SHARE_TEXT = 500;
/** Safety bound on ancestor walks. */
const MAX_CHAIN = 64;

/** Whether an element is inline phrasing content (its edges don't break a line of text). */
export function isInlineElement(el: Element): boolean {
  return INLINE_TAGS.has(el.localName);
}

/** Parent element, crossing a shadow root boundary to its host. */
export function parentElementOrHost(node: Node): Element | null {
  const p = node.parentNode;
  if (!p) return null;
  if (p.nodeType === 1) return p as Element;
  if (p.nodeType === 11 && 'host' in p) return (p as ShadowRoot).host;
  return null;
}

/**
 * The text's container: nearest ancestor (or the element itself) that is not inline. Text in one
 * container reads as one run; the scanner matches across inline elements only within it.
 */
export function containerOf(node: Node): Element | null {
  let el: Element | null = node.nodeType === 1 ? (node as Element) : parentElementOrHost(node);
  for (let i = 0; el && i < MAX_CHAIN && isInlineElement(el); i++) el = parentElementOrHost(el);
  return el;
}

function role(el: Element): string {
  const r = el.getAttribute('role');
  return r ? r.trim().toLowerCase() : '';
}

/** <html>, <body>, <main>, [role=main], [role=feed]: never blurred as a whole. */
export function isPageLevel(el: Element): boolean {
  return PAGE_LEVEL_TAGS.has(el.localName) || PAGE_LEVEL_ROLES.has(role(el));
}

function isItem(el: Element): boolean {
  return ITEM_TAGS.has(el.localName) || ITEM_ROLES.has(role(el));
}

function isArticle(el: Element): boolean {
  if (el.localName === 'article') return true;
  const r = role(el);
  return r === 'article' || r === 'comment';
}

function isGeneric(el: Element): boolean {
  return GENERIC_TAGS.has(el.localName) || el.localName.includes('-');
}

/** The commonest paragraph-level tags, counted first: enough of them settles the question. */
const COMMON_PARAGRAPH_TAGS = ['p', 'li', 'tr'];

function holdsTooMuch(el: Element): boolean {
  // Cheap checks first: a tag collection's length needs no selector matching, while the selector
  // list tests every element of a big story against every selector.
  if (el.getElementsByTagName('*').length <= MAX_ITEM_BLOCKS) return false;
  let common = 0;
  for (const tag of COMMON_PARAGRAPH_TAGS) {
    common += el.getElementsByTagName(tag).length;
    if (common > MAX_ITEM_BLOCKS) return true;
  }
  return el.querySelectorAll(PARAGRAPH_LEVEL_SELECTOR).length > MAX_ITEM_BLOCKS;
}

function isColumn(el: Element): boolean {
  const p = parentElementOrHost(el);
  return p === null || isPageLevel(p);
}

function hasSiblingWith(el: Element, same: (sib: Element) => boolean): boolean {
  const prev = el.previousElementSibling;
  if (prev && same(prev)) return true;
  const next = el.nextElementSibling;
  return next !== null && same(next);
}

function hasSameTagSibling(el: Element): boolean {
  return hasSiblingWith(el, (s) => s.localName === el.localName);
}

function hasTwinSibling(el: Element): boolean {
  const cls = el.getAttribute('class') ?? '';
  return hasSiblingWith(el, (s) => s.localName === el.localName && (s.getAttribute('class') ?? '') === cls);
}

/** The length of the page's text; read at most once per scan, and only when a block may be too big a share. */
export type PageTextLength = () => number;

function textLength(el: Element): number {
  return el.textContent?.length ?? 0;
}

function tooMuchText(el: Element, pageText: PageTextLength | undefined): boolean {
  const length = textLength(el);
  if (length > MAX_BLOCK_TEXT) return true;
  return length > MIN_SHARE_TEXT && pageText !== undefined && length * 3 > pageText();
}

/** Step 6: from `block` down the chain toward the text, the first element that is small enough. */
function fitted(block: Element, chain: Element[], pageText: PageTextLength | undefined): Element {
  if (!tooMuchText(block, pageText)) return block;
  for (let i = chain.indexOf(block) - 1; i >= 0; i--) {
    const el = chain[i]!;
    if (!tooMuchText(el, pageText)) return el;
  }
  return chain[0]!;
}

function computeBlock(container: Element, pageText?: PageTextLength): Element | null {
  const chain: Element[] = [];
  const block = chooseBlock(container, chain);
  return block && fitted(block, chain, pageText);
}

function chooseBlock(container: Element, chain: Element[]): Element | null {
  if (isPageLevel(container)) return null;
  for (let el: Element | null = container; el && chain.length < MAX_CHAIN && !isPageLevel(el); el = parentElementOrHost(el)) {
    chain.push(el);
  }

  // 2. Nearest item.
  let limit = chain.length;
  const itemIdx = chain.findIndex(isItem);
  if (itemIdx >= 0) {
    const item = chain[itemIdx]!;
    const lonePageColumn = isArticle(item) && isColumn(item) && !hasSameTagSibling(item);
    if (!holdsTooMuch(item) && !lonePageColumn) return item;
    limit = itemIdx;
  }

  // 3. Nearest text block (below the rejected item).
  for (let i = 0; i < limit; i++) {
    const el = chain[i]!;
    if (TEXT_BLOCK_TAGS.has(el.localName)) {
      if (i <= MAX_GENERIC_CLIMB && !holdsTooMuch(el) && el.getElementsByTagName('*').length <= MAX_GENERIC_ELEMENTS) {
        return el;
      }
      limit = i; // e.g. a layout table cell: only look below it
      break;
    }
  }
  if (limit === 0) return null;

  // 4. Div soup: climb generic wrappers a little.
  let cand = chain[0]!;
  for (let i = 0; i < MAX_GENERIC_CLIMB && i + 1 < limit; i++) {
    if (cand.childElementCount > 0 && hasTwinSibling(cand)) break;
    const parent = chain[i + 1]!;
    if (!isGeneric(parent) || isColumn(parent)) break;
    if (parent.getElementsByTagName('*').length > MAX_GENERIC_ELEMENTS) break;
    cand = parent;
  }
  // 5.
  if (holdsTooMuch(cand)) return null;
  return cand;
}

/**
 * The element to blur/hide for a match in `node` (a text node or an element). See the rule above.
 * Returns null only when no element below the page level is a sensible block (text sitting
 * directly in <body>/<main> or in a huge wrapper, or a detached node).
 *
 * `cache` (optional, keyed by container) lets a scan decide each container once.
 */
export function blockFor(node: Node, cache?: Map<Element, Element | null>, pageText?: PageTextLength): Element | null {
  const container = containerOf(node);
  if (!container) return null;
  if (cache) {
    const hit = cache.get(container);
    if (hit !== undefined) return hit;
  }
  const block = computeBlock(container, pageText);
  cache?.set(container, block);
  return block;
}
