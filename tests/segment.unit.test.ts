import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { segment, segmentToken, tokenize, type Segmentation } from '../src/tokenize/index.js';
import { arabicWord } from './tokenize.helpers.js';

const texts = (s: Segmentation) => ({
  proclitics: s.proclitics.map((p) => p.text),
  stem: s.stem.text,
  enclitics: s.enclitics.map((p) => p.text),
});

/** The parts are contiguous, in order, and concatenate back to the word. */
function partsError(word: string, s: Segmentation): string {
  const parts = [...s.proclitics, s.stem, ...s.enclitics];
  let at = 0;
  for (const p of parts) {
    if (p.start !== at) return `gap or overlap at ${at}`;
    if (word.slice(p.start, p.end) !== p.text) return `part ${p.text} does not slice back`;
    at = p.end;
  }
  return at === word.length ? '' : `parts end at ${at}, word length ${word.length}`;
}

describe('segment', () => {
  it('cuts conjunction, preposition, article and pronoun with tags and offsets', () => {
    expect(segment('وبالتالي')).toEqual({
      proclitics: [
        { text: 'و', start: 0, end: 1, tag: 'conj' },
        { text: 'ب', start: 1, end: 2, tag: 'prep' },
        { text: 'ال', start: 2, end: 4, tag: 'det' },
      ],
      stem: { text: 'تالي', start: 4, end: 8 },
      enclitics: [],
    });
    expect(segment('منزلها')).toEqual({
      proclitics: [],
      stem: { text: 'منزل', start: 0, end: 4 },
      enclitics: [{ text: 'ها', start: 4, end: 6, tag: 'pron' }],
    });
  });

  it('marks the elided article of لل', () => {
    expect(segment('للعراق')).toEqual({
      proclitics: [
        { text: 'ل', start: 0, end: 1, tag: 'prep' },
        { text: 'ل', start: 1, end: 2, tag: 'det', elided: true },
      ],
      stem: { text: 'عراق', start: 2, end: 6 },
      enclitics: [],
    });
    expect(texts(segment('للبنان'))).toEqual({ proclitics: ['ل'], stem: 'لبنان', enclitics: [] });
  });

  it('cuts the future marker before an imperfect verb only', () => {
    expect(segment('وسيقول').proclitics.map((p) => [p.text, p.tag])).toEqual([
      ['و', 'conj'],
      ['س', 'fut'],
    ]);
    expect(texts(segment('سيارة')).stem).toBe('سيارة');
    expect(texts(segment('سنوات')).stem).toBe('سنوات');
  });

  it('keeps diacritics and tatweel with the part they follow', () => {
    expect(texts(segment('وَالعِرَاقِ'))).toEqual({ proclitics: ['وَ', 'ال'], stem: 'عِرَاقِ', enclitics: [] });
    expect(texts(segment('بـالتالي'))).toEqual({ proclitics: ['بـ', 'ال'], stem: 'تالي', enclitics: [] });
    expect(texts(segment('كِتَابُهُ'))).toEqual({ proclitics: [], stem: 'كِتَابُ', enclitics: ['هُ'] });
    expect(texts(segment('و\u200fالعراق'))).toEqual({ proclitics: ['و\u200f', 'ال'], stem: 'عراق', enclitics: [] });
  });

  it('does not cut letters that belong to the word', () => {
    for (const w of 'ولد بلد كتب لبنان فلسطين بغداد وليد كندا بيروت هاتف الله بلاد وزير ولاية فرنسا كلمة كبير بيت لندن سياسة ليبيا فوز كامل'.split(' ')) {
      expect(texts(segment(w)), w).toEqual({ proclitics: [], stem: w, enclitics: [] });
    }
  });

  it('uses isKnownWord to prefer a known stem', () => {
    const known = new Set(['قم', 'بنان', 'البصرة', 'بغداد', 'نجف']);
    const isKnownWord = (s: string) => known.has(s);
    expect(texts(segment('بقم', { isKnownWord }))).toEqual({ proclitics: ['ب'], stem: 'قم', enclitics: [] });
    expect(texts(segment('بقم'))).toEqual({ proclitics: [], stem: 'بقم', enclitics: [] });
    expect(texts(segment('وبالبصرة', { isKnownWord }))).toEqual({ proclitics: ['و', 'ب', 'ال'], stem: 'بصرة', enclitics: [] });
    expect(texts(segment('بغداد', { isKnownWord }))).toEqual({ proclitics: [], stem: 'بغداد', enclitics: [] });
    expect(texts(segment('وبالنجف', { isKnownWord }))).toEqual({ proclitics: ['و', 'ب', 'ال'], stem: 'نجف', enclitics: [] });
    // Unknown stems fall back to the default rules.
    expect(texts(segment('والعراق', { isKnownWord }))).toEqual({ proclitics: ['و', 'ال'], stem: 'عراق', enclitics: [] });
  });

  it('returns non-Arabic words, empty words and lone letters whole', () => {
    expect(texts(segment('CNN'))).toEqual({ proclitics: [], stem: 'CNN', enclitics: [] });
    expect(texts(segment('بCNN'))).toEqual({ proclitics: [], stem: 'بCNN', enclitics: [] });
    expect(texts(segment(''))).toEqual({ proclitics: [], stem: '', enclitics: [] });
    expect(texts(segment('بـ'))).toEqual({ proclitics: [], stem: 'بـ', enclitics: [] });
    expect(texts(segment('\u064e\u064e'))).toEqual({ proclitics: [], stem: '\u064e\u064e', enclitics: [] });
  });

  it('throws a TypeError naming the argument on non-string input', () => {
    expect(() => segment(5 as never)).toThrow(/word/);
    expect(() => segment(undefined as never)).toThrow(TypeError);
    expect(() => segment('و', { isKnownWord: 'x' as never })).toThrow(TypeError);
  });

  it('segmentToken segments word tokens and returns null for others', () => {
    const [a, b] = tokenize('وبالتالي CNN');
    expect(segmentToken(a!)!.proclitics.map((p) => p.text)).toEqual(['و', 'ب', 'ال']);
    expect(segmentToken(b!)).toBeNull();
  });

  it('handles a 200,000-letter word', () => {
    const w = 'وال' + 'ب'.repeat(200_000) + 'ها';
    const s = segment(w);
    expect(partsError(w, s)).toBe('');
  });

  it('parts concatenate back to the word (property)', () => {
    fc.assert(
      fc.property(arabicWord, (w) => {
        expect(partsError(w, segment(w))).toBe('');
        expect(partsError(w, segment(w, { isKnownWord: (s) => s.length % 2 === 0 }))).toBe('');
      }),
      { numRuns: 3000 },
    );
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 12 }), (w) => {
        expect(partsError(w, segment(w))).toBe('');
      }),
      { numRuns: 1000 },
    );
  });
});
