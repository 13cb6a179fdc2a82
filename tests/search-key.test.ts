import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { normalize } from '../src/normalize/index.js';
import { foldedOnce, isSearchForm, searchKey } from '../src/normalize/search-key.js';

describe('searchKey', () => {
  it('is normalize(word, "search")', () => {
    expect(searchKey('بغداد')).toBe('بغداد');
    expect(searchKey('حكومة')).toBe('حكومه');
    expect(searchKey('أحمد')).toBe('احمد');
    expect(searchKey('على')).toBe('علي');
    expect(searchKey('مسؤول')).toBe('مسوول');
    expect(searchKey('رئيس')).toBe('رييس');
    expect(searchKey('الإمارات')).toBe('الامارات');
    expect(searchKey('أُسامة')).toBe(normalize('أُسامة', 'search'));
    expect(searchKey('')).toBe('');
  });

  it('agrees with normalize on words of letters, folded letters, marks and tatweel', () => {
    const units = 'ءابتثجحخدذرزسشصضطظعغفقكلمنهويآأإٱؤئىةـًٌٍَُِّْیکھ0١ ,';
    const word = fc.array(fc.constantFrom(...units), { maxLength: 10 }).map((a) => a.join(''));
    fc.assert(fc.property(word, (w) => searchKey(w) === normalize(w, 'search')), { numRuns: 20_000 });
  });
});

describe('foldedOnce', () => {
  it('answers words of letters with at most one folded letter, and no other', () => {
    expect(foldedOnce('بغداد')).toBe('بغداد');
    expect(foldedOnce('وزارة')).toBe('وزاره');
    expect(foldedOnce('أسامة')).toBeUndefined();
    expect(foldedOnce('بغداد١')).toBeUndefined();
  });

  it('folds as normalize does, after every code unit of the basic plane, and answers every letter the form keeps or folds alone', () => {
    for (let c = 0; c < 0x10000; c++) {
      if (c >= 0xd800 && c < 0xe000) continue;
      const w = 'ب' + String.fromCharCode(c);
      const r = foldedOnce(w);
      if (r !== undefined) expect(r).toBe(normalize(w, 'search'));
    }
    for (const letter of 'ءابتثجحخدذرزسشصضطظعغفقكلمنهويآأإٱؤئىة') expect(foldedOnce('ب' + letter)).toBe(normalize('ب' + letter, 'search'));
  });
});

describe('isSearchForm', () => {
  it('says whether normalize(word, "search") leaves a word as it is', () => {
    for (const w of ['عراق', 'بغداد', 'الكاظمي', 'ءامن', '']) expect(isSearchForm(w)).toBe(true);
    for (const w of ['حكومة', 'أحمد', 'على', 'مسؤول', 'رئيس', 'بغـداد', 'بَغداد']) expect(isSearchForm(w)).toBe(false);
    const units = 'ءابتثجحخدذرزسشصضطظعغفقكلمنهويآأإٱؤئىةـَ';
    const word = fc.array(fc.constantFrom(...units), { maxLength: 8 }).map((a) => a.join(''));
    fc.assert(fc.property(word, (w) => isSearchForm(w) === (normalize(w, 'search') === w)), { numRuns: 5_000 });
  });
});
