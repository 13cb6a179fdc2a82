// `tahlil analyze --input jsonl --format jsonl` on a ≥ 50 MB JSONL corpus (the fixtures and, when
// present, the shared corpora texts, repeated), in the main thread and with 1 and 2 worker
// threads: throughput (MB/s of input, wall clock, start-up included) and peak resident memory,
// and peak memory at 25 MB vs 50 MB to show that streaming keeps it flat. Each row: the faster
// of two runs, and the higher of their two peaks.
import { spawn } from 'node:child_process';
import { createWriteStream, existsSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { once } from 'node:events';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { benchDocuments } from './corpus.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const main = join(root, 'dist', 'cli', 'main.js');
const TIME = '/usr/bin/time';

/** Writes `{ id, text }` lines, the documents repeated in order, until the file has `minBytes`. */
async function writeCorpus(path, docs, minBytes) {
  const out = createWriteStream(path);
  let bytes = 0;
  let n = 0;
  while (bytes < minBytes) {
    const line = JSON.stringify({ id: `bench-${n}`, text: docs[n % docs.length] }) + '\n';
    bytes += Buffer.byteLength(line);
    n++;
    if (!out.write(line)) await once(out, 'drain');
  }
  out.end();
  await once(out, 'finish');
  return { bytes, docs: n };
}

/** Runs the CLI on `input` (stdin) → /dev/null; wall seconds and peak RSS in MB. */
async function run(input, workers) {
  const args = [main, 'analyze', '--input', 'jsonl', '--format', 'jsonl', '--workers', String(workers), input];
  const useTime = existsSync(TIME);
  const t0 = process.hrtime.bigint();
  const child = useTime
    ? spawn(TIME, ['-f', '%M', process.execPath, ...args], { stdio: ['ignore', 'ignore', 'pipe'] })
    : spawn(process.execPath, args, { stdio: ['ignore', 'ignore', 'pipe'] });
  let stderr = '';
  child.stderr.on('data', (d) => (stderr += d));
  let peakKb = 0;
  let poll;
  if (!useTime) {
    // No /usr/bin/time: poll the resident set size of the child.
    const { execFileSync } = await import('node:child_process');
    poll = setInterval(() => {
      try {
        peakKb = Math.max(peakKb, Number(execFileSync('ps', ['-o', 'rss=', '-p', String(child.pid)], { encoding: 'utf8' }).trim()) || 0);
      } catch {
        // the process has ended
      }
    }, 50);
  }
  const [code] = await once(child, 'close');
  const seconds = Number(process.hrtime.bigint() - t0) / 1e9;
  clearInterval(poll);
  if (code !== 0) throw new Error(`tahlil analyze exited with ${code}: ${stderr}`);
  if (useTime) peakKb = Number(stderr.trim().split('\n').pop());
  return { seconds, peakMb: peakKb / 1024 };
}

export default async function () {
  if (!existsSync(main)) throw new Error('dist/cli/main.js is missing: run `npm run build` first');
  const dir = mkdtempSync(join(tmpdir(), 'tahlil-cli-bench-'));
  try {
    const docs = benchDocuments();
    const big = join(dir, 'corpus-50.jsonl');
    const small = join(dir, 'corpus-25.jsonl');
    const b = await writeCorpus(big, docs, 50 * 1024 * 1024);
    const s = await writeCorpus(small, docs, 25 * 1024 * 1024);
    console.log(`corpus: ${docs.length} distinct documents repeated · 50 MB file ${(b.bytes / 1e6).toFixed(1)} MB, ${b.docs.toLocaleString('en')} lines · 25 MB file ${(s.bytes / 1e6).toFixed(1)} MB`);
    console.log(`memory: ${existsSync(TIME) ? '/usr/bin/time -f %M (max RSS)' : 'ps rss polled every 50 ms'}\n`);
    console.log('| input | workers | seconds (best of 2) | MB/s | peak RSS MB |');
    console.log('|---|---|---|---|---|');
    for (const [label, file, workers] of [
      ['25 MB', small, 0],
      ['50 MB', big, 0],
      ['25 MB', small, 2],
      ['50 MB', big, 1],
      ['50 MB', big, 2],
    ]) {
      // Best of two runs: the machine may be shared, and the faster run is the less disturbed one.
      const runs = [await run(file, workers), await run(file, workers)];
      const r = { seconds: Math.min(...runs.map((x) => x.seconds)), peakMb: Math.max(...runs.map((x) => x.peakMb)) };
      console.log(`| ${label} | ${workers === 0 ? '0 (main thread)' : workers} | ${r.seconds.toFixed(1)} | ${(statSync(file).size / 1e6 / r.seconds).toFixed(2)} | ${r.peakMb.toFixed(0)} |`);
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
