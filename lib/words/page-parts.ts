/**
 * The parts of a page that repeat on every page of a site: navigation, menus, and the page's own
 * header and footer. A word in a topic menu or a "Report abuse" footer link would otherwise get a
 * veil on every page, and a person may want those left alone (each list says, on by default).
 *
 * `<header>` and `<footer>` count only as the page's banner and footer, as the HTML accessibility
 * mapping defines them: not inside an article, aside, main, nav or section, where they are the
 * headline and byline of the content itself, which must still be veiled.
 */
const ALWAYS = 'nav,menu,[role="navigation"],[role="menu"],[role="menubar"],[role="banner"],[role="contentinfo"]';
const SCOPED = 'header,footer';
const SECTIONING = 'article,aside,main,nav,section,[role="article"],[role="main"]';

export function inPagePart(node: Node): boolean {
  const el = node.nodeType === 1 ? (node as Element) : node.parentElement;
  if (!el) return false;
  if (el.closest(ALWAYS)) return true;
  const scoped = el.closest(SCOPED);
  return scoped !== null && scoped.parentElement?.closest(SECTIONING) == null;
}
