/**
 * Styles a closed shadow root. A constructed stylesheet is not subject to the page's
 * Content-Security-Policy; a <style> element is the fallback where construction is not available.
 */
export function adoptStyles(root: ShadowRoot, css: string): void {
  try {
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(css);
    root.adoptedStyleSheets = [sheet];
  } catch {
    const style = root.ownerDocument.createElement('style');
    style.textContent = css;
    root.append(style);
  }
}
