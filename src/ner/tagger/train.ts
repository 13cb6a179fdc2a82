import { FEATURE_GROUP, type Features } from './features.js';
import { TaggerModel } from './model.js';
import { TAG_COUNT } from './tags.js';
import { viterbi } from './viterbi.js';

const NT = TAG_COUNT;

/** One training sentence (or document): its features and its gold tags. */
export interface TrainingExample {
  features: Features;
  gold: Uint8Array;
}

export interface TrainOptions {
  /** Passes over the data (default 12). */
  epochs?: number;
  /** Seed of the shuffle between epochs: the same data and seed give the same model. */
  seed?: number;
  /** Feature hashes are masked to this many bits (default 20). */
  bits?: number;
  /**
   * Called after each epoch with the averaged model so far; return a number (e.g. dev F1) to
   * keep the best epoch's model, and `false` to stop.
   */
  /** Quantised weights smaller than this (in units of the scale) become 0, and features left with none are dropped (default 1). */
  prune?: number;
  onEpoch?: (epoch: number, model: TaggerModel, mistakes: number) => number | false | void;
  /**
   * How a mistake moves the weights (default `'perceptron'`):
   * - `'perceptron'`: by one, for the features of each wrong token (Collins 2002);
   * - `'passive-aggressive'`: by the smallest step that makes the gold sequence win by a margin of
   *   one per token the prediction gets wrong, capped at `aggressiveness` (PA-I, Crammer et al.
   *   2006), the prediction made with that margin added (cost-augmented decoding). The built-in
   *   model is trained this way (docs/MODEL.md: ANERcorp CV +0.5 F1 over the perceptron).
   */
  update?: 'perceptron' | 'passive-aggressive';
  /** The cap C of a passive-aggressive step (default 1). */
  aggressiveness?: number;
  /**
   * Feature dropout (default none): the probability that a token (or, with `per: 'sentence'`, a
   * whole example) is seen without the features of each {@link FEATURE_GROUP} in a step, drawn
   * anew each epoch from a generator seeded by `seed`. Needs `features.groups`.
   */
  dropout?: DropoutOptions;
}

export interface DropoutOptions {
  /** Features of the word lists and the gazetteer ({@link FEATURE_GROUP}.LISTS). */
  lists?: number;
  /** The rules' tags ({@link FEATURE_GROUP}.RULES). */
  rules?: number;
  /** The token's own word: key, stem, bigrams ({@link FEATURE_GROUP}.WORD). */
  word?: number;
  /** Draw per token (default) or once per example. */
  per?: 'token' | 'sentence';
}

/** xorshift32: a small seeded generator, so that training is repeatable. */
function random(seed: number): () => number {
  let s = seed >>> 0 || 0x9e3779b9;
  return () => {
    s ^= s << 13;
    s >>>= 0;
    s ^= s >>> 17;
    s ^= s << 5;
    s >>>= 0;
    return s / 0x100000000;
  };
}

/**
 * Trains an averaged structured perceptron (Collins 2002): decode each example with the current
 * weights, and where the best sequence differs from the gold one, add the gold tags' features and
 * subtract the predicted ones' (by one, or by a passive-aggressive step: see `update`). The model
 * is the average of the weights over all steps, quantised to int8.
 */
export function trainPerceptron(examples: readonly TrainingExample[], options: TrainOptions = {}): TaggerModel {
  const epochs = options.epochs ?? 12;
  const bits = options.bits ?? 20;
  const prune = options.prune ?? 1;
  const next = random(options.seed ?? 1);
  const size = (1 << bits) * NT;
  const w = new Float32Array(size);
  const u = new Float64Array(size); // sum of step × update, for the average
  const tlen = (NT + 1) * NT;
  const tw = new Float64Array(tlen);
  const tu = new Float64Array(tlen);
  let c = 1;
  const order = examples.map((_, i) => i);
  let best: TaggerModel | undefined;
  let bestScore = -Infinity;
  let maxLen = 0;
  for (const e of examples) maxLen = Math.max(maxLen, e.gold.length);
  const emissions = new Float64Array(maxLen * NT);
  const pred = new Uint8Array(maxLen);
  const trans32 = new Float32Array(tlen);
  const passiveAggressive = options.update === 'passive-aggressive';
  const cap = options.aggressiveness ?? 1;
  const delta = new Map<number, number>();
  const dropout = options.dropout;
  for (const key of ['lists', 'rules', 'word'] as const) {
    const r = dropout?.[key];
    if (r !== undefined && !(r >= 0 && r < 1)) throw new RangeError(`trainPerceptron: dropout.${key} must be a probability in [0, 1), not ${r}`);
  }
  const dropRates: Array<[number, number]> = dropout
    ? ([
        [FEATURE_GROUP.LISTS, dropout.lists ?? 0],
        [FEATURE_GROUP.RULES, dropout.rules ?? 0],
        [FEATURE_GROUP.WORD, dropout.word ?? 0],
      ] as Array<[number, number]>).filter(([, r]) => r > 0)
    : [];
  const perSentence = dropout?.per === 'sentence';
  // A second generator, so that a model trained without dropout is the same bytes as before.
  const nextDrop = random(((options.seed ?? 1) * 0x2545f491 + 0x6b43a9b5) >>> 0);
  /** Groups dropped at each token of the current example (0: none dropped). */
  const drop = new Uint8Array(maxLen);
  for (let epoch = 1; epoch <= epochs; epoch++) {
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(next() * (i + 1));
      [order[i], order[j]] = [order[j]!, order[i]!];
    }
    let mistakes = 0;
    for (const x of order) {
      const { features, gold } = examples[x]!;
      const n = gold.length;
      const { feats, offsets } = features;
      const groups = dropRates.length > 0 ? features.groups : undefined;
      if (groups) {
        if (perSentence) {
          let g = 0;
          for (const [bit, rate] of dropRates) if (nextDrop() < rate) g |= bit;
          drop.fill(g, 0, n);
        } else {
          for (let i = 0; i < n; i++) {
            let g = 0;
            for (const [bit, rate] of dropRates) if (nextDrop() < rate) g |= bit;
            drop[i] = g;
          }
        }
      }
      for (let i = 0; i < n; i++) {
        let s0 = 0, s1 = 0, s2 = 0, s3 = 0, s4 = 0, s5 = 0, s6 = 0;
        const dropped = groups ? drop[i]! : 0;
        for (let k = offsets[i]!; k < offsets[i + 1]!; k++) {
          if (dropped !== 0 && (groups![k]! & dropped) !== 0) continue;
          const b = feats[k]! * NT;
          s0 += w[b]!; s1 += w[b + 1]!; s2 += w[b + 2]!; s3 += w[b + 3]!; s4 += w[b + 4]!; s5 += w[b + 5]!; s6 += w[b + 6]!;
        }
        const e = i * NT;
        emissions[e] = s0; emissions[e + 1] = s1; emissions[e + 2] = s2; emissions[e + 3] = s3;
        emissions[e + 4] = s4; emissions[e + 5] = s5; emissions[e + 6] = s6;
      }
      for (let t = 0; t < tlen; t++) trans32[t] = tw[t]!;
      if (passiveAggressive) {
        if (passiveAggressiveStep(features, gold, emissions, trans32, pred, delta, cap, c, w, u, tw, tu, groups ? drop : undefined)) mistakes++;
        c++;
        continue;
      }
      viterbi(emissions, n, trans32, pred);
      let wrong = false;
      for (let i = 0; i < n; i++) {
        const g = gold[i]!;
        const p = pred[i]!;
        const gp = i === 0 ? NT : gold[i - 1]!;
        const pp = i === 0 ? NT : pred[i - 1]!;
        if (g !== p) {
          wrong = true;
          const dropped = groups ? drop[i]! : 0;
          for (let k = offsets[i]!; k < offsets[i + 1]!; k++) {
            if (dropped !== 0 && (groups![k]! & dropped) !== 0) continue;
            const b = feats[k]! * NT;
            w[b + g]! += 1;
            u[b + g]! += c;
            w[b + p]! -= 1;
            u[b + p]! -= c;
          }
        }
        if (g !== p || gp !== pp) {
          tw[gp * NT + g]! += 1;
          tu[gp * NT + g]! += c;
          tw[pp * NT + p]! -= 1;
          tu[pp * NT + p]! -= c;
        }
      }
      if (wrong) mistakes++;
      c++;
    }
    if (options.onEpoch || epoch === epochs) {
      const model = averaged(w, u, tw, tu, c, bits, prune);
      const verdict = options.onEpoch?.(epoch, model, mistakes);
      if (typeof verdict === 'number') {
        if (verdict > bestScore) {
          bestScore = verdict;
          best = model;
        }
      } else if (verdict !== false) {
        best = model;
      }
      if (verdict === false) break;
    }
  }
  return best ?? averaged(w, u, tw, tu, c, bits, prune);
}

/**
 * One passive-aggressive step on one example (PA-I with cost-augmented decoding): decode with a
 * cost of 1 added to every wrong tag of every token, so that the prediction is the sequence that
 * most violates "gold wins by one per wrong token"; then move the weights along the difference of
 * the gold and predicted features `Δ` by `τ = min(cap, loss / |Δ|²)`, where the loss is the
 * predicted sequence's score minus the gold one's plus the number of wrong tokens. Unlike the
 * perceptron's step of one, the step is as small as the example needs: an example the model
 * nearly gets right moves it little. Returns whether the prediction was wrong.
 */
function passiveAggressiveStep(
  features: Features,
  gold: Uint8Array,
  emissions: Float64Array,
  transitions: Float32Array,
  pred: Uint8Array,
  delta: Map<number, number>,
  cap: number,
  c: number,
  w: Float32Array,
  u: Float64Array,
  tw: Float64Array,
  tu: Float64Array,
  drop?: Uint8Array,
): boolean {
  const n = gold.length;
  const { feats, offsets } = features;
  const groups = drop ? features.groups : undefined;
  for (let i = 0; i < n; i++) for (let t = 0; t < NT; t++) if (t !== gold[i]) emissions[i * NT + t]! += 1;
  viterbi(emissions, n, transitions, pred);
  for (let i = 0; i < n; i++) for (let t = 0; t < NT; t++) if (t !== gold[i]) emissions[i * NT + t]! -= 1;
  // Δ over (bucket, tag) cells, and over transitions as negative keys (-1 - index).
  delta.clear();
  const add = (key: number, v: number) => delta.set(key, (delta.get(key) ?? 0) + v);
  let margin = 0;
  let wrongTokens = 0;
  for (let i = 0; i < n; i++) {
    const g = gold[i]!;
    const p = pred[i]!;
    const gp = i === 0 ? NT : gold[i - 1]!;
    const pp = i === 0 ? NT : pred[i - 1]!;
    margin += emissions[i * NT + p]! - emissions[i * NT + g]! + tw[pp * NT + p]! - tw[gp * NT + g]!;
    if (g !== p) {
      wrongTokens++;
      const dropped = groups ? drop![i]! : 0;
      for (let k = offsets[i]!; k < offsets[i + 1]!; k++) {
        if (dropped !== 0 && (groups![k]! & dropped) !== 0) continue;
        add(feats[k]! * NT + g, 1);
        add(feats[k]! * NT + p, -1);
      }
    }
    if (g !== p || gp !== pp) {
      add(-1 - (gp * NT + g), 1);
      add(-1 - (pp * NT + p), -1);
    }
  }
  if (wrongTokens === 0) return false;
  let norm = 0;
  for (const v of delta.values()) norm += v * v;
  const loss = margin + wrongTokens;
  if (loss <= 0 || norm === 0) return true;
  const tau = Math.min(cap, loss / norm);
  for (const [key, v] of delta) {
    if (v === 0) continue;
    if (key >= 0) {
      w[key]! += tau * v;
      u[key]! += c * tau * v;
    } else {
      tw[-1 - key]! += tau * v;
      tu[-1 - key]! += c * tau * v;
    }
  }
  return true;
}

/** The averaged weights, quantised to int8 with one scale; features whose weights all round to 0 are dropped. */
function averaged(w: Float32Array, u: Float64Array, tw: Float64Array, tu: Float64Array, c: number, bits: number, prune: number): TaggerModel {
  const avg = new Float32Array(w.length);
  let max = 0;
  for (let i = 0; i < w.length; i++) {
    const a = w[i]! - u[i]! / c;
    avg[i] = a;
    const m = Math.abs(a);
    if (m > max) max = m;
  }
  // One scale for all weights, from a high percentile rather than the maximum, so that a few
  // huge weights (the bias, the rules' tags) do not round every small one to zero.
  const sample: number[] = [];
  for (let i = 0; i < avg.length; i += 1) if (avg[i] !== 0) sample.push(Math.abs(avg[i]!));
  sample.sort((a, b) => a - b);
  const clip = sample.length ? sample[Math.min(sample.length - 1, Math.floor(sample.length * 0.9995))]! : 1;
  const scale = Math.max(clip, max / 1e6) / 127 || 1;
  const buckets: number[] = [];
  const rows: number[] = [];
  for (let f = 0; f < 1 << bits; f++) {
    let any = false;
    const row: number[] = [];
    for (let t = 0; t < NT; t++) {
      let q = Math.max(-127, Math.min(127, Math.round(avg[f * NT + t]! / scale)));
      if (Math.abs(q) < prune) q = 0;
      row.push(q);
      if (q !== 0) any = true;
    }
    if (any) {
      buckets.push(f);
      rows.push(...row);
    }
  }
  const transitions = new Float32Array(tw.length);
  for (let i = 0; i < tw.length; i++) transitions[i] = tw[i]! - tu[i]! / c;
  return new TaggerModel(bits, Uint32Array.from(buckets), Int8Array.from(rows), scale, transitions);
}

