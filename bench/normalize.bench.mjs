// Normalisation throughput (MB/s of UTF-8 input) per preset, with and without the offset map, and
// 'search' side by side with CAMeL Tools' fullest chain (bench/camel-chain.py) on the same documents.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { normalize, normalizeWithOffsets } from '../dist/index.js';
import { benchDocuments, benchText, measure } from './corpus.mjs';

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

  // Side by side with CAMeL Tools: the same documents, one call per document, CPU time, medians of 7.
  const docs = benchDocuments();
  const c = camel(docs);
  if (!c) {
    console.log('CAMeL chain: python3 unavailable, skipped');
    return;
  }
  const ours = measure((list) => { for (const d of list) normalize(d, 'search'); }, docs);
  const oursOffsets = measure((list) => { for (const d of list) normalizeWithOffsets(d, 'search'); }, docs);
  const camelMBs = c.bytes / 1e6 / c.seconds;
  console.log(`per document (${docs.length} documents, ${(c.bytes / 1e6).toFixed(1)} MB), CPU time:`);
  console.log(`  CAMeL chain (Python ${'re'}/NFKC)   ${camelMBs.toFixed(1).padStart(6)} MB/s`);
  console.log(`  normalize 'search'              ${ours.cpuMbPerSecond.toFixed(1).padStart(6)} MB/s = ${(ours.cpuMbPerSecond / camelMBs).toFixed(1)}× CAMeL`);
  console.log(`  normalizeWithOffsets 'search'   ${oursOffsets.cpuMbPerSecond.toFixed(1).padStart(6)} MB/s = ${(ours.cpuMbPerSecond / oursOffsets.cpuMbPerSecond).toFixed(2)}× the time of normalize`);
}
