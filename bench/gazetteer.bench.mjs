// Gazetteer: cold load of the built-in gazetteer (a fresh Node process each time), and matching
// throughput (MB/s of UTF-8 input) with and without tokens passed in.
import { execFileSync } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { builtinGazetteer, builtinLexicon, tokenize } from '../dist/index.js';
import { benchText, measure } from './corpus.mjs';

const dist = pathToFileURL(join(dirname(fileURLToPath(import.meta.url)), '..', 'dist', 'index.js')).href;

/**
 * Median of `runs` fresh processes: import time; the tokenizer's first call (its own cold start,
 * which every first match pays); builtinGazetteer(); the first match; builtinLexicon().
 */
function coldLoad(runs = 7) {
  const script = `
    const t0 = performance.now();
    const m = await import(${JSON.stringify(dist)});
    const t1 = performance.now();
    m.tokenize('قال', { normalize: 'search' });
    const t2 = performance.now();
    const g = m.builtinGazetteer();
    const t3 = performance.now();
    g.match('وصل الوفد إلى بغداد قادماً من دمشق');
    const t4 = performance.now();
    m.builtinLexicon().demonym('السوري');
    const t5 = performance.now();
    console.log(JSON.stringify({ importMs: t1 - t0, tokenizerMs: t2 - t1, gazetteerMs: t3 - t2, firstMatchMs: t4 - t3, lexiconMs: t5 - t4, size: g.size }));`;
  const results = [];
  for (let i = 0; i < runs; i++) {
    results.push(JSON.parse(execFileSync(process.execPath, ['--input-type=module', '-e', script], { encoding: 'utf8' })));
  }
  const median = (k) => results.map((r) => r[k]).sort((a, b) => a - b)[Math.floor(runs / 2)];
  return Object.fromEntries(['importMs', 'tokenizerMs', 'gazetteerMs', 'firstMatchMs', 'lexiconMs', 'size'].map((k) => [k, median(k)]));
}

export default async function () {
  const cold = coldLoad();
  console.log(`built-in gazetteer: ${cold.size} entries`);
  const ms = (x) => `${x.toFixed(1)} ms`;
  console.log(`cold start, median of 7 fresh processes: import dist ${ms(cold.importMs)} · first tokenize ${ms(cold.tokenizerMs)} · builtinGazetteer() ${ms(cold.gazetteerMs)} · first match ${ms(cold.firstMatchMs)} · builtinLexicon() ${ms(cold.lexiconMs)}`);

  const text = benchText();
  const g = builtinGazetteer();
  builtinLexicon();
  const fmt = (r) => `${r.mbPerSecond.toFixed(1)} MB/s (${(r.seconds * 1000).toFixed(0)} ms for ${(r.bytes / 1e6).toFixed(1)} MB)`;
  console.log(`matches in the bench text: ${g.match(text).length}`);
  console.log(`match(text)                 ${fmt(measure((s) => g.match(s), text))}`);
  const tokens = tokenize(text);
  console.log(`match(text, tokens)         ${fmt(measure((s) => g.match(s, tokens), text))}`);
}
