import type { EntityType } from '../../gazetteer/index.js';
import { taggedSpans, taggerDocument, tokenRange } from './document.js';
import { TaggerModel } from './model.js';
import { begin, spansOf } from './tags.js';
import { trainPerceptron, type TrainingExample } from './train.js';
import { checkOptions, notIterable } from '../../tokenize/tokenize.js';

export { TaggerModel } from './model.js';

/** A document with gold entities, as `tahlil eval` and `score.py` read them (MISC and other types are ignored). */
export interface TrainingDocument {
  text: string;
  entities: readonly { start: number; end: number; type: string }[];
}

/** What {@link trainTagger} reports after each epoch. */
export interface TrainProgress {
  epoch: number;
  /**
   * Training documents the model still got wrong in this epoch; with passive-aggressive steps,
   * those it did not yet get right by the margin (one per token) that those steps ask for.
   */
  mistakes: number;
  features: number;
  /** Entity F1 on `dev` (exact token spans), when dev documents were given. */
  devF1?: number;
}

export interface TrainTaggerOptions {
  /** Documents to measure after each epoch; the epoch with the best dev F1 is kept. */
  dev?: Iterable<TrainingDocument> | undefined;
  /** Passes over the training data (default 10). */
  epochs?: number | undefined;
  /** Seed of the shuffle: the same data, options and seed give the same bytes (default 1). */
  seed?: number | undefined;
  /** Quantised weights below this are dropped, which keeps the model small (default 16, see docs/MODEL.md). */
  prune?: number | undefined;
  /**
   * How a mistake moves the weights: `'passive-aggressive'` (default, as for the built-in model:
   * +0.5 F1 on ANERcorp CV, about 2.5× the training time) or `'perceptron'` (a step of one).
   */
  update?: TrainingUpdate | undefined;
  onEpoch?: ((progress: TrainProgress) => void) | undefined;
}

/** The ways {@link trainTagger} can move the weights after a mistake (docs/MODEL.md, "Training"). */
export const TRAINING_UPDATES = ['passive-aggressive', 'perceptron'] as const;
export type TrainingUpdate = (typeof TRAINING_UPDATES)[number];

const BITS = 20;
const TYPES = new Set<string>(['PER', 'LOC', 'ORG']);

/** The features of `doc` and its gold BIO tags over the tokens the recogniser uses. */
function example(doc: TrainingDocument): TrainingExample & { doc: ReturnType<typeof taggerDocument> } {
  const td = taggerDocument(doc.text, BITS);
  const gold = new Uint8Array(td.doc.length);
  for (const e of doc.entities) {
    if (!TYPES.has(e.type)) continue;
    const r = tokenRange(td.doc, e.start, e.end);
    if (r.tokenEnd <= r.tokenStart) continue;
    const b = begin(e.type as EntityType);
    gold[r.tokenStart] = b;
    for (let k = r.tokenStart + 1; k < r.tokenEnd; k++) gold[k] = b + 1;
  }
  return { features: td.features, gold, doc: td };
}

function checkDocuments(docs: Iterable<TrainingDocument>, what: string): TrainingDocument[] {
  if (docs === null || typeof docs !== 'object' || typeof (docs as Iterable<TrainingDocument>)[Symbol.iterator] !== 'function') {
    throw new TypeError(`trainTagger: expected ${what} to be an iterable of { text, entities } documents, got ${notIterable(docs)}`);
  }
  const out = [...docs];
  out.forEach((d, i) => {
    if (d === null || typeof d !== 'object' || typeof d.text !== 'string' || !Array.isArray(d.entities)) {
      throw new TypeError(`trainTagger: ${what} document ${i} must be { text: string, entities: [{ start, end, type }] }`);
    }
    for (const e of d.entities) {
      if (!Number.isInteger(e.start) || !Number.isInteger(e.end) || e.start < 0 || e.end > d.text.length || e.start >= e.end) {
        throw new RangeError(`trainTagger: ${what} document ${i} has an entity with bad offsets ${JSON.stringify([e.start, e.end])}`);
      }
    }
  });
  return out;
}

const TRAIN_KEYS: readonly string[] = ['dev', 'epochs', 'seed', 'prune', 'update', 'onEpoch'];

/** A whole-number option from `min` to `max`, or `fallback` when undefined; else a TypeError or RangeError naming it. */
function integerOption(value: unknown, name: string, fallback: number, min: number, max: number): number {
  if (value === undefined) return fallback;
  if (typeof value !== 'number') throw new TypeError(`trainTagger: expected options.${name} to be a number, got ${value === null ? 'null' : typeof value}`);
  if (!Number.isInteger(value) || value < min || value > max) throw new RangeError(`trainTagger: options.${name} must be a whole number from ${min} to ${max}, not ${value}`);
  return value;
}

/**
 * Trains a tagger on documents annotated with PER/LOC/ORG spans (an averaged structured
 * perceptron with passive-aggressive steps over the recogniser's evidence, as the built-in model
 * is trained; see docs/MODEL.md), and returns the bytes of a model
 * file for `createAnalyzer({ model })`. Deterministic: the same input and options give the same bytes.
 *
 * @throws {TypeError} when `documents`, a document or an option has the wrong type.
 * @throws {RangeError} on no documents, an empty `dev`, an unknown option, bad offsets, or `epochs`
 * (1 or more), `seed` (0 to 2³² − 1) or `prune` (0 to 127) out of range or not a whole number.
 *
 * @example
 * const bytes = trainTagger([{ text: 'قال المدرب جهاد الشماع', entities: [{ start: 11, end: 22, type: 'PER' }] }, …]);
 * const tahlil = createAnalyzer({ model: bytes });
 */
export function trainTagger(documents: Iterable<TrainingDocument>, options: TrainTaggerOptions = {}): Uint8Array {
  if (options === null || typeof options !== 'object' || Array.isArray(options)) {
    throw new TypeError(`trainTagger: expected options to be an object such as { epochs, seed, prune, update, dev, onEpoch }, got ${options === null ? 'null' : Array.isArray(options) ? 'an array' : typeof options}`);
  }
  checkOptions('trainTagger', options, TRAIN_KEYS);
  const epochs = integerOption(options.epochs, 'epochs', 10, 1, 1_000_000);
  const seed = integerOption(options.seed, 'seed', 1, 0, 0xffffffff);
  const prune = integerOption(options.prune, 'prune', 16, 0, 127);
  if (options.onEpoch !== undefined && typeof options.onEpoch !== 'function') throw new TypeError('trainTagger: expected options.onEpoch to be a function');
  const train = checkDocuments(documents, 'documents').map(example);
  // No documents would give a model without a weight, and an empty dev set an F1 of 0 at every
  // epoch, so that the first epoch's model would be kept: both are mistakes of the caller.
  if (train.length === 0) throw new RangeError('trainTagger: no documents to train on');
  const update = options.update ?? 'passive-aggressive';
  if (!TRAINING_UPDATES.includes(update)) {
    throw new RangeError(`trainTagger: options.update must be ${TRAINING_UPDATES.map((u) => `'${u}'`).join(' or ')}, not ${JSON.stringify(update)}`);
  }
  const dev = options.dev === undefined ? undefined : checkDocuments(options.dev, 'options.dev').map(example);
  if (dev?.length === 0) throw new RangeError('trainTagger: options.dev has no documents (leave it out to keep the last epoch)');
  const model = trainPerceptron(train, {
    update,
    bits: BITS,
    epochs,
    seed,
    prune,
    onEpoch: (epoch, m, mistakes) => {
      const devF1 = dev ? tokenSpanF1(m, dev) : undefined;
      options.onEpoch?.({ epoch, mistakes, features: m.features, ...(devF1 !== undefined ? { devF1 } : {}) });
      return devF1;
    },
  });
  return model.toBytes();
}

/** Entity F1 over exact token spans and types. */
function tokenSpanF1(model: TaggerModel, dev: readonly ReturnType<typeof example>[]): number {
  let tp = 0;
  let np = 0;
  let ng = 0;
  for (const x of dev) {
    const gold = new Set(spansOf(x.gold).map((s) => `${s.type}${s.tokenStart}:${s.tokenEnd}`));
    const pred = taggedSpans(model, x.doc);
    ng += gold.size;
    np += pred.length;
    for (const s of pred) if (gold.has(`${s.type}${s.tokenStart}:${s.tokenEnd}`)) tp++;
  }
  return tp === 0 ? 0 : (2 * tp) / (np + ng);
}
