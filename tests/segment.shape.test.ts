import { readFileSync, readdirSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { builtinGazetteer } from '../src/gazetteer/index.js';
import { knownNames } from '../src/search/index.js';
import { segment } from '../src/tokenize/index.js';
import { cliticShape, cliticShapeIfWanted } from '../src/tokenize/segment.js';
import { builtinLexicon } from '../src/gazetteer/index.js';
import { searchForm } from '../src/gazetteer/trie.js';
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

describe('cliticShapeIfWanted: cliticShape when its answer can matter', () => {
  const lexicon = builtinLexicon();
  const common = (stem: string) => lexicon.isCommonWord(searchForm(stem));
  /** The contract: the same answer as cliticShape, or undefined only when that answer cuts no pronoun and leaves no wanted stem. */
  const check = (w: string, wanted: ((stem: string) => boolean) | undefined) => {
    const full = cliticShape(w, names.isKnownName);
    const brief = cliticShapeIfWanted(w, names.isKnownName, wanted);
    if (brief !== undefined) expect(brief, w).toEqual(full);
    else {
      expect(full.enclitic, w).toBe(false);
      if (full.proclitics && wanted) expect(wanted(full.stem), w).toBe(false);
    }
    return brief;
  };

  it('plans والحكومة (common stem) and نظيره (a pronoun), not بغداد or وبوتين (no pronoun, no common stem)', () => {
    expect(check('والحكومة', common)).toEqual({ proclitics: true, enclitic: false, stem: 'حكومة' });
    expect(check('نظيره', undefined)).toEqual({ proclitics: false, enclitic: true, stem: 'نظير' });
    expect(check('بغداد', common)).toBeUndefined();
    expect(check('وبوتين', common)).toBeUndefined();
    // a common stem is of no interest when none is wanted
    expect(check('والحكومة', undefined)).toBeUndefined();
  });

  it('keeps the contract on every word of the fixture articles, with and without a wanted stem', () => {
    const dir = new URL('../fixtures/', import.meta.url);
    const words = new Set<string>();
    for (const f of readdirSync(dir).filter((f) => f.endsWith('.txt'))) for (const w of readFileSync(new URL(f, dir), 'utf8').split(/[\s.,،؛:!?؟«»"()]+/)) if (w) words.add(w);
    let skipped = 0;
    for (const w of words) {
      if (check(w, common) === undefined) skipped++;
      check(w, undefined);
    }
    // most words need no plan (the point of the function), some do
    expect(skipped).toBeGreaterThan(words.size / 4);
    expect(skipped).toBeLessThan(words.size);
  });

  it('plans a final ي only where a pronoun can be cut: after a particle or a ت (لي، عندي، حياتي), not a nisba (السوري)', () => {
    // The cut of the full plan, for every word of each kind (and a wanted stem or none).
    for (const w of ['لي', 'عندي', 'ومني', 'حياتي', 'محطتي', 'وحياتي', 'عليه', 'كتابك', 'يعلمني']) {
      expect(check(w, undefined), w).toEqual(cliticShape(w, names.isKnownName));
    }
    for (const w of ['السوري', 'الدولي', 'والعربي', 'بغدادي', 'القرضاوي', 'وزيري', 'ي']) {
      expect(check(w, undefined), w).toBeUndefined();
      check(w, common);
      check(w, () => true);
    }
  });

  it('keeps the contract on any Arabic word ending in ي (the one-letter pronoun planned only where it can be cut)', () => {
    const endingInYeh = fc.tuple(arabicWord, fc.constantFrom('ي', 'تي', 'لي', 'ني', 'يٌ', 'يـ')).map(([w, end]) => w + end);
    fc.assert(fc.property(endingInYeh, fc.boolean(), (w, wantAll) => {
        check(w, common);
        check(w, wantAll ? () => true : undefined);
      }), { numRuns: 2000 });
  });

  it('keeps the contract on any Arabic word (marks, tatweel and tanween included)', () => {
    fc.assert(fc.property(arabicWord, fc.boolean(), (w, wantAll) => {
        check(w, common);
        check(w, wantAll ? () => true : undefined);
      }), { numRuns: 500 });
  });
});

