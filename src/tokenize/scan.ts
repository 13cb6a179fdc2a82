/**
 * The scanner: one left-to-right pass over UTF-16 code units that appends `start, end, kind`
 * triples to an array. Linear by construction: every look-ahead either consumes what it reads
 * or remembers the position up to which it failed, so no position is read more than a constant
 * number of times.
 *
 * @module
 */
import {
  astralClass,
  ClassSet,
  Cls,
  isAstralEmoji,
  tokenClasses,
} from './classes.js';

/** The token kinds (`KIND_NAMES` in this order): a `const enum`, literals in the bundle (see `Cls`). */
export const enum K {
  WORD = 0,
  LATIN = 1,
  NUMBER = 2,
  PUNCT = 3,
  SYMBOL = 4,
  URL = 5,
  EMAIL = 6,
  HASHTAG = 7,
  MENTION = 8,
  EMOJI = 9,
}

export const KIND_NAMES = [
  'word',
  'latin',
  'number',
  'punct',
  'symbol',
  'url',
  'email',
  'hashtag',
  'mention',
  'emoji',
] as const;

/** Top-level domains recognised in bare host names (`example.com`, `gov.iq`). */
const TLDS = new Set(
  (
    'com net org gov edu mil int info biz io co news online site tv ' +
    'iq sy eg sa ae jo lb kw qa bh om ye ps ma dz tn ly sd mr so dj km ' +
    'uk us fr de ru cn tr ir ca au ch nl se es gr il pk af'
  ).split(' '),
);

// ASCII characters allowed in a URL (RFC 3986 unreserved, reserved and %).
const URL_ASCII = new Uint8Array(128);
for (const ch of "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~:/?#[]@!$&'()*+,;=%") {
  URL_ASCII[ch.charCodeAt(0)] = 1;
}
// ASCII characters of an e-mail's local part.
const LOCAL_ASCII = new Uint8Array(128);
for (const ch of 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789._%+-') {
  LOCAL_ASCII[ch.charCodeAt(0)] = 1;
}

function isAsciiAlnum(c: number): boolean {
  return (c >= 0x30 && c <= 0x39) || ((c | 0x20) >= 0x61 && (c | 0x20) <= 0x7a);
}

/** Sentence-final punctuation that forms one token when repeated: . ! ? ؟ … ‼ ⁉ ۔ */
export function isTerminal(c: number): boolean {
  return (
    c === 0x2e || c === 0x21 || c === 0x3f || c === 0x061f || c === 0x2026 || c === 0x203c || c === 0x2049 || c === 0x06d4
  );
}

function isDigitClass(k: number): boolean {
  return k === Cls.DIGIT || k === Cls.ADIGIT || k === Cls.ODIGIT;
}

/** Does `text` contain the lower-case ASCII `word` at `i`, ignoring ASCII case? */
function startsWithCI(text: string, i: number, word: string): boolean {
  if (i + word.length > text.length) return false;
  for (let k = 0; k < word.length; k++) {
    if ((text.charCodeAt(i + k) | 0x20) !== word.charCodeAt(k) && text.charCodeAt(i + k) !== word.charCodeAt(k)) return false;
  }
  return true;
}


/**
 * End of a word (Arabic letters, marks, tatweel, invisibles between them) starting at `i`, with
 * the invisibles, marks and variation selectors that trail it ({@link trailingEnd}), its
 * hash in {@link wordHash}. A run of visible code units, read with one class test each; a run of
 * invisibles (ZWNJ: `می‌خواهد`) joins the word only when an Arabic letter, mark or tatweel follows
 * it ({@link ClassSet.AFTER_INVIS}), and the word then goes on. The loop over a run asks nothing else of a
 * code unit (it asked whether each was invisible, and carried the end and the hash of the last
 * visible one beside the current ones). {@link warmRareWordPaths} runs the invisibles' path once
 * before any text, so that a word with a ZWNJ first met in a long text does not send the
 * scanner's optimised code back (a path with no type feedback).
 */
function wordEnd(text: string, C: Uint8Array, i: number): number {
  const n = text.length;
  let j = i;
  let h: number = S.HASH_SEED;
  for (;;) {
    let k = 0;
    while (j < n) {
      const c = text.charCodeAt(j);
      k = C[c]!;
      if (((ClassSet.VISIBLE_IN_WORD >>> k) & 1) === 0) break;
      j++;
      h = Math.imul(h ^ c, S.HASH_PRIME);
    }
    if (j >= n || k !== Cls.INVIS) break;
    // Invisibles: taken, with their hash, only before an Arabic letter, mark or tatweel.
    let q = j;
    let hq = h;
    let kq: number = Cls.INVIS;
    while (kq === Cls.INVIS) {
      hq = Math.imul(hq ^ text.charCodeAt(q), S.HASH_PRIME);
      q++;
      kq = q < n ? C[text.charCodeAt(q)]! : Cls.SPACE;
    }
    if (((ClassSet.AFTER_INVIS >>> kq) & 1) === 0) {
      // The word ends before them, and they belong to it as trailing code units (with any marks
      // and variation selectors after them): what the scanner's `trailingEnd` takes after any
      // other token. Taken here, the scanner asks nothing after a word (a word's own run stops
      // only at a code unit `trailingEnd` would not take, or at these).
      const e = trailingEnd(text, C, q);
      h = hashOn(hq, text, q, e);
      j = e;
      break;
    }
    j = q;
    h = hq;
  }
  wordHash = h;
  return j;
}

let warmed = false;
/**
 * Rounds of {@link warmRareWordPaths}: V8 keeps type feedback for a function only from about its
 * eighth call on (it allocates the feedback vector lazily), so one call left the path without any.
 */
const enum S { WARM_ROUNDS = 16 }

/** Runs {@link wordEnd}'s path through invisibles (see there); called by {@link scan} before its first text. */
function warmRareWordPaths(C: Uint8Array): void {
  warmed = true;
  // ب ZWNJ ب, ب ZWNJ before a space, ب ZWNJ at the end: a run of invisibles taken into a word, and two left out.
  for (let r = 0; r < S.WARM_ROUNDS; r++) {
    wordEnd('\u0628\u200c\u0628', C, 0);
    wordEnd('\u0628\u200c ', C, 0);
    wordEnd('\u0628\u200c', C, 0);
  }
}

/** The seed and the multiplier of {@link spellingHash} (FNV-1a over code units). */
const enum S { HASH_SEED = 0x811c9dc5 | 0 }
const enum S { HASH_PRIME = 0x01000193 }

/**
 * `h` carried on over the code units of `text` in `[from, to)`: `spellingHash(text, s, to)` from
 * `h = spellingHash(text, s, from)`. Every token's hash goes through it (most tokens' for no code
 * unit), so its loop has run before a rare token needs it.
 */
function hashOn(h: number, text: string, from: number, to: number): number {
  for (let p = from; p < to; p++) h = Math.imul(h ^ text.charCodeAt(p), S.HASH_PRIME);
  return h;
}

/**
 * The hash of the code units of `text.slice(start, end)` that the scanner gives each token
 * ({@link Triples.hashes}), for the document's cache of spellings: the scanner reads every code
 * unit of a word once already, where `createDoc` read them all a second time to hash them.
 */
export function spellingHash(text: string, start: number, end: number): number {
  return hashOn(S.HASH_SEED, text, start, end);
}

/** `end` moved past the invisibles, combining marks and variation selectors that follow it. */
function trailingEnd(text: string, C: Uint8Array, end: number): number {
  const n = text.length;
  let t: number;
  // `end += t` runs for every token (t = 0 nearly always): no operation first met on a rare text.
  do {
    t = end < n ? (ClassSet.TRAILING >>> C[text.charCodeAt(end)]!) & 1 : 0;
    end += t;
  } while (t !== 0);
  return end;
}

/**
 * A growable buffer of `start, end, kind` triples, with each token's {@link spellingHash} and
 * whether a line break stands between two of the tokens.
 */
export class Triples {
  data: Int32Array;
  /** Per token, {@link spellingHash} of its code units. */
  hashes: Int32Array;
  length = 0;
  /**
   * Some white space between the tokens (or before or after them) is a line break (the class
   * `Cls.NEWLINE`): `sentenceRanges` looks for breaks between tokens only then.
   */
  lineBreak = false;
  constructor(capacity: number) {
    this.data = new Int32Array(Math.max(48, capacity - (capacity % 3)));
    this.hashes = new Int32Array(this.data.length / 3);
  }
  /** Doubles the buffers (their contents kept). */
  grow(): void {
    const d = this.data;
    const bigger = new Int32Array(d.length * 2);
    bigger.set(d);
    this.data = bigger;
    const biggerHashes = new Int32Array(bigger.length / 3);
    biggerHashes.set(this.hashes);
    this.hashes = biggerHashes;
  }
}

/**
 * The scanner's output buffer, reused by every call (the callers read it before scanning again,
 * and nothing in between can call `scan`): no allocation per call on typical inputs.
 */
const scratch = new Triples(3 * 4096);
const SCRATCH_KEEP = 3 * (1 << 20);

/** Lets a very large output buffer go after a call on a huge text. */
export function releaseScratch(): void {
  if (scratch.data.length > SCRATCH_KEEP) {
    scratch.data = new Int32Array(3 * 4096);
    scratch.hashes = new Int32Array(4096);
  }
}


// The state of the scan in progress (one at a time: nothing a scan calls scans again).
/** Positions before these are known not to begin an e-mail / a bare host name. */
let emailFail = 0;
let hostFail = 0;
/** Length in code units of the code point {@link emojiAt} read last. */
let cpLen = 1;
/** The kind of the token {@link otherEnd} (or {@link rareEnd}) ended last. */
let otherKind = K.SYMBOL;
/** The hash of the word {@link wordEnd} ended last (its code units up to the end it returned). */
let wordHash = 0;

/**
 * Scans `text` and returns a `start, end, kind` triple per token.
 *
 * The loop itself reads words and white space only; every other token is ended by {@link otherEnd},
 * a call too large to inline, and what is rare in running text by {@link rareEnd} behind it. A
 * character class first met late in a long text (a symbol, an emoji, a URL) then sends back and
 * compiles again only the small function that reads it, not the scanner with all it inlines.
 */
export function scan(text: string): Triples {
  const out = scratch;
  const C = tokenClasses();
  if (!warmed) warmRareWordPaths(C);
  const n = text.length;
  emailFail = 0;
  hostFail = 0;
  // The class bits of the white space met (a line break among them?).
  let blanks = 0;
  let i = 0;
  // The buffers and the token count in locals, written back at the end.
  let data = out.data;
  let hashes = out.hashes;
  let t = 0;
  while (i < n) {
    const bit = 1 << C[text.charCodeAt(i)]!;
    if (bit & ClassSet.BLANK) {
      blanks |= bit;
      i++;
      continue;
    }
    let last: number;
    let kind: number;
    let h: number;
    if (bit & ClassSet.WORD_START) {
      // Its trailing code units included (wordEnd).
      last = wordEnd(text, C, i);
      kind = K.WORD;
      h = wordHash;
    } else {
      const end = otherEnd(text, C, i);
      kind = otherKind;
      last = trailingEnd(text, C, end);
      // The marks and invisibles trailingEnd took (none for nearly every token).
      h = hashOn(spellingHash(text, i, end), text, end, last);
    }
    if (3 * t + 3 > data.length) {
      out.grow();
      data = out.data;
      hashes = out.hashes;
    }
    data[3 * t] = i;
    data[3 * t + 1] = last;
    data[3 * t + 2] = kind;
    hashes[t] = h;
    t++;
    i = last;
  }
  out.length = 3 * t;
  out.lineBreak = (blanks & (1 << Cls.NEWLINE)) !== 0;
  return out;
}

/**
 * End of the token at `i` that is not a word (its kind in {@link otherKind}): punctuation, a
 * number, a symbol, or {@link rareEnd} (one call for all that is rare, so one place that needs to
 * have run before the scanner is optimised).
 */
function otherEnd(text: string, C: Uint8Array, i: number): number {
  const n = text.length;
  const c = text.charCodeAt(i);
  const k = C[c]!;
  const bit = 1 << k;
  const next = i + 1;
  // Every test computed first: a branch taken late then runs no operation V8 has not seen run.
  const plainPunct = ((bit >>> Cls.PUNCT) & 1) & (c === 0x23 || c === 0x2a || c === 0x40 ? 0 : 1);
  const number = bit & ClassSet.NUMBER_START;
  const symbol = bit & ClassSet.ONE_SYMBOL;
  if (plainPunct) {
    otherKind = K.PUNCT;
    let end = next;
    if (isTerminal(c)) {
      let t: number;
      do {
        t = end < n && isTerminal(text.charCodeAt(end)) ? 1 : 0;
        end += t;
      } while (t !== 0);
    }
    return end;
  }
  if (symbol) {
    otherKind = K.SYMBOL;
    return next;
  }
  if (number) {
    const end = numberEnd(text, C, i, k);
    if (end >= 0) return end;
  }
  return rareEnd(text, C, i, k);
}

/** 1 after a sign that ends a number (% ٪ ‰ ؉ ؊), else 0. */
function percentSign(s: number): number {
  return s === 0x25 || s === 0x066a || s === 0x2030 || s === 0x0609 || s === 0x060a ? 1 : 0;
}

/**
 * End of the number (or e-mail) at `i`, of class `k`, its kind in {@link otherKind}; -1 when
 * {@link rareEnd} must read it (a keycap, `5G`).
 */
function numberEnd(text: string, C: Uint8Array, i: number, k: number): number {
  const n = text.length;
  const ascii = k === Cls.DIGIT;
  const k1 = i + 1 < n ? C[text.charCodeAt(i + 1)]! : Cls.SPACE;
  if (ascii && (k1 === Cls.KEYCAP || k1 === Cls.VS)) return -1;
  if (ascii && i >= emailFail) {
    const e = emailAt(text, i);
    if (e > 0) {
      otherKind = K.EMAIL;
      return e;
    }
  }
  const end = scanNumber(text, C, i);
  const s = end < n ? text.charCodeAt(end) : 0x20;
  if (ascii && C[s] === Cls.LLETTER) return -1;
  otherKind = K.NUMBER;
  return end + percentSign(s);
}

/**
 * End of a token rare in running text at `i`, of class `k` (its kind in {@link otherKind}):
 * invisibles after white space, letters of other scripts (URLs, e-mails, host names), #hashtags,
 * @mentions, keycaps, emoji, surrogates, combining marks with no base.
 */
function rareEnd(text: string, C: Uint8Array, i: number, k: number): number {
  const n = text.length;
  const c = text.charCodeAt(i);
  switch (k) {
    case Cls.INVIS: {
      // Invisibles after white space: attached to the token that follows, or a symbol on their own.
      let j = i + 1;
      while (j < n && C[text.charCodeAt(j)] === Cls.INVIS) j++;
      const kk = j < n ? C[text.charCodeAt(j)]! : Cls.SPACE;
      if (kk === Cls.SPACE || kk === Cls.NEWLINE) {
        otherKind = K.SYMBOL;
        return j;
      }
      if (kk === Cls.ALETTER || kk === Cls.AMARK || kk === Cls.TATWEEL) {
        otherKind = K.WORD;
        return wordEnd(text, C, j);
      }
      return otherEnd(text, C, j);
    }
    case Cls.DIGIT: {
      // An ASCII digit before a keycap, a variation selector or a letter of another script (numberEnd).
      const k1 = i + 1 < n ? C[text.charCodeAt(i + 1)] : -1;
      if (k1 === Cls.KEYCAP || (k1 === Cls.VS && i + 2 < n && C[text.charCodeAt(i + 2)] === Cls.KEYCAP)) {
        otherKind = K.EMOJI;
        return k1 === Cls.KEYCAP ? i + 2 : i + 3;
      }
      // Otherwise the number as usual.
      let end = scanNumber(text, C, i);
      otherKind = K.NUMBER;
      if (i >= emailFail) {
        const e = emailAt(text, i);
        if (e > 0) {
          otherKind = K.EMAIL;
          return e;
        }
      }
      if (end < n) {
        const s = text.charCodeAt(end);
        if (s === 0x25 || s === 0x066a || s === 0x2030 || s === 0x0609 || s === 0x060a) end++;
        else if (C[s] === Cls.LLETTER && isAsciiAlnum(s)) {
          end = scanLatin(text, C, end);
          otherKind = K.LATIN;
        }
      }
      return end;
    }
    case Cls.LLETTER: {
      if (c < 0x80) {
        const u = schemeUrlAt(text, C, i);
        if (u > 0) {
          otherKind = K.URL;
          return u;
        }
        if (i >= emailFail) {
          const e = emailAt(text, i);
          if (e > 0) {
            otherKind = K.EMAIL;
            return e;
          }
        }
        if (i >= hostFail) {
          const h = hostAt(text, C, i);
          if (h > 0) {
            otherKind = K.URL;
            return h;
          }
        }
      }
      otherKind = K.LATIN;
      return scanLatin(text, C, i);
    }
    case Cls.PUNCT: {
      // # * @ only (otherEnd reads the rest).
      if (c === 0x23 || c === 0x2a) {
        // Keycap emoji #️⃣ *️⃣
        const k1 = i + 1 < n ? C[text.charCodeAt(i + 1)] : -1;
        if (k1 === Cls.KEYCAP || (k1 === Cls.VS && i + 2 < n && C[text.charCodeAt(i + 2)] === Cls.KEYCAP)) {
          otherKind = K.EMOJI;
          return k1 === Cls.KEYCAP ? i + 2 : i + 3;
        }
      }
      otherKind = K.PUNCT;
      if (c === 0x23 || c === 0x40) {
        // #hashtag, @mention
        let j = i + 1;
        for (;;) {
          if (j >= n) break;
          const d = text.charCodeAt(j);
          const kd = C[d]!;
          if (
            kd === Cls.ALETTER ||
            kd === Cls.LLETTER ||
            kd === Cls.DIGIT ||
            kd === Cls.ADIGIT ||
            d === 0x5f ||
            (j > i + 1 && (kd === Cls.AMARK || kd === Cls.TATWEEL || kd === Cls.LMARK))
          ) {
            j++;
          } else if (kd === Cls.INVIS && j > i + 1) {
            let m = j + 1;
            while (m < n && C[text.charCodeAt(m)] === Cls.INVIS) m++;
            if (m < n && (C[text.charCodeAt(m)] === Cls.ALETTER || C[text.charCodeAt(m)] === Cls.AMARK)) j = m;
            else break;
          } else break;
        }
        if (j > i + 1) {
          otherKind = c === 0x23 ? K.HASHTAG : K.MENTION;
          return j;
        }
      }
      return i + 1;
    }
    case Cls.EMOJI:
      otherKind = K.EMOJI;
      return scanEmoji(text, C, i, c, 1);
    case Cls.EMOJI_TEXT:
      if (i + 1 < n && text.charCodeAt(i + 1) === 0xfe0f) {
        otherKind = K.EMOJI;
        return scanEmoji(text, C, i, c, 1);
      }
      otherKind = K.SYMBOL;
      return i + 1;
    case Cls.HIGH: {
      if (i + 1 < n && C[text.charCodeAt(i + 1)] === Cls.LOW) {
        const cp = ((c - 0xd800) << 10) + (text.charCodeAt(i + 1) - 0xdc00) + 0x10000;
        if (isAstralEmoji(cp)) {
          otherKind = K.EMOJI;
          return scanEmoji(text, C, i, cp, 2);
        }
        const a = astralClass(cp);
        if (a === Cls.LLETTER) {
          otherKind = K.LATIN;
          return scanLatin(text, C, i);
        }
        otherKind = a === Cls.ODIGIT ? K.NUMBER : a === Cls.PUNCT ? K.PUNCT : K.SYMBOL;
        return i + 2;
      }
      otherKind = K.SYMBOL; // lone high surrogate
      return i + 1;
    }
    case Cls.LMARK:
    case Cls.VS:
    case Cls.KEYCAP: {
      // Combining marks with no base: one symbol.
      let j = i + 1;
      while (j < n) {
        const kj = C[text.charCodeAt(j)];
        if (kj === Cls.LMARK || kj === Cls.VS || kj === Cls.KEYCAP) j++;
        else break;
      }
      otherKind = K.SYMBOL;
      return j;
    }
    default:
      otherKind = K.SYMBOL;
      return i + 1;
  }
}

/** The code point at `j` if it is an emoji part (BMP pictograph or astral emoji), else 0; sets {@link cpLen}. */
function emojiAt(text: string, C: Uint8Array, j: number): number {
  const n = text.length;
  if (j >= n) return 0;
  const c = text.charCodeAt(j);
  const k = C[c]!;
  if (k === Cls.EMOJI || k === Cls.EMOJI_TEXT) {
    cpLen = 1;
    return c;
  }
  if (k === Cls.HIGH && j + 1 < n && C[text.charCodeAt(j + 1)] === Cls.LOW) {
    const cp = ((c - 0xd800) << 10) + (text.charCodeAt(j + 1) - 0xdc00) + 0x10000;
    if (isAstralEmoji(cp)) {
      cpLen = 2;
      return cp;
    }
  }
  return 0;
}

/** End of the emoji sequence whose first code point (`cp`, `len` units) is at `i`. */
function scanEmoji(text: string, C: Uint8Array, i: number, cp: number, len: number): number {
  const n = text.length;
  let j = i + len;
  if (cp >= 0x1f1e6 && cp <= 0x1f1ff) {
    // Regional indicators pair up into a flag.
    const next = emojiAt(text, C, j);
    if (next >= 0x1f1e6 && next <= 0x1f1ff) j += 2;
    return j;
  }
  for (;;) {
    if (j < n && C[text.charCodeAt(j)] === Cls.VS) j++;
    let m = emojiAt(text, C, j);
    if (m >= 0x1f3fb && m <= 0x1f3ff) {
      j += 2; // skin tone
      m = emojiAt(text, C, j);
    }
    while (m >= 0xe0020 && m <= 0xe007f) {
      j += 2; // tag sequence (subdivision flags)
      m = emojiAt(text, C, j);
    }
    if (j < n && text.charCodeAt(j) === 0x20e3) j++;
    if (j + 1 < n && text.charCodeAt(j) === 0x200d) {
      const after = emojiAt(text, C, j + 1);
      if (after !== 0) {
        j += 1 + cpLen;
        continue;
      }
    }
    return j;
  }
}

/** End of a run of letters/digits of other scripts starting at `i`. */
function scanLatin(text: string, C: Uint8Array, i: number): number {
  const n = text.length;
  let j = i;
  while (j < n) {
    const c = text.charCodeAt(j);
    const k = C[c]!;
    if (k === Cls.LLETTER || k === Cls.DIGIT || k === Cls.LMARK || k === Cls.VS) j++;
    else if (k === Cls.HIGH && j + 1 < n && C[text.charCodeAt(j + 1)] === Cls.LOW) {
      const cp = ((c - 0xd800) << 10) + (text.charCodeAt(j + 1) - 0xdc00) + 0x10000;
      if (isAstralEmoji(cp)) break;
      const a = astralClass(cp);
      if (a === Cls.LLETTER || a === Cls.LMARK) j += 2;
      else break;
    } else if ((c === 0x27 || c === 0x2019) && j > i && j + 1 < n && C[text.charCodeAt(j + 1)] === Cls.LLETTER) {
      j += 2; // don't, O'Brien
    } else break;
  }
  return j;
}

/** End of a number starting at `i` (digits, inner separators, a trailing percent sign). */
function scanNumber(text: string, C: Uint8Array, i: number): number {
  const n = text.length;
  let j = i + 1;
  while (j < n && isDigitClass(C[text.charCodeAt(j)]!)) j++;
  while (j + 1 < n) {
    const s = text.charCodeAt(j);
    if ((s === 0x2e || s === 0x2c || s === 0x066b || s === 0x066c) && isDigitClass(C[text.charCodeAt(j + 1)]!)) {
      j += 2;
      while (j < n && isDigitClass(C[text.charCodeAt(j)]!)) j++;
    } else break;
  }
  return j;
}

/** End of the URL body from `j` (after a scheme or host), trailing punctuation trimmed. */
function scanUrlBody(text: string, C: Uint8Array, from: number, j: number): number {
  const n = text.length;
  let opens = 0;
  let closes = 0;
  while (j < n) {
    const c = text.charCodeAt(j);
    if (c < 0x80) {
      if (!URL_ASCII[c]) break;
      if (c === 0x28) opens++;
      else if (c === 0x29) closes++;
      j++;
    } else {
      const k = C[c]!;
      if (k === Cls.ALETTER || k === Cls.AMARK || k === Cls.LLETTER || k === Cls.LMARK || k === Cls.ADIGIT || k === Cls.ODIGIT || k === Cls.TATWEEL) j++;
      else break;
    }
  }
  while (j > from) {
    const c = text.charCodeAt(j - 1);
    if (c === 0x2e || c === 0x2c || c === 0x3b || c === 0x3a || c === 0x21 || c === 0x3f || c === 0x27 || c === 0x2a) j--;
    else if (c === 0x29 && closes > opens) {
      closes--;
      j--;
    } else break;
  }
  return j;
}

/** A URL with a scheme or `www.` at `i`: its end, or -1. */
function schemeUrlAt(text: string, C: Uint8Array, i: number): number {
  const n = text.length;
  const c = text.charCodeAt(i) | 0x20;
  let j = -1;
  if (c === 0x68) {
    if (startsWithCI(text, i, 'https://')) j = i + 8;
    else if (startsWithCI(text, i, 'http://')) j = i + 7;
  } else if (c === 0x66) {
    if (startsWithCI(text, i, 'ftp://')) j = i + 6;
  } else if (c === 0x77) {
    if (startsWithCI(text, i, 'www.')) j = i + 4;
  }
  if (j < 0 || j >= n) return -1;
  const end = scanUrlBody(text, C, j, j);
  return end > j ? end : -1;
}

/** An e-mail at `i`: its end, or -1 (remembering where the attempt failed). */
function emailAt(text: string, i: number): number {
  const n = text.length;
  let m = i;
  while (m < n) {
    const c = text.charCodeAt(m);
    if (c < 0x80 && LOCAL_ASCII[c]) m++;
    else break;
  }
  if (m < n && text.charCodeAt(m) === 0x40) {
    let d = m + 1;
    let labels = 0;
    let end = -1;
    for (;;) {
      const s = d;
      while (d < n && (isAsciiAlnum(text.charCodeAt(d)) || text.charCodeAt(d) === 0x2d)) d++;
      if (d === s) break;
      labels++;
      if (labels >= 2) end = d;
      if (d + 1 < n && text.charCodeAt(d) === 0x2e && isAsciiAlnum(text.charCodeAt(d + 1))) d++;
      else break;
    }
    if (end > 0 && text.charCodeAt(m - 1) !== 0x2e) return end;
  }
  emailFail = m;
  return -1;
}

/** A bare host name with a known TLD at `i` (`example.com/path`): its end, or -1. */
function hostAt(text: string, C: Uint8Array, i: number): number {
  const n = text.length;
  let h = i;
  let dots = 0;
  let lastDot = -1;
  let prev = 0x2e;
  let ok = true;
  while (h < n) {
    const c = text.charCodeAt(h);
    if (isAsciiAlnum(c) || c === 0x2d) h++;
    else if (c === 0x2e && h + 1 < n && isAsciiAlnum(text.charCodeAt(h + 1))) {
      if (prev === 0x2e) ok = false;
      dots++;
      lastDot = h;
      h++;
    } else break;
    prev = c;
  }
  if (ok && dots > 0 && TLDS.has(text.slice(lastDot + 1, h).toLowerCase())) {
    const c = h < n ? text.charCodeAt(h) : 0;
    if (c === 0x2f || c === 0x3a || c === 0x3f || c === 0x23) return scanUrlBody(text, C, h, h);
    return h;
  }
  hostFail = h;
  return -1;
}

/**
 * {@link wordEnd} and the hash it leaves, for the differential test against the loop it replaced.
 * Not exported from the package.
 *
 * @internal
 */
export const scanInternals = {
  wordEnd: (text: string, i: number): [end: number, hash: number] => [wordEnd(text, tokenClasses(), i), wordHash],
};
