import { builtinGazetteer, type Gazetteer } from '../gazetteer/index.js';
import { normalize } from '../normalize/index.js';
import { segment, tokenize } from '../tokenize/index.js';
import { knownNames } from './known-names.js';
import { stem } from './stem.js';
import { isStopword } from './stopwords.js';

/** One term to index or query, with the span of the original text it came from. */
export interface SearchTerm {
  /** The term: a stem (or the word without clitics) in 'search' form, a name, a number, a Latin word lower-cased. */
  term: string;
  /** `text.slice(start, end)` is the surface the term came from (the whole word, clitics included). */
  start: number;
  end: number;
}

/** Options of {@link searchTerms}. */
export interface SearchTermsOptions {
  /** Stem Arabic words with {@link stem} (default true); false gives the word without clitics, in 'search' form. */
  stem?: boolean;
  /** Leave stop words out (default true); false keeps them. */
  stopwords?: boolean;
  /**
   * Also emit each multi-word name the gazetteer knows (`الأمم المتحدة` → `الامم المتحده`) as one
   * term spanning the name (after its proclitics). Default false; true uses the built-in
   * gazetteer, or pass a gazetteer.
   */
  names?: boolean | Gazetteer;
}

const caches = new Map<number, Map<string, string | null>>();
const CACHE_LIMIT = 200_000;

function flag(v: unknown, name: string, dflt: boolean): boolean {
  if (v === undefined) return dflt;
  if (typeof v !== 'boolean') throw new TypeError(`searchTerms: expected options.${name} to be a boolean`);
  return v;
}

/** The term of one Arabic word, or null when it is a stop word left out. */
function wordTerm(word: string, doStem: boolean, dropStop: boolean): string | null {
  if (dropStop && isStopword(word)) return null;
  if (doStem) return stem(word) || null;
  const bare = normalize(segment(word, knownNames(builtinGazetteer())).stem.text, 'search');
  return bare || normalize(word, 'search') || null;
}

/**
 * What to index for a document, or to look up for a query, in Arabic text: one term per word
 * (its {@link stem}, clitics and inflections off, in 'search' form; stop words left out), numbers
 * in Latin digits, Latin words lower-cased; optionally each known multi-word name as one more
 * term. Offsets are into `text`, so hits can be highlighted: `text.slice(start, end)` is the
 * word (or name) each term came from. Punctuation, symbols, emoji, URLs and e-mail addresses give
 * no term. Runs in time linear in the text; words are cached.
 *
 * @throws {TypeError} when `text` is not a string or an option has the wrong type.
 *
 * @example
 * searchTerms('وصل الوفد إلى بغداد');
 * // [{ term: 'وصل', start: 0, end: 3 }, { term: 'وفد', start: 4, end: 9 }, { term: 'بغداد', start: 14, end: 19 }]
 */
export function searchTerms(text: string, options?: SearchTermsOptions): SearchTerm[] {
  if (typeof text !== 'string') throw new TypeError(`searchTerms: expected text to be a string, got ${text === null ? 'null' : typeof text}`);
  if (options !== undefined && (options === null || typeof options !== 'object')) throw new TypeError('searchTerms: expected options to be an object');
  const doStem = flag(options?.stem, 'stem', true);
  const dropStop = flag(options?.stopwords, 'stopwords', true);
  const names = options?.names;
  if (names !== undefined && typeof names !== 'boolean' && (names === null || typeof names !== 'object' || typeof (names as Gazetteer).match !== 'function')) {
    throw new TypeError('searchTerms: expected options.names to be a boolean or a Gazetteer');
  }
  const key = (doStem ? 1 : 0) | (dropStop ? 2 : 0);
  let cache = caches.get(key);
  if (!cache) caches.set(key, (cache = new Map()));
  const out: SearchTerm[] = [];
  const tokens = tokenize(text);
  for (const t of tokens) {
    let term: string | null | undefined;
    if (t.kind === 'word') {
      term = cache.get(t.text);
      if (term === undefined) {
        term = wordTerm(t.text, doStem, dropStop);
        if (cache.size >= CACHE_LIMIT) cache.clear();
        cache.set(t.text, term);
      }
    } else if (t.kind === 'latin' || t.kind === 'number' || t.kind === 'hashtag' || t.kind === 'mention') {
      term = normalize(t.text, 'search').toLowerCase();
    }
    if (term) out.push({ term, start: t.start, end: t.end });
  }
  if (names) {
    const g = names === true ? builtinGazetteer() : names;
    const extra: SearchTerm[] = [];
    for (const m of g.match(text, tokens)) {
      if (m.tokenEnd - m.tokenStart < 2) continue;
      let term = normalize(text.slice(m.start, m.end), 'search');
      // After لل the name's article is one letter: للأمم المتحدة → لامم المتحده → الامم المتحده.
      if (m.proclitic && term.startsWith('ل') && !term.startsWith('ال')) term = 'ا' + term;
      if (term) extra.push({ term, start: m.start, end: m.end });
    }
    if (extra.length) {
      out.push(...extra);
      out.sort((a, b) => a.start - b.start || b.end - a.end);
    }
  }
  return out;
}

/**
 * The terms alone, for engines that take a tokenizer returning strings (MiniSearch, Orama,
 * FlexSearch): `searchTerms(text, options).map((t) => t.term)`.
 *
 * @example
 * termsOf('والعراقيون في بغداد'); // ['عراقي', 'بغداد']
 */
export function termsOf(text: string, options?: SearchTermsOptions): string[] {
  return searchTerms(text, options).map((t) => t.term);
}
