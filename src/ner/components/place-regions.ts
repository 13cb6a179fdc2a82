import { ruleComponent, type Component } from '../component.js';
import { definedPlaces, placesBeforeTheirRegion, placesListedAfterAnd } from '../places.js';

/** A town named with its region after a comma (`من [بلانو] ، تكساس`), a place listed after و whose word is another place (`الرياض و[جدة]`, not وجدة), and the place an encyclopaedia's definition is of (`[كفرنبل] بلدة سورية`). */
// No test of the gazetteer's matches first: the rule visits the tokens where a match starts (`Words.coverStarts`), none in a document without.
export const placeRegions: Component = ruleComponent('place-regions', [placesBeforeTheirRegion, placesListedAfterAnd, definedPlaces]);
