import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { cutAfter, joinedProclitic, procliticReadings, procliticReadingsAt, PROCLITIC_LETTERS } from '../src/tokenize/clitics.js';
import { segment } from '../src/tokenize/index.js';
import { normalize } from '../src/normalize/index.js';
import { arabicWord } from './tokenize.helpers.js';

describe('clitics: the one proclitic module', () => {
  it('reads a search-form word as proclitics + stem, at least three letters left', () => {
    expect(procliticReadings('وبدمشق')).toEqual([
      ['و', 'بدمشق'],
      ['وب', 'دمشق'],
    ]);
    expect(procliticReadings('للعراق')).toEqual([
      ['ل', 'لعراق'],
      ['ل', 'العراق'],
    ]);
    expect(procliticReadings('وقم')).toEqual([]); // و + قم would leave two letters
    expect(procliticReadings('باب')).toEqual([]);
  });

  it('reads the readings with their offsets in the word as written, as procliticReadings and cutAfter do', () => {
    expect(procliticReadingsAt('وبدمشق', 'وَبِدمشق')).toEqual([
      ['و', 'بدمشق', 2],
      ['وب', 'دمشق', 4],
    ]);
    fc.assert(
      fc.property(arabicWord, (word) => {
        const key = normalize(word, 'search');
        const expected = procliticReadings(key).map(([p, k]) => [p, k, Math.max(0, cutAfter(word, p.length))]);
        expect(procliticReadingsAt(key, word)).toEqual(expected);
      }),
    );
  });

  it('never cuts inside a ligature that holds a proclitic and the first letter of the stem', () => {
    // ﻷ is ل + أ in one code unit: the stem starts at the ligature, not after it.
    expect(procliticReadingsAt('لاسامه', 'ﻷسامة')).toEqual([['ل', 'اسامه', 0]]);
    expect(procliticReadingsAt('ولاسراييل', 'وﻹسرائيل')).toEqual([
      ['و', 'لاسراييل', 1],
      ['ول', 'اسراييل', 1],
    ]);
    // Presentation forms of one letter each cut as the letters do.
    expect(procliticReadingsAt('وبالعراق', 'ﻭﺑﺎﻟﻌﺮاق')).toEqual([
      ['و', 'بالعراق', 1],
      ['وب', 'العراق', 2],
    ]);
    // Every cut keeps exactly a prefix of the proclitic before it.
    const piece = fc.constantFrom('و', 'ف', 'ب', 'ل', 'ﻻ', 'ﻷ', 'ﻹ', 'ﻵ', 'ﻟ', 'ﻠ', 'ﻭ', 'ﺑ', 'ﳊ', 'ﷲ', 'ا', 'س', 'م', 'ة', 'ـ', '\u064E');
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 9 }).map((a) => a.join('')), (word) => {
        const key = normalize(word, 'search');
        for (const [p, , offset] of procliticReadingsAt(key, word)) {
          expect(p.startsWith(normalize(word.slice(0, offset), 'search')), `${word} ${p} ${offset}`).toBe(true);
        }
      }),
      { numRuns: 500 },
    );
  });

  it('cuts after letters with their marks and tatweel', () => {
    expect(cutAfter('وَبِـدمشق', 2)).toBe(5);
    expect(cutAfter('لـ', 3)).toBe(-1);
  });

  it('finds a proclitic joined by tatweel, and only then', () => {
    expect(joinedProclitic('لـالأسد')).toBe(2);
    expect(joinedProclitic('وبـCNN')).toBe(3);
    expect(joinedProclitic('لِـلـعراق')).toBe(5);
    expect(joinedProclitic('لبنان')).toBe(0);
    expect(joinedProclitic('الأسد')).toBe(0);
  });

  it('lists the letters the scorer allows between two starts', () => {
    expect([...PROCLITIC_LETTERS].sort()).toEqual(['ب', 'ف', 'ك', 'ل', 'و', 'ـ'].sort());
  });

  it('is what segment cuts too (و ف ب ك ل)', () => {
    expect(segment('وبالعراق').proclitics.map((p) => p.text)).toEqual(['و', 'ب', 'ال']);
    expect(segment('فكتابه').proclitics.map((p) => p.text)).toEqual(['ف']);
  });
});

describe('procliticReadings and joinedProclitic (exported from the package) name a non-string argument', () => {
  it('throws a TypeError naming the function, not a failure inside it or a silent 0', () => {
    // Before: procliticReadings(5) failed with "norm.charCodeAt is not a function", undefined with
    // "Cannot read properties of undefined"; joinedProclitic(5) returned 0.
    expect(() => procliticReadings(5 as never)).toThrow(new TypeError('procliticReadings: expected norm to be a string, got number'));
    expect(() => procliticReadings(undefined as never)).toThrow(/procliticReadings: expected norm to be a string, got undefined/);
    expect(() => joinedProclitic(5 as never)).toThrow(new TypeError('joinedProclitic: expected text to be a string, got number'));
    expect(() => joinedProclitic(null as never)).toThrow(/joinedProclitic: expected text to be a string, got null/);
    // Bytes (readFileSync without 'utf8') are named with what to do, as the other text functions do.
    expect(() => procliticReadings(Buffer.from('وبغداد') as never)).toThrow(/procliticReadings: expected norm to be a string, got Uint8Array \(bytes, not text: decode them first/);
    expect(joinedProclitic('لـالأسد')).toBe(2);
    expect(procliticReadings('وبدمشق')).toEqual([['و', 'بدمشق'], ['وب', 'دمشق']]);
  });
});
