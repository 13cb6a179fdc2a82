/** Arabic for full-text search: segmentation that keeps known names whole, stems, stop words, index terms. */
export { knownNames } from './known-names.js';
export type { KnownNames, KnownNamesOptions } from './known-names.js';
export { stem, MIN_STEM_LETTERS } from './stem.js';
export type { StemOptions } from './stem.js';
export { stopwords, isStopword } from './stopwords.js';
export { searchTerms, termsOf } from './terms.js';
export type { SearchTerm, SearchTermsOptions } from './terms.js';
export { miniSearchOptions, oramaTokenizer, flexSearchEncode, lunrPipelineFunction } from './adapters.js';
