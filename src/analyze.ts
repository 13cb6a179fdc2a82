import type { EntityType } from './gazetteer/index.js';
import { normalize } from './normalize/index.js';
import {
  ANALYZER_KEYS,
  configureRecognizer,
  defaultRecognizer,
  describe,
  describeText,
  NO_OPTIONS,
  readOptions,
  RECOGNIZE_KEYS,
  recognizeText,
  recognizerFor,
  TYPE_LOC,
  TYPE_ORG,
  TYPE_PER,
  type Entity,
  type NationalityMention,
  type RecognizeOptions,
  type Recognizer,
  type RecognizerConfig,
} from './ner/index.js';
import { checkTextLength } from './limits.js';
import { sortSmall } from './ner/sort-small.js';
import type { Sentence, Token } from './tokenize/index.js';
import { notIterable } from './tokenize/tokenize.js';
import type { Doc } from './tokenize/document.js';

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
export type DocumentInput = string | { id?: string | number | undefined; text: string };

/** Options of {@link createAnalyzer}: `gazetteer`, `entries`, `normalize`, `types`, `disable`, `patterns`, `lexicon`. */
export type AnalyzerOptions = RecognizerConfig;

export interface Analyzer {
  /** The names of the components that run, in order (`gazetteer`, `titles`, …, `resolve`, `propagation`, …). */
  readonly components: readonly string[];
  analyze(text: string): Analysis;
  /** The entities only: no token objects, sentences or summaries are made. */
  extractEntities(text: string): Entity[];
  analyzeMany(documents: Iterable<DocumentInput>): Generator<Analysis & { id: string | number }>;
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
export function analyze(text: string, options: RecognizeOptions = NO_OPTIONS): Analysis {
  if (typeof text !== 'string') throw new TypeError(`analyze: expected text to be a string, got ${describeText(text)}`);
  if (options === NO_OPTIONS) return analyzeWith(text, defaultRecognizer(), NO_OPTIONS);
  const o = readOptions<RecognizeOptions>(options, 'analyze', RECOGNIZE_KEYS, '{ types, gazetteer, normalize, tagger, model }');
  return analyzeWith(text, recognizerFor(o), o);
}

function analyzeWith(text: string, r: Recognizer, o: RecognizeOptions): Analysis {
  checkTextLength('analyze', text);
  const { doc, entities, nationalities, typesFound } = recognizeText(text, r, o, true);
  // The token objects (one a token) are made when first read: a caller that reads only the entities
  // does not pay for them. `tokens` is an ordinary enumerable property to JSON, spreading and
  // cloning, and can be assigned. The sentences (one object a sentence, most documents one) are
  // made now: a second accessor's `Object.defineProperty` cost about 2,000 instructions a
  // document, ten times the sentences themselves.
  const a = { text, sentences: doc.sentences() } as Analysis;
  new Lazy(a, { doc, tokens: undefined });
  Object.defineProperty(a, 'tokens', TOKENS);
  a.entities = entities;
  // Each type's summary only when an entity has it: most documents name one or two types.
  a.people = (typesFound & TYPE_PER) !== 0 ? summariseType(entities, 'PER') : [];
  a.places = (typesFound & TYPE_LOC) !== 0 ? summariseType(entities, 'LOC') : [];
  a.organisations = (typesFound & TYPE_ORG) !== 0 ? summariseType(entities, 'ORG') : [];
  a.nationalities = nationalities;
  return a;
}

/** What an analysis keeps for its lazy array: its document, and the tokens once made. */
interface LazyParts {
  doc: Doc;
  tokens: Token[] | undefined;
}

/** A base class whose constructor returns the object it is given: a subclass's private fields are added to that object. */
class Stamp {
  constructor(o: object) {
    return o as Stamp;
  }
}

/**
 * Where an analysis keeps its {@link LazyParts}: a private field added to the plain object
 * (`new Lazy(a, parts)` returns `a` itself, whose prototype stays `Object.prototype`). Not in
 * JSON, spreads, clones or `Reflect.ownKeys`, and one store: the hidden symbol-keyed property it
 * replaces needed an `Object.defineProperty` call (about 0.3 µs, a third of what `analyzeWith`
 * cost a sentence beside the recogniser).
 */
class Lazy extends Stamp {
  #parts: LazyParts;
  constructor(o: object, parts: LazyParts) {
    super(o);
    this.#parts = parts;
  }
  /** The parts of analysis `a`, or of the analysis it inherits from (`Object.create(a)`). */
  static of(a: object): LazyParts {
    let o: object | null = a;
    while (o !== null && !(#parts in o)) o = Object.getPrototypeOf(o) as object | null;
    if (o === null) throw new TypeError('tahlil: tokens are read from an analysis made by analyze()');
    return (o as Lazy).#parts;
  }
}

/**
 * The accessors of `tokens`, the same functions for every analysis. Getters
 * written in the object literal were new closures for each document, so each analysis had its own
 * hidden class, and the old-space class kept the document alive through the next minor GCs: about
 * 0.8 MB of every scavenge's survivors in a pass over the corpus (`--trace-gc-nvp`), and most of
 * the objects promoted to the old generation.
 */
// Object literals, not made by a call: a bundle that imports only `normalize` then drops them and
// `Lazy` (the built chunks lose `/* @__PURE__ */` marks, so a call at the top level stayed in it).
const TOKENS: PropertyDescriptor = {
  get(this: Analysis): Token[] {
    const l = Lazy.of(this);
    return (l.tokens ??= l.doc.tokens());
  },
  set(this: Analysis, v: Token[]) {
    Lazy.of(this).tokens = v;
  },
  enumerable: true,
  configurable: true,
};

/**
 * Groups the mentions of one type: by id, else by canonical name, else by the mention itself.
 *
 * @throws {TypeError} when `entities` is not an array (or another iterable: a Set, a generator) of entities.
 * @throws {RangeError} when `type` is not 'PER', 'LOC' or 'ORG' (a missing or lower-case type
 * found nothing before, without a word).
 *
 * @example
 * summarise(extractEntities('زار الوفد سوريا ثم سورية ودمشق'), 'LOC');
 * // [{ name: 'سوريا', type: 'LOC', id: 'SY', count: 2, mentions: [...] }, { name: 'دمشق', id: 'sy-damascus', count: 1, … }]
 */
export function summarise(entities: Iterable<Entity>, type: EntityType): SummaryItem[] {
  if (entities === null || typeof entities !== 'object' || typeof (entities as Iterable<Entity>)[Symbol.iterator] !== 'function') {
    throw new TypeError(`summarise: expected entities to be an array of entities, got ${notIterable(entities)}`);
  }
  if (type !== 'PER' && type !== 'LOC' && type !== 'ORG') {
    throw new RangeError(`summarise: type must be 'PER', 'LOC' or 'ORG', got ${typeof type === 'string' ? JSON.stringify(type) : typeof type}`);
  }
  return summariseType(entities, type);
}

/** {@link summarise} without its checks, for `analyze`'s own entities. */
function summariseType(entities: Iterable<Entity>, type: EntityType): SummaryItem[] {
  // The groups in order of their first mention, each group's key beside it; a Map only past
  // SCAN_GROUPS groups (three calls a document, most of them for a type with none or one group:
  // a Map and its table were about 1.2 MB of a steady pass over the corpus). Each list is made
  // with its first element (`[x]`), not empty and then pushed to: V8 gives the first push of an
  // empty array room for 16 elements (144 bytes), and most of these lists keep one.
  let items: SummaryItem[] | undefined;
  let keys: string[] | undefined;
  let groups: Map<string, SummaryItem> | undefined;
  for (const e of entities) {
    if (e.type !== type) continue;
    // An entity's norm is its text in 'search' form already (toEntities): normalised once. Each
    // field read once (entities come in several hidden classes: each read is a megamorphic load).
    const id = e.id;
    const canonical = e.canonical;
    const norm = e.norm;
    const key = id ?? (canonical !== undefined ? normalize(canonical, 'search') : typeof norm === 'string' ? norm : normalize(e.text, 'search'));
    const item = items === undefined ? undefined : groups !== undefined ? groups.get(key) : scanFor(keys!, items, key);
    if (item) {
      item.count++;
      item.mentions.push(e);
      continue;
    }
    // Not `...(e.id ? { id } : {})`: an object spread per group (key order as documented).
    const name = canonical ?? e.text;
    const made: SummaryItem = id ? { name, type, id, count: 1, mentions: [e] } : { name, type, count: 1, mentions: [e] };
    if (items === undefined) {
      items = [made];
      keys = [key];
      continue;
    }
    items.push(made);
    keys!.push(key);
    if (groups !== undefined) groups.set(key, made);
    else if (items.length > SCAN_GROUPS) groups = mapOf(keys!, items);
  }
  if (items === undefined) return [];
  for (const item of items) item.name = groupName(item.mentions);
  // A stable sort; a short list by insertion (Array#sort makes a work copy even of a short array).
  return sortSmall(items, byCountThenFirst);
}

/** Up to this many groups of a type, a group is found by comparing keys, not through a Map. */
const SCAN_GROUPS = 8;

function scanFor(keys: readonly string[], items: readonly SummaryItem[], key: string): SummaryItem | undefined {
  for (let k = 0; k < keys.length; k++) if (keys[k] === key) return items[k];
  return undefined;
}

function mapOf(keys: readonly string[], items: readonly SummaryItem[]): Map<string, SummaryItem> {
  const groups = new Map<string, SummaryItem>();
  for (let k = 0; k < keys.length; k++) groups.set(keys[k]!, items[k]!);
  return groups;
}

/** More mentions first, then the earlier first mention. */
const byCountThenFirst = (a: SummaryItem, b: SummaryItem): number => b.count - a.count || a.mentions[0]!.start - b.mentions[0]!.start;

/**
 * The name of a group: the canonical name when a mention has one (the gazetteer's, or the full
 * name a surname was linked to), else the spelling used most often, the first one on a tie
 * (الحكومة العراقية over a single الحكومة العراقيّة with a shadda).
 */
function groupName(mentions: readonly Entity[]): string {
  for (let k = 0; k < mentions.length; k++) if (mentions[k]!.canonical !== undefined) return mentions[k]!.canonical!;
  if (mentions.length === 1) return mentions[0]!.text;
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
 * An analyzer with its own gazetteer, lexicon, components and options, for repeated use. Options
 * are checked once, here: an unknown key, component name or a malformed pattern throws.
 *
 * - `entries`: names to add to the gazetteer; `gazetteer`: one to use instead of the built-in one.
 * - `disable`: components to switch off by name (`analyzer.components` lists them in order).
 * - `patterns`: token patterns (`{ type, tokens: [{ text | in | kind | shape, optional }] }`) whose
 *   matches come out with `rule: 'pattern'` and win over the built-in rules where they overlap.
 * - `lexicon`: words to add to the built-in lists: `{ common, given, family, triggers }` (a trigger phrase has at most 8 tokens).
 * - `types`, `normalize`: as for {@link analyze}.
 *
 * @throws {TypeError} when options is not an object (an array included) or a field has the wrong type.
 * @throws {RangeError} on an unknown key, component name, entity type or a malformed pattern.
 *
 * @example
 * const tahlil = createAnalyzer({
 *   patterns: [{ type: 'ORG', tokens: [{ text: 'مجموعة' }, { text: 'البركة' }] }],
 *   disable: ['propagation'],
 * });
 * tahlil.extractEntities('استحوذت مجموعة البركة على المصرف'); // → [{ text: 'مجموعة البركة', type: 'ORG', rule: 'pattern', … }]
 */
export function createAnalyzer(options: AnalyzerOptions = {}): Analyzer {
  const o = readOptions<AnalyzerOptions>(options, 'createAnalyzer', ANALYZER_KEYS, '{ entries, types, disable, patterns, lexicon, tagger, model }');
  const r = configureRecognizer(o, 'createAnalyzer');
  const components = Object.freeze(r.components.map((c) => c.name));
  // An analyzer's methods take no options (they were given to createAnalyzer): options given to
  // them anyway, as to the package's analyze(text, { types }), were ignored without a word. Only an
  // object is refused: texts.map(analyzer.analyze) passes an index and the array, which is fine.
  const noOptions = (fn: string, extra: unknown) => {
    if (extra !== null && typeof extra === 'object' && !Array.isArray(extra)) throw new TypeError(`analyzer.${fn}: takes no options (give them to createAnalyzer, or call the package's ${fn}(…, options))`);
  };
  return {
    components,
    analyze: (text, extra?: unknown) => {
      if (typeof text !== 'string') throw new TypeError(`analyze: expected text to be a string, got ${describeText(text)}`);
      noOptions('analyze', extra);
      return analyzeWith(text, r, o);
    },
    extractEntities: (text, extra?: unknown) => {
      if (typeof text !== 'string') throw new TypeError(`extractEntities: expected text to be a string, got ${describeText(text)}`);
      noOptions('extractEntities', extra);
      checkTextLength('extractEntities', text);
      return recognizeText(text, r, o).entities;
    },
    analyzeMany: (documents, extra?: unknown) => {
      noOptions('analyzeMany', extra);
      return many(documents, r, o);
    },
  };
}

/**
 * Analyses a batch lazily, one document at a time, in input order. Each item is a string (its
 * result gets its index as `id`) or `{ id, text }` (`id` a string or a finite number, or left out);
 * a bad item throws a `TypeError` naming its index. The options are read once, when it is called.
 *
 * @example
 * for (const doc of analyzeMany([{ id: 'a', text: 'زار ماكرون بيروت' }, 'وصل الوفد إلى بغداد'])) console.log(doc.id, doc.places.map((p) => p.name));
 * // a ['بيروت']
 * // 1 ['بغداد']
 */
export function analyzeMany(documents: Iterable<DocumentInput>, options: RecognizeOptions = {}): Generator<Analysis & { id: string | number }> {
  const o = readOptions<RecognizeOptions>(options, 'analyzeMany', RECOGNIZE_KEYS, '{ types, gazetteer, normalize, tagger, model }');
  return many(documents, recognizerFor(o), o);
}

/**
 * A document's `id` as given, or its index when it has none (undefined or null). An object or NaN
 * came back as the result's id without a word, and JSON wrote NaN as null.
 */
function documentId(id: unknown, index: number): string | number {
  if (id === undefined || id === null) return index;
  if (typeof id === 'string' || (typeof id === 'number' && Number.isFinite(id))) return id;
  throw new TypeError(`analyzeMany: document ${index} must have an id that is a string or a finite number, got ${typeof id === 'number' ? id : describe(id)}`);
}

function many(documents: Iterable<DocumentInput>, r: Recognizer, o: RecognizeOptions): Generator<Analysis & { id: string | number }> {
  if (documents === null || typeof documents !== 'object' || typeof (documents as Iterable<DocumentInput>)[Symbol.iterator] !== 'function') {
    throw new TypeError(`analyzeMany: expected an iterable of documents, got ${notIterable(documents)}`);
  }
  return (function* () {
    let index = 0;
    for (const doc of documents) {
      if (typeof doc === 'string') yield { id: index, ...analyzeWith(doc, r, o) };
      else if (doc !== null && typeof doc === 'object' && typeof doc.text === 'string') {
        yield { id: documentId(doc.id, index), ...analyzeWith(doc.text, r, o) };
      } else {
        throw new TypeError(`analyzeMany: document ${index} must be a string or { id?, text: string }, got ${describeText(doc)}`);
      }
      index++;
    }
  })();
}
