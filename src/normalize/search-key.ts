/**
 * `normalize(word, 'search')` for a word of Arabic letters with one letter the 'search' form folds
 * (a quarter of the spellings a first pass meets: `حكومة`، `أحمد`، `على`) or none, without the call: the
 * buffer pass, its result object and the decoding of a short string through a typed-array view
 * were about 110 of the bytes a new spelling allocated, and most of `normalize`'s time on a word.
 *
 * @module
 */
import { normalize } from './normalize.js';

/**
 * The letter the 'search' form writes for `c` when it folds `c` alone, one code unit for one
 * (آ أ إ ٱ → ا، ؤ → و، ئ ى → ي، ة → ه); 0 for a letter it keeps as it is (ء…ي but those, and
 * tatweel), -1 for any other code unit (marks, tatweel, digits, other letters: left to `normalize`).
 * The statement of the rule: {@link foldOf} reads it from a table made with it.
 */
function foldOfLetter(c: number): number {
  if (c === 0x0621 || c === 0x0627 || c === 0x0628 || (c >= 0x062a && c <= 0x063a) || (c >= 0x0641 && c <= 0x0648) || c === 0x064a) return 0;
  if (c === 0x0622 || c === 0x0623 || c === 0x0625 || c === 0x0671) return 0x0627;
  if (c === 0x0624) return 0x0648;
  if (c === 0x0626 || c === 0x0649) return 0x064a;
  if (c === 0x0629) return 0x0647;
  return -1;
}

/** {@link foldOfLetter} of the code units U+0600…U+06FF (every other code unit: -1). */
const FOLDS = new Int32Array(256);
for (let i = 0; i < 256; i++) FOLDS[i] = foldOfLetter(0x0600 + i);

/**
 * {@link foldOfLetter}, one read of a table (a new spelling's key is read through it letter by
 * letter, where the tests were up to a dozen comparisons a letter).
 */
function foldOf(c: number): number {
  const i = c - 0x0600;
  return i >= 0 && i < 256 ? FOLDS[i]! : -1;
}

/**
 * Is `s` made only of letters that the 'search' form leaves as they are (all of ء…ي but آ أ ؤ إ ئ ة
 * ى, and no tatweel), so that `normalize(s, 'search') === s`? (Empty: yes.)
 *
 * @example
 * isSearchForm('عراق');  // true
 * isSearchForm('حكومة'); // false (ة becomes ه)
 */
export function isSearchForm(s: string): boolean {
  for (let i = 0; i < s.length; i++) if (foldOf(s.charCodeAt(i)) !== 0) return false;
  return true;
}

/**
 * `normalize(word, 'search')` when the word is Arabic letters with at most one letter the form
 * folds: the word itself when it keeps them all, else the word with that letter replaced (two
 * slices and a join); undefined for any other word (left to `normalize`, or a caller's cache).
 *
 * @example
 * foldedOnce('بغداد'); // 'بغداد' (the same string)
 * foldedOnce('حكومة'); // 'حكومه'
 * foldedOnce('أَحمد'); // undefined (a mark)
 */
export function foldedOnce(word: string): string | undefined {
  let at = -1;
  let to = 0;
  for (let i = 0; i < word.length; i++) {
    const f = foldOf(word.charCodeAt(i));
    if (f === 0) continue;
    if (f < 0 || at >= 0) return undefined;
    at = i;
    to = f;
  }
  if (at < 0) return word;
  // The folded letter as a literal: `String.fromCharCode` would make a string of it each time.
  const letter = to === 0x0627 ? 'ا' : to === 0x0648 ? 'و' : to === 0x064a ? 'ي' : 'ه';
  return at === word.length - 1 ? word.slice(0, at) + letter : word.slice(0, at) + letter + word.slice(at + 1);
}

/**
 * `normalize(word, 'search')`, without the call for a word {@link foldedOnce} answers (most words
 * once their clitics are off: عراق، بغداد; the stemmer, the stop words and `createDoc` ask it often).
 *
 * @example
 * searchKey('حكومة'); // 'حكومه'
 * searchKey('أَحمد'); // 'احمد'
 */
export function searchKey(word: string): string {
  return foldedOnce(word) ?? normalize(word, 'search');
}
