/**
 * Deterministic test material for the word-scanner bench: large, realistic pages (a news story,
 * a social feed, comments, data tables, sidebars, header and footer), feed batches to append later,
 * and word lists of 10, 100 and 1,000 words and phrases.
 *
 * Everything comes from a seeded PRNG, so every run (and every machine) measures the same pages.
 *
 * Vocabulary: page text uses common English function words plus pseudo-words built from English-like
 * syllables, and a sprinkle of real-world extras (numbers, prices, curly quotes, dashes, accented
 * names, emoji, a little CJK). The trigger words are built from the SAME syllables, so they share
 * prefixes and letters with page words (the matcher goes deep into its automaton, as with real lists),
 * but they are checked not to occur on the page — except a few "planted" words and one planted phrase,
 * which are inserted a few times at pseudo-random places in visible text, like a real page with a few
 * matches.
 *
 * Constraints that keep the three methods comparable (the bench checks they agree):
 *   - planted words sit mid-sentence in visible text (paragraphs, posts, comments, table cells),
 *     never in the title, alt text, hidden menus, scripts or styles;
 *   - blocks are separated by newlines in the HTML, so textContent never glues two words together;
 *   - no trigger word equals any ASCII letter run of a page word (so `\b…\b` over textContent, which
 *     treats "é" as a boundary, cannot find a trigger inside "café"-like words);
 *   - no page word starts with a `prefix*` stem.
 */
import type { TriggerWords } from '../../lib/words/matcher';

/** mulberry32: small, fast, good enough for generating test material. */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

type Rand = () => number;
const int = (r: Rand, lo: number, hi: number) => lo + Math.floor(r() * (hi - lo + 1));
const pick = <T>(r: Rand, list: readonly T[]): T => list[Math.floor(r() * list.length)]!;

const COMMON = (
  'the of and to a in is it that for was on are with as his they be at one have this from or had by not ' +
  'but what some we can out other were all there when up use your how said an each she which do their ' +
  'time if will way about many then them would like so these her long make thing see him two has look ' +
  'more day could go come did my no most who over know than call first people may down been now find ' +
  'any new work part take get place made where after back only our me give very just good think also ' +
  'around same tell great help through much before line right too old mean year came show every why ' +
  'ask men went read need land home us move try kind hand picture again change play air away animal ' +
  'house point page letter mother answer found study still learn should world school city story game ' +
  'team week month today night morning family friend water money market report police court office ' +
  'music film book season player price company country state group member issue result public'
).split(' ');

const CONTRACTIONS = ['don’t', 'it’s', 'we’re', 'isn’t', 'can’t', 'they’ve', 'you’ll', 'didn’t', 'I’m', 'that’s'];
/** Non-ASCII and punctuation-heavy tokens that real pages have. */
const EXTRAS = [
  'café', 'naïve', 'Zürich', 'São Paulo', 'résumé', 'déjà vu', 'Kraków', 'Málaga', 'Ångström', 'façade',
  'piñata', 'Straße', '—', '–', '…', '🙂', '👍', '🎉', '東京', 'ソウル', '“really”', '‘quite’', '(see above)',
  '#1', '100%', '24/7', 'e-mail', 'x-ray', 'co-op', 'U.S.', 'a.m.', 'p.m.',
];

const ONSETS = [
  '', '', 'b', 'c', 'd', 'f', 'g', 'h', 'j', 'k', 'l', 'm', 'n', 'p', 'r', 's', 't', 'v', 'w', 'y', 'z',
  'br', 'cr', 'dr', 'fr', 'gr', 'pr', 'tr', 'st', 'sp', 'sl', 'sh', 'ch', 'th', 'pl', 'cl', 'bl', 'gl', 'wh',
];
const VOWELS = ['a', 'e', 'i', 'o', 'u', 'a', 'e', 'i', 'o', 'ai', 'ea', 'ou', 'io', 'ee', 'oo', 'y'];
const CODAS = ['', '', '', 'n', 'r', 's', 't', 'l', 'm', 'nd', 'st', 'ng', 'ck', 'rt', 'x', 'ss', 'ble'];

function pseudoWord(r: Rand, minSyl: number, maxSyl: number): string {
  let w = '';
  const n = int(r, minSyl, maxSyl);
  for (let i = 0; i < n; i++) w += pick(r, ONSETS) + pick(r, VOWELS) + (i === n - 1 || r() < 0.3 ? pick(r, CODAS) : '');
  return w;
}

/** Lower-case ASCII letter/digit runs of a token (what `\b…\b` can see as a word). */
const asciiRuns = (token: string) => token.toLowerCase().split(/[^a-z0-9]+/).filter(Boolean);

export interface Vocabulary {
  /** Content words (pseudo-words), most frequent first. */
  content: string[];
  /** Every ASCII letter run that can appear in page text. */
  runs: Set<string>;
}

export function makeVocabulary(seed = 7, size = 3000): Vocabulary {
  const r = rng(seed);
  const content = new Set<string>();
  while (content.size < size) {
    const w = pseudoWord(r, 1, 3);
    if (w.length >= 2 && !COMMON.includes(w)) content.add(w);
  }
  const runs = new Set<string>();
  for (const t of [...COMMON, ...CONTRACTIONS, ...EXTRAS, ...content]) for (const run of asciiRuns(t)) runs.add(run);
  // Names, handles and headings are made from the same words; digits only otherwise.
  return { content: [...content], runs };
}

/** A planted term and where it goes. */
export interface Plant {
  text: string;
  at: number; // text offset (in generated characters) at or after which it is inserted
}

/** Builds page text and HTML, counting visible characters and elements as it goes. */
class Writer {
  textChars = 0;
  elements = 0;
  private readonly out: string[] = [];
  private plants: Plant[];
  planted = 0;

  constructor(
    readonly r: Rand,
    readonly vocab: Vocabulary,
    plants: Plant[],
  ) {
    this.plants = [...plants].sort((a, b) => a.at - b.at);
  }

  raw(s: string): void {
    this.out.push(s);
  }

  /** Opening tag (counted) + content + closing tag. */
  el(tag: string, attrs: string, inner: () => void): void {
    this.elements++;
    this.out.push(`<${tag}${attrs ? ` ${attrs}` : ''}>`);
    inner();
    this.out.push(`</${tag}>`);
  }

  /** A void element (counted). */
  voidEl(tag: string, attrs: string): void {
    this.elements++;
    this.out.push(`<${tag}${attrs ? ` ${attrs}` : ''}>`);
  }

  text(s: string): void {
    this.textChars += s.length;
    this.out.push(s);
  }

  word(): string {
    const r = this.r;
    const x = r();
    if (x < 0.45) return pick(r, COMMON);
    if (x < 0.48) return pick(r, CONTRACTIONS);
    if (x < 0.5) return pick(r, EXTRAS);
    if (x < 0.52) return String(int(r, 1, 9999)) + (r() < 0.3 ? ',000' : '');
    // Zipf-ish: a few content words are frequent, most are rare.
    const c = this.vocab.content;
    return c[Math.floor(c.length * Math.pow(r(), 2.4))]!;
  }

  /** Words of one sentence (plantable: a due planted term is inserted mid-sentence). */
  sentenceWords(minW: number, maxW: number, plantable: boolean): string[] {
    const r = this.r;
    const n = int(r, minW, maxW);
    const words: string[] = [];
    for (let i = 0; i < n; i++) words.push(this.word());
    const next = this.plants[0];
    if (plantable && next && this.textChars >= next.at && n >= 3) {
      this.plants.shift();
      words.splice(int(r, 1, n - 1), 0, next.text);
      this.planted++;
    }
    const first = words[0]!;
    words[0] = first.charAt(0).toUpperCase() + first.slice(1);
    return words;
  }

  sentence(minW = 6, maxW = 22, plantable = true): string {
    const r = this.r;
    const words = this.sentenceWords(minW, maxW, plantable);
    if (words.length > 8 && r() < 0.4) words[int(r, 2, words.length - 3)] += ',';
    const end = r();
    return words.join(' ') + (end < 0.85 ? '.' : end < 0.93 ? '?' : '!');
  }

  /** A run of sentences with some words wrapped in inline elements (links, emphasis, code). */
  richText(sentences: number, plantable = true): void {
    const r = this.r;
    for (let s = 0; s < sentences; s++) {
      if (s > 0) this.text(' ');
      const sentence = this.sentence(6, 22, plantable);
      if (r() < 0.35) {
        const words = sentence.split(' ');
        const at = int(r, 0, Math.max(0, words.length - 3));
        const len = int(r, 1, 3);
        const tag = pick(r, ['a', 'a', 'a', 'em', 'strong', 'code', 'span']);
        const attrs = tag === 'a' ? 'href="#"' : tag === 'span' ? 'class="hl"' : '';
        this.text(words.slice(0, at).join(' ') + (at > 0 ? ' ' : ''));
        this.el(tag, attrs, () => this.text(words.slice(at, at + len).join(' ')));
        const rest = words.slice(at + len).join(' ');
        if (rest) this.text(` ${rest}`);
      } else {
        this.text(sentence);
      }
    }
  }

  name(): string {
    const c = this.vocab.content;
    const cap = (w: string) => w.charAt(0).toUpperCase() + w.slice(1);
    return `${cap(pick(this.r, c))} ${cap(pick(this.r, c))}`;
  }

  title(): string {
    return this.sentence(4, 9, false).replace(/[.?!]$/, '');
  }

  html(): string {
    return this.out.join('');
  }

  /** Planted terms not yet placed (the page ran out before their offset). */
  leftOver(): number {
    return this.plants.length;
  }
}

const ICON = '<svg width="16" height="16" viewBox="0 0 16 16" aria-hidden="true"><path d="M2 8h12M8 2v12"/></svg>';

function icon(w: Writer): void {
  w.elements += 2;
  w.raw(ICON);
}

function header(w: Writer): void {
  w.el('header', 'class="site-header"', () => {
    w.el('div', 'class="logo"', () => w.el('a', 'href="/"', () => { icon(w); w.el('span', '', () => w.text('The Daily Example')); }));
    w.raw('\n');
    w.el('nav', 'aria-label="Sections"', () =>
      w.el('ul', '', () => {
        for (let i = 0; i < 14; i++) w.el('li', '', () => w.el('a', 'href="#"', () => w.text(w.title().split(' ').slice(0, 2).join(' '))));
      }),
    );
    w.raw('\n');
    // A hidden mobile menu (text that innerText leaves out and a walker still reads).
    w.el('div', 'class="mobile-menu" hidden', () =>
      w.el('ul', '', () => {
        for (let i = 0; i < 14; i++) w.el('li', '', () => w.el('a', 'href="#"', () => w.text(w.title())));
      }),
    );
    w.raw('\n');
    w.el('form', 'class="search" role="search"', () => {
      w.voidEl('input', 'type="search" placeholder="Search" aria-label="Search"');
      w.el('button', '', () => w.text('Search'));
    });
  });
  w.raw('\n');
}

function story(w: Writer): void {
  const r = w.r;
  w.el('article', 'class="story"', () => {
    w.el('h2', '', () => w.text(w.title()));
    w.raw('\n');
    w.el('div', 'class="byline"', () => {
      w.el('span', 'class="author"', () => { w.text('By '); w.el('a', 'href="#"', () => w.text(w.name())); });
      w.text(' · ');
      w.el('time', 'datetime="2024-05-01"', () => w.text(`${int(r, 1, 28)} May 2024`));
    });
    w.raw('\n');
    const paras = int(r, 5, 12);
    for (let p = 0; p < paras; p++) {
      w.el('p', '', () => w.richText(int(r, 2, 6)));
      w.raw('\n');
      if (p === 2 && r() < 0.6) {
        w.el('figure', '', () => {
          w.voidEl('img', `width="640" height="360" alt="${w.sentence(4, 10, false)}"`);
          w.el('figcaption', '', () => w.text(w.sentence(6, 14, false)));
        });
        w.raw('\n');
      }
      if (p === 4 && r() < 0.5) {
        w.el('blockquote', '', () => w.el('p', '', () => w.richText(2)));
        w.raw('\n');
      }
      if (p === 5 && r() < 0.4) {
        w.el('h3', '', () => w.text(w.title()));
        w.raw('\n');
        w.el('ul', '', () => {
          const n = int(r, 3, 6);
          for (let i = 0; i < n; i++) w.el('li', '', () => w.richText(1));
        });
        w.raw('\n');
      }
    }
  });
  w.raw('\n');
}

/** One social-media style post: div soup with avatar, author, handle, time, body and action buttons. */
function post(w: Writer): void {
  const r = w.r;
  w.el('div', 'class="post"', () => {
    w.el('div', 'class="post-head"', () => {
      const name = w.name();
      w.voidEl('img', `class="avatar" width="32" height="32" alt="${name}"`);
      w.el('a', 'class="author" href="#"', () => w.text(name));
      w.text(' ');
      // A handle with digits: its letter run is not a new word that a trigger could equal.
      w.el('span', 'class="handle"', () => w.text(`@${name.split(' ')[0]!.toLowerCase()}${int(r, 1, 99)}`));
      w.text(' · ');
      w.el('time', 'datetime="2024-05-01T12:00"', () => w.text(`${int(r, 1, 23)}h`));
    });
    w.raw('\n');
    w.el('div', 'class="post-body"', () => {
      w.el('p', '', () => w.richText(int(r, 1, 4)));
      if (r() < 0.25) w.el('p', '', () => w.richText(int(r, 1, 3)));
    });
    w.raw('\n');
    w.el('div', 'class="post-actions"', () => {
      for (const label of ['Reply', 'Repost', 'Like']) w.el('button', `aria-label="${label}"`, () => w.text(String(int(r, 0, 999))));
    });
  });
  w.raw('\n');
}

function feed(w: Writer): void {
  w.el('section', 'class="feed" aria-label="Latest posts"', () => {
    w.el('h2', '', () => w.text('Latest posts'));
    w.raw('\n');
    const n = int(w.r, 10, 20);
    for (let i = 0; i < n; i++) post(w);
  });
  w.raw('\n');
}

function comments(w: Writer): void {
  const r = w.r;
  const comment = (depth: number) =>
    w.el('li', 'class="comment"', () => {
      w.el('div', 'class="c-head"', () => {
        w.el('a', 'href="#"', () => w.text(w.name()));
        w.text(' ');
        w.el('time', '', () => w.text(`${int(r, 1, 59)} minutes ago`));
      });
      w.raw('\n');
      w.el('p', '', () => w.richText(int(r, 1, 4)));
      w.raw('\n');
      if (depth < 2 && r() < 0.35) {
        w.el('ul', 'class="replies"', () => {
          const n = int(r, 1, 3);
          for (let i = 0; i < n; i++) comment(depth + 1);
        });
      }
    });
  w.el('section', 'class="comments"', () => {
    w.el('h3', '', () => w.text(`${int(r, 20, 400)} comments`));
    w.raw('\n');
    w.el('ol', '', () => {
      const n = int(r, 8, 16);
      for (let i = 0; i < n; i++) comment(0);
    });
  });
  w.raw('\n');
}

function table(w: Writer): void {
  const r = w.r;
  w.el('table', 'class="data"', () => {
    w.el('caption', '', () => w.text(w.title()));
    w.el('thead', '', () => w.el('tr', '', () => { for (let c = 0; c < 5; c++) w.el('th', '', () => w.text(pick(r, w.vocab.content))); }));
    w.raw('\n');
    w.el('tbody', '', () => {
      const rows = int(r, 8, 16);
      for (let i = 0; i < rows; i++) {
        w.el('tr', '', () => {
          w.el('td', '', () => w.el('a', 'href="#"', () => w.text(w.name())));
          w.el('td', '', () => w.text(w.sentence(3, 8)));
          for (let c = 0; c < 3; c++) w.el('td', '', () => w.text(`${int(r, 0, 9999)}.${int(r, 0, 99)}`));
        });
        w.raw('\n');
      }
    });
  });
  w.raw('\n');
}

function sidebar(w: Writer): void {
  const r = w.r;
  w.el('aside', 'class="sidebar"', () => {
    for (const heading of ['Trending', 'Most read', 'Related']) {
      w.el('section', '', () => {
        w.el('h3', '', () => w.text(heading));
        w.el('ol', '', () => {
          for (let i = 0; i < 10; i++) w.el('li', '', () => w.el('a', 'href="#"', () => w.text(w.title())));
        });
      });
      w.raw('\n');
    }
    w.el('div', 'class="promo"', () => {
      w.el('p', '', () => w.text(w.sentence(8, 16, false)));
      w.el('button', '', () => w.text('Subscribe'));
    });
    // Page plumbing that must not be scanned as text by a careful scanner.
    w.el('noscript', '', () => w.text('Please enable JavaScript for the best experience.'));
    w.el('script', 'type="application/json" id="state"', () =>
      w.raw(JSON.stringify({ user: null, flags: Array.from({ length: 40 }, () => pick(r, w.vocab.content)) })),
    );
    w.el('template', 'id="tpl"', () => w.raw('<div class="toast"><p>Saved</p></div>'));
  });
  w.raw('\n');
}

function footer(w: Writer): void {
  w.el('footer', 'class="site-footer"', () => {
    for (let s = 0; s < 4; s++) {
      w.el('ul', '', () => {
        for (let i = 0; i < 8; i++) w.el('li', '', () => w.el('a', 'href="#"', () => w.text(w.title().split(' ').slice(0, 3).join(' '))));
      });
      w.raw('\n');
    }
    w.el('p', 'class="legal"', () => w.text(`© 2024 The Daily Example. ${w.sentence(10, 20, false)}`));
  });
  w.raw('\n');
}

export const PAGE_CSS = `
body{font:16px/1.5 system-ui,sans-serif;margin:0;color:#222;background:#fff}
.site-header{display:flex;align-items:center;justify-content:space-between;padding:8px 16px;border-bottom:1px solid #ddd;position:sticky;top:0;background:#fff}
.site-header nav ul{display:flex;flex-wrap:wrap;gap:12px;list-style:none;margin:0;padding:0}
.mobile-menu{display:none}
.layout{display:grid;grid-template-columns:minmax(0,1fr) 300px;gap:24px;max-width:1200px;margin:0 auto;padding:0 16px}
.story h2{font-size:28px;line-height:1.2}
.byline{color:#666;font-size:14px}
figure{margin:16px 0}figcaption{font-size:13px;color:#666}
blockquote{border-left:4px solid #ccc;margin:16px 0;padding-left:12px;font-style:italic}
.feed{max-width:640px}
.post{border:1px solid #e5e5e5;border-radius:8px;padding:12px;margin:12px 0}
.post-head{display:flex;gap:8px;align-items:center;font-size:14px}
.avatar{border-radius:50%;background:#ccd}
.handle,time{color:#777}
.post-actions{display:flex;gap:16px;margin-top:8px}
.post-actions button{display:inline-flex;align-items:center;gap:4px;background:none;border:0;color:#555}
.comments ol,.replies{list-style:none;padding-left:0}.replies{margin-left:24px}
.comment{margin:8px 0;padding:8px;border-top:1px solid #eee}
table.data{border-collapse:collapse;width:100%;font-variant-numeric:tabular-nums}
table.data td,table.data th{border:1px solid #ddd;padding:4px 8px;text-align:left}
.hl{background:#ffef9f}
.sidebar section{margin-bottom:24px}.sidebar ol{padding-left:20px}
.site-footer{columns:4;padding:24px;background:#f4f4f4;font-size:14px}
`;

export interface GeneratedPage {
  /** The <body>…</body> markup (no head). */
  body: string;
  title: string;
  /** Visible-ish text characters written (excluding scripts and the like). */
  textChars: number;
  elements: number;
  planted: number;
}

/**
 * A page of roughly `targetText` characters of text: header, then a grid with the main column (a
 * mix of stories, feed sections, comment threads and tables) and a sidebar, then a footer.
 */
export function generatePage(seed: number, targetText: number, plants: Plant[], vocab: Vocabulary): GeneratedPage {
  const w = new Writer(rng(seed), vocab, plants);
  const title = `${w.title()} — The Daily Example`;
  w.raw('\n');
  header(w);
  w.raw('<div class="layout">\n');
  w.el('main', '', () => {
    const kinds = [story, feed, story, comments, story, story, table];
    let i = 0;
    while (w.textChars < targetText - 6000) {
      kinds[i % kinds.length]!(w);
      i++;
    }
  });
  w.raw('\n');
  sidebar(w);
  w.raw('</div>\n');
  footer(w);
  if (w.leftOver() > 0) throw new Error(`bench page: ${w.leftOver()} planted terms did not fit`);
  return { body: w.html(), title, textChars: w.textChars, elements: w.elements + 4, planted: w.planted };
}

/** `count` feed posts as HTML (what an infinite feed appends), with a few planted terms. */
export function generateFeedBatch(seed: number, count: number, plants: string[], vocab: Vocabulary): string {
  const r = rng(seed);
  // Spread the plants over the batch: estimate ~330 text characters per post.
  const span = count * 330;
  const w = new Writer(r, vocab, plants.map((text) => ({ text, at: Math.floor(r() * span * 0.9) })));
  for (let i = 0; i < count; i++) post(w);
  return w.html();
}

// ---------------------------------------------------------------------------------------------
// Word lists

export interface WordList {
  /** For Steady: triggers with their words (prefixes keep their trailing `*`). */
  entries: TriggerWords[];
  /** For the baselines: every word or phrase, `*` removed. */
  plain: string[];
  /** Trigger index (into entries) of each plain word. */
  plainTrigger: number[];
}

export interface TriggerVocabulary {
  /** Single words present on the page (planted). */
  present: string[];
  /** A two-word phrase present on the page (planted). */
  presentPhrase: string;
  /** Draw a fresh word that does not occur on the page. */
  absent: () => string;
  /** Draw a fresh prefix stem that no page word starts with. */
  absentStem: () => string;
}

export function makeTriggerVocabulary(vocab: Vocabulary, seed = 11): TriggerVocabulary {
  const r = rng(seed);
  const used = new Set<string>();
  const runsList = [...vocab.runs];
  const fresh = (): string => {
    for (;;) {
      const w = pseudoWord(r, 2, 3);
      if (w.length < 5 || vocab.runs.has(w) || used.has(w)) continue;
      used.add(w);
      return w;
    }
  };
  const present = Array.from({ length: 5 }, fresh);
  const presentPhrase = `${fresh()} ${fresh()}`;
  const plantedWords = [...present, ...presentPhrase.split(' ')];
  return {
    present,
    presentPhrase,
    absent: fresh,
    absentStem: () => {
      for (;;) {
        const w = fresh();
        const stem = w.slice(0, Math.max(4, w.length - 2));
        if (runsList.some((x) => x.startsWith(stem)) || plantedWords.some((x) => x.startsWith(stem))) continue;
        return stem;
      }
    },
  };
}

const ACCENT: Record<string, string> = { a: 'á', e: 'é', i: 'ï', o: 'ö', u: 'ü' };

/**
 * `n` words and phrases split over a few triggers: ~84% single words, ~8% phrases of two or three
 * words, ~7% `prefix*` wildcards and ~1% words with diacritics. `presentCount` planted words (and,
 * when `withPhrase`, the planted phrase) are included; everything else is absent from the page.
 */
export function makeWordList(
  n: number,
  seed: number,
  tv: TriggerVocabulary,
  presentCount: number,
  withPhrase: boolean,
): WordList {
  const r = rng(seed);
  const phrases = Math.max(1, Math.round(n * 0.08));
  const prefixes = Math.max(1, Math.round(n * 0.07));
  const accented = Math.round(n * 0.01);
  const words: string[] = [...tv.present.slice(0, presentCount)];
  if (withPhrase) words.push(tv.presentPhrase);
  for (let i = 0; i < phrases - (withPhrase ? 1 : 0); i++) {
    words.push(Array.from({ length: r() < 0.7 ? 2 : 3 }, tv.absent).join(' '));
  }
  for (let i = 0; i < prefixes; i++) words.push(`${tv.absentStem()}*`);
  for (let i = 0; i < accented; i++) {
    const w = tv.absent();
    const at = [...w].findIndex((c) => c in ACCENT);
    words.push(at < 0 ? w : w.slice(0, at) + ACCENT[w[at]!] + w.slice(at + 1));
  }
  while (words.length < n) words.push(tv.absent());
  // Shuffle so the planted words are not all at the front, then deal into triggers.
  for (let i = words.length - 1; i > 0; i--) {
    const j = Math.floor(r() * (i + 1));
    [words[i], words[j]] = [words[j]!, words[i]!];
  }
  // Occasionally capitalised, as people type them.
  const typed = words.map((w) => (r() < 0.1 ? w.charAt(0).toUpperCase() + w.slice(1) : w));
  const triggerCount = n <= 10 ? 2 : n <= 100 ? 5 : 10;
  const entries: TriggerWords[] = [];
  const plain: string[] = [];
  const plainTrigger: number[] = [];
  for (let t = 0; t < triggerCount; t++) {
    const mine = typed.filter((_, i) => i % triggerCount === t);
    entries.push({ id: `trigger-${t}`, words: mine });
    for (const w of mine) {
      plain.push(w.endsWith('*') ? w.slice(0, -1) : w);
      plainTrigger.push(t);
    }
  }
  return { entries, plain, plainTrigger };
}

/** Planted occurrences for a page of `textChars` characters: each term ~once per 250 KB, at least once. */
export function plantsFor(terms: string[], textChars: number, seed: number): Plant[] {
  const r = rng(seed);
  const each = Math.max(1, Math.round(textChars / 250_000));
  const out: Plant[] = [];
  for (const text of terms) for (let k = 0; k < each; k++) out.push({ text, at: Math.floor(r() * textChars * 0.95) });
  return out;
}
