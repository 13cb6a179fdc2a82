// In-process A/B of two builds: both loaded in ONE process (each its own module instances and
// caches), passes interleaved A B B A, so that the VM's speed drift (up to 1.7x between back-to-back
// runs on this host) hits both alike.
//   node bench/ab-inproc.mjs A_DIR B_DIR [steady|new] [rounds]   (A_DIR, B_DIR: checkouts with dist/ built)
// steady: the 6,045 corpus documents, each build warmed by 2 passes; rounds of ABBA passes.
// new:    each build warmed on the warm-up text; the corpus cut into chunks, each chunk analysed once
//         by each build (new text to both), order alternating per chunk.
// Prints the per-build median ms and the median of per-round ratios B/A (< 1: B faster). The same
// build against itself gives 0.97–1.05, with a 2–4% bias to whichever loads first: run it both ways round.
// Two paths to the same directory load ONE copy (Node's module cache), so compare two checkouts.
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { corpusDocuments, warmupDocuments } from './corpus.mjs';

const [a, b, mode = 'steady', roundsArg] = process.argv.slice(2);
if (!a || !b) throw new Error('usage: node bench/ab-inproc.mjs A_DIR B_DIR [steady|new] [rounds]');
if (mode !== 'steady' && mode !== 'new') throw new Error(`bench/ab-inproc.mjs: mode must be steady or new, got ${mode}`);
const load = async (d) => (await import(pathToFileURL(join(resolve(d), 'dist', 'index.js')).href)).analyze;
const A = await load(a);
const B = await load(b);
const docs = corpusDocuments();
const med = (x) => [...x].sort((p, q) => p - q)[Math.floor(x.length / 2)];
const ta = [], tb = [], ratio = [];
const time = (f, ds) => { const t = performance.now(); for (const d of ds) f(d); return performance.now() - t; };
if (mode === 'steady') {
  for (let r = 0; r < 2; r++) { time(A, docs); time(B, docs); }
  const rounds = Number(roundsArg ?? 6);
  for (let r = 0; r < rounds; r++) {
    const a1 = time(A, docs), b1 = time(B, docs), b2 = time(B, docs), a2 = time(A, docs);
    ta.push(a1, a2); tb.push(b1, b2); ratio.push((b1 + b2) / (a1 + a2));
  }
} else {
  const warm = warmupDocuments();
  for (let r = 0; r < 3; r++) { time(A, warm); time(B, warm); }
  const chunks = Number(roundsArg ?? 12);
  const size = Math.ceil(docs.length / chunks);
  for (let c = 0; c < chunks; c++) {
    const ds = docs.slice(c * size, (c + 1) * size);
    let x, y;
    if (c % 2 === 0) { x = time(A, ds); y = time(B, ds); } else { y = time(B, ds); x = time(A, ds); }
    ta.push(x); tb.push(y); ratio.push(y / x);
  }
}
const sum = (x) => x.reduce((p, q) => p + q, 0);
console.log(JSON.stringify({ mode, a, b, aMedianMs: +med(ta).toFixed(1), bMedianMs: +med(tb).toFixed(1), aSumMs: +sum(ta).toFixed(0), bSumMs: +sum(tb).toFixed(0), ratioMedian: +med(ratio).toFixed(4), ratioMin: +Math.min(...ratio).toFixed(4), ratioMax: +Math.max(...ratio).toFixed(4) }));
