import { byStart, type Candidate } from './candidates.js';
import { sortSmall } from './sort-small.js';

/**
 * Chooses non-overlapping candidates: longer spans first (in tokens), then the higher-ranked rule
 * (`rankOf` gives 0 for the most trusted), then the earlier one; a negative rank wins whatever the length. Tentative candidates never win.
 * Returns them in text order.
 */
export function resolve(candidates: readonly Candidate[], tokenCount: number, rankOf: (c: Candidate) => number): Candidate[] {
  // The positions of the candidates that may win, sorted, with their ranks beside them in work
  // space: no `{ c, r }` record per candidate, no filtered copy, no token table per call (a
  // document's resolve ran once or twice; its garbage was about 1.5 KB a document). The sort is
  // stable and the positions start in order, so ties come out as the filtered list's did.
  const n = candidates.length;
  if (n === 0) return []; // no work space, list or closure for a document with no candidate
  const r = n <= KEEP_RANKS ? (ranks.length >= n ? ranks : (ranks = new Float64Array(Math.min(KEEP_RANKS, Math.max(n, ranks.length * 2))))) : new Float64Array(n);
  const order: number[] = [];
  for (let i = 0; i < n; i++) {
    const c = candidates[i]!;
    if (c.tentative || !(c.tokenEnd > c.tokenStart)) continue;
    r[i] = rankOf(c);
    order.push(i);
  }
  // A negative rank overrides: such candidates (the user's patterns) are chosen before any other.
  sortSmall(order, (i, j) => {
    const a = candidates[i]!;
    const b = candidates[j]!;
    return +(r[j]! < 0) - +(r[i]! < 0) || b.tokenEnd - b.tokenStart - (a.tokenEnd - a.tokenStart) || r[i]! - r[j]! || a.tokenStart - b.tokenStart;
  });
  const kept = tokenCount <= KEEP;
  const u = kept ? (used.length >= tokenCount ? used : (used = new Uint8Array(Math.min(KEEP, Math.max(tokenCount, used.length * 2))))) : new Uint8Array(tokenCount);
  const chosen: Candidate[] = [];
  outer: for (let k = 0; k < order.length; k++) {
    const c = candidates[order[k]!]!;
    for (let t = c.tokenStart; t < c.tokenEnd; t++) if (u[t]) continue outer;
    for (let t = c.tokenStart; t < c.tokenEnd; t++) u[t] = 1;
    chosen.push(c);
  }
  // The work space is left clear for the next call: only the chosen candidates' tokens were marked.
  if (kept) for (let k = 0; k < chosen.length; k++) u.fill(0, chosen[k]!.tokenStart, chosen[k]!.tokenEnd);
  return sortSmall(chosen, byStart);
}

/** Work space of {@link resolve}: the candidates' ranks by position, the tokens taken (all 0 between calls); a larger document gets its own. */
const KEEP = 1 << 16;
const KEEP_RANKS = 1 << 12;
let ranks = new Float64Array(64);
let used = new Uint8Array(256);
