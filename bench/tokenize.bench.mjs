// Tokenizer throughput, seven timed runs each (every run printed, with the spread):
// - `tokenTable` + `norms()`: the token table with every token's normalised form, i.e. everything
//   `tokenize` returns, as columns (the figure issue 12's ≥ 40 MB/s target is read against);
// - `tokenTable` alone: offsets and kinds, norms not computed;
// - `tokenize`: one `Token` object per token (the compatible API), and the same number of bare
//   token-shaped objects made with no scanning at all (the floor of any API returning `Token[]`);
// then `tokenize` + `segment` of every word token, and `sentences`.
import { segmentToken, sentences, tokenize, tokenTable } from '../dist/index.js';
import { benchText, measure } from './corpus.mjs';
import { target } from './targets.mjs';

export default async function () {
  const text = benchText();
  const fmt = (r) => `${r.mbPerSecond.toFixed(1)} MB/s (±${r.spread.toFixed(0)}%; ${r.cpuMbPerSecond.toFixed(1)} MB per CPU second; ${(r.seconds * 1000).toFixed(0)} ms for ${(r.bytes / 1e6).toFixed(1)} MB)`;
  const runs = (r) => r.perRun.map((x) => x.toFixed(1)).join(', ');
  const tokens = tokenize(text);
  console.log(`tokens: ${tokens.length}, words: ${tokens.filter((t) => t.kind === 'word').length}`);
  // Five warm-up passes: a table pass is short, and the scanner is still being optimised after two.
  const opts = { runs: 7, warmup: 5 };
  const full = measure((s) => tokenTable(s).norms(), text, opts);
  console.log(`tokenTable + norms()        ${fmt(full)}`);
  console.log(`  seven runs, MB/s:         ${runs(full)}`);
  const bare = measure((s) => tokenTable(s), text, opts);
  console.log(`tokenTable (no norms)       ${fmt(bare)}`);
  console.log(`  seven runs, MB/s:         ${runs(bare)}`);
  const t = measure((s) => tokenize(s), text, opts);
  console.log(`tokenize (Token objects)    ${fmt(t)}`);
  console.log(`  seven runs, MB/s:         ${runs(t)}`);
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
  }, text, opts);
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
  return [
    target('tokenTable + norms(), steady', full.mbPerSecond, '>=', 40, `${full.mbPerSecond.toFixed(1)} MB/s`),
    target('  its spread over seven runs', full.spread, '<=', 15, `±${full.spread.toFixed(0)}%`),
  ];
}
