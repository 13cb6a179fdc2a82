// Is a steady pass of `analyze` memory-bound? One process runs the whole corpus (6,045 documents,
// about 45,000 spellings: megabytes of spelling records and model rows) and every Nth document
// repeated N times (the same bytes from a working set N times smaller: for N = 64, 95 documents,
// which fit the 1 MB L2 cache), passes interleaved, and prints the MB/s of each and their ratio per
// round. If the pass waited on memory, the small set would run clearly faster (ratio well above 1).
//
//   node bench/working-set.mjs [N=64] [rounds=8]
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { corpusDocuments } from './corpus.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const { analyze } = await import(pathToFileURL(join(here, '..', 'dist', 'index.js')).href);
const n = Number(process.argv[2] ?? 64);
const rounds = Number(process.argv[3] ?? 8);
const all = corpusDocuments();
if (all.length === 0) throw new Error('bench/working-set.mjs: no corpus under ../shared/corpora');
const small = all.filter((_, i) => i % n === 0);
const bytes = (docs) => docs.reduce((sum, d) => sum + Buffer.byteLength(d, 'utf8'), 0);
const allBytes = bytes(all);
const smallBytes = bytes(small) * n;
/** Seconds for `repeats` passes over `docs`. */
const pass = (docs, repeats) => {
  const t = performance.now();
  for (let r = 0; r < repeats; r++) for (const d of docs) analyze(d);
  return (performance.now() - t) / 1000;
};
pass(all, 2);
pass(small, 2 * n);
const rows = [];
for (let k = 0; k < rounds; k++) {
  const whole = allBytes / 1e6 / pass(all, 1);
  const part = smallBytes / 1e6 / pass(small, n);
  rows.push([whole, part, part / whole]);
}
const median = (i) => rows.map((r) => r[i]).sort((a, b) => a - b)[Math.floor(rows.length / 2)];
console.log(
  JSON.stringify({
    documents: all.length,
    smallDocuments: small.length,
    wholeMBs: +median(0).toFixed(2),
    smallMBs: +median(1).toFixed(2),
    ratioMedian: +median(2).toFixed(3),
    ratios: rows.map((r) => +r[2].toFixed(2)),
  }),
);
