import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Cls, tokenClasses } from '../src/tokenize/classes.js';
import { scanInternals } from '../src/tokenize/scan.js';

// The scanner's word loop as it was before a run of visible code units was read apart from the
// invisibles: one path for every code unit, the end and hash of the last visible one carried along;
// then the scanner's trailing code units after it.
const IN_WORD = (1 << Cls.ALETTER) | (1 << Cls.AMARK) | (1 << Cls.TATWEEL) | (1 << Cls.LMARK) | (1 << Cls.VS) | (1 << Cls.INVIS);
const AFTER_INVIS = (1 << Cls.ALETTER) | (1 << Cls.AMARK) | (1 << Cls.TATWEEL) | (1 << Cls.INVIS);
function wordEndBefore(text: string, i: number): [number, number] {
  const C = tokenClasses();
  let j = i;
  let end = i;
  let allowed = IN_WORD;
  let h = 0x811c9dc5 | 0;
  let hEnd = h;
  while (j < text.length) {
    const c = text.charCodeAt(j);
    const k = C[c]!;
    if (((allowed >>> k) & 1) === 0) break;
    j++;
    h = Math.imul(h ^ c, 0x01000193);
    const invisible = k === Cls.INVIS;
    allowed = invisible ? AFTER_INVIS : IN_WORD;
    end = invisible ? end : j;
    hEnd = invisible ? hEnd : h;
  }
  // Then the invisibles, combining marks and variation selectors trailing the word, which the
  // scanner took after it (they now end the word).
  const TRAILING = (1 << Cls.INVIS) | (1 << Cls.LMARK) | (1 << Cls.VS);
  while (end < text.length && ((TRAILING >>> C[text.charCodeAt(end)]!) & 1) !== 0) {
    hEnd = Math.imul(hEnd ^ text.charCodeAt(end), 0x01000193);
    end++;
  }
  return [end, hEnd];
}

describe('the scanner’s word end', () => {
  // Letters, Arabic marks, tatweel, invisibles (ZWNJ, ZWJ, LRM, soft hyphen), a Latin combining
  // mark, a variation selector, and what ends a word (space, Latin, digit, punctuation).
  const units = ['ب', 'ا', 'ة', 'َ', 'ّ', 'ـ', '\u200c', '\u200d', '\u200e', '\u00ad', '\u0301', '\ufe0f', ' ', 'a', '5', '.', '،'];
  const text = fc.array(fc.constantFrom(...units), { minLength: 1, maxLength: 14 }).map((u) => u.join(''));
  it('is where the loop it replaced ended, with the same hash, from every start of a word', () => {
    const C = tokenClasses();
    const starts = (1 << Cls.ALETTER) | (1 << Cls.AMARK) | (1 << Cls.TATWEEL);
    fc.assert(
      fc.property(text, (t) => {
        for (let i = 0; i < t.length; i++) if (((starts >>> C[t.charCodeAt(i)]!) & 1) !== 0) expect(scanInternals.wordEnd(t, i), `${JSON.stringify(t)} at ${i}`).toEqual(wordEndBefore(t, i));
      }),
      { numRuns: 20000 },
    );
  });
});
