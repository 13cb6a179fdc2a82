/**
 * Digests of what the analyzer computes on the shared corpora, to show that a change meant to be
 * a pure speed-up changed nothing: the tagger's features (which the shipped model was trained on),
 * the rules' spans, the final entities, and `segment` on every whitespace word.
 *
 *   npx tsx scripts/output-digest.ts          prints one sha256 per (corpus, output)
 *
 * Compare the lines before and after a change; any difference means the change is not neutral
 * (and, for the features, that data/model/tagger.bin must be retrained with `npm run model`).
 */
import { createHash } from 'node:crypto';
import { analyze } from '../src/index.js';
import { segment } from '../src/tokenize/index.js';
import { taggerDocument } from '../src/ner/tagger/document.js';
import { corporaPresent, loadCorpora } from './tagger-corpus.js';

if (!corporaPresent()) {
  console.error('output-digest: ../shared/corpora is missing');
  process.exit(1);
}
const c = loadCorpora();
const sha = () => createHash('sha256');
for (const [name, docs] of [['anercorp', c.anercorp], ['aqmar-train', c.aqmarTrain], ['aqmar-dev', c.aqmarDev], ['seeds', c.seeds]] as const) {
  const feats = sha();
  const rules = sha();
  const ents = sha();
  const segs = sha();
  for (const d of docs) {
    const td = taggerDocument(d.text, 20);
    feats.update(new Uint8Array(td.features.feats.buffer, td.features.feats.byteOffset, td.features.feats.byteLength));
    feats.update(new Uint8Array(td.features.offsets.buffer, td.features.offsets.byteOffset, td.features.offsets.byteLength));
    rules.update(JSON.stringify(td.chosen));
    ents.update(JSON.stringify(analyze(d.text).entities));
    for (const w of d.text.split(/\s+/)) if (w) segs.update(JSON.stringify(segment(w)));
  }
  for (const [what, h] of [['features', feats], ['rules', rules], ['entities', ents], ['segment', segs]] as const)
    console.log(`${name}\t${what}\t${h.digest('hex').slice(0, 16)}`);
}
