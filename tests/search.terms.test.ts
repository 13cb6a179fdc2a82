import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createGazetteer } from '../src/gazetteer/index.js';
import { normalize } from '../src/normalize/index.js';
import { searchTerms, stem, termsOf } from '../src/search/index.js';
import { tokenize } from '../src/tokenize/index.js';
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
        // text.slice(start, end) is the surface: a whole token of the text, whose term is the term.
        const tokens = new Map(tokenize(text).map((tok) => [tok.start, tok]));
        for (const options of [{}, { stem: false }, { stopwords: false }]) {
          for (const t of searchTerms(text, options)) {
            const surface = text.slice(t.start, t.end);
            const tok = tokens.get(t.start);
            expect(tok?.text, surface).toBe(surface);
            expect(tok?.end).toBe(t.end);
            const expected = tok!.kind === 'word' ? (options.stem === false ? undefined : stem(surface)) : normalize(surface, 'search').toLowerCase();
            if (expected !== undefined) expect(t.term, surface).toBe(expected);
          }
        }
      }),
      { numRuns: 300 },
    );
  });

  it('gives the same terms on a second call, from its caches, as on the first', () => {
    const text = 'وصلت بعثة الأمم المتحدة إلى بعلبك وبيروت، وقالت #لبنان إن 70% من المساعدات وصلت. Reuters';
    const first = searchTerms(text);
    expect(first.map((t) => t.term)).toEqual(['وصلت', 'بعث', 'امم', 'متحد', 'بعلبك', 'بيروت', 'قالت', '#لبنان', '70%', 'مساعد', 'وصلت', 'reuters']);
    expect(searchTerms(text)).toEqual(first);
    expect(searchTerms(text + ' ' + text).slice(first.length).map((t) => t.start - text.length - 1)).toEqual(first.map((t) => t.start));
  });

  it('keeps a name the gazetteer knows whole through segmentation (بعلبك is no ب + علبك), with and without stemming', () => {
    expect(termsOf('زار الوفد بعلبك وبعلبك', { stem: false })).toEqual(['زار', 'وفد', 'بعلبك', 'بعلبك']);
    expect(termsOf('زار الوفد بعلبك وبعلبك')).toEqual(['زار', 'وفد', 'بعلبك', 'بعلبك']);
  });

  it('rejects bad input with a clear error', () => {
    expect(() => searchTerms(1 as never)).toThrow(TypeError);
    expect(() => searchTerms('x', { stem: 'yes' as never })).toThrow(/options.stem/);
    expect(() => searchTerms('x', { names: 'all' as never })).toThrow(/options.names/);
  });
});
