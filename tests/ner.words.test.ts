import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { builtinGazetteer, builtinLexicon } from '../src/gazetteer/index.js';
import { extendLexicon } from '../src/ner/lexicon-extension.js';
import { CLOSED_CLASS } from '../src/ner/closed-class.js';
import { Words } from '../src/ner/words.js';
import { createDoc } from '../src/tokenize/document.js';

const fixtures = (): string[] => {
  const dir = new URL('../fixtures/', import.meta.url);
  return readdirSync(dir).filter((f) => f.endsWith('.txt')).map((f) => readFileSync(new URL(f, dir), 'utf8'));
};

describe('Words: the lexicon facts of a spelling, asked once', () => {
  it('reads given, family, closed-class and common words from the spelling as the lexicon answers them', () => {
    const w = new Words(createDoc('قال محمد الكاظمي في بغداد إن الحكومة'), builtinLexicon(), builtinGazetteer());
    expect([w.givenAt(1), w.familyAt(2), w.personAt(2), w.isClosedClass(3), w.commonKeyAt(6), w.personAt(4)]).toEqual([true, true, true, true, true, false]);
  });

  for (const [name, lexicon] of [
    ['built-in', builtinLexicon()],
    ['extended', extendLexicon(builtinLexicon(), { common: ['الحكومة'], given: ['زهران'], family: ['القاسمي'] }, 'test')],
  ] as const) {
    it(`agrees with the ${name} lexicon on every token of the fixture articles`, () => {
      for (const text of fixtures()) {
        const w = new Words(createDoc(text + ' زهران القاسمي'), lexicon, builtinGazetteer());
        for (let i = 0; i < w.length; i++) {
          const k = w.keys[i]!;
          expect(w.givenAt(i), k).toBe(lexicon.isGivenName(k));
          expect(w.familyAt(i), k).toBe(lexicon.isFamilyName(k));
          expect(w.personAt(i), k).toBe(w.isPersonName(k));
          expect(w.commonKeyAt(i), k).toBe(w.isCommon(k));
          expect(w.isClosedClass(i), k).toBe(CLOSED_CLASS.has(k));
        }
      }
    });
  }
});
