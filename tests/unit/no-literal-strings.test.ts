import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

/**
 * Every word a component shows goes through lib/i18n (t() or rich()). This reads each component's
 * source with the TypeScript parser and reports JSX text, string children and the attributes people
 * read or hear (aria-label, title, placeholder, alt, and the components' own label props) written as
 * literals. Symbols (★ ← ·), numbers and Steady's own name are not words to translate.
 */
const READ_ATTRIBUTES = new Set(['aria-label', 'title', 'placeholder', 'alt', 'label', 'hint', 'legend', 'question', 'startLabel', 'againLabel', 'skipLabel', 'durationNote', 'value-text', 'aria-valuetext']);
// Steady's name, a domain, and each language named in its own words (so a person finds theirs whatever is shown).
const NOT_WORDS = /^(Steady|findahelpline\.com|English|Español|Deutsch)$/;
const hasWords = (text: string) => /\p{L}{2,}/u.test(text) && !NOT_WORDS.test(text.trim());

export function literalStrings(file: string, source: string): string[] {
  const sf = ts.createSourceFile(file, source, ts.ScriptTarget.Latest, true, ts.ScriptKind.TSX);
  const found: string[] = [];
  const at = (node: ts.Node) => `${file}:${sf.getLineAndCharacterOfPosition(node.getStart()).line + 1}`;
  const visit = (node: ts.Node) => {
    if (ts.isJsxText(node) && hasWords(node.text)) found.push(`${at(node)} text ${JSON.stringify(node.text.trim())}`);
    if (ts.isJsxExpression(node) && node.parent && (ts.isJsxElement(node.parent) || ts.isJsxFragment(node.parent)) && node.expression) {
      const e = node.expression;
      if ((ts.isStringLiteral(e) || ts.isNoSubstitutionTemplateLiteral(e)) && hasWords(e.text)) found.push(`${at(node)} child ${JSON.stringify(e.text)}`);
    }
    if (ts.isJsxAttribute(node) && READ_ATTRIBUTES.has(node.name.getText(sf)) && node.initializer) {
      const init = node.initializer;
      const value = ts.isStringLiteral(init)
        ? init.text
        : ts.isJsxExpression(init) && init.expression && (ts.isStringLiteral(init.expression) || ts.isNoSubstitutionTemplateLiteral(init.expression))
          ? init.expression.text
          : ts.isJsxExpression(init) && init.expression && ts.isTemplateExpression(init.expression)
            ? init.expression.head.text + init.expression.templateSpans.map((s) => s.literal.text).join(' ')
            : '';
      if (hasWords(value)) found.push(`${at(node)} ${node.name.getText(sf)}=${JSON.stringify(value)}`);
    }
    ts.forEachChild(node, visit);
  };
  visit(sf);
  return found;
}

const files = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? files(join(dir, entry.name)) : entry.name.endsWith('.tsx') ? [join(dir, entry.name)] : [],
  );

describe('no component shows a word that does not come from the i18n layer', () => {
  const all = [...files('components'), ...files('entrypoints')].map((f) => relative(process.cwd(), f));

  it('the checker finds literals where they are', () => {
    const source = `export const A = () => <div title="Hello there" aria-label={'Close it'}><p>Some words</p>{'more words'}<b>{t('x')}</b> ★ 3</div>;`;
    expect(literalStrings('a.tsx', source)).toHaveLength(4);
    expect(literalStrings('b.tsx', `export const B = () => <p title={t('k')}>{t('k')} · ★ <span>Steady</span></p>;`)).toEqual([]);
  });

  it.each(all)('%s', (file) => {
    expect(literalStrings(file, readFileSync(file, 'utf8'))).toEqual([]);
  });
});
