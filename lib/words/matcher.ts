/**
 * Word-trigger matcher: many words, one pass over the text.
 *
 * Design notes
 * ------------
 * Why no regular expressions built from the person's words?
 *   - Safety: the words are the person's own text. Turning them into regex source means escaping
 *     rules, and one mistake turns "(a+)+$" or ".*" into syntax — wrong matches at best, catastrophic
 *     backtracking (a frozen tab) at worst. Here every character of a word is data, compared as a
 *     UTF-16 code unit. The only special character is ONE trailing `*` (prefix), handled by parsing.
 *   - Speed and predictability: a regex per word costs O(words × text) (≈100 ms for 1,000 words on
 *     500 KB). One big alternation is fast in V8 for plain words, but it is a backtracking engine
 *     whose cost depends on what the words contain — and building it is exactly the escaping we
 *     refuse to do. Unicode-aware boundaries (lookbehind with \p{L}) also make it several times
 *     slower.
 *
 * Why Aho–Corasick?
 *   It compiles all words into one automaton once (≈5–10 ms for 1,000 words); scanning is then a
 *   single left-to-right pass, O(text length × c + matches), where c is the longest chain of the
 *   person's words that are suffixes of one another (1–3 for real lists). The page cannot change
 *   that bound, and nothing the person types can make a scan backtrack.
 *   - The alphabet is the set of code units that occur in the (normalised) words, compressed into
 *     classes; every other code unit is class 0 and simply sends the automaton back to its root.
 *   - When states × classes is small enough (the usual case: 1,000 English words ≈ 4,500 states ×
 *     28 classes × 2 bytes ≈ 250 KB) the goto/failure function is flattened into a dense DFA table:
 *     one array read per character. For very large alphabets (thousands of distinct Han
 *     characters) it falls back to sparse goto lists plus failure links, still linear (amortised).
 *   - Text is normalised on the fly (see normalize.ts): ASCII goes through a 128-entry table that
 *     already holds the class; other characters use a per-code-point fold cache. No normalised copy
 *     of the page is ever built, and nothing is allocated per character.
 *   - Whole-word checks happen only when the automaton reports a candidate: the start check reads a
 *     30-bit register holding the "is word character" flags of the last 30 positions (a ring buffer
 *     is kept too only when some word is that long or longer; 30 bits keep it a V8 small integer); the end check is deferred until the
 *     next character arrives (or the text/segment ends).
 *
 * Privacy: the matcher never stores or returns the matched text; callers get trigger ids only, so
 * the pause can name the person's label and never echo the word.
 *
 * Semantics (also see parseWord in normalize.ts):
 *   - case-, diacritic- and width-insensitive ("Café" = "cafe" = "ＣＡＦＥ"; ß = ss);
 *   - whole words by default; `word*` is a prefix; phrases match across any whitespace run;
 *   - words with Han/kana/Thai/Lao/Khmer/Myanmar/Hangul characters match as substrings;
 *   - a match never ends right before a combining mark (it would split a letter);
 *   - findFirst returns the trigger of the match that ENDS first; ties go to the entry listed first.
 */

import {
  F_MARK,
  F_SPACE,
  F_WORD,
  BMP_FOLD_CACHE,
  FOLD_POOL,
  KIND_EMPTY,
  KIND_SINGLE,
  foldEntry,
  parseWord,
  type ParsedWord,
} from './normalize';
import { tokenLengths, tokenStartFinder } from './native-filter';

export interface TriggerWords {
  /** Trigger id (returned on a match). */
  readonly id: string;
  /** The person's words / phrases for this trigger. */
  readonly words: readonly string[];
}

export interface CompileOptions {
  /**
   * Largest dense DFA (states × character classes) to build; above it the sparse automaton is used.
   * Default 1 << 20 entries (4 MB). Tests set 0 to exercise the sparse path.
   */
  readonly maxDenseEntries?: number;
}

/** Called for every confirmed match: trigger index (into `Matcher.ids`) and end offset (match form). */
export type MatchCallback = (triggerIndex: number, end: number) => void;

/**
 * Incremental scanning of one logical text delivered in pieces (e.g. consecutive text nodes).
 * Matches are reported through the callback given to `createStream`.
 */
export interface MatchStream {
  /** Append text. Pieces are joined exactly as given (no separator is added). */
  feed(text: string): void;
  /**
   * Mark a "soft" boundary between the last fed character and the next one (an inline element
   * edge): matches may still run across it (`<b>abu</b>se` → abuse), and it also counts as a word
   * boundary for whole-word checks (`<span>Ann</span><span>hospital</span>` → hospital).
   */
  softBoundary(): void;
  /** End of the logical text: confirm pending matches, then reset for a new text. */
  end(): void;
  /** Stop scanning (from inside the callback); the rest of the current text is ignored until end(). */
  halt(): void;
}

export interface Matcher {
  /** Trigger ids, in entry order; a trigger index is an index into this array. */
  readonly ids: readonly string[];
  /** Number of distinct usable (non-empty) words compiled. 0 = nothing can ever match. */
  readonly wordCount: number;
  /** Id of the trigger whose match ends first in `text` (ties: earlier entry), or null. */
  findFirst(text: string): string | null;
  /** Ids of all triggers with at least one match in `text`. */
  findAll(text: string): Set<string>;
  /** Whether any trigger matches `text`. */
  matchesAny(text: string): boolean;
  /** Low-level streaming interface (used by the page scanner). */
  createStream(onMatch: MatchCallback): MatchStream;
  /**
   * Candidate filter (used by the page scanner's fast path): the offsets in `text` (UTF-16 index of
   * the last code unit) where a CANDIDATE ends, in strictly increasing order, or null when the
   * filter cannot be used (some word contains U+FFFD) or more than `max` candidates were found.
   *
   * A candidate is an occurrence of one token (the longest whitespace-free run, in match form) of a
   * word, folded exactly like the matcher folds, WITHOUT any boundary or combining-mark rule. It is
   * a superset filter: every real match of a word in a run of text contains its token, so any text
   * that contains the run's characters contiguously contains a candidate. Glued text (textContent
   * of several blocks, "hospital<br>stay" read as "hospitalstay") still contains each token.
   */
  candidateEnds(text: string, max: number): number[] | null;
  /**
   * The candidate filter's tokens for the native filter (native-filter.ts), or null when some token
   * is not pure ASCII (then use candidateEnds).
   */
  nativeTokens(): NativeTokens | null;
}

export interface NativeTokens {
  /**
   * Where any of the tokens (ASCII, lower case, no whitespace) starts, in one native pass: global
   * and case-insensitive (see tokenStartFinder in native-filter.ts).
   */
  readonly find: RegExp;
  /** Lengths of the shortest and the longest token. */
  readonly minLen: number;
  readonly maxLen: number;
}

const DEFAULT_MAX_DENSE = 1 << 20;
/** Texts at least this long go through candidateScanUtf8. */
const UTF8_MIN = 2048;
/**
 * Bits of the word-flag register `wb`. 30, not 32: V8 keeps a value below 2^30 as a small integer
 * (Smi) everywhere; a 31st/32nd bit turns it into a heap number, which changed the representation
 * of the Stream field holding it and deoptimised the hot loop ("Maps became deprecated").
 */
const WB_BITS = 30;
const WB_MASK = (1 << WB_BITS) - 1;

/** Compiled, immutable tables shared by all streams of one matcher. */
interface Tables {
  readonly K: number; // number of classes (class 0 = "in no word")
  readonly classOf: Uint16Array; // code unit → class
  readonly ascii: Int32Array; // ASCII char → class | flags << 16 (already folded)
  readonly asciiClass: Uint16Array; // ASCII byte → class (the candidate filter's UTF-8 loop)
  /**
   * States are numbered in BFS order, those WITHOUT outputs first: state >= outFrom ⇔ some word
   * ends here. The hot loop then needs no extra lookup to know whether to look at outputs, and the
   * shallow states that most characters visit sit together at the start of the table.
   */
  readonly outFrom: number;
  /** Dense DFA: delta[state * K + cls] = next state. Null when too big (sparse automaton used). */
  readonly delta: Uint16Array | null;
  // Sparse automaton (always built; used when delta is null).
  readonly rootNext: Int32Array; // class → state, from the root
  readonly childStart: Int32Array; // CSR over states
  readonly childCls: Int32Array;
  readonly childNext: Int32Array;
  readonly fail: Int32Array;
  // Outputs: patterns ending in a state, following dictionary (output) links.
  readonly firstOut: Int32Array; // state → first state on its suffix chain with own patterns, or -1
  readonly dictLink: Int32Array; // state with patterns → next such state on its suffix chain, or -1
  readonly ownStart: Int32Array; // CSR state → patterns
  readonly ownList: Int32Array;
  // Patterns
  readonly patLen: Int32Array;
  readonly patTrigger: Int32Array;
  readonly patCheckStart: Uint8Array;
  readonly patCheckEnd: Uint8Array;
  readonly patternCount: number;
  readonly ringMask: number;
  /** Some word is WB_BITS units or longer: keep a per-position ring of word flags for start checks. */
  readonly ringNeeded: boolean;
}

function buildTables(patterns: ParsedWord[], triggers: number[], opts: CompileOptions): Tables {
  // Everything below uses flat arrays (no object per state): compiling 1,000 words takes a few ms.
  // 1. Trie over normalised code units. Edges live in one Map keyed by state * 65536 + unit.
  const edge = new Map<number, number>();
  const parentOf: number[] = [0];
  const unitOf: number[] = [0];
  const ownHead: number[] = [-1];
  const P = patterns.length;
  const ownNext = new Int32Array(P);
  const unitSet = new Set<number>();
  let maxLen = 1;
  for (let p = 0; p < P; p++) {
    const t = patterns[p]!.text;
    if (t.length > maxLen) maxLen = t.length;
    let s = 0;
    for (let i = 0; i < t.length; i++) {
      const u = t.charCodeAt(i);
      unitSet.add(u);
      const key = s * 0x10000 + u;
      let next = edge.get(key);
      if (next === undefined) {
        next = parentOf.length;
        edge.set(key, next);
        parentOf.push(s);
        unitOf.push(u);
        ownHead.push(-1);
      }
      s = next;
    }
    ownNext[p] = ownHead[s]!;
    ownHead[s] = p;
  }
  const n = parentOf.length;

  // 2. Alphabet compression.
  const classOf = new Uint16Array(0x10000);
  const units = [...unitSet].sort((a, b) => a - b);
  let K = 1;
  for (const u of units) classOf[u] = K++;

  // 3. Children lists (CSR, trie numbering), BFS order, failure and output links.
  const kidStart = new Int32Array(n + 1);
  for (let t = 1; t < n; t++) kidStart[parentOf[t]! + 1]!++;
  for (let s = 0; s < n; s++) kidStart[s + 1]! += kidStart[s]!;
  const kidList = new Int32Array(Math.max(1, n - 1));
  const fillAt = kidStart.slice(0, n);
  for (let t = 1; t < n; t++) kidList[fillAt[parentOf[t]!]!++] = t;
  const order = new Int32Array(n);
  let qEnd = 1;
  for (let q = 0; q < qEnd; q++) {
    const s = order[q]!;
    for (let k = kidStart[s]!; k < kidStart[s + 1]!; k++) order[qEnd++] = kidList[k]!;
  }
  const fail0 = new Int32Array(n);
  const firstOut0 = new Int32Array(n).fill(-1);
  const dictLink0 = new Int32Array(n).fill(-1);
  for (let q = 1; q < n; q++) {
    const t = order[q]!;
    const s = parentOf[t]!;
    if (s !== 0) {
      const u = unitOf[t]!;
      let f = fail0[s]!;
      for (;;) {
        const g = edge.get(f * 0x10000 + u);
        if (g !== undefined) {
          fail0[t] = g;
          break;
        }
        if (f === 0) break; // fail0[t] stays 0 (root)
        f = fail0[f]!;
      }
    }
    dictLink0[t] = firstOut0[fail0[t]!]!;
    firstOut0[t] = ownHead[t]! >= 0 ? t : dictLink0[t]!;
  }

  // 4. Renumber: BFS order, states without outputs first (the root has none: it stays 0).
  const perm = new Int32Array(n);
  let next = 0;
  for (let q = 0; q < n; q++) if (firstOut0[order[q]!]! < 0) perm[order[q]!] = next++;
  const outFrom = next;
  for (let q = 0; q < n; q++) if (firstOut0[order[q]!]! >= 0) perm[order[q]!] = next++;
  const fail = new Int32Array(n);
  const firstOut = new Int32Array(n);
  const dictLink = new Int32Array(n);
  const inv = new Int32Array(n);
  for (let s = 0; s < n; s++) {
    const ns = perm[s]!;
    inv[ns] = s;
    fail[ns] = perm[fail0[s]!]!;
    firstOut[ns] = firstOut0[s]! < 0 ? -1 : perm[firstOut0[s]!]!;
    dictLink[ns] = dictLink0[s]! < 0 ? -1 : perm[dictLink0[s]!]!;
  }
  const ownStart = new Int32Array(n + 1);
  const ownList = new Int32Array(P);
  const childStart = new Int32Array(n + 1);
  const childCls = new Int32Array(Math.max(1, n - 1));
  const childNext = new Int32Array(Math.max(1, n - 1));
  let ownAt = 0;
  let childAt = 0;
  for (let ns = 0; ns < n; ns++) {
    const s = inv[ns]!;
    ownStart[ns] = ownAt;
    for (let p = ownHead[s]!; p >= 0; p = ownNext[p]!) ownList[ownAt++] = p;
    childStart[ns] = childAt;
    for (let k = kidStart[s]!; k < kidStart[s + 1]!; k++) {
      const t = kidList[k]!;
      childCls[childAt] = classOf[unitOf[t]!]!;
      childNext[childAt++] = perm[t]!;
    }
  }
  ownStart[n] = ownAt;
  childStart[n] = childAt;
  const rootNext = new Int32Array(K);
  for (let k = childStart[0]!; k < childStart[1]!; k++) rootNext[childCls[k]!] = childNext[k]!;

  // 5. Dense DFA when it fits. New numbering is BFS order, so a failure target's row is done first.
  // Always a Uint16Array (one element kind in the hot loop: no polymorphic array access); automata
  // with more than 65,535 states use the sparse path.
  let delta: Uint16Array | null = null;
  const maxDense = opts.maxDenseEntries ?? DEFAULT_MAX_DENSE;
  if (n * K <= maxDense && n <= 0xffff) {
    delta = new Uint16Array(n * K);
    for (let ns = 0; ns < n; ns++) {
      const row = ns * K;
      if (ns !== 0) delta.copyWithin(row, fail[ns]! * K, fail[ns]! * K + K);
      for (let k = childStart[ns]!; k < childStart[ns + 1]!; k++) delta[row + childCls[k]!] = childNext[k]!;
    }
  }

  // 6. Per-pattern data.
  const patLen = new Int32Array(P);
  const patTrigger = new Int32Array(P);
  const patCheckStart = new Uint8Array(P);
  const patCheckEnd = new Uint8Array(P);
  for (let p = 0; p < P; p++) {
    const w = patterns[p]!;
    patLen[p] = w.text.length;
    patTrigger[p] = triggers[p]!;
    patCheckStart[p] = w.checkStart ? 1 : 0;
    patCheckEnd[p] = w.checkEnd ? 1 : 0;
  }

  // 7. ASCII fast table: class and flags of the folded character.
  const ascii = new Int32Array(128);
  const asciiClass = new Uint16Array(128);
  for (let c = 0; c < 128; c++) {
    const e = foldEntry(c); // ASCII always folds to exactly one unit
    const unit = e & 0xffff;
    const flags = (e >>> 16) & 0xff;
    ascii[c] = classOf[unit]! | (flags << 16);
    asciiClass[c] = classOf[unit]!;
  }

  let ring = 1;
  while (ring < maxLen + 2) ring <<= 1;

  return {
    K,
    classOf,
    ascii,
    asciiClass,
    outFrom,
    delta,
    rootNext,
    childStart,
    childCls,
    childNext,
    fail,
    firstOut,
    dictLink,
    ownStart,
    ownList,
    patLen,
    patTrigger,
    patCheckStart,
    patCheckEnd,
    patternCount: P,
    ringMask: ring - 1,
    ringNeeded: maxLen >= WB_BITS,
  };
}

class Stream implements MatchStream {
  private readonly tb: Tables;
  private readonly onMatch: MatchCallback;
  /** Word flag per position (only kept when some word is longer than 31 units). */
  private readonly ring: Uint8Array;
  /** softAt[p & mask] === p + 1 ⇔ a soft boundary follows position p. */
  private readonly softAt: Int32Array;
  private softUsed = false;
  private readonly pending: Int32Array;
  private pendingN = 0;
  /** Current automaton state. */
  private st = 0;
  /** Position (in match-form code units) of the next unit within the current text. */
  private pos = 0;
  /** Word flags of the last WB_BITS units: bit k = unit pos-1-k (always a Smi, see WB_BITS). */
  private wb = 0;
  /** Flags of the last unit (F_SPACE at the start: leading whitespace is dropped). */
  private lastFl = F_SPACE;
  private halted = false;

  constructor(tb: Tables, onMatch: MatchCallback) {
    this.tb = tb;
    this.onMatch = onMatch;
    this.ring = new Uint8Array(tb.ringNeeded ? tb.ringMask + 1 : 1);
    this.softAt = new Int32Array(tb.ringMask + 1);
    this.pending = new Int32Array(Math.max(1, tb.patternCount));
  }

  halt(): void {
    this.halted = true;
  }

  feed(text: string): void {
    const n = text.length;
    if (n === 0 || this.halted || this.tb.patternCount === 0) return;
    const tb = this.tb;
    const ascii = tb.ascii;
    const classOf = tb.classOf;
    const delta = tb.delta;
    const dense = delta !== null;
    const K = tb.K;
    const outFrom = tb.outFrom;
    const needRing = tb.ringNeeded;
    const ring = this.ring;
    const mask = tb.ringMask;
    const bmp = BMP_FOLD_CACHE;
    let st = this.st;
    let pos = this.pos;
    let wb = this.wb;
    let lastFl = this.lastFl;
    let pend = this.pendingN; // local copy; only collect() and resolve() change this.pendingN
    for (let i = 0; i < n; ) {
      const c = text.charCodeAt(i++);
      let cls: number;
      let fl: number;
      if (c < 0x80) {
        const x = ascii[c]!;
        cls = x & 0xffff;
        fl = x >>> 16;
      } else {
        // Non-ASCII: one-unit folds inline (cached), everything else in slowCodePoint.
        let e = 0;
        if (c < 0xd800 || c > 0xdfff) {
          e = bmp[c]!;
          if (e === 0) e = foldEntry(c);
        }
        if (e >>> 24 === KIND_SINGLE) {
          cls = classOf[e & 0xffff]!;
          fl = (e >>> 16) & 0xff;
        } else {
          this.st = st;
          this.pos = pos;
          this.wb = wb;
          this.lastFl = lastFl;
          i = this.slowCodePoint(text, i - 1);
          if (this.halted) return;
          st = this.st;
          pos = this.pos;
          wb = this.wb;
          lastFl = this.lastFl;
          pend = this.pendingN;
          continue;
        }
      }
      // Whitespace runs collapse into one space (branch rarely taken: cheap to predict).
      if ((fl & lastFl & F_SPACE) !== 0) continue;
      lastFl = fl;
      // Confirm or drop matches that ended at the previous unit.
      if (pend !== 0) {
        pend = 0;
        if (this.resolve(fl, pos - 1)) {
          this.halted = true;
          return;
        }
      }
      wb = ((wb << 1) | (fl & F_WORD)) & WB_MASK;
      if (needRing) ring[pos & mask] = fl & F_WORD;
      st = dense ? delta[st * K + cls]! : sparseStep(tb, st, cls);
      if (st >= outFrom) pend = this.collect(st, pos, wb);
      pos++;
    }
    this.st = st;
    this.pos = pos;
    this.wb = wb;
    this.lastFl = lastFl;
  }

  /**
   * The code point starting at text[i] when it is not a cached one-unit fold (surrogates, removed
   * characters, multi-unit folds like ß → ss or emoji). Works on the fields. Returns the next index.
   */
  private slowCodePoint(text: string, i: number): number {
    const c = text.charCodeAt(i++);
    let cp = c;
    if (c >= 0xd800 && c <= 0xdbff && i < text.length) {
      const d = text.charCodeAt(i);
      if (d >= 0xdc00 && d <= 0xdfff) {
        cp = (c - 0xd800) * 0x400 + (d - 0xdc00) + 0x10000;
        i++;
      }
    }
    const e = foldEntry(cp);
    const kind = e >>> 24;
    if (kind === KIND_EMPTY) return i;
    if (kind === KIND_SINGLE) {
      this.emit(this.tb.classOf[e & 0xffff]!, (e >>> 16) & 0xff);
      return i;
    }
    const idx = e & 0xffffff;
    const end = idx + 1 + FOLD_POOL[idx]!;
    for (let k = idx + 1; k < end && !this.halted; k++) {
      const x = FOLD_POOL[k]!;
      this.emit(this.tb.classOf[x & 0xffff]!, x >>> 16);
    }
    return i;
  }

  /** One match-form unit, on the fields (same steps as the inlined loop in feed). */
  private emit(cls: number, fl: number): void {
    if ((fl & this.lastFl & F_SPACE) !== 0) return;
    this.lastFl = fl;
    const tb = this.tb;
    const pos = this.pos;
    if (this.pendingN !== 0 && this.resolve(fl, pos - 1)) {
      this.halted = true;
      return;
    }
    const wb = ((this.wb << 1) | (fl & F_WORD)) & WB_MASK;
    this.wb = wb;
    if (tb.ringNeeded) this.ring[pos & tb.ringMask] = fl & F_WORD;
    const st = tb.delta !== null ? tb.delta[this.st * tb.K + cls]! : sparseStep(tb, this.st, cls);
    this.st = st;
    if (st >= tb.outFrom) this.collect(st, pos, wb);
    this.pos = pos + 1;
  }

  softBoundary(): void {
    if (this.halted) return;
    if (this.pendingN !== 0 && this.resolve(0, this.pos - 1)) this.halted = true;
    const p = this.pos - 1;
    if (p >= 0) {
      this.softAt[p & this.tb.ringMask] = p + 1;
      this.softUsed = true;
    }
  }

  end(): void {
    if (this.pendingN !== 0 && !this.halted) this.resolve(0, this.pos - 1);
    this.pendingN = 0;
    this.st = 0;
    this.pos = 0;
    this.wb = 0;
    this.lastFl = F_SPACE;
    this.halted = false;
    if (this.softUsed) {
      this.softAt.fill(0);
      this.softUsed = false;
    }
  }

  /**
   * Patterns ending at `pos` in `state`: apply the start check, queue for the end check.
   * `wb` holds the word flags of the last WB_BITS units (bit 0 = unit `pos`).
   */
  private collect(state: number, pos: number, wb: number): number {
    const tb = this.tb;
    const mask = tb.ringMask;
    for (let s = tb.firstOut[state]!; s !== -1; s = tb.dictLink[s]!) {
      const end = tb.ownStart[s + 1]!;
      for (let k = tb.ownStart[s]!; k < end; k++) {
        const p = tb.ownList[k]!;
        if (tb.patCheckStart[p] !== 0) {
          const len = tb.patLen[p]!;
          const prev = pos - len;
          if (prev >= 0) {
            const prevIsWord = len < WB_BITS ? (wb >>> len) & 1 : this.ring[prev & mask]!;
            // A word character before the start: no match, unless a soft boundary follows it.
            if (prevIsWord !== 0 && this.softAt[prev & mask] !== prev + 1) continue;
          }
        }
        this.pending[this.pendingN++] = p;
      }
    }
    return this.pendingN;
  }

  /** The unit after pending matches (which end at `end`) has flags `fl` (0 = boundary). */
  private resolve(fl: number, end: number): boolean {
    const count = this.pendingN;
    this.pendingN = 0;
    if ((fl & F_MARK) !== 0) return false;
    const tb = this.tb;
    const nextIsWord = (fl & F_WORD) !== 0;
    for (let k = 0; k < count; k++) {
      const p = this.pending[k]!;
      if (nextIsWord && tb.patCheckEnd[p] !== 0) continue;
      this.onMatch(tb.patTrigger[p]!, end);
    }
    return this.halted;
  }
}

/** One automaton step, dense or sparse. */
function stepState(tb: Tables, state: number, cls: number): number {
  const delta = tb.delta;
  return delta !== null ? delta[state * tb.K + cls]! : sparseStep(tb, state, cls);
}

function sparseStep(tb: Tables, state: number, cls: number): number {
  let s = state;
  for (;;) {
    if (s === 0) return tb.rootNext[cls]!;
    const hi = tb.childStart[s + 1]!;
    for (let k = tb.childStart[s]!; k < hi; k++) {
      if (tb.childCls[k] === cls) return tb.childNext[k]!;
    }
    s = tb.fail[s]!;
  }
}

/** Distinct candidate tokens: the longest whitespace-free run of each word; null if one has U+FFFD. */
export function candidateTokens(patterns: readonly ParsedWord[]): string[] | null {
  const seen = new Set<string>();
  for (const w of patterns) {
    // U+FFFD stands for lone surrogates; text nodes split inside a surrogate pair give two lone
    // surrogates to the scanner but a whole pair in glued text: no safe token.
    if (w.text.includes('\uFFFD')) return null;
    let best = '';
    for (const t of w.text.split(' ')) if (t.length > best.length) best = t;
    if (best.length > 0) seen.add(best);
  }
  return [...seen];
}

export function nativeTokensOf(patterns: readonly ParsedWord[]): NativeTokens | null {
  const tokens = candidateTokens(patterns);
  if (tokens === null || tokens.length === 0) return null;
  for (const t of tokens) for (let i = 0; i < t.length; i++) if (t.charCodeAt(i) >= 0x80) return null;
  return { find: tokenStartFinder(tokens), ...tokenLengths(tokens) };
}

/**
 * Tables of the candidate filter: one pattern per word, its longest whitespace-free token, no
 * boundary checks. Null when filtering is not possible.
 */
function buildCandidateTables(patterns: readonly ParsedWord[]): Tables | null {
  const texts = candidateTokens(patterns);
  if (texts === null) return null;
  const tokens: ParsedWord[] = texts.map((text) => ({ text, prefix: false, substring: true, checkStart: false, checkEnd: false }));
  return buildTables(tokens, new Array<number>(tokens.length).fill(0), {});
}

/** See Matcher.candidateEnds. One tight pass: fold per code point, step the DFA, no flags. */
function candidateScan(tb: Tables, text: string, max: number): number[] | null {
  const out: number[] = [];
  if (tb.patternCount === 0) return out;
  const ascii = tb.ascii;
  const classOf = tb.classOf;
  const delta = tb.delta;
  const K = tb.K;
  const outFrom = tb.outFrom;
  const bmp = BMP_FOLD_CACHE;
  const n = text.length;
  let st = 0;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    let cls: number;
    if (c < 0x80) cls = ascii[c]! & 0xffff;
    else {
      // One-unit folds (most accented letters, punctuation) inline; the rest in stepCodePoint.
      const e = c < 0xd800 || c > 0xdfff ? bmp[c]! || foldEntry(c) : 0;
      if (e >>> 24 === KIND_SINGLE) cls = classOf[e & 0xffff]!;
      else {
        let cp = c;
        if (c >= 0xd800 && c <= 0xdbff && i + 1 < n) {
          const d = text.charCodeAt(i + 1);
          if (d >= 0xdc00 && d <= 0xdfff) {
            cp = (c - 0xd800) * 0x400 + (d - 0xdc00) + 0x10000;
            i++;
          }
        }
        st = stepCodePoint(tb, st, cp, i, out, max);
        if (st < 0) return null;
        continue;
      }
    }
    st = delta !== null ? delta[st * K + cls]! : sparseStep(tb, st, cls);
    if (st >= outFrom) {
      if (out.length >= max) return null;
      out.push(i);
    }
  }
  return out;
}

/**
 * candidateScan over the UTF-8 bytes of `text` (same results: UTF-16 end offsets). A cold page
 * runs this loop mostly unoptimised, and there a typed-array read costs about half as much as a
 * charCodeAt call; the native encoder adds far less than that saves on long texts.
 */
const encoder = new TextEncoder();
/** Reused between calls; never more than KEEP_BUFFER_BYTES is kept alive in a tab. */
let byteBuffer = new Uint8Array(0);
const KEEP_BUFFER_BYTES = 1 << 20;

function candidateScanUtf8(tb: Tables, text: string, max: number): number[] | null {
  const out: number[] = [];
  if (tb.patternCount === 0) return out;
  const need = text.length * 3;
  let u8 = byteBuffer;
  if (u8.length < need) {
    u8 = new Uint8Array(need);
    if (need <= KEEP_BUFFER_BYTES) byteBuffer = u8;
  }
  const written = encoder.encodeInto(text, u8).written;
  const ascii = tb.asciiClass;
  const delta = tb.delta!;
  const K = tb.K;
  const outFrom = tb.outFrom;
  let st = 0;
  let extra = 0; // bytes so far minus UTF-16 units so far: UTF-16 offset = byte offset - extra
  for (let i = 0; i < written; i++) {
    const b = u8[i]!;
    if (b < 0x80) {
      st = delta[st * K + ascii[b]!]!;
      if (st >= outFrom) {
        if (out.length >= max) return null;
        out.push(i - extra);
      }
      continue;
    }
    // Lead byte of a well-formed sequence (the encoder writes lone surrogates as U+FFFD, which
    // no token contains — the same as the lone surrogate itself, see candidateTokens).
    let cp: number;
    if (b >= 0xf0) {
      cp = ((b & 0x07) << 18) | ((u8[i + 1]! & 0x3f) << 12) | ((u8[i + 2]! & 0x3f) << 6) | (u8[i + 3]! & 0x3f);
      i += 3;
      extra += 2;
    } else if (b >= 0xe0) {
      cp = ((b & 0x0f) << 12) | ((u8[i + 1]! & 0x3f) << 6) | (u8[i + 2]! & 0x3f);
      i += 2;
      extra += 2;
    } else {
      cp = ((b & 0x1f) << 6) | (u8[i + 1]! & 0x3f);
      i += 1;
      extra += 1;
    }
    st = stepCodePoint(tb, st, cp, i - extra, out, max);
    if (st < 0) return null;
  }
  return out;
}

/**
 * One non-ASCII code point through the candidate automaton (its whole fold), for both candidate
 * loops; `end` is the UTF-16 offset of its last unit. Returns the new state, or -1 when more than `max` candidates were found.
 */
function stepCodePoint(tb: Tables, state: number, cp: number, end: number, out: number[], max: number): number {
  const e = cp < 0x10000 ? BMP_FOLD_CACHE[cp]! || foldEntry(cp) : foldEntry(cp);
  const kind = e >>> 24;
  if (kind === KIND_EMPTY) return state; // removed characters are transparent
  let st = state;
  if (kind === KIND_SINGLE) {
    st = stepState(tb, st, tb.classOf[e & 0xffff]!);
    if (st >= tb.outFrom) {
      if (out.length >= max) return -1;
      out.push(end);
    }
    return st;
  }
  const idx = e & 0xffffff;
  const last = idx + FOLD_POOL[idx]!;
  for (let k = idx + 1; k <= last; k++) {
    st = stepState(tb, st, tb.classOf[FOLD_POOL[k]! & 0xffff]!);
    if (st >= tb.outFrom) {
      // Several ends inside one code point's fold are one candidate offset.
      if (out.length > 0 && out[out.length - 1] === end) continue;
      if (out.length >= max) return -1;
      out.push(end);
    }
  }
  return st;
}

/** One trigger's usable words, parsed, each once (the same word twice in a list counts once). */
export function parseTriggerWords(words: readonly string[] | unknown): ParsedWord[] {
  const out: ParsedWord[] = [];
  const seen = new Set<string>();
  for (const raw of Array.isArray(words) ? (words as unknown[]) : []) {
    const w = parseWord(raw as string);
    if (!w) continue;
    const key = `${w.checkStart ? 1 : 0}${w.checkEnd ? 1 : 0}${w.text}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(w);
  }
  return out;
}

/**
 * Compile the person's word triggers into a matcher. Entries without usable words are kept (their
 * ids stay in `ids`) but can never match. Compile once, reuse for every text.
 */
export function compileMatcher(entries: readonly TriggerWords[], options: CompileOptions = {}): Matcher {
  const ids = entries.map((e) => e.id);
  const patterns: ParsedWord[] = [];
  const triggers: number[] = [];
  entries.forEach((entry, t) => {
    for (const w of parseTriggerWords(entry.words)) {
      patterns.push(w);
      triggers.push(t);
    }
  });
  // Built on first use: on most pages the native filter finds no candidate and neither the
  // automaton nor the candidate tables are ever needed (for 1,000 words they cost the most).
  let tb: Tables | undefined;
  const tables = () => (tb ??= buildTables(patterns, triggers, options));
  let candidates: Tables | null | undefined;
  const candidateTables = () => (candidates === undefined ? (candidates = patterns.length > 0 ? buildCandidateTables(patterns) : null) : candidates);
  let native: NativeTokens | null | undefined; // computed on first use

  // One reusable stream for the convenience methods (JS is single-threaded and they don't nest).
  let mode: 0 | 1 | 2 = 0; // 0 any, 1 first, 2 all
  let best = -1;
  let found: Uint8Array = new Uint8Array(ids.length);
  let foundCount = 0;
  const distinctTriggers = new Set(triggers).size;
  let own: Stream | undefined;
  const stream = () =>
    (own ??= new Stream(tables(), (t) => {
      if (mode === 0) {
        best = t;
        own!.halt();
      } else if (mode === 1) {
        if (best === -1 || t < best) best = t;
        own!.halt(); // all matches ending at the same position arrive before the halt takes effect
      } else if (found[t] === 0) {
        found[t] = 1;
        if (++foundCount === distinctTriggers) own!.halt();
      }
    }));
  const run = (text: string): void => {
    const st = stream();
    st.feed(typeof text === 'string' ? text : '');
    st.end();
  };

  return {
    ids,
    wordCount: patterns.length,
    findFirst(text: string): string | null {
      if (patterns.length === 0) return null;
      mode = 1;
      best = -1;
      run(text);
      return best === -1 ? null : ids[best]!;
    },
    findAll(text: string): Set<string> {
      const out = new Set<string>();
      if (patterns.length === 0) return out;
      mode = 2;
      found = new Uint8Array(ids.length);
      foundCount = 0;
      run(text);
      for (let t = 0; t < ids.length; t++) if (found[t] !== 0) out.add(ids[t]!);
      return out;
    },
    matchesAny(text: string): boolean {
      if (patterns.length === 0) return false;
      mode = 0;
      best = -1;
      run(text);
      return best !== -1;
    },
    createStream(onMatch: MatchCallback): MatchStream {
      return new Stream(tables(), onMatch);
    },
    candidateEnds(text: string, max: number): number[] | null {
      const candidates = candidateTables();
      if (candidates === null) return null;
      const t = typeof text === 'string' ? text : '';
      // Long texts through the UTF-8 loop (faster while the page's JIT is cold); short ones (feed
      // posts, alt text) straight from the string.
      return candidates.delta !== null && t.length >= UTF8_MIN ? candidateScanUtf8(candidates, t, max) : candidateScan(candidates, t, max);
    },
    nativeTokens(): NativeTokens | null {
      if (native === undefined) native = nativeTokensOf(patterns);
      return native;
    },
  };
}
