/**
 * Where a veil's line goes so that the page's structure stays valid: inside the block, never beside
 * it. A `<div>` beside a table row or a list item would be a stray child of `<tbody>` or `<ul>` (a
 * broken table, a bullet that is not an item) and an extra item of a grid or flex container; inside
 * the block, in a layer laid over it, it is none of these. A table row holds no element but its
 * cells, so there the line goes in the first cell (and the layer still covers the whole row).
 */
export function lineSpot(block: Element): Element {
  if (block.localName === 'tr') {
    const first = [...block.children].find((el) => el.localName === 'td' || el.localName === 'th');
    if (first) return first;
  }
  return block;
}
