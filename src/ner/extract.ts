import type { EntityType } from '../gazetteer/index.js';
import { checkTextLength } from '../limits.js';
import { createDoc, type Doc } from '../tokenize/document.js';
import { describeText, readOptions, RECOGNIZE_KEYS } from './configure.js';
import { recognizerFor } from './tagger/recognizer.js';
import { runRecognizer, type Recognized, type Recognizer } from './pipeline.js';
import type { Entity, RecognizeOptions } from './types.js';

const EVERY_TYPE: ReadonlySet<EntityType> = new Set(['PER', 'LOC', 'ORG']);

/**
 * People, places and organisations in an Arabic text, with offsets into the original text.
 * Sorted, never overlapping; `text.slice(e.start, e.end) === e.text` for every entity.
 *
 * @throws {TypeError} when `text` is not a string or an option has the wrong type.
 * @throws {RangeError} on an unknown option or entity type.
 *
 * @example
 * extractEntities('والتقى الفياض بالرئيس السوري بشار الأسد في دمشق')
 * // → [{ text: 'بشار الأسد', type: 'PER', rule: 'gazetteer', … }, { text: 'دمشق', type: 'LOC', id: 'sy-damascus', … }]
 */
export function extractEntities(text: string, options: RecognizeOptions = NO_OPTIONS): Entity[] {
  if (typeof text !== 'string') throw new TypeError(`extractEntities: expected text to be a string, got ${describeText(text)}`);
  if (options === NO_OPTIONS) {
    checkTextLength('extractEntities', text);
    return recognizeText(text, defaultRecognizer(), NO_OPTIONS).entities;
  }
  const o = readOptions<RecognizeOptions>(options, 'extractEntities', RECOGNIZE_KEYS, '{ types, gazetteer, normalize, tagger, model }');
  checkTextLength('extractEntities', text);
  return recognizeText(text, recognizerFor(o), o).entities;
}

/**
 * The options of a call made without any (`analyze(text)`, `extractEntities(text)`: the usual
 * call), one object for every such call: they need no reading, and their recogniser is made once
 * ({@link defaultRecognizer}). Reading a new `{}` and making its recogniser (the tagger's
 * components from a WeakMap, the built-in gazetteer, a new object) was about 700 instructions a
 * document.
 */
export const NO_OPTIONS: RecognizeOptions = Object.freeze({});

let builtinRecognizer: Recognizer | undefined;

/** `recognizerFor(NO_OPTIONS)`, made once: the built-in gazetteer, lexicon and tagger, every component (each of them made once anyway). */
export function defaultRecognizer(): Recognizer {
  return (builtinRecognizer ??= recognizerFor(NO_OPTIONS));
}

/**
 * The recogniser over a text: one `Doc`, then the components. With `analysis`, the document and
 * the nationality mentions come back too (what `analyze` needs); without, no `Token` object is made.
 */
export function recognizeText(text: string, r: Recognizer, o: RecognizeOptions, analysis = false): Recognized & { doc: Doc } {
  const doc = createDoc(text, o.normalize !== undefined ? { normalize: o.normalize } : undefined);
  // Not `{ ...recognized, doc }`: an object spread per document was about 1% of a steady pass.
  const { entities, nationalities, typesFound } = recognizeDoc(doc, r, o.types, analysis);
  return { entities, nationalities, typesFound, doc };
}

/** The recogniser over a document already made by `createDoc`. */
export function recognizeDoc(doc: Doc, r: Recognizer, types?: readonly EntityType[], analysis = false): Recognized {
  // Every type (the default): one shared set, not a new one per document.
  return runRecognizer(r, doc, types === undefined ? EVERY_TYPE : new Set(types), analysis);
}
