import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { normalize } from '../src/normalize/index.js';
import { createDoc } from '../src/tokenize/document.js';
import { sentences, tokenize } from '../src/tokenize/index.js';
import { mixedText } from './tokenize.helpers.js';

describe('createDoc: one scan gives the tokens and the sentences', () => {
  it('has the tokens of tokenize and the sentences of sentences, for any text', () => {
    fc.assert(
      fc.property(mixedText, fc.constantFrom(undefined, 'display', 'search') as fc.Arbitrary<'display' | 'search' | undefined>, (text, preset) => {
        const doc = createDoc(text, preset ? { normalize: preset } : undefined);
        expect(doc.tokens()).toEqual(tokenize(text, preset ? { normalize: preset } : undefined));
        expect(doc.sentences()).toEqual(sentences(text));
        for (let i = 0; i < doc.length; i++) {
          expect(doc.key(i)).toBe(normalize(doc.surface(i), 'search'));
          const [first, end] = doc.sentenceTokens(doc.sentence(i));
          expect(first <= i && i < end).toBe(true);
          expect(doc.sentenceFirstToken(doc.sentence(i))).toBe(first);
        }
      }),
      { numRuns: 500 },
    );
  });

  it('gives each word its search key, proclitic readings and sentence', () => {
    const doc = createDoc('وصل الوفد إلى بغداد. ثم زار وللعراق');
    expect(doc.length).toBe(8);
    expect(doc.key(2)).toBe('الي');
    expect(doc.sentence(3)).toBe(0);
    expect(doc.sentence(5)).toBe(1);
    expect(doc.sentenceFirstToken(1)).toBe(5); // ثم
    expect(doc.token(3)).toEqual({ text: 'بغداد', start: 14, end: 19, kind: 'word', norm: 'بغداد' });
    // وللعراق: و + للعراق, ول + لعراق, ول + العراق (ل + ال with the alef elided)
    expect(doc.readings(7).map(([p, k, at]) => `${p}+${k}@${at}`)).toEqual(['و+للعراق@1', 'ول+لعراق@2', 'ول+العراق@2']);
    expect(doc.joined(2)).toBe(true);
    expect(createDoc('قال\nالرئيس').joined(0)).toBe(false);
  });

  it('makes tokens only on demand, and reads marks and tatweel in the offsets of readings', () => {
    const doc = createDoc('وَبِـدمشق');
    expect(doc.readings(0).map(([p, k, at]) => [p, k, at])).toEqual([
      ['و', 'بدمشق', 2],
      ['وب', 'دمشق', 5],
    ]);
  });

  it('gives a spelling seen before the same shared object, even one too long for the spelling cache', () => {
    // Later stages keep their per-spelling facts on this object (the recogniser's, the tagger's).
    const long = 'والاستراتيجياتالاقتصاديةالجديدة'; // 32 code units: longer than the cache takes
    const a = createDoc(`قال ${long} اليوم`);
    const b = createDoc(`${long} و${long}`);
    expect(b.spelling(0)).toBe(a.spelling(1));
    expect(b.spelling(1)).not.toBe(a.spelling(1));
    expect(b.spelling(1).text).toBe('و' + long);
  });

  it('keeps the spellings it holds while its spelling cache grows (from 1,024 slots, four-fold)', () => {
    const first = createDoc('وصل الوفد إلى بغداد');
    // 6,000 distinct three-letter words: enough new spellings to grow the cache several times.
    const letters = 'ابتثجحخدذرزسشصضطظعغفقكلمنهوي';
    const words: string[] = [];
    for (let i = 0; words.length < 6000; i++) words.push(letters[i % 28]! + letters[Math.floor(i / 28) % 28]! + letters[Math.floor(i / 784) % 28]!);
    const many = createDoc(words.join(' '));
    expect(new Set(words).size).toBe(6000);
    const again = createDoc('بغداد الوفد ' + words[0] + ' ' + words[5999]);
    expect(again.spelling(0)).toBe(first.spelling(3));
    expect(again.spelling(1)).toBe(first.spelling(1));
    expect(again.spelling(2)).toBe(many.spelling(0));
    expect(again.spelling(3)).toBe(many.spelling(5999));
  });

  it('finds each token its own spelling in the cache, whose text and kind are the token\'s (hits, ways moved, spellings forgotten)', () => {
    // A hit, a spelling moved to the front of its set and one forgotten and met again must each be
    // the token's own.
    const letters = 'ابتثجحخدذرزسشصضطظعغفقكلمنهوي';
    const words: string[] = [];
    for (let i = 0; words.length < 40_000; i++) words.push(letters[i % 28]! + letters[Math.floor(i / 28) % 28]! + letters[Math.floor(i / 784) % 28]! + 'ات'.slice(0, Math.floor(i / 21_952)));
    const first = createDoc(words.join(' '));
    const again = createDoc(words.slice(-5000).join(' ، ') + ' 12 abc');
    for (let i = 0; i < again.length; i++) {
      const sp = again.spelling(i);
      expect(sp.text).toBe(again.text.slice(again.start(i), again.end(i)));
      expect(sp.kind).toBe(again.table[i * 4 + 2]);
    }
    // The last words of the first document are still cached: the same objects.
    for (let k = 1; k <= 200; k++) expect(again.spelling(2 * (5000 - k))).toBe(first.spelling(words.length - k));
    // Every word again: the cached and the forgotten ones (a set holds four) are the same objects,
    // but for the rare forgotten one whose slot another took since (10 of 40,000 at e592c69's hash;
    // with the forgotten spellings not found, 1,569).
    const all = createDoc(words.join(' '));
    let other = 0;
    for (let i = 0; i < all.length; i++) {
      expect(all.spelling(i).text).toBe(words[i]);
      if (all.spelling(i) !== first.spelling(i)) other++;
    }
    expect(other).toBeLessThan(words.length / 1000);
    fc.assert(
      fc.property(mixedText, (text) => {
        const a = createDoc(text);
        const b = createDoc(text);
        for (let i = 0; i < a.length; i++) {
          expect(b.spelling(i)).toBe(a.spelling(i));
          expect(a.spelling(i).text).toBe(text.slice(a.start(i), a.end(i)));
        }
      }),
      { numRuns: 300 },
    );
  });

  it('rejects what is not text, naming the function', () => {
    expect(() => createDoc(5 as unknown as string)).toThrow(/createDoc: expected text to be a string/);
    expect(() => createDoc('نص', { normalize: 5 as never })).toThrow(TypeError);
  });
});
