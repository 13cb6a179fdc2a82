import type { EntityType } from '../gazetteer/index.js';
import type { LinkKind } from './link/types.js';
import type { EntitySource } from './types.js';

/**
 * A possible entity, before overlaps are resolved. Token range `[tokenStart, tokenEnd)`; `start`
 * is the offset after proclitics, `end` the end of the last token.
 */
export interface Candidate {
  type: EntityType;
  tokenStart: number;
  tokenEnd: number;
  start: number;
  end: number;
  source: EntitySource;
  /** The component that proposed it (its name in the pipeline): kept on the entity as `rule`. */
  rule: string;
  /**
   * The name under which it is ranked in `PRECEDENCE` when not its `rule` (a descriptor before a
   * name the gazetteer knows ranks as `descriptors-known`: فريق [ميلان] is the club, not the city).
   */
  rank?: string;
  /** Needs confirmation by context (ambiguous gazetteer names): dropped unless confirmed. */
  tentative?: boolean;
  canonical?: string;
  id?: string;
  /** Every id the name could mean, when its entries differ in type or country (docs/linking.md). */
  candidates?: string[];
  /** How the id was chosen among several, or that it comes from a surname alone (docs/linking.md). */
  link?: LinkKind;
}

/** Text order of candidates (for `sortSmall`, `Array#sort`). */
export const byStart = (a: Candidate, b: Candidate): number => a.start - b.start;
