import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { builtinGazetteer, builtinLexicon, createGazetteer } from '../src/gazetteer/index.js';
import { extendLexicon } from '../src/ner/lexicon-extension.js';
import { CLOSED_CLASS } from '../src/ner/closed-class.js';
import { firstWordsOf, WB, Words } from '../src/ner/words.js';
import { keyShapeBits, Shape } from '../src/ner/key-shapes.js';
import { BuiltinLexicon } from '../src/gazetteer/lexicon.js';
import { TRIGGERS } from '../src/gazetteer/generated/lexicon.js';
import { normalize } from '../src/normalize/index.js';
import { createDoc, type Doc } from '../src/tokenize/document.js';
import type { GazetteerMatch } from '../src/gazetteer/index.js';
import { tokenIndex } from '../src/ner/token-index.js';

const fixtures = (): string[] => {
  const dir = new URL('../fixtures/', import.meta.url);
  return readdirSync(dir).filter((f) => f.endsWith('.txt')).map((f) => readFileSync(new URL(f, dir), 'utf8'));
};

/** The tokens where a trigger phrase starts, as the rules read them (the document's token index). */
function triggerStarts(w: Words): number[] {
  const ix = tokenIndex(w);
  return Array.from(ix.triggers.subarray(0, ix.triggerCount));
}

describe('Words: the lexicon facts of a spelling, asked once', () => {
  it('lists the tokens where a trigger phrase starts, and exactly those, on the fixture articles', () => {
    const w = new Words(createDoc('قال الرئيس السوري بشار الأسد إن وزارة الخارجية ستعلن القرار .'), builtinLexicon(), builtinGazetteer());
    expect(triggerStarts(w).map((i) => w.doc.surface(i))).toEqual(['قال', 'الرئيس', 'وزارة', 'الخارجية']);
    for (const text of fixtures()) {
      const d = new Words(createDoc(text), builtinLexicon(), builtinGazetteer());
      const every: number[] = [];
      for (let i = 0; i < d.length; i++) if (d.triggersAt(i).length > 0) every.push(i);
      expect(every.length).toBeGreaterThan(3);
      expect(triggerStarts(d)).toEqual(every);
    }
  });

  it('reads given, family, closed-class and common words from the spelling as the lexicon answers them', () => {
    const w = new Words(createDoc('قال محمد الكاظمي في بغداد إن الحكومة'), builtinLexicon(), builtinGazetteer());
    expect([w.givenAt(1), w.familyAt(2), w.personAt(2), w.isClosedClass(3), w.commonKeyAt(6), w.personAt(4)]).toEqual([true, true, true, true, true, false]);
  });

  it('answers for its own lexicon after a Words of another lexicon has read the same spellings', () => {
    // The facts live on the spellings, which every document shares: the second lexicon takes the
    // slot, and the first Words reads its own facts again (its Map, or made anew).
    const text = 'قال قصقص البطبطي إن الحكومة السورية وسمير ووقصقص والكاظمي';
    const extended = extendLexicon(builtinLexicon(), { common: ['الحكومة', 'سمير'], given: ['قصقص'], family: ['البطبطي'] }, 'test');
    const facts = (w: Words): unknown[] => [...Array(w.length).keys()].map((i) => [w.demonym(i), w.stemReading(i)?.key, w.startsConjunct(i), w.spellingFlags(i, (x, j) => (x.givenReading(j) ? 1 : 0) + (x.familyReading(j) ? 2 : 0))]);
    const builtinAlone = facts(new Words(createDoc(text), builtinLexicon(), builtinGazetteer()));
    const extendedAlone = facts(new Words(createDoc(text), extended, builtinGazetteer()));
    expect(extendedAlone).not.toEqual(builtinAlone);
    const a = new Words(createDoc(text), builtinLexicon(), builtinGazetteer());
    const b = new Words(createDoc(text), extended, builtinGazetteer());
    expect(facts(a)).toEqual(builtinAlone);
    expect(facts(b)).toEqual(extendedAlone);
    expect(facts(a)).toEqual(builtinAlone);
  });

  it('reads the stem reading for its own gazetteer after a Words of another gazetteer has read the same spellings', () => {
    // The stem reading is kept on the spelling beside the facts, tagged with its gazetteer: وقصقص
    // reads as قصقص only where قصقص is a gazetteer key (no name, no article, unknown to the lexicon).
    const text = 'قال وقصقص إن وبغداد والكاظمي وزارة';
    const custom = createGazetteer([{ name: 'قصقص', type: 'LOC' }]);
    const stems = (w: Words): (string | undefined)[] => [...Array(w.length).keys()].map((i) => w.stemReading(i)?.key);
    const builtinAlone = stems(new Words(createDoc(text), builtinLexicon(), builtinGazetteer()));
    const customAlone = stems(new Words(createDoc(text), builtinLexicon(), custom));
    expect(builtinAlone[1]).toBeUndefined();
    expect(customAlone[1]).toBe('قصقص');
    const a = new Words(createDoc(text), builtinLexicon(), builtinGazetteer());
    const b = new Words(createDoc(text), builtinLexicon(), custom);
    expect(stems(a)).toEqual(builtinAlone);
    expect(stems(b)).toEqual(customAlone);
    expect(stems(a)).toEqual(builtinAlone);
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

describe('the trigger phrases\' first words', () => {
  it('the built-in lexicon reads them from its keys: the same set as tokenising every phrase, only the known kinds', () => {
    const lex = builtinLexicon() as BuiltinLexicon;
    const read = lex.triggerFirstWords();
    expect([...read].sort()).toEqual([...firstWordsOf(lex)].sort());
    expect(read.has(normalize('رئيس', 'search'))).toBe(true); // رئيس الوزراء
    expect(read.has(normalize('الوزراء', 'search'))).toBe(false);
    expect(read.has(normalize('قال', 'search'))).toBe(true);
    // A line of a kind the lexicon does not know is in neither.
    const odd = new BuiltinLexicon({ given: '', family: '', demonymForms: '', triggers: `${TRIGGERS}\nزمرد الامه\tnot-a-kind\tORG\tزمرد الامه\nزعيم الحزب\ttitle\tPER\tزعيم الحزب` });
    expect(odd.triggerFirstWords().has('زعيم')).toBe(true);
    expect(odd.triggerFirstWords().has('زمرد')).toBe(false);
    expect([...odd.triggerFirstWords()].sort()).toEqual([...firstWordsOf(odd)].sort());
  });
});

describe('Words.spellingBits: the token facts the masks read', () => {
  it('answers as the methods, for every token of the fixtures and of texts with names, nationalities and clitics', () => {
    const texts = [
      ...fixtures(),
      'قال الرئيس السوري بشار الأسد إن وزارة الخارجية ستعلن القرار . والسوريون وبالكاظمي ولبلير عبد الله أبو مازن شركة غروب كابيتال البيضاوي',
      'زار ساركوزي والقرضاوي الجمال وبن علي مجموعة البركة 2020 Node.js www.example.com',
    ];
    let tokens = 0;
    for (const lexicon of [builtinLexicon(), extendLexicon(builtinLexicon(), { common: ['الحكومة'], given: ['زهران'], family: ['القاسمي'] }, 'test')]) {
      for (const text of texts) {
        const w = new Words(createDoc(text), lexicon, builtinGazetteer());
        const bits = w.spellingBits();
        for (let i = 0; i < w.length; i++) {
          const b = bits[i]!;
          const word = (b & WB.WORD) !== 0;
          expect(word).toBe(w.isWord(i));
          expect((b & WB.NISBA) !== 0).toBe(w.nisbaShapeAt(i));
          expect((b & WB.DEFINITE_HEAD) !== 0).toBe(w.definiteHeadShapeAt(i));
          expect((b & WB.ARTICLE) !== 0).toBe(w.articleAt(i));
          expect((b & WB.CORPORATE) !== 0).toBe(w.corporateAt(i));
          // The shape masks are written out in words.ts (literals in the bundle): each is its Shape bit.
          const shape = keyShapeBits(w.keys[i]!);
          expect([WB.ARTICLE, WB.DEFINITE_HEAD, WB.NISBA, WB.CORPORATE].map((m) => (b & m) !== 0)).toEqual(
            [Shape.ARTICLE, Shape.DEFINITE_HEAD, Shape.NISBA, Shape.CORPORATE].map((m) => (shape & m) !== 0),
          );
          if (!word) continue;
          expect((b & WB.DEMONYM) !== 0).toBe(w.demonym(i) !== undefined);
          expect((b & WB.FAMILY_READING) !== 0).toBe(w.familyReading(i) !== undefined);
          expect((b & WB.GIVEN_READING) !== 0).toBe(w.givenReading(i) !== undefined);
          expect((b & WB.GIVEN_START) !== 0 || (b & WB.NO_TRIGGER) === 0).toBe(w.mayStartGivenName(i));
          if ((b & WB.NO_TRIGGER) !== 0) expect(w.triggersAt(i)).toEqual([]);
          tokens++;
        }
        expect(bits[w.length] ?? 0).toBe(0);
        w.release();
      }
    }
    expect(tokens).toBeGreaterThan(500);
  });

  it('the shape masks are the Shape bits at one shift', () => {
    const shift = Math.log2(WB.ARTICLE / Shape.ARTICLE);
    expect(Number.isInteger(shift)).toBe(true);
    expect([WB.ARTICLE, WB.DEFINITE_HEAD, WB.NISBA, WB.CORPORATE]).toEqual([Shape.ARTICLE, Shape.DEFINITE_HEAD, Shape.NISBA, Shape.CORPORATE].map((m) => m << shift));
  });
});

describe('Words.release: the next document reads its tables as new ones', () => {
  /** Every per-token answer of `w` that the tables hold (cover, readings, triggers, name-likeness, bits), past its end too. */
  const answers = (w: Words): unknown[] => {
    const bits = w.spellingBits();
    const out: unknown[] = [];
    for (let i = 0; i < w.length + 3; i++) out.push([w.coverAt(i)?.tokenStart, w.coverAt(i)?.tokenEnd, w.covered(i), w.coverAmbiguous(i), w.readings(i), w.triggersAt(i), w.nameLike(i), bits[i] ?? 0]);
    return out;
  };
  const exercise = (text: string): Words => {
    const w = new Words(createDoc(text), builtinLexicon(), builtinGazetteer());
    const matches = (builtinGazetteer() as unknown as { matchDoc(doc: Doc): GazetteerMatch[] }).matchDoc(w.doc);
    w.setCover(matches, (m) => ({ type: m.entries[0]!.type, tentative: m.tokenStart % 2 === 1 }));
    return w;
  };
  it('after a longer or a shorter document, with and without gazetteer names, trigger phrases and readings', () => {
    const long = 'قال الرئيس السوري بشار الأسد في دمشق إن وزارة الخارجية في بغداد والقاهرة ستعلن القرار وبالكاظمي';
    const short = 'زار ساركوزي عمان';
    const none = 'ذهب الولد';
    for (const [first, second] of [[long, short], [short, long], [long, none], [none, long], [long, long]] as const) {
      // The expected answers from tables of its own (a Words holding the spare ones meanwhile).
      const hold = new Words(createDoc('كلمة'), builtinLexicon(), builtinGazetteer());
      const fresh = exercise(second);
      const expected = answers(fresh);
      fresh.keep();
      hold.release();
      const a = exercise(first);
      answers(a);
      a.release();
      const b = exercise(second);
      expect(answers(b)).toEqual(expected);
      b.release();
    }
  });
});
