/** Arabic for full-text search: segmentation that keeps known names whole, stems, stop words, index terms. */
export { knownNames } from './known-names.js';
export type { KnownNames } from './known-names.js';
