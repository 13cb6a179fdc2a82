import type { EntityType } from '../gazetteer/index.js';
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
  /** Higher wins an overlap between spans of the same length (see `resolve`). */
  priority: number;
  /** Needs confirmation by context (ambiguous gazetteer names): dropped unless confirmed. */
  tentative?: boolean;
  canonical?: string;
  id?: string;
  /** The rule that proposed it, for debugging (`TAHLIL_DEBUG=1` keeps it on the entity as `rule`). */
  rule?: string;
}

/** Priorities of the rules, from the most to the least trusted. */
export const PRIORITY = {
  gazetteer: 60,
  institution: 55,
  title: 50,
  organisationHead: 45,
  descriptor: 45,
  givenName: 40,
  document: 35,
  personVerb: 30,
  familyName: 28,
  demonym: 25,
  dateline: 20,
  tentative: 10,
} as const;
