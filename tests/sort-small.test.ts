import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { sortSmall } from '../src/ner/sort-small.js';
import { resolve } from '../src/ner/resolve.js';
import { rankOf } from '../src/ner/pipeline.js';
import type { Candidate } from '../src/ner/candidates.js';

describe('sortSmall: Array#sort without its work copy for short arrays', () => {
  it('gives the order of the stable Array#sort, ties kept in input order, short and long arrays alike', () => {
    fc.assert(
      fc.property(fc.array(fc.record({ key: fc.integer({ min: 0, max: 4 }), at: fc.nat() }), { maxLength: 40 }), (items) => {
        const byKey = (a: { key: number }, b: { key: number }) => a.key - b.key;
        expect(sortSmall(items.slice(), byKey)).toEqual(items.slice().sort(byKey));
      }),
    );
  });

  it('sorts in place and returns the same array', () => {
    const words = ['دمشق', 'بغداد', 'القاهرة', 'عمّان'];
    const out = sortSmall(words, (a, b) => a.length - b.length);
    expect(out).toBe(words);
    expect(words).toEqual(['دمشق', 'بغداد', 'عمّان', 'القاهرة']);
  });
});

describe('resolve with work space: the same choice as ranking copies of the candidates', () => {
  /** The former resolve: a filtered copy of `{ c, r }` records, Array#sort, a token table per call. */
  function reference(candidates: readonly Candidate[], tokenCount: number): Candidate[] {
    const ranked = candidates.filter((c) => !c.tentative && c.tokenEnd > c.tokenStart).map((c) => ({ c, r: rankOf(c) }));
    ranked.sort((a, b) => +(b.r < 0) - +(a.r < 0) || b.c.tokenEnd - b.c.tokenStart - (a.c.tokenEnd - a.c.tokenStart) || a.r - b.r || a.c.tokenStart - b.c.tokenStart);
    const used = new Uint8Array(tokenCount);
    const chosen: Candidate[] = [];
    outer: for (const { c } of ranked) {
      for (let k = c.tokenStart; k < c.tokenEnd; k++) if (used[k]) continue outer;
      for (let k = c.tokenStart; k < c.tokenEnd; k++) used[k] = 1;
      chosen.push(c);
    }
    return chosen.sort((a, b) => a.start - b.start);
  }
  const RULES = ['gazetteer', 'titles', 'given-names', 'pattern', 'propagation', 'datelines'] as const;
  const candidate = fc
    .record({ start: fc.integer({ min: 0, max: 30 }), len: fc.integer({ min: 0, max: 4 }), rule: fc.constantFrom(...RULES), type: fc.constantFrom('PER', 'LOC', 'ORG'), tentative: fc.boolean() })
    .map(({ start, len, rule, type, tentative }) => ({ type, tokenStart: start, tokenEnd: start + len, start: start * 5, end: (start + len) * 5, source: 'context', rule, tentative }) as unknown as Candidate);

  it('chooses the same candidates in the same order, call after call (the work space is left clear)', () => {
    fc.assert(
      fc.property(fc.array(fc.array(candidate, { maxLength: 30 }), { minLength: 1, maxLength: 4 }), (docs) => {
        for (const cs of docs) expect(resolve(cs, 40, rankOf)).toEqual(reference(cs, 40));
      }),
    );
  });
});
