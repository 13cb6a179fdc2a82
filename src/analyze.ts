import { createGazetteer, type EntityType, type Gazetteer, type GazetteerEntryInput } from './gazetteer/index.js';
import type { NormalizeOptions } from './normalize/index.js';
import { normalize } from './normalize/index.js';
import { checkOptions, describe, recognizeDoc, recognizer, type Entity, type NationalityMention, type RecognizeOptions } from './ner/index.js';
import { createDoc } from './tokenize/document.js';
import { checkTextLength } from './limits.js';
import type { Sentence, Token } from './tokenize/index.js';

/** One person, place or organisation of a document, with every mention of it. */
export interface SummaryItem {
  /** The canonical name: the gazetteer's name, or the fullest form the document uses. */
  name: string;
  type: EntityType;
  id?: string;
  count: number;
  mentions: Entity[];
}

export type { NationalityMention };

/** Everything `analyze` finds in one document. */
export interface Analysis {
  text: string;
  sentences: Sentence[];
  tokens: Token[];
  entities: Entity[];
  people: SummaryItem[];
  places: SummaryItem[];
  organisations: SummaryItem[];
  nationalities: NationalityMention[];
}

/** A document for {@link analyzeMany}: a string, or an object with `text` and an optional `id`. */
export type DocumentInput = string | { id?: string | number; text: string };

export interface AnalyzerOptions {
  /** A gazetteer to use instead of the built-in one (see {@link createGazetteer}). */
  gazetteer?: Gazetteer;
  /** Entries to add to the gazetteer (the built-in one, or `gazetteer` when given). */
  entries?: Iterable<GazetteerEntryInput>;
  /** Normalisation of each token's `norm`. */
  normalize?: NormalizeOptions;
  /** Entity types to keep (all three by default). */
  types?: readonly EntityType[];
}

export interface Analyzer {
  analyze(text: string): Analysis;
  extractEntities(text: string): Entity[];
  analyzeMany(documents: Iterable<DocumentInput>): Generator<Analysis & { id?: string | number }>;
}

/**
 * The whole pipeline on one document: sentences, tokens, entities, and a summary of the people,
 * places and organisations with their mentions grouped (سوريا/سورية → one place; الكاظمي after
 * مصطفى الكاظمي → one person).
 *
 * @example
 * const a = analyze('التقى وليد المعلم نظيره العراقي في دمشق. وقال المعلم إن …');
 * a.people[0]; // { name: 'وليد المعلم', type: 'PER', count: 2, mentions: [...] }
 * a.places[0]; // { name: 'دمشق', type: 'LOC', id: 'sy-damascus', count: 1, mentions: [...] }
 */
export function analyze(text: string, options: RecognizeOptions = {}): Analysis {
  if (typeof text !== 'string') throw new TypeError(`analyze: expected text to be a string, got ${describe(text)}`);
  checkOptions(options, 'analyze');
  return analyzeChecked(text, options);
}

function analyzeChecked(text: string, options: RecognizeOptions): Analysis {
  checkTextLength('analyze', text);
  const doc = createDoc(text, options.normalize !== undefined ? { normalize: options.normalize } : undefined);
  const { entities, nationalities } = recognizeDoc(doc, recognizer(options.gazetteer ? { gazetteer: options.gazetteer } : {}), options.types, true);
  return {
    text,
    sentences: doc.sentences(),
    tokens: doc.tokens(),
    entities,
    people: summarise(entities, 'PER'),
    places: summarise(entities, 'LOC'),
    organisations: summarise(entities, 'ORG'),
    nationalities,
  };
}

/**
 * Groups the mentions of one type: by id, else by canonical name, else by the mention itself.
 *
 * @example
 * summarise(extractEntities('زار الوفد سوريا ثم سورية ودمشق'), 'LOC');
 * // [{ name: 'سوريا', type: 'LOC', id: 'SY', count: 2, mentions: [...] }, { name: 'دمشق', id: 'sy-damascus', count: 1, … }]
 */
export function summarise(entities: readonly Entity[], type: EntityType): SummaryItem[] {
  const groups = new Map<string, SummaryItem>();
  for (const e of entities) {
    if (e.type !== type) continue;
    const key = e.id ?? normalize(e.canonical ?? e.text, 'search');
    let item = groups.get(key);
    if (!item) {
      item = { name: e.canonical ?? e.text, type, ...(e.id ? { id: e.id } : {}), count: 0, mentions: [] };
      groups.set(key, item);
    }
    item.count++;
    item.mentions.push(e);
  }
  for (const item of groups.values()) item.name = groupName(item.mentions);
  return [...groups.values()].sort((a, b) => b.count - a.count || a.mentions[0]!.start - b.mentions[0]!.start);
}

/**
 * The name of a group: the canonical name when a mention has one (the gazetteer's, or the full
 * name a surname was linked to), else the spelling used most often, the first one on a tie
 * (الحكومة العراقية over a single الحكومة العراقيّة with a shadda).
 */
function groupName(mentions: readonly Entity[]): string {
  const canonical = mentions.find((m) => m.canonical !== undefined)?.canonical;
  if (canonical !== undefined) return canonical;
  const counts = new Map<string, number>();
  let best = mentions[0]!.text;
  for (const m of mentions) {
    const n = (counts.get(m.text) ?? 0) + 1;
    counts.set(m.text, n);
    if (n > counts.get(best)!) best = m.text;
  }
  return best;
}

/**
 * An analyzer with its own gazetteer and options, for repeated use.
 *
 * @example
 * const tahlil = createAnalyzer({ entries: [{ name: 'نادي الصيد', type: 'ORG', id: 'hunting-club' }], types: ['ORG'] });
 * tahlil.extractEntities('اجتمع أعضاء نادي الصيد'); // → [{ text: 'نادي الصيد', type: 'ORG', … }]
 */
export function createAnalyzer(options: AnalyzerOptions = {}): Analyzer {
  if (options === null || typeof options !== 'object') throw new TypeError(`createAnalyzer: expected options to be an object, got ${describe(options)}`);
  let gazetteer = options.gazetteer;
  if (options.entries !== undefined) gazetteer = createGazetteer(options.entries, { extends: gazetteer ?? 'builtin' });
  const recognizeOptions: RecognizeOptions = {
    ...(gazetteer ? { gazetteer } : {}),
    ...(options.normalize !== undefined ? { normalize: options.normalize } : {}),
    ...(options.types !== undefined ? { types: options.types } : {}),
  };
  checkOptions(recognizeOptions, 'createAnalyzer');
  if (options.normalize !== undefined) normalize('', options.normalize); // validates the options now, not at the first text
  return {
    analyze: (text) => analyze(text, recognizeOptions),
    extractEntities: (text) => analyze(text, recognizeOptions).entities,
    analyzeMany: (documents) => analyzeMany(documents, recognizeOptions),
  };
}

/**
 * Analyses a batch lazily, one document at a time, in input order. Each item is a string or
 * `{ id, text }`; a bad item throws a `TypeError` naming its index.
 *
 * @example
 * for (const doc of analyzeMany([{ id: 'a', text: 'زار ماكرون بيروت' }])) console.log(doc.id, doc.places);
 */
export function* analyzeMany(documents: Iterable<DocumentInput>, options: RecognizeOptions = {}): Generator<Analysis & { id?: string | number }> {
  if (documents === null || typeof documents !== 'object' || typeof (documents as Iterable<DocumentInput>)[Symbol.iterator] !== 'function') {
    throw new TypeError(`analyzeMany: expected an iterable of documents, got ${describe(documents)}`);
  }
  checkOptions(options, 'analyzeMany');
  let index = 0;
  for (const doc of documents) {
    if (typeof doc === 'string') yield analyzeChecked(doc, options);
    else if (doc !== null && typeof doc === 'object' && typeof doc.text === 'string') {
      yield { ...(doc.id !== undefined ? { id: doc.id } : {}), ...analyzeChecked(doc.text, options) };
    } else {
      throw new TypeError(`analyzeMany: document ${index} must be a string or { id?, text: string }, got ${describe(doc)}`);
    }
    index++;
  }
}


