import type { EntityType, Gazetteer } from '../gazetteer/index.js';
import type { NormalizeOptions } from '../normalize/index.js';
import type { LinkKind } from './link/types.js';

export type { EntityType };

/** How an entity was found: a gazetteer name, a context rule, propagation inside the document, or a pattern of the caller's. */
export type EntitySource = 'gazetteer' | 'context' | 'document' | 'pattern';

/**
 * A person, place or organisation found in a text. Offsets are UTF-16 indices into the ORIGINAL
 * text, half-open, so `text.slice(entity.start, entity.end) === entity.text`.
 *
 * @example
 * // in 'والتقى الفياض بالرئيس السوري بشار الأسد في دمشق'
 * { text: 'دمشق', type: 'LOC', start: 43, end: 47, norm: 'دمشق', canonical: 'دمشق', id: 'sy-damascus', source: 'gazetteer',
 *   rule: 'gazetteer', tokenStart: 8, tokenEnd: 9, sentence: 0 }
 */
export interface Entity {
  /** The entity as written in the original text (proclitics, titles and descriptors outside). */
  text: string;
  type: EntityType;
  start: number;
  end: number;
  /** `text` in the 'search' normalisation, the form used to compare mentions. */
  norm: string;
  /** The canonical name (`سوريا` for `سورية`, `مصطفى الكاظمي` for a later `الكاظمي`). */
  canonical?: string;
  /** A stable id: ISO 3166 code for countries and subdivisions, a slug otherwise. */
  id?: string;
  /** Every id the name could mean, when its gazetteer entries differ in type or country: `['OM', 'JO-AM', 'jo-amman']` for عمان (docs/linking.md). */
  candidates?: string[];
  /**
   * How `id` was chosen: `'context'` (evidence in the document chose among `candidates`), `'default'`
   * (nothing decided; the built-in order did), `'surname'` (a surname alone linked to the one
   * well-known person with it: a weaker link). Absent when the name itself decides.
   */
  link?: LinkKind;
  source: EntitySource;
  /** The component that produced it: `gazetteer`, `titles`, `org-heads`, `propagation`… (see `analyzer.components`). */
  rule: string;
  /** First token of the entity, an index into `analyze(text).tokens` (the token holding its proclitics, if any). */
  tokenStart: number;
  /** The token after its last one (exclusive). */
  tokenEnd: number;
  /** The sentence it starts in, an index into `analyze(text).sentences`. */
  sentence: number;
}

/** A country named through its nationality adjective (`السوري`، `العراقية`): never an entity, but linked to the country. */
export interface NationalityMention {
  /** ISO 3166-1 alpha-2 code. */
  country: string;
  count: number;
  mentions: { text: string; start: number; end: number }[];
}

/** Options of {@link extractEntities}, `analyze` and `createAnalyzer`. */
export interface RecognizeOptions {
  /** The gazetteer to use; the built-in one by default (see `createGazetteer` to extend it). */
  gazetteer?: Gazetteer | undefined;
  /** Keep only these entity types (all three by default). */
  types?: readonly EntityType[] | undefined;
  /** Normalisation of each token's `norm` (the recogniser itself always compares in 'search' form). */
  normalize?: NormalizeOptions | undefined;
  /**
   * The trained tagger after the rules (docs/MODEL.md): on by default with the built-in model;
   * `false` gives the rules alone and loads no model.
   */
  tagger?: boolean | undefined;
  /** The bytes of a model file made by `tahlil train` (read from disk or fetched), instead of the built-in model. */
  model?: Uint8Array | undefined;
}
