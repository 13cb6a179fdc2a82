import { allowed, TAG_COUNT } from './tags.js';

const NT = TAG_COUNT;
/** Transitions BIO forbids (`O` → `I-PER`) get this score, so Viterbi never takes them. */
const FORBIDDEN = -1e30;

/**
 * Work space reused by every call (each cell is written before it is read): no allocation per
 * document. Scores need only the previous token's row, so two rows serve any length; the
 * back-pointers need every token's (one byte a tag).
 */
const SCRATCH_KEEP = 1 << 20;
const rows = new Float64Array(2 * NT);
/**
 * The transitions of the current call with BIO's forbidden ones set to {@link FORBIDDEN}, as
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
  for (let p = 0; p < NT; p++) for (let t = 0; t < NT; t++) m[p * NT + t] = ALLOWED[p * NT + t] ? transitions[p * NT + t]! : FORBIDDEN;
  for (let t = 0; t < NT; t++) score[t] = allowed(0, t) ? emissions[t]! + transitions[NT * NT + t]! : FORBIDDEN;
  for (let i = 1; i < n; i++) {
    const base = i * NT;
    // The row of token i in `rows` (token i - 1's is the other one).
    const row = (i & 1) * NT;
    const prevRow = NT - row;
    for (let t = 0; t < NT; t++) {
      let best = -Infinity;
      let arg = 0;
      // Only the tags BIO allows before t (all seven before O or a B-, two before an I-): from
      // token 1 on, B- and O always score above −1e30, so a forbidden move never won a comparison.
      for (let k = FROM_START[t]!, end = FROM_START[t + 1]!; k < end; k++) {
        const p = FROM[k]!;
        const s = score[prevRow + p]! + m[p * NT + t]!;
        if (s > best) {
          best = s;
          arg = p;
        }
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
/** The tags allowed before tag `t`, in increasing order: `FROM[FROM_START[t]]` … `FROM[FROM_START[t + 1] - 1]`. */
const FROM_START = new Uint8Array(NT + 1);
const FROM = new Uint8Array(NT * NT);
for (let t = 0, k = 0; t < NT; t++) {
  FROM_START[t] = k;
  for (let p = 0; p < NT; p++) if (ALLOWED[p * NT + t]) FROM[k++] = p;
  FROM_START[t + 1] = k;
}
