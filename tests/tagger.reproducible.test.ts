import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { packedModelText } from '../src/ner/tagger/generated/model.js';
import { decodeByteText } from '../src/ner/tagger/byte-text.js';
import { unpackModel } from '../src/ner/tagger/packed.js';
import { builtinTagger } from '../src/ner/tagger/builtin.js';
import { TaggerModel } from '../src/ner/tagger/model.js';
import { corporaPresent, emptyCounts, foldWindows, loadCorpora, prepare, readJsonl, trainingDigest, windows } from '../scripts/tagger-corpus.js';

/**
 * The committed model must be what `npm run model` makes from today's code. Training is
 * deterministic, so it is enough to check what training reads: the features and converted gold
 * tags of every training document, whose sha256 `npm run model` writes to data/model/tagger.json.
 * When segmentation, a word list or a feature template changes them, these tests fail until the
 * model is trained again (`npm run model`; `npm run model -- --check` retrains and compares bytes).
 */
const provenance = JSON.parse(readFileSync('data/model/tagger.json', 'utf8')) as {
  model: { bytes: number; sha256: string };
  options: { bits: number; windows?: number[] };
  training: Record<'anercorp' | 'aqmar-train' | 'seeds', { documents: number; sha256: string }>;
};

describe('the built-in model is what npm run model makes from this code', () => {
  it('data/model/tagger.bin and its packed copy in text are the file data/model/tagger.json describes', () => {
    const bin = readFileSync('data/model/tagger.bin');
    expect(bin.length).toBe(provenance.model.bytes);
    expect(createHash('sha256').update(bin).digest('hex')).toBe(provenance.model.sha256);
    expect(Buffer.compare(Buffer.from(unpackModel(decodeByteText(packedModelText()))), bin)).toBe(0);
  });

  it('the shipped bytes pass the checksum that builtinTagger() skips, and read the same either way', () => {
    const bytes = new Uint8Array(readFileSync('data/model/tagger.bin'));
    const checked = TaggerModel.fromBytes(bytes);
    const unchecked = builtinTagger();
    expect(unchecked.features).toBe(checked.features);
    expect(Buffer.compare(Buffer.from(unchecked.toBytes()), Buffer.from(bytes))).toBe(0);
  });

  // The seed articles ship as fixtures/ (the same gold as ../shared/seeds), so this runs everywhere, CI included.
  it('the seed articles give the features and gold tags the model was trained on', () => {
    const seeds = prepare(readJsonl('fixtures/gold.jsonl'), provenance.options.bits, emptyCounts());
    expect(seeds.length).toBe(provenance.training.seeds.documents);
    expect(trainingDigest(seeds), 'features moved: run npm run model').toBe(provenance.training.seeds.sha256);
  });

  it.skipIf(!corporaPresent())('ANERcorp train and AQMAR train give the features and gold tags the model was trained on', () => {
    const c = loadCorpora();
    // Windows of neighbouring sentences, as npm run model reads them (ANERcorp's never across a CV fold's edge).
    const sizes = provenance.options.windows ?? [1];
    const views = (docs: typeof c.anercorp, cut: boolean) => sizes.flatMap((w) => (cut ? foldWindows(docs, w) : windows(docs, w)));
    for (const [name, docs] of [['anercorp', views(c.anercorp, true)], ['aqmar-train', views(c.aqmarTrain, false)]] as const) {
      const data = prepare(docs, provenance.options.bits, emptyCounts());
      expect(data.length).toBe(provenance.training[name].documents);
      expect(trainingDigest(data), `${name}: features moved, run npm run model`).toBe(provenance.training[name].sha256);
    }
  }, 180_000);
});
