// Tokenizer throughput: `tokenize` alone (seven timed runs, each printed, with the spread), and
// the same number of bare token-shaped objects (the floor of returning `Token[]`), `tokenize` +
// `segment` of every word token, and `sentences`.
import { segmentToken, sentences, tokenize } from '../dist/index.js';
import { benchText, measure } from './corpus.mjs';

export default async function () {
  const text = benchText();
  const fmt = (r) => `${r.mbPerSecond.toFixed(1)} MB/s (±${r.spread.toFixed(0)}%; ${r.cpuMbPerSecond.toFixed(1)} MB per CPU second; ${(r.seconds * 1000).toFixed(0)} ms for ${(r.bytes / 1e6).toFixed(1)} MB)`;
  const tokens = tokenize(text);
  console.log(`tokens: ${tokens.length}, words: ${tokens.filter((t) => t.kind === 'word').length}`);
  const t = measure((s) => tokenize(s), text, { runs: 7, warmup: 2 });
  console.log(`tokenize                    ${fmt(t)}`);
  console.log(`  seven runs, MB/s:         ${t.perRun.map((r) => r.toFixed(1)).join(', ')}`);
  // The floor of an API that returns one object per token: as many five-field objects (shared
  // strings, small-integer offsets) made into one array, with no scanning at all.
  const n = tokens.length;
  const texts = tokens.slice(0, 4096).map((x) => x.text);
  const kinds = tokens.slice(0, 4096).map((x) => x.kind);
  const objects = measure(() => {
    const a = new Array(n);
    for (let i = 0; i < n; i++) {
      const s = texts[i & 4095];
      a[i] = { text: s, start: i, end: i + 1, kind: kinds[i & 4095], norm: s };
    }
    return a;
  }, text, { runs: 7, warmup: 2 });
  console.log(`  ${n} objects alone:     ${fmt(objects)}`);
  console.log(
    `tokenize + segment words    ${fmt(
      measure((s) => {
        let cut = 0;
        for (const tok of tokenize(s)) {
          const seg = segmentToken(tok);
          if (seg && (seg.proclitics.length || seg.enclitics.length)) cut++;
        }
        return cut;
      }, text),
    )}`,
  );
  console.log(`sentences                   ${fmt(measure((s) => sentences(s), text))}`);
}
