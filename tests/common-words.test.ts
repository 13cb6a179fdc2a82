// The common words are read a part at a time and merged into one Set after a few thousand
// lookups: before and after, every lookup answers what a Set of the whole list answers.
import { describe, expect, it } from 'vitest';
import { commonWords, PartedWords } from '../src/gazetteer/common-words.js';
import { COMMON_FIRSTS, commonPart } from '../src/gazetteer/generated/lexicon.js';

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
