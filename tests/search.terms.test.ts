import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createGazetteer } from '../src/gazetteer/index.js';
import { searchTerms, termsOf } from '../src/search/index.js';
import { mixedText } from './tokenize.helpers.js';

describe('searchTerms', () => {
  it('gives one stemmed term per content word, with offsets into the text', () => {
    const text = 'وصل الوفد إلى بغداد';
    expect(searchTerms(text)).toEqual([
      { term: 'وصل', start: 0, end: 3 },
      { term: 'وفد', start: 4, end: 9 },
      { term: 'بغداد', start: 14, end: 19 },
    ]);
  });

  it('makes والعراق، بالعراق، للعراق and العراق one term', () => {
    const terms = termsOf('العراق والعراق بالعراق للعراق');
    expect(new Set(terms)).toEqual(new Set(['عراق']));
    expect(terms).toHaveLength(4);
  });

  it('keeps stop words when asked, and leaves stemming off when asked', () => {
    expect(termsOf('هذه المدارس في العراق')).toEqual(['مدارس', 'عراق']);
    expect(termsOf('هذه المدارس في العراق', { stopwords: false })).toEqual(['هذه', 'مدارس', 'في', 'عراق']);
    expect(termsOf('والعراقيون', { stem: false })).toEqual(['عراقيون']);
    expect(termsOf('والعراقيون')).toEqual(['عراقي']);
  });

  it('indexes numbers, Latin words, hashtags; skips punctuation and URLs', () => {
    expect(termsOf('نشرت CNN ٥ تقارير، https://example.com #مصر')).toEqual(['نشرت', 'cnn', '5', 'تقارير', '#مصر']);
  });

  it('emits known multi-word names as one more term when asked', () => {
    const text = 'قال الأمين العام للأمم المتحدة';
    const named = searchTerms(text, { names: true });
    const un = named.find((t) => t.term === 'الامم المتحده');
    expect(un).toBeDefined();
    expect(text.slice(un!.start, un!.end)).toBe('لأمم المتحدة');
    expect(searchTerms(text).some((t) => t.term.includes(' '))).toBe(false);
    const g = createGazetteer([{ name: 'مجلس التعاون', type: 'ORG' }]);
    expect(termsOf('اجتماع مجلس التعاون', { names: g })).toContain('مجلس التعاون');
  });

  it('every term slices back to the surface it came from; offsets are monotone', () => {
    fc.assert(
      fc.property(mixedText, (text) => {
        const terms = searchTerms(text, { names: true });
        let last = 0;
        for (const t of terms) {
          expect(t.start).toBeGreaterThanOrEqual(last);
          expect(t.end).toBeGreaterThan(t.start);
          expect(t.term.length).toBeGreaterThan(0);
          last = t.start;
        }
        for (const t of searchTerms(text)) expect(text.slice(t.start, t.end).length).toBe(t.end - t.start);
      }),
      { numRuns: 300 },
    );
  });

  it('rejects bad input with a clear error', () => {
    expect(() => searchTerms(1 as never)).toThrow(TypeError);
    expect(() => searchTerms('x', { stem: 'yes' as never })).toThrow(/options.stem/);
    expect(() => searchTerms('x', { names: 'all' as never })).toThrow(/options.names/);
  });
});
