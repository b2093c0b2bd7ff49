import { containerOf, isInlineElement, isPageLevel } from './blocks';

/**
 * What to scan for a batch of DOM mutations: each added or changed node's block (the node itself
 * if it is a block, else its container), without roots that sit inside other roots. Text straight
 * in <body> is scanned on its own, never the whole page again.
 */
export function mutationRoots(records: Iterable<MutationRecord>): Node[] {
  const roots = new Set<Node>();
  for (const record of records) {
    if (record.type === 'characterData') addRoot(roots, record.target);
    else for (const node of record.addedNodes) addRoot(roots, node);
  }
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
