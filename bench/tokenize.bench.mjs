// Tokenizer throughput: `tokenize` alone, and `tokenize` + `segment` of every word token.
import { segmentToken, sentences, tokenize } from '../dist/index.js';
import { benchText, measure } from './corpus.mjs';

export default async function () {
  const text = benchText();
  const fmt = (r) => `${r.mbPerSecond.toFixed(1)} MB/s (${(r.seconds * 1000).toFixed(0)} ms for ${(r.bytes / 1e6).toFixed(1)} MB)`;
  const tokens = tokenize(text);
  console.log(`tokens: ${tokens.length}, words: ${tokens.filter((t) => t.kind === 'word').length}`);
  console.log(`tokenize                    ${fmt(measure((s) => tokenize(s), text))}`);
  console.log(
    `tokenize + segment words    ${fmt(
      measure((s) => {
        let cut = 0;
        for (const t of tokenize(s)) {
          const seg = segmentToken(t);
          if (seg && (seg.proclitics.length || seg.enclitics.length)) cut++;
        }
        return cut;
      }, text),
    )}`,
  );
  console.log(`sentences                   ${fmt(measure((s) => sentences(s), text))}`);
}
