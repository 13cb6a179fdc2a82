import type { EntityType, Gazetteer, GazetteerMatch, Lexicon } from '../gazetteer/index.js';
import type { Doc } from '../tokenize/document.js';
import type { Candidate } from './candidates.js';
import type { NationalityMention } from './types.js';
import type { Words } from './words.js';

/**
 * What the components of one run share besides the document: the lexical view of its words, the
 * gazetteer and lexicon in use, the candidates proposed so far and the entities chosen.
 */
export interface RecognizerContext {
  /** Lexicon lookups over the document's words (readings, triggers, names, gazetteer cover). */
  readonly words: Words;
  readonly gazetteer: Gazetteer;
  readonly lexicon: Lexicon;
  /** The gazetteer's matches (set by the `gazetteer` component; empty when it is disabled). */
  matches: GazetteerMatch[];
  /** Candidates proposed so far: components before `resolve` push theirs here. */
  readonly candidates: Candidate[];
  /**
   * The chosen entities, non-overlapping, in text order: set by `resolve`; components after it
   * read and edit this list (add, drop, link), keeping it sorted and without overlaps.
   */
  chosen: Candidate[];
  /** Rank of a candidate in the declared precedence (0 is the most trusted). */
  rankOf(c: Candidate): number;
  /** Chooses non-overlapping candidates by span length, then rank (what `resolve` does). */
  resolve(candidates: readonly Candidate[]): Candidate[];
  /** Entity types the caller keeps. */
  readonly types: ReadonlySet<EntityType>;
  /** The caller wants a whole analysis (`analyze`), not only entities (`extractEntities`). */
  readonly analysis: boolean;
  /** Countries named through nationality adjectives (set by `nationalities`, in an analysis only). */
  nationalities: NationalityMention[];
}

/**
 * One named step of the recogniser. It reads the document and the context and adds candidates
 * (before `resolve`) or edits `ctx.chosen` (after it). Its `name` is its place in the pipeline's
 * order, the `rule` of the entities it proposes, and what `disable` turns off.
 *
 * @example
 * const orgAcronym: Component = { name: 'org-acronym', run(doc, ctx) { … ctx.candidates.push({ …, rule: 'org-acronym' }) } };
 */
export interface Component {
  readonly name: string;
  run(doc: Doc, ctx: RecognizerContext): void;
}
