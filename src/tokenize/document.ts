/**
 * The document structure every later stage reads: one scan of the text gives a token table
 * (start, end, kind, sentence in an `Int32Array`) and the sentences as token ranges; each token
 * points to the facts of its spelling, computed once per distinct spelling and shared by all
 * documents: its 'search' key and its proclitic readings (from the one `clitics` module).
 * `Token` objects are made only when asked for. Nothing after this normalises or re-tokenises a word.
 *
 * @module
 */
import { procliticReadingsAt } from './clitics.js';
import { isInvisible } from '../normalize/chars.js';
import { searchKey } from '../normalize/search-key.js';
import { K, KIND_NAMES, releaseScratch, scan } from './scan.js';
import { sentenceRanges } from './sentences.js';
import { checkOptions, checkString, normOf, normState, type NormState } from './tokenize.js';
import type { Sentence, Token, TokenizeOptions, TokenKind } from './types.js';

/** What the matchers need of a token sequence: offsets and surfaces by index. */
export interface TokenSpans {
  readonly length: number;
  start(i: number): number;
  end(i: number): number;
  /** The token as written: `text.slice(start(i), end(i))`. */
  surface(i: number): string;
}

/** A `TokenSpans` over an array of tokens. */
export function spansOf(tokens: readonly Token[]): TokenSpans {
  return {
    length: tokens.length,
    start: (i) => tokens[i]!.start,
    end: (i) => tokens[i]!.end,
    surface: (i) => tokens[i]!.text,
  };
}

/**
 * A reading of a word without its proclitics: `[proclitic, key, offset]`, the proclitic letters and
 * the rest in 'search' form, and the offset in the word where the rest starts (after the proclitic
 * letters, their marks and a joining tatweel): `وبِدمشق` → `['وب', 'دمشق', 3]`.
 */
export type WordReading = readonly [proclitic: string, key: string, offset: number];

/**
 * What the spelling of a token says by itself. Shared by every token spelled the same way (in any
 * document), so never changed by a caller; `facts` is a slot for one later stage's own
 * per-spelling facts, tagged by `factsOwner`.
 */
export interface Spelling {
  readonly text: string;
  readonly kind: number;
  /** The spelling in the 'search' normalisation. */
  readonly key: string;
  /** Proclitic readings of an Arabic word (empty for every other kind), most likely first. */
  readonly readings: readonly WordReading[];
  /** The `'standard'` normalisation, computed on first use. */
  norm: string | undefined;
  facts: unknown;
  factsOwner: unknown;
  /**
   * A number `factsOwner` keeps of its facts beside the slot (the recogniser's bits of the
   * spelling): read at every token of every document, where the facts' own object was one more
   * cache miss a token.
   */
  factsBits: number;
  /**
   * Two more numbers `factsOwner` keeps beside its bits (the recogniser's: the tagger's lexicon
   * flags of the spelling, -1 until asked; and which reading is its stem, valid for the gazetteer
   * `factsStemFor`): read at every word of every document, where they were fields of the facts'
   * own object, one more load a token and a 32-byte object kept for every new spelling.
   */
  factsFlags: number;
  factsStem: number;
  factsStemFor: unknown;
  /**
   * The tagger `scoresOwner`'s sums of this spelling: where they start in its pool (`scoresAt`,
   * valid in its generation `scoresGen`) and the stem they were summed for (`scores`). Numbers
   * here rather than an object of their own: a steady pass reads them at every token, and the
   * spelling is in the cache by then, another object would not be.
   */
  scores: unknown;
  scoresOwner: unknown;
  scoresAt: number;
  scoresGen: number;
  /** What the trie `trieOwner` found of the keys that can start at this spelling (see `TrieMatcher.matchDoc`). */
  trieStart: unknown;
  trieOwner: unknown;
}

const NO_READINGS: readonly WordReading[] = Object.freeze([]);

function spell(text: string, kind: number): Spelling {
  // A word of letters the 'search' form keeps is its own key (most new words), one with a letter it
  // folds (a quarter) is two slices and the letter: no call of normalize for either.
  const key = searchKey(text);
  let readings = NO_READINGS;
  if (kind === K.WORD) {
    const pr = procliticReadingsAt(key, text);
    if (pr.length > 0) readings = pr;
  }
  // Every field from the start: one object shape for all spellings. A literal, not a constructor,
  // although V8 deoptimises spellingAt (which inlines this) once it allocates the literal in the old
  // generation: spellings made there lie in the order they were met, which a later pass over the same
  // text reads them in; made young, the scavenger moves them in the order of the cache's slots, and a
  // steady pass was about 4% slower (fresh processes, 2026-12-06).
  return { text, kind, key, readings, norm: undefined, facts: undefined, factsOwner: undefined, factsBits: 0, factsFlags: -1, factsStem: -1, factsStemFor: undefined, scores: undefined, scoresOwner: undefined, scoresAt: 0, scoresGen: 0, trieStart: false, trieOwner: undefined };
}

// A cache of recent spellings, four ways a set, the last used first: real text uses a few thousand
// word forms for most tokens, and a frequent word must not lose its spelling (and every fact later
// stages keep on it) to a rare one of the same hash. Direct-mapped, 19,082 of the 181,874 tokens of
// the benchmark corpus were spelled again on every pass; four ways, 824.
//
// It starts with `1 << D.FIRST_CACHE_BITS` slots and grows four-fold, keeping its spellings in their
// order, each time it has taken a quarter as many new spellings as it has slots, up to
// `1 << D.CACHE_BITS`: a cold start's sentence does not allocate and fill a 131,072-slot array
// (1 MB, a tenth of what a cold start allocates on the heap) and a 512 KB hash table.
const enum D { CACHE_BITS = 17 }
const enum D { FIRST_CACHE_BITS = 10 }
const enum D { WAYS = 4 }
const enum D { CACHE_MAX_LENGTH = 24 }
let cacheMask = (1 << D.FIRST_CACHE_BITS) - D.WAYS;
let cache: (Spelling | undefined)[] = new Array<Spelling | undefined>(1 << D.FIRST_CACHE_BITS).fill(undefined);
/** The hash of each cached spelling, side by side: a miss reads one line of these, not four spellings. */
let hashes = new Int32Array(1 << D.FIRST_CACHE_BITS);
/** Spellings put into the cache since it last grew. */
let entered = 0;

/** Moves the cache into one four times as large: a set's spellings go, in their order, to one set of the new cache. */
function growCache(): void {
  const size = Math.min(1 << D.CACHE_BITS, cache.length * 4);
  const mask = size - D.WAYS;
  const grown = new Array<Spelling | undefined>(size).fill(undefined);
  const grownHashes = new Int32Array(size);
  for (let slot = 0; slot < cache.length; slot++) {
    const s = cache[slot];
    if (s === undefined) continue;
    const h = hashes[slot]!;
    let to = (h ^ (h >>> D.CACHE_BITS)) & mask;
    while (grown[to] !== undefined) to++;
    grown[to] = s;
    grownHashes[to] = h;
  }
  cache = grown;
  hashes = grownHashes;
  cacheMask = mask;
  entered = 0;
}

/**
 * `c` is the spelling of `text.slice(start, start + len)`, of kind `kind`. `startsWith` compares
 * the code units without a slice (TurboFan inlines it: 5% fewer instructions than a loop of two
 * `charCodeAt`s a code unit, each with its string's checks).
 */
function sameSpelling(c: Spelling | undefined, text: string, start: number, len: number, kind: number): boolean {
  return c !== undefined && c.kind === kind && c.text.length === len && text.startsWith(c.text, start);
}

/**
 * Spellings the cache forgot (its last way, when a new one entered the set), by hash, one a slot
 * (a later one forgotten in the same slot takes it): a spelling made again is the same object,
 * with every fact later stages keep on it (the recogniser's facts, the tagger's sums, the
 * gazetteer's starts), so that those stages need no Map of their own for a spelling they have
 * seen. Slots, not a Map by text: a first pass forgets a spelling for about every other new one,
 * and a Map took a hash of its text and an entry in a table of up to 65,536 (a cache miss or two),
 * and answered each new spelling's lookup with a probe of that table; a slot is read with the
 * cache's hash, known already. Made on the first spelling forgotten.
 */
let forgotten: (Spelling | undefined)[] | undefined;
/** The cache's hash of each spelling in {@link forgotten}. */
let forgottenHashes = new Int32Array(0);
const enum D { FORGOTTEN_BITS = 16 }

/** The slot of {@link forgotten} of a spelling of hash `h`. */
function forgottenSlot(h: number): number {
  return Math.imul(h, 0x9e3779b1) >>> (32 - D.FORGOTTEN_BITS);
}

/** Keeps `s`, of hash `h`, in {@link forgotten}. */
function remember(s: Spelling, h: number): void {
  if (forgotten === undefined) {
    forgotten = new Array<Spelling | undefined>(1 << D.FORGOTTEN_BITS).fill(undefined);
    forgottenHashes = new Int32Array(1 << D.FORGOTTEN_BITS);
  }
  const slot = forgottenSlot(h);
  forgotten[slot] = s;
  forgottenHashes[slot] = h;
}

/** The spelling of `text.slice(start, end)`, of kind `kind` and hash `h`, if the cache forgot it. */
function forgottenAt(text: string, start: number, end: number, kind: number, h: number): Spelling | undefined {
  if (forgotten === undefined) return undefined;
  const slot = forgottenSlot(h);
  const s = forgotten[slot];
  return forgottenHashes[slot] === h && sameSpelling(s, text, start, end - start, kind) ? s : undefined;
}

/**
 * Spellings too long for the cache, by text (so that such a spelling made again is the same
 * object too). Cleared when full.
 */
const longSpellings = new Map<string, Spelling>();
const enum D { LONG_LIMIT = 65_536 }

/** The spelling of `word` (a slice of the text too long for the cache): the one kept, else a new one. */
function longSpellingOf(word: string, kind: number): Spelling {
  const s = longSpellings.get(word);
  if (s !== undefined && s.kind === kind) return s;
  const made = spell(word, kind);
  if (longSpellings.size >= D.LONG_LIMIT) longSpellings.clear();
  longSpellings.set(word, made);
  return made;
}

/** The first slot of the set of a spelling of hash `h`. */
function setOf(h: number): number {
  return (h ^ (h >>> D.CACHE_BITS)) & cacheMask;
}

/** Written once a document, so that {@link touchSets}' reads are not optimised away. */
let touched = 0;

/**
 * Reads the cache's set of tokens `from` to `to` of a document (`hs`: their hashes) and its first
 * spelling before the lookups: in a steady pass the lookups were mostly cache misses, one after
 * another; here they do not wait for one another, and the lookups then find the lines in the
 * CPU's cache.
 */
function touchSets(hs: Int32Array, from: number, to: number): void {
  let x = 0;
  for (let t = from; t < to; t++) {
    const h = hs[t]!;
    const set = setOf(h);
    // The way whose hash matches (the first when none does): a word that shares its set with a
    // more frequent one is found in a later way, and its spelling was read only at the lookup.
    let w = 0;
    while (w < D.WAYS - 1 && hashes[set + w] !== h) w++;
    const c = cache[set + w];
    if (c !== undefined) x ^= c.text.length;
  }
  touched = x;
}

/** The spelling of `text.slice(start, end)` (of kind `kind`, hash `h` when short enough for the cache). */
function spellingAt(text: string, start: number, end: number, kind: number, h: number): Spelling {
  const len = end - start;
  if (len > D.CACHE_MAX_LENGTH) return longSpellingOf(text.slice(start, end), kind);
  let set = setOf(h);
  if (hashes[set] === h && sameSpelling(cache[set], text, start, len, kind)) return cache[set]!;
  let w = 1;
  while (w < D.WAYS && !(hashes[set + w] === h && sameSpelling(cache[set + w], text, start, len, kind))) w++;
  // A hit moves to the front; a miss enters at the front and the last way is forgotten.
  let s: Spelling;
  if (w < D.WAYS) s = cache[set + w]!;
  else {
    s = forgottenAt(text, start, end, kind, h) ?? spell(text.slice(start, end), kind);
    if (++entered * 4 > cache.length && cache.length < 1 << D.CACHE_BITS) {
      growCache();
      set = setOf(h);
    }
    const last = cache[set + D.WAYS - 1];
    if (last !== undefined) remember(last, hashes[set + D.WAYS - 1]!);
  }
  for (let k = Math.min(w, D.WAYS - 1); k > 0; k--) {
    cache[set + k] = cache[set + k - 1];
    hashes[set + k] = hashes[set + k - 1]!;
  }
  cache[set] = s;
  hashes[set] = h;
  return s;
}

/**
 * Tokens whose cache sets {@link createDoc} reads ahead at a time ({@link touchSets}): enough to
 * overlap their cache misses.
 */
const enum D { HASH_BLOCK = 256 }

/** {@link Doc.kindMask} of the first `n` tokens of `table`. */
function maskOfKinds(table: Int32Array, n: number): number {
  let mask = 0;
  for (let i = 0; i < n; i++) mask |= 1 << table[i * Tok.FIELDS + 2]!;
  return mask;
}

/** Int32 fields per token in {@link Doc.table} (a `const enum` of one declaration: a literal in every module of the bundle). */
export const enum Tok { FIELDS = 4 }

/**
 * One text, tokenised once. Token `i` has its offsets, kind and sentence in `table`, its spelling's
 * facts (`key(i)`, `readings(i)`); sentences are token ranges in `sentenceTable`.
 *
 * @example
 * const doc = createDoc('وصل الوفد إلى بغداد. ثم غادر');
 * doc.length;       // 7
 * doc.key(2);       // 'الي' (إلى in 'search' form)
 * doc.sentence(5);  // 1
 * doc.token(3);     // { text: 'بغداد', start: 14, end: 19, kind: 'word', norm: 'بغداد' }
 */
export class Doc implements TokenSpans {
  /** Number of tokens. */
  readonly length: number;
  /** Per token: start, end, kind code (index into the kinds), sentence index. */
  readonly table: Int32Array;
  /** Per sentence: first token, end token (exclusive), start offset, end offset. */
  /** Per sentence: first token, end token (exclusive), start offset, end offset (a plain array: a document has one or a few). */
  readonly sentenceTable: readonly number[];
  readonly sentenceCount: number;
  /**
   * Bit `1 << k` is set when some token has kind code `k` (see `KIND_NAMES`): a rule that needs a
   * Latin word skips a document without one, without a pass over its tokens.
   */
  readonly kindMask: number;
  private readonly spellings: Spelling[];
  private keyList: string[] | undefined;
  private tokenList: Token[] | undefined;

  constructor(
    readonly text: string,
    table: Int32Array,
    spellings: Spelling[],
    sentenceTable: readonly number[],
    private readonly norms: NormState | undefined,
    kindMask = maskOfKinds(table, spellings.length),
  ) {
    this.kindMask = kindMask;
    this.table = table;
    this.length = spellings.length;
    this.spellings = spellings;
    this.sentenceTable = sentenceTable;
    this.sentenceCount = sentenceTable.length / 4;
  }

  start(i: number): number {
    return this.table[i * Tok.FIELDS]!;
  }
  end(i: number): number {
    return this.table[i * Tok.FIELDS + 1]!;
  }
  kind(i: number): TokenKind {
    return KIND_NAMES[this.table[i * Tok.FIELDS + 2]!]!;
  }
  /** Some token is of kind `kind`. */
  hasKind(kind: TokenKind): boolean {
    return (this.kindMask & (1 << KIND_NAMES.indexOf(kind))) !== 0;
  }
  /** Token `i` is an Arabic word. */
  isWord(i: number): boolean {
    return i >= 0 && i < this.length && this.table[i * Tok.FIELDS + 2] === K.WORD;
  }
  /** Index of the sentence token `i` belongs to. */
  sentence(i: number): number {
    return this.table[i * Tok.FIELDS + 3]!;
  }
  surface(i: number): string {
    return this.spellings[i]!.text;
  }
  /**
   * Token `i` as written without the invisible format characters the tokenizer keeps in the token
   * they touch (RLM, LRM, ALM, ZWSP, BOM, word joiner…): what a rule compares punctuation and Latin
   * words with, so that `«\u200F` is `«` and `WHO\u200E` is `WHO`. Text from the web carries bidi
   * marks around quotes and Latin runs; compared as written, `صحيفة \u200F«الصباح»` lost its name.
   */
  bare(i: number): string {
    const s = this.spellings[i]!.text;
    return s.length === 1 ? s : withoutInvisibles(s);
  }
  /** Token `i` in the 'search' normalisation. */
  key(i: number): string {
    return this.spellings[i]!.key;
  }
  /** Proclitic readings of word `i` (not the whole word), offsets into the word. */
  readings(i: number): readonly WordReading[] {
    return this.spellings[i]!.readings;
  }
  /** The shared facts of the spelling of token `i`. */
  spelling(i: number): Spelling {
    return this.spellings[i]!;
  }

  /** Every token's 'search' key (made once, on first use). */
  keys(): readonly string[] {
    if (!this.keyList) {
      const out = new Array<string>(this.length);
      for (let i = 0; i < this.length; i++) out[i] = this.spellings[i]!.key;
      this.keyList = out;
    }
    return this.keyList;
  }

  /** Tokens `i` and `i + 1` are separated by spaces only, on the same line. */
  joined(i: number): boolean {
    if (i < 0 || i + 1 >= this.length) return false;
    const text = this.text;
    for (let k = this.end(i), to = this.start(i + 1); k < to; k++) {
      const c = text.charCodeAt(k);
      if (c === 10 || c === 13 || c === 0x2028 || c === 0x2029) return false;
    }
    return true;
  }

  /** Token `i` as a `Token` object (its `norm` in the document's normalisation). */
  token(i: number): Token {
    if (this.tokenList) return this.tokenList[i]!;
    return this.makeToken(i);
  }

  private makeToken(i: number): Token {
    const s = this.spellings[i]!;
    let norm: string;
    if (this.norms === undefined) norm = s.norm ??= normOf(normState(undefined), s.text);
    else norm = normOf(this.norms, s.text);
    return { text: s.text, start: this.start(i), end: this.end(i), kind: this.kind(i), norm };
  }

  /** Every token, as `tokenize(text, options)` returns them (made once, on first use). */
  tokens(): Token[] {
    if (!this.tokenList) {
      const n = this.length;
      const out = new Array<Token>(n);
      const table = this.table;
      const sp = this.spellings;
      const own = this.norms;
      const standard = own === undefined ? normState(undefined) : undefined;
      for (let i = 0, o = 0; i < n; i++, o += Tok.FIELDS) {
        const s = sp[i]!;
        const norm = own === undefined ? (s.norm ??= normOf(standard!, s.text)) : normOf(own, s.text);
        out[i] = { text: s.text, start: table[o]!, end: table[o + 1]!, kind: KIND_NAMES[table[o + 2]!]!, norm };
      }
      this.tokenList = out;
    }
    return this.tokenList;
  }

  /** The sentences, as `sentences(text)` returns them. */
  sentences(): Sentence[] {
    const out: Sentence[] = new Array(this.sentenceCount);
    const st = this.sentenceTable;
    for (let s = 0; s < this.sentenceCount; s++) {
      const start = st[s * 4 + 2]!;
      const end = st[s * 4 + 3]!;
      out[s] = { start, end, text: this.text.slice(start, end) };
    }
    return out;
  }

  /**
   * The first token of sentence `s` ({@link sentenceTokens} without the pair made for it).
   *
   * @example
   * createDoc('وصل الوفد إلى بغداد. ثم زار دمشق').sentenceFirstToken(1); // 5, the token ثم
   */
  sentenceFirstToken(s: number): number {
    return this.sentenceTable[s * 4]!;
  }

  /** Token range `[first, end)` of sentence `s`. */
  sentenceTokens(s: number): [number, number] {
    return [this.sentenceTable[s * 4]!, this.sentenceTable[s * 4 + 1]!];
  }
}

/**
 * Tokenises `text` once into a {@link Doc}: the same tokens as `tokenize(text, options)` and the
 * same sentences as `sentences(text)`, from one scan. Linear time.
 *
 * @throws {TypeError} when `text` is not a string or `options` not an object.
 * @throws {RangeError} on bad normalisation options (as `normalize`).
 *
 * @example
 * const doc = createDoc('قال الرئيس. وغادر');
 * doc.sentences().map((s) => s.text); // ['قال الرئيس.', 'وغادر']
 * doc.readings(3);                     // [['و', 'غادر', 1]]
 */
export function createDoc(text: string, options?: TokenizeOptions): Doc {
  checkString('createDoc', 'text', text);
  checkOptions('createDoc', options);
  const norms = options?.normalize === undefined ? undefined : normState(options.normalize, 'createDoc');
  const triples = scan(text);
  const raw = triples.data;
  // Each token's hash, from the scan (which reads every code unit of a word once already).
  const hs = triples.hashes;
  const n = triples.length / 3;
  const table = intTable(n * Tok.FIELDS);
  const spellings = new Array<Spelling>(n);
  let kinds = 0;
  for (let b = 0; b < n; b += D.HASH_BLOCK) {
    const e = Math.min(n, b + D.HASH_BLOCK);
    touchSets(hs, b, e);
    for (let t = b, r = 3 * b, o = b * Tok.FIELDS; t < e; t++, r += 3, o += Tok.FIELDS) {
      const start = raw[r]!;
      const end = raw[r + 1]!;
      const kind = raw[r + 2]!;
      table[o] = start;
      table[o + 1] = end;
      table[o + 2] = kind;
      kinds |= 1 << kind;
      spellings[t] = spellingAt(text, start, end, kind, hs[t]!);
    }
  }
  sentenceTokens = table;
  sentenceList = undefined;
  sentenceRanges(text, raw, n, triples.lineBreak, addSentence);
  const sentenceTable = sentenceList ?? [];
  sentenceTokens = NO_TABLE;
  sentenceList = undefined;
  releaseScratch();
  return new Doc(text, table, spellings, sentenceTable, norms, kinds);
}

/**
 * Where {@link addSentence} writes the sentences of the document {@link createDoc} is making: its
 * token table and its list of sentence ranges. Module state and a module function, not a closure
 * over the two (a closure and its context were made for every document); nothing that
 * `sentenceRanges` calls makes a document.
 */
let sentenceTokens: Int32Array = new Int32Array(0);
let sentenceList: number[] | undefined;
const NO_TABLE = sentenceTokens;

/** Records sentence `[first, endTok)` (text `[start, end)`): its index on its tokens, its range in the list (made with the first: most documents have one). */
function addSentence(first: number, endTok: number, start: number, end: number): void {
  const table = sentenceTokens;
  const s = sentenceList === undefined ? 0 : sentenceList.length / 4;
  // The table starts zeroed (intTable): the first sentence's tokens already say 0.
  if (s > 0) for (let t = first; t < endTok; t++) table[t * Tok.FIELDS + 3] = s;
  if (sentenceList === undefined) sentenceList = [first, endTok, start, end];
  else sentenceList.push(first, endTok, start, end);
}

/**
 * The token table of a short document is a view of one shared slab of 16 KB, taken in order and
 * never reused (so it starts zeroed, as a new array does): a typed array of more than 64 bytes
 * gets memory of its own outside V8's heap, and making and later freeing two of them was about a
 * fifth of `createDoc`'s time for documents of one sentence (CPU profile, steady pass). The
 * sentence table, which was a second view, is a plain array (four numbers a sentence).
 * A document kept alive keeps its slab (at most 16 KB) alive; a long document's table is its own.
 */
const enum D { SLAB_INTS = 4096 }
const enum D { SLAB_TABLE_MAX = 1024 }
let slab = new ArrayBuffer(0);
let slabAt = 0;

/**
 * A zeroed Int32Array of `ints` elements (see {@link D.SLAB_INTS}). A long document's table gets a
 * buffer of its own through the same two constructions as a new slab and its views: a `new
 * Int32Array(ints)` of its own, first met at the first long document, deoptimised `createDoc`,
 * which inlines this.
 */
function intTable(ints: number): Int32Array {
  const own = ints > D.SLAB_TABLE_MAX;
  let buffer = slab;
  let at = slabAt;
  if (own || at + ints > D.SLAB_INTS || buffer.byteLength === 0) {
    buffer = new ArrayBuffer((own ? ints : D.SLAB_INTS) * 4);
    at = 0;
    if (!own) slab = buffer;
  }
  const t = new Int32Array(buffer, at * 4, ints);
  if (!own) slabAt = at + ints;
  return t;
}

/** `s` without its invisible format characters ({@link isInvisible}); `s` itself when it has none (most tokens). */
function withoutInvisibles(s: string): string {
  let i = 0;
  while (i < s.length && !isInvisible(s.charCodeAt(i))) i++;
  if (i === s.length) return s;
  let out = s.slice(0, i);
  for (; i < s.length; i++) if (!isInvisible(s.charCodeAt(i))) out += s[i];
  return out;
}
