import { runSingle } from './single.js';

/**
 * Removes invisible format characters: ZWSP, ZWNJ, ZWJ, LRM, RLM, ALM (U+061C), bidi embeddings,
 * overrides and isolates (U+202A–202E, U+2066–2069), BOM, soft hyphen, word joiner. A ZWJ or ZWNJ
 * between two emoji code points is kept, so emoji sequences such as 👨‍👩‍👧 survive.
 * Runs only this operation: the same as `normalize` with `invisibles: true` and every other
 * operation off.
 *
 * @example
 * removeInvisibles('می\u200Cخواهم'); // 'میخواهم'
 */
export function removeInvisibles(text: string): string {
  return runSingle('removeInvisibles', text, { invisibles: true });
}
