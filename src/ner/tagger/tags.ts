import type { EntityType } from '../../gazetteer/index.js';

/**
 * The tagger's labels, BIO over the three types: a name of two words is `B-PER I-PER`
 * (`بشار/B-PER الأسد/I-PER`), a word outside any name is `O`.
 */
export const TAGS = ['O', 'B-PER', 'I-PER', 'B-LOC', 'I-LOC', 'B-ORG', 'I-ORG'] as const;
export type Tag = (typeof TAGS)[number];
export const TAG_COUNT = TAGS.length;
/**
 * The number of tags as a literal in every module of the bundle (a `const enum` of one declaration:
 * esbuild inlines its members across modules, where `TAG_COUNT` is a module variable read at each
 * use), for the tagger's hot loops (scores.ts). Equal to `TAG_COUNT` (tested).
 */
export const enum Tags { COUNT = 7 }
export const O = 0;

const TYPES: readonly EntityType[] = ['PER', 'LOC', 'ORG'];

/** The B- tag of a type: `begin('LOC')` → 3. */
export function begin(type: EntityType): number {
  return 1 + 2 * TYPES.indexOf(type);
}

/** The type of tag `t` (`typeOf(4)` → 'LOC'), undefined for O. */
export function typeOf(t: number): EntityType | undefined {
  return t === O ? undefined : TYPES[(t - 1) >> 1];
}

export function isBegin(t: number): boolean {
  return t !== O && (t & 1) === 1;
}

/** BIO allows `next` after `prev`: an I- tag only continues its own type (`B-PER I-LOC` is not allowed). */
export function allowed(prev: number, next: number): boolean {
  if (next === O || isBegin(next)) return true;
  return prev === next || prev === next - 1;
}

/** Spans of a tag sequence, as token ranges: a stray I- opens a span, as conlleval reads it. */
export function spansOf(tags: ArrayLike<number>): Array<{ type: EntityType; tokenStart: number; tokenEnd: number }> {
  const out: Array<{ type: EntityType; tokenStart: number; tokenEnd: number }> = [];
  let open: { type: EntityType; tokenStart: number; tokenEnd: number } | undefined;
  // One pass past the end, where an O closes the last span: one place that pushes (a span at a
  // document's end, first met late in a long text, deoptimised the tagger's code at a second one).
  const n = tags.length;
  for (let i = 0; i <= n; i++) {
    const t = i < n ? tags[i]! : O;
    // Most tokens: O outside any span, nothing to close or open.
    if (t === O && open === undefined) continue;
    const type = typeOf(t);
    if (open && (t === O || isBegin(t) || type !== open.type)) {
      open.tokenEnd = i;
      out.push(open);
      open = undefined;
    }
    if (type && !open) open = { type, tokenStart: i, tokenEnd: i + 1 };
  }
  return out;
}
