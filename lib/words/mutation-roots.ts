import { containerOf, isInlineElement, isPageLevel } from './blocks';

/**
 * What to scan for a batch of DOM mutations: each added or changed node's block (the node itself
 * if it is a block, else its container), without roots that sit inside other roots. Text straight
 * in <body> is scanned on its own, never the whole page again.
 */
export function mutationRoots(records: Iterable<MutationRecord>): Node[] {
  const roots = new Set<Node>();
  const added = new Set<Node>();
  // A record whose target lies inside a node added earlier in the batch, or inside a root, adds
  // nothing new: it is skipped without reading its added nodes. While a page loads, the parser
  // makes one record per node, and nearly all of them are of this kind.
  const inside = new Map<Node, boolean>();
  const isInside = (node: Node): boolean => {
    const path: Node[] = [];
    let result = false;
    for (let n: Node | null = node; n !== null; n = n.parentNode) {
      const known = inside.get(n);
      if (known !== undefined) {
        result = known;
        break;
      }
      if (added.has(n) || roots.has(n)) {
        result = true;
        break;
      }
      path.push(n);
    }
    // A "no" may go stale as roots are added; it only costs a root that the last step drops.
    for (const n of path) inside.set(n, result);
    return result;
  };
  for (const record of records) {
    if (isInside(record.target)) continue;
    if (record.type === 'characterData') addRoot(roots, record.target);
    else {
      for (const node of record.addedNodes) {
        added.add(node);
        addRoot(roots, node);
      }
    }
  }
  return outermost(roots);
}

/** What to scan for nodes that are new to the scanner (the same rule as for added nodes). */
export function nodeRoots(nodes: Iterable<Node>): Node[] {
  const roots = new Set<Node>();
  for (const node of nodes) addRoot(roots, node);
  return outermost(roots);
}

function outermost(roots: Set<Node>): Node[] {
  const top: Node[] = [];
  for (const root of roots) if (!hasAncestorIn(root, roots)) top.push(root);
  return top;
}

function addRoot(roots: Set<Node>, node: Node): void {
  if (node.nodeType === 3) {
    if (!node.nodeValue?.trim()) return;
    const container = containerOf(node);
    roots.add(container && !isPageLevel(container) ? container : node);
  } else if (node.nodeType === 1) {
    const el = node as Element;
    if (!isInlineElement(el)) return void roots.add(el);
    const container = containerOf(el);
    roots.add(container && !isPageLevel(container) ? container : el);
  }
}

function hasAncestorIn(node: Node, roots: Set<Node>): boolean {
  for (let p = node.parentNode; p; p = p.parentNode) if (roots.has(p)) return true;
  return false;
}
