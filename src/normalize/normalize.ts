import { compile, pass } from './engine.js';
import { PRESENTATION_FORMS } from './presentation-forms.generated.js';
import { checkText, resolveOptions, type NormalizeOptions, type NormalizedText } from './options.js';

/**
 * Normalises Arabic text. `options` is a preset name (`'display'`, `'standard'` — the default —
 * or `'search'`) or an object `{ preset?, ...operations }` whose operations override the preset.
 * One linear pass over the UTF-16 code units; idempotent for every set of operations; Latin,
 * emoji, astral characters and lone surrogates pass through unchanged.
 *
 * @throws {TypeError} when `text` is not a string or `options` is neither a string nor an object.
 * @throws {RangeError} on an unknown preset, an unknown option, or a bad option value.
 *
 * @example
 * normalize('مُحَمَّدٌ فِي الـعِراق');                // 'محمد في العراق'
 * normalize('ذهبتُ إلى المدرسة', 'search');            // 'ذهبت الي المدرسه'
 * normalize('أحمد', { preset: 'standard', alef: false }); // 'أحمد'
 * normalize('صفحة ١٢٣', { preset: 'display', digits: 'latin' }); // 'صفحة 123'
 */
export function normalize(text: string, options?: NormalizeOptions): string {
  checkText('normalize', text);
  return pass(text, compile(resolveOptions('normalize', options), PRESENTATION_FORMS), false).text;
}

/**
 * Like {@link normalize}, and also returns `toOriginal`, an `Int32Array` of length
 * `text.length + 1` mapping each normalised code unit to its offset in the original:
 * non-decreasing, `toOriginal[text.length] === original.length`, and the normalised span
 * `[a, b)` comes from `original.slice(toOriginal[a], toOriginal[b])`. Every code unit of an
 * expanded ligature maps to the ligature's offset; a collapsed white-space run maps to its
 * first white-space character. The map of a short text is a view of a buffer shared with other
 * calls' maps (as Node's small `Buffer`s are): its own entries are its own, its `.buffer` is not.
 *
 * @example
 * const original = 'قالَ مُحَمَّدٌ';
 * const { text, toOriginal } = normalizeWithOffsets(original);
 * // text === 'قال محمد'
 * original.slice(toOriginal[4], toOriginal[8]); // 'مُحَمَّدٌ'
 */
export function normalizeWithOffsets(text: string, options?: NormalizeOptions): NormalizedText {
  checkText('normalizeWithOffsets', text);
  // The pass's result has the two fields, the map set: returned as it is (no second object).
  return pass(text, compile(resolveOptions('normalizeWithOffsets', options), PRESENTATION_FORMS), true) as NormalizedText;
}
