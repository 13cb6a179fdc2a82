import { EncodedIndex } from './encoding.js';
import { TrieGazetteer } from './gazetteer.js';
import { ENTRIES, INDEX } from './generated/builtin.js';
import type { Gazetteer } from './types.js';

let cached: Gazetteer | undefined;

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
    const index = new EncodedIndex({ entries: ENTRIES, index: INDEX });
    cached = new TrieGazetteer({ trie: index, size: index.size, list: () => index.list(), keyed: () => index.keyed() });
  }
  return cached;
}
