// searchTerms throughput on news text (issue 14 asks ≥ 20 MB/s): default options (stems, no stop
// words), without stemming, and with multi-word names; stem() alone over every word token.
import { searchTerms, stem, tokenize } from '../dist/index.js';
import { benchText, measure } from './corpus.mjs';

export default async function () {
  const text = benchText();
  const fmt = (r) => `${r.mbPerSecond.toFixed(1)} MB/s (±${r.spread.toFixed(0)}%; ${r.cpuMbPerSecond.toFixed(1)} MB per CPU second; ${(r.seconds * 1000).toFixed(0)} ms for ${(r.bytes / 1e6).toFixed(1)} MB)`;
  searchTerms(text); // fills the per-word caches, as an indexer that has seen some text
  const d = measure((s) => searchTerms(s), text, { runs: 7, warmup: 2 });
  console.log(`searchTerms                  ${fmt(d)}`);
  console.log(`  seven runs, MB/s:          ${d.perRun.map((r) => r.toFixed(1)).join(', ')}`);
  console.log(`searchTerms {stem: false}    ${fmt(measure((s) => searchTerms(s, { stem: false }), text))}`);
  console.log(`searchTerms {names: true}    ${fmt(measure((s) => searchTerms(s, { names: true }), text))}`);
  const words = tokenize(text).filter((t) => t.kind === 'word').map((t) => t.text);
  console.log(`stem() of ${words.length} word tokens: ${fmt(measure(() => { let n = 0; for (const w of words) n += stem(w).length; return n; }, text))}`);
}
