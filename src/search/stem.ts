import { builtinGazetteer } from '../gazetteer/index.js';
import { segmentSearchForm as segment } from '../tokenize/segment.js';
import { KNOWN_NAMES_AMBIGUOUS } from '../gazetteer/generated/ambiguous-names.js';
import { knownNamesOf, searchFormLookup } from './known-names.js';
import { searchKey } from '../normalize/search-key.js';
import { checkOptions, checkString } from '../tokenize/tokenize.js';
import { wordList } from '../gazetteer/word-list.js';

/** Options of {@link stem}. */
export interface StemOptions {
  /**
   * Names that are returned whole (only normalised). Default: the built-in gazetteer's one-word
   * names, ambiguous ones included: `knownNames(builtinGazetteer(), { ambiguous: true }).isKnownName`. Pass `() => false` to stem every word.
   */
  isKnownName?: ((word: string) => boolean) | undefined;
}

/** Letters a stem keeps at least after a suffix is removed: مكان is not مك + ان. */
export const MIN_STEM_LETTERS = 3;

/**
 * Inflectional suffixes in 'search' form (ة is ه there), longest first, as in Larkey's light10:
 * the dual of a feminine noun (مدينتين → مدين), sound plurals (معلمون، معلمين، مؤتمرات), the dual
 * (كتابان) and the feminine ending (مدينة، سورية → سوري). The ي of a nisba adjective stays:
 * سوري، سوريون، سورية all stem to سوري. Beyond light10, the وا of a verb's masculine plural
 * (كانوا → كان، لم يكونوا → يكون), except after ا: the noun المساواة is مساوا once its ة (ه) is
 * off, and a stem must be its own stem.
 */
const SUFFIXES = ['تين', 'تان', 'ات', 'ون', 'ين', 'ان', 'وا', 'ه'];

/**
 * `s` is one or more Arabic letters U+0621–U+064A. A loop, not `/^[\u0621-\u064a]+$/u`: on a word of
 * about 8.4 million letters (one token of a text without spaces) that expression overflowed V8's
 * backtracking stack, and stem and searchTerms threw 'Maximum call stack size exceeded'.
 */
function isArabicLetters(s: string): boolean {
  if (s.length === 0) return false;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x0621 || c > 0x064a) return false;
  }
  return true;
}

let defaultNames: ((w: string) => boolean) | undefined;
const caches = new WeakMap<(w: string) => boolean, Map<string, string>>();
const CACHE_LIMIT = 100_000;

const ALEF = 0x0627;

/** The stem after the suffix, or the stem itself. */
function stripSuffix(s: string): string {
  for (const suffix of SUFFIXES) {
    if (s.length - suffix.length >= MIN_STEM_LETTERS && s.endsWith(suffix)) {
      if (suffix === 'وا' && s.charCodeAt(s.length - 3) === ALEF) continue;
      return s.slice(0, s.length - suffix.length);
    }
  }
  return s;
}

let wholeWords: readonly string[] | undefined;

/**
 * The stem of a word data/lexicon/lists/stem-whole.txt keeps whole (الله), in 'search' form after its
 * clitics: the word itself; the word after ل (لله = ل + الله); a name written joined to it
 * (عبدالله). `undefined` for any other word.
 */
function wholeStem(s: string): string | undefined {
  const words = (wholeWords ??= [...wordList('stem-whole')]);
  for (let k = 0; k < words.length; k++) {
    const w = words[k]!;
    if (s.endsWith(w)) return s;
    // لله: ل + الله, written with two lams, not three (the article's alef and lam both drop).
    if (w.startsWith('الل') && s.length === w.length - 1 && s.charCodeAt(0) === 0x0644 && s.endsWith(w.slice(2))) return w;
  }
  return undefined;
}

/** One pass: clitics off (segment), 'search' form, known names whole, one suffix off. */
function stemOnce(word: string, isKnownName: (w: string) => boolean, isName: (key: string) => boolean): string {
  return stemParts(word, isKnownName, isName)[1];
}

/** The stem before and after its suffix is removed; `isName` is `isKnownName` for words in 'search' form. */
function stemParts(word: string, isKnownName: (w: string) => boolean, isName: (key: string) => boolean): [string, string] {
  const norm = searchKey(word);
  if (!isArabicLetters(norm)) return [norm.toLowerCase(), norm.toLowerCase()];
  const seg = segment(word, { isKnownName });
  let s = seg.stem.text === word ? norm : searchKey(seg.stem.text);
  if (!s) return [norm, norm];
  // A name, or a name's spelling without its article (جزيره of الجزيرة), is kept whole.
  if (isName(s) || isName('ال' + s)) return [s, s];
  const whole = wholeStem(s);
  if (whole !== undefined) return [whole, whole];
  if (seg.enclitics.length) {
    // Before a pronoun ة is written ت and ى is written ا: حكومتها → حكومه، مستواها → مستوي.
    if (s.endsWith('ت')) s = s.slice(0, -1) + 'ه';
    else if (s.endsWith('ا') && s.length >= 3) s = s.slice(0, -1) + 'ي';
  }
  const stripped = stripSuffix(s);
  if (stripped === s) return [s, s];
  // A stem that would read as clitics + word is not taken (وزارة: وزار would be و + زار).
  const again = segment(stripped, { isKnownName });
  return again.proclitics.length || again.enclitics.length ? [s, s] : [s, stripped];
}

/**
 * A light stem of an Arabic word for search: the clitics are cut off (as {@link segment} cuts
 * them), the word is put in 'search' form (`normalize(…, 'search')`), and one inflectional suffix
 * is removed (ات، ون، ين، ان، ة and the dual of ة, and a verb's وا), never leaving fewer than three letters. Names
 * the gazetteer knows are returned whole in 'search' form (بيروت، فلسطين, and الجزيرة minus its
 * article). So `والعراق`, `بالعراق`, `للعراق` and `العراق` all give `عراق`, and `العراقية`,
 * `العراقيون` give `عراقي`. Words that are not Arabic letters are returned in 'search' form,
 * lower-cased. Idempotent: `stem(stem(w)) === stem(w)`; never empty for a non-empty Arabic word.
 *
 * @throws {TypeError} when `word` is not a string or `options` not an object.
 * @throws {RangeError} on an option other than `isKnownName`.
 *
 * @example
 * stem('والعراقيون'); // 'عراقي'
 * stem('بمدينتين');   // 'مدين'
 * stem('حكومتها');    // 'حكوم'
 * stem('بيروت');      // 'بيروت' (a known name: not بيرو + ت)
 */
const STEM_KEYS: readonly string[] = ['isKnownName'];

export function stem(word: string, options?: StemOptions): string {
  checkString('stem', 'word', word);
  checkOptions('stem', options, STEM_KEYS);
  const isKnownName = options?.isKnownName ?? defaultKnownName();
  if (typeof isKnownName !== 'function') throw new TypeError('stem: expected options.isKnownName to be a function');
  let cache = caches.get(isKnownName);
  if (!cache) caches.set(isKnownName, (cache = new Map()));
  let s = cache.get(word);
  if (s !== undefined) return s;
  s = stemUncached(word, isKnownName);
  if (cache.size >= CACHE_LIMIT) cache.clear();
  cache.set(word, s);
  return s;
}

/** The default `isKnownName` of {@link stem}: the built-in gazetteer's names, ambiguous ones included. */
export function defaultKnownName(): (w: string) => boolean {
  return (defaultNames ??= knownNamesOf(builtinGazetteer(), true, KNOWN_NAMES_AMBIGUOUS).isKnownName);
}

/**
 * {@link stem} without its cache and checks, for callers that cache words themselves
 * (searchTerms keeps the term of every word it has seen).
 *
 * @internal
 */
export function stemUncached(word: string, isKnownName: (w: string) => boolean): string {
  // The result must be its own stem. When the stripped stem is not (ولاي of ولايات reads as
  // و + لاي), the unstripped one is tried, then the fixed point (each pass only shortens).
  const isName = searchFormLookup(isKnownName);
  const [whole, stripped] = stemParts(word, isKnownName, isName);
  if (stemOnce(stripped, isKnownName, isName) === stripped) return stripped;
  if (stemOnce(whole, isKnownName, isName) === whole) return whole;
  let s = stripped;
  for (let i = 0; i < 8; i++) {
    const next = stemOnce(s, isKnownName, isName);
    if (next === s) break;
    s = next;
  }
  return s;
}
