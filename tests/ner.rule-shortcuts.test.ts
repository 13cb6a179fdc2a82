import { readFileSync, readdirSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyze } from '../src/analyze.js';
import { builtinGazetteer, builtinLexicon } from '../src/gazetteer/index.js';
import { CORPORATE_WORDS, DEFINITE_ORG_HEADS } from '../src/ner/closed-class.js';
import type { RecognizerContext } from '../src/ner/component.js';
import { gazetteer } from '../src/ner/components/gazetteer.js';
import { matchStarts } from '../src/ner/match-starts.js';
import { definiteNisbaShape, mayBeDefiniteHead, startsWithArticle } from '../src/ner/organizations.js';
import { rankOf } from '../src/ner/pipeline.js';
import { Words } from '../src/ner/words.js';
import { Cls, tokenClasses } from '../src/tokenize/classes.js';
import { createDoc } from '../src/tokenize/document.js';
import { normalize } from '../src/normalize/index.js';
import { tokenIndex } from '../src/ner/token-index.js';

// The rules skip tokens and documents where a cheap test says they can find nothing. Each test
// here checks that test against what it stands for, over many inputs.

const fixtures = (): string[] => {
  const dir = new URL('../fixtures/', import.meta.url);
  return readdirSync(dir).filter((f) => f.endsWith('.txt')).map((f) => readFileSync(new URL(f, dir), 'utf8'));
};

const pieces = [
  'الرئيس', 'السوري', 'بشار', 'الأسد', 'وزير', 'الخارجية', 'والعراق', 'بدمشق', 'للأمم', 'المتحدة', 'الاتحاد', 'الدولي', 'للشرطة',
  'والهيئة', 'العامة', 'للتأمين', 'الصحي', 'فالمركز', 'بالمعهد', 'الوطني', 'لرصد', 'الزلازل', 'الوداد', 'البيضاوي', 'المولودية',
  'الوجدية', 'فاز', 'ليون', 'على', 'مرسيليا', 'من', 'بلانو', '،', 'تكساس', 'برشلونة', 'ريال', 'مدريد', 'في', 'عمان', 'الجزيرة',
  'فرانكفورت', '(', 'رويترز', ')', '-', 'قال', 'إن', '.', 'CNN', 'ي', 'يه', 'ال', 'الي', 'اليه', '',
];
const gap = fc.constantFrom(' ', ' ', ' ', '\n', '\r\n', '\u2028', '\u2029', ' \n ', '. ');
const text = fc.array(fc.tuple(fc.constantFrom(...pieces), gap), { maxLength: 30 }).map((ws) => ws.map(([w, g]) => w + g).join(''));

/** A recogniser's context after the gazetteer component: its matches, and the tokens they cover. */
function afterGazetteer(t: string): RecognizerContext {
  const doc = createDoc(t);
  const ctx: RecognizerContext = {
    words: new Words(doc, builtinLexicon(), builtinGazetteer()),
    gazetteer: builtinGazetteer(),
    lexicon: builtinLexicon(),
    matches: [],
    candidates: [],
    chosen: [],
    rankOf,
    resolve: () => [],
    types: new Set(['PER', 'LOC', 'ORG']),
    analysis: false,
    nationalities: [],
  };
  gazetteer.run(doc, ctx);
  return ctx;
}

/** The tokens where a trigger phrase starts, as the rules read them (the document's token index). */
function triggerStarts(w: Words): number[] {
  const ix = tokenIndex(w);
  return Array.from(ix.triggers.subarray(0, ix.triggerCount));
}

describe('matchStarts', () => {
  const everyStart = (w: Words): number[] => {
    const out: number[] = [];
    for (let i = 0; i < w.length; i++) if (w.coverAt(i)?.tokenStart === i) out.push(i);
    return out;
  };

  it('lists the tokens where the match that covers them starts, as a scan of every token does', () => {
    for (const t of [...fixtures(), 'فاز ليون على مرسيليا في الدوري', 'من بلانو ، تكساس وصل إلى عمان ثم الجزيرة']) {
      const ctx = afterGazetteer(t);
      expect(matchStarts(ctx.words, ctx.matches)).toEqual(everyStart(ctx.words));
      // What the rules read: the same list, made once a document from the matches of setCover.
      expect(ctx.words.coverStarts()).toEqual(everyStart(ctx.words));
    }
    fc.assert(
      fc.property(text, (t) => {
        const ctx = afterGazetteer(t);
        expect(matchStarts(ctx.words, ctx.matches)).toEqual(everyStart(ctx.words));
        expect(ctx.words.coverStarts()).toEqual(everyStart(ctx.words));
      }),
      { numRuns: 300 },
    );
  });

  it('keeps text order when a gazetteer gives its matches in another order', () => {
    const ctx = afterGazetteer('فاز ليون على مرسيليا ثم برشلونة');
    expect(ctx.matches.length).toBeGreaterThan(1);
    expect(matchStarts(ctx.words, [...ctx.matches].reverse())).toEqual(everyStart(ctx.words));
  });
});

/** mayBeDefiniteHead by strings: ال, or و/ف and then ال, بال or لل (ل + ال) before two letters at least. */
function headShape(key: string): boolean {
  if (key.startsWith('ال')) return true;
  const k = key.startsWith('و') || key.startsWith('ف') ? 1 : 0;
  if (key.startsWith('لل', k)) return key.length - k >= 4;
  const b = key.startsWith('ب', k) ? k + 1 : k;
  return b > 0 && key.length - b >= 4 && key.startsWith('ال', b);
}

describe('the organisation rules’ word shapes', () => {
  it('every definite organisation head has the article', () => {
    for (const h of DEFINITE_ORG_HEADS) expect(h.startsWith('ال'), h).toBe(true);
  });

  it('a word with a head reading without a proclitic or with و/ف and ب/ل is shaped like a head', () => {
    const proclitics = ['', 'و', 'ف', 'ب', 'ك', 'ل', 'وب', 'فب', 'ول', 'فل', 'وك', 'فك', 'س'];
    let heads = 0;
    for (const h of DEFINITE_ORG_HEADS) {
      for (const p of proclitics) {
        // ل + ال is written لل (للاتحاد).
        const word = p.endsWith('ل') ? p + h.slice(1) : p + h;
        const w = new Words(createDoc(`${word} الدولي للشرطة`), builtinLexicon(), builtinGazetteer());
        const head = w.find(0, (k) => DEFINITE_ORG_HEADS.has(k));
        const taken = head !== undefined && !head.proclitic.includes('ك') && !head.proclitic.includes('س');
        if (taken) expect(mayBeDefiniteHead(w.keys[0]!), word).toBe(true);
        if (taken) heads++;
      }
    }
    expect(heads).toBeGreaterThanOrEqual(3 * DEFINITE_ORG_HEADS.size);
  });

  it('reads the article and a nisba ending by code units as startsWith and endsWith do', () => {
    const letters = fc.constantFrom('ا', 'ل', 'ي', 'ه', 'و', 'ف', 'م', 'ة', 'ى', 'أ', 'ب');
    fc.assert(
      fc.property(fc.array(letters, { maxLength: 9 }).map((ls) => ls.join('')), (key) => {
        expect(startsWithArticle(key)).toBe(key.startsWith('ال'));
        expect(definiteNisbaShape(key)).toBe(key.startsWith('ال') && key.length >= 6 && (key.endsWith('ي') || key.endsWith('يه')));
        expect(mayBeDefiniteHead(key)).toBe(headShape(key));
      }),
      { numRuns: 2000 },
    );
  });
});

describe('a reading ends in its word’s last letter (propagation looks up only such words)', () => {
  it('for every proclitic reading of generated words', () => {
    const word = fc
      .tuple(fc.constantFrom('', 'و', 'ف', 'وب', 'فل', 'ب', 'ل', 'ك', 'لل', 'ولل', 'بال', 'وال'), fc.array(fc.constantFrom('ا', 'ل', 'ي', 'ه', 'ة', 'ى', 'أ', 'م', 'ك', 'ظ', 'َ', 'ـ'), { minLength: 1, maxLength: 8 }))
      .map(([p, ls]) => p + ls.join(''));
    fc.assert(
      fc.property(word, (t) => {
        const doc = createDoc(t);
        for (let i = 0; i < doc.length; i++) {
          const key = doc.key(i);
          for (const [, stem] of doc.readings(i)) expect(stem.charCodeAt(stem.length - 1)).toBe(key.charCodeAt(key.length - 1));
        }
      }),
      { numRuns: 3000 },
    );
  });
});

describe('a document of one sentence has no line break between its tokens', () => {
  it('the line breaks Words.joined stops at end a sentence', () => {
    const C = tokenClasses();
    for (const c of [0x0a, 0x0d, 0x2028, 0x2029]) expect(C[c]).toBe(Cls.NEWLINE);
  });

  it('so every token of a one-sentence document is joined to the next (datelines asks only its first)', () => {
    fc.assert(
      fc.property(text, (t) => {
        const doc = createDoc(t);
        if (doc.sentenceCount !== 1) return;
        const w = new Words(doc, builtinLexicon(), builtinGazetteer());
        for (let i = 0; i + 1 < w.length; i++) expect(w.joined(i)).toBe(true);
      }),
      { numRuns: 500 },
    );
  });
});

describe('an entity’s norm', () => {
  it('is its text in the search form, whether read off its token’s key or normalised', () => {
    const check = (t: string): void => {
      for (const e of analyze(t).entities) expect(e.norm, e.text).toBe(normalize(e.text, 'search'));
    };
    for (const t of fixtures()) check(t);
    check('زار أحمد الشرع إتش.إس.بي.سي وحكومة العراق و«قناة الجزيرة» ولـالأسد في دِمَشق');
    fc.assert(fc.property(text, check), { numRuns: 300 });
  });
});

describe('an analysis keeps its document in a private field', () => {
  it('has the same own keys, JSON and spread as a plain object, and its lazy arrays read and assign', () => {
    const a = analyze('زار ماكرون بيروت. ثم عاد إلى باريس');
    expect(Object.getPrototypeOf(a)).toBe(Object.prototype);
    expect(Reflect.ownKeys(a)).toEqual(['text', 'sentences', 'tokens', 'entities', 'people', 'places', 'organisations', 'nationalities']);
    expect(Object.keys({ ...a })).toEqual(Object.keys(a));
    expect(JSON.parse(JSON.stringify(a)).tokens.length).toBe(a.tokens.length);
    expect(a.sentences.map((s) => s.text)).toEqual(['زار ماكرون بيروت.', 'ثم عاد إلى باريس']);
    // An object that inherits from an analysis reads its arrays, as it did through the hidden property.
    expect((Object.create(a) as typeof a).tokens).toBe(a.tokens);
    a.tokens = [];
    expect(a.tokens).toEqual([]);
  });

  it('says so when its accessors are read from an object that is not an analysis', () => {
    const get = Object.getOwnPropertyDescriptor(analyze('زار ماكرون بيروت'), 'tokens')!.get!;
    expect(() => get.call({ text: 'زار ماكرون بيروت' })).toThrow(TypeError);
    expect(() => get.call({ text: 'زار ماكرون بيروت' })).toThrow(/analysis made by analyze/);
  });
});

/** `Words.startsConjunct` as it asked the lexicon about each reading (before the facts' bits): و/ف before a name, a common or a definite word, the whole word no name. */
function startsConjunctByLookups(w: Words, i: number): boolean {
  if (!w.isWord(i)) return false;
  for (const r of w.readings(i).slice(1)) {
    if (!(r.proclitic.startsWith('و') || r.proclitic.startsWith('ف'))) continue;
    if (w.isPersonName(r.key) || w.isCommon(r.key) || r.key.startsWith('ال')) return !w.isPersonName(w.keys[i]!);
  }
  return false;
}

/** `Words.stemReading` as it asked the lexicon about each reading: the first proclitic reading that is definite, a person's name or a gazetteer key, when the whole word is none of a name and a common word. */
function stemReadingByLookups(w: Words, i: number): unknown {
  if (!w.isWord(i) || w.isPersonName(w.keys[i]!) || w.isCommon(w.keys[i]!)) return undefined;
  return w.readings(i).slice(1).find((r) => r.key.startsWith('ال') || w.isPersonName(r.key) || builtinGazetteer().lookup(r.key).length > 0);
}

describe('the spelling bits Words reads per token', () => {
  // Each bit stands for a test of the token's key or of the lexicon: checked against that test
  // over the fixtures and generated texts (a document read twice, so that the second reads bits
  // the spellings' facts kept from the first).
  const check = (t: string): void => {
    for (let pass = 0; pass < 2; pass++) {
      const doc = createDoc(t);
      const w = new Words(doc, builtinLexicon(), builtinGazetteer());
      for (let i = 0; i < w.length; i++) {
        const key = w.keys[i]!;
        expect(w.articleAt(i), key).toBe(startsWithArticle(key));
        expect(w.definiteHeadShapeAt(i), key).toBe(mayBeDefiniteHead(key));
        expect(w.nisbaShapeAt(i), key).toBe(definiteNisbaShape(key));
        expect(w.corporateAt(i), key).toBe(CORPORATE_WORDS.has(key));
        const given = w.givenReading(i);
        if (given) expect(w.givenReadingIsCommon(i), key).toBe(w.isCommon(given.key));
        // The nationality adjective of the word or of its first reading that is one, as the lexicon answers (the facts keep it on the spelling).
        const lex = builtinLexicon();
        const readingDemonym = doc.readings(i).map(([, k]) => lex.demonym(k)).find((d) => d !== undefined);
        expect(w.demonym(i), key).toEqual(w.isWord(i) ? (lex.demonym(key) ?? readingDemonym) : undefined);
        if (w.isWord(i)) expect(w.demonym(i), key).toBe(doc.spelling(i).facts);
        // givenNamePeople skips a word that may start no given name: none of what it asks says yes.
        if (!w.mayStartGivenName(i)) expect([w.givenAt(i), w.givenReading(i), w.isParticle(i)], key).toEqual([false, undefined, false]);
        // The trigger phrases at a word: the same whether asked first here or by the list of starts.
        expect(triggerStarts(w).includes(i), key).toBe(w.triggersAt(i).length > 0);
        expect(w.startsConjunct(i), key).toBe(startsConjunctByLookups(w, i));
        expect(w.stemReading(i), key).toEqual(stemReadingByLookups(w, i));
      }
      w.release();
    }
  };
  // nameLike reads the spelling's part of its answer from the bits: the tests it stands for, with
  // the gazetteer's cover set (a covered word is no name word).
  const checkNameLike = (t: string): void => {
    const w = afterGazetteer(t).words;
    for (let i = -1; i <= w.length; i++) {
      const expected =
        w.isWord(i) &&
        w.keys[i]!.length >= 2 &&
        !w.isClosedClass(i) &&
        !w.covered(i) &&
        (w.personAt(i) || (!w.commonKeyAt(i) && !w.isCommonWithClitics(i) && !w.demonym(i) && !w.endsWithTanween(i) && w.triggersAt(i).length === 0));
      expect(w.nameLike(i), w.keys[i]).toBe(expected);
    }
    w.release();
  };
  it('for every token of the fixtures', () => {
    for (const f of fixtures()) {
      check(f);
      checkNameLike(f);
    }
  });
  const more = ['وسمير', 'فسمير', 'وبسمير', 'والثالثة', 'وإلى', 'وليد', 'فبغداد', 'وبغداد', 'والكاظمي', 'لسمير', 'غروب', 'ميديا', 'كابيتال', 'إيرلاينز', 'وأمل', 'أمل', 'وجمال', 'محمد', 'وعلي', 'والسوري', 'العراقيين', 'الوطنية', 'فالاتحاد', 'وزارة', 'قائلةً', 'هاتفياً', 'و', 'فالح', 'الفياض', 'عبد'];
  const words = fc.array(fc.tuple(fc.constantFrom(...pieces, ...more), gap), { maxLength: 30 }).map((ws) => ws.map(([w, g]) => w + g).join(''));
  it('for generated texts', () => {
    fc.assert(
      fc.property(words, (t) => {
        check(t);
        checkNameLike(t);
      }),
      { numRuns: 300 },
    );
  });
});
