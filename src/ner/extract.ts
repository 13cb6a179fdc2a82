import { builtinGazetteer, builtinLexicon, type EntityType } from '../gazetteer/index.js';
import { normalize } from '../normalize/index.js';
import { tokenize, type Token } from '../tokenize/index.js';
import type { Candidate } from './candidates.js';
import { chooseEntry, gazetteerCandidates } from './known.js';
import { clubsNamedAfterCities, describedNames, headedOrganisations, nationalInstitutions, organisationExtent } from './organizations.js';
import { demonymPeople, familyNamePeople, givenNamePeople, reportedPeople, titledPeople } from './people.js';
import { datelinePlaces, headedPlaces } from './places.js';
import { propagate } from './propagate.js';
import { resolve } from './resolve.js';
import type { Entity, RecognizeOptions } from './types.js';
import { Words } from './words.js';

const DEBUG = typeof globalThis.process === 'object' && globalThis.process?.env?.['TAHLIL_DEBUG'] === '1';

/** One or two proclitic letters ending in tatweel, with any marks on them: `لـ`، `وبـ`، `لـلـ`. */
const JOINED_PROCLITIC = /^(?:[وفبلك][\u064B-\u065F]*\u0640*)?[وفبلك][\u064B-\u065F]*\u0640+/;

const ALL_TYPES: readonly EntityType[] = ['PER', 'LOC', 'ORG'];

/**
 * People, places and organisations in an Arabic text, with offsets into the original text.
 * Sorted, never overlapping; `text.slice(e.start, e.end) === e.text` for every entity.
 *
 * @example
 * extractEntities('والتقى الفياض بالرئيس السوري بشار الأسد في دمشق')
 * // → [{ text: 'بشار الأسد', type: 'PER', … }, { text: 'دمشق', type: 'LOC', id: 'sy-damascus', … }]
 */
export function extractEntities(text: string, options: RecognizeOptions = {}): Entity[] {
  if (typeof text !== 'string') throw new TypeError(`extractEntities: expected text to be a string, got ${describe(text)}`);
  checkOptions(options, 'extractEntities');
  return recognize(text, tokenize(text, options.normalize ? { normalize: options.normalize } : undefined), options);
}

/** The recogniser on tokens already made by `tokenize(text)` (used by `analyze`, which needs both). */
export function recognize(text: string, tokens: readonly Token[], options: RecognizeOptions = {}): Entity[] {
  return recognizeInView(text, tokens, options).entities;
}

/** The entities and the recogniser's view of the words, which `analyze` reuses for its summaries. */
export function recognizeInView(text: string, tokens: readonly Token[], options: RecognizeOptions = {}): { entities: Entity[]; words: Words } {
  const gazetteer = options.gazetteer ?? builtinGazetteer();
  const w = new Words(text, tokens, builtinLexicon(), gazetteer);
  const matches = gazetteer.match(text, tokens, w.keys);
  w.setCover(matches, (m) => {
    const { entry, tentative } = chooseEntry(m);
    return { type: entry.type, tentative };
  });

  const candidates: Candidate[] = [];
  gazetteerCandidates(w, matches, candidates);
  titledPeople(w, candidates, (i) => organisationExtent(w, i));
  givenNamePeople(w, candidates);
  reportedPeople(w, candidates);
  demonymPeople(w, candidates);
  familyNamePeople(w, candidates);
  headedOrganisations(w, candidates);
  nationalInstitutions(w, candidates);
  describedNames(w, candidates);
  clubsNamedAfterCities(w, candidates);
  headedPlaces(w, candidates);
  datelinePlaces(w, candidates);

  let chosen = resolve(candidates, tokens.length);
  const more = propagate(w, chosen, candidates.filter((c) => c.tentative));
  if (more.length > 0) chosen = resolve([...chosen, ...more], tokens.length);

  const types = new Set(options.types ?? ALL_TYPES);
  const out: Entity[] = [];
  for (const c of chosen) {
    if (!types.has(c.type)) continue;
    // ANNOTATION.md: a proclitic joined by tatweel stays outside (لـالأسد → الأسد), whatever the rule.
    const joined = JOINED_PROCLITIC.exec(text.slice(c.start, c.end));
    if (joined) {
      if (joined[0].length >= c.end - c.start) continue; // nothing but the joined proclitic
      c.start += joined[0].length;
    }
    const surface = text.slice(c.start, c.end);
    out.push({
      text: surface,
      type: c.type,
      start: c.start,
      end: c.end,
      norm: normalize(surface, 'search'),
      ...(c.canonical !== undefined ? { canonical: c.canonical } : {}),
      ...(c.id !== undefined ? { id: c.id } : {}),
      source: c.source,
      ...(DEBUG && c.rule ? { rule: c.rule } : {}),
    });
  }
  return { entities: out, words: w };
}

/** Validates recogniser options, naming the bad one. */
export function checkOptions(options: RecognizeOptions, fn: string): void {
  if (options === null || typeof options !== 'object') throw new TypeError(`${fn}: expected options to be an object, got ${describe(options)}`);
  if (options.types !== undefined) {
    if (!Array.isArray(options.types)) throw new TypeError(`${fn}: expected options.types to be an array of 'PER' | 'LOC' | 'ORG'`);
    for (const t of options.types) {
      if (!ALL_TYPES.includes(t)) throw new RangeError(`${fn}: unknown entity type ${JSON.stringify(t)} in options.types (expected 'PER', 'LOC' or 'ORG')`);
    }
  }
  if (options.gazetteer !== undefined && (typeof options.gazetteer !== 'object' || typeof options.gazetteer?.match !== 'function')) {
    throw new TypeError(`${fn}: expected options.gazetteer to be a Gazetteer (see createGazetteer)`);
  }
}

export function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  return typeof value;
}
