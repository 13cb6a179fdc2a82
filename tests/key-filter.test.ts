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
