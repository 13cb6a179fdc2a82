// The tagger's scores without the feature list (scores.ts) must equal the feature list's, bit for
// bit, or the shipped model would tag differently from how it was trained and evaluated.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { builtinTagger } from '../src/ner/tagger/builtin.js';
import { taggerDocument } from '../src/ner/tagger/document.js';
import type { Features } from '../src/ner/tagger/features.js';
import type { TaggerModel } from '../src/ner/tagger/model.js';
import { emissions, tagInput } from '../src/ner/tagger/scores.js';
import { FIXTURES, SHARED } from './helpers/cli.js';

/** The scores as `TaggerModel.tag` computes them: the weights of every listed feature, summed. */
function listedEmissions(model: TaggerModel, features: Features): Float32Array {
  const n = features.offsets.length - 1;
  const out = new Float32Array(n * 7);
  for (let i = 0; i < n; i++) {
    const sums = new Int32Array(7);
    for (let k = features.offsets[i]!; k < features.offsets[i + 1]!; k++) {
      const r = model.row(features.feats[k]!);
      if (r >= 0) for (let t = 0; t < 7; t++) sums[t]! += model.weights[r * 7 + t]!;
    }
    for (let t = 0; t < 7; t++) out[i * 7 + t] = sums[t]! * model.scale;
  }
  return out;
}

function expectSame(model: TaggerModel, text: string): void {
  const td = taggerDocument(text, model.bits);
  const listed = listedEmissions(model, td.features);
  expect(emissions(model, td.input)).toEqual(listed);
  // With the document, each spelling keeps its sums: the first call stores them, the second reads them.
  expect(emissions(model, td.input, td.doc)).toEqual(listed);
  expect(emissions(model, td.input, td.doc)).toEqual(listed);
  expect(tagInput(model, td.input, td.doc)).toEqual(model.tag(td.features));
}

describe('tagger scores without the feature list', () => {
  const model = builtinTagger();

  it('equal the listed features on sentences with names, rules spans and line starts', () => {
    for (const text of [
      'التقى الرئيس السوري بشار الأسد في دمشق وزير الخارجية العراقي.',
      'وقال المدرب جهاد الشماع إن لاعبي نادي الوحدة جاهزون.\nبغداد (رويترز) - وصل الوفد إلى بغداد',
      'بشار',
      '',
      'ذهب 3 رجال إلى الأمم المتحدة في نيويورك ، ثم إلى لـ الأمم',
    ]) {
      expectSame(model, text);
    }
  });

  it('equal the listed features on the fixtures, sentence by sentence and whole', () => {
    for (const file of ['000_496c174df8b04b51.txt', '003_c07e43e3ddaf4e87.txt']) {
      const text = readFileSync(join(FIXTURES, file), 'utf8');
      expectSame(model, text);
      for (const line of text.split('\n').slice(0, 40)) expectSame(model, line);
    }
  });

  const aqmar = join(SHARED, 'corpora', 'aqmar', 'liu2019_dev.jsonl');
  it.skipIf(!existsSync(aqmar))('equal the listed features on 300 AQMAR dev sentences (../shared)', () => {
    const lines = readFileSync(aqmar, 'utf8').split('\n').filter((l) => l.trim());
    for (const line of lines.slice(0, 300)) expectSame(model, (JSON.parse(line) as { text: string }).text);
  });
});
