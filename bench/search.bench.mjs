// searchTerms throughput on news text (issue 14 asks ≥ 20 MB/s), two ways, as bench/analyze-child.mjs
// does for analyze:
//
// new      Text the process has never seen, in fresh processes (`node bench/search.bench.mjs new`
//          prints one JSON line): warm up on other text (the fixtures and the UD Arabic-PUD
//          sentences, three passes), then time ONE pass of searchTerms over the documents of the
//          shared corpora (ANERcorp train, AQMAR train and dev; one JSONL line a document). The
//          per-word caches hold only the warm-up's words, as for an indexer that starts on a new
//          corpus. `new-segment` times, the same way, one segment() of each distinct word of those
//          documents that the warm-up did not have (what a new spelling costs). Needs ../shared;
//          skipped without it.
// steady   ≥ 5 MB of news text (bench/corpus.mjs) again and again in this process, caches warm:
//          default options (stems, no stop words), without stemming, with multi-word names, and
//          stem() alone over every word token.
//
// TAHLIL_BENCH_DIST=/other/checkout/dist/index.js runs the fresh processes on another build (to
// compare a change with the commit before it on the same host, at the same load).
import { execFileSync } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { benchText, corpusDocuments, cpuSeconds, measure, warmupDocuments } from './corpus.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, '..');
const dist = process.env.TAHLIL_BENCH_DIST ? pathToFileURL(process.env.TAHLIL_BENCH_DIST).href : pathToFileURL(join(root, 'dist', 'index.js')).href;

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const range = (xs) => `${Math.min(...xs).toFixed(1)}–${Math.max(...xs).toFixed(1)}`;

/** (child) One pass of searchTerms over text never seen, after a warm-up on other text. */
async function newText() {
  const { searchTerms } = await import(dist);
  const warm = warmupDocuments();
  const docs = corpusDocuments();
  for (let i = 0; i < 3; i++) for (const d of warm) searchTerms(d);
  const t0 = process.hrtime.bigint();
  const c0 = cpuSeconds();
  let terms = 0;
  for (const d of docs) terms += searchTerms(d).length;
  const cpu = cpuSeconds() - c0;
  const seconds = Number(process.hrtime.bigint() - t0) / 1e9;
  const bytes = docs.reduce((n, d) => n + Buffer.byteLength(d, 'utf8'), 0);
  return { documents: docs.length, bytes, seconds, cpuSeconds: cpu, terms };
}

/** (child) One segment() of each distinct word never seen, after the same warm-up. */
async function newSegment() {
  const { searchTerms, segment, tokenize } = await import(dist);
  const warm = warmupDocuments();
  for (let i = 0; i < 3; i++) for (const d of warm) searchTerms(d);
  const seen = new Set();
  for (const d of warm) for (const t of tokenize(d)) if (t.kind === 'word') seen.add(t.text);
  const words = new Set();
  for (const d of corpusDocuments()) for (const t of tokenize(d)) if (t.kind === 'word' && !seen.has(t.text)) words.add(t.text);
  const list = [...words];
  const t0 = process.hrtime.bigint();
  const c0 = cpuSeconds();
  let parts = 0;
  for (const w of list) parts += segment(w).proclitics.length;
  const cpu = cpuSeconds() - c0;
  const seconds = Number(process.hrtime.bigint() - t0) / 1e9;
  return { words: list.length, seconds, cpuSeconds: cpu, parts };
}

/** Five fresh processes of a child mode; their JSON lines. */
function children(mode) {
  const runs = [];
  for (let i = 0; i < 5; i++) runs.push(JSON.parse(execFileSync(process.execPath, [fileURLToPath(import.meta.url), mode], { encoding: 'utf8', maxBuffer: 64 << 20 }).trim().split('\n').pop()));
  return runs;
}

export default async function () {
  const { searchTerms, stem, tokenize } = await import(dist);
  if (corpusDocuments().length) {
    const runs = children('new');
    const mbs = runs.map((r) => r.bytes / 1e6 / r.seconds);
    const cpuMbs = runs.map((r) => r.bytes / 1e6 / r.cpuSeconds);
    console.log(`new text: ${runs[0].documents} documents, ${(runs[0].bytes / 1e6).toFixed(2)} MB, ${runs[0].terms} terms; one pass after a warm-up on other text, 5 fresh processes`);
    console.log(`  searchTerms                median ${median(mbs).toFixed(1)} MB/s (range ${range(mbs)}; ${range(cpuMbs)} MB per CPU second)`);
    const segs = children('new-segment');
    const us = segs.map((r) => (r.seconds * 1e6) / r.words);
    const cpuUs = segs.map((r) => (r.cpuSeconds * 1e6) / r.words);
    console.log(`  segment() of the ${segs[0].words} distinct new words, once each: median ${median(us).toFixed(1)} µs a word (range ${range(us)}; ${range(cpuUs)} CPU µs)`);
  } else {
    console.log('new text: ../shared/corpora is absent, skipped');
  }
  const text = benchText();
  const fmt = (r) => `${r.mbPerSecond.toFixed(1)} MB/s (±${r.spread.toFixed(0)}%; ${r.cpuMbPerSecond.toFixed(1)} MB per CPU second; ${(r.seconds * 1000).toFixed(0)} ms for ${(r.bytes / 1e6).toFixed(1)} MB)`;
  searchTerms(text); // fills the per-word caches, as an indexer that has seen some text
  const d = measure((s) => searchTerms(s), text, { runs: 7, warmup: 2 });
  console.log(`steady (same ${(d.bytes / 1e6).toFixed(1)} MB again, caches warm):`);
  console.log(`  searchTerms                ${fmt(d)}`);
  console.log(`    seven runs, MB/s:        ${d.perRun.map((r) => r.toFixed(1)).join(', ')}`);
  console.log(`  searchTerms {stem: false}  ${fmt(measure((s) => searchTerms(s, { stem: false }), text))}`);
  console.log(`  searchTerms {names: true}  ${fmt(measure((s) => searchTerms(s, { names: true }), text))}`);
  console.log(`  tokenize (the floor)       ${fmt(measure((s) => tokenize(s), text))}`);
  const words = tokenize(text).filter((t) => t.kind === 'word').map((t) => t.text);
  console.log(`  stem() of ${words.length} word tokens: ${fmt(measure(() => { let n = 0; for (const w of words) n += stem(w).length; return n; }, text))}`);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  if (process.argv[2] === 'new') console.log(JSON.stringify(await newText()));
  if (process.argv[2] === 'new-segment') console.log(JSON.stringify(await newSegment()));
}
