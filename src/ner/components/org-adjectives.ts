import type { Candidate } from '../candidates.js';
import { AS_WRITTEN, editComponent, type RecognizerContext } from '../component.js';
import type { Words } from '../words.js';

/**
 * An organisation that ends on a nationality adjective, with a second one after it that agrees,
 * goes on over the second: the first was an adjective of its field, the second names its country
 * (ANNOTATION.md: an institution and the adjective of a named country are one organisation):
 * `[وزارة المالية الكويتية]`، `[هيئة الرقابة المالية المصرية]` (المالية is "financial" and
 * "Malian"). The rules close a name at its first nationality adjective (وزارة الخارجية [الروسية]).
 * Only after one that is also a common adjective: after السعودي in `مدرب المنتخب السعودي الإيطالي
 * روبرتو مانشيني` the second adjective is the coach's. Runs after the tagger, on what it chose, so
 * the model's features do not depend on it.
 */
export const orgAdjectives = editComponent('org-adjectives', withSecondAdjective);

/** `c`, or `c` over the nationality adjective after it when nothing else is chosen there. */
function withSecondAdjective(ctx: RecognizerContext, c: Candidate, k: number): Candidate | undefined {
  const next = ctx.chosen[k + 1];
  const e = c.tokenEnd;
  if (c.type !== 'ORG' || AS_WRITTEN.has(c.rule) || (next !== undefined && next.tokenStart <= e) || !secondAdjective(ctx.words, e)) return c;
  return { ...c, tokenEnd: e + 1, end: ctx.words.doc.end(e) };
}

/** Words `e - 1` and `e`, joined, are both definite singular nationality adjectives of one gender, of two countries, the first also a common word. */
function secondAdjective(w: Words, e: number): boolean {
  if (e <= 0 || e >= w.length || !w.joined(e - 1)) return false;
  const first = w.demonym(e - 1);
  const second = w.demonym(e);
  return (
    first !== undefined &&
    second !== undefined &&
    first.definite &&
    second.definite &&
    first.number === 'sg' &&
    second.number === 'sg' &&
    first.gender === second.gender &&
    first.country !== second.country &&
    // The first is also a common adjective (المالية: "financial"); after a nationality adjective
    // that is only one, a second describes what follows: مدرب المنتخب السعودي [الإيطالي روبرتو مانشيني].
    w.commonKeyAt(e - 1) &&
    // Written with its article and no proclitic: الجيش الأميركي [والعراقي] is two armies (coordinated ellipsis).
    w.keys[e]!.startsWith('ال') &&
    !w.covered(e)
  );
}
