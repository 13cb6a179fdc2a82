import type { Candidate } from './candidates.js';

/**
 * Chooses non-overlapping candidates: longer spans first (in tokens), then the more trusted rule,
 * then the earlier one. Tentative candidates never win. Returns them in text order.
 */
export function resolve(candidates: readonly Candidate[], tokenCount: number): Candidate[] {
  const order = candidates
    .filter((c) => !c.tentative && c.tokenEnd > c.tokenStart)
    .sort((a, b) => b.tokenEnd - b.tokenStart - (a.tokenEnd - a.tokenStart) || b.priority - a.priority || a.tokenStart - b.tokenStart);
  const used = new Uint8Array(tokenCount);
  const chosen: Candidate[] = [];
  outer: for (const c of order) {
    for (let k = c.tokenStart; k < c.tokenEnd; k++) if (used[k]) continue outer;
    for (let k = c.tokenStart; k < c.tokenEnd; k++) used[k] = 1;
    chosen.push(c);
  }
  return chosen.sort((a, b) => a.start - b.start);
}
