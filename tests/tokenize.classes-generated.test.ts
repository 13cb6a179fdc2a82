// The tokenizer's class table ships as runs (src/tokenize/classes.generated.ts): they must be the
// table that computeTokenClasses() builds from the Arabic code-point table and Unicode properties.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Cls, computeTokenClasses, decodeClassRuns, encodeClassRuns, tokenClasses } from '../src/tokenize/classes.js';

describe('the generated token class runs', () => {
  it('are the computed table (after a change to src/normalize/chars.ts: npm run gen:token-classes)', () => {
    const shipped = tokenClasses();
    const computed = computeTokenClasses();
    const wrong: string[] = [];
    for (let c = 0; c < 0x10000 && wrong.length < 10; c++) if (shipped[c] !== computed[c]) wrong.push(`U+${c.toString(16).padStart(4, '0')}: ${shipped[c]} (computed ${computed[c]})`);
    expect(wrong, 'run npm run gen:token-classes').toEqual([]);
  });

  it('class Arabic letters and punctuation of a real sentence', () => {
    const t = tokenClasses();
    const text = 'وصل الوفد إلى بغداد، ثم دمشق؟';
    expect(t['و'.charCodeAt(0)]).toBe(Cls.ALETTER);
    expect(t['غ'.charCodeAt(0)]).toBe(Cls.ALETTER);
    expect(t[text.charCodeAt(text.indexOf('،'))]).toBe(Cls.PUNCT);
    expect(t['؟'.charCodeAt(0)]).toBe(Cls.PUNCT);
  });

  it('decode what they encode, for any table (property)', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.integer({ min: 0, max: 18 }), fc.integer({ min: 1, max: 5000 })), { maxLength: 40 }), (runs) => {
        const t = new Uint8Array(0x10000);
        let at = 0;
        for (const [cls, len] of runs) {
          t.fill(cls, at, Math.min(0x10000, at + len));
          at += len;
        }
        expect(Buffer.compare(decodeClassRuns(encodeClassRuns(t)), t)).toBe(0);
      }),
      { numRuns: 25 },
    );
  });

  it('refuse runs that do not cover the basic plane', () => {
    expect(() => decodeClassRuns('A100')).toThrow(RangeError);
  });
});
