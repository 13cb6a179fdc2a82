/**
 * The tagger's tags without the feature list: the same integer sums as
 * `model.tag(featurize(input, model.bits))`, grouped so that most of them are looked up once.
 *
 * A token's score for a tag is the sum of the weights of its features (`features.ts`). Most of
 * those features depend on one spelling only (its own attributes, or its attributes seen from a
 * neighbour: `WORD-1` of `بشار` in `بشار الأسد` is the key of `بشار`), so their weights are summed
 * once per spelling and model and cached; the flags and the rules' tags take a handful of values,
 * so their sums are tables. Only the two bigrams and a rule tag × word feature outside `O` are
 * looked up per token. The sums are integers (int8 weights), so the order of
 * addition changes nothing: the emissions, and the tags, are bit-identical to the feature list's.
 *
 * @module
 */
import type { Doc } from '../../tokenize/document.js';
import { ATTR, ATTRS, coarse, coarse3Value, DOC_VALUES, EDGE, FLAG, FLAG_BITS, NAME_WORD, ownDocFacts, T, writeAttributes, type TaggerInput } from './features.js';
import { mix } from './hash.js';
import { Tags } from './tags.js';
import { indexedRow, type TaggerModel } from './model.js';
import { viterbi } from './viterbi.js';

/**
 * This file's numbers (a record's layout, the rows' sizes, the tables' blocks) are members of a
 * `const enum`, which esbuild writes into the bundle as literals: a top-level `const` becomes a `var`
 * there, which TurboFan reads from the module's context at each use (a load, a Smi check and an
 * overflow-checked add in the hot loops of `fill`); the seven tags are `Tags.COUNT` (tags.ts).
 *
 * Every table of sums here holds a row of seven tags as four int32 words, two tags a word
 * ({@link addPacked}): word `k` is `tag[2k] + tag[2k + 1] * 65536`, the last one `tag[6]` alone. A
 * token's score adds at most about 160 int8 weights (the own and neighbours' features, 25 flag
 * bits at each of five positions), |sum| < 2^15, so each half stays exact: the sums of 17 rows a
 * token read 68 words instead of 119 (the most expensive line of a steady pass's tagger).
 */
const enum C { PK = 4 }
/**
 * A spelling's record in the pool: its partial sums (packed rows): its own features, then as seen
 * from 2 before … 2 after, then its own features plus `RULE_WORD` with the rules' `O` (the usual
 * case: one row read a token instead of two), then its flags ({@link FOLDED}), the link to its
 * next variant ({@link NEXT}), its attributes `ATTR.KEY` and `ATTR.SHAPE`, the number of its stem
 * ({@link STEM_ID_AT}) and what the context features read of its flags ({@link CONTEXT_AT}), a
 * word each (the other attributes are read only by its sums). A steady pass reads five records a
 * token from a pool of tens of thousands of spellings, megabytes: 120 bytes a record. (The
 * attributes rode in the free high halves of the rows' last words, two halves each, in 96 bytes;
 * with two words more the record was 104 bytes, and reading a half took more than the three words
 * cost.)
 *
 * Each row also holds the flag features of the flag set {@link FOLDED} as seen from its position
 * (`FLAG - 2` … `FLAG + 2`: {@link refold}): a spelling comes with the same flags at most of its
 * tokens (a word in the same lexicon and context), so a token adds five rows, not ten, and looks
 * up no flag set. The own rows hold `FLAG_SHAPE` of those flags and the spelling's shape too
 * ({@link flagShape}: no lookup a token). A token whose flags are not the record's reads a variant
 * of it made for its flags ({@link variantFor}), found along the record's {@link NEXT} links: a
 * record is never changed once made, so a spelling seen with two sets of flags (`في` at a
 * document's first word, with `LINE_START`, and inside one) no longer has its record refolded back
 * and forth at every pass over the same text (3,100 refolds of 54,000 tokens a steady pass, about
 * 1,600 instructions each). Over the benchmark's corpus 36,915 spellings make 39,262 records, at
 * most six for one spelling.
 */
const enum C { OWN = 0 }
const enum C { AS_P2 = C.OWN + C.PK }
const enum C { AS_P1 = C.OWN + 2 * C.PK }
const enum C { AS_N1 = C.OWN + 3 * C.PK }
const enum C { AS_N2 = C.OWN + 4 * C.PK }
/** The own features plus `RULE_WORD` with the rules' tag `O`, the usual case. */
const enum C { OWN_O = C.OWN + 5 * C.PK }
/** The flag set whose features the rows hold (those of the token that first read the record: {@link spellingSums}). */
const enum C { FOLDED = C.OWN + 6 * C.PK }
/** Where the next variant of the spelling's record starts, for other flags (0: none; record 0 is the edge's, no variant). */
const enum C { NEXT = C.FOLDED + 1 }
/** The kept attributes. */
const enum C { KEY_AT = C.NEXT + 1 }
const enum C { SHAPE_AT = C.KEY_AT + 1 }
/**
 * The number of the record's stem among the stems of the pool's generation (`Scorer.stemSlots`):
 * equal numbers, equal stems, so that {@link documentFactsInto} groups a document's tokens by stem
 * without hashing or comparing strings.
 */
const enum C { STEM_ID_AT = C.SHAPE_AT + 1 }
/**
 * What the per-token context features read of {@link FOLDED}: its coarse facts (`coarse`, bits
 * 0–4) and whether it is a known name word (`NAME_WORD`, bit 8, as `nameRunValue` writes it).
 */
const enum C { CONTEXT_AT = C.STEM_ID_AT + 1 }
const enum C { SPELLING_SUMS = C.CONTEXT_AT + 1 }
/** Where the spellings' sums start in the pool (after the edge's). */
const enum C { FIRST_SPELLING = C.SPELLING_SUMS }
/**
 * `pairSums`' rows of the rules' tags before, at and after a token, 3 bits each (`O` … `I-ORG`,
 * and beyond an edge: 7): a block of rows for each {@link sidesOf} (`RULE - 2` and `RULE + 2` in
 * the row or not), then as many with `DOC` and `DOC_RULE` of a stem the rest of the document does
 * not name (value 0: most tokens).
 */
const enum C { PAIR_BLOCK = 512 }
const enum C { PAIR_SIDES = 5 }
const enum C { PAIR_DOC0 = C.PAIR_SIDES * C.PAIR_BLOCK }
/** The zero rows of `pairSums` and `docRuleSums`, read when their features are looked up one by one (rule tags above 15). */
const enum C { PAIR_ZERO = 2 * C.PAIR_DOC0 }
const DOC_RULE_ZERO = DOC_VALUES * 16;
/** Flags are bits 0–31 (bit FLAG_BITS: beyond an edge). */
const enum C { FLAG_SLOTS = 32 }
const CACHE_LIMIT = 100_000;
/** Sums per flag set: one row of tags for each of the five positions (`FLAG - 2` … `FLAG + 2`). */
const enum C { FLAG_SUMS = 5 * C.PK }
/** Flag sets kept before they are forgotten (between documents). */
const FLAG_LIMIT = 65_536;
const FLAG_FIRST_SLOTS = 256;

/** Sums of a spelling kept by text (an input without a `Doc`, or sums a spelling's slot gave up to another model). */
interface SpellingSums {
  stem: string;
  /** Where its record starts in the scorer's `pool`, valid while `gen` is the scorer's. */
  at: number;
  gen: number;
}

/** What one model's sums need: the feature mask, tables for flags and rule tags, and the spellings seen. */
interface Scorer {
  model: TaggerModel;
  mask: number;
  bias: Int32Array;
  /** `flagSums[((d + 2) * 32 + bit) * PK]`: weights of `FLAG + d` with this bit. */
  flagSums: Int32Array;
  /**
   * `ruleSums[(k * 16 + r) * PK]` for `RULE - 1`, `RULE`, `RULE + 1`, `RULE - 2`, `RULE + 2`
   * (k = 0 … 4) and tag `r` (15: edge).
   */
  ruleSums: Int32Array;
  /** `NAME_RUN` by its value (below 512), filled on first use (`nameRunDone`). */
  nameRunSums: Int32Array;
  nameRunDone: Uint8Array;
  /** `DOC` by its value, and `DOC` + `DOC_RULE` by `(value << 4) | rule` (one row for both), filled on first use. */
  docSums: Int32Array;
  docDone: Uint8Array;
  docRuleSums: Int32Array;
  docRuleDone: Uint8Array;
  /**
   * `COARSE3` by its three coarse facts (0–32 each): `coarseAt[(p * 33 + c) * 33 + n]` is 1 + where
   * its sums start in `coarsePool` (0: not seen yet). A corpus uses a few hundred of the 35,937.
   */
  coarseAt: Int32Array;
  coarsePool: Int32Array;
  coarseUsed: number;
  /**
   * `BIAS` + `RULE - 1` + `RULE` + `RULE + 1` + `RULE_PAIR` by the rules' tags before, at and after
   * a token ({@link pairRow}), filled on first use (`pairDone`), with `RULE - 2` and `RULE + 2`
   * when they are `O` or beyond an edge (most tokens: two rows fewer read a token), and `DOC` +
   * `DOC_RULE` of value 0.
   */
  pairSums: Int32Array;
  pairDone: Uint8Array;
  /**
   * The flag features of a token's flags as seen from each of the five positions around it, summed:
   * `flagPool[flagOffset(s, flags) + (d + 2) * PK]`. A document has few distinct flag sets.
   * Found through an open-addressed table: `flagKeys[slot]` a flag set, `flagAt[slot]` 1 + where
   * its sums start (0: free slot); a Map lookup at every token was 3% of a steady pass.
   */
  flagKeys: Uint32Array;
  flagAt: Int32Array;
  flagCount: number;
  flagPool: Int32Array;
  flagUsed: number;
  /** Sums by text for an input without a `Doc`, and those a spelling's slot gave up to another model (a `Doc`'s spellings keep their own). */
  spellings: Map<string, SpellingSums>;
  /**
   * The stems the records of this generation have, numbered as they come ({@link STEM_ID_AT}), asked
   * once a record ({@link stemIdOf}): `stemSlots[slot]` is 1 + a stem's number (0: a free slot),
   * open-addressed by the stem's FNV-1a hash (`ATTR.STEM`, at hand from the record's attributes), at most half full;
   * `stemHashes[id]` and `stemTexts[id]` tell apart two stems of one slot or one hash.
   */
  stemSlots: Int32Array;
  stemHashes: Uint32Array;
  stemTexts: string[];
  stemCount: number;
  /** The spellings' sums, `SPELLING_SUMS` each (one array, not one per spelling); the edge's first. */
  pool: Int32Array;
  used: number;
  /** Bumped when the spellings are forgotten, which frees the pool. */
  gen: number;
  /** The pool's entries from here on have never been written (copied when the pool grows). */
  written: number;
}

const scorers = new WeakMap<TaggerModel, Scorer>();
/** The offsets from `T.RULE` of the rule templates in `ruleSums`, by `k`. */
const RULE_OFFSETS = [-1, 0, 1, -2, 2];

/** `pool`, or a copy of it twice as long (or longer) when it has fewer than `need` entries. */
function withRoom(pool: Int32Array, need: number): Int32Array {
  if (need <= pool.length) return pool;
  const bigger = new Int32Array(Math.max(pool.length * 2, need));
  bigger.set(pool);
  return bigger;
}

/** Past this many entries (512 KB) the spellings' pool grows to {@link POOL_FULL} at once. */
const POOL_FAST_GROWTH = 1 << 17;
/** Entries of the records a pool holds before its spellings are forgotten (`fill`): 9.6 MB. */
const POOL_FULL = CACHE_LIMIT * C.SPELLING_SUMS;

/**
 * Room in `s.pool` for one more spelling's record. A first pass over new text adds tens of
 * thousands of records: growing two-fold, the pool was copied three times during the benchmark's
 * pass (10 MB) and twice as many fresh pages were touched as were kept (page faults: 4% of the
 * pass in a profile). Past 512 KB it grows at once to the most it holds before the spellings are
 * forgotten (four-fold past that, for a document of more spellings than that): growing four-fold
 * instead, the last step copied 3 MB (about 10 ms of CPU in fresh pages on the reference host) in
 * the middle of a first pass. The pages of the larger pool are touched only as records are
 * written. Only the part ever written is copied (a record is written whole, so a pool forgotten by
 * a new generation needs no clearing).
 */
function poolRoom(s: Scorer): void {
  const need = s.used + C.SPELLING_SUMS;
  const length = s.pool.length;
  if (need <= length) return;
  // Every size worked out before the choice: the first growth past 512 KB, late in a long first
  // pass, then meets no comparison or product V8 has not seen run (a deopt of sumsAt, which this is inlined into).
  const twice = length * 2;
  const fourfold = length * 4;
  const fast = length < POOL_FAST_GROWTH;
  const full = length < POOL_FULL;
  const size = fast ? twice : full ? POOL_FULL : fourfold;
  const bigger = new Int32Array(Math.max(size, need));
  bigger.set(s.pool.subarray(0, s.written));
  s.pool = bigger;
}

/**
 * The rows of a record and the position of the flag sums each holds (`FLAG - 2` is what a token's
 * flags are to the token two after it: the `AS_P2` row), for {@link refold}.
 */
const FOLD_ROW = Int32Array.of(C.AS_P2, C.AS_P1, C.OWN, C.OWN_O, C.AS_N1, C.AS_N2);
const FOLD_SLOT = Int32Array.of(0, C.PK, 2 * C.PK, 2 * C.PK, 3 * C.PK, 4 * C.PK);

/**
 * The record of the spelling whose first record starts at `o` for a token with flags `f`, when
 * they are not that record's: a variant found along its {@link NEXT} links, or one made at the end
 * of the pool (a copy of `o` with its flag features changed to those of `f`: exact, the sums are
 * integers) and linked after the last. Returns where it starts.
 */
function variantFor(s: Scorer, o: number, f: number): number {
  let last = o;
  for (let v = s.pool[o + C.NEXT]!; v !== 0; v = s.pool[v + C.NEXT]!) {
    if (s.pool[v + C.FOLDED] === f) return v;
    last = v;
  }
  poolRoom(s);
  const t = s.used;
  s.used += C.SPELLING_SUMS;
  if (t >= s.written) s.written = s.used;
  const pool = s.pool;
  pool.copyWithin(t, o, o + C.SPELLING_SUMS);
  refold(s, pool, t, f);
  pool[t + C.NEXT] = 0;
  pool[last + C.NEXT] = t;
  return t;
}

/** The record at `t` with its flag features changed from those of its {@link FOLDED} set to those of `f`. */
function refold(s: Scorer, pool: Int32Array, t: number, f: number): void {
  const old = pool[t + C.FOLDED]! >>> 0;
  const from = flagOffset(s, old);
  const to = flagOffset(s, f);
  const fp = s.flagPool;
  if (((old ^ f) & C.FLAG_SHAPE_BITS) !== 0) refoldShape(s, pool, t, old, f);
  // Each packed row: += fp[to + slot…] - fp[from + slot…] (one loop, no call: a record's
  // variants are made on text never seen, where each function more is one more compile).
  for (let r = 0; r < FOLD_ROW.length; r++) {
    const row = t + FOLD_ROW[r]!;
    const now = to + FOLD_SLOT[r]!;
    const was = from + FOLD_SLOT[r]!;
    for (let k = 0; k < C.PK; k++) pool[row + k] = pool[row + k]! + fp[now + k]! - fp[was + k]!;
  }
  pool[t + C.FOLDED] = f;
  pool[t + C.CONTEXT_AT] = contextOf(f);
}

/** {@link CONTEXT_AT} of flags `f`. */
function contextOf(f: number): number {
  return coarse(f) | ((f & NAME_WORD) !== 0 ? 256 : 0);
}

/** The record at `t`'s own rows with `FLAG_SHAPE` of flags `old` changed to that of `f` (exact: integer sums). */
function refoldShape(s: Scorer, pool: Int32Array, t: number, old: number, f: number): void {
  const { model, mask } = s;
  const shape = pool[t + C.SHAPE_AT]! >>> 0;
  const was = model.row(flagShape(old, shape) & mask);
  const is = model.row(flagShape(f, shape) & mask);
  const w = model.weights;
  if (was >= 0) {
    subPacked(w, was * Tags.COUNT, pool, t + C.OWN);
    subPacked(w, was * Tags.COUNT, pool, t + C.OWN_O);
  }
  if (is >= 0) {
    addPacked(w, is * Tags.COUNT, pool, t + C.OWN);
    addPacked(w, is * Tags.COUNT, pool, t + C.OWN_O);
  }
}

/** Where the sums of `COARSE3` with coarse facts `p`, `c`, `n` start in `s.coarsePool` (computed on first use). */
function coarseOffset(s: Scorer, p: number, c: number, n: number): number {
  const k = (p * 33 + c) * 33 + n;
  const at = s.coarseAt[k]!;
  if (at !== 0) return at - 1;
  s.coarsePool = withRoom(s.coarsePool, s.coarseUsed + C.PK);
  const o = s.coarseUsed;
  s.coarseUsed += C.PK;
  add(s.model, mix(T.COARSE3, coarse3Value(p, c, n)) & s.mask, s.coarsePool, o);
  s.coarseAt[k] = o + 1;
  return o;
}

/** Adds the weights of feature `f` (already masked) to the packed row `out[at…at + 3]`. */
function add(model: TaggerModel, f: number, out: Int32Array, at: number): void {
  const r = model.row(f);
  if (r >= 0) addPacked(model.weights, r * Tags.COUNT, out, at);
}

/** Adds the seven weights `w[base…base + 6]` to the packed row `out[at…at + 3]` (see {@link PK}). */
function addPacked(w: Int8Array, base: number, out: Int32Array, at: number): void {
  out[at]! += w[base]! + (w[base + 1]! << 16);
  out[at + 1]! += w[base + 2]! + (w[base + 3]! << 16);
  out[at + 2]! += w[base + 4]! + (w[base + 5]! << 16);
  out[at + 3]! += w[base + 6]!;
}

/** Takes the seven weights `w[base…base + 6]` from the packed row `out[at…at + 3]` (see {@link addPacked}). */
function subPacked(w: Int8Array, base: number, out: Int32Array, at: number): void {
  out[at]! -= w[base]! + (w[base + 1]! << 16);
  out[at + 1]! -= w[base + 2]! + (w[base + 3]! << 16);
  out[at + 2]! -= w[base + 4]! + (w[base + 5]! << 16);
  out[at + 3]! -= w[base + 6]!;
}

/**
 * Writes the record of a spelling whose attributes are in {@link attrScratch} (the other feature
 * values are written after them) at `s.pool[at…at + SPELLING_SUMS - 1]`, in
 * place, with the flag features of flag set `f` already in its rows (the flags of the token that
 * first reads it: most of its tokens have the same, {@link FOLDED}). Every word of the record is
 * written, so the pool needs no clearing; a new record is not folded a second time by {@link fill}.
 */
function spellingSums(s: Scorer, at: number, f: number, stemId: number): void {
  const pool = s.pool;
  const a = attrScratch;
  featureValues(a, f);
  summed(s, pool, at, flagOffset(s, f));
  pool[at + C.FOLDED] = f;
  pool[at + C.NEXT] = 0;
  pool[at + C.CONTEXT_AT] = contextOf(f);
  pool[at + C.KEY_AT] = a[ATTR.KEY]!;
  pool[at + C.SHAPE_AT] = a[ATTR.SHAPE]!;
  pool[at + C.STEM_ID_AT] = stemId;
}

/**
 * `FLAG_SHAPE` (unmasked) of a token with flags `flags` and shape hash `shape`: it reads the flags
 * below `LINE_START` only, so a record refolded for `LINE_START` alone (a document's first word)
 * keeps it.
 */
function flagShape(flags: number, shape: number): number {
  return mix(T.FLAG_SHAPE, mix(flags & C.FLAG_SHAPE_BITS, shape));
}
const enum C { FLAG_SHAPE_BITS = 0x3fffff }

/**
 * The features a spelling's record sums, in {@link summed}'s order, grouped by the row of the record
 * they go into: `OWN + j` for each attribute and `FLAG_SHAPE` of its flags (`OWN`); seen from a
 * neighbour (`WORD - 2` of a spelling is its key seen from two tokens on): `WORD - 2` (`AS_P2`);
 * `WORD - 1`, `STEM - 1`, `SUF3 - 1`, `SHAPE - 1` (`AS_P1`); the same `+ 1` (`AS_N1`); `WORD + 2`
 * (`AS_N2`); then `RULE_WORD` with the rules' `O` (into `OWN_O`, which gets the own ones too).
 * Feature `k` is `mix(FEATURE_TEMPLATE[k], v[k])`, where `v` holds the attributes, then the
 * values {@link featureValues} writes after them.
 */
const RECORD_FEATURES = ATTRS + 12;
const FEATURE_TEMPLATE = Int32Array.from({ length: RECORD_FEATURES }, (_, k) =>
  k < ATTRS ? T.OWN + k : [T.FLAG_SHAPE, T.WORD - 2, T.WORD - 1, T.STEM - 1, T.SUF3 - 1, T.SHAPE - 1, T.WORD + 1, T.STEM + 1, T.SUF3 + 1, T.SHAPE + 1, T.WORD + 2, T.RULE_WORD][k - ATTRS]!,
);
/** The end of each group of {@link summed}'s features, the record's row it goes into, and the position of the flag sums it starts from (`FLAG - 2` is what a token's flags are to the token two after it: `AS_P2`). */
const GROUP_END = Int32Array.of(ATTRS + 1, ATTRS + 2, ATTRS + 6, ATTRS + 10, ATTRS + 11);
const GROUP_ROW = Int32Array.of(C.OWN, C.AS_P2, C.AS_P1, C.AS_N1, C.AS_N2);
const GROUP_FLAGS = Int32Array.of(2 * C.PK, 0, C.PK, 3 * C.PK, 4 * C.PK);
const rowScratch = new Int32Array(RECORD_FEATURES);
/**
 * A new spelling's attributes, then its other feature values ({@link featureValues}): what
 * {@link spellingSums} sums. Read by {@link summed} as this constant, not as an argument: V8 then
 * knows the array (no check of its map and no load of where its data lie at every step of a loop).
 */
const attrScratch = new Uint32Array(RECORD_FEATURES);

/**
 * The values of a record's features after its own attributes (`v[0…ATTRS - 1]`, written by
 * `writeAttributes`) into `v[ATTRS…]`, in {@link FEATURE_TEMPLATE}'s order, for a token with flags `flags`.
 */
function featureValues(v: Uint32Array, flags: number): void {
  const key = v[ATTR.KEY]!;
  const stem = v[ATTR.STEM]!;
  const suf3 = v[ATTR.SUF3]!;
  const shape = v[ATTR.SHAPE]!;
  v[ATTRS] = mix(flags & C.FLAG_SHAPE_BITS, shape);
  v[ATTRS + 1] = key;
  v[ATTRS + 2] = key;
  v[ATTRS + 3] = stem;
  v[ATTRS + 4] = suf3;
  v[ATTRS + 5] = shape;
  v[ATTRS + 6] = key;
  v[ATTRS + 7] = stem;
  v[ATTRS + 8] = suf3;
  v[ATTRS + 9] = shape;
  v[ATTRS + 10] = key;
  v[ATTRS + 11] = mix(0, key);
}

/**
 * The partial sums of a spelling with feature values {@link attrScratch} ({@link featureValues}) written into its
 * record `out[record…]`, each row starting from the flag features of the flag set whose sums start
 * at `flagPool[flagAt]`. The features' rows are found in a loop of independent steps (each a likely
 * cache miss in the model's index, which then overlap: feature by feature, each lookup waited for
 * the one before), then each row of the record is summed in locals and written once. One `mix` in a
 * loop over a table of templates: written out one by one, V8 inlined none of its 24 calls and each
 * returned a boxed number.
 *
 * The sums read the model's packed rows (`packedRows`: four words a row, a missing feature the zero
 * row), four reads and four adds a feature and no test; with the int8 weights a feature was about
 * 120 instructions of this function (seven reads, each bounds-checked, and the test), 4.9 k a new
 * spelling in all. Before the model has built its index (a cold start's first few hundred
 * spellings) the rows are searched ({@link summedSearched}).
 */
function summed(s: Scorer, out: Int32Array, record: number, flagAt: number): void {
  const { model, mask } = s;
  const index = model.rowIndex();
  const pw = model.packedRows();
  if (index === undefined || pw === undefined) {
    summedSearched(s, out, record, flagAt);
    return;
  }
  const v = attrScratch;
  const rows = rowScratch;
  const templates = FEATURE_TEMPLATE;
  // Bounds in locals: a module constant is read from the module's context at every step.
  const count = templates.length;
  // Where each feature's packed row starts: 4 * (row + 1), the zero row 0 for a missing one (-1).
  // (`<< 2` and `| 0` below: int32 arithmetic V8 need not check for overflow.)
  for (let k = 0; k < count; k++) rows[k] = (indexedRow(index, mix(templates[k]!, v[k]!) & mask) + 1) << 2;
  const fp = s.flagPool;
  const ends = GROUP_END;
  const flagsAt = GROUP_FLAGS;
  const rowAt = GROUP_ROW;
  let k = 0;
  for (let g = 0; g < ends.length; g++) {
    const end = ends[g]!;
    const from = flagAt + flagsAt[g]!;
    let s0 = fp[from]!;
    let s1 = fp[from + 1]!;
    let s2 = fp[from + 2]!;
    let s3 = fp[from + 3]!;
    for (; k < end; k++) {
      const b = rows[k]!;
      s0 = (s0 + pw[b]!) | 0;
      s1 = (s1 + pw[b + 1]!) | 0;
      s2 = (s2 + pw[b + 2]!) | 0;
      s3 = (s3 + pw[b + 3]!) | 0;
    }
    const at = record + rowAt[g]!;
    out[at] = s0;
    out[at + 1] = s1;
    out[at + 2] = s2;
    out[at + 3] = s3;
  }
  // OWN_O: the own row (flags included) plus RULE_WORD with the rules' O.
  const own = record + C.OWN;
  const ownO = record + C.OWN_O;
  const b = rows[count - 1]!;
  out[ownO] = (out[own]! + pw[b]!) | 0;
  out[ownO + 1] = (out[own + 1]! + pw[b + 1]!) | 0;
  out[ownO + 2] = (out[own + 2]! + pw[b + 2]!) | 0;
  out[ownO + 3] = (out[own + 3]! + pw[b + 3]!) | 0;
}

/** {@link summed} before the model's index is built: each row searched (`model.row`), the int8 weights read. */
function summedSearched(s: Scorer, out: Int32Array, record: number, flagAt: number): void {
  const { model, mask } = s;
  const v = attrScratch;
  const rows = rowScratch;
  const templates = FEATURE_TEMPLATE;
  const count = templates.length;
  for (let k = 0; k < count; k++) rows[k] = model.row(mix(templates[k]!, v[k]!) & mask);
  const w = model.weights;
  const fp = s.flagPool;
  let k = 0;
  for (let g = 0; g < GROUP_END.length; g++) {
    const end = GROUP_END[g]!;
    const at = record + GROUP_ROW[g]!;
    const from = flagAt + GROUP_FLAGS[g]!;
    for (let j = 0; j < C.PK; j++) out[at + j] = fp[from + j]!;
    for (; k < end; k++) {
      const r = rows[k]!;
      if (r >= 0) addPacked(w, r * Tags.COUNT, out, at);
    }
  }
  const own = record + C.OWN;
  const ownO = record + C.OWN_O;
  for (let j = 0; j < C.PK; j++) out[ownO + j] = out[own + j]!;
  const r = rows[count - 1]!;
  if (r >= 0) addPacked(w, r * Tags.COUNT, out, ownO);
}

function scorerOf(model: TaggerModel): Scorer {
  let s = scorers.get(model);
  if (s) return s;
  const mask = model.bits >= 32 ? 0xffffffff : (1 << model.bits) - 1;
  s = {
    model,
    mask,
    bias: new Int32Array(C.PK),
    flagSums: new Int32Array(5 * C.FLAG_SLOTS * C.PK),
    ruleSums: new Int32Array(5 * 16 * C.PK),
    nameRunSums: new Int32Array(512 * C.PK),
    nameRunDone: new Uint8Array(512),
    docSums: new Int32Array(DOC_VALUES * C.PK),
    docDone: new Uint8Array(DOC_VALUES),
    docRuleSums: new Int32Array((DOC_RULE_ZERO + 1) * C.PK),
    docRuleDone: new Uint8Array(DOC_VALUES * 16),
    coarseAt: new Int32Array(33 * 33 * 33),
    coarsePool: new Int32Array(256 * C.PK),
    coarseUsed: 0,
    pairSums: new Int32Array((C.PAIR_ZERO + 1) * C.PK),
    pairDone: new Uint8Array(C.PAIR_ZERO),
    flagKeys: new Uint32Array(FLAG_FIRST_SLOTS),
    flagAt: new Int32Array(FLAG_FIRST_SLOTS),
    flagCount: 0,
    flagPool: new Int32Array(256 * C.FLAG_SUMS),
    flagUsed: 0,
    spellings: new Map(),
    stemSlots: new Int32Array(STEM_FIRST_SLOTS),
    stemHashes: new Uint32Array(STEM_FIRST_SLOTS / 2),
    stemTexts: [],
    stemCount: 0,
    pool: new Int32Array(256 * C.SPELLING_SUMS), // grows (poolRoom): 688 KB zeroed at a cold start for one sentence was too much
    used: C.FIRST_SPELLING,
    gen: 0,
    written: C.FIRST_SPELLING,
  };
  add(model, mix(T.BIAS, 0) & mask, s.bias, 0);
  for (let d = -2; d <= 2; d++) for (let bit = 0; bit < C.FLAG_SLOTS; bit++) add(model, mix(T.FLAG + d, bit) & mask, s.flagSums, ((d + 2) * C.FLAG_SLOTS + bit) * C.PK);
  for (let k = 0; k < 5; k++) for (let r = 0; r < 16; r++) add(model, mix(T.RULE + RULE_OFFSETS[k]!, r) & mask, s.ruleSums, (k * 16 + r) * C.PK);
  // Beyond either edge: the edge's record with the edge's flags, for good (no token reads it as its own).
  attrScratch.fill(0);
  attrScratch.set(EDGE);
  spellingSums(s, 0, 1 << FLAG_BITS, -1);
  scorers.set(model, s);
  return s;
}

/** The slot of flag set `f` in `s.flagKeys` (or the free slot it would take). */
function flagSlot(keys: Uint32Array, taken: Int32Array, f: number): number {
  const m = keys.length - 1;
  let slot = mix(f, 0) & m;
  while (taken[slot] !== 0 && keys[slot] !== f) slot = (slot + 1) & m;
  return slot;
}

/** Where `DOC` (value `dv`) + `DOC_RULE` (value `dv`, rule tag `r0` below 16) start in `s.docRuleSums` (summed on first use). */
function docRuleRow(s: Scorer, dv: number, r0: number): number {
  const dr = (dv << 4) | r0;
  const dd = dr * C.PK;
  if (s.docRuleDone[dr] === 0) {
    if (s.docDone[dv] === 0) {
      add(s.model, mix(T.DOC, dv) & s.mask, s.docSums, dv * C.PK);
      s.docDone[dv] = 1;
    }
    for (let k = 0; k < C.PK; k++) s.docRuleSums[dd + k] = s.docSums[dv * C.PK + k]!;
    add(s.model, mix(T.DOC_RULE, dr) & s.mask, s.docRuleSums, dd);
    s.docRuleDone[dr] = 1;
  }
  return dd;
}

/**
 * Which of `RULE - 2` and `RULE + 2` a row of `s.pairSums` holds, by the rules' tags two before and
 * two after a token: both `O` (1), beyond the first edge and `O` (2), `O` and beyond the last edge
 * (3), beyond both (4: a document of one or two tokens), neither (0: a name two away, added apart).
 */
function sidesOf(r2p: number, r2n: number): number {
  if (r2p === 0) return r2n === 0 ? 1 : r2n === 15 ? 3 : 0;
  if (r2p === 15) return r2n === 0 ? 2 : r2n === 15 ? 4 : 0;
  return 0;
}

/** A rule tag that {@link pairRow} takes: a tag (`O` … `I-ORG`) or beyond an edge (15). */
function pairable(r: number): boolean {
  return r < 7 || r === 15;
}

/**
 * The row of `s.pairSums` of the rules' tags `rp`, `r0`, `rn` ({@link pairable}, `r0` a tag), with
 * `RULE - 2` and `RULE + 2` in it when `sides` ({@link sidesOf}) is not 0, and `DOC` + `DOC_RULE`
 * of value 0 when `docInPair`: summed by {@link pairRowSums} on first use.
 */
function pairRow(rp: number, r0: number, rn: number, sides: number, docInPair: boolean): number {
  return (((rp & 7) << 6) | (r0 << 3) | (rn & 7)) + sides * C.PAIR_BLOCK + (docInPair ? C.PAIR_DOC0 : 0);
}

/** Sums {@link pairRow} `row` of those tags (`r2p`, `r2n`: the rules' tags two before and two after). */
function pairRowSums(s: Scorer, row: number, rp: number, r0: number, rn: number, r2p: number, r2n: number, sides: number, docInPair: boolean): void {
  const pr = row * C.PK;
  const { pairSums, ruleSums, bias } = s;
  const b0 = (16 + r0) * C.PK;
  const bp = rp * C.PK;
  const bn = (32 + rn) * C.PK;
  for (let k = 0; k < C.PK; k++) pairSums[pr + k] = bias[k]! + ruleSums[b0 + k]! + ruleSums[bp + k]! + ruleSums[bn + k]!;
  if (sides !== 0) for (let k = 0; k < C.PK; k++) pairSums[pr + k]! += ruleSums[(48 + r2p) * C.PK + k]! + ruleSums[(64 + r2n) * C.PK + k]!;
  add(s.model, mix(T.RULE_PAIR, (rp << 8) | (r0 << 4) | rn) & s.mask, pairSums, pr);
  if (docInPair) {
    const dd = docRuleRow(s, 0, r0);
    for (let k = 0; k < C.PK; k++) pairSums[pr + k]! += s.docRuleSums[dd + k]!;
  }
  s.pairDone[row] = 1;
}

/** Where the summed flag features of flag set `f` start in `s.flagPool` (computed on first use). */
function flagOffset(s: Scorer, f: number): number {
  let slot = flagSlot(s.flagKeys, s.flagAt, f);
  if (s.flagAt[slot] !== 0) return s.flagAt[slot]! - 1;
  // Kept at most half full: twice as large, its entries moved.
  if (2 * (s.flagCount + 1) > s.flagKeys.length) {
    const keys = new Uint32Array(s.flagKeys.length * 2);
    const taken = new Int32Array(keys.length);
    for (let k = 0; k < s.flagKeys.length; k++) {
      if (s.flagAt[k] === 0) continue;
      const to = flagSlot(keys, taken, s.flagKeys[k]!);
      keys[to] = s.flagKeys[k]!;
      taken[to] = s.flagAt[k]!;
    }
    s.flagKeys = keys;
    s.flagAt = taken;
    slot = flagSlot(keys, taken, f);
  }
  // Grown by the helper the coarse pool grows by (asked every time): its growing, first needed here
  // late in a long text, has then run before (a deopt of this function on the benchmark's first pass).
  s.flagPool = withRoom(s.flagPool, s.flagUsed + C.FLAG_SUMS);
  const at = s.flagUsed;
  s.flagUsed += C.FLAG_SUMS;
  const pool = s.flagPool;
  const flagSums = s.flagSums;
  for (let d = 0; d < 5; d++) {
    const row = d * C.FLAG_SLOTS;
    const o = at + d * C.PK;
    for (let k = 0; k < C.PK; k++) pool[o + k] = 0;
    for (let bits = f; bits !== 0; ) {
      const low = bits & -bits;
      const base = (row + 31 - Math.clz32(low)) * C.PK;
      for (let k = 0; k < C.PK; k++) pool[o + k]! += flagSums[base + k]!;
      bits ^= low;
    }
  }
  s.flagKeys[slot] = f;
  s.flagAt[slot] = at + 1;
  s.flagCount++;
  return at;
}

/**
 * Where the records of the tokens of `input` start in `s.pool` into `at` (summed on first use).
 * A spelling of `doc` that holds this model's record for the token's stem (a steady pass: almost
 * every token) is read here; the rest is {@link sumsAt}, a call.
 */
function recordsInto(s: Scorer, input: TaggerInput, doc: Doc | undefined, n: number, at: Int32Array): void {
  if (doc === undefined) {
    for (let i = 0; i < n; i++) at[i] = sumsAt(s, input, i, doc);
    return;
  }
  const stems = input.stems;
  const gen = s.gen;
  for (let i = 0; i < n; i++) {
    const sp = doc.spelling(i);
    at[i] = sp.scoresOwner === s && sp.scoresGen === gen && sp.scores === stems[i] ? sp.scoresAt : sumsAt(s, input, i, doc);
  }
}

/** Where the record of token `i`'s spelling starts in `s.pool` (summed on first use). */
function sumsAt(s: Scorer, input: TaggerInput, i: number, doc: Doc | undefined): number {
  const stem = input.stems[i]!;
  const sp = doc?.spelling(i);
  const text = input.texts[i]!;
  let e: SpellingSums | undefined;
  if (sp !== undefined) {
    // The spelling's slot is the cache (a spelling made again is the same object: `createDoc`). A
    // slot that holds another model's sums gives them to that model's Map, and this model's may
    // be in its own Map; a new spelling's slot holds nothing, and nothing is asked of the Map.
    const owner = sp.scoresOwner as Scorer | undefined;
    if (owner === s) {
      if (sp.scoresGen === s.gen && sp.scores === stem) return sp.scoresAt;
    } else if (owner !== undefined) {
      if (owner.spellings.size >= CACHE_LIMIT) owner.spellings.clear();
      owner.spellings.set(text, { stem: sp.scores as string, at: sp.scoresAt, gen: sp.scoresGen });
      e = s.spellings.get(text);
    }
  } else e = s.spellings.get(text);
  let at: number;
  if (e !== undefined && e.gen === s.gen && e.stem === stem) at = e.at;
  else {
    // The attributes are needed only to sum them: written into work space, never kept.
    writeAttributes(attrScratch, text, input.kinds[i]!, input.keys[i]!, stem);
    poolRoom(s);
    at = s.used;
    s.used += C.SPELLING_SUMS;
    if (at >= s.written) s.written = s.used;
    spellingSums(s, at, input.flags[i]!, stemIdOf(s, stem, attrScratch[ATTR.STEM]!));
    if (sp === undefined) s.spellings.set(text, { stem, at, gen: s.gen });
  }
  if (sp !== undefined) {
    sp.scores = stem;
    sp.scoresAt = at;
    sp.scoresGen = s.gen;
    sp.scoresOwner = s;
  }
  return at;
}

/**
 * Slots of `Scorer.stemSlots` at first (4 KB), four times as many when half full: each growing
 * places every stem again, a likely cache miss each (doubling from 1,024 slots, 2 of the 14 ms this
 * table saved in a profile of the AQMAR pass). The table and `stemHashes` grow at 512, 2,048 and
 * 8,192 stems, in a process's first text: from 32,768 slots, their first growing came at 16,384
 * stems, in the middle of the benchmark's first pass, and deoptimised `sumsAt` there (a product it
 * had never run: `bench/jit-trace.mjs new --sites`).
 */
const STEM_FIRST_SLOTS = 1 << 10;

/**
 * The number of `stem` (FNV-1a hash `hash`, its `ATTR.STEM`) among the stems of the records of
 * this generation, numbered as they come. In a table of our own, by the hash the record's
 * attributes have just computed: a `Map<string, number>` hashed each new stem again (a stem new
 * to the process has no hash yet), and its inserts and growing were 3.7% of a profile of the
 * benchmark's first pass. A new stem's slot is usually free (the table is at most half full), so
 * no string is compared; a stem seen before compares its hash, then its text.
 */
function stemIdOf(s: Scorer, stem: string, hash: number): number {
  // Grown (four times the slots) before the search when one stem more would make it more than half
  // full: the search then finds the stem or its free slot in the table it stores into, and no
  // second search after growing runs (first run in the middle of a long text, it deoptimised sumsAt).
  if (2 * (s.stemCount + 1) > s.stemSlots.length) s.stemSlots = stemSlotsOf(s.stemHashes, s.stemCount, 4 * s.stemSlots.length);
  const slots = s.stemSlots;
  const m = slots.length - 1;
  let slot = stemSlot(hash, m);
  for (let e = slots[slot]!; e !== 0; e = slots[slot]!) {
    const id = e - 1;
    if (s.stemHashes[id] === hash && s.stemTexts[id] === stem) return id;
    slot = (slot + 1) & m;
  }
  const id = s.stemCount++;
  if (id >= s.stemHashes.length) {
    const hashes = new Uint32Array(2 * s.stemHashes.length);
    hashes.set(s.stemHashes);
    s.stemHashes = hashes;
  }
  s.stemHashes[id] = hash;
  s.stemTexts[id] = stem;
  slots[slot] = id + 1;
  return id;
}

/** The first slot of a stem of FNV-1a hash `hash` in a table of `m + 1` slots (its bits mixed: FNV's low bits are weak). */
function stemSlot(hash: number, m: number): number {
  const h = Math.imul(hash ^ (hash >>> 16), 0x45d9f3b);
  return (h ^ (h >>> 16)) & m;
}

/** A table of `size` slots for the stems `0 … count - 1` of hashes `hashes` ({@link stemIdOf}). */
function stemSlotsOf(hashes: Uint32Array, count: number, size: number): Int32Array {
  const slots = new Int32Array(size);
  const m = size - 1;
  for (let id = 0; id < count; id++) {
    let slot = stemSlot(hashes[id]!, m);
    while (slots[slot] !== 0) slot = (slot + 1) & m;
    slots[slot] = id + 1;
  }
  return slots;
}

/** Forgets the numbered stems (a new generation of records). */
function clearStems(s: Scorer): void {
  s.stemSlots.fill(0);
  s.stemTexts.length = 0;
  s.stemCount = 0;
}

/**
 * The model's score of each tag at each token of `input` (`emissions[i * 7 + t]`), equal to what
 * `model.tag` computes from `featurize(input, model.bits)`. With the `doc` the input was made from
 * (same tokens), each spelling keeps its sums, so a spelling seen before costs no lookup.
 *
 * @example
 * // 'وصل الرئيس إلى بغداد': emissions(model, evidence(words, ruleSpans)) has 4 × 7 scores,
 * // the highest of بغداد's being B-LOC.
 */
export function emissions(model: TaggerModel, input: TaggerInput, doc?: Doc): Float32Array {
  const out = new Float32Array(input.keys.length * Tags.COUNT);
  fill(model, input, doc, out);
  return out;
}

let shared = new Float32Array(1024 * Tags.COUNT);

/**
 * {@link emissions} in work space shared by every call: valid until the next call. For a caller
 * that reads them at once (the tagger component), so that no typed array is made per document.
 */
export function sharedEmissions(model: TaggerModel, input: TaggerInput, doc?: Doc): Float32Array {
  const size = input.keys.length * Tags.COUNT;
  // A huge document gets an array of its own, so that it does not stay alive after it.
  if (size > C.WORK_KEEP * Tags.COUNT) return emissions(model, input, doc);
  if (shared.length < size) shared = new Float32Array(Math.min(C.WORK_KEEP * Tags.COUNT, size * 2));
  const out = shared.subarray(0, size);
  fill(model, input, doc, out);
  return out;
}

/** Per-token work space of {@link fill}, for documents of up to `n` tokens. */
function workSpace(n: number) {
  return { at: new Int32Array(n), keyOf: new Uint32Array(n), stemIdOf: new Int32Array(n), docFacts: new Uint8Array(n), co: new Uint16Array(n) };
}

/** The per-token features whose rows {@link tokenRowsInto} finds first: `BIGRAM_L`, `BIGRAM_R` (`FLAG_SHAPE` is in the records). */
const enum C { TOKEN_ROWS = 2 }
/**
 * Tokens whose rows {@link tokenRowsInto} finds at a time, ahead of their sums: enough lookups to
 * overlap their cache misses, and work space of a fixed size (rows for the whole document were
 * 12 bytes a token of a huge document's peak memory).
 */
const enum C { ROW_BLOCK = 256 }
const tokenRows = new Int32Array(C.ROW_BLOCK * C.TOKEN_ROWS);
/** Each token's packed sums of those rows (and then of its rare features: `fill`), `PK` words a token of the block. */
const tokenSums = new Int32Array(C.ROW_BLOCK * C.PK);
/** The packed row every token's row of `tokenSums` starts from: `fill`'s quiet pair row plus `NAME_RUN` of value 0. */
const quietBase = new Int32Array(C.PK);

/**
 * The rows of each token's two word bigrams into `rows` (-1: not in the model),
 * in a loop of their own before the sums: each lookup is a likely cache miss (the model's index),
 * and here they do not wait for one another. Then their weights, summed into `sums` (packed, a
 * token's row at `(i - from) * PK`), again in a loop of independent reads.
 */
function tokenRowsInto(s: Scorer, keyOf: Uint32Array, n: number, from: number, to: number, rows: Int32Array, sums: Int32Array, base: Int32Array): void {
  const { model, mask } = s;
  const index = model.rowIndex();
  const edgeKey = EDGE[ATTR.KEY]!;
  // A token's left bigram is the pair its left neighbour's right bigram mixed: mixed once. As int32
  // (`| 0`: mix reads its arguments as such), the loop's pair is no number V8 boxes above 2^31.
  let left = mix(from > 0 ? keyOf[from - 1]! : edgeKey, keyOf[from]!) | 0;
  // The templates in locals: `T` is an object in a module variable (a load and a map check a read).
  const bigramL = T.BIGRAM_L;
  const bigramR = T.BIGRAM_R;
  for (let i = from, r = 0; i < to; i++, r += C.TOKEN_ROWS) {
    const right = mix(keyOf[i]!, i + 1 < n ? keyOf[i + 1]! : edgeKey) | 0;
    const rl = mix(bigramL, left) & mask;
    const rr = mix(bigramR, right) & mask;
    rows[r] = rl;
    rows[r + 1] = rr;
    left = right;
  }
  // The features' rows in place, the index asked once (through `model.row`, a call a lookup: too large for V8 to inline here).
  const count = (to - from) * C.TOKEN_ROWS;
  if (index !== undefined) for (let k = 0; k < count; k++) rows[k] = indexedRow(index, rows[k]!);
  else for (let k = 0; k < count; k++) rows[k] = model.row(rows[k]!);
  const w = model.weights;
  // Each token's row starts from `base` (fill's rows that most tokens read: see quietBase).
  const b0 = base[0]!;
  const b1 = base[1]!;
  const b2 = base[2]!;
  const b3 = base[3]!;
  for (let r = 0, at = 0; r < count; r += C.TOKEN_ROWS, at += C.PK) {
    // Written out (addPacked, which V8 did not inline here), into locals: the two bigrams.
    let s0 = b0;
    let s1 = b1;
    let s2 = b2;
    let s3 = b3;
    const bl = rows[r]!;
    if (bl >= 0) {
      const b = bl * Tags.COUNT;
      s0 = (s0 + w[b]! + (w[b + 1]! << 16)) | 0;
      s1 = (s1 + w[b + 2]! + (w[b + 3]! << 16)) | 0;
      s2 = (s2 + w[b + 4]! + (w[b + 5]! << 16)) | 0;
      s3 = (s3 + w[b + 6]!) | 0;
    }
    const br = rows[r + 1]!;
    if (br >= 0) {
      const b = br * Tags.COUNT;
      s0 = (s0 + w[b]! + (w[b + 1]! << 16)) | 0;
      s1 = (s1 + w[b + 2]! + (w[b + 3]! << 16)) | 0;
      s2 = (s2 + w[b + 4]! + (w[b + 5]! << 16)) | 0;
      s3 = (s3 + w[b + 6]!) | 0;
    }
    sums[at] = s0;
    sums[at + 1] = s1;
    sums[at + 2] = s2;
    sums[at + 3] = s3;
  }
}

const enum C { WORK_KEEP = 1 << 16 }
/**
 * A context word ({@link CONTEXT_AT}) beyond the document's last token: no known name word (bit 8
 * clear) and, read as `& 63`, the coarse facts of an edge (32; a record's own are bits 0–4).
 */
const enum C { CO_EDGE = 32 }
let work = workSpace(1024);

function fill(model: TaggerModel, input: TaggerInput, doc: Doc | undefined, out: Float32Array): void {
  const s = scorerOf(model);
  const n = input.keys.length;
  if (n === 0) return;
  // Forget the spellings before a document, never during one (its offsets into the pool stay valid).
  // A token may add two records: its spelling's and a variant of it (variantFor).
  if (s.used / C.SPELLING_SUMS + 2 * n > CACHE_LIMIT) {
    s.spellings.clear();
    clearStems(s);
    s.gen++;
    s.used = C.FIRST_SPELLING;
  }
  // A token may look up two flag sets (refold).
  if (s.flagCount + 2 * n > FLAG_LIMIT) {
    s.flagAt.fill(0);
    s.flagCount = 0;
    s.flagUsed = 0;
  }
  const { mask, ruleSums, pairSums, pairDone, bias, nameRunSums, nameRunDone } = s;
  const { flags, rules } = input;
  // Per token, in flat arrays (one visit to each spelling's record): where its sums start, and
  // the two attributes the per-token features read. Work space shared by every call (each cell is
  // written before it is read): a typed array made per document costs more than its use here.
  // A huge document gets work space of its own, so that it does not stay alive after it.
  if (work.at.length < n && n <= C.WORK_KEEP) work = workSpace(Math.min(C.WORK_KEEP, n * 2));
  const { at, keyOf, stemIdOf, docFacts, co } = n <= C.WORK_KEEP ? work : workSpace(n);
  recordsInto(s, input, doc, n, at);
  // In a loop of its own: each record is a likely cache miss, and here the reads of many tokens'
  // records overlap (after sumsAt in the same loop, the misses came one token at a time: the
  // costliest line of the tagger in a steady pass's line ticks). Each token reads the record with
  // its flags' features in it (a variant when they are not the spelling's first record's).
  let pool = s.pool; // sumsAt may have made it longer
  for (let i = 0; i < n; i++) {
    let o = at[i]!;
    if (pool[o + C.FOLDED] !== flags[i]) {
      o = at[i] = variantFor(s, o, flags[i]!);
      pool = s.pool;
    }
    // The three words read, then stored: a read after a store to a typed array re-checks its map.
    const key = pool[o + C.KEY_AT]! >>> 0;
    const stemId = pool[o + C.STEM_ID_AT]!;
    const context = pool[o + C.CONTEXT_AT]!;
    keyOf[i] = key;
    stemIdOf[i] = stemId;
    co[i] = context;
  }
  documentFactsInto(input, stemIdOf, s.stemCount, docFacts);
  const weights = model.weights;
  const { docSums, docDone, docRuleSums } = s;
  const scale = model.scale;
  // Each token's score is one sum over rows of these tables, in one loop at the end; the features
  // looked up per token (bigrams, the rare cases) are added into its row of
  // `tokenSums` (at `ts`) first. A table whose feature does not apply reads its zero row (`*_ZERO`).
  const sums = tokenSums;
  const quietRow = pairRow(0, 0, 0, 1, true);
  if (pairDone[quietRow] === 0) pairRowSums(s, quietRow, 0, 0, 0, 0, 0, 1, true);
  const quiet = quietRow * C.PK;
  if (nameRunDone[0] === 0) {
    add(model, mix(T.NAME_RUN, 0) & mask, nameRunSums, 0);
    nameRunDone[0] = 1;
  }
  // The rows most tokens read (the quiet pair row, NAME_RUN 0) are where every token's row of
  // `tokenSums` starts (tokenRowsInto); a token that reads others adds the difference (exact:
  // int32 sums modulo 2^32, as below).
  const base = quietBase;
  for (let k = 0; k < C.PK; k++) base[k] = (pairSums[quiet + k]! + nameRunSums[k]!) | 0;
  // The known name words right before token i (up to three), for NAME_RUN.
  let before = 0;
  // The records, rule tags and context words of the tokens around token i, carried from one token
  // to the next (one read each a token, not five): beyond an edge, the edge's record (0), the rule
  // tag 15 and no coarse facts (32).
  let atP2 = 0;
  let atP1 = 0;
  let atHere = at[0]!;
  let atN1 = n > 1 ? at[1]! : 0;
  let ruleP2 = 15;
  let ruleP1 = 15;
  let ruleHere = rules[0]!;
  let ruleN1 = n > 1 ? rules[1]! : 15;
  // The context words of the token and the three after it (beyond the last: C.CO_EDGE), for
  // COARSE3 and for NAME_RUN (nameRunValue: the known name words right after it, up to three).
  let coarseP1 = 32;
  let coHere = co[0]!;
  let coN1 = n > 1 ? co[1]! : C.CO_EDGE;
  let coN2 = n > 2 ? co[2]! : C.CO_EDGE;
  for (let i = 0, ts = C.ROW_BLOCK * C.PK; i < n; i++, ts += C.PK) {
    if (ts === C.ROW_BLOCK * C.PK) {
      tokenRowsInto(s, keyOf, n, i, Math.min(n, i + C.ROW_BLOCK), tokenRows, sums, base);
      ts = 0;
    }
    const two = i + 2 < n;
    const atN2 = two ? at[i + 2]! : 0;
    const ruleN2 = two ? rules[i + 2]! : 15;
    const coN3 = i + 3 < n ? co[i + 3]! : C.CO_EDGE;
    const o = atHere;
    const p2 = atP2 + C.AS_P2;
    const p1 = atP1 + C.AS_P1;
    const n1 = atN1 + C.AS_N1;
    const n2 = atN2 + C.AS_N2;
    const r0 = ruleHere;
    const rp = ruleP1;
    const rn = ruleN1;
    const r2p = ruleP2;
    const r2n = ruleN2;
    atP2 = atP1;
    atP1 = atHere;
    atHere = atN1;
    atN1 = atN2;
    ruleP2 = ruleP1;
    ruleP1 = ruleHere;
    ruleHere = ruleN1;
    ruleN1 = ruleN2;
    // DOC and DOC_RULE: what the rules found for this stem elsewhere in the document (docRuleRow).
    const dv = docFacts[i]!;
    // Most tokens: the rules' tags O from two before to two after, no document facts: the one
    // row of pairSums with all of those features, and the own row with RULE_WORD of O.
    let pr = quiet;
    let own = o + C.OWN_O;
    if ((r0 | rp | rn | r2p | r2n | dv) !== 0) {
      // BIAS, RULE - 1, RULE, RULE + 1 and RULE_PAIR: one row of pairSums by the three rule tags,
      // with RULE - 2 and RULE + 2 in it when each is O or beyond an edge, and DOC and DOC_RULE
      // when it is nothing (0).
      const inPair = r0 < 7 && pairable(rp) && pairable(rn);
      const sides = inPair ? sidesOf(r2p, r2n) : 0;
      const docInPair = dv === 0 && inPair;
      if (inPair) {
        const row = pairRow(rp, r0, rn, sides, docInPair);
        if (pairDone[row] === 0) pairRowSums(s, row, rp, r0, rn, r2p, r2n, sides, docInPair);
        pr = row * C.PK;
      } else {
        pr = C.PAIR_ZERO * C.PK;
        for (let k = 0; k < C.PK; k++) sums[ts + k]! += bias[k]!;
        add(model, mix(T.RULE, r0) & mask, sums, ts);
        add(model, mix(T.RULE - 1, rp) & mask, sums, ts);
        add(model, mix(T.RULE + 1, rn) & mask, sums, ts);
        add(model, mix(T.RULE_PAIR, (rp << 8) | (r0 << 4) | rn) & mask, sums, ts);
      }
      if (r0 !== 0) {
        own = o + C.OWN;
        add(model, mix(T.RULE_WORD, mix(r0, keyOf[i]!)) & mask, sums, ts);
      }
      // RULE - 2, RULE + 2 (unless in pairSums).
      if (sides !== 0) {
        // In the pair row.
      } else if (r2p < 16 && r2n < 16) {
        const bp2 = (48 + r2p) * C.PK;
        const bn2 = (64 + r2n) * C.PK;
        for (let k = 0; k < C.PK; k++) sums[ts + k]! += ruleSums[bp2 + k]! + ruleSums[bn2 + k]!;
      } else {
        add(model, mix(T.RULE - 2, r2p) & mask, sums, ts);
        add(model, mix(T.RULE + 2, r2n) & mask, sums, ts);
      }
      if (docInPair) {
        // DOC and DOC_RULE are in the pair row.
      } else if (r0 < 16) {
        const dd = docRuleRow(s, dv, r0);
        for (let k = 0; k < C.PK; k++) sums[ts + k]! += docRuleSums[dd + k]!;
      } else {
        const dr = (dv << 4) | r0;
        if (docDone[dv] === 0) {
          add(model, mix(T.DOC, dv) & mask, docSums, dv * C.PK);
          docDone[dv] = 1;
        }
        for (let k = 0; k < C.PK; k++) sums[ts + k]! += docSums[dv * C.PK + k]!;
        add(model, mix(T.DOC_RULE, dr) & mask, sums, ts);
      }
    }
    // The features of contextFeatures, from tables: NAME_RUN, COARSE3 (RULE - 2, RULE + 2 above).
    const self = coHere;
    const runAfter = (coN1 & 256) === 0 ? 0 : (coN2 & 256) === 0 ? 1 : (coN3 & 256) === 0 ? 2 : 3;
    const run = (before << 4) | runAfter | (self & 256);
    before = (self & 256) !== 0 ? (before < 3 ? before + 1 : 3) : 0;
    if (nameRunDone[run] === 0) {
      add(model, mix(T.NAME_RUN, run) & mask, nameRunSums, run * C.PK);
      nameRunDone[run] = 1;
    }
    const cp = coarseOffset(s, coarseP1, self & 31, coN1 & 63);
    coarseP1 = self & 31;
    coHere = coN1;
    coN1 = coN2;
    coN2 = coN3;
    const cpool = s.coarsePool;
    // Each word holds two tags (the last one tag 6 alone); the low half is the signed 16 bits, the
    // high what is above.
    // Written out word by word: as a loop of four, its index arithmetic was a fifth of the line.
    // Row by row (each row's offset read once), in int32: the same sums modulo 2^32 as adding
    // them all and truncating once.
    let v0 = sums[ts]!;
    let v1 = sums[ts + 1]!;
    let v2 = sums[ts + 2]!;
    let v3 = sums[ts + 3]!;
    v0 = (v0 + pool[own]!) | 0;
    v1 = (v1 + pool[own + 1]!) | 0;
    v2 = (v2 + pool[own + 2]!) | 0;
    v3 = (v3 + pool[own + 3]!) | 0;
    v0 = (v0 + pool[p2]!) | 0;
    v1 = (v1 + pool[p2 + 1]!) | 0;
    v2 = (v2 + pool[p2 + 2]!) | 0;
    v3 = (v3 + pool[p2 + 3]!) | 0;
    v0 = (v0 + pool[p1]!) | 0;
    v1 = (v1 + pool[p1 + 1]!) | 0;
    v2 = (v2 + pool[p1 + 2]!) | 0;
    v3 = (v3 + pool[p1 + 3]!) | 0;
    v0 = (v0 + pool[n1]!) | 0;
    v1 = (v1 + pool[n1 + 1]!) | 0;
    v2 = (v2 + pool[n1 + 2]!) | 0;
    v3 = (v3 + pool[n1 + 3]!) | 0;
    v0 = (v0 + pool[n2]!) | 0;
    v1 = (v1 + pool[n2 + 1]!) | 0;
    v2 = (v2 + pool[n2 + 2]!) | 0;
    v3 = (v3 + pool[n2 + 3]!) | 0;
    // The token's row holds the quiet pair row and NAME_RUN 0 (base): another row instead.
    if (pr !== quiet) {
      v0 = (v0 + pairSums[pr]! - pairSums[quiet]!) | 0;
      v1 = (v1 + pairSums[pr + 1]! - pairSums[quiet + 1]!) | 0;
      v2 = (v2 + pairSums[pr + 2]! - pairSums[quiet + 2]!) | 0;
      v3 = (v3 + pairSums[pr + 3]! - pairSums[quiet + 3]!) | 0;
    }
    if (run !== 0) {
      const nr = run * C.PK;
      v0 = (v0 + nameRunSums[nr]! - nameRunSums[0]!) | 0;
      v1 = (v1 + nameRunSums[nr + 1]! - nameRunSums[1]!) | 0;
      v2 = (v2 + nameRunSums[nr + 2]! - nameRunSums[2]!) | 0;
      v3 = (v3 + nameRunSums[nr + 3]! - nameRunSums[3]!) | 0;
    }
    v0 = (v0 + cpool[cp]!) | 0;
    v1 = (v1 + cpool[cp + 1]!) | 0;
    v2 = (v2 + cpool[cp + 2]!) | 0;
    v3 = (v3 + cpool[cp + 3]!) | 0;
    const oi = i * Tags.COUNT;
    const l0 = (v0 << 16) >> 16;
    const l1 = (v1 << 16) >> 16;
    const l2 = (v2 << 16) >> 16;
    out[oi] = l0 * scale;
    out[oi + 1] = ((v0 - l0) >> 16) * scale;
    out[oi + 2] = l1 * scale;
    out[oi + 3] = ((v1 - l1) >> 16) * scale;
    out[oi + 4] = l2 * scale;
    out[oi + 5] = ((v2 - l2) >> 16) * scale;
    out[oi + 6] = ((v3 << 16) >> 16) * scale;
  }
}

/**
 * Work space of {@link documentFactsInto}: each stem's {@link DOC_FACT} bits seen once (low six
 * bits) and seen twice (the six above), valid where `groupStamp` is the call's, and each token's
 * own bits ({@link NO_GROUP}: none).
 */
let groupStamp = new Int32Array(4096);
let groupSeen = new Uint16Array(4096);
let ownFacts = new Uint8Array(1024);
let factsStamp = 0;
/** Where {@link documentFactsInto} keeps a group's bits seen twice (above those seen once). */
const enum C { TWICE = 6 }
/** A token that gives and takes no document facts (not a word, or a closed-class word). */
const enum C { NO_GROUP = 128 }

/**
 * `documentFacts(input)` (features.ts) written into `out[0…n-1]`, with `stemId[i]` a number of
 * `stems[i]` below `stemCount`, equal for equal stems only (the record's {@link STEM_ID_AT}, at
 * hand in {@link fill}): a stem's bits are kept at its number in work space, marked as this
 * call's, instead of in a Map and four typed arrays made per document (5% of a steady pass), or a
 * hash table of the stems whose strings were compared (200 instructions a token).
 *
 * A bit is a token's fact when another token of its stem gives it: when the stem's tokens give
 * it twice or more, or once and not this token. So a stem keeps two masks, not counts: the bits
 * seen at least once and those seen at least twice (`وأضاف كيباكي` after `الرئيس [كيباكي]`: the
 * stem كيباكي has PER once, from the first token; the second gets PER, the first does not).
 */
export function documentFactsInto(input: TaggerInput, stemId: ArrayLike<number>, stemCount: number, out: Uint8Array): void {
  const n = input.keys.length;
  const { kinds, flags, rules } = input;
  if (groupSeen.length < stemCount) {
    groupStamp = new Int32Array(stemCount * 2);
    groupSeen = new Uint16Array(stemCount * 2);
    factsStamp = 0;
  }
  // A huge document gets work space of its own, so that it does not stay alive after it.
  if (n <= C.WORK_KEEP && ownFacts.length < n) ownFacts = new Uint8Array(Math.min(C.WORK_KEEP, n * 2));
  const own = n <= C.WORK_KEEP ? ownFacts : new Uint8Array(n);
  if (factsStamp === 0x7fffffff) {
    groupStamp.fill(0);
    factsStamp = 0;
  }
  const stamp = ++factsStamp;
  const stamps = groupStamp;
  const seen = groupSeen;
  const closed = FLAG.CLOSED;
  for (let i = 0; i < n; i++) {
    if (kinds[i] !== 'word' || (flags[i]! & closed) !== 0) {
      own[i] = C.NO_GROUP;
      continue;
    }
    // Reads first, stores last (a read after a store to a typed array re-checks its map).
    const o = ownDocFacts(rules, n, i);
    const g = stemId[i]!;
    const once = stamps[g] === stamp ? seen[g]! : 0;
    stamps[g] = stamp;
    seen[g] = once | o | ((once & o) << C.TWICE);
    own[i] = o;
  }
  for (let i = 0; i < n; i++) {
    const o = own[i]!;
    if (o === C.NO_GROUP) {
      out[i] = 0;
      continue;
    }
    const both = seen[stemId[i]!]!;
    // Seen twice (`both >> TWICE` is within the once bits), or once and not by this token.
    out[i] = (both >> C.TWICE) | (both & C.DOC_MASK & ~o);
  }
}

/** The six {@link DOC_FACT} bits (`DOC_VALUES - 1`). */
const enum C { DOC_MASK = 63 }

let scratch = new Float32Array(1024 * Tags.COUNT);

/**
 * The best BIO tags of the tokens of `input` under `model`: the same tags as
 * `model.tag(featurize(input, model.bits))`, without making the feature list. `doc`: as in {@link emissions}.
 */
export function tagInput(model: TaggerModel, input: TaggerInput, doc?: Doc): Uint8Array {
  const n = input.keys.length;
  const out = new Uint8Array(n);
  if (scratch.length < n * Tags.COUNT) scratch = new Float32Array(n * Tags.COUNT * 2);
  const e = scratch.subarray(0, n * Tags.COUNT);
  fill(model, input, doc, e);
  viterbi(e, n, model.transitions, out, model.viterbiMoves());
  return out;
}
