import { runSingle } from './single.js';

/**
 * Collapses every run of Unicode white space (spaces, tabs, NBSP, U+2000–200A, U+3000 …) to one
 * ASCII space, or to one `\n` when the run contains a line break (LF, CR, VT, FF, NEL, U+2028,
 * U+2029). Leading and trailing runs are collapsed, not trimmed.
 * Runs only this operation: the same as `normalize` with `whitespace: true` and every other
 * operation off.
 *
 * @example
 * collapseWhitespace('في\u00A0\u00A0 بغداد'); // 'في بغداد'
 */
export function collapseWhitespace(text: string): string {
  return runSingle('collapseWhitespace', text, { whitespace: true });
}
