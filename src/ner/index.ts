// The public surface of the recogniser, for analyze.ts and src/index.ts.
export { defaultRecognizer, extractEntities, NO_OPTIONS, recognizeDoc, recognizeText } from './extract.js';
export { ANALYZER_KEYS, configureRecognizer, describe, describeText, readOptions, RECOGNIZE_KEYS } from './configure.js';
export type { RecognizerConfig } from './configure.js';
export { BUILTIN_COMPONENTS, PRECEDENCE, recognizer, TYPE_LOC, TYPE_ORG, TYPE_PER } from './pipeline.js';
export { recognizerFor } from './tagger/recognizer.js';
export type { Recognizer, Recognized } from './pipeline.js';
export type { Component, RecognizerContext } from './component.js';
export type { Candidate } from './candidates.js';
export type { Pattern, PatternToken } from './components/patterns.js';
export type { LexiconAdditions } from './lexicon-extension.js';
export type { Entity, EntitySource, NationalityMention, RecognizeOptions } from './types.js';
