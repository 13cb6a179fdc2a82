import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { stemmer as snowball } from '@orama/stemmers/arabic';
import { normalize } from '../src/normalize/index.js';
import { isStopword, searchTerms, stem, stopwords } from '../src/search/index.js';
import { searchKey } from '../src/normalize/search-key.js';
import { segment } from '../src/tokenize/index.js';
import { lemmaTypes, pudAvailable, readPud, scoreConflation } from './helpers/pud.js';
import { arabicWord } from './tokenize.helpers.js';

describe('stem', () => {
  it('conflates a word with its clitics and inflections', () => {
    for (const w of ['العراق', 'والعراق', 'بالعراق', 'للعراق', 'وللعراق']) expect(stem(w), w).toBe('عراق');
    for (const w of ['العراقيون', 'العراقيين', 'عراقيون', 'وعراقي']) expect(stem(w), w).toBe('عراقي');
    expect(stem('المعلمون')).toBe(stem('معلمين'));
    expect(stem('المؤتمرات')).toBe(stem('مؤتمر'));
    expect(stem('بمدينتين')).toBe(stem('المدينة'));
    expect(stem('حكومتها')).toBe(stem('الحكومة'));
    expect(stem('مستواها')).toBe('مستوي');
  });

  it('keeps the names the gazetteer knows whole, where Snowball breaks them', () => {
    expect(stem('بيروت')).toBe('بيروت');
    expect(snowball('بيروت')).not.toBe('بيروت');
    expect(stem('فلسطين')).toBe('فلسطين');
    expect(stem('الجزيرة')).toBe('جزيره');
    expect(stem('بعلبك')).toBe('بعلبك');
    expect(stem('وزارة')).toBe('وزاره'); // Snowball: زار, the verb "visited"
    expect(stem('فلسطينيين')).toBe('فلسطيني');
  });

  it('keeps الله whole (not الل + ه), and stems لله (ل + الله, two lams) and a name joined to it with it', () => {
    for (const w of ['الله', 'والله', 'بالله', 'فالله', 'لله', 'ولله', 'اللّه']) expect(stem(w), w).toBe('الله');
    expect(stem('عبدالله')).toBe('عبدالله');
    expect(searchTerms('الحمد لله، بسم الله').map((t) => t.term)).toEqual(['حمد', 'الله', 'بسم', 'الله']);
    // Other words that end in له keep their rules: a suffix ه still goes (خلاله → خلال).
    expect(stem('خلاله')).toBe('خلال');
  });

  it("removes a verb's masculine plural وا, but not the وا of a noun once its ة is off", () => {
    for (const w of ['كانوا', 'وكانوا', 'فكانوا']) expect(stem(w), w).toBe('كان');
    expect(stem('نشروا')).toBe(stem('نشر'));
    expect(stem('يكونوا')).toBe(stem('يكون')); // لم يكونوا
    // المساواة is مساواه in search form: its ه goes, and مساوا is then its own stem.
    for (const w of ['المساواة', 'بالمساواة', 'مساواة']) expect(stem(w), w).toBe('مساوا');
    expect(stem('دعوا')).toBe('دعوا'); // two letters would be left
  });

  it('never leaves fewer than three letters after a suffix (مكان is not مك + ان)', () => {
    expect(stem('مكان')).toBe('مكان');
    expect(stem('بنات')).toBe('بنات');
  });

  it('returns other tokens in search form, lower-cased', () => {
    expect(stem('CNN')).toBe('cnn');
    expect(stem('٢٠٢٤')).toBe('2024');
    expect(stem('')).toBe('');
  });

  it('can stem names too when told no word is a name', () => {
    expect(stem('العراقية', { isKnownName: () => false })).toBe('عراقي');
  });

  it('is idempotent and never empty for an Arabic word', () => {
    fc.assert(
      fc.property(arabicWord, (w) => {
        const s = stem(w);
        if (/[\u0621-\u063a\u0641-\u064a]/u.test(w)) expect(s.length, w).toBeGreaterThan(0);
        expect(stem(s)).toBe(s);
        expect(normalize(s, 'search')).toBe(s);
      }),
      { numRuns: 500 },
    );
  });

  it('takes words already in search form as normalize does (the fast path skips no letter it must fold)', () => {
    fc.assert(
      fc.property(arabicWord, (w) => {
        expect(searchKey(w)).toBe(normalize(w, 'search'));
      }),
      { numRuns: 500 },
    );
    expect(searchKey('حكومة')).toBe('حكومه');
    expect(searchKey('عراق')).toBe('عراق');
  });

  it('stems a word of millions of letters (a text without spaces) without overflowing the stack', () => {
    // 8.4 million letters: past what /^[ء-ي]+$/u could test on V8 ('Maximum call stack size exceeded').
    const word = 'د'.repeat(8_400_000);
    expect(stem(word)).toBe(word);
    expect(searchTerms(`وصل ${word}`).map((t) => [t.term.length, t.start, t.end])).toEqual([
      [3, 0, 3],
      [8_400_000, 4, 8_400_004],
    ]);
  });

  it('rejects what is not a string', () => {
    expect(() => stem(3 as never)).toThrow(TypeError);
    expect(() => stem('كتب', { isKnownName: 1 as never })).toThrow(/isKnownName/);
    expect(() => stem(Buffer.from('كتب') as never)).toThrow(/^stem: expected word to be a string, got Uint8Array \(bytes, not text/);
    expect(() => isStopword(new TextEncoder().encode('في') as never)).toThrow(/^isStopword: expected word to be a string, got Uint8Array \(bytes/);
  });
});

describe('stopwords', () => {
  it('holds every word of data/lexicon/stopwords.txt in search form', () => {
    const listed = readFileSync(new URL('../data/lexicon/stopwords.txt', import.meta.url), 'utf8')
      .split('\n')
      .map((l) => l.trim())
      .filter((l) => l && !l.startsWith('#') && !l.includes(' '));
    expect(listed.length).toBeGreaterThan(150);
    for (const w of listed) expect(stopwords.has(normalize(w, 'search')), w).toBe(true);
    expect(stopwords.has('هذه')).toBe(true);
    expect(stopwords.has('العراق')).toBe(false);
  });

  it('tests a word after its clitics are cut off', () => {
    for (const w of ['وهذا', 'عليهم', 'فإن', 'لها', 'وكان', 'والتي', 'لكنهم', 'إنه']) expect(isStopword(w), w).toBe(true);
    for (const w of ['والعراق', 'كتابه', 'قال', 'الرئيس', 'بغداد', 'CNN', '']) expect(isStopword(w), w).toBe(false);
    expect(() => isStopword(null as never)).toThrow(TypeError);
  });
});

describe.skipIf(!pudAvailable)('stem on UD Arabic-PUD dev lemmas (../shared)', () => {
  it('conflates with precision ≥ 0.85 and F1 ≥ 0.60, above Snowball on both', () => {
    const types = lemmaTypes(readPud());
    const ours = scoreConflation(types, (w) => stem(w));
    const theirs = scoreConflation(types, (w) => snowball(w));
    const clitics = scoreConflation(types, (w) => normalize(segment(w).stem.text, 'search'));
    const f = (s: typeof ours) => `P ${s.precision.toFixed(3)} R ${s.recall.toFixed(3)} F1 ${s.f1.toFixed(3)}`;
    console.log(`PUD dev conflation over ${ours.types} word types: tahlil stem ${f(ours)}; Snowball (@orama/stemmers) ${f(theirs)}; clitics only ${f(clitics)}`);
    expect(ours.precision).toBeGreaterThanOrEqual(0.85);
    expect(ours.f1).toBeGreaterThanOrEqual(0.6);
    expect(ours.precision).toBeGreaterThan(theirs.precision);
    expect(ours.f1).toBeGreaterThan(theirs.f1);
    const unstable = [...types.keys()].filter((w) => stem(stem(w)) !== stem(w));
    expect(unstable).toEqual([]);
  });
});
