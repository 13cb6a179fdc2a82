/**
 * Character classes of the tokenizer: one byte per UTF-16 code unit, decoded once, lazily, from
 * a generated table of runs (so the classes do not depend on the Unicode version of the engine).
 *
 * Every Arabic class comes from the project's single code-point table (`src/normalize/chars.ts`);
 * this file only adds the non-Arabic classes the scanner needs (other scripts' letters, marks and
 * digits, general punctuation and symbols, emoji, surrogates), taken from Unicode properties of the
 * running engine.
 *
 * @module
 */
import {
  classTable,
  DIGIT as F_DIGIT,
  EMOJI as F_EMOJI,
  INVISIBLE as F_INVISIBLE,
  LETTER as F_LETTER,
  LINE_BREAK as F_LINE_BREAK,
  MARK as F_MARK,
  PUNCT as F_PUNCT,
  SPACE as F_SPACE,
  TATWEEL_CODE,
} from '../normalize/chars.js';
import { TOKEN_CLASS_RUNS } from './classes.generated.js';

/** Anything else: a symbol (general categories S, C other than format). */
export const C_SYMBOL = 0;
/** White space that is not a line break. */
export const C_SPACE = 1;
/** Arabic letter (including presentation forms). */
export const C_ALETTER = 2;
/** Arabic combining mark (tashkeel, Quranic marks). */
export const C_AMARK = 3;
/** Tatweel ـ U+0640. */
export const C_TATWEEL = 4;
/** Invisible format character (ZWNJ, ZWJ, RLM, LRM, bidi controls, BOM, soft hyphen …). */
export const C_INVIS = 5;
/** Arabic-Indic or Extended Arabic-Indic digit. */
export const C_ADIGIT = 6;
/** ASCII digit 0–9. */
export const C_DIGIT = 7;
/** A letter of any other script (Latin, Greek, Cyrillic, CJK …). */
export const C_LLETTER = 8;
/** A non-Arabic combining mark (general category M), variation selectors excepted. */
export const C_LMARK = 9;
/** Punctuation (Arabic or other, general category P). */
export const C_PUNCT = 10;
/** High surrogate. */
export const C_HIGH = 11;
/** Low surrogate. */
export const C_LOW = 12;
/** Basic-plane Extended_Pictographic with default emoji presentation (⌚ ☕ ⚽ …). */
export const C_EMOJI = 13;
/** Basic-plane Extended_Pictographic with default text presentation (© ® ™ ☀ ❤ …): emoji only with U+FE0F. */
export const C_EMOJI_TEXT = 14;
/** Variation selectors U+FE0E, U+FE0F. */
export const C_VS = 15;
/** U+20E3 COMBINING ENCLOSING KEYCAP. */
export const C_KEYCAP = 16;
/** A digit of another script (general category Nd) or another number (½ ² Ⅻ). */
export const C_ODIGIT = 17;
/** A line break (LF, CR, VT, FF, NEL, U+2028, U+2029). Also white space. */
export const C_NEWLINE = 18;

let table: Uint8Array | undefined;

const UNSET = 255;

/**
 * The non-Arabic classes from Unicode properties, in priority order: one alternation, so that each
 * run of code units is matched once, by the first property it has. (Six separate regexes over the
 * whole basic plane, on a string built with `+=`, cost 100–200 ms of a cold start.) The general
 * categories L, M, N, P and Cf do not overlap; `\s` shares only U+FEFF with Cf, and comes first.
 */
const PROPERTY_RUNS = /(\s+)|(\p{L}+)|(\p{M}+)|(\p{N}+)|(\p{P}+)|(\p{Cf}+)/gu;
const PROPERTY_CLASSES = [C_SPACE, C_LLETTER, C_LMARK, C_ODIGIT, C_PUNCT, C_INVIS];

/** The code units from..to (no surrogates) as one string, built in chunks (no `+=` per unit). */
function codeUnits(from: number, to: number): string {
  const parts: string[] = [];
  const CHUNK = 4096;
  const buf = new Uint16Array(CHUNK);
  for (let c = from; c <= to; c += CHUNK) {
    const n = Math.min(CHUNK, to - c + 1);
    for (let i = 0; i < n; i++) buf[i] = c + i;
    parts.push(String.fromCharCode.apply(null, buf.subarray(0, n) as unknown as number[]));
  }
  return parts.join('');
}

function assignProperties(t: Uint8Array, from: number, to: number): void {
  const s = codeUnits(from, to);
  const re = PROPERTY_RUNS;
  re.lastIndex = 0;
  for (let m = re.exec(s); m !== null; m = re.exec(s)) {
    let g = 1;
    while (m[g] === undefined) g++;
    const cls = PROPERTY_CLASSES[g - 1]!;
    const a = from + m.index;
    const b = a + m[0].length;
    for (let c = a; c < b; c++) if (t[c] === UNSET) t[c] = cls;
  }
}

/**
 * The class of every UTF-16 code unit (see the `C_*` constants), decoded on first use from the
 * runs that `npm run gen:token-classes` writes (classes.generated.ts, from
 * {@link computeTokenClasses}): 1,339 `fill`s instead of a regex over the whole basic plane, which
 * cost about 100 M instructions, an eighth of a cold start (2026-12-04).
 */
export function tokenClasses(): Uint8Array {
  return (table ??= decodeClassRuns(TOKEN_CLASS_RUNS));
}

/** The table of runs written as class letter ('A' + class) and decimal length: `B9C1…`. Internal. */
export function decodeClassRuns(runs: string): Uint8Array {
  const t = new Uint8Array(0x10000);
  let at = 0;
  for (let i = 0; i < runs.length; ) {
    const cls = runs.charCodeAt(i++) - 65;
    let len = 0;
    for (let c = runs.charCodeAt(i); c >= 48 && c <= 57; c = runs.charCodeAt(++i)) len = len * 10 + c - 48;
    t.fill(cls, at, at + len);
    at += len;
  }
  if (at !== 0x10000) throw new RangeError(`token class runs cover ${at} code units, not 65536`);
  return t;
}

/** {@link decodeClassRuns}' format for a table. Internal (the generator). */
export function encodeClassRuns(t: Uint8Array): string {
  let out = '';
  for (let i = 0; i < t.length; ) {
    let j = i + 1;
    while (j < t.length && t[j] === t[i]) j++;
    out += String.fromCharCode(65 + t[i]!) + (j - i);
    i = j;
  }
  return out;
}

/**
 * The class table computed from the Arabic code-point table and the running engine's Unicode
 * properties: what the generator writes, and what a test compares with the shipped runs.
 */
export function computeTokenClasses(): Uint8Array {
  const flags = classTable();
  const t = new Uint8Array(0x10000).fill(UNSET);
  const emojiPresentation = /\p{Emoji_Presentation}/u;
  for (let c = 0; c < 0x10000; c++) {
    const f = flags[c]!;
    if (c >= 0xd800 && c <= 0xdfff) t[c] = c < 0xdc00 ? C_HIGH : C_LOW;
    else if (f & F_LINE_BREAK) t[c] = C_NEWLINE;
    else if (f & F_SPACE) t[c] = C_SPACE;
    else if (f & F_DIGIT) t[c] = C_ADIGIT;
    else if (c === TATWEEL_CODE) t[c] = C_TATWEEL;
    else if (f & F_MARK) t[c] = C_AMARK;
    else if (f & F_LETTER) t[c] = C_ALETTER;
    else if (c === 0xfe0e || c === 0xfe0f) t[c] = C_VS;
    else if (c === 0x20e3) t[c] = C_KEYCAP;
    else if (f & F_INVISIBLE) t[c] = C_INVIS;
    else if (f & F_PUNCT) t[c] = C_PUNCT;
    else if (c >= 0x30 && c <= 0x39) t[c] = C_DIGIT;
    else if (f & F_EMOJI) t[c] = emojiPresentation.test(String.fromCharCode(c)) ? C_EMOJI : C_EMOJI_TEXT;
  }
  // Non-Arabic classes from Unicode properties (a code unit already classed above keeps its class).
  assignProperties(t, 0, 0xd7ff);
  assignProperties(t, 0xe000, 0xffff);
  for (let c = 0; c < 0x10000; c++) if (t[c] === UNSET) t[c] = C_SYMBOL;
  return t;
}

/**
 * `^\p{L}$`, `^\p{M}$`, `^\p{N}$`, `^\p{P}$`, `^\p{Cf}$`, made on the first astral code point:
 * as regex literals at the top of the module, V8 looked their Unicode properties up at every
 * import (about 6 M instructions of a cold start, callgrind).
 */
let astralTests: RegExp[] | undefined;

/** Is this astral code point an emoji part (pictographs U+1F000–1FFFF, tags U+E0020–E007F)? */
export function isAstralEmoji(cp: number): boolean {
  return (cp >= 0x1f000 && cp <= 0x1ffff) || (cp >= 0xe0020 && cp <= 0xe007f);
}

/** Class of an astral code point (outside the emoji planes), from Unicode properties. */
export function astralClass(cp: number): number {
  const s = String.fromCodePoint(cp);
  const [astralLetter, astralMark, astralNumber, astralPunct, astralFormat] = (astralTests ??= ['L', 'M', 'N', 'P', 'Cf'].map((p) => new RegExp(`^\\p{${p}}$`, 'u'))) as [RegExp, RegExp, RegExp, RegExp, RegExp];
  if (astralLetter.test(s)) return C_LLETTER;
  if (astralMark.test(s)) return C_LMARK;
  if (astralNumber.test(s)) return C_ODIGIT;
  if (astralPunct.test(s)) return C_PUNCT;
  if (astralFormat.test(s)) return C_INVIS;
  return C_SYMBOL;
}
