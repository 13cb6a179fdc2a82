import { ruleComponent, type Component } from '../component.js';
import { matchClubs as findMatchClubs } from '../organizations.js';

/** Clubs named after cities in a sentence about a match: فاز [ليون] على [مرسيليا] (data/lexicon/match-context.tsv). */
// No test of the gazetteer's matches first: the rule visits the tokens where a match starts (`Words.coverStarts`), none in a document without.
export const matchClubs: Component = ruleComponent('match-clubs', [findMatchClubs]);
