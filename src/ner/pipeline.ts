import { builtinGazetteer, builtinLexicon, type EntityType, type Gazetteer, type Lexicon } from '../gazetteer/index.js';
import { normalize } from '../normalize/index.js';
import { joinedProclitic } from '../tokenize/clitics.js';
import type { Doc } from '../tokenize/document.js';
import type { Candidate } from './candidates.js';
import type { Component, RecognizerContext } from './component.js';
import { cityClubs } from './components/city-clubs.js';
import { datelines } from './components/datelines.js';
import { eventNames } from './components/event-names.js';
import { workTitles } from './components/work-titles.js';
import { descriptors } from './components/descriptors.js';
import { familyNames } from './components/family-names.js';
import { gazetteer } from './components/gazetteer.js';
import { givenNames } from './components/given-names.js';
import { namedAfter } from './components/named-after.js';
import { institutions } from './components/institutions.js';
import { linking } from './components/linking.js';
import { matchClubs } from './components/match-clubs.js';
import { nationalities } from './components/nationalities.js';
import { sportsClubs } from './components/sports-clubs.js';
import { personEdges } from './components/person-edges.js';
import { orgEdges, placeEdges } from './components/place-edges.js';
import { clubEdges } from './components/club-edges.js';
import { definedPeople } from './components/defined-people.js';
import { orgAdjectives } from './components/org-adjectives.js';
import { nationalityPeople } from './components/nationality-people.js';
import { orgAcronym } from './components/org-acronym.js';
import { orgHeads } from './components/org-heads.js';
import { placeHeads } from './components/place-heads.js';
import { placeRegions } from './components/place-regions.js';
import { propagation } from './components/propagation.js';
import { reportingVerbs } from './components/reporting-verbs.js';
import { resolveOverlaps } from './components/resolve.js';
import { titles } from './components/titles.js';
import { hasEdgeToTrim, trimInvisibles, trimSpanEdges } from './link/trim.js';
import { resolve } from './resolve.js';
import { forgetTokenIndex } from './token-index.js';
import type { Entity, NationalityMention } from './types.js';
import { Words } from './words.js';

/**
 * The recogniser's components, in the order they run. Those before `resolve` propose candidates;
 * `resolve` chooses among them; those after it work on the chosen entities. A new rule is one
 * file in `components/` and one line here (and its name in {@link PRECEDENCE}).
 */
export const BUILTIN_COMPONENTS: readonly Component[] = [
  gazetteer,
  titles,
  givenNames,
  reportingVerbs,
  nationalityPeople,
  familyNames,
  orgHeads,
  institutions,
  descriptors,
  cityClubs,
  matchClubs,
  placeHeads,
  placeRegions,
  datelines,
  orgAcronym,
  resolveOverlaps,
  propagation,
  linking,
  eventNames,
  workTitles,
  namedAfter,
  sportsClubs,
  personEdges,
  definedPeople,
  placeEdges,
  orgEdges,
  clubEdges,
  orgAdjectives,
  nationalities,
];

/**
 * The components that run after the tagger (when there is one), on what it chose: it goes before
 * the first of them, and it is trained on what the components before them choose.
 */
export const AFTER_TAGGER: readonly string[] = ['named-after', 'sports-clubs', 'person-edges', 'defined-people', 'place-edges', 'org-edges', 'club-edges', 'org-adjectives', 'nationalities'];

/**
 * Which rule wins when two candidates of the same length (in tokens) overlap, most trusted first;
 * names on one line are equals (the earlier candidate wins). A longer span beats a shorter one
 * whatever its rule. A candidate is ranked by its `rank` when set, else by its `rule`; a name not
 * listed ranks last.
 */
export const PRECEDENCE: readonly (readonly string[])[] = [
  ['descriptors-known', 'city-clubs', 'match-clubs'], // فريق [ميلان]: the descriptor decides the type of a known name
  ['gazetteer'],
  ['institutions'],
  ['titles'],
  ['org-heads', 'descriptors', 'place-heads'],
  ['given-names'],
  ['propagation'],
  ['reporting-verbs'],
  ['family-names'],
  ['nationality-people'],
  ['datelines', 'place-regions'],
];

/** Rules whose candidates win every overlap, whatever their length: the patterns given to `createAnalyzer`. */
export const OVERRIDING: readonly string[] = ['pattern'];

const RANK: ReadonlyMap<string, number> = new Map(PRECEDENCE.flatMap((tier, r) => tier.map((name) => [name, r] as const)));
const LAST = PRECEDENCE.length;

/** Rank of a candidate in {@link PRECEDENCE}: 0 is the most trusted. */
export function rankOf(c: Candidate): number {
  // A loop, not `OVERRIDING.includes`: a builtin's call for every candidate of every document.
  for (let k = 0; k < OVERRIDING.length; k++) if (OVERRIDING[k] === c.rule) return -1;
  return RANK.get(c.rank ?? c.rule) ?? LAST;
}

/** A configured recogniser: which components run, over which gazetteer and lexicon. */
export interface Recognizer {
  readonly components: readonly Component[];
  readonly gazetteer: Gazetteer;
  readonly lexicon: Lexicon;
}

/** The built-in recogniser (every component, the built-in gazetteer and lexicon). */
export function recognizer(options: { gazetteer?: Gazetteer; components?: readonly Component[]; lexicon?: Lexicon } = {}): Recognizer {
  return {
    components: options.components ?? BUILTIN_COMPONENTS,
    gazetteer: options.gazetteer ?? builtinGazetteer(),
    lexicon: options.lexicon ?? builtinLexicon(),
  };
}

/** What one run gives: the entities, and in an analysis the nationality mentions. */
export interface Recognized {
  entities: Entity[];
  nationalities: NationalityMention[];
  /** Which types the entities are of, as bits ({@link TYPE_PER}, {@link TYPE_LOC}, {@link TYPE_ORG}). */
  typesFound: number;
}

/** {@link Recognized.typesFound}'s bits. */
export const TYPE_PER = 1;
export const TYPE_LOC = 2;
export const TYPE_ORG = 4;

const ALL_TYPES: ReadonlySet<EntityType> = new Set(['PER', 'LOC', 'ORG']);

/** Runs the components in order over `doc` and returns the chosen entities of the kept types. */
export function runRecognizer(r: Recognizer, doc: Doc, types: ReadonlySet<EntityType> = ALL_TYPES, analysis = false): Recognized {
  const ctx: RecognizerContext = {
    words: new Words(doc, r.lexicon, r.gazetteer),
    gazetteer: r.gazetteer,
    lexicon: r.lexicon,
    matches: [],
    candidates: [],
    chosen: [],
    rankOf,
    resolve: resolveByRank,
    types,
    analysis,
    nationalities: [],
  };
  // A component made of rules only (`ruleComponent`) has them called here, with no `run` between.
  const components = r.components;
  const words = ctx.words;
  const candidates = ctx.candidates;
  for (let k = 0; k < components.length; k++) {
    const c = components[k]!;
    const rules = c.rules;
    if (rules === undefined) c.run(doc, ctx);
    else for (let j = 0; j < rules.length; j++) rules[j]!(words, candidates);
  }
  const entities = toEntities(doc, ctx.chosen, types, words);
  ctx.words.release();
  forgetTokenIndex();
  return { entities, nationalities: ctx.nationalities, typesFound };
}

/**
 * {@link RecognizerContext.resolve}: one function for every document, not a closure over the
 * document made for each. `resolve` needs a token count at least every candidate's end (it sizes
 * its work space by it): the candidates' own ends give one.
 */
function resolveByRank(candidates: readonly Candidate[]): Candidate[] {
  let tokens = 0;
  for (let i = 0; i < candidates.length; i++) if (candidates[i]!.tokenEnd > tokens) tokens = candidates[i]!.tokenEnd;
  return resolve(candidates, tokens, rankOf);
}

/**
 * The types of the entities {@link toEntities} last made, as bits: read off the candidates where it
 * reads their type anyway. A loop over the entities afterwards read each entity's type, and the
 * entities are of several hidden classes: a load that deoptimised on a class first met in new text.
 */
let typesFound = 0;

/** The chosen candidates as entities: offsets, provenance and position, a joined proclitic outside. */
function toEntities(doc: Doc, chosen: readonly Candidate[], types: ReadonlySet<EntityType>, words: Words): Entity[] {
  const text = doc.text;
  // Made with its first entity (`[e]`), not empty and then pushed to: V8 gives the first push of an
  // empty array room for 16 elements (144 bytes), and most documents of one sentence have one or two.
  let out: Entity[] | undefined;
  let found = 0;
  // The first tatweel at or after `tatweelFrom` (-1: none), searched again only when asked before
  // that point or past what was found: most texts have none, and one search then answers for every
  // entity (each asked `indexOf` to the text's end before).
  let tatweelFrom = text.length + 1;
  let tatweel = -1;
  for (const c of chosen) {
    const type = c.type;
    if (!types.has(type)) continue;
    // زار دمشق\u200B أمس: no span begins or ends with an invisible character (docs/linking.md).
    // The trims and the proclitic's slice only where an edge or a tatweel asks for them (most names:
    // neither), since each makes an object or a string.
    let start = c.start;
    let end = c.end;
    if (hasEdgeToTrim(text, start, end)) ({ start, end } = trimInvisibles(text, start, end));
    let tokenStart = c.tokenStart;
    // ANNOTATION.md: a proclitic joined by tatweel stays outside (لـالأسد → الأسد), whatever the rule.
    if (start < tatweelFrom || (tatweel >= 0 && tatweel < start)) {
      tatweelFrom = start;
      tatweel = text.indexOf('\u0640', start);
    }
    const joined = tatweel >= 0 && tatweel < end && !stretchedName(doc, words, tokenStart, start) ? joinedProclitic(text.slice(start, end)) : 0;
    if (joined > 0) {
      start += joined;
      // a token that is nothing but the proclitic (\u200Cلـ فالح): the name begins at the next token
      if (start >= trimInvisibles(text, doc.start(tokenStart), doc.end(tokenStart)).end) {
        tokenStart++;
        if (tokenStart >= c.tokenEnd) continue;
        start = doc.start(tokenStart);
      }
    }
    if (hasEdgeToTrim(text, start, end)) ({ start, end } = trimSpanEdges(text, start, end));
    if (start >= end) continue;
    const surface = text.slice(start, end);
    const norm = keysJoined(doc, tokenStart, c.tokenEnd, start, end) ?? normalize(surface, 'search');
    const e = entityOf(c, surface, norm, start, end, tokenStart, doc.sentence(tokenStart));
    if (out === undefined) out = [e];
    else out.push(e);
    found |= type === 'PER' ? TYPE_PER : type === 'LOC' ? TYPE_LOC : TYPE_ORG;
  }
  typesFound = found;
  return out ?? [];
}

/**
 * The span begins where the gazetteer's match of word `i` begins (after the proclitics the match
 * cut off, if any), or with word `i` whole when the word is a person's name of the lexicon: the
 * letters there are the name's. A tatweel after them only stretches the name (kashida: `بـشار`،
 * `ولـيد`، `لـبنان`، `بـفـلسطين`) and joins no proclitic: the span keeps them (cut as proclitics, the
 * names were `شار`، `يد`، `بنان`، `لسطين`).
 */
function stretchedName(doc: Doc, words: Words, i: number, start: number): boolean {
  const m = words.coverAt(i);
  if (m !== undefined && m.tokenStart === i && m.start === start) return true;
  return words.personAt(i) && start === trimInvisibles(doc.text, doc.start(i), doc.end(i)).start;
}

/**
 * `normalize(text.slice(start, end), 'search')` from the tokens' keys, when `[start, end)` is
 * tokens `[first, end)` whole with one ASCII space between each two: a name of one token (about
 * half of them) is its key, which `createDoc` made as `normalize(surface, 'search')`; a name of
 * several (بشار الأسد) is their keys joined by a space. Undefined otherwise (the caller
 * normalises the text: about 3,800 instructions a name of several tokens).
 *
 * The 'search' form maps each code unit on its own except in three ways, none of which can tell
 * the joined keys from the joined text: a run of white space becomes one space (a key empty or
 * with white space at an edge, which an expansion can leave, is not joined: the run would span the
 * join), a joiner is kept between two emoji only (the space beside a token's edge is no emoji,
 * and neither is the string's end), and a lone surrogate stays as it is.
 *
 * @internal exported for the tests
 */
export function keysJoined(doc: Doc, first: number, last: number, start: number, end: number): string | undefined {
  if (start !== doc.start(first) || end !== doc.end(last - 1)) return undefined;
  let norm = doc.key(first);
  if (last === first + 1) return norm;
  if (!joinableKey(norm)) return undefined;
  const text = doc.text;
  for (let k = first + 1; k < last; k++) {
    const gap = doc.end(k - 1);
    if (doc.start(k) !== gap + 1 || text.charCodeAt(gap) !== SPACE) return undefined;
    const key = doc.key(k);
    if (!joinableKey(key)) return undefined;
    norm += ' ' + key;
  }
  return norm;
}

const SPACE = 0x20;

/** A key that is not empty and neither starts nor ends with white space (the 'search' form writes any as U+0020 or U+000A). */
function joinableKey(key: string): boolean {
  if (key.length === 0) return false;
  const a = key.charCodeAt(0);
  const z = key.charCodeAt(key.length - 1);
  return a !== SPACE && a !== 0x0a && z !== SPACE && z !== 0x0a;
}

/**
 * The entity of candidate `c`, its keys in the documented order (the optional ones only when set).
 * Built key by key, not with `...(c.id !== undefined ? { id } : {})`: four object spreads per
 * entity were about 1.5% of a steady pass.
 */
function entityOf(c: Candidate, surface: string, norm: string, start: number, end: number, tokenStart: number, sentence: number): Entity {
  if (c.canonical === undefined && c.id === undefined && c.candidates === undefined && c.link === undefined) {
    return { text: surface, type: c.type, start, end, norm, source: c.source, rule: c.rule, tokenStart, tokenEnd: c.tokenEnd, sentence };
  }
  // The usual sets of optional keys as literals of their own (a literal's stores meet one hidden
  // class; the stores below, one class a set of keys, deoptimised on a set first met in new text).
  if (c.canonical !== undefined && c.candidates === undefined) {
    if (c.id === undefined && c.link === undefined) {
      return { text: surface, type: c.type, start, end, norm, canonical: c.canonical, source: c.source, rule: c.rule, tokenStart, tokenEnd: c.tokenEnd, sentence };
    }
    if (c.id !== undefined && c.link === undefined) {
      return { text: surface, type: c.type, start, end, norm, canonical: c.canonical, id: c.id, source: c.source, rule: c.rule, tokenStart, tokenEnd: c.tokenEnd, sentence };
    }
    if (c.id !== undefined) {
      return { text: surface, type: c.type, start, end, norm, canonical: c.canonical, id: c.id, link: c.link, source: c.source, rule: c.rule, tokenStart, tokenEnd: c.tokenEnd, sentence };
    }
  }
  if (c.canonical !== undefined && c.id !== undefined && c.candidates !== undefined && c.link !== undefined) {
    return { text: surface, type: c.type, start, end, norm, canonical: c.canonical, id: c.id, candidates: c.candidates, link: c.link, source: c.source, rule: c.rule, tokenStart, tokenEnd: c.tokenEnd, sentence };
  }
  const e = { text: surface, type: c.type, start, end, norm } as Entity;
  if (c.canonical !== undefined) e.canonical = c.canonical;
  if (c.id !== undefined) e.id = c.id;
  if (c.candidates !== undefined) e.candidates = c.candidates;
  if (c.link !== undefined) e.link = c.link;
  e.source = c.source;
  e.rule = c.rule;
  e.tokenStart = tokenStart;
  e.tokenEnd = c.tokenEnd;
  e.sentence = sentence;
  return e;
}
