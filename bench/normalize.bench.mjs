// Normalisation throughput (MB/s of UTF-8 input) per preset, with and without the offset map, and
// 'search' side by side with CAMeL Tools' fullest chain (bench/camel-chain.py) on the same documents.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { normalize, normalizeWithOffsets } from '../dist/index.js';
import { benchDocuments, benchText, measure, median } from './corpus.mjs';
import { target } from './targets.mjs';

const here = dirname(fileURLToPath(import.meta.url));

/** CAMeL's chain in Python on `docs` (one a line): CPU seconds per pass, or undefined without python3. */
function camel(docs) {
  const dir = mkdtempSync(join(tmpdir(), 'tahlil-camel-'));
  try {
    const file = join(dir, 'docs.txt');
    writeFileSync(file, docs.join('\n'));
    const r = spawnSync('python3', [join(here, 'camel-chain.py'), file, '7'], { encoding: 'utf8' });
    if (r.status !== 0) return undefined;
    return JSON.parse(r.stdout);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

export default async function () {
  const text = benchText();
  console.log(`input: ${(Buffer.byteLength(text, 'utf8') / 1e6).toFixed(1)} MB, ${text.length} UTF-16 code units`);
  const rows = [];
  for (const preset of ['display', 'standard', 'search']) {
    rows.push([`normalize '${preset}'`, measure((t) => normalize(t, preset), text)]);
  }
  for (const preset of ['standard', 'search']) {
    rows.push([`normalizeWithOffsets '${preset}'`, measure((t) => normalizeWithOffsets(t, preset), text)]);
  }
  for (const [name, r] of rows) {
    console.log(`${name.padEnd(34)} ${r.mbPerSecond.toFixed(0).padStart(6)} MB/s (±${r.spread.toFixed(0)}% over 7 runs; ${r.cpuMbPerSecond.toFixed(0)} MB per CPU second)`);
  }
  const search = rows.find(([n]) => n === "normalize 'search'")[1];
  const withOffsets = rows.find(([n]) => n === "normalizeWithOffsets 'search'")[1];
  console.log(`normalizeWithOffsets / normalize, 'search': ${(search.cpuMbPerSecond / withOffsets.cpuMbPerSecond).toFixed(2)}× the time`);

  // Side by side with CAMeL Tools: the same documents, one call per document, CPU time. Three
  // rounds, each CAMeL's chain (median of 7 runs in Python) then ours (median of 7 samples) right
  // after it, so that each ratio compares two measurements of the same minute: the host's speed
  // moves by ±30% from one minute to the next, for both.
  const docs = benchDocuments();
  const rounds = [];
  for (let round = 0; round < 3; round++) {
    const c = camel(docs);
    if (!c) {
      console.log('CAMeL chain: python3 unavailable, skipped');
      return [];
    }
    const ours = measure((list) => { for (const d of list) normalize(d, 'search'); }, docs);
    const oursOffsets = measure((list) => { for (const d of list) normalizeWithOffsets(d, 'search'); }, docs);
    rounds.push({ bytes: c.bytes, camel: c.bytes / 1e6 / c.seconds, ours: ours.cpuMbPerSecond, offsets: oursOffsets.cpuMbPerSecond });
  }
  console.log(`per document (${docs.length} documents, ${(rounds[0].bytes / 1e6).toFixed(1)} MB), CPU time, 3 rounds:`);
  const row = (name, f) => console.log(`  ${name.padEnd(34)} ${rounds.map(f).join(' · ')}`);
  row(`CAMeL chain (Python ${'re'}/NFKC), MB/s`, (r) => r.camel.toFixed(1).padStart(6));
  row("normalize 'search', MB/s", (r) => r.ours.toFixed(1).padStart(6));
  row('  × CAMeL', (r) => `${(r.ours / r.camel).toFixed(1)}×`.padStart(6));
  row("normalizeWithOffsets 'search', MB/s", (r) => r.offsets.toFixed(1).padStart(6));
  row('  time ÷ normalize', (r) => `${(r.ours / r.offsets).toFixed(2)}×`.padStart(6));
  const timesCamel = median(rounds.map((r) => r.ours / r.camel));
  const offsetsTime = median(rounds.map((r) => r.ours / r.offsets));
  console.log(`  median of the rounds: ${timesCamel.toFixed(1)}× CAMeL; normalizeWithOffsets ${offsetsTime.toFixed(2)}× the time of normalize`);
  return [
    target("normalize 'search' per document, × CAMeL's chain", timesCamel, '>=', 25, `${timesCamel.toFixed(1)}× (median of 3 rounds)`),
    target("normalizeWithOffsets 'search', × normalize's time", offsetsTime, '<=', 1.5, `${offsetsTime.toFixed(2)}×`),
  ];
}
