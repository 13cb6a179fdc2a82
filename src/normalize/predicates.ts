import * as chars from './chars.js';
import { describeType } from './options.js';

/**
 * The code unit a public predicate was given: a number as it is (`text.charCodeAt(i)`; NaN past
 * the end of a text reads as no character, false), or the one code unit of a one-character string
 * (`isArabicLetter('ب')`, which read as no character before: false for every letter). Anything else
 * (a bigint, null, an object) is a TypeError naming the function; `isSpace(10n)` was true.
 */
function codeUnit(fn: string, c: unknown): number {
  if (typeof c === 'number') return c;
  if (typeof c === 'string') {
    if (c.length === 1) return c.charCodeAt(0);
    throw new RangeError(`${fn}: expected one UTF-16 code unit, got a string of ${c.length} (pass text.charCodeAt(i), or one character)`);
  }
  throw new TypeError(`${fn}: expected a UTF-16 code unit (a number such as 'ب'.charCodeAt(0)) or a one-character string, got ${describeType(c)}`);
}

/**
 * Is this UTF-16 code unit a combining mark used with Arabic (harakat, shadda, sukun, superscript
 * alef, Quranic annotation marks, extended Arabic marks)? Exactly the set that the `diacritics`
 * operation removes. `c` is a code unit (`text.charCodeAt(i)`) or a one-character string.
 *
 * @throws {TypeError} when `c` is neither a number nor a string; {RangeError} for a string that is not one code unit.
 * @example
 * isArabicMark('مُ'.charCodeAt(1)); // true  (damma U+064F)
 * isArabicMark('م');                // false
 */
export function isArabicMark(c: number | string): boolean {
  return chars.isArabicMark(codeUnit('isArabicMark', c));
}

/**
 * Is this code unit the tatweel (kashida) U+0640 `ـ`? Tatweel is not a letter for {@link isArabicLetter}.
 *
 * @example
 * isTatweel('الـعراق'.charCodeAt(2)); // true
 */
export function isTatweel(c: number | string): boolean {
  return chars.isTatweel(codeUnit('isTatweel', c));
}

/**
 * Is this code unit an invisible format character (ZWSP, ZWNJ, ZWJ, LRM, RLM, ALM U+061C, bidi
 * embeddings, overrides and isolates, word joiner, BOM, soft hyphen)? The set the `invisibles`
 * operation removes (ZWJ/ZWNJ between two emoji excepted).
 *
 * @example
 * isInvisible('می‌خواهم'.charCodeAt(2)); // true (ZWNJ U+200C)
 */
export function isInvisible(c: number | string): boolean {
  return chars.isInvisible(codeUnit('isInvisible', c));
}

/**
 * Is this code unit an Arabic-script letter (general category L in U+0600–06FF, U+0750–077F,
 * U+0870–08FF, U+FB50–FDFF, U+FE70–FEFF), including Persian, Urdu and Kurdish letters and the
 * presentation forms? Digits, punctuation, marks and tatweel are not letters.
 *
 * @example
 * isArabicLetter('ع'.charCodeAt(0)); // true
 * isArabicLetter('پ');               // true
 * isArabicLetter('ـ');               // false (tatweel)
 */
export function isArabicLetter(c: number | string): boolean {
  return chars.isArabicLetter(codeUnit('isArabicLetter', c));
}

/**
 * Is this code unit an Arabic-Indic digit ٠–٩ (U+0660–0669) or an Extended Arabic-Indic digit ۰–۹ (U+06F0–06F9)?
 *
 * @example
 * isArabicDigit('٣'); // true
 * isArabicDigit('3'); // false
 */
export function isArabicDigit(c: number | string): boolean {
  return chars.isArabicDigit(codeUnit('isArabicDigit', c));
}

/**
 * Is this code unit Unicode white space (space, tab, line breaks, NBSP, U+2000–200A, U+202F,
 * U+205F, U+3000 …)? ZWSP and BOM are invisibles, not spaces.
 *
 * @example
 * isSpace('\u00a0'.charCodeAt(0)); // true (NBSP, as in «في\u00a0بغداد»)
 */
export function isSpace(c: number | string): boolean {
  return chars.isSpace(codeUnit('isSpace', c));
}

/**
 * Is this code unit a line break (LF, VT, FF, CR, NEL, U+2028, U+2029)? Every line break is also a space for {@link isSpace}.
 *
 * @example
 * isLineBreak('سطر\nسطر'.charCodeAt(3)); // true
 */
export function isLineBreak(c: number | string): boolean {
  return chars.isLineBreak(codeUnit('isLineBreak', c));
}

/**
 * Is this code unit Arabic-script punctuation: ، ؛ ؟ ٪ ٫ ٬ ٭ ۔ ؍ ؉ ؊ ؝ ؞ ﴾ ﴿ ⹁?
 *
 * @example
 * isArabicPunctuation('؟'); // true
 */
export function isArabicPunctuation(c: number | string): boolean {
  return chars.isArabicPunctuation(codeUnit('isArabicPunctuation', c));
}
