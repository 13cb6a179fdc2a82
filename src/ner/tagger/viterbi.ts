import { allowed, TAG_COUNT } from './tags.js';

const NT = TAG_COUNT;
// Transitions BIO forbids (`O` → `I-PER`) get the score -1e30, so Viterbi never takes them. It is
// written as a literal where it is used: a module constant that is no small integer is a boxed
// number V8 reads from the module's context, and `c ? float : CONSTANT` then boxed every
// transition it stored (about 600 bytes a call, 3.6 MB of a steady pass; sampling heap profiler).

/**
 * Work space reused by every call (each cell is written before it is read): no allocation per
 * document. Scores need only the previous token's (seven locals in `viterbi`); the
 * back-pointers need every token's (one byte a tag).
 */
const SCRATCH_KEEP = 1 << 20;
/**
 * The transitions of the current call with BIO's forbidden ones set to -1e30, as
 * doubles. One table read per step instead of a choice between a weight and
 * a constant: that choice made the optimised loop box every score it compared (one heap number per
 * step, about a third of all the memory `analyze` allocated, measured with the sampling heap profiler).
 * After them, at `LEAD_AT`, the lead of {@link leadNeeded}.
 */
const LEAD_AT = NT * NT;
const moves = new Float64Array(LEAD_AT + 1);

/**
 * `transitions` as {@link viterbi} reads them, for a caller that tags many documents with the same
 * ones (`TaggerModel.viterbiMoves`): the moves with BIO's forbidden ones at -1e30, then how far a
 * tag must lead to be the best before O and every B- ({@link leadNeeded}). Without it, `viterbi`
 * works them out at every call (training changes its transitions between calls).
 */
export function viterbiMoves(transitions: Float32Array | Float64Array): Float64Array {
  return movesInto(new Float64Array(LEAD_AT + 1), transitions);
}

function movesInto(m: Float64Array, transitions: Float32Array | Float64Array): Float64Array {
  for (let p = 0; p < NT; p++) for (let t = 0; t < NT; t++) m[p * NT + t] = ALLOWED[p * NT + t] ? transitions[p * NT + t]! : -1e30; // forbidden
  m[LEAD_AT] = leadNeeded(m);
  return m;
}
/**
 * The back-pointers, one byte a token ({@link viterbi}): the tag before `O` and each B- when one
 * tag led (bits 0–2; {@link SLOW} when not, and those four are in `slowScratch`), and whether each
 * I- came from itself rather than its B- (bits 3–5: I-PER, I-LOC, I-ORG). Seven bytes a token were
 * seven stores a step, where most steps need one.
 */
let backScratch = new Uint8Array(1024);
/** The tags before `O`, B-PER, B-LOC, B-ORG of a token without a leading tag, four bytes a token (most are never written). */
let slowScratch = new Uint8Array(1024 * 4);
/** A token's back-pointer byte: no tag led, the tags before `O` and the B- are in the slow pointers. */
const enum Back { SLOW = 64 }

/**
 * The best tag sequence under BIO: `emissions[i * 7 + t]` is the score of tag `t` at token `i`,
 * `transitions[p * 7 + t]` of `t` after `p`, and row 7 (`transitions[49 + t]`) of `t` first.
 * An I- tag only follows its own B- or I- (the sentence `بشار الأسد` can be `B-PER I-PER`,
 * never `O I-PER`).
 */
export function viterbi(
  emissions: Float32Array | Float64Array,
  n: number,
  transitions: Float32Array | Float64Array,
  out: Uint8Array,
  prepared: Float64Array = movesInto(moves, transitions),
): void {
  if (n === 0) return;
  // A huge document gets buffers of its own, so that they do not stay alive after it.
  const own = n * NT > SCRATCH_KEEP;
  if (!own && backScratch.length < n) {
    backScratch = new Uint8Array(Math.min(SCRATCH_KEEP, n * 2));
    slowScratch = new Uint8Array(Math.min(SCRATCH_KEEP, n * 2) * 4);
  }
  const back = own ? new Uint8Array(n) : backScratch;
  const slow = own ? new Uint8Array(n * 4) : slowScratch;
  const m = prepared;
  // The previous token's scores live in locals (`s0` … `s6`), the new token's are made in `n0` …
  // `n6`: no row of scores written and read back at every token (14 typed-array accesses a token).
  // The sums and comparisons are the same as a loop over a row of scores, in the same order.
  let s0 = allowed(0, 0) ? emissions[0]! + transitions[NT * NT]! : -1e30; // forbidden
  let s1 = allowed(0, 1) ? emissions[1]! + transitions[NT * NT + 1]! : -1e30;
  let s2 = allowed(0, 2) ? emissions[2]! + transitions[NT * NT + 2]! : -1e30;
  let s3 = allowed(0, 3) ? emissions[3]! + transitions[NT * NT + 3]! : -1e30;
  let s4 = allowed(0, 4) ? emissions[4]! + transitions[NT * NT + 4]! : -1e30;
  let s5 = allowed(0, 5) ? emissions[5]! + transitions[NT * NT + 5]! : -1e30;
  let s6 = allowed(0, 6) ? emissions[6]! + transitions[NT * NT + 6]! : -1e30;
  const lead = m[LEAD_AT]!;
  // The moves into an I- tag: from its B- and from itself.
  const perBegin = m[1 * NT + 2]!;
  const perInside = m[2 * NT + 2]!;
  const locBegin = m[3 * NT + 4]!;
  const locInside = m[4 * NT + 4]!;
  const orgBegin = m[5 * NT + 6]!;
  const orgInside = m[6 * NT + 6]!;
  const bo = beginScores;
  // Each step reads the token's seven emissions and the moves it needs before it stores any back
  // pointer: V8 checks a typed array's map and reloads its length and data pointer at each access
  // after a store to any typed array (about ten instructions a read), so the stores come last. Steps of 7
  // written as a literal: `NT` is a module variable, read from the module's context at each use.
  for (let i = 1; i < n; i++) {
    const base = i * 7;
    const e0 = emissions[base]!;
    const e1 = emissions[base + 1]!;
    const e2 = emissions[base + 2]!;
    const e3 = emissions[base + 3]!;
    const e4 = emissions[base + 4]!;
    const e5 = emissions[base + 5]!;
    const e6 = emissions[base + 6]!;
    // The previous token's best tag and the runner-up's score (a tie leaves no lead).
    let top = s0;
    let first = 0;
    let second = -Infinity;
    if (s1 > top) {
      second = top;
      top = s1;
      first = 1;
    } else if (s1 > second) second = s1;
    if (s2 > top) {
      second = top;
      top = s2;
      first = 2;
    } else if (s2 > second) second = s2;
    if (s3 > top) {
      second = top;
      top = s3;
      first = 3;
    } else if (s3 > second) second = s3;
    if (s4 > top) {
      second = top;
      top = s4;
      first = 4;
    } else if (s4 > second) second = s4;
    if (s5 > top) {
      second = top;
      top = s5;
      first = 5;
    } else if (s5 > second) second = s5;
    if (s6 > top) {
      second = top;
      top = s6;
      first = 6;
    } else if (s6 > second) second = s6;
    // An I- tag comes from its own B- or I- (ties to the B-: the I- only when strictly better).
    const perB = s1 + perBegin;
    const perI = s2 + perInside;
    const n2 = (perI > perB ? perI : perB) + e2;
    const locB = s3 + locBegin;
    const locI = s4 + locInside;
    const n4 = (locI > locB ? locI : locB) + e4;
    const orgB = s5 + orgBegin;
    const orgI = s6 + orgInside;
    const n6 = (orgI > orgB ? orgI : orgB) + e6;
    let n0: number;
    let n1: number;
    let n3: number;
    let n5: number;
    // Whether each I- comes from itself (bits 3–5), then the tag before O and the B- (bits 0–2).
    let b = (perI > perB ? 8 : 0) | (locI > locB ? 16 : 0) | (orgI > orgB ? 32 : 0);
    if (top - second > lead + 1e-9 * (Math.abs(top) + 1)) {
      // One tag leads the others by more than any move to O or a B- can make up (most tokens of a
      // text, deep inside a run of O): it is the best before each of those, and the scores are
      // the very sums the comparisons below would have kept (the 1e-9 keeps rounding out of it).
      const from = first * 7;
      n0 = top + m[from]! + e0;
      n1 = top + m[from + 1]! + e1;
      n3 = top + m[from + 3]! + e3;
      n5 = top + m[from + 5]! + e5;
      b |= first;
    } else {
      beginsOrOutside(bo, m, emissions, slow, base, i * 4, s0, s1, s2, s3, s4, s5, s6);
      n0 = bo[0]!;
      n1 = bo[1]!;
      n3 = bo[3]!;
      n5 = bo[5]!;
      b |= Back.SLOW;
    }
    back[i] = b;
    s0 = n0;
    s1 = n1;
    s2 = n2;
    s3 = n3;
    s4 = n4;
    s5 = n5;
    s6 = n6;
  }
  // The best last tag (ties to the lower tag), then back along the pointers. Once a document: a
  // loop over the last row, not unrolled as the per-token steps are.
  const last = lastScores;
  last[0] = s0;
  last[1] = s1;
  last[2] = s2;
  last[3] = s3;
  last[4] = s4;
  last[5] = s5;
  last[6] = s6;
  let arg = 0;
  for (let t = 1; t < NT; t++) if (last[t]! > last[arg]!) arg = t;
  for (let i = n - 1; i > 0; i--) {
    out[i] = arg;
    const b = back[i]!;
    // An I- (2, 4, 6): itself or its B-, by bit 3, 4 or 5; O or a B- (0, 1, 3, 5): the leading
    // tag, or its own slow pointer (slot 0–3).
    if (arg !== 0 && (arg & 1) === 0) arg = (b & (4 << (arg >> 1))) !== 0 ? arg : arg - 1;
    else arg = (b & Back.SLOW) === 0 ? b & 7 : slow[i * 4 + ((arg + 1) >> 1)]!;
  }
  out[0] = arg;
}

/** The last token's seven scores, for `viterbi`'s choice of the last tag. */
const lastScores = new Float64Array(NT);

/** Where {@link beginsOrOutside} writes its scores (at 0, 1, 3, 5) for `viterbi` to read. */
const beginScores = new Float64Array(NT);

/**
 * Token `i`'s scores of `O` and the B- tags (t = 0, 1, 3, 5), before each of which BIO allows all
 * seven tags: unrolled, the previous row read once (`s0` … `s6`): the same sums and comparisons, in
 * the same order (ties go to the lower tag), as a loop over the allowed tags, at about half the cost.
 * The tag before each is written at `slow[at + 0…3]` (O, B-PER, B-LOC, B-ORG).
 */
function beginsOrOutside(
  score: Float64Array,
  m: Float64Array,
  emissions: Float32Array | Float64Array,
  slow: Uint8Array,
  base: number,
  at: number,
  s0: number,
  s1: number,
  s2: number,
  s3: number,
  s4: number,
  s5: number,
  s6: number,
): void {
  for (let t = 0; t < 7; t = t === 0 ? 1 : t + 2) {
    let best = -Infinity;
    let arg = 0;
    let s = s0 + m[t]!;
    if (s > best) best = s;
    s = s1 + m[7 + t]!;
    if (s > best) {
      best = s;
      arg = 1;
    }
    s = s2 + m[14 + t]!;
    if (s > best) {
      best = s;
      arg = 2;
    }
    s = s3 + m[21 + t]!;
    if (s > best) {
      best = s;
      arg = 3;
    }
    s = s4 + m[28 + t]!;
    if (s > best) {
      best = s;
      arg = 4;
    }
    s = s5 + m[35 + t]!;
    if (s > best) {
      best = s;
      arg = 5;
    }
    s = s6 + m[42 + t]!;
    if (s > best) {
      best = s;
      arg = 6;
    }
    score[t] = best + emissions[base + t]!;
    slow[at + ((t + 1) >> 1)] = arg;
  }
}

/**
 * How far the previous token's best tag must lead every other for it to be the best before `O`
 * and each B- (see `viterbi`): the widest spread of a move into one of those tags, over where it
 * comes from. Moves into an I- are not counted: their two comparisons are made anyway.
 */
function leadNeeded(m: Float64Array): number {
  let lead = 0;
  for (let t = 0; t < NT; t = t === 0 ? 1 : t + 2) {
    let lo = Infinity;
    let hi = -Infinity;
    for (let p = 0; p < NT; p++) {
      lo = Math.min(lo, m[p * NT + t]!);
      hi = Math.max(hi, m[p * NT + t]!);
    }
    lead = Math.max(lead, hi - lo);
  }
  return lead;
}

const ALLOWED = new Uint8Array(NT * NT);
for (let p = 0; p < NT; p++) for (let t = 0; t < NT; t++) ALLOWED[p * NT + t] = allowed(p, t) ? 1 : 0;
// The unrolled loop above reads BIO over three types as tags.ts lays it out: O, then B-/I- pairs.
for (let p = 0; p < NT; p++) {
  for (let t = 0; t < NT; t++) {
    const expected = t === 0 || t % 2 === 1 || p === t - 1 || p === t;
    if (NT !== 7 || (ALLOWED[p * NT + t] === 1) !== expected) throw new Error('viterbi: the tag layout is not O, B-PER, I-PER, B-LOC, I-LOC, B-ORG, I-ORG');
  }
}
