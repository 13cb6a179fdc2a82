// src/gazetteer: named entities known in advance (people, places, organisations), matched in
// 'search' normalisation across proclitics, plus the lexicon the recogniser uses as evidence.
export type { EntityType, GazetteerEntry, GazetteerEntryInput, GazetteerMatch, Gazetteer, CreateGazetteerOptions } from './types.js';
export { createGazetteer } from './create.js';
export { builtinGazetteer } from './builtin.js';
export { builtinLexicon } from './lexicon.js';
export type { Lexicon, Demonym, Trigger, TriggerKind, TriggerMatch } from './lexicon.js';
