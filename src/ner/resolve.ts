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
  if (n === 0) return []; // nothing for a document with no candidate
  const kept = n <= KEEP_RANKS;
  const r = kept ? (ranks.length >= n ? ranks : (ranks = new Float64Array(Math.min(KEEP_RANKS, Math.max(n, ranks.length * 2))))) : new Float64Array(n);
  const order = kept ? (positions.length >= n ? positions : (positions = new Int32Array(Math.min(KEEP_RANKS, Math.max(n, positions.length * 2))))) : new Int32Array(n);
  let m = 0;
  for (let i = 0; i < n; i++) {
    const c = candidates[i]!;
    if (c.tentative || !(c.tokenEnd > c.tokenStart)) continue;
    r[i] = rankOf(c);
    order[m++] = i;
  }
  sortPositions(candidates, r, order, m);
  const u = tokenCount <= KEEP ? (used.length >= tokenCount ? used : (used = new Uint8Array(Math.min(KEEP, Math.max(tokenCount, used.length * 2))))) : new Uint8Array(tokenCount);
  // Made with its first candidate, not empty and pushed to (V8's first push makes room for 16).
  let chosen: Candidate[] | undefined;
  outer: for (let k = 0; k < m; k++) {
    const c = candidates[order[k]!]!;
    for (let t = c.tokenStart; t < c.tokenEnd; t++) if (u[t]) continue outer;
    for (let t = c.tokenStart; t < c.tokenEnd; t++) u[t] = 1;
    if (chosen === undefined) chosen = [c];
    else chosen.push(c);
  }
  if (chosen === undefined) return [];
  // The work space is left clear for the next call: only the chosen candidates' tokens were marked.
  if (u === used) for (let k = 0; k < chosen.length; k++) u.fill(0, chosen[k]!.tokenStart, chosen[k]!.tokenEnd);
  return sortSmall(chosen, byStart);
}

/**
 * Whether the candidate at position `i` goes after the one at `j`. A negative rank overrides: such
 * candidates (the user's patterns) are chosen before any other; then the longer span, the better
 * rank, the earlier start.
 */
function after(candidates: readonly Candidate[], r: Float64Array, i: number, j: number): boolean {
  const a = candidates[i]!;
  const b = candidates[j]!;
  return (+(r[j]! < 0) - +(r[i]! < 0) || b.tokenEnd - b.tokenStart - (a.tokenEnd - a.tokenStart) || r[i]! - r[j]! || a.tokenStart - b.tokenStart) > 0;
}

/**
 * Sorts `order[0, m)` stably by {@link after}: by insertion up to SMALL positions (a module
 * function, where a comparator closing over the candidates and ranks made a context and a closure
 * every call), with `Array#sort` past that (a long document's).
 */
function sortPositions(candidates: readonly Candidate[], r: Float64Array, order: Int32Array, m: number): void {
  if (m > SMALL) {
    const list = Array.from(order.subarray(0, m));
    list.sort((i, j) => (after(candidates, r, i, j) ? 1 : after(candidates, r, j, i) ? -1 : 0));
    order.set(list);
    return;
  }
  for (let i = 1; i < m; i++) {
    const x = order[i]!;
    let j = i - 1;
    while (j >= 0 && after(candidates, r, order[j]!, x)) {
      order[j + 1] = order[j]!;
      j--;
    }
    order[j + 1] = x;
  }
}

/** Up to this many positions, {@link sortPositions} sorts by insertion (as `sortSmall` does). */
const SMALL = 16;

/** Work space of {@link resolve}: the candidates' ranks by position, the tokens taken (all 0 between calls); a larger document gets its own. */
const KEEP = 1 << 16;
const KEEP_RANKS = 1 << 12;
// Sized at load for most documents (a news article's 1,000 tokens, 256 candidates): a table first
// grown after V8 had optimised `resolve` deoptimised it (the growth's path had no type feedback;
// in the `new` pass, at the first document of more than 256 tokens), and it was compiled again.
let ranks = new Float64Array(256);
let positions = new Int32Array(256);
let used = new Uint8Array(2048);
