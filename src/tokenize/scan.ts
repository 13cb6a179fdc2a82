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
  C_ADIGIT,
  C_ALETTER,
  C_AMARK,
  C_DIGIT,
  C_EMOJI,
  C_EMOJI_TEXT,
  C_HIGH,
  C_INVIS,
  C_KEYCAP,
  C_LLETTER,
  C_LMARK,
  C_LOW,
  C_NEWLINE,
  C_ODIGIT,
  C_PUNCT,
  C_SPACE,
  C_TATWEEL,
  C_VS,
  isAstralEmoji,
  tokenClasses,
} from './classes.js';

export const K_WORD = 0;
export const K_LATIN = 1;
export const K_NUMBER = 2;
export const K_PUNCT = 3;
export const K_SYMBOL = 4;
export const K_URL = 5;
export const K_EMAIL = 6;
export const K_HASHTAG = 7;
export const K_MENTION = 8;
export const K_EMOJI = 9;

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

function isWordClass(k: number): boolean {
  return k === C_ALETTER || k === C_AMARK || k === C_TATWEEL;
}

function isDigitClass(k: number): boolean {
  return k === C_DIGIT || k === C_ADIGIT || k === C_ODIGIT;
}

/** Does `text` contain the lower-case ASCII `word` at `i`, ignoring ASCII case? */
function startsWithCI(text: string, i: number, word: string): boolean {
  if (i + word.length > text.length) return false;
  for (let k = 0; k < word.length; k++) {
    if ((text.charCodeAt(i + k) | 0x20) !== word.charCodeAt(k) && text.charCodeAt(i + k) !== word.charCodeAt(k)) return false;
  }
  return true;
}

/** End of a word (Arabic letters, marks, tatweel, invisibles between them) starting at `i`. */
function wordEnd(text: string, C: Uint8Array, i: number): number {
  const n = text.length;
  let j = i;
  while (j < n) {
    const k = C[text.charCodeAt(j)]!;
    if (k === C_ALETTER || k === C_AMARK || k === C_TATWEEL || k === C_LMARK || k === C_VS) {
      j++;
    } else if (k === C_INVIS) {
      let m = j + 1;
      while (m < n && C[text.charCodeAt(m)] === C_INVIS) m++;
      if (m < n && isWordClass(C[text.charCodeAt(m)]!)) j = m;
      else break;
    } else break;
  }
  return j;
}

/** A growable buffer of `start, end, kind` triples. */
export class Triples {
  data: Int32Array;
  length = 0;
  constructor(capacity: number) {
    this.data = new Int32Array(Math.max(48, capacity - (capacity % 3)));
  }
  push(start: number, end: number, kind: number): void {
    let d = this.data;
    const l = this.length;
    if (l + 3 > d.length) {
      const bigger = new Int32Array(d.length * 2);
      bigger.set(d);
      this.data = d = bigger;
    }
    d[l] = start;
    d[l + 1] = end;
    d[l + 2] = kind;
    this.length = l + 3;
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
  if (scratch.data.length > SCRATCH_KEEP) scratch.data = new Int32Array(3 * 4096);
}

/**
 * Scans `text` and returns a `start, end, kind` triple per token.
 */
export function scan(text: string): Triples {
  const out = scratch;
  out.length = 0;
  const C = tokenClasses();
  const n = text.length;
  // Positions before these are known not to begin an e-mail / a bare host name.
  let emailFail = 0;
  let hostFail = 0;

  /** The code point at `j` if it is an emoji part (BMP pictograph or astral emoji), else 0; sets `cpLen`. */
  let cpLen = 1;
  const emojiAt = (j: number): number => {
    if (j >= n) return 0;
    const c = text.charCodeAt(j);
    const k = C[c]!;
    if (k === C_EMOJI || k === C_EMOJI_TEXT) {
      cpLen = 1;
      return c;
    }
    if (k === C_HIGH && j + 1 < n && C[text.charCodeAt(j + 1)] === C_LOW) {
      const cp = ((c - 0xd800) << 10) + (text.charCodeAt(j + 1) - 0xdc00) + 0x10000;
      if (isAstralEmoji(cp)) {
        cpLen = 2;
        return cp;
      }
    }
    return 0;
  };

  /** End of the emoji sequence whose first code point (`cp`, `len` units) is at `i`. */
  const scanEmoji = (i: number, cp: number, len: number): number => {
    let j = i + len;
    if (cp >= 0x1f1e6 && cp <= 0x1f1ff) {
      // Regional indicators pair up into a flag.
      const next = emojiAt(j);
      if (next >= 0x1f1e6 && next <= 0x1f1ff) j += 2;
      return j;
    }
    for (;;) {
      if (j < n && C[text.charCodeAt(j)] === C_VS) j++;
      let m = emojiAt(j);
      if (m >= 0x1f3fb && m <= 0x1f3ff) {
        j += 2; // skin tone
        m = emojiAt(j);
      }
      while (m >= 0xe0020 && m <= 0xe007f) {
        j += 2; // tag sequence (subdivision flags)
        m = emojiAt(j);
      }
      if (j < n && text.charCodeAt(j) === 0x20e3) j++;
      if (j + 1 < n && text.charCodeAt(j) === 0x200d) {
        const after = emojiAt(j + 1);
        if (after !== 0) {
          j += 1 + cpLen;
          continue;
        }
      }
      return j;
    }
  };

  /** End of a run of letters/digits of other scripts starting at `i`. */
  const scanLatin = (i: number): number => {
    let j = i;
    while (j < n) {
      const c = text.charCodeAt(j);
      const k = C[c]!;
      if (k === C_LLETTER || k === C_DIGIT || k === C_LMARK || k === C_VS) j++;
      else if (k === C_HIGH && j + 1 < n && C[text.charCodeAt(j + 1)] === C_LOW) {
        const cp = ((c - 0xd800) << 10) + (text.charCodeAt(j + 1) - 0xdc00) + 0x10000;
        if (isAstralEmoji(cp)) break;
        const a = astralClass(cp);
        if (a === C_LLETTER || a === C_LMARK) j += 2;
        else break;
      } else if ((c === 0x27 || c === 0x2019) && j > i && j + 1 < n && C[text.charCodeAt(j + 1)] === C_LLETTER) {
        j += 2; // don't, O'Brien
      } else break;
    }
    return j;
  };

  /** End of a number starting at `i` (digits, inner separators, a trailing percent sign). */
  const scanNumber = (i: number): number => {
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
  };

  /** End of the URL body from `j` (after a scheme or host), trailing punctuation trimmed. */
  const scanUrlBody = (from: number, j: number): number => {
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
        if (k === C_ALETTER || k === C_AMARK || k === C_LLETTER || k === C_LMARK || k === C_ADIGIT || k === C_ODIGIT || k === C_TATWEEL) j++;
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
  };

  /** A URL with a scheme or `www.` at `i`: its end, or -1. */
  const schemeUrlAt = (i: number): number => {
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
    const end = scanUrlBody(j, j);
    return end > j ? end : -1;
  };

  /** An e-mail at `i`: its end, or -1 (remembering where the attempt failed). */
  const emailAt = (i: number): number => {
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
  };

  /** A bare host name with a known TLD at `i` (`example.com/path`): its end, or -1. */
  const hostAt = (i: number): number => {
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
      if (c === 0x2f || c === 0x3a || c === 0x3f || c === 0x23) return scanUrlBody(h, h);
      return h;
    }
    hostFail = h;
    return -1;
  };

  let i = 0;
  while (i < n) {
    let c = text.charCodeAt(i);
    let k = C[c]!;
    if (k === C_SPACE || k === C_NEWLINE) {
      i++;
      continue;
    }
    const start = i;
    if (k === C_INVIS) {
      // Invisibles after white space: attached to the token that follows, or a symbol on their own.
      let j = i + 1;
      while (j < n && C[text.charCodeAt(j)] === C_INVIS) j++;
      const kk = j < n ? C[text.charCodeAt(j)]! : C_SPACE;
      if (kk === C_SPACE || kk === C_NEWLINE) {
        out.push(start, j, K_SYMBOL);
        i = j;
        continue;
      }
      i = j;
      c = text.charCodeAt(i);
      k = kk;
    }
    let end: number;
    let kind: number;
    switch (k) {
      case C_ALETTER:
      case C_AMARK:
      case C_TATWEEL:
        end = wordEnd(text, C, i);
        kind = K_WORD;
        break;
      case C_DIGIT:
      case C_ADIGIT:
      case C_ODIGIT: {
        if (k === C_DIGIT) {
          const k1 = i + 1 < n ? C[text.charCodeAt(i + 1)] : -1;
          if (k1 === C_KEYCAP || (k1 === C_VS && i + 2 < n && C[text.charCodeAt(i + 2)] === C_KEYCAP)) {
            end = k1 === C_KEYCAP ? i + 2 : i + 3;
            kind = K_EMOJI;
            break;
          }
          if (i >= emailFail) {
            const e = emailAt(i);
            if (e > 0) {
              end = e;
              kind = K_EMAIL;
              break;
            }
          }
        }
        end = scanNumber(i);
        kind = K_NUMBER;
        if (end < n) {
          const s = text.charCodeAt(end);
          if (s === 0x25 || s === 0x066a || s === 0x2030 || s === 0x0609 || s === 0x060a) end++;
          else if (k === C_DIGIT && C[s] === C_LLETTER && isAsciiAlnum(s)) {
            end = scanLatin(end); // 5G, 3D, 10km
            kind = K_LATIN;
          }
        }
        break;
      }
      case C_LLETTER: {
        if (c < 0x80) {
          const u = schemeUrlAt(i);
          if (u > 0) {
            end = u;
            kind = K_URL;
            break;
          }
          if (i >= emailFail) {
            const e = emailAt(i);
            if (e > 0) {
              end = e;
              kind = K_EMAIL;
              break;
            }
          }
          if (i >= hostFail) {
            const h = hostAt(i);
            if (h > 0) {
              end = h;
              kind = K_URL;
              break;
            }
          }
        }
        end = scanLatin(i);
        kind = K_LATIN;
        break;
      }
      case C_PUNCT: {
        end = i + 1;
        kind = K_PUNCT;
        if (c === 0x23 || c === 0x2a) {
          // Keycap emoji #️⃣ *️⃣
          const k1 = i + 1 < n ? C[text.charCodeAt(i + 1)] : -1;
          if (k1 === C_KEYCAP || (k1 === C_VS && i + 2 < n && C[text.charCodeAt(i + 2)] === C_KEYCAP)) {
            end = k1 === C_KEYCAP ? i + 2 : i + 3;
            kind = K_EMOJI;
            break;
          }
        }
        if (c === 0x23 || c === 0x40) {
          // #hashtag, @mention
          let j = i + 1;
          for (;;) {
            if (j >= n) break;
            const d = text.charCodeAt(j);
            const kd = C[d]!;
            if (
              kd === C_ALETTER ||
              kd === C_LLETTER ||
              kd === C_DIGIT ||
              kd === C_ADIGIT ||
              d === 0x5f ||
              (j > i + 1 && (kd === C_AMARK || kd === C_TATWEEL || kd === C_LMARK))
            ) {
              j++;
            } else if (kd === C_INVIS && j > i + 1) {
              let m = j + 1;
              while (m < n && C[text.charCodeAt(m)] === C_INVIS) m++;
              if (m < n && (C[text.charCodeAt(m)] === C_ALETTER || C[text.charCodeAt(m)] === C_AMARK)) j = m;
              else break;
            } else break;
          }
          if (j > i + 1) {
            end = j;
            kind = c === 0x23 ? K_HASHTAG : K_MENTION;
          }
          break;
        }
        if (isTerminal(c)) {
          while (end < n && isTerminal(text.charCodeAt(end))) end++;
        }
        break;
      }
      case C_EMOJI:
        end = scanEmoji(i, c, 1);
        kind = K_EMOJI;
        break;
      case C_EMOJI_TEXT:
        if (i + 1 < n && text.charCodeAt(i + 1) === 0xfe0f) {
          end = scanEmoji(i, c, 1);
          kind = K_EMOJI;
        } else {
          end = i + 1;
          kind = K_SYMBOL;
        }
        break;
      case C_HIGH: {
        if (i + 1 < n && C[text.charCodeAt(i + 1)] === C_LOW) {
          const cp = ((c - 0xd800) << 10) + (text.charCodeAt(i + 1) - 0xdc00) + 0x10000;
          if (isAstralEmoji(cp)) {
            end = scanEmoji(i, cp, 2);
            kind = K_EMOJI;
            break;
          }
          const a = astralClass(cp);
          if (a === C_LLETTER) {
            end = scanLatin(i);
            kind = K_LATIN;
          } else {
            end = i + 2;
            kind = a === C_ODIGIT ? K_NUMBER : a === C_PUNCT ? K_PUNCT : K_SYMBOL;
          }
          break;
        }
        end = i + 1; // lone high surrogate
        kind = K_SYMBOL;
        break;
      }
      case C_LMARK:
      case C_VS:
      case C_KEYCAP: {
        // Combining marks with no base: one symbol.
        let j = i + 1;
        while (j < n) {
          const kj = C[text.charCodeAt(j)];
          if (kj === C_LMARK || kj === C_VS || kj === C_KEYCAP) j++;
          else break;
        }
        end = j;
        kind = K_SYMBOL;
        break;
      }
      default:
        // C_SYMBOL, C_LOW (lone), anything else: one code unit.
        end = i + 1;
        kind = K_SYMBOL;
    }
    // Invisibles, combining marks and variation selectors right after a token belong to it.
    while (end < n) {
      const kj = C[text.charCodeAt(end)];
      if (kj === C_INVIS || kj === C_LMARK || kj === C_VS) end++;
      else break;
    }
    out.push(start, end, kind);
    i = end;
  }
  return out;
}
