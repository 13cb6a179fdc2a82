/**
 * tahlil: Arabic text analysis. Normalisation with offsets, tokenisation, clitic segmentation,
 * and named-entity recognition of people, places and organisations.
 */
export * from './normalize/index.js';
export * from './tokenize/index.js';
export * from './gazetteer/index.js';
export { extractEntities } from './ner/index.js';
export type { Entity, EntitySource, LexiconAdditions, Pattern, PatternToken, RecognizeOptions } from './ner/index.js';
export type { LinkKind } from './ner/link/types.js';
export * from './search/index.js';
export { analyze, analyzeMany, createAnalyzer, summarise } from './analyze.js';
export { MAX_TEXT_LENGTH } from './limits.js';
export type { Analysis, Analyzer, AnalyzerOptions, DocumentInput, NationalityMention, SummaryItem } from './analyze.js';
export { trainTagger } from './ner/tagger/index.js';
export type { TrainingDocument, TrainingUpdate, TrainProgress, TrainTaggerOptions } from './ner/tagger/index.js';
