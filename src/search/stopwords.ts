import { searchKey } from '../normalize/search-key.js';
import { segment } from '../tokenize/index.js';
import { checkString } from '../tokenize/tokenize.js';
import { STOPWORDS } from './generated/stopwords.js';

/**
 * Arabic stop words in 'search' form (`normalize(w, 'search')`): prepositions, conjunctions and
 * particles, pronouns, demonstratives, relatives, interrogatives, كان and its sisters, and
 * quantifiers such as كل، بعض. Written from general knowledge of Arabic grammar, listed in
 * `data/lexicon/stopwords.txt` (see docs/search.md).
 *
 * @example
 * stopwords.has('هذه');  // true
 * stopwords.has('الذي'); // true
 * stopwords.has('العراق'); // false
 */
export const stopwords: ReadonlySet<string> = /* @__PURE__ */ new Set(STOPWORDS.split('\n'));

const cache = new Map<string, boolean>();

/**
 * Is `word` a stop word once its clitics are cut off? `وهو` (و + هو), `عليهم` (علي + هم),
 * `فإن` (ف + إن) and `لها` (ل + ها) are; `والعراق` and `كتابه` are not. Any spelling: the word
 * is compared in its 'search' form. A string that is not one Arabic word is no stop word.
 *
 * @throws {TypeError} when `word` is not a string.
 *
 * @example
 * isStopword('وهذا');   // true
 * isStopword('عليهم');  // true
 * isStopword('والعراق'); // false
 */
export function isStopword(word: string): boolean {
  checkString('isStopword', 'word', word);
  let v = cache.get(word);
  if (v === undefined) {
    v = isStopwordUncached(word);
    if (cache.size > 50_000) cache.clear();
    cache.set(word, v);
  }
  return v;
}

/**
 * {@link isStopword} without its cache and check, for callers that cache words themselves.
 *
 * @internal
 */
export function isStopwordUncached(word: string): boolean {
  const norm = searchKey(word);
  if (stopwords.has(norm)) return true;
  if (norm.length <= 1) return false;
  const stem = searchKey(segment(word).stem.text);
  return stem !== '' && stopwords.has(stem);
}
