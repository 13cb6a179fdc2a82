/**
 * The normalisation layer: `normalize`, `normalizeWithOffsets`, one named helper per operation,
 * and the character classes shared with the tokenizer.
 *
 * @module
 */
export { normalize, normalizeWithOffsets } from './normalize.js';
export { BOOLEAN_OPERATIONS as NORMALIZE_SWITCHES } from './options.js';
export type {
  DigitsTarget,
  NormalizeOperations,
  NormalizeOptions,
  NormalizePreset,
  NormalizedText,
} from './options.js';
export { stripDiacritics } from './strip-diacritics.js';
export { stripTatweel } from './strip-tatweel.js';
export { normalizeAlef } from './normalize-alef.js';
export { normalizeAlefMaksura } from './normalize-alef-maksura.js';
export { normalizeTehMarbuta } from './normalize-teh-marbuta.js';
export { normalizeHamza } from './normalize-hamza.js';
export { normalizePersian } from './normalize-persian.js';
export { expandPresentationForms } from './expand-presentation-forms.js';
export { normalizeDigits } from './normalize-digits.js';
export { normalizePunctuation } from './normalize-punctuation.js';
export { removeInvisibles } from './remove-invisibles.js';
export { collapseWhitespace } from './collapse-whitespace.js';
// The predicates, checked: a one-character string is read as its code unit, anything but a number or a string is a TypeError.
export {
  isArabicMark,
  isTatweel,
  isInvisible,
  isArabicLetter,
  isArabicDigit,
  isSpace,
  isLineBreak,
  isArabicPunctuation,
} from './predicates.js';
