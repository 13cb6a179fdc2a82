import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { filterOf, KeyFilter } from '../src/gazetteer/key-filter.js';
import { commonWords } from '../src/gazetteer/common-words.js';

describe('KeyFilter', () => {
  it('never says a key added is absent', () => {
    const words = new Set(commonWords());
    const f = filterOf(words);
    for (const w of words) expect(f.mayHave(w)).toBe(true);
  });

  it('turns most other keys away', () => {
    const words = new Set(commonWords());
    const f = filterOf(words);
    // Stems and misspellings of news words the list does not hold.
    const others = [...words].map((w) => w + 'ز').filter((w) => !words.has(w));
    const passed = others.filter((w) => f.mayHave(w)).length;
    expect(passed / others.length).toBeLessThan(0.05);
  });

  it('answers mayHaveJoined(a, b) as mayHave(a + " " + b)', () => {
    const words = [...new Set(commonWords())].slice(0, 3000);
    const f = new KeyFilter(words.length);
    for (let k = 0; k + 1 < words.length; k += 2) f.add(words[k] + ' ' + words[k + 1]);
    for (let k = 0; k + 1 < words.length; k++) expect(f.mayHaveJoined(words[k]!, words[k + 1]!)).toBe(f.mayHave(words[k] + ' ' + words[k + 1]));
    fc.assert(
      fc.property(fc.string({ maxLength: 12 }), fc.string({ maxLength: 12 }), (a, b) => {
        const g = new KeyFilter(4);
        g.add(a + ' ' + b);
        return g.mayHaveJoined(a, b) && g.mayHaveJoined(a, b) === g.mayHave(a + ' ' + b);
      }),
    );
  });

  it('holds any strings added, Arabic or not', () => {
    fc.assert(
      fc.property(fc.array(fc.string({ maxLength: 12 }), { maxLength: 50 }), (keys) => {
        const f = new KeyFilter(keys.length);
        for (const k of keys) f.add(k);
        return keys.every((k) => f.mayHave(k));
      }),
    );
    const f = new KeyFilter(2);
    f.add('بغداد');
    expect(f.mayHave('بغداد')).toBe(true);
  });
});
