// Segmentation held to an independent gold: UD Arabic-PUD, first half (../shared/corpora/ud-pud,
// CC BY-SA 3.0), scored as its README says. Skips when ../shared is absent. No word of the corpus
// is written into this project: the test only counts.
import { describe, expect, it } from 'vitest';
import { builtinGazetteer } from '../src/gazetteer/index.js';
import { knownNames } from '../src/search/index.js';
import { pudAvailable, readPud, scoreSegmentation, type SegmentScore } from './helpers/pud.js';

function report(label: string, s: SegmentScore): void {
  console.log(
    `PUD dev segmentation ${label}: ${s.correct}/${s.words} words = ${(100 * s.accuracy).toFixed(2)}%, ` +
      `boundary P ${s.precision.toFixed(3)} R ${s.recall.toFixed(3)} F1 ${s.f1.toFixed(3)}`,
  );
}

describe.skipIf(!pudAvailable)('segment on UD Arabic-PUD dev (../shared)', () => {
  const rows = pudAvailable ? readPud() : [];

  it('reads the whole dev half', () => {
    expect(rows.length).toBeGreaterThan(7000);
  });

  it('gets at least 98.5% of the words right and boundary F1 0.96, with and without the gazetteer', () => {
    const plain = scoreSegmentation(rows);
    const named = scoreSegmentation(rows, knownNames(builtinGazetteer()));
    report('(default rules)', plain);
    report('(with knownNames(builtinGazetteer()))', named);
    expect(plain.accuracy).toBeGreaterThanOrEqual(0.985);
    expect(plain.f1).toBeGreaterThanOrEqual(0.96);
    expect(named.accuracy).toBeGreaterThanOrEqual(plain.accuracy);
    expect(named.f1).toBeGreaterThanOrEqual(0.96);
  });
});
