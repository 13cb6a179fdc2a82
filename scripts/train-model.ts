/**
 * Trains the built-in tagger model from ../shared and writes it where the package ships it:
 * data/model/tagger.bin and src/ner/tagger/generated/model.ts (the same bytes, packed: src/ner/tagger/packed.ts, as text: src/ner/tagger/byte-text.ts).
 *
 *   npm run model              train on ANERcorp train + AQMAR train + seeds, write the model (AQMAR dev held out);
 *                              --epochs 10, --bits 20, --prune 20 (weights below 20/127 dropped: 39k features,
 *                              121 KB gzip packed; --prune 16 keeps 47k, 146 KB, with the same CV and AQMAR dev
 *                              over seeds 1-3, 2026-12-08; --prune 1 keeps 103k, 346 KB gzip), --seed 1,
 *                              --update passive-aggressive (or perceptron: the learner's step, see train.ts)
 *   npm run model -- --check   train as above, write nothing, and exit 1 unless the bytes are those of
 *                              data/model/tagger.bin (the committed model is what this script makes)
 *   npm run model -- --module  no training: rewrite src/ner/tagger/generated/model.ts from data/model/tagger.bin
 *   npm run model -- --cv      measure instead: ANERcorp 5-fold CV (by contiguous blocks of documents),
 *                              and AQMAR dev with the rest in training; rules alone vs rules + tagger
 *   npm run model -- --seeds 1,2,3
 *                              the analyzer's CV and AQMAR dev F1 once per shuffle seed, with their mean
 *                              and range: one run's noise (±0.2 CV, ±0.7 AQMAR dev) hides most single changes
 *
 * Deterministic: the same data and seed give the same bytes.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { docKey, formatScore, score, type ScoredSpan, type ScoreResult } from '../src/cli/score.js';
import { clubsNamedByPlaces, outsideSpans, tagView, unbackedPeople } from '../src/ner/tagger/document.js';
import { combine, PROTECTED_RULES, vetoable, type CombinePolicy } from '../src/ner/tagger/combine.js';
import type { TaggerModel } from '../src/ner/tagger/model.js';
import { encodeByteText } from '../src/ner/tagger/byte-text.js';
import { packModel } from '../src/ner/tagger/packed.js';
import { trainPerceptron } from '../src/ner/tagger/train.js';
import { createAnalyzer } from '../src/analyze.js';
import { CV_FOLDS, emptyCounts, examples, foldEdge as foldEdgeOf, foldWindows, loadCorpora, prepare, trainingDigest, windows, type GoldDoc, type Prepared } from './tagger-corpus.js';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const flag = (name: string) => args.includes(name);
const value = (name: string, d: number) => {
  const i = args.indexOf(name);
  return i >= 0 ? Number(args[i + 1]) : d;
};
const BITS = value('--bits', 20);
const EPOCHS = value('--epochs', 10);
const SEED = value('--seed', 1);
const PRUNE = value('--prune', 20);
const FOLDS_RUN = value('--folds-run', 5);
/**
 * Training documents: windows of this many consecutive sentences of ANERcorp and AQMAR (the
 * corpora have no article ids), so that the rules and the features see neighbouring sentences as
 * the analyzer sees an article; each sentence stays one training example. 1: each sentence alone.
 * The built-in model is trained on 1,10: each sentence alone and in its window of 10 (docs/MODEL.md).
 */
const WINDOWS = args.includes('--window') ? String(args[args.indexOf('--window') + 1]).split(',').map(Number) : [1, 10];
if (WINDOWS.some((w) => !Number.isInteger(w) || w < 1)) throw new RangeError(`--window: expected sizes like 1,10, got ${WINDOWS.join(',')}`);
/** The largest window: `--cv` tests on it. */
const WINDOW = Math.max(...WINDOWS);
/** `--seeds`: also score the analyzer on windows of this many sentences (besides each sentence alone). */
const EVAL_WINDOW = value('--eval-window', WINDOW);
/** How a mistake moves the weights (`trainPerceptron`'s `update`): passive-aggressive steps gained +0.5 CV over the perceptron's (docs/MODEL.md). */
const UPDATE = args.includes('--update') ? (args[args.indexOf('--update') + 1] as 'perceptron' | 'passive-aggressive') : 'passive-aggressive';
if (UPDATE !== 'perceptron' && UPDATE !== 'passive-aggressive') throw new RangeError(`--update: expected perceptron or passive-aggressive, got ${UPDATE}`);
/**
 * Feature dropout in training (`trainPerceptron`'s `dropout`): `--drop-lists R` (0.05: each token
 * is seen without the word lists' and the gazetteer's features in one step of 20, so that the model
 * also learns the context of names no list knows; docs/MODEL.md), `--drop-rules R`, `--drop-word
 * R`, `--drop-per token|sentence`.
 */
const DROPOUT = {
  lists: value('--drop-lists', 0.05),
  rules: value('--drop-rules', 0),
  word: value('--drop-word', 0),
  per: (args.includes('--drop-per') ? args[args.indexOf('--drop-per') + 1] : 'token') as 'token' | 'sentence',
};
for (const [k, r] of Object.entries(DROPOUT)) if (k !== 'per' && !((r as number) >= 0 && (r as number) < 1)) throw new RangeError(`--drop-${k}: expected a probability in [0, 1), got ${r}`);
if (DROPOUT.per !== 'token' && DROPOUT.per !== 'sentence') throw new RangeError(`--drop-per: expected token or sentence, got ${DROPOUT.per}`);
const DROPPING = DROPOUT.lists > 0 || DROPOUT.rules > 0 || DROPOUT.word > 0;
type Variant = { name: string; policy: CombinePolicy; protect?: ReadonlySet<string>; veto?: boolean };
const PROTECT_SETS: Record<string, string[]> = {
  none: [],
  gazetteer: ['gazetteer'],
  guide: [...PROTECTED_RULES],
  'guide+titles': [...PROTECTED_RULES, 'titles'],
};
/** The row of the analyzer's own output (the shipped policy run through the whole pipeline). */
const PIPELINE = 'analyzer (shipped policy, whole pipeline)';
const POLICIES: Variant[] = [
  { name: 'tagger-first, protect guide, veto (shipped)', policy: 'tagger-first', protect: new Set(PROTECTED_RULES), veto: true },
  ...Object.entries(PROTECT_SETS).map(([k, v]) => ({ name: `tagger-first, protect ${k}`, policy: 'tagger-first' as const, protect: new Set(v) })),
  { name: 'rules-first', policy: 'rules-first' },
  { name: 'tagger-only', policy: 'tagger-only' },
];

function train(data: readonly Prepared[], log = false, seed = SEED): TaggerModel {
  return trainPerceptron(
    data.flatMap(examples),
    {
      epochs: EPOCHS,
      seed,
      bits: BITS,
      prune: PRUNE,
      update: UPDATE,
      ...(DROPPING ? { dropout: DROPOUT } : {}),
      onEpoch: log ? (e, m, mistakes) => void process.stderr.write(`epoch ${e}: ${mistakes} sentences wrong, ${m.features} features\n`) : undefined,
    },
  );
}

function predict(model: TaggerModel | undefined, data: readonly Prepared[], variant: Variant): Map<string, ScoredSpan[]> {
  const out = new Map<string, ScoredSpan[]>();
  for (const p of data) {
    if (!model) {
      out.set(docKey(p.doc.id), p.td.chosen);
      continue;
    }
    const v = tagView(model, p.td);
    const outside = variant.veto ? unbackedPeople(p.td.chosen, v.spans, outsideSpans(v.scores, p.td.chosen, vetoable)) : undefined;
    const clubs = variant.veto ? clubsNamedByPlaces(v.scores, p.td.chosen, v.spans) : undefined;
    out.set(docKey(p.doc.id), combine(variant.policy, p.td.chosen, v.spans, variant.protect, outside, clubs));
  }
  return out;
}

/**
 * What the analyzer itself returns with `model` as its built-in model: the shipped policy plus
 * everything the pipeline does after combining (`plausibleSpan`, the caller's common words,
 * proclitics joined by tatweel trimmed), so that the headline CV figure is the pipeline's.
 */
function pipeline(model: TaggerModel, data: readonly (Prepared | GoldDoc)[]): Map<string, ScoredSpan[]> {
  const analyzer = createAnalyzer({ model: model.toBytes() });
  const out = new Map<string, ScoredSpan[]>();
  for (const p of data) {
    const doc = 'td' in p ? p.doc : p;
    out.set(docKey(doc.id), analyzer.extractEntities(doc.text));
  }
  return out;
}

/** `--dump DIR`: writes the predictions of `name` as JSONL, for `score.py GOLD PRED --errors`. */
function dump(name: string, gold: readonly Prepared[], pred: Map<string, ScoredSpan[]>) {
  const dir = args[args.indexOf('--dump') + 1]!;
  mkdirSync(dir, { recursive: true });
  const lines = gold.map((p) => JSON.stringify({ id: p.doc.id, text: p.doc.text, entities: (pred.get(docKey(p.doc.id)) ?? []).map((e) => ({ start: e.start, end: e.end, type: e.type, rule: (e as { rule?: string }).rule })) }));
  writeFileSync(join(dir, `${name}.jsonl`), lines.join('\n') + '\n');
}

function row(name: string, r: ScoreResult): string {
  const f = (x: { p: number; r: number; f1: number }) => `${x.p.toFixed(3)} / ${x.r.toFixed(3)} / ${x.f1.toFixed(3)}`;
  return `| ${name} | ${f(r.rows.PER)} | ${f(r.rows.LOC)} | ${f(r.rows.ORG)} | **${f(r.rows.ALL)}** |`;
}

function addCounts(into: Map<string, ScoredSpan[]>, from: Map<string, ScoredSpan[]>) {
  for (const [k, v] of from) into.set(k, v);
}

/**
 * Writes src/ner/tagger/generated/model.ts: the model file with its weights packed
 * (src/ner/tagger/packed.ts: one mask byte a feature, then the weights that are not zero) as text
 * (src/ner/tagger/byte-text.ts: a character a byte for the frequent values, which gzip reads far better than base64),
 * behind a function so that the build (tsup.config.ts) can load it on first use:
 * `createAnalyzer({ tagger: false })` never reads it.
 */
function writeModelModule(bytes: Uint8Array): string {
  const dir = join(ROOT, 'src', 'ner', 'tagger', 'generated');
  mkdirSync(dir, { recursive: true });
  const text = encodeByteText(packModel(bytes));
  writeFileSync(
    join(dir, 'model.ts'),
    `// Generated by scripts/train-model.ts (npm run model) from data/model/tagger.bin: do not edit.\n` +
      `// The built-in tagger model, ${bytes.length} bytes, trained on ANERcorp train, AQMAR train and the seed articles (see docs/MODEL.md).\n` +
      `// Licence: CC BY-SA 4.0, not MIT (it is trained on CC BY-SA corpora): see docs/MODEL.md and THIRD_PARTY_NOTICES.\n\n` +
      `const PACKED_MODEL_TEXT =\n  '${text}';\n\n` +
      `/** The model file (data/model/tagger.bin) packed (src/ner/tagger/packed.ts), as text (src/ner/tagger/byte-text.ts). The build loads it on the first call. */\n` +
      `export function packedModelText(): string {\n  return PACKED_MODEL_TEXT;\n}\n`,
  );
  return text;
}

if (flag('--module')) {
  // Rewrites only the generated module from the committed model file, without training.
  writeModelModule(readFileSync(join(ROOT, 'data', 'model', 'tagger.bin')));
  process.exit(0);
}

const t0 = performance.now();
const corpora = loadCorpora();
const counts = emptyCounts();
/** The sentence where CV fold f starts (f = 0 … 5): contiguous blocks in corpus order. */
const foldEdge = (f: number) => foldEdgeOf(corpora.anercorp.length, f);
/** Every view of ANERcorp (`--window 1,10`: each sentence alone, and in windows of 10). */
const aner = WINDOWS.flatMap((w) => prepare(foldWindows(corpora.anercorp, w), BITS, counts));
/** The sentence index of each ANERcorp training document's first sentence, and its window size. */
const anerFirst: number[] = [];
const anerView: number[] = [];
for (const w of WINDOWS) {
  let at = 0;
  for (const d of foldWindows(corpora.anercorp, w)) {
    anerFirst.push(at);
    anerView.push(w);
    at += d.parts?.length ?? 1;
  }
}
const inFold = (f: number) => (_: Prepared, k: number) => anerFirst[k]! >= foldEdge(f) && anerFirst[k]! < foldEdge(f + 1);
const outOfFold = (f: number) => (p: Prepared, k: number) => !inFold(f)(p, k);
const aqTrain = WINDOWS.flatMap((w) => prepare(windows(corpora.aqmarTrain, w), BITS, counts));
const aqDev = prepare(windows(corpora.aqmarDev, WINDOW), BITS, counts);
const seeds = prepare(corpora.seeds, BITS, counts);
process.stderr.write(`prepared in ${((performance.now() - t0) / 1000).toFixed(1)} s\n`);

if (flag('--seeds')) {
  const list = String(args[args.indexOf('--seeds') + 1]).split(',').map(Number);
  const folds = CV_FOLDS;
  const evalWindows = [...new Set([1, EVAL_WINDOW])];
  type Row = { seed: number; cv: ScoreResult; aq: ScoreResult };
  const rows = new Map<number, Row[]>(evalWindows.map((w) => [w, []]));
  const goldOf = (docs: readonly GoldDoc[], w: number) => windows(docs, w);
  for (const seed of list) {
    const cv = new Map<number, Map<string, ScoredSpan[]>>(evalWindows.map((w) => [w, new Map()]));
    for (let f = 0; f < folds; f++) {
      const model = train([...aner.filter(outOfFold(f)), ...aqTrain, ...seeds], false, seed);
      for (const w of evalWindows) addCounts(cv.get(w)!, pipeline(model, goldOf(corpora.anercorp.slice(foldEdge(f), foldEdge(f + 1)), w)));
    }
    const model = train([...aner, ...aqTrain, ...seeds], false, seed);
    for (const w of evalWindows) {
      const aqGold = goldOf(corpora.aqmarDev, w);
      const cvGold = [0, 1, 2, 3, 4].flatMap((f) => goldOf(corpora.anercorp.slice(foldEdge(f), foldEdge(f + 1)), w));
      rows.get(w)!.push({ seed, cv: score(cvGold, cv.get(w)!), aq: score(aqGold, pipeline(model, aqGold)) });
    }
    process.stderr.write(`seed ${seed} done: ${evalWindows.map((w) => { const r = rows.get(w)!.at(-1)!; return `window ${w}: CV ${(['ALL', 'PER', 'LOC', 'ORG'] as const).map((t) => `${t} ${r.cv.rows[t].f1.toFixed(3)}`).join(' ')}, AQMAR dev ${(['ALL', 'PER', 'LOC', 'ORG'] as const).map((t) => `${t} ${r.aq.rows[t].f1.toFixed(3)}`).join(' ')}`; }).join('; ')}\n`);
  }
  const types = ['ALL', 'PER', 'LOC', 'ORG'] as const;
  for (const w of evalWindows) {
    console.log(`analyzer F1 per shuffle seed (epochs ${EPOCHS}, bits ${BITS}, prune ${PRUNE}, update ${UPDATE}, training windows ${WINDOWS.join(',')}${DROPPING ? `, dropout ${JSON.stringify(DROPOUT)}` : ''}); scored on ${w === 1 ? 'each sentence alone' : `windows of ${w} sentences`}`);
    console.log(`| seed | ${types.map((t) => `CV ${t}`).join(' | ')} | ${types.map((t) => `AQMAR dev ${t}`).join(' | ')} |`);
    console.log(`|---|${'---|'.repeat(8)}`);
    const rs = rows.get(w)!;
    for (const r of rs) console.log(`| ${r.seed} | ${types.map((t) => r.cv.rows[t].f1.toFixed(3)).join(' | ')} | ${types.map((t) => r.aq.rows[t].f1.toFixed(3)).join(' | ')} |`);
    const stat = (xs: number[]) => `${(xs.reduce((a, b) => a + b, 0) / xs.length).toFixed(3)} (${Math.min(...xs).toFixed(3)}–${Math.max(...xs).toFixed(3)})`;
    console.log(`| mean (range) | ${types.map((t) => stat(rs.map((r) => r.cv.rows[t].f1))).join(' | ')} | ${types.map((t) => stat(rs.map((r) => r.aq.rows[t].f1))).join(' | ')} |`);
    const prf = (x: { p: number; r: number; f1: number }) => `${x.p.toFixed(3)} / ${x.r.toFixed(3)} / ${x.f1.toFixed(3)}`;
    for (const r of rs) console.log(`seed ${r.seed}, P / R / F1: CV ${types.map((t) => `${t} ${prf(r.cv.rows[t])}`).join(', ')}; AQMAR dev ${types.map((t) => `${t} ${prf(r.aq.rows[t])}`).join(', ')}`);
  }
} else if (flag('--cv')) {
  const preds = new Map<string, Map<string, ScoredSpan[]>>();
  for (const p of ['rules', PIPELINE, ...POLICIES.map((v) => v.name)]) preds.set(p, new Map());
  for (let f = 0; f < FOLDS_RUN; f++) {
    const test = aner.filter((p, k) => inFold(f)(p, k) && anerView[k] === WINDOW);
    const t = performance.now();
    const model = train([...aner.filter(outOfFold(f)), ...aqTrain, ...seeds]);
    process.stderr.write(`fold ${f + 1}: trained in ${((performance.now() - t) / 1000).toFixed(1)} s, ${model.features} features, ${gzipSync(model.toBytes()).length} bytes gzip\n`);
    addCounts(preds.get('rules')!, predict(undefined, test, POLICIES[0]!));
    addCounts(preds.get(PIPELINE)!, pipeline(model, test));
    for (const v of POLICIES) addCounts(preds.get(v.name)!, predict(model, test, v));
  }
  console.log(`ANERcorp train, 5-fold CV (contiguous blocks), epochs ${EPOCHS}, bits ${BITS}`);
  console.log('| | PER P / R / F1 | LOC P / R / F1 | ORG P / R / F1 | all P / R / F1 |\n|---|---|---|---|---|');
  const tested = aner.filter((_, k) => anerFirst[k]! < foldEdge(FOLDS_RUN) && anerView[k] === WINDOW);
  const gold = tested.map((p) => p.doc);
  for (const [name, m] of preds) console.log(row(name, score(gold, m)));
  if (flag('--dump')) {
    const g = tested;
    dump('anercorp-gold', g, new Map(g.map((p) => [docKey(p.doc.id), p.doc.entities])));
    dump('anercorp-rules', g, preds.get('rules')!);
    dump('anercorp-pipeline', g, preds.get(PIPELINE)!);
    for (const [name, m] of preds) if (name !== 'rules' && name !== PIPELINE) dump(`anercorp-${name.replace(/[^a-z0-9]+/gi, '-').replace(/-$/, '')}`, g, m);
  }

  const t = performance.now();
  const model = train([...aner, ...aqTrain, ...seeds]);
  process.stderr.write(`AQMAR model: trained in ${((performance.now() - t) / 1000).toFixed(1)} s\n`);
  for (const [name, data] of [['AQMAR dev', aqDev], ['seeds (in training)', seeds]] as const) {
    console.log(`\n${name}`);
    const g = data.map((p) => p.doc);
    console.log(row('rules', score(g, predict(undefined, data, POLICIES[0]!))));
    const viaPipeline = pipeline(model, data);
    console.log(row(PIPELINE, score(g, viaPipeline)));
    if (flag('--dump') && data === aqDev) dump('aqmar-dev-pipeline', data, viaPipeline);
    for (const v of POLICIES) console.log(row(v.name, score(g, predict(model, data, v))));
  }
  if (flag('--errors')) console.log(formatScore(score(aqDev.map((p) => p.doc), predict(model, aqDev, POLICIES[0]!)), { errors: true }));
} else {
  const t = performance.now();
  // AQMAR dev stays out, so that `tahlil eval` on it measures text the model has not seen.
  const model = train([...aner, ...aqTrain, ...seeds], true);
  const seconds = (performance.now() - t) / 1000;
  const bytes = model.toBytes();
  const sha256 = createHash('sha256').update(bytes).digest('hex');
  const modelPath = join(ROOT, 'data', 'model', 'tagger.bin');
  if (flag('--check')) {
    const committed = readFileSync(modelPath);
    const same = Buffer.compare(committed, Buffer.from(bytes)) === 0;
    process.stderr.write(same ? `--check: ${modelPath} is what npm run model makes (sha256 ${sha256})\n` : `--check: ${modelPath} differs from what npm run model makes now (sha256 ${sha256}); run npm run model\n`);
    process.exit(same ? 0 : 1);
  }
  mkdirSync(join(ROOT, 'data', 'model'), { recursive: true });
  writeFileSync(modelPath, bytes);
  // What the model was made from: tests/tagger.reproducible.test.ts recomputes these digests.
  const provenance = {
    comment: 'Written by npm run model (scripts/train-model.ts): the model file, the options and sha256 of the training inputs (features and converted gold tags per corpus). tests/tagger.reproducible.test.ts checks them.',
    model: { file: 'data/model/tagger.bin', bytes: bytes.length, sha256, features: model.features },
    options: { epochs: EPOCHS, bits: BITS, prune: PRUNE, seed: SEED, update: UPDATE, windows: WINDOWS, ...(DROPPING ? { dropout: DROPOUT } : {}) },
    training: {
      anercorp: { documents: aner.length, sha256: trainingDigest(aner) },
      'aqmar-train': { documents: aqTrain.length, sha256: trainingDigest(aqTrain) },
      seeds: { documents: seeds.length, sha256: trainingDigest(seeds) },
    },
  };
  writeFileSync(join(ROOT, 'data', 'model', 'tagger.json'), JSON.stringify(provenance, null, 2) + '\n');
  const packedText = writeModelModule(bytes);
  process.stderr.write(
    `trained in ${seconds.toFixed(1)} s: ${model.features} features, ${bytes.length} bytes, ${gzipSync(bytes, { level: 9 }).length} gzip, packed text ${gzipSync(packedText, { level: 9 }).length} gzip\n`,
  );
}
