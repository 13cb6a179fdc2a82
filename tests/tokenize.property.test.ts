import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { normalize } from '../src/normalize/index.js';
import { tokenize } from '../src/tokenize/index.js';
import { mixedText, tokenInvariantError } from './tokenize.helpers.js';

describe('tokenize: properties', () => {
  it('tokens are sorted, disjoint, slice back, and cover every non-space character', () => {
    fc.assert(
      fc.property(mixedText, (text) => {
        expect(tokenInvariantError(text, tokenize(text))).toBe('');
      }),
      { numRuns: 2000 },
    );
  });

  it('holds on arbitrary UTF-16 strings too', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 60 }), (text) => {
        expect(tokenInvariantError(text, tokenize(text))).toBe('');
      }),
      { numRuns: 1000 },
    );
  });

  it("norm is the token's text normalised, for every preset", () => {
    fc.assert(
      fc.property(mixedText, fc.constantFrom('display', 'standard', 'search') as fc.Arbitrary<'display' | 'standard' | 'search'>, (text, preset) => {
        for (const t of tokenize(text, { normalize: preset })) expect(t.norm).toBe(normalize(t.text, preset));
      }),
      { numRuns: 1000 },
    );
  });

  it('a word, number, URL, e-mail, hashtag or mention tokenised alone is one token of the same kind', () => {
    fc.assert(
      fc.property(mixedText, (text) => {
        for (const t of tokenize(text)) {
          if (!['word', 'number', 'url', 'email', 'hashtag', 'mention', 'emoji'].includes(t.kind)) continue;
          expect(tokenize(t.text).map((u) => [u.text, u.kind])).toEqual([[t.text, t.kind]]);
        }
      }),
      { numRuns: 1000 },
    );
  });
});
