import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

/** Every module the pause card pulls in, following relative imports; bare package names are listed as is. */
function importGraph(entry: string): Set<string> {
  const seen = new Set<string>();
  const visit = (file: string) => {
    if (seen.has(file)) return;
    seen.add(file);
    const source = readFileSync(file, 'utf8');
    for (const [, spec] of source.matchAll(/^\s*import\s+(?!type\b)[^'"]*['"]([^'"]+)['"]/gm)) {
      if (!spec!.startsWith('.')) {
        seen.add(spec!);
        continue;
      }
      const base = resolve(dirname(file), spec!);
      const found = ['', '.ts', '.tsx', '/index.ts'].map((ext) => base + ext).find((p) => existsSync(p) && !p.endsWith('.css'));
      if (found) visit(found);
    }
  };
  visit(entry);
  return new Set([...seen].map((p) => (p.startsWith('/') ? relative(process.cwd(), p) : p)));
}

describe('the pause card stays small', () => {
  const graph = importGraph(join(process.cwd(), 'components/pause/PauseCard.tsx'));

  it('uses the shared breathing player', () => {
    expect(graph).toContain('components/players/BreathingPlayer.tsx');
  });

  it('never pulls in the exercise catalogue, the check-in history or IndexedDB', () => {
    const offending = [...graph].filter((p) => p === 'idb-keyval' || p.startsWith('lib/history/') || p === 'lib/exercises/catalog.ts');
    expect(offending).toEqual([]);
  });
});
