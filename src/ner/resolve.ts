import type { Candidate } from './candidates.js';

/**
 * Chooses non-overlapping candidates: longer spans first (in tokens), then the higher-ranked rule
 * (`rankOf` gives 0 for the most trusted), then the earlier one; a negative rank wins whatever the length. Tentative candidates never win.
 * Returns them in text order.
 */
export function resolve(candidates: readonly Candidate[], tokenCount: number, rankOf: (c: Candidate) => number): Candidate[] {
  const ranked = candidates.filter((c) => !c.tentative && c.tokenEnd > c.tokenStart).map((c) => ({ c, r: rankOf(c) }));
  // A negative rank overrides: such candidates (the user's patterns) are chosen before any other.
  ranked.sort((a, b) => +(b.r < 0) - +(a.r < 0) || b.c.tokenEnd - b.c.tokenStart - (a.c.tokenEnd - a.c.tokenStart) || a.r - b.r || a.c.tokenStart - b.c.tokenStart);
  const used = new Uint8Array(tokenCount);
  const chosen: Candidate[] = [];
  outer: for (const { c } of ranked) {
    for (let k = c.tokenStart; k < c.tokenEnd; k++) if (used[k]) continue outer;
    for (let k = c.tokenStart; k < c.tokenEnd; k++) used[k] = 1;
    chosen.push(c);
  }
  return chosen.sort((a, b) => a.start - b.start);
}
