/**
 * The tokenisation layer: {@link tokenize} (tokens with kinds and normalised forms),
 * {@link tokenTable} (the same tokens as typed-array columns, objects on demand),
 * {@link sentences} (sentence spans), {@link segment} and {@link segmentToken} (clitic
 * segmentation of Arabic words). All offsets are UTF-16 indices, half-open.
 *
 * @module
 */
export { tokenize } from './tokenize.js';
export { tokenTable, TOKEN_KINDS } from './table.js';
export type { TokenTable } from './table.js';
export { sentences } from './sentences.js';
export { segment, segmentToken } from './segment.js';
export { joinedProclitic, procliticReadings, PROCLITIC_LETTERS } from './clitics.js';
export type { ProcliticReading } from './clitics.js';
export type {
  CliticTag,
  Segmentation,
  SegmentOptions,
  SegmentPart,
  Sentence,
  Token,
  TokenizeOptions,
  TokenKind,
} from './types.js';
