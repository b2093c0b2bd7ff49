/**
 * When a page script may start. A script registered for a page and the same script sent to an
 * already open tab (lib/background/open-tabs.ts) can both reach one document; only the first runs.
 */
export function firstRun(name: string, scope: object = globalThis): boolean {
  const key = Symbol.for(`steady.started.${name}`);
  const marks = scope as Record<symbol, true | undefined>;
  if (marks[key]) return false;
  marks[key] = true;
  return true;
}

/** How long after its load a page counts as one the person is already reading. */
export const READING_AFTER_MS = 10_000;

/**
 * True for a page that finished loading a while ago: a script sent to it then (after an update of
 * Steady, say) must not cover or veil what the person is reading; their next page gets it. A tab
 * restored as the browser starts is still young and is paused as any new page is. A script that
 * starts while the page is loading (every registered one) is never late.
 */
export function alreadyReading(win: Pick<Window, 'document' | 'performance'>): boolean {
  if (win.document.readyState === 'loading') return false;
  const [navigation] = win.performance.getEntriesByType('navigation') as PerformanceNavigationTiming[];
  const loadedAt = navigation?.loadEventEnd || navigation?.domContentLoadedEventEnd || 0;
  return win.performance.now() - loadedAt > READING_AFTER_MS;
}
