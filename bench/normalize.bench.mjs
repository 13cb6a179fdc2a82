// Normalisation throughput (MB/s of UTF-8 input) per preset, with and without the offset map.
import { normalize, normalizeWithOffsets } from '../dist/index.js';
import { benchText, measure } from './corpus.mjs';

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
    console.log(`${name.padEnd(34)} ${r.mbPerSecond.toFixed(0).padStart(6)} MB/s  (${(r.seconds * 1000).toFixed(1)} ms)`);
  }
}
