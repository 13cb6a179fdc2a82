export { extractEntities } from './extract.js';
export type { Entity, EntitySource, RecognizeOptions } from './types.js';
