// happy-dom 20's TreeWalker.previousNode() declares a second `node` inside its sibling loop, so it
// gives up (returns null) after the first sibling without an accepted descendant — for example a
// <p> holding only a comment. Browsers follow the DOM spec; the page scanner walks backward with
// previousNode(), so the unit tests get the spec's algorithm here.
// https://dom.spec.whatwg.org/#dom-treewalker-previousnode
const ACCEPT = 1;
const REJECT = 2;

function filterNode(walker: TreeWalker, node: Node): number {
  const bit = 1 << (node.nodeType - 1);
  if ((walker.whatToShow & bit) === 0) return 3; // FILTER_SKIP
  const filter = walker.filter;
  if (!filter) return ACCEPT;
  return typeof filter === 'function' ? filter(node) : filter.acceptNode(node);
}

TreeWalker.prototype.previousNode = function previousNode(this: TreeWalker): Node | null {
  let node: Node = this.currentNode;
  while (node !== this.root) {
    let sibling = node.previousSibling;
    while (sibling !== null) {
      node = sibling;
      let result = filterNode(this, node);
      while (result !== REJECT && node.lastChild !== null) {
        node = node.lastChild;
        result = filterNode(this, node);
      }
      if (result === ACCEPT) {
        this.currentNode = node;
        return node;
      }
      sibling = node.previousSibling;
    }
    if (node === this.root || node.parentNode === null) return null;
    node = node.parentNode;
    if (filterNode(this, node) === ACCEPT) {
      this.currentNode = node;
      return node;
    }
  }
  return null;
};

// happy-dom 20 queues a mutation record once per registration: an observer registered on a node and
// on one of its ancestors (with subtree) gets the same record twice, in two calls. Browsers queue a
// record once per observer however many of its registrations are interested (DOM spec, "queue a
// mutation record"), and the word follower relies on that once the page is parsed.
// https://dom.spec.whatwg.org/#queueing-a-mutation-record
const seenBy = new WeakMap<MutationObserver, WeakSet<MutationRecord>>();
const freshFor = (observer: MutationObserver, records: MutationRecord[]) => {
  const seen = seenBy.get(observer)!;
  return records.filter((record) => !seen.has(record) && (seen.add(record), true));
};
const HappyMutationObserver = globalThis.MutationObserver;
class SpecMutationObserver extends HappyMutationObserver {
  constructor(callback: MutationCallback) {
    super((records, observer) => {
      const fresh = freshFor(observer, records);
      if (fresh.length > 0) callback(fresh, observer);
    });
    seenBy.set(this, new WeakSet());
  }
  override takeRecords(): MutationRecord[] {
    return freshFor(this, super.takeRecords());
  }
}
globalThis.MutationObserver = SpecMutationObserver;
if (typeof window !== 'undefined') window.MutationObserver = SpecMutationObserver;
