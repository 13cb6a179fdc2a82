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
  return trimWhile(text, start, end, isInvisible);
}

/**
 * {@link trimInvisibles}, and a tatweel at either edge too: inside a word a tatweel only stretches
 * it, but at the edge of a name it is a dash written with it (`العالم ـوبالتالي المملكة المتحدةـ
 * يواجه` names `المملكة المتحدة`). A proclitic joined by tatweel (`لـالأسد`) is handled before this.
 */
export function trimSpanEdges(text: string, start: number, end: number): { start: number; end: number } {
  return trimWhile(text, start, end, invisibleOrTatweel);
}

const invisibleOrTatweel = (cu: number): boolean => isInvisible(cu) || isTatweel(cu);

/**
 * Whether `[start, end)` begins or ends with a code unit {@link trimSpanEdges} drops (so also any
 * {@link trimInvisibles} drops): when not, both return the span as it is. Most names begin and end
 * with a letter, and each trim makes a result object.
 */
export function hasEdgeToTrim(text: string, start: number, end: number): boolean {
  return start < end && (invisibleOrTatweel(text.charCodeAt(start)) || invisibleOrTatweel(text.charCodeAt(end - 1)));
}

/** `[start, end)` without the code units at either edge that `drop` accepts. */
function trimWhile(text: string, start: number, end: number, drop: (cu: number) => boolean): { start: number; end: number } {
  while (end > start && drop(text.charCodeAt(end - 1))) end--;
  while (start < end && drop(text.charCodeAt(start))) start++;
  return { start, end };
}
