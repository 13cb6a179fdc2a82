import { readFileSync, readdirSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { builtinGazetteer } from '../src/gazetteer/index.js';
import { knownNames } from '../src/search/index.js';
import { segment } from '../src/tokenize/index.js';
import { cliticShape } from '../src/tokenize/segment.js';
import { arabicWord } from './tokenize.helpers.js';

const names = knownNames(builtinGazetteer());
const brief = (w: string) => {
  const s = segment(w, names);
  return { proclitics: s.proclitics.length > 0, enclitic: s.enclitics.length > 0, stem: s.stem.text };
};

describe('cliticShape: segment in brief, for the recogniser', () => {
  it('reads ومواقفنا as proclitic + مواقف + pronoun, and keeps بعلبك and كاليفورنيا whole', () => {
    expect(cliticShape('ومواقفنا', names.isKnownName)).toEqual({ proclitics: true, enclitic: true, stem: 'مواقف' });
    expect(cliticShape('نظيره', names.isKnownName)).toEqual({ proclitics: false, enclitic: true, stem: 'نظير' });
    expect(cliticShape('بعلبك', names.isKnownName)).toEqual({ proclitics: false, enclitic: false, stem: 'بعلبك' });
    expect(cliticShape('وبعلبك', names.isKnownName)).toEqual({ proclitics: true, enclitic: false, stem: 'بعلبك' });
    // marks stay with the letter they follow: the stem is the word's own text
    expect(cliticShape('وَبِدِمَشْقَ', names.isKnownName)).toEqual(brief('وَبِدِمَشْقَ'));
  });

  it('agrees with segment on every word of the fixture articles', () => {
    const dir = new URL('../fixtures/', import.meta.url);
    const words = new Set<string>();
    for (const f of readdirSync(dir).filter((f) => f.endsWith('.txt'))) for (const w of readFileSync(new URL(f, dir), 'utf8').split(/[\s.,،؛:!?؟«»"()]+/)) if (w) words.add(w);
    expect(words.size).toBeGreaterThan(300);
    for (const w of words) expect(cliticShape(w, names.isKnownName), w).toEqual(brief(w));
  });

  it('agrees with segment on any Arabic word (marks, tatweel and tanween included)', () => {
    fc.assert(fc.property(arabicWord, (w) => {
        expect(cliticShape(w, names.isKnownName)).toEqual(brief(w));
      }), { numRuns: 500 });
  });
});
