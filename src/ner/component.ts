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
  /**
   * The rules a component is made of when it is nothing else (see {@link ruleComponent}): the
   * recogniser calls them itself, in order, instead of `run`. Undefined for any other component.
   */
  readonly rules?: readonly Rule[];
}

/** A rule that proposes candidates from a document's words: `givenNamePeople(w, out)`. */
export type Rule = (w: Words, out: Candidate[]) => void;

/**
 * A component that is its rules, run in order over the context's words and candidates.
 *
 * The recogniser calls the rules without `run` between (`runRecognizer`). A `run` of a few bytes
 * that only called its rule was, for V8, a "small function": optimised at its first budget tick,
 * about 3,000 documents into a process, with its rule and the rule's callees inlined, one large
 * TurboFan compile a component in the middle of a first pass over new text (19 of the 166
 * compiles of the `new` pass, about an eighth of its compile time), for code that runs once a
 * document. Called directly, a rule is optimised when its own work makes it hot.
 *
 * @example
 * export const givenNames = ruleComponent('given-names', [givenNamePeople]);
 */
export function ruleComponent(name: string, rules: readonly Rule[]): Component {
  return {
    name,
    run(_doc, ctx) {
      for (let k = 0; k < rules.length; k++) rules[k]!(ctx.words, ctx.candidates);
    },
    rules,
  };
}

/**
 * A component that drops the chosen entities `drops` says are no entity after all: a place inside
 * an event's name (`دوري أبطال [أوروبا]`), a name inside a work's quoted title (`رواية « [زينب] »`).
 * The list is copied only from the first entity dropped (most documents drop none); index loops,
 * with `drops` called directly (no closure over the context a document).
 *
 * @example
 * export const eventNames = dropComponent('event-names', insideEventName);
 */
export function dropComponent(name: string, drops: (w: Words, c: Candidate) => boolean): Component {
  return {
    name,
    run(_doc, ctx) {
      const chosen = ctx.chosen;
      for (let k = 0; k < chosen.length; k++) {
        if (!drops(ctx.words, chosen[k]!)) continue;
        const out = chosen.slice(0, k);
        for (let j = k + 1; j < chosen.length; j++) if (!drops(ctx.words, chosen[j]!)) out.push(chosen[j]!);
        ctx.chosen = out;
        return;
      }
    },
  };
}

/** Rules whose entities are names as written, which an {@link editComponent} leaves as they are: the gazetteer's and a caller's patterns. */
export const AS_WRITTEN: ReadonlySet<string> = new Set(['gazetteer', 'pattern']);

/**
 * What an {@link editComponent} makes of chosen entity `k` (`c`): `c` itself to keep it, another
 * candidate to put in its place (the same tokens or fewer, or more that nothing else chose), or
 * `undefined` to drop it.
 */
export type Edit = (ctx: RecognizerContext, c: Candidate, k: number) => Candidate | undefined;

/**
 * A component that edits the chosen entities one by one (`edit`): a person's edges
 * (`[إيان ثورب] سباح أسترالي`), a place's head (`نهر [النيل]`). The list is copied only from the
 * first entity edited (most documents edit none); `edit` is a module function called directly,
 * with the context (no closure over it made a document).
 *
 * @example
 * export const placeEdges = editComponent('place-edges', placeWithoutHead);
 */
export function editComponent(name: string, edit: Edit): Component {
  return {
    name,
    run(_doc, ctx) {
      const chosen = ctx.chosen;
      let out: Candidate[] | undefined;
      for (let k = 0; k < chosen.length; k++) {
        const c = chosen[k]!;
        const e = edit(ctx, c, k);
        if (e === c) {
          out?.push(c);
          continue;
        }
        out ??= chosen.slice(0, k);
        if (e !== undefined) out.push(e);
      }
      if (out) ctx.chosen = out;
    },
  };
}

/**
 * The gazetteer's match when it spans exactly the tokens of chosen entity `c`, else undefined: what
 * the edit components ask before they read the entries of a name (`نهر النيل`، `الهلال السعودي`).
 *
 * @example
 * // c = [الهلال السعودي] as the gazetteer matched it: its entries are the club's.
 * exactMatch(ctx.words, c)?.entries.some((e) => e.kind === 'club'); // true
 */
export function exactMatch(w: Words, c: Candidate): GazetteerMatch | undefined {
  const m = w.coverAt(c.tokenStart);
  return m !== undefined && m.tokenStart === c.tokenStart && m.tokenEnd === c.tokenEnd ? m : undefined;
}
