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
 */
const moves = new Float64Array(NT * NT);
let backScratch = new Uint8Array(1024 * NT);

/**
 * The best tag sequence under BIO: `emissions[i * 7 + t]` is the score of tag `t` at token `i`,
 * `transitions[p * 7 + t]` of `t` after `p`, and row 7 (`transitions[49 + t]`) of `t` first.
 * An I- tag only follows its own B- or I- (the sentence `بشار الأسد` can be `B-PER I-PER`,
 * never `O I-PER`).
 */
export function viterbi(emissions: Float32Array | Float64Array, n: number, transitions: Float32Array | Float64Array, out: Uint8Array): void {
  if (n === 0) return;
  // A huge document gets buffers of its own, so that they do not stay alive after it.
  const own = n * NT > SCRATCH_KEEP;
  if (!own && backScratch.length < n * NT) backScratch = new Uint8Array(Math.min(SCRATCH_KEEP, n * NT * 2));
  const back = own ? new Uint8Array(n * NT) : backScratch;
  const score = rows;
  const m = moves;
  for (let p = 0; p < NT; p++) for (let t = 0; t < NT; t++) m[p * NT + t] = ALLOWED[p * NT + t] ? transitions[p * NT + t]! : -1e30; // forbidden
  for (let t = 0; t < NT; t++) score[t] = allowed(0, t) ? emissions[t]! + transitions[NT * NT + t]! : -1e30; // forbidden
  for (let i = 1; i < n; i++) {
    const base = i * NT;
    // The row of token i in `rows` (token i - 1's is the other one).
    const row = (i & 1) * NT;
    const prevRow = NT - row;
    // Only the tags BIO allows before t: all seven before O or a B- (t = 0, 1, 3, 5), and before an
    // I- (t = 2, 4, 6) its own B- and I- (t - 1, t). From token 1 on, B- and O always score above
    // −1e30, so a forbidden move never won a comparison. Unrolled, the previous row read once: the
    // same sums and comparisons, in the same order (ties go to the lower tag), as a loop over the
    // allowed tags, at about half the cost.
    const s0 = score[prevRow]!;
    const s1 = score[prevRow + 1]!;
    const s2 = score[prevRow + 2]!;
    const s3 = score[prevRow + 3]!;
    const s4 = score[prevRow + 4]!;
    const s5 = score[prevRow + 5]!;
    const s6 = score[prevRow + 6]!;
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

const ALLOWED = new Uint8Array(NT * NT);
for (let p = 0; p < NT; p++) for (let t = 0; t < NT; t++) ALLOWED[p * NT + t] = allowed(p, t) ? 1 : 0;
// The unrolled loop above reads BIO over three types as tags.ts lays it out: O, then B-/I- pairs.
for (let p = 0; p < NT; p++) {
  for (let t = 0; t < NT; t++) {
    const expected = t === 0 || t % 2 === 1 || p === t - 1 || p === t;
    if (NT !== 7 || (ALLOWED[p * NT + t] === 1) !== expected) throw new Error('viterbi: the tag layout is not O, B-PER, I-PER, B-LOC, I-LOC, B-ORG, I-ORG');
  }
}
