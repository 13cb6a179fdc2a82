import type { TokenKind } from '../../tokenize/index.js';
import { endsWithTanween } from '../../normalize/chars.js';
import { hashRange, hashString, mix } from './hash.js';

/**
 * What the tagger reads of a document, one entry per token. Everything here is computed by the
 * recogniser anyway ('search' keys, proclitic readings, lexicon and gazetteer facts, the rules'
 * own decision), so the tagger adds no second pass over the words.
 *
 * @example
 * // 'وقال الرئيس بشار الأسد' →
 * // keys  ['وقال', 'الرييس', 'بشار', 'الاسد'], stems ['قال', 'الرييس', 'بشار', 'الاسد'],
 * // flags [COMMON_CLITICS, TITLE, GIVEN, FAMILY | GAZ_PER], rules [O, O, B-PER, I-PER]
 */
export interface TaggerInput {
  /** Each token's text, as written. */
  texts: readonly string[];
  kinds: readonly TokenKind[];
  /** Each token in the 'search' normalisation. */
  keys: readonly string[];
  /** The key without its proclitics when they are read off (`بالعراق` → `العراق`), else the key. */
  stems: readonly string[];
  /** {@link FLAG} bits of each token. */
  flags: ArrayLike<number>;
  /** The rules' BIO tag of each token (index into `TAGS`). */
  rules: ArrayLike<number>;
}

/**
 * Facts about a token, one bit each (see `evidence.ts` for where each comes from). `FLAG`, `ATTR`, `T`
 * and `DOC_FACT` are `const enum`s: their members are literals in the bundle, where an object in a
 * module variable cost a context load and a map check at each read (evidence reads several a token).
 */
export const enum FLAG {
  GIVEN = 1 << 0, // a known given name (محمد), proclitics allowed
  FAMILY = 1 << 1, // a family name that can stand alone (الكاظمي)
  COMMON = 1 << 2, // a common or closed-class word (قال، في)
  COMMON_CLITICS = 1 << 3, // a common word under clitics (بالأسلحة، نظيره)
  DEMONYM = 1 << 4, // a nationality adjective (السوري، والعراقية)
  CLOSED = 1 << 5, // a closed-class word (في، الذي)
  NAME_LIKE = 1 << 6, // can be part of a name
  PRONOUN_SUFFIX = 1 << 7, // ends in a pronoun (ضيفه)
  CONJUNCT = 1 << 8, // و/ف starting a new phrase (وسمير، والثالثة)
  TITLE = 1 << 9, // الرئيس، وزير الخارجية
  ORG_HEAD = 1 << 10, // وزارة، جامعة
  INSTITUTION = 1 << 11, // الحكومة، الجيش
  DESCRIPTOR = 1 << 12, // شركة، مدينة
  PLACE_HEAD = 1 << 13, // بحر، جبل
  PERSON_VERB = 1 << 14, // قال، أعلن
  PARTICLE = 1 << 15, // بن، أبو، عبد
  IN_TRIGGER = 1 << 16, // a later word of a trigger phrase (الخارجية in وزير الخارجية)
  GAZ_PER = 1 << 17,
  GAZ_LOC = 1 << 18,
  GAZ_ORG = 1 << 19,
  GAZ_BEGIN = 1 << 20, // the first word of a gazetteer name
  GAZ_TENTATIVE = 1 << 21, // the gazetteer name is also a common word (عمان، الجزيرة)
  LINE_START = 1 << 22, // first token of a line (datelines, headlines)
  PERSON_NAME = 1 << 23, // the whole word is a given or family name
}
export const FLAG_BITS = 24;

/** Attributes of a spelling, hashed once and cached: they depend on the token's text only. */
export const enum ATTR { KEY = 0, STEM = 1, PRE2 = 2, PRE3 = 3, SUF2 = 4, SUF3 = 5, STEM_PRE3 = 6, SUF1 = 7, SHAPE = 8, PROCLITIC = 9, STEM_SUF3 = 10, SKELETON = 11 }
export const ATTRS = 12;

interface Spelling {
  stem: string;
  attrs: Uint32Array;
}

const CACHE_LIMIT = 200_000;
const spellings = new Map<string, Spelling>();

/** A word written with tanween at its end (the one code-point table's test, src/normalize/chars.ts). */
export { endsWithTanween } from '../../normalize/chars.js';

/** An imperfect verb of the dual or plural (`يبحثان`، `تبحثان`، `يقولون`): prefix ي/ت/ن, at least two letters, suffix ان/ون. */
function dualOrPluralVerb(key: string): boolean {
  const n = key.length;
  if (n < 5) return false;
  const first = key.charCodeAt(0);
  if (first !== 0x064a && first !== 0x062a && first !== 0x0646) return false; // ي ت ن
  const a = key.charCodeAt(n - 2);
  return (a === 0x0627 || a === 0x0648) && key.charCodeAt(n - 1) === 0x0646; // ان، ون
}

/**
 * Shape of a token: its kind, length bucket, article, name-like endings (ـي nisba, ـة, ـون/ـين),
 * and two marks of words that are not names: tanween (`هاتفياً`) and the dual/plural verb (`يبحثان`).
 */
export function shape(kind: TokenKind, key: string, text: string): string {
  if (kind !== 'word') return kind + (key.length > 3 ? '+' : String(key.length));
  const len = key.length <= 2 ? 's' : key.length <= 4 ? 'm' : key.length <= 7 ? 'l' : 'x';
  const al = key.startsWith('ال') ? 'A' : '';
  const end = key.endsWith('ي') ? 'y' : key.endsWith('ه') ? 'h' : key.endsWith('ون') || key.endsWith('ين') ? 'p' : key.endsWith('ات') ? 't' : '';
  const verb = al === '' && dualOrPluralVerb(key) ? 'v' : '';
  const tanween = endsWithTanween(text) ? 'n' : '';
  return `w${len}${al}${end}${verb}${tanween}`;
}

/**
 * The hashed attributes of a spelling (see `ATTR`) written into `a`: the same values as hashing
 * `key.slice(0, 2)`, `shape(kind, key, text)` … (the feature templates), without making those strings.
 * FNV-1a reads a string from its start, so the hashes of the key's prefixes (`PRE2`, `PRE3`,
 * `PROCLITIC`: `وبالعراق` → `وب`) are states of the key's own hash, taken on the way
 * ({@link keyHashes}); a stem that is the key (most words) is not hashed again.
 */
export function writeAttributes(a: Uint32Array, text: string, kind: TokenKind, key: string, stem: string): void {
  const n = key.length;
  const m = stem.length;
  // key.slice(0, n - m), as slice reads a negative end
  const cut = n - m;
  // stem.replace(/^ال/, '')
  const bare = m >= 2 && stem.charCodeAt(0) === 0x0627 && stem.charCodeAt(1) === 0x0644 ? 2 : 0;
  const same = stem === key;
  // A stem that is the key (most words) is read in the key's one pass, its skeleton too.
  keyHashes(a, key, cut >= 0 ? cut : Math.max(0, n + cut), same ? bare : -1);
  a[ATTR.SHAPE] = shapeHash(kind, key, text);
  if (same) {
    a[ATTR.STEM] = a[ATTR.KEY]!;
    a[ATTR.STEM_PRE3] = a[ATTR.PRE3]!;
    // The stem's last three letters are the key's (SUF3) unless the article is among them (`الم`).
    a[ATTR.STEM_SUF3] = m - 3 >= bare ? a[ATTR.SUF3]! : hashRange(stem, bare, m);
  } else {
    a[ATTR.STEM] = hashString(stem);
    a[ATTR.STEM_PRE3] = hashRange(stem, 0, Math.min(3, m));
    // stem.replace(/^ال/, '').slice(-3)
    a[ATTR.STEM_SUF3] = hashRange(stem, Math.max(bare, m - 3), m);
    a[ATTR.SKELETON] = skeletonHash(stem, bare);
  }
}

/**
 * `KEY`, `PRE2`, `PRE3`, `PROCLITIC` (the hash of `key.slice(0, cut)`, `0 <= cut <= key.length`),
 * `SUF1`, `SUF2`, `SUF3` and, when `skeletonFrom >= 0` (the stem is the key), `SKELETON` of `key`
 * into `a`, in one pass over it, each letter read once (a `charCodeAt` is a test of the string's
 * representation): `hashRange(key, 0, k)` is the state of `hashString(key)` after its first `k`
 * letters, and the suffixes are hashed from the last three letters kept on the way.
 */
function keyHashes(a: Uint32Array, key: string, cut: number, skeletonFrom: number): void {
  const n = key.length;
  // As int32 (see hashRange): the hashes stay int32 through the loop, never a float64.
  let h = 0x811c9dc5 | 0;
  let pre2 = h;
  let pre3 = h;
  let proclitic = h;
  let skeleton = h;
  const skeletonTo = skeletonFrom + 10;
  let c1 = 0;
  let c2 = 0;
  let c3 = 0;
  for (let i = 0; i < n; ) {
    const c = key.charCodeAt(i);
    h ^= c;
    h = Math.imul(h, 0x01000193);
    if (i >= skeletonFrom && i < skeletonTo && skeletonFrom >= 0) {
      skeleton ^= skeletonLetter(c);
      skeleton = Math.imul(skeleton, 0x01000193);
    }
    c3 = c2;
    c2 = c1;
    c1 = c;
    i++;
    if (i === 2) pre2 = h;
    if (i === 3) pre3 = h;
    if (i === cut) proclitic = h;
  }
  a[ATTR.KEY] = h >>> 0;
  a[ATTR.PRE2] = (n < 2 ? h : pre2) >>> 0;
  a[ATTR.PRE3] = (n < 3 ? h : pre3) >>> 0;
  a[ATTR.PROCLITIC] = proclitic >>> 0;
  if (skeletonFrom >= 0) a[ATTR.SKELETON] = skeleton >>> 0;
  if (n < 3) {
    a[ATTR.SUF2] = hashRange(key, Math.max(0, n - 2), n);
    a[ATTR.SUF3] = hashRange(key, 0, n);
    a[ATTR.SUF1] = hashRange(key, Math.max(0, n - 1), n);
    return;
  }
  // FNV-1a of the last one, two and three letters (the constants written out: a module constant is
  // read from the module's context at every use).
  a[ATTR.SUF1] = Math.imul(0x811c9dc5 ^ c1, 0x01000193) >>> 0;
  a[ATTR.SUF2] = Math.imul(Math.imul(0x811c9dc5 ^ c2, 0x01000193) ^ c1, 0x01000193) >>> 0;
  a[ATTR.SUF3] = Math.imul(Math.imul(Math.imul(0x811c9dc5 ^ c3, 0x01000193) ^ c2, 0x01000193) ^ c1, 0x01000193) >>> 0;
}

/**
 * `hashString` of the stem's consonant–vowel skeleton without the article, at most 10 letters
 * (ا و ي → `V`, every other letter → `C`): transliterated foreign names write their vowels out
 * (`إيغبيني` → `VVCCVCV`, `كينيون` → `CVCVVC`), most Arabic words do not (`مستشفى` → `CCCCCV`).
 */
function skeletonHash(stem: string, from: number): number {
  let h = 0x811c9dc5 | 0; // int32, see hashRange
  const to = Math.min(stem.length, from + 10);
  for (let i = from; i < to; i++) {
    const c = stem.charCodeAt(i);
    h ^= skeletonLetter(c);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** A letter of the skeleton: `V` (0x56) for a long vowel's letter (ا و ي), `C` (0x43) for any other. */
function skeletonLetter(c: number): number {
  return c === 0x0627 || c === 0x0648 || c === 0x064a ? 0x56 : 0x43;
}

/** `hashString(shape(kind, key, text))`; a word's shape hash is kept per shape (a few dozen). */
function shapeHash(kind: TokenKind, key: string, text: string): number {
  if (kind !== 'word') return hashString(shape(kind, key, text));
  const n = key.length;
  const len = n <= 2 ? 0 : n <= 4 ? 1 : n <= 7 ? 2 : 3;
  // shape's tests by code unit (each `startsWith`/`endsWith` is a call of a builtin, up to six a new spelling).
  const al = n >= 2 && key.charCodeAt(0) === 0x0627 && key.charCodeAt(1) === 0x0644 ? 1 : 0; // ال
  const last = n > 0 ? key.charCodeAt(n - 1) : 0;
  const before = n > 1 ? key.charCodeAt(n - 2) : 0;
  // ـي, ـه, ـون/ـين, ـات
  const end = last === 0x064a ? 1 : last === 0x0647 ? 2 : last === 0x0646 && (before === 0x0648 || before === 0x064a) ? 3 : last === 0x062a && before === 0x0627 ? 4 : 0;
  const verb = al === 0 && dualOrPluralVerb(key) ? 1 : 0;
  const tanween = endsWithTanween(text) ? 1 : 0;
  const code = (((len * 2 + al) * 5 + end) * 2 + verb) * 2 + tanween;
  let h = wordShapeHashes[code]!;
  if (h === 0) h = wordShapeHashes[code] = hashString(shape(kind, key, text));
  return h;
}

/** `hashString` of each word shape by its code (0: not computed yet; no FNV-1a hash of a shape is 0 in practice, and 0 only means computing it again). */
const wordShapeHashes = new Uint32Array(4 * 2 * 5 * 2 * 2);

function attributes(text: string, kind: TokenKind, key: string, stem: string): Spelling {
  const a = new Uint32Array(ATTRS);
  writeAttributes(a, text, kind, key, stem);
  return { stem, attrs: a };
}

/** The hashed attributes of token `i`'s spelling (see `ATTR`), cached per spelling. */
export function spellingOf(input: TaggerInput, i: number): Uint32Array {
  const text = input.texts[i]!;
  const stem = input.stems[i]!;
  let s = spellings.get(text);
  if (s === undefined || s.stem !== stem) {
    s = attributes(text, input.kinds[i]!, input.keys[i]!, stem);
    if (spellings.size >= CACHE_LIMIT) spellings.clear();
    spellings.set(text, s);
  }
  return s.attrs;
}

/** The attributes of a position beyond either edge of the document. */
export const EDGE = new Uint32Array(ATTRS).fill(0x5eed);

/** Template numbers: each feature is `mix(template, value)`. */
export const enum T { BIAS = 1, OWN = 10, WORD = 30, STEM = 40, SUF3 = 45, SHAPE = 50, PRE3 = 55, BIGRAM_L = 60, BIGRAM_R = 61, FLAG = 70, RULE = 80, RULE_PAIR = 84, RULE_WORD = 85, FLAG_SHAPE = 86, NAME_RUN = 87, COARSE3 = 88, DOC = 90, DOC_RULE = 91 }

/**
 * What the rules made of the same stem ELSEWHERE in the document (other tokens, not this one), one
 * bit each ({@link documentFacts}): inside a person / a place / an organisation, at the start of a
 * name of several words, inside one after its first word, outside every name.
 */
export const enum DOC_FACT { PER = 1, LOC = 2, ORG = 4, MULTI_BEGIN = 8, MULTI_INSIDE = 16, OUTSIDE = 32 }
/** Values of {@link documentFacts}: below 64. */
export const DOC_VALUES = 64;
const DOC_BITS = 6;

/** The {@link DOC_FACT} bits that token `i` gives its stem (for the other tokens of the stem). */
export function ownDocFacts(rules: ArrayLike<number>, n: number, i: number): number {
  const r = rules[i]!;
  if (r === 0) return DOC_FACT.OUTSIDE;
  const type = (r - 1) >> 1; // 0 PER, 1 LOC, 2 ORG
  const first = (r & 1) === 1;
  return (1 << type) | (first ? (i + 1 < n && rules[i + 1] === r + 1 ? DOC_FACT.MULTI_BEGIN : 0) : DOC_FACT.MULTI_INSIDE);
}

/**
 * Document-level evidence of each word (0 for punctuation and closed-class words): the
 * {@link DOC_FACT}s of the other tokens with the same stem in `input`, i.e. what the rules found
 * for this word elsewhere in the article. An unknown word that the rules took for a person's family
 * name after a title in one sentence (`الرئيس [كيباكي]`) is evidence for the bare `كيباكي` later.
 *
 * @example
 * // 'قال الرئيس مواي كيباكي … وأضاف كيباكي' (rules: B-PER I-PER at the first, O at the second):
 * // at the second كيباكي, PER | MULTI_INSIDE; at the first, OUTSIDE.
 */
export function documentFacts(input: TaggerInput): Uint8Array {
  const n = input.keys.length;
  const { stems, kinds, flags, rules } = input;
  const out = new Uint8Array(n);
  const ids = new Int32Array(n).fill(-1);
  const owns = new Uint8Array(n);
  const idOf = new Map<string, number>();
  const counts = new Int32Array(n * DOC_BITS);
  for (let i = 0; i < n; i++) {
    if (kinds[i] !== 'word' || (flags[i]! & FLAG.CLOSED) !== 0) continue;
    const stem = stems[i]!;
    let id = idOf.get(stem);
    if (id === undefined) idOf.set(stem, (id = idOf.size));
    ids[i] = id;
    const own = (owns[i] = ownDocFacts(rules, n, i));
    for (let b = 0; b < DOC_BITS; b++) if (own & (1 << b)) counts[id * DOC_BITS + b]!++;
  }
  for (let i = 0; i < n; i++) {
    const id = ids[i]!;
    if (id < 0) continue;
    const own = owns[i]!;
    let v = 0;
    for (let b = 0; b < DOC_BITS; b++) if (counts[id * DOC_BITS + b]! - ((own >> b) & 1) > 0) v |= 1 << b;
    out[i] = v;
  }
  return out;
}

/**
 * Feature buckets of every token: the features of token `i` are `feats[offsets[i]], …,
 * feats[offsets[i + 1] - 1]`, each a hash masked to `bits` bits.
 */
export interface Features {
  feats: Uint32Array;
  offsets: Int32Array;
  /**
   * The {@link FEATURE_GROUP} of each feature (parallel to `feats`), for feature dropout in
   * training; tagging never reads it.
   */
  groups?: Uint8Array;
}

/**
 * Which evidence a feature reads, so that training can drop it at random (feature dropout,
 * `TrainOptions.dropout`): the word lists and the gazetteer (flags, name runs, coarse facts), the
 * rules' tags (at ±2, pairs, with the word, the document's), the token's own word (its key, its stem,
 * the bigrams with it). A model that sometimes trains without what the lists know learns the
 * context of the names no list knows (`قال X إن`).
 */
export const FEATURE_GROUP = { OTHER: 0, LISTS: 1, RULES: 2, WORD: 4 } as const;

/** Upper bound of the {@link contextFeatures} of a token. */
export const CONTEXT_MAX = 4;

/** Flags of a known name word: given, family, a gazetteer person, a particle (بن، أبو). */
export const NAME_WORD = FLAG.GIVEN | FLAG.FAMILY | FLAG.PERSON_NAME | FLAG.GAZ_PER | FLAG.PARTICLE;

/** Five facts of a token in five bits: given name, family name, common word, gazetteer place or organisation, title or reporting verb. */
export function coarse(f: number): number {
  return (
    (f & FLAG.GIVEN ? 1 : 0) |
    (f & (FLAG.FAMILY | FLAG.PERSON_NAME) ? 2 : 0) |
    (f & (FLAG.COMMON | FLAG.COMMON_CLITICS | FLAG.CLOSED) ? 4 : 0) |
    (f & (FLAG.GAZ_LOC | FLAG.GAZ_ORG) ? 8 : 0) |
    (f & (FLAG.TITLE | FLAG.PERSON_VERB) ? 16 : 0)
  );
}

/**
 * `NAME_RUN`'s value at token `i`: how many known name words stand right before and right after it
 * (up to 3 each), and whether it is one itself (see {@link contextFeatures}); below 512.
 */
export function nameRunValue(flags: ArrayLike<number>, n: number, i: number): number {
  let before = 0;
  for (let j = i - 1; j >= 0 && j >= i - 3 && (flags[j]! & NAME_WORD) !== 0; j--) before++;
  let after = 0;
  for (let j = i + 1; j < n && j <= i + 3 && (flags[j]! & NAME_WORD) !== 0; j++) after++;
  return (before << 4) | after | ((flags[i]! & NAME_WORD) !== 0 ? 256 : 0);
}

/** The coarse facts of token `i` (0–31), 32 beyond either edge: one third of `COARSE3`'s value. */
export function coarseAt(flags: ArrayLike<number>, n: number, i: number): number {
  return i >= 0 && i < n ? coarse(flags[i]!) : 32;
}

/** `COARSE3`'s value from the coarse facts of the previous, this and the next token ({@link coarseAt}). */
export const coarse3Value = (prev: number, self: number, next: number): number => (prev << 12) | (self << 6) | next;

/**
 * Features of token `i` that read more than one token at once, looked up per token (in `featurize`
 * and in `scores.ts` alike):
 * - `NAME_RUN`: how many known name words stand right before and right after it (up to 3 each),
 *   and whether it is one itself: `عبد الرحمن X` (two before), `X بن سلمان` (two after);
 * - `COARSE3`: the coarse facts of the previous, this and the next token together (given name then
 *   unknown word then reporting verb: `سامر X قال`);
 * - `RULE±2`: the rules' tags two tokens away.
 * Writes at most {@link CONTEXT_MAX} hashes (unmasked) into `out` and returns how many.
 *
 * @example
 * // 'قال كنان الدباغ إن': at الدباغ, NAME_RUN is (1 before, 0 after, itself a name).
 */
export function contextFeatures(input: TaggerInput, i: number, out: Uint32Array): number {
  const n = input.keys.length;
  const { flags, rules } = input;
  out[0] = mix(T.NAME_RUN, nameRunValue(flags, n, i));
  out[1] = mix(T.COARSE3, coarse3Value(coarseAt(flags, n, i - 1), coarseAt(flags, n, i), coarseAt(flags, n, i + 1)));
  out[2] = mix(T.RULE - 2, i > 1 ? rules[i - 2]! : 15);
  out[3] = mix(T.RULE + 2, i + 2 < n ? rules[i + 2]! : 15);
  return 4;
}

/** Upper bound of features a token can have (templates × values). */
const MAX_PER_TOKEN = 1 + ATTRS + 12 + 5 * FLAG_BITS + 8 + CONTEXT_MAX + 2;

/**
 * The hashed features of each token of `input`: its own spelling attributes, the words and
 * affixes around it (±2), lexicon and gazetteer facts around it (±2), and the rules' tags (±1).
 * Tagging does not make this list: `scores.ts` sums the same weights grouped by spelling, so a
 * template changed here must be changed there too (tests/tagger.scores.test.ts fails otherwise).
 */
export function featurize(input: TaggerInput, bits: number): Features {
  const n = input.keys.length;
  const mask = bits >= 32 ? 0xffffffff : (1 << bits) - 1;
  const attrs: Uint32Array[] = new Array(n);
  for (let i = 0; i < n; i++) attrs[i] = spellingOf(input, i);
  let feats = new Uint32Array(Math.max(16, n * 48));
  let groups = new Uint8Array(feats.length);
  const offsets = new Int32Array(n + 1);
  let k = 0;
  const { flags, rules } = input;
  const extra = new Uint32Array(CONTEXT_MAX);
  const docFacts = documentFacts(input);
  for (let i = 0; i < n; i++) {
    if (k + MAX_PER_TOKEN > feats.length) {
      const bigger = new Uint32Array(feats.length * 2 + MAX_PER_TOKEN);
      bigger.set(feats);
      feats = bigger;
      const more = new Uint8Array(bigger.length);
      more.set(groups);
      groups = more;
    }
    offsets[i] = k;
    const a = attrs[i]!;
    const p1 = i > 0 ? attrs[i - 1]! : EDGE;
    const p2 = i > 1 ? attrs[i - 2]! : EDGE;
    const n1 = i + 1 < n ? attrs[i + 1]! : EDGE;
    const n2 = i + 2 < n ? attrs[i + 2]! : EDGE;
    feats[k++] = mix(T.BIAS, 0) & mask;
    for (let j = 0; j < ATTRS; j++) {
      if (j === ATTR.KEY || j === ATTR.STEM) groups[k] = FEATURE_GROUP.WORD;
      feats[k++] = mix(T.OWN + j, a[j]!) & mask;
    }
    feats[k++] = mix(T.WORD - 2, p2[ATTR.KEY]!) & mask;
    feats[k++] = mix(T.WORD - 1, p1[ATTR.KEY]!) & mask;
    feats[k++] = mix(T.WORD + 1, n1[ATTR.KEY]!) & mask;
    feats[k++] = mix(T.WORD + 2, n2[ATTR.KEY]!) & mask;
    feats[k++] = mix(T.STEM - 1, p1[ATTR.STEM]!) & mask;
    feats[k++] = mix(T.STEM + 1, n1[ATTR.STEM]!) & mask;
    feats[k++] = mix(T.SUF3 - 1, p1[ATTR.SUF3]!) & mask;
    feats[k++] = mix(T.SUF3 + 1, n1[ATTR.SUF3]!) & mask;
    feats[k++] = mix(T.SHAPE - 1, p1[ATTR.SHAPE]!) & mask;
    feats[k++] = mix(T.SHAPE + 1, n1[ATTR.SHAPE]!) & mask;
    groups[k] = FEATURE_GROUP.WORD;
    feats[k++] = mix(T.BIGRAM_L, mix(p1[ATTR.KEY]!, a[ATTR.KEY]!)) & mask;
    groups[k] = FEATURE_GROUP.WORD;
    feats[k++] = mix(T.BIGRAM_R, mix(a[ATTR.KEY]!, n1[ATTR.KEY]!)) & mask;
    const listsFrom = k;
    for (let d = -2; d <= 2; d++) {
      const j = i + d;
      let f = j >= 0 && j < n ? flags[j]! : 1 << FLAG_BITS; // beyond the edges: its own bit
      const t = T.FLAG + d;
      while (f !== 0) {
        const low = f & -f;
        feats[k++] = mix(t, 31 - Math.clz32(low)) & mask;
        f ^= low;
      }
    }
    groups.fill(FEATURE_GROUP.LISTS, listsFrom, k);
    const r0 = rules[i]!;
    const rp = i > 0 ? rules[i - 1]! : 15;
    const rn = i + 1 < n ? rules[i + 1]! : 15;
    groups.fill(FEATURE_GROUP.RULES, k, k + 5);
    feats[k++] = mix(T.RULE, r0) & mask;
    feats[k++] = mix(T.RULE - 1, rp) & mask;
    feats[k++] = mix(T.RULE + 1, rn) & mask;
    feats[k++] = mix(T.RULE_PAIR, (rp << 8) | (r0 << 4) | rn) & mask;
    feats[k++] = mix(T.RULE_WORD, mix(r0, a[ATTR.KEY]!)) & mask;
    groups[k] = FEATURE_GROUP.LISTS;
    feats[k++] = mix(T.FLAG_SHAPE, mix(flags[i]! & 0x3fffff, a[ATTR.SHAPE]!)) & mask;
    const m = contextFeatures(input, i, extra);
    // NAME_RUN and COARSE3 read the lists, RULE ± 2 the rules (contextFeatures' order)
    groups[k] = groups[k + 1] = FEATURE_GROUP.LISTS;
    groups[k + 2] = groups[k + 3] = FEATURE_GROUP.RULES;
    for (let j = 0; j < m; j++) feats[k++] = extra[j]! & mask;
    const dv = docFacts[i]!;
    groups[k] = groups[k + 1] = FEATURE_GROUP.RULES;
    feats[k++] = mix(T.DOC, dv) & mask;
    feats[k++] = mix(T.DOC_RULE, (dv << 4) | r0) & mask;
  }
  offsets[n] = k;
  return { feats: feats.subarray(0, k), offsets, groups: groups.subarray(0, k) };
}
