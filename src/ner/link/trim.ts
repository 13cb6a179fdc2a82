import { isInvisible, isTatweel } from '../../normalize/chars.js';

/**
 * A span without the invisible format characters at its edges (ZWSP, ZWNJ, ZWJ, LRM, RLM, ALM,
 * bidi controls, BOM: the one code-point table of src/normalize/chars.ts). The tokenizer keeps them
 * inside a word, but a name never begins or ends with one: in `زار دمشق\u200B أمس` the entity is
 * `[4, 8)`, `دمشق` without the ZWSP. Returns `start === end` when the span is nothing but invisibles.
 *
 * @example
 * trimInvisibles('زار دمشق\u200F أمس', 4, 9); // → { start: 4, end: 8 }
 */
export function trimInvisibles(text: string, start: number, end: number): { start: number; end: number } {
  while (end > start && isInvisible(text.charCodeAt(end - 1))) end--;
  while (start < end && isInvisible(text.charCodeAt(start))) start++;
  return { start, end };
}

/**
 * {@link trimInvisibles}, and a tatweel at either edge too: inside a word a tatweel only stretches
 * it, but at the edge of a name it is a dash written with it (`العالم ـوبالتالي المملكة المتحدةـ
 * يواجه` names `المملكة المتحدة`). A proclitic joined by tatweel (`لـالأسد`) is handled before this.
 */
export function trimSpanEdges(text: string, start: number, end: number): { start: number; end: number } {
  while (end > start && (isInvisible(text.charCodeAt(end - 1)) || isTatweel(text.charCodeAt(end - 1)))) end--;
  while (start < end && (isInvisible(text.charCodeAt(start)) || isTatweel(text.charCodeAt(start)))) start++;
  return { start, end };
}
