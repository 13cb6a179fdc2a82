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

/**
 * A candidate of a rule other than the gazetteer's. Every rule makes its candidates here, so that they
 * all have one hidden class (the same keys in the same order, an absent one undefined, none added
 * later): code that reads candidates (resolve, propagation, linking, the entities) then meets two
 * classes, this one and {@link gazetteerCandidate}'s, not one per rule and per later edit, and its
 * optimised code does not deoptimise on a class first met in new text. The keys set are in the order
 * the rules' literals had them (`rule` before `canonical` and `id`), so a candidate prints as before.
 */
export function ruleCandidate(
  type: EntityType,
  tokenStart: number,
  tokenEnd: number,
  start: number,
  end: number,
  source: EntitySource,
  rule: string,
  rank?: string,
  canonical?: string,
  id?: string,
): Candidate {
  return { type, tokenStart, tokenEnd, start, end, source, rule, rank, tentative: undefined, canonical, id, candidates: undefined, link: undefined };
}

/**
 * A candidate of the gazetteer's (and its copies confirmed by propagation): its keys in the order
 * it has always had (`tentative`, `canonical` and `id` before `rule`), `candidates` and `link`
 * undefined until linking sets them. One hidden class, like {@link ruleCandidate}'s.
 */
export function gazetteerCandidate(
  type: EntityType,
  tokenStart: number,
  tokenEnd: number,
  start: number,
  end: number,
  source: EntitySource,
  tentative: boolean | undefined,
  canonical: string | undefined,
  id: string | undefined,
  rule: string,
): Candidate {
  return { type, tokenStart, tokenEnd, start, end, source, tentative, canonical, id, rule, candidates: undefined, link: undefined };
}

/** Text order of candidates (for `sortSmall`, `Array#sort`). */
export const byStart = (a: Candidate, b: Candidate): number => a.start - b.start;

/**
 * `chosen` with `added` put in at their places (both in text order, `added` touching nothing in
 * `chosen`): what a component after the tagger that finds names where nothing was chosen returns.
 *
 * @example
 * // `نجيب الريحاني ممثل كوميدي مصري ولد في القاهرة`: defined-people adds the person (tokens 0 and 1)
 * // before the chosen [القاهرة], and the list stays in text order.
 * ctx.chosen = mergeCandidates(ctx.chosen, [person]);
 */
export function mergeCandidates(chosen: readonly Candidate[], added: readonly Candidate[]): Candidate[] {
  const out: Candidate[] = [];
  let j = 0;
  for (const c of chosen) {
    while (j < added.length && added[j]!.tokenStart < c.tokenStart) out.push(added[j++]!);
    out.push(c);
  }
  while (j < added.length) out.push(added[j++]!);
  return out;
}
