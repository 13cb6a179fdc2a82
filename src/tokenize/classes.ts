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

/**
 * The classes (`Cls.ALETTER` …): a `const enum` of one declaration, which esbuild writes as literals
 * wherever it is used, in every module (a top-level `const` becomes a module variable in the bundle,
 * read from the module context at each use in the scanner's loops).
 */
export const enum Cls {
  /** Anything else: a symbol (general categories S, C other than format). */
  SYMBOL = 0,
  /** White space that is not a line break. */
  SPACE = 1,
  /** Arabic letter (including presentation forms). */
  ALETTER = 2,
  /** Arabic combining mark (tashkeel, Quranic marks). */
  AMARK = 3,
  /** Tatweel ـ U+0640. */
  TATWEEL = 4,
  /** Invisible format character (ZWNJ, ZWJ, RLM, LRM, bidi controls, BOM, soft hyphen …). */
  INVIS = 5,
  /** Arabic-Indic or Extended Arabic-Indic digit. */
  ADIGIT = 6,
  /** ASCII digit 0–9. */
  DIGIT = 7,
  /** A letter of any other script (Latin, Greek, Cyrillic, CJK …). */
  LLETTER = 8,
  /** A non-Arabic combining mark (general category M), variation selectors excepted. */
  LMARK = 9,
  /** Punctuation (Arabic or other, general category P). */
  PUNCT = 10,
  /** High surrogate. */
  HIGH = 11,
  /** Low surrogate. */
  LOW = 12,
  /** Basic-plane Extended_Pictographic with default emoji presentation (⌚ ☕ ⚽ …). */
  EMOJI = 13,
  /** Basic-plane Extended_Pictographic with default text presentation (© ® ™ ☀ ❤ …): emoji only with U+FE0F. */
  EMOJI_TEXT = 14,
  /** Variation selectors U+FE0E, U+FE0F. */
  VS = 15,
  /** U+20E3 COMBINING ENCLOSING KEYCAP. */
  KEYCAP = 16,
  /** A digit of another script (general category Nd) or another number (½ ² Ⅻ). */
  ODIGIT = 17,
  /** A line break (LF, CR, VT, FF, NEL, U+2028, U+2029). Also white space. */
  NEWLINE = 18,
}

/** Sets of classes, bit `1 << Cls.X` for each class `X`, that the scanner tests a code unit's class against. */
export const enum ClassSet {
  /** Classes a word goes on with (letters, marks, tatweel, other marks, variation selectors), and invisibles. */
  IN_WORD = (1 << Cls.ALETTER) | (1 << Cls.AMARK) | (1 << Cls.TATWEEL) | (1 << Cls.LMARK) | (1 << Cls.VS) | (1 << Cls.INVIS),
  /** After invisibles, the word goes on only with an Arabic letter, mark or tatweel. */
  AFTER_INVIS = (1 << Cls.ALETTER) | (1 << Cls.AMARK) | (1 << Cls.TATWEEL) | (1 << Cls.INVIS),
  /** Classes that begin a word. */
  WORD_START = (1 << Cls.ALETTER) | (1 << Cls.AMARK) | (1 << Cls.TATWEEL),
  /** White space and line breaks. */
  BLANK = (1 << Cls.SPACE) | (1 << Cls.NEWLINE),
  /** Invisibles, combining marks and variation selectors right after a token belong to it. */
  TRAILING = (1 << Cls.INVIS) | (1 << Cls.LMARK) | (1 << Cls.VS),
  /** The classes that begin a number. */
  NUMBER_START = (1 << Cls.DIGIT) | (1 << Cls.ADIGIT) | (1 << Cls.ODIGIT),
  /** Classes that are one symbol of one code unit (`default` of the scanner's cases). */
  ONE_SYMBOL = (1 << Cls.SYMBOL) | (1 << Cls.LOW),
  /** {@link IN_WORD} without the invisibles: the classes of a word's run of visible code units. */
  VISIBLE_IN_WORD = ClassSet.IN_WORD & ~(1 << Cls.INVIS),
  /** For the segmenter: an Arabic letter, an Arabic mark, and what a word keeps that is no letter of it (tatweel, invisibles, other marks, variation selectors). */
  LETTER = 1 << Cls.ALETTER,
  MARK = 1 << Cls.AMARK,
  CARRIED = (1 << Cls.TATWEEL) | (1 << Cls.INVIS) | (1 << Cls.LMARK) | (1 << Cls.VS),
}

let table: Uint8Array | undefined;

const UNSET = 255;

/**
 * The non-Arabic classes from Unicode properties, in priority order: one alternation, so that each
 * run of code units is matched once, by the first property it has. (Six separate regexes over the
 * whole basic plane, on a string built with `+=`, cost 100–200 ms of a cold start.) The general
 * categories L, M, N, P and Cf do not overlap; `\s` shares only U+FEFF with Cf, and comes first.
 */
const PROPERTY_RUNS = /(\s+)|(\p{L}+)|(\p{M}+)|(\p{N}+)|(\p{P}+)|(\p{Cf}+)/gu;
const PROPERTY_CLASSES = [Cls.SPACE, Cls.LLETTER, Cls.LMARK, Cls.ODIGIT, Cls.PUNCT, Cls.INVIS];

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
    if (c >= 0xd800 && c <= 0xdfff) t[c] = c < 0xdc00 ? Cls.HIGH : Cls.LOW;
    else if (f & F_LINE_BREAK) t[c] = Cls.NEWLINE;
    else if (f & F_SPACE) t[c] = Cls.SPACE;
    else if (f & F_DIGIT) t[c] = Cls.ADIGIT;
    else if (c === TATWEEL_CODE) t[c] = Cls.TATWEEL;
    else if (f & F_MARK) t[c] = Cls.AMARK;
    else if (f & F_LETTER) t[c] = Cls.ALETTER;
    else if (c === 0xfe0e || c === 0xfe0f) t[c] = Cls.VS;
    else if (c === 0x20e3) t[c] = Cls.KEYCAP;
    else if (f & F_INVISIBLE) t[c] = Cls.INVIS;
    else if (f & F_PUNCT) t[c] = Cls.PUNCT;
    else if (c >= 0x30 && c <= 0x39) t[c] = Cls.DIGIT;
    else if (f & F_EMOJI) t[c] = emojiPresentation.test(String.fromCharCode(c)) ? Cls.EMOJI : Cls.EMOJI_TEXT;
  }
  // Non-Arabic classes from Unicode properties (a code unit already classed above keeps its class).
  assignProperties(t, 0, 0xd7ff);
  assignProperties(t, 0xe000, 0xffff);
  for (let c = 0; c < 0x10000; c++) if (t[c] === UNSET) t[c] = Cls.SYMBOL;
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
  if (astralLetter.test(s)) return Cls.LLETTER;
  if (astralMark.test(s)) return Cls.LMARK;
  if (astralNumber.test(s)) return Cls.ODIGIT;
  if (astralPunct.test(s)) return Cls.PUNCT;
  if (astralFormat.test(s)) return Cls.INVIS;
  return Cls.SYMBOL;
}
