// Two builds of the library side by side in ONE process, on text new to both (issue 12):
//
//   node bench/novel-ab.mjs DIST_A DIST_B [--chunks 16]
//
// Each build is warmed up as `analyze-child.mjs novel` warms up (the warm-up text three times, the
// even corpus documents once); they are separate module instances, each with its own caches. The
// odd documents are cut into chunks and each chunk is analysed by both builds, the first one
// alternating from chunk to chunk, for the first time (its new spellings read) and then again
// (every spelling cached). Main-thread CPU (the thread's schedstat) of each, per chunk: on a busy
// host, the two builds meet the same load within a second of each other. Prints the ratio B/A of
// the first passes, of the second passes and of their difference (the cost of the new spellings),
// as the median and range over chunks and as totals.
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { corpusDocuments, warmupDocuments } from './corpus.mjs';

const args = process.argv.slice(2);
const chunksAt = args.indexOf('--chunks');
const chunks = chunksAt >= 0 ? Number(args.splice(chunksAt, 2)[1]) : 16;
const [distA, distB] = args.map((d) => resolve(d));
if (!distA || !distB) throw new Error('usage: node bench/novel-ab.mjs DIST_A DIST_B [--chunks 16]');
const A = (await import(pathToFileURL(join(distA, 'index.js')).href)).analyze;
const B = (await import(pathToFileURL(join(distB, 'index.js')).href)).analyze;

const statPath = `/proc/${process.pid}/task/${process.pid}/schedstat`;
const threadNs = () => Number(readFileSync(statPath, 'utf8').split(' ')[0]);
const docs = corpusDocuments();
const first = docs.filter((_, i) => i % 2 === 0);
const second = docs.filter((_, i) => i % 2 === 1);
for (const analyze of [A, B]) {
  for (let i = 0; i < 3; i++) for (const d of warmupDocuments()) analyze(d);
  for (const d of first) analyze(d);
}
const pass = (analyze, part) => {
  const t0 = threadNs();
  for (const d of part) analyze(d);
  return (threadNs() - t0) / 1e6;
};
const size = Math.ceil(second.length / chunks);
const rows = [];
for (let c = 0; c < chunks; c++) {
  const part = second.slice(c * size, (c + 1) * size);
  const order = c % 2 === 0 ? [A, B] : [B, A];
  const r = new Map();
  for (const f of order) r.set(f, { novel: pass(f, part) });
  for (const f of order) r.get(f).seen = pass(f, part);
  rows.push({ a: r.get(A), b: r.get(B) });
}
const median = (xs) => [...xs].sort((x, y) => x - y)[Math.floor(xs.length / 2)];
const stat = (f) => {
  const xs = rows.map(f);
  return { median: +median(xs).toFixed(3), min: +Math.min(...xs).toFixed(3), max: +Math.max(...xs).toFixed(3) };
};
const sum = (f) => rows.reduce((n, r) => n + f(r), 0);
console.log(
  JSON.stringify({
    a: distA,
    b: distB,
    msA: { novel: +sum((r) => r.a.novel).toFixed(1), seen: +sum((r) => r.a.seen).toFixed(1) },
    msB: { novel: +sum((r) => r.b.novel).toFixed(1), seen: +sum((r) => r.b.seen).toFixed(1) },
    novelRatio: stat((r) => r.b.novel / r.a.novel),
    seenRatio: stat((r) => r.b.seen / r.a.seen),
    newCostRatio: stat((r) => (r.b.novel - r.b.seen) / (r.a.novel - r.a.seen)),
    totalNovelRatio: +(sum((r) => r.b.novel) / sum((r) => r.a.novel)).toFixed(3),
    totalNewCostRatio: +((sum((r) => r.b.novel) - sum((r) => r.b.seen)) / (sum((r) => r.a.novel) - sum((r) => r.a.seen))).toFixed(3),
  }),
);
