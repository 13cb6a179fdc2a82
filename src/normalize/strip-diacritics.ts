import { runSingle } from './single.js';

/**
 * Removes Arabic combining marks: tashkeel U+064B–065F, superscript alef U+0670, Quranic annotation
 * marks (U+0610–061A, the marks of U+06D6–06ED) and extended Arabic marks (U+0897–089F,
 * U+08CA–08FF).
 * Runs only this operation: the same as `normalize` with `diacritics: true` and every other
 * operation off.
 *
 * @example
 * stripDiacritics('مُحَمَّدٌ'); // 'محمد'
 */
export function stripDiacritics(text: string): string {
  return runSingle('stripDiacritics', text, { diacritics: true });
}
