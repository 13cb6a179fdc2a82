// The two layers the gazetteer builds on, imported in one place.
export { normalize } from '../normalize/index.js';
export { tokenize } from '../tokenize/index.js';
export type { Token } from '../tokenize/index.js';
