// The benchmark text: ≥ 5 MB of Arabic news, assembled from the fixtures and, when present,
// ../shared/corpora (read at bench time only, never copied into the project).
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const shared = join(root, '..', 'shared', 'corpora');

/** Arabic documents (one string each) from the fixtures and the shared corpora. */
export function benchDocuments() {
  const docs = [];
  for (const f of readdirSync(join(root, 'fixtures')).filter((f) => f.endsWith('.txt')).sort()) {
    docs.push(readFileSync(join(root, 'fixtures', f), 'utf8'));
  }
  for (const file of ['anercorp/train.jsonl', 'aqmar/liu2019_train.jsonl', 'aqmar/liu2019_dev.jsonl']) {
    const path = join(shared, file);
    if (!existsSync(path)) continue;
    for (const line of readFileSync(path, 'utf8').split('\n')) {
      if (line.trim()) docs.push(JSON.parse(line).text);
    }
  }
  return docs;
}

/** Warm-up text for the never-seen-text benches: the fixtures and the UD-PUD sentences (none of them in the timed corpora). */
export function warmupDocuments() {
  const docs = readdirSync(join(root, 'fixtures')).filter((f) => f.endsWith('.txt')).sort().map((f) => readFileSync(join(root, 'fixtures', f), 'utf8'));
  const pud = join(shared, 'ud-pud', 'dev.conllu');
  if (existsSync(pud)) for (const line of readFileSync(pud, 'utf8').split('\n')) if (line.startsWith('# text = ')) docs.push(line.slice(9));
  return docs;
}

/** The JSONL files of the timed never-seen documents, under ../shared/corpora. */
export const CORPUS_FILES = ['anercorp/train.jsonl', 'aqmar/liu2019_train.jsonl', 'aqmar/liu2019_dev.jsonl'];

/** The timed never-seen documents: one a JSONL line of ANERcorp train, AQMAR train and AQMAR dev (or of `files`, some of those). */
export function corpusDocuments(files = CORPUS_FILES) {
  const docs = [];
  for (const file of files) {
    const path = join(shared, file);
    if (!existsSync(path)) continue;
    for (const line of readFileSync(path, 'utf8').split('\n')) if (line.trim()) docs.push(JSON.parse(line).text);
  }
  return docs;
}

/** One text of at least `minBytes` UTF-8 bytes, the documents repeated in order, joined by new lines. */
export function benchText(minBytes = 5 * 1024 * 1024) {
  const docs = benchDocuments();
  const parts = [];
  let bytes = 0;
  for (let i = 0; bytes < minBytes; i = (i + 1) % docs.length) {
    parts.push(docs[i]);
    bytes += Buffer.byteLength(docs[i], 'utf8') + 1;
  }
  return parts.join('\n');
}

/** The median of `xs` (the upper one of an even count). */
export const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

/** CPU seconds of this process, all threads (less disturbed by other jobs on a shared host than the wall clock). */
export function cpuSeconds() {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1e6;
}

/**
 * `fn(input)` timed `runs` times after `warmup` untimed runs: median MB/s by the wall clock and by
 * CPU time, every run's wall-clock MB/s, and the spread (largest distance from the median, in %).
 */
export function measure(fn, input, { runs = 7, warmup = 2, minSampleSeconds = 0.05 } = {}) {
  const bytes = Buffer.byteLength(typeof input === 'string' ? input : input.join('\n'), 'utf8');
  for (let i = 0; i < warmup; i++) fn(input);
  // A sample repeats fn until it has run at least minSampleSeconds: a pass of a few milliseconds
  // (the 1.8 MB of documents through normalize) is otherwise dominated by one GC or one
  // background compilation, and its CPU time by the clock's granularity.
  const times = [];
  const cpus = [];
  for (let i = 0; i < runs; i++) {
    const c0 = cpuSeconds();
    const t0 = process.hrtime.bigint();
    let passes = 0;
    let elapsed = 0;
    do {
      fn(input);
      passes++;
      elapsed = Number(process.hrtime.bigint() - t0) / 1e9;
    } while (elapsed < minSampleSeconds);
    times.push(elapsed / passes);
    cpus.push((cpuSeconds() - c0) / passes);
  }
  const seconds = median(times);
  const perRun = times.map((t) => bytes / 1e6 / t);
  const mb = bytes / 1e6 / seconds;
  const spread = Math.max(...perRun.map((r) => Math.abs(r - mb) / mb)) * 100;
  return { mbPerSecond: mb, cpuMbPerSecond: bytes / 1e6 / median(cpus), seconds, bytes, perRun, spread };
}
