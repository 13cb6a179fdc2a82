export { extractEntities, recognizeDoc, checkOptions, describe } from './extract.js';
export { BUILTIN_COMPONENTS, PRECEDENCE, recognizer } from './pipeline.js';
export type { Recognizer, Recognized } from './pipeline.js';
export type { Component, RecognizerContext } from './component.js';
export type { Candidate } from './candidates.js';
export type { Entity, EntitySource, NationalityMention, RecognizeOptions } from './types.js';
