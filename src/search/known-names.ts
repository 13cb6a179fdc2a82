import { isBuiltinGazetteer } from '../gazetteer/builtin.js';
import { KNOWN_NAMES } from '../gazetteer/generated/derived.js';
import type { Gazetteer, GazetteerEntry } from '../gazetteer/index.js';
import { searchThenSet } from '../gazetteer/sorted.js';
import { normalize } from '../normalize/index.js';
import { foldedOnce } from '../normalize/search-key.js';
import { checkOptions } from '../tokenize/tokenize.js';

/**
 * Lookups of the built-in names answered by a search of the sorted lists before one Set is built.
 * Few enough that the Set is built before V8 optimises the segmenter's `namePlan`, which inlines
 * this test: at 4,096 the switch came in the middle of a first pass, after that, and deoptimised it
 * (a first path, `new Set`, with no type feedback), which V8 then compiled again. A cold start's
 * sentence asks a few dozen, as before.
 */
const SEARCHES_BEFORE_SET = 512;

/** `set.has` as a function (the names of a gazetteer of the caller's). */
const setTest =
  (set: ReadonlySet<string>) =>
  (key: string): boolean =>
    set.has(key);

/** What {@link knownNames} gives: segmentation options that keep the gazetteer's names whole. */
export interface KnownNames {
  /** Is `word` (any spelling: compared in the 'search' form) a one-word name of the gazetteer? */
  isKnownName(word: string): boolean;
}

/** Options of {@link knownNames}. */
export interface KnownNamesOptions {
  /**
   * Also count spellings the gazetteer marks `ambiguous` (names that are also common words:
   * الجزيرة، أمل). Default false for segmentation; {@link stem} counts them, so that a name is
   * never shortened. For the built-in gazetteer the first call with `ambiguous: true` reads every
   * entry once (about 60 ms): the generated list of those names ships beside the stemmer
   * only, not in the recogniser's bundle.
   */
  ambiguous?: boolean | undefined;
}

const adapters = new WeakMap<Gazetteer, KnownNames>();
const ambiguousAdapters = new WeakMap<Gazetteer, KnownNames>();

/**
 * An adapter from a gazetteer to {@link segment}'s `isKnownName` option, so that segmentation
 * never cuts a letter off a name the gazetteer knows: `بعلبك` (Baalbek) is not ب + علبك,
 * `كاليفورنيا` is not ك + ال + يفورنيا, and `لروسيا` is ل + روسيا. Only one-word spellings count,
 * and entries marked `ambiguous` (a name that is also a common word) are left out unless
 * `options.ambiguous` is true. The result
 * is cached per gazetteer; pass it as segment's options directly.
 *
 * @throws {TypeError} when `gazetteer` is not a gazetteer or `options.ambiguous` not a boolean.
 * @throws {RangeError} on an option other than `ambiguous`.
 *
 * @example
 * const names = knownNames(builtinGazetteer());
 * segment('بعلبك', names).stem.text;   // 'بعلبك'
 * segment('وبعلبك', names).proclitics; // [{ text: 'و', tag: 'conj', start: 0, end: 1 }]
 */
export function knownNames(gazetteer: Gazetteer, options?: KnownNamesOptions): KnownNames {
  // An array has an entries() too: its [index, value] pairs were read as entries, giving no names.
  if (gazetteer === null || typeof gazetteer !== 'object' || typeof gazetteer.entries !== 'function' || typeof gazetteer.match !== 'function') {
    throw new TypeError('knownNames: expected gazetteer to be a Gazetteer (createGazetteer or builtinGazetteer)');
  }
  checkOptions('knownNames', options, ['ambiguous']);
  if (options?.ambiguous !== undefined && typeof options.ambiguous !== 'boolean') throw new TypeError('knownNames: expected options.ambiguous to be true or false');
  return knownNamesOf(gazetteer, options?.ambiguous === true);
}

/**
 * {@link knownNames} without its checks. `ambiguousNames`: the built-in gazetteer's names that only
 * its ambiguous entries add, as generated (`KNOWN_NAMES_AMBIGUOUS`, a module of its own that only the
 * stemmer imports, so that the recogniser's bundle does not carry it); without it those names are
 * read off the entries once (every entry decoded: tens of milliseconds).
 *
 * @internal
 */
export function knownNamesOf(gazetteer: Gazetteer, withAmbiguous: boolean, ambiguousNames?: string): KnownNames {
  const store = withAmbiguous ? ambiguousAdapters : adapters;
  let adapter = store.get(gazetteer);
  if (adapter) return adapter;
  // The built-in gazetteer's names are generated (`npm run gazetteer`): no entry is decoded for them.
  // The built-in names are sorted lists, searched in place until a text has asked about thousands of
  // words (a cold start asks a few dozen: a Set of all 2,800 was about 160 KB of its heap).
  const has =
    isBuiltinGazetteer(gazetteer) && (!withAmbiguous || ambiguousNames !== undefined)
      ? searchThenSet(withAmbiguous ? [KNOWN_NAMES, ambiguousNames!] : [KNOWN_NAMES], SEARCHES_BEFORE_SET)
      : setTest(new Set(knownNameKeys(gazetteer.entries(), withAmbiguous)));
  const cache = new Map<string, boolean>();
  const isKnownName = (word: string): boolean => {
    // Letters the 'search' form keeps (most stems segment asks about: بعلبك، عراق), or with one it
    // folds, need no normalising and no cache entry.
    const once = foldedOnce(word);
    if (once !== undefined) return has(once);
    let v = cache.get(word);
    if (v === undefined) {
      v = has(normalize(word, 'search'));
      if (cache.size > 50_000) cache.clear();
      cache.set(word, v);
    }
    return v;
  };
  adapter = Object.freeze({ isKnownName });
  store.set(gazetteer, adapter);
  searchFormLookups.set(isKnownName, has);
  return adapter;
}

/** For each `isKnownName` made by {@link knownNames}: the same test for a word already in 'search' form. */
const searchFormLookups = new WeakMap<(word: string) => boolean, (key: string) => boolean>();

/**
 * The lookup for words already in 'search' form (no normalising, no cache) behind an
 * `isKnownName` that {@link knownNames} made; any other predicate is returned as it is.
 * For the stemmer, which asks about search-form stems many times per word.
 *
 * @internal
 */
export function searchFormLookup(isKnownName: (word: string) => boolean): (key: string) => boolean {
  return searchFormLookups.get(isKnownName) ?? isKnownName;
}

/**
 * The one-word names of `entries` in 'search' form (two letters or more, Arabic script only),
 * sorted; entries marked `ambiguous` only when `ambiguous` is true. The generator stores the
 * built-in gazetteer's as `KNOWN_NAMES` and `KNOWN_NAMES_AMBIGUOUS` (those only the ambiguous add).
 *
 * @example
 * knownNameKeys([{ name: 'بعلبك', type: 'LOC', aliases: ['بعلبكّ'] }], false); // ['بعلبك']
 */
export function knownNameKeys(entries: Iterable<GazetteerEntry>, ambiguous: boolean): string[] {
  const names = new Set<string>();
  for (const e of entries) {
    if (e.ambiguous && !ambiguous) continue;
    for (const spelling of [e.name, ...e.aliases]) {
      const key = normalize(spelling, 'search');
      if (key.length >= 2 && !key.includes(' ') && /^\p{Script=Arabic}+$/u.test(key)) names.add(key);
    }
  }
  return [...names].sort();
}
