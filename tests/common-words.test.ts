// The common words are read a part at a time and merged into one Set after a few thousand
// lookups: before and after, every lookup answers what a Set of the whole list answers.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { commonWords, PartedWords } from '../src/gazetteer/common-words.js';
import { COMMON_FIRSTS, commonPart } from '../src/gazetteer/generated/lexicon.js';
import { findRow, hasLine, rowMap } from '../src/gazetteer/sorted.js';

describe('the common words, read a part at a time', () => {
  const words = commonWords();
  const whole = new Set(words);
  // Words of the list, their neighbours that are not (one letter more or less, ال added), and
  // words before the first and after the last.
  const probes = words.flatMap((w) => [w, w.slice(0, -1), w + 'ه', 'ال' + w, w.slice(2)]).concat(['', 'ء', 'ﻻ', 'zzz', 'قال', 'في']);

  it('holds the sorted list of data/lexicon/common-words.txt, in parts that start where COMMON_FIRSTS says', () => {
    expect(words.length).toBeGreaterThan(10_000);
    expect(words.every((w, i) => i === 0 || words[i - 1]! < w)).toBe(true);
    const firsts = COMMON_FIRSTS.split('\n');
    expect(firsts.map((_, k) => commonPart(k)!.split('\n')[0])).toEqual(firsts);
    expect(commonPart(firsts.length)).toBeUndefined();
    expect(whole.has('قال')).toBe(true);
  });

  it('answers as a Set of the whole list, before and after the parts are merged', () => {
    const read: number[] = [];
    const parted = new PartedWords(COMMON_FIRSTS, (k) => (read.push(k), commonPart(k)));
    expect(parted.has('قال')).toBe(true);
    expect(parted.has('بغداد')).toBe(false);
    expect(read.length).toBeLessThanOrEqual(2);
    const wrong = probes.filter((w) => parted.has(w) !== whole.has(w));
    expect(wrong).toEqual([]);
    expect(probes.length).toBeGreaterThan(4096 * 2);
  });

  it('hasBare is has(word) || has(ال + word), before and after the merge (عاصمه through العاصمه)', () => {
    const parted = new PartedWords(COMMON_FIRSTS, commonPart);
    const bare = (w: string) => whole.has(w) || whole.has('ال' + w);
    const wrong = probes.filter((w) => parted.hasBare(w) !== bare(w));
    expect(wrong).toEqual([]);
    expect(parted.hasBare('عاصمه')).toBe(true);
    expect(parted.hasBare('العاصمه')).toBe(true);
    expect(parted.hasBare('بغداد')).toBe(false);
    expect(probes.filter((w) => parted.hasBare(w) !== bare(w))).toEqual([]);
  });
});

describe('hasLine: a word among sorted lines, found in the text', () => {
  it('finds the common words in a part and nothing else (قال and في, not ف)', () => {
    const part = commonPart(0)!;
    for (const w of part.split('\n')) expect(hasLine(part, w)).toBe(true);
    expect(hasLine('الى\nفي\nقال', 'في')).toBe(true);
    expect(hasLine('الى\nفي\nقال', 'ف')).toBe(false);
    expect(hasLine('الى\nفي\nقال', 'قالت')).toBe(false);
    expect(hasLine('الى\nفي\nقال', 'ا')).toBe(false);
  });

  it('answers as a Set of the lines, for any sorted list (property)', () => {
    const line = fc.string({ unit: fc.constantFrom('ا', 'ب', 'ت', 'ل', 'ي', 'a', 'ً'), maxLength: 6 });
    fc.assert(
      fc.property(fc.uniqueArray(line, { maxLength: 40 }), fc.array(line, { maxLength: 20 }), (words, probes) => {
        const sorted = words.filter((w) => w !== '').sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
        const set = new Set(sorted);
        const text = sorted.join('\n');
        for (const p of [...probes, ...sorted]) if (p !== '' && hasLine(text, p) !== set.has(p)) return false;
        return true;
      }),
      { numRuns: 2000 },
    );
  });
  it('findRow, the same search with keys ending at a tab, answers as rowMap (اتراك → TR, property)', () => {
    expect(findRow('اتراك\tTR\tp\nسوري\tSY\tm', 'سوري')).toBe(16);
    expect(findRow('اتراك\tTR\tp\nسوري\tSY\tm', 'سور')).toBe(-1);
    const key = fc.string({ unit: fc.constantFrom('ا', 'ب', 'ت', 'ل', 'ي', 'a'), minLength: 1, maxLength: 5 });
    fc.assert(
      fc.property(fc.uniqueArray(key, { maxLength: 30 }), fc.array(key, { maxLength: 20 }), (keys, probes) => {
        const sorted = [...keys].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
        const table = sorted.map((k, i) => `${k}\t${i}\tx`).join('\n');
        const rows = rowMap(table);
        return [...probes, ...sorted].every((p) => findRow(table, p) === (rows.get(p) ?? -1));
      }),
      { numRuns: 2000 },
    );
  });
});
