import { ruleComponent, type Component } from '../component.js';
import { clubsNamedAfterCities, clubsOfTownAdjective } from '../organizations.js';

/** A city and a masculine nationality adjective name a club: [بورتو] البرتغالي; so do a club's head and its town's adjective: [الوداد البيضاوي]. */
// No test of the gazetteer's matches first: the rule visits the tokens where a match starts (`Words.coverStarts`), none in a document without.
export const cityClubs: Component = ruleComponent('city-clubs', [clubsNamedAfterCities, clubsOfTownAdjective]);
