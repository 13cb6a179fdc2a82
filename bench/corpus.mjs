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

/** Median MB/s of `fn(input)` over `runs` timed runs after `warmup` untimed ones. */
export function measure(fn, input, { runs = 7, warmup = 2 } = {}) {
  const bytes = Buffer.byteLength(typeof input === 'string' ? input : input.join('\n'), 'utf8');
  for (let i = 0; i < warmup; i++) fn(input);
  const times = [];
  for (let i = 0; i < runs; i++) {
    const t0 = process.hrtime.bigint();
    fn(input);
    times.push(Number(process.hrtime.bigint() - t0) / 1e9);
  }
  times.sort((a, b) => a - b);
  const median = times[Math.floor(times.length / 2)];
  return { mbPerSecond: bytes / 1e6 / median, seconds: median, bytes };
}
