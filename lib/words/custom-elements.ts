/**
 * Custom elements (a dash in the tag name): where open shadow roots are looked for, since their text
 * is in no `textContent`. Found with one XPath query, compiled once per document and expression
 * (evaluating a string parses it every time); where a document has no XPath (happy-dom), by their tag
 * names, which gives the same elements.
 */

/** Custom elements under an element (the element itself not included). */
export const UNDER = './/*[contains(local-name(), "-")]';
/** Custom elements at or under a node, and after it in document order. */
export const FROM = 'descendant-or-self::*[contains(local-name(), "-")] | following::*[contains(local-name(), "-")]';

const compiled = new WeakMap<Document, Map<string, XPathExpression | null>>();

function compiledQuery(doc: Document, source: string): XPathExpression | null {
  let queries = compiled.get(doc);
  if (!queries) compiled.set(doc, (queries = new Map()));
  let query = queries.get(source);
  if (query === undefined) {
    try {
      query = typeof (doc as Partial<Document>).createExpression === 'function' ? doc.createExpression(source) : null;
    } catch {
      query = null;
    }
    queries.set(source, query);
  }
  return query;
}

/**
 * Custom elements found by `source` (UNDER or FROM) from `context`, in no particular order: every
 * caller puts what it scans in document order itself, and ordering a union costs the browser a
 * walk over the whole document.
 */
export function customElementsIn(doc: Document, source: string, context: Node): Element[] {
  const out: Element[] = [];
  const query = compiledQuery(doc, source);
  if (query !== null) {
    const r = query.evaluate(context, 6 /* UNORDERED_NODE_SNAPSHOT_TYPE */, null);
    for (let i = 0; i < r.snapshotLength; i++) {
      const n = r.snapshotItem(i);
      if (n && n.nodeType === 1) out.push(n as Element);
    }
    return out;
  }
  // No XPath: every dashed element of the part of the tree the query would look in (FROM's
  // "after" is left to the caller, which compares positions anyway).
  const scope = source === UNDER && context.nodeType === 1 ? (context as Element) : doc;
  const all = scope.getElementsByTagName('*');
  for (let i = 0; i < all.length; i++) if (all[i]!.localName.includes('-')) out.push(all[i]!);
  return out;
}
