import { EncodedIndex, type EncodedParts } from './encoding.js';
import { TrieGazetteer } from './gazetteer.js';
import { ENTRIES_PER_PART, ENTRY_COUNT, INDEX_FIRSTS, entryPart, indexPart } from './generated/builtin.js';
import type { Gazetteer, GazetteerEntry } from './types.js';

let cached: Gazetteer | undefined;
let index: EncodedIndex | undefined;

/**
 * The built-in gazetteer: countries and territories (CLDR, i18n-iso-countries), cities (CLDR
 * exemplar cities and the curated lists), subdivisions, geographic features, people and
 * organisations. Loaded on first use (a few milliseconds: entries are decoded when first matched),
 * then cached.
 *
 * @example
 * const [m] = builtinGazetteer().match('وصل الوفد إلى بغداد');
 * m.entries.map((e) => e.id); // ['IQ-BG', 'iq-baghdad'] (the governorate and the city)
 */
export function builtinGazetteer(): Gazetteer {
  if (!cached) {
    const ix = (index = new EncodedIndex(builtinParts()));
    cached = new TrieGazetteer({ trie: ix, size: ix.size, list: () => ix.list(), keyed: () => ix.keyed() });
  }
  return cached;
}

/**
 * The generated module's parts (src/gazetteer/encoding.ts, `EncodedParts`). In the built package
 * each part is a file of its own under dist/data/, read by the first lookup that needs it.
 */
export function builtinParts(): EncodedParts {
  const part = (read: (k: number) => string | undefined, what: string) => (k: number): string => {
    const text = read(k);
    /* c8 ignore next */
    if (text === undefined) throw new Error(`builtinGazetteer: internal error, no ${what} part ${k}`);
    return text;
  };
  return {
    entryCount: ENTRY_COUNT,
    entriesPerPart: ENTRIES_PER_PART,
    entryPart: part(entryPart, 'entry'),
    indexFirsts: INDEX_FIRSTS ? INDEX_FIRSTS.split('\n') : [],
    indexPart: part(indexPart, 'index'),
  };
}

/** `gazetteer` is the built-in one, whose derived tables (surnames, one-word names) are generated. */
export function isBuiltinGazetteer(gazetteer: Gazetteer): boolean {
  return gazetteer === cached && cached !== undefined;
}

/**
 * Entry `n` of the built-in gazetteer (its position in `builtinGazetteer().entries()`), decoded
 * alone: `builtinEntry(n)` is the `n`-th of `builtinGazetteer().entries()`.
 */
export function builtinEntry(n: number): GazetteerEntry {
  builtinGazetteer();
  return index!.entry(n);
}
