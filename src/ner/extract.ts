import type { EntityType } from '../gazetteer/index.js';
import { checkTextLength } from '../limits.js';
import { createDoc, type Doc } from '../tokenize/document.js';
import { recognizer, runRecognizer, type Recognized, type Recognizer } from './pipeline.js';
import type { Entity, RecognizeOptions } from './types.js';

const ALL_TYPES: readonly EntityType[] = ['PER', 'LOC', 'ORG'];

/**
 * People, places and organisations in an Arabic text, with offsets into the original text.
 * Sorted, never overlapping; `text.slice(e.start, e.end) === e.text` for every entity.
 *
 * @example
 * extractEntities('والتقى الفياض بالرئيس السوري بشار الأسد في دمشق')
 * // → [{ text: 'بشار الأسد', type: 'PER', rule: 'titles', … }, { text: 'دمشق', type: 'LOC', id: 'sy-damascus', … }]
 */
export function extractEntities(text: string, options: RecognizeOptions = {}): Entity[] {
  if (typeof text !== 'string') throw new TypeError(`extractEntities: expected text to be a string, got ${describe(text)}`);
  checkOptions(options, 'extractEntities');
  checkTextLength('extractEntities', text);
  const doc = createDoc(text, options.normalize !== undefined ? { normalize: options.normalize } : undefined);
  return recognizeDoc(doc, recognizer(options.gazetteer ? { gazetteer: options.gazetteer } : {}), options.types).entities;
}

/**
 * The recogniser over a document already made by `createDoc`: its entities, and with
 * `analysis` the nationality mentions too (what `analyze` needs).
 */
export function recognizeDoc(doc: Doc, r: Recognizer, types?: readonly EntityType[], analysis = false): Recognized {
  return runRecognizer(r, doc, new Set(types ?? ALL_TYPES), analysis);
}

/** Validates recogniser options, naming the bad one. */
export function checkOptions(options: RecognizeOptions, fn: string): void {
  if (options === null || typeof options !== 'object') throw new TypeError(`${fn}: expected options to be an object, got ${describe(options)}`);
  if (options.types !== undefined) {
    if (!Array.isArray(options.types)) throw new TypeError(`${fn}: expected options.types to be an array of 'PER' | 'LOC' | 'ORG'`);
    for (const t of options.types) {
      if (!ALL_TYPES.includes(t)) throw new RangeError(`${fn}: unknown entity type ${JSON.stringify(t)} in options.types (expected 'PER', 'LOC' or 'ORG')`);
    }
  }
  if (options.gazetteer !== undefined && (typeof options.gazetteer !== 'object' || typeof options.gazetteer?.match !== 'function')) {
    throw new TypeError(`${fn}: expected options.gazetteer to be a Gazetteer (see createGazetteer)`);
  }
}

export function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  return typeof value;
}
