import fc from 'fast-check';
import { beforeEach, describe, expect, it } from 'vitest';
import { containerOf, isInlineElement, isPageLevel } from '../../lib/words/blocks';
import { mutationRoots } from '../../lib/words/mutation-roots';

/** The rule without shortcuts: every added or changed node's root, minus roots inside others. */
function referenceRoots(records: MutationRecord[]): Node[] {
  const roots = new Set<Node>();
  const add = (node: Node) => {
    if (node.nodeType === 3) {
      if (!node.nodeValue?.trim()) return;
      const c = containerOf(node);
      roots.add(c && !isPageLevel(c) ? c : node);
    } else if (node.nodeType === 1) {
      const el = node as Element;
      if (!isInlineElement(el)) return void roots.add(el);
      const c = containerOf(el);
      roots.add(c && !isPageLevel(c) ? c : el);
    }
  };
  for (const r of records) {
    if (r.type === 'characterData') add(r.target);
    else for (const n of r.addedNodes) add(n);
  }
  return [...roots].filter((root) => {
    for (let p = root.parentNode; p; p = p.parentNode) if (roots.has(p)) return false;
    return true;
  });
}

const byPosition = (a: Node, b: Node) => (a === b ? 0 : a.compareDocumentPosition(b) & 4 /* FOLLOWING */ ? -1 : 1);

const TAGS = ['div', 'p', 'span', 'b', 'article', 'li', 'section', 'em'];
type Op = { kind: 'append' | 'text' | 'edit' | 'move' | 'remove' | 'wrap'; at: number; tag: number; other: number };
const opArb: fc.Arbitrary<Op> = fc.record({
  kind: fc.constantFrom('append', 'append', 'append', 'text', 'text', 'edit', 'move', 'remove', 'wrap'),
  at: fc.nat(),
  tag: fc.nat(),
  other: fc.nat(),
});

/** Applies one mutation somewhere in the body (the kinds of change pages and parsers make). */
function apply(op: Op): void {
  const elements = [document.body, ...document.body.querySelectorAll('*')];
  const el = elements[op.at % elements.length]!;
  const tag = TAGS[op.tag % TAGS.length]!;
  switch (op.kind) {
    case 'append': {
      const made = document.createElement(tag);
      if (op.other % 2) made.textContent = `text ${op.other}`;
      el.append(made);
      break;
    }
    case 'text':
      el.append(op.other % 3 ? `words ${op.other}` : '  ');
      break;
    case 'edit': {
      const text = [...el.childNodes].find((n) => n.nodeType === 3) as Text | undefined;
      if (text) text.data = `edited ${op.other}`;
      break;
    }
    case 'move': {
      const target = elements[op.other % elements.length]!;
      if (el !== document.body && !el.contains(target)) target.append(el);
      break;
    }
    case 'remove':
      if (el !== document.body) el.remove();
      break;
    case 'wrap': {
      if (el === document.body) break;
      const wrapper = document.createElement(tag);
      el.before(wrapper);
      wrapper.append(el);
      break;
    }
  }
}

beforeEach(() => {
  document.body.innerHTML = '';
});

describe('mutationRoots', () => {
  // Roots that a later change in the same batch took out of the page may differ (the shortcut skips
  // some): nothing out of the page is ever shown, so only the roots still in the page must agree,
  // in any order (each is scanned on its own).
  it('gives exactly the roots of the plain rule that are still in the page, for any batch of changes', () => {
    let nonEmpty = 0;
    fc.assert(
      fc.property(fc.array(opArb, { maxLength: 12 }), fc.array(opArb, { minLength: 1, maxLength: 40 }), (setup, batch) => {
        document.body.innerHTML = '<main><article><p>first <b>bold</b></p></article></main><div>side</div>';
        for (const op of setup) apply(op);
        const observer = new MutationObserver(() => {});
        observer.observe(document, { childList: true, subtree: true, characterData: true });
        for (const op of batch) apply(op);
        const records = observer.takeRecords();
        observer.disconnect();
        const inPage = (roots: Node[]) => roots.filter((n) => n.isConnected).sort(byPosition);
        const expected = inPage(referenceRoots(records));
        if (expected.length > 0) nonEmpty++;
        expect(inPage(mutationRoots(records))).toEqual(expected);
      }),
      { numRuns: 1500 },
    );
    expect(nonEmpty).toBeGreaterThan(1000);
  });

  it('skips what the parser adds inside a node it added earlier in the same batch', () => {
    document.body.innerHTML = '<main id="m"></main>';
    const observer = new MutationObserver(() => {});
    observer.observe(document, { childList: true, subtree: true, characterData: true });
    const article = document.createElement('article');
    document.getElementById('m')!.append(article);
    // What a parser does: the element first, then each child into it, one record per node.
    for (let i = 0; i < 50; i++) {
      const p = document.createElement('p');
      article.append(p);
      p.append(`line ${i}`);
    }
    const records = observer.takeRecords();
    observer.disconnect();
    expect(records.length).toBe(101);
    expect(mutationRoots(records)).toEqual([article]);
  });
});
