import { allowed, TAG_COUNT } from './tags.js';

const NT = TAG_COUNT;
// Transitions BIO forbids (`O` → `I-PER`) get the score -1e30, so Viterbi never takes them. It is
// written as a literal where it is used: a module constant that is no small integer is a boxed
// number V8 reads from the module's context, and `c ? float : CONSTANT` then boxed every
// transition it stored (about 600 bytes a call, 3.6 MB of a steady pass; sampling heap profiler).

/**
 * Work space reused by every call (each cell is written before it is read): no allocation per
 * document. Scores need only the previous token's row, so two rows serve any length; the
 * back-pointers need every token's (one byte a tag).
 */
const SCRATCH_KEEP = 1 << 20;
const rows = new Float64Array(2 * NT);
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
let backScratch = new Uint8Array(1024 * NT);

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
  if (!own && backScratch.length < n * NT) backScratch = new Uint8Array(Math.min(SCRATCH_KEEP, n * NT * 2));
  const back = own ? new Uint8Array(n * NT) : backScratch;
  const score = rows;
  const m = prepared;
  for (let t = 0; t < NT; t++) score[t] = allowed(0, t) ? emissions[t]! + transitions[NT * NT + t]! : -1e30; // forbidden
  const lead = m[LEAD_AT]!;
  for (let i = 1; i < n; i++) {
    const base = i * NT;
    // The row of token i in `rows` (token i - 1's is the other one).
    const row = (i & 1) * NT;
    const prevRow = NT - row;
    const s0 = score[prevRow]!;
    const s1 = score[prevRow + 1]!;
    const s2 = score[prevRow + 2]!;
    const s3 = score[prevRow + 3]!;
    const s4 = score[prevRow + 4]!;
    const s5 = score[prevRow + 5]!;
    const s6 = score[prevRow + 6]!;
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
    if (top - second > lead + 1e-9 * (Math.abs(top) + 1)) {
      // One tag leads the others by more than any move to O or a B- can make up (most tokens of a
      // text, deep inside a run of O): it is the best before each of those, and the scores are
      // the very sums the comparisons below would have kept (the 1e-9 keeps rounding out of it).
      const from = first * NT;
      score[row] = top + m[from]! + emissions[base]!;
      back[base] = first;
      score[row + 1] = top + m[from + 1]! + emissions[base + 1]!;
      back[base + 1] = first;
      score[row + 3] = top + m[from + 3]! + emissions[base + 3]!;
      back[base + 3] = first;
      score[row + 5] = top + m[from + 5]! + emissions[base + 5]!;
      back[base + 5] = first;
    } else {
      beginsOrOutside(score, m, emissions, back, base, row, s0, s1, s2, s3, s4, s5, s6);
    }
    for (let t = 2; t < NT; t += 2) {
      let best = -Infinity;
      let arg = 0;
      const fromBegin = score[prevRow + t - 1]! + m[(t - 1) * NT + t]!;
      if (fromBegin > best) {
        best = fromBegin;
        arg = t - 1;
      }
      const fromInside = score[prevRow + t]! + m[t * NT + t]!;
      if (fromInside > best) {
        best = fromInside;
        arg = t;
      }
      score[row + t] = best + emissions[base + t]!;
      back[base + t] = arg;
    }
  }
  let best = -Infinity;
  let arg = 0;
  const last = ((n - 1) & 1) * NT;
  for (let t = 0; t < NT; t++) {
    if (score[last + t]! > best) {
      best = score[last + t]!;
      arg = t;
    }
  }
  for (let i = n - 1; i >= 0; i--) {
    out[i] = arg;
    arg = back[i * NT + arg]!;
  }
}

/**
 * Token `i`'s scores of `O` and the B- tags (t = 0, 1, 3, 5), before each of which BIO allows all
 * seven tags: unrolled, the previous row read once (`s0` … `s6`): the same sums and comparisons, in
 * the same order (ties go to the lower tag), as a loop over the allowed tags, at about half the cost.
 */
function beginsOrOutside(
  score: Float64Array,
  m: Float64Array,
  emissions: Float32Array | Float64Array,
  back: Uint8Array,
  base: number,
  row: number,
  s0: number,
  s1: number,
  s2: number,
  s3: number,
  s4: number,
  s5: number,
  s6: number,
): void {
  for (let t = 0; t < NT; t = t === 0 ? 1 : t + 2) {
    let best = -Infinity;
    let arg = 0;
    let s = s0 + m[t]!;
    if (s > best) best = s;
    s = s1 + m[NT + t]!;
    if (s > best) {
      best = s;
      arg = 1;
    }
    s = s2 + m[2 * NT + t]!;
    if (s > best) {
      best = s;
      arg = 2;
    }
    s = s3 + m[3 * NT + t]!;
    if (s > best) {
      best = s;
      arg = 3;
    }
    s = s4 + m[4 * NT + t]!;
    if (s > best) {
      best = s;
      arg = 4;
    }
    s = s5 + m[5 * NT + t]!;
    if (s > best) {
      best = s;
      arg = 5;
    }
    s = s6 + m[6 * NT + t]!;
    if (s > best) {
      best = s;
      arg = 6;
    }
    score[row + t] = best + emissions[base + t]!;
    back[base + t] = arg;
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
