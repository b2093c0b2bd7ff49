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

/**
 * A second look, for words kept out of JSX: any string (or template text) of two or more words in a
 * component is a sentence someone will read, wherever it sits: a `const STRINGS = {…}` at the top of
 * the file, an announce('…') in a handler, a label passed through a variable. What is not a sentence
 * is left alone: the key given to t() or rich(), module paths, type names, property names, and the
 * attributes that are not read (class, id, href, data-*, …), where "notice row" is two CSS classes.
 * URLs and MIME types have no spaces, so they are never two words.
 */
const TWO_WORDS = /\p{L}{2,}[^\s]*\s+[^\s]*\p{L}/u;
// Attributes that hold classes, ids, addresses and states, never words a person reads or hears.
const NAMING_ATTRIBUTES = new Set(['class', 'className', 'id', 'for', 'htmlFor', 'href', 'src', 'rel', 'type', 'role', 'accept', 'style', 'key', 'dir', 'lang', 'autocomplete', 'inputMode', 'name', 'target', 'method', 'form', 'pattern']);
const namesNotWords = (name: string) => NAMING_ATTRIBUTES.has(name) || name.startsWith('data-') || (name.startsWith('aria-') && !READ_ATTRIBUTES.has(name) && name !== 'aria-roledescription');
// A capitalised word as a person reads it (not a key, a class or a MIME type).
const ONE_WORD = /^\p{Lu}\p{Ll}+[.!?…]?$/u;
const KEY_CALLS = new Set(['t', 'rich', 'querySelector', 'querySelectorAll', 'closest', 'matchMedia', 'getElementById']);

export function stringsOfWords(file: string, source: string): string[] {
  const sf = ts.createSourceFile(file, source, ts.ScriptTarget.Latest, true, ts.ScriptKind.TSX);
  const found: string[] = [];
  const at = (node: ts.Node) => `${file}:${sf.getLineAndCharacterOfPosition(node.getStart()).line + 1}`;
  const exempt = (node: ts.Node): boolean => {
    for (let n: ts.Node | undefined = node.parent, child: ts.Node = node; n; child = n, n = n.parent) {
      if (ts.isImportDeclaration(n) || ts.isExportDeclaration(n) || ts.isLiteralTypeNode(n) || ts.isTaggedTemplateExpression(n)) return true;
      if (ts.isPropertyAssignment(n) && n.name === child) return true;
      if (ts.isCallExpression(n) && n.arguments.includes(child as ts.Expression)) {
        const callee = ts.isPropertyAccessExpression(n.expression) ? n.expression.name.text : n.expression.getText(sf);
        if (KEY_CALLS.has(callee)) return true;
      }
      if (ts.isJsxAttribute(n)) return namesNotWords(n.name.getText(sf));
      if (ts.isJsxElement(n) || ts.isJsxSelfClosingElement(n) || ts.isJsxFragment(n)) return false;
    }
    return false;
  };
  const visit = (node: ts.Node) => {
    const text = ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)
      ? node.text
      : ts.isTemplateExpression(node)
        ? [node.head.text, ...node.templateSpans.map((span) => span.literal.text)].join('{}')
        : null;
    if (text !== null && TWO_WORDS.test(text) && !exempt(node)) found.push(`${at(node)} ${JSON.stringify(text)}`);
    else if (text !== null && ONE_WORD.test(text) && isPropertyValue(node) && inModuleConstant(node) && !exempt(node)) found.push(`${at(node)} ${JSON.stringify(text)}`);
    ts.forEachChild(node, visit);
  };
  // A single word too ('Back', 'Stop') when it is a property's value in a constant of the module, as in
  // `const STRINGS = { back: 'Back' }` (a list of key parts such as ['Settings', 'CheckIns'] is not words).
  const isPropertyValue = (node: ts.Node) => ts.isPropertyAssignment(node.parent) && node.parent.initializer === node;
  const inModuleConstant = (node: ts.Node) => {
    for (let n: ts.Node | undefined = node.parent; n; n = n.parent) {
      if (ts.isFunctionLike(n) && !ts.isArrowFunction(n)) return false;
      if (ts.isVariableStatement(n)) return n.parent === sf;
    }
    return false;
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

  it('the second look finds sentences kept in constants and handlers, and leaves keys, classes, addresses and types alone', () => {
    const kept = [
      "const STRINGS = { heading: 'Words from your people', saved: (from: string) => `Kept words from ${from}.`, back: 'Back' };",
      "export const A = () => <button onClick={() => announce('Removed it.')} aria-label={on ? 'Stop it now' : t('k')}>{t('k')}</button>;",
    ].join('\n');
    expect(stringsOfWords('a.tsx', kept)).toHaveLength(5);
    const fine = [
      "import { t } from '../../lib/i18n';",
      "type Panel = 'none' | 'two words';",
      "const types = ['audio/webm;codecs=opus', 'https://findahelpline.com/countries'];",
      "const map = { 'two words': t('some.key'), mime: 'audio/ogg' };",
      "export const B = () => <p class={`plan-part plan-${k}${x ? ' no-print' : ''}`} data-key={`hear-${name}`} aria-describedby=\"a-hint b-hint\">{t('popup.moment', { title: 'x' })}</p>;",
      "document.querySelector('main .card');",
      "const TYPES = ['audio/webm', 'primary'];",
      "const ROWS = ['Settings', 'CheckIns'] as const;",
      "export function C() { const how = { tel: 'Call' }; return <p>{t(how.tel as 'k')}</p>; }",
    ].join('\n');
    expect(stringsOfWords('b.tsx', fine)).toEqual([]);
  });

  it.each(all)('%s', (file) => {
    expect(literalStrings(file, readFileSync(file, 'utf8'))).toEqual([]);
  });

  it.each(all)('%s keeps no sentence outside JSX either', (file) => {
    expect(stringsOfWords(file, readFileSync(file, 'utf8'))).toEqual([]);
  });
});
