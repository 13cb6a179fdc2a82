// What one spelling never seen before costs `analyze`, in one warmed process (issue 12).
//
//   node bench/novel-cost.mjs [--dist DIR] [--chunks 8] [--profile] [--inclusive] [--top 25]
//
// Warms up as `analyze-child.mjs novel` does (the warm-up text three times, then the even corpus
// documents), then cuts the odd documents into chunks and, for each chunk, times a first pass (its
// new spellings read for the first time) and at once a second pass over the same documents (every
// spelling cached). The difference, divided by the chunk's spellings new to the process (distinct
// token texts never analysed before, counted with `tokenize`), is the cost of a novel spelling:
// main-thread CPU (the thread's schedstat, so V8's compiler threads and the GC's helpers are not
// in it) and the process's CPU (all threads). With --profile, a CPU profile of every pass, and the
// functions whose self time (or with --inclusive their time with callees) grows most from the
// second passes to the first, in microseconds per novel spelling. With --alloc instead, a sampling
// heap profile (objects collected since included) of every pass: bytes allocated per function.
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { corpusDocuments, warmupDocuments } from './corpus.mjs';
import { addProfile, frameKey } from './cpuprofile.mjs';

const args = process.argv.slice(2);
const opt = (name, fallback) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : fallback;
};
const distDir = resolve(opt('--dist', join(import.meta.dirname ?? new URL('.', import.meta.url).pathname, '..', 'dist')));
const chunks = Number(opt('--chunks', 8));
const allocating = args.includes('--alloc');
const profiling = args.includes('--profile') || allocating;
const inclusive = args.includes('--inclusive');
const top = Number(opt('--top', 25));

const lib = await import(pathToFileURL(join(distDir, 'index.js')).href);
const analyze = lib.analyze;

/** Nanoseconds this (main) thread has run, from /proc (Linux). */
const statPath = `/proc/${process.pid}/task/${process.pid}/schedstat`;
const threadNs = () => Number(readFileSync(statPath, 'utf8').split(' ')[0]);
const processUs = () => {
  const u = process.cpuUsage();
  return u.user + u.system;
};

const seen = new Set();
const noteWords = (docs) => {
  let fresh = 0;
  for (const d of docs) {
    for (const t of lib.tokenize(d)) {
      if (t.kind !== 'word') continue;
      if (!seen.has(t.text)) {
        seen.add(t.text);
        fresh++;
      }
    }
  }
  return fresh;
};

const docs = corpusDocuments();
const warm = warmupDocuments();
const first = docs.filter((_, i) => i % 2 === 0);
const second = docs.filter((_, i) => i % 2 === 1);
for (let i = 0; i < 3; i++) for (const d of warm) analyze(d);
for (const d of first) analyze(d);
noteWords(warm);
noteWords(first);

let session;
if (profiling) {
  const { Session } = await import('node:inspector/promises');
  session = new Session();
  session.connect();
  if (allocating) await session.post('HeapProfiler.enable');
  else {
    await session.post('Profiler.enable');
    await session.post('Profiler.setSamplingInterval', { interval: 100 });
  }
}
const times = { novel: new Map(), seen: new Map() };

/** Bytes allocated per function (self) of a sampling heap profile, objects collected since included. */
function addAllocations(into, head) {
  // A builtin (no script: push, next, slice…) is named with the function that called it.
  const walk = (n, parent = '') => {
    const key = n.callFrame.url ? frameKey(n) : `${frameKey(n)} < ${parent}`;
    let bytes = 0;
    for (const s of n.selfSize !== undefined ? [n.selfSize] : []) bytes += s;
    if (bytes) into.set(key, (into.get(key) ?? 0) + bytes);
    for (const c of n.children ?? []) walk(c, n.callFrame.url ? frameKey(n) : parent);
  };
  walk(head);
}

async function pass(part, kind) {
  if (session && allocating) await session.post('HeapProfiler.startSampling', { samplingInterval: 256, includeObjectsCollectedByMajorGC: true, includeObjectsCollectedByMinorGC: true });
  else if (session) await session.post('Profiler.start');
  const t0 = threadNs();
  const c0 = processUs();
  for (const d of part) analyze(d);
  const thread = (threadNs() - t0) / 1000;
  const proc = processUs() - c0;
  if (session && allocating) addAllocations(times[kind], (await session.post('HeapProfiler.stopSampling')).profile.head);
  else if (session) addProfile(times[kind], (await session.post('Profiler.stop')).profile, inclusive);
  return { thread, proc };
}

const rows = [];
const size = Math.ceil(second.length / chunks);
for (let c = 0; c < chunks; c++) {
  const part = second.slice(c * size, (c + 1) * size);
  const a = await pass(part, 'novel');
  const b = await pass(part, 'seen');
  const fresh = noteWords(part); // after the passes: tokenize keeps caches of its own
  rows.push({ fresh, a, b, bytes: part.reduce((n, d) => n + Buffer.byteLength(d, 'utf8'), 0) });
}
const median = (xs) => [...xs].sort((x, y) => x - y)[Math.floor(xs.length / 2)];
const sum = (f) => rows.reduce((n, r) => n + f(r), 0);
const fresh = sum((r) => r.fresh);
const perThread = rows.map((r) => (r.a.thread - r.b.thread) / r.fresh);
const perProc = rows.map((r) => (r.a.proc - r.b.proc) / r.fresh);
const out = {
  dist: distDir,
  novelSpellings: fresh,
  bytes: sum((r) => r.bytes),
  firstThreadMs: sum((r) => r.a.thread) / 1000,
  secondThreadMs: sum((r) => r.b.thread) / 1000,
  firstProcMs: sum((r) => r.a.proc) / 1000,
  secondProcMs: sum((r) => r.b.proc) / 1000,
  usPerNovelThread: (sum((r) => r.a.thread) - sum((r) => r.b.thread)) / fresh,
  usPerNovelProc: (sum((r) => r.a.proc) - sum((r) => r.b.proc)) / fresh,
  chunkMedianThread: median(perThread),
  chunkMedianProc: median(perProc),
};
console.log(JSON.stringify(out));
if (session) {
  const diff = [];
  for (const [key, us] of times.novel) diff.push([key, us - (times.seen.get(key) ?? 0), us]);
  for (const [key, us] of times.seen) if (!times.novel.has(key)) diff.push([key, -us, 0]);
  diff.sort((x, y) => y[1] - x[1]);
  const total = [...times.novel.values()].reduce((a, b) => a + b, 0) - [...times.seen.values()].reduce((a, b) => a + b, 0);
  const unit = allocating ? 'B' : 'us';
  if (!inclusive) console.log(`profiled difference ${(total / fresh).toFixed(2)} ${unit} per novel spelling (${(total / 1000).toFixed(0)} ${allocating ? 'KB' : 'ms'})`);
  for (const [key, d, n] of diff.slice(0, top)) {
    console.log(`${(d / fresh).toFixed(2).padStart(7)} ${unit} ${(d / 1000).toFixed(1).padStart(7)} ${allocating ? 'KB' : 'ms'} (first ${(n / 1000).toFixed(1)})  ${key}`);
  }
}
