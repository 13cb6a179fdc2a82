import type { EntityType, Gazetteer } from '../gazetteer/index.js';
import type { NormalizeOptions } from '../normalize/index.js';

export type { EntityType };

/** How an entity was found: a gazetteer name, a context rule, or propagation inside the document. */
export type EntitySource = 'gazetteer' | 'context' | 'document';

/**
 * A person, place or organisation found in a text. Offsets are UTF-16 indices into the ORIGINAL
 * text, half-open, so `text.slice(entity.start, entity.end) === entity.text`.
 *
 * @example
 * // in 'والتقى الفياض بالرئيس السوري بشار الأسد في دمشق'
 * { text: 'دمشق', type: 'LOC', start: 43, end: 47, norm: 'دمشق', canonical: 'دمشق', id: 'sy-damascus', source: 'gazetteer' }
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
  source: EntitySource;
}

/** Options of {@link extractEntities}, `analyze` and `createAnalyzer`. */
export interface RecognizeOptions {
  /** The gazetteer to use; the built-in one by default (see `createGazetteer` to extend it). */
  gazetteer?: Gazetteer;
  /** Keep only these entity types (all three by default). */
  types?: readonly EntityType[];
  /** Normalisation of each token's `norm` (the recogniser itself always compares in 'search' form). */
  normalize?: NormalizeOptions;
}
