// analyze and extractEntities on ≥ 5 MB of news text, one sentence per document (issue 5): steady
// state, the same sentences again and again in one process. Then bench/analyze-child.mjs: text
// never seen before, steady state, memory and cold start, each in fresh processes (issue 12).
import { execFileSync } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { analyze, extractEntities, sentences } from '../dist/index.js';
import { runAll, targetsOf } from './analyze-child.mjs';
import { benchDocuments, measure, median } from './corpus.mjs';

const dist = pathToFileURL(join(dirname(fileURLToPath(import.meta.url)), '..', 'dist', 'index.js')).href;

/** News sentences, one per document, repeated up to `minBytes` UTF-8 bytes. */
function sentenceDocuments(minBytes = 5 * 1024 * 1024) {
  const pool = [];
  for (const doc of benchDocuments()) for (const s of sentences(doc)) pool.push(s.text);
  const out = [];
  let bytes = 0;
  for (let i = 0; bytes < minBytes; i = (i + 1) % pool.length) {
    out.push(pool[i]);
    bytes += Buffer.byteLength(pool[i], 'utf8') + 1;
  }
  return out;
}

function coldStart() {
  const script = `const t0 = performance.now(); const { analyze } = await import(${JSON.stringify(dist)}); const t1 = performance.now();
analyze('التقى الرئيس السوري بشار الأسد في دمشق وزير الخارجية العراقي.'); const t2 = performance.now();
console.log(JSON.stringify([t1 - t0, t2 - t1]));`;
  const runs = [];
  for (let i = 0; i < 7; i++) runs.push(JSON.parse(execFileSync(process.execPath, ['--input-type=module', '-e', script], { encoding: 'utf8' })));
  return { importMs: median(runs.map((r) => r[0])), firstMs: median(runs.map((r) => r[1])), totalMs: median(runs.map((r) => r[0] + r[1])) };
}

export default async function () {
  const docs = sentenceDocuments();
  const bytes = docs.reduce((n, d) => n + Buffer.byteLength(d, 'utf8') + 1, 0);
  console.log(`${docs.length} sentences, ${(bytes / 1e6).toFixed(1)} MB`);
  const each = (fn) => (list) => { for (const d of list) fn(d); };
  const r1 = measure(each(extractEntities), docs, { runs: 5, warmup: 1 });
  console.log(`steady state (each sentence analysed again, caches warm), in this process:`);
  console.log(`extractEntities, one sentence per document: ${r1.mbPerSecond.toFixed(1)} MB/s`);
  const r2 = measure(each(analyze), docs, { runs: 5, warmup: 1 });
  console.log(`analyze, one sentence per document:         ${r2.mbPerSecond.toFixed(1)} MB/s`);
  const c = coldStart();
  console.log(`cold: import ${c.importMs.toFixed(0)} ms + first analyze ${c.firstMs.toFixed(0)} ms = ${c.totalMs.toFixed(0)} ms (in-process clock, median of 7 fresh processes)`);
  console.log('\nin fresh processes (bench/analyze-child.mjs):');
  return targetsOf(await runAll());
}
