import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

/** Relative and bare specifiers a module loads at run time: imports and re-exports, not `import type` / `export type`. */
function runtimeSpecifiers(source: string): string[] {
  const found: string[] = [];
  for (const [, spec] of source.matchAll(/^\s*import\s+(?!type\b)[^'"]*['"]([^'"]+)['"]/gm)) found.push(spec!);
  for (const [, spec] of source.matchAll(/^\s*export\s+(?!type\b)[^'";]*?\sfrom\s+['"]([^'"]+)['"]/gm)) found.push(spec!);
  return found;
}

/** Every module an entry pulls in, following relative imports; bare package names are listed as is. */
function importGraph(entry: string): Set<string> {
  const seen = new Set<string>();
  const visit = (file: string) => {
    if (seen.has(file)) return;
    seen.add(file);
    for (const spec of runtimeSpecifiers(readFileSync(file, 'utf8'))) {
      if (!spec.startsWith('.')) {
        seen.add(spec);
        continue;
      }
      const base = resolve(dirname(file), spec);
      const found = ['', '.ts', '.tsx', '/index.ts'].map((ext) => base + ext).find((p) => existsSync(p) && statSync(p).isFile() && !p.endsWith('.css'));
      if (found) visit(found);
    }
  };
  visit(entry);
  return new Set([...seen].map((p) => (p.startsWith('/') ? relative(process.cwd(), p) : p)));
}

const graphOf = (entry: string) => importGraph(join(process.cwd(), entry));

describe('importGraph (the helper these tests rely on)', () => {
  it('follows imports and re-exports but not type-only ones', () => {
    expect(runtimeSpecifiers("import { a } from './a';\nimport type { B } from './b';\nexport { c } from './c';\nexport type { D } from './d';\nimport './e.css';")).toEqual([
      './a',
      './e.css',
      './c',
    ]);
  });
});

describe('the pause card stays small', () => {
  const graph = graphOf('components/pause/PauseCard.tsx');

  it('uses the shared breathing player', () => {
    expect(graph).toContain('components/players/BreathingPlayer.tsx');
  });

  it('never pulls in the exercise catalogue, the check-in history or IndexedDB', () => {
    const offending = [...graph].filter((p) => p === 'idb-keyval' || p.startsWith('lib/history/') || p === 'lib/exercises/catalog.ts');
    expect(offending).toEqual([]);
  });

  it('offers words from the person’s people without opening their store (the background reads it for the card)', () => {
    expect(graph).toContain('components/people-words/HearFrom.tsx');
    expect([...graphOf('components/pause/CardApp.tsx')].filter((p) => p === 'lib/people-words/idb-storage.ts' || p === 'idb-keyval')).toEqual([]);
  });
});

/** What a page script (it runs in every tab of a chosen site, at document_start) must not carry. */
const heavy = (p: string) =>
  p === 'preact' ||
  p.startsWith('preact/') ||
  p === 'valibot' ||
  p === 'webextension-polyfill' ||
  p === '@wxt-dev/webextension-polyfill' ||
  p === 'wxt/browser' ||
  p.startsWith('components/') ||
  p === 'lib/prefs/schema.ts';

describe('the page scripts stay small', () => {
  it('pause.js pulls in no UI framework, no schema code, no polyfill, no components and no word matcher', () => {
    const graph = graphOf('entrypoints/pause.ts');
    // The graph is real: it reaches the cover and the site pause.
    expect(graph).toContain('lib/pause/cover.ts');
    expect(graph).toContain('lib/content/site-pause.ts');
    expect([...graph].filter((p) => heavy(p) || p.startsWith('lib/words/'))).toEqual([]);
  });

  it('words.js pulls in the same nothing, only the word matcher besides', () => {
    const graph = graphOf('entrypoints/words.ts');
    expect(graph).toContain('lib/content/word-lists.ts');
    expect(graph).toContain('lib/words/matcher.ts');
    expect([...graph].filter(heavy)).toEqual([]);
  });

  it('neither pulls in the card (it loads only when a pause is shown, as its own page)', () => {
    for (const entry of ['entrypoints/pause.ts', 'entrypoints/words.ts']) {
      const graph = graphOf(entry);
      expect([...graph].filter((p) => p.startsWith('entrypoints/card/') || p === 'lib/pause/card-link.ts')).toEqual([]);
    }
  });
});

describe('lib/ stands on its own', () => {
  const files = (dir: string): string[] =>
    readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
      entry.isDirectory() ? files(join(dir, entry.name)) : /\.tsx?$/.test(entry.name) ? [join(dir, entry.name)] : [],
    );

  it('no file in lib/ imports from components/ (type-only imports included)', () => {
    const lib = join(process.cwd(), 'lib');
    const all = files(lib);
    expect(all.length).toBeGreaterThan(20);
    const components = join(process.cwd(), 'components');
    const offending: string[] = [];
    for (const file of all) {
      const source = readFileSync(file, 'utf8');
      for (const [, spec] of source.matchAll(/(?:^|\s)(?:import|export)\s[^'";]*?['"]([^'"]+)['"]/gm)) {
        const target = spec!.startsWith('.') ? resolve(dirname(file), spec!) : spec!;
        if (target.startsWith(components + '/') || spec!.startsWith('components/') || spec!.startsWith('@/components') || spec!.startsWith('~/components')) {
          offending.push(`${relative(process.cwd(), file)} -> ${spec}`);
        }
      }
    }
    expect(offending).toEqual([]);
  });
});

describe('the background carries no catalogue of Steady’s pages', () => {
  it('reads words from the person’s people for the card without the checks that speak (and the i18n layer they load)', () => {
    const graph = graphOf('entrypoints/background.ts');
    expect(graph).toContain('lib/people-words/entries.ts');
    // The one exception: the small English module of problem words, from which the background writes
    // the English that travels with a problem Note (lib/prefs/in-english.ts). Nothing else of a catalogue.
    expect(graph).toContain('lib/i18n/locales/en-problems.ts');
    expect(runtimeSpecifiers(readFileSync('lib/i18n/locales/en-problems.ts', 'utf8'))).toEqual([]);
    const offending = [...graph].filter((p) => (p.startsWith('lib/i18n/locales/') && p !== 'lib/i18n/locales/en-problems.ts') || p === 'lib/i18n/index.ts' || p === 'lib/people-words/words.ts');
    expect(offending).toEqual([]);
  });
});
