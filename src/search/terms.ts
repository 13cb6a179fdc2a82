import { builtinGazetteer, type Gazetteer } from '../gazetteer/index.js';
import { normalize } from '../normalize/index.js';
import { segment, tokenize } from '../tokenize/index.js';
import { K, releaseScratch, scan } from '../tokenize/scan.js';
import { checkOptions, checkString } from '../tokenize/tokenize.js';
import { knownNames } from './known-names.js';
import { defaultKnownName, stemUncached } from './stem.js';
import { isStopwordUncached } from './stopwords.js';

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
  stem?: boolean | undefined;
  /** Leave stop words out (default true); false keeps them. */
  stopwords?: boolean | undefined;
  /**
   * Also emit each multi-word name the gazetteer knows (`الأمم المتحدة` → `الامم المتحده`) as one
   * term spanning the name (after its proclitics). Default false; true uses the built-in
   * gazetteer, or pass a gazetteer.
   */
  names?: boolean | Gazetteer | undefined;
}

/**
 * Per combination of options: the term of every word seen (null: no term), and a direct-mapped
 * cache of recent token strings in front of it, probed with a hash of the code units, so that a
 * token seen before costs no slice and no lookup by a new string (most tokens of running text).
 */
interface TermCache {
  words: Map<string, string | null>;
  surfaces: (string | undefined)[];
  terms: (string | null)[];
}

const caches: TermCache[] = [];
const CACHE_LIMIT = 200_000;
// Literals, not expressions: a computed constant at module level stays in bundles that only normalise.
const SLOT_BITS = 15;
const SLOTS = 32_768; // 1 << SLOT_BITS
const SLOT_MASK = 32_767;
/** Tokens longer than this skip the direct-mapped cache. */
const SLOT_MAX_LENGTH = 24;

function termCache(key: number): TermCache {
  return (caches[key] ??= {
    words: new Map(),
    surfaces: new Array<string | undefined>(SLOTS).fill(undefined),
    terms: new Array<string | null>(SLOTS).fill(null),
  });
}

/** The term of the token `surface` of scanner kind `kind` (null: none), through the word cache. */
function tokenTerm(surface: string, kind: number, cache: TermCache, doStem: boolean, dropStop: boolean): string | null {
  if (kind !== K.WORD) return normalize(surface, 'search').toLowerCase() || null;
  let term = cache.words.get(surface);
  if (term === undefined) {
    term = wordTerm(surface, doStem, dropStop);
    if (cache.words.size >= CACHE_LIMIT) cache.words.clear();
    cache.words.set(surface, term);
  }
  return term;
}

function flag(fn: string, v: unknown, name: string, dflt: boolean): boolean {
  if (v === undefined) return dflt;
  if (typeof v !== 'boolean') throw new TypeError(`${fn}: expected options.${name} to be a boolean`);
  return v;
}

/** The term of one Arabic word, or null when it is a stop word left out. */
function wordTerm(word: string, doStem: boolean, dropStop: boolean): string | null {
  // Uncached: the term of each word is cached by the caller.
  if (dropStop && isStopwordUncached(word)) return null;
  if (doStem) return stemUncached(word, defaultKnownName()) || null;
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
 * @throws {RangeError} on an option other than `stem`, `stopwords` and `names`.
 *
 * @example
 * searchTerms('وصل الوفد إلى بغداد');
 * // [{ term: 'وصل', start: 0, end: 3 }, { term: 'وفد', start: 4, end: 9 }, { term: 'بغداد', start: 14, end: 19 }]
 */
const SEARCH_TERMS_KEYS: readonly string[] = ['stem', 'stopwords', 'names'];

export function searchTerms(text: string, options?: SearchTermsOptions): SearchTerm[] {
  return termsIn('searchTerms', text, options);
}

/** {@link searchTerms}, its errors naming `fn` (`termsOf` said `searchTerms:`). */
function termsIn(fn: string, text: string, options?: SearchTermsOptions): SearchTerm[] {
  checkString(fn, 'text', text);
  checkOptions(fn, options, SEARCH_TERMS_KEYS);
  const doStem = flag(fn, options?.stem, 'stem', true);
  const dropStop = flag(fn, options?.stopwords, 'stopwords', true);
  const names = options?.names;
  if (names !== undefined && typeof names !== 'boolean' && (names === null || typeof names !== 'object' || typeof (names as Gazetteer).match !== 'function')) {
    throw new TypeError(`${fn}: expected options.names to be a boolean or a Gazetteer`);
  }
  const cache = termCache((doStem ? 1 : 0) | (dropStop ? 2 : 0));
  const surfaces = cache.surfaces;
  const terms = cache.terms;
  const out: SearchTerm[] = [];
  // The scanner's buffer is shared: copy the triples before any other call can scan.
  const triples = scan(text);
  const raw = triples.data.slice(0, triples.length);
  releaseScratch();
  for (let r = 0; r < raw.length; r += 3) {
    const kind = raw[r + 2]!;
    if (kind !== K.WORD && kind !== K.LATIN && kind !== K.NUMBER && kind !== K.HASHTAG && kind !== K.MENTION) continue;
    const start = raw[r]!;
    const end = raw[r + 1]!;
    const len = end - start;
    let term: string | null;
    if (len > SLOT_MAX_LENGTH) {
      term = tokenTerm(text.slice(start, end), kind, cache, doStem, dropStop);
    } else {
      // The slot also depends on the kind: a word and a hashtag never share an entry.
      let h = len ^ (kind << 8);
      for (let p = start; p < end; p++) h = Math.imul(h ^ text.charCodeAt(p), 0x01000193);
      const slot = (h ^ (h >>> SLOT_BITS)) & SLOT_MASK;
      const cached = surfaces[slot];
      let p = 0;
      if (cached !== undefined && cached.length === len) while (p < len && cached.charCodeAt(p) === text.charCodeAt(start + p)) p++;
      if (cached !== undefined && p === len && cached.length === len) {
        term = terms[slot]!;
      } else {
        const surface = text.slice(start, end);
        term = tokenTerm(surface, kind, cache, doStem, dropStop);
        surfaces[slot] = surface;
        terms[slot] = term;
      }
    }
    if (term) out.push({ term, start, end });
  }
  if (names) {
    const g = names === true ? builtinGazetteer() : names;
    const extra: SearchTerm[] = [];
    for (const m of g.match(text, tokenize(text))) {
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
  return termsIn('termsOf', text, options).map((t) => t.term);
}
