import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { segment, segmentSearchForm, segmentInternals as I } from '../src/tokenize/segment.js';
import { PROTECTED } from '../src/tokenize/segment-lexicon.js';
import { commonWords } from '../src/gazetteer/common-words.js';
import { builtinGazetteer } from '../src/gazetteer/index.js';
import { knownNames } from '../src/search/known-names.js';

// segment() must give the same cut as before its speed-up on every word (the tagger's model reads
// segmentations). These properties hold the fast paths to the plain definitions they replace.

type Plan = ReturnType<typeof I.plainPlan>;

/**
 * The default cut as first written: every candidate in order (proclitic sequences, then enclitics),
 * the valid one that cuts the most letters, ties going to a later candidate only when it cuts a
 * pronoun and the best so far does not.
 */
function exhaustiveCut(L: string, tanween: number, hehIsTeh: boolean): Plan {
  const pros = I.procliticOptions(L, tanween);
  const encs = I.encliticOptions(L, tanween);
  const prot = I.newProtection(L, pros, hehIsTeh);
  let best: Plan = { pro: [], enc: 0 };
  let bestCut = 0;
  for (const pro of pros) {
    for (const enc of encs) {
      if (pro.length === 0 && enc === 0) continue;
      const cut = I.cutLetters(pro, enc);
      if (cut < bestCut) continue;
      if (cut === bestCut && !(enc > 0 && best.enc === 0)) continue;
      if (!I.validDefault(L, pro, enc, tanween, prot)) continue;
      best = { pro, enc };
      bestCut = cut;
    }
  }
  return best;
}

const shape = (p: Plan) => ({ pro: p.pro.map((x) => [x.len, x.tag, x.elided]), enc: p.enc });

/**
 * The proclitic sequences of a word as first written (no tanween), each `[len, tag, elided]`: the
 * empty one, then at its start (ب|ك|ل)(ال)? | ل(ل elided) | ال | س before ي ت ن أ, then after a
 * conjunction و or ف the conjunction alone and the same with it.
 */
function plainProclitics(L: string): (readonly [number, string, boolean])[][] {
  const CONJ = [1, 'conj', false] as const;
  const PREP = [1, 'prep', false] as const;
  const after = (p: number, before: (readonly [number, string, boolean])[]) => {
    const out: (readonly [number, string, boolean])[][] = [];
    const [ch, c1, c2] = [L[p], L[p + 1], L[p + 2]];
    if (ch === 'ب' || ch === 'ك' || ch === 'ل') {
      out.push([...before, PREP]);
      if (ch === 'ل' && c1 === 'ل') out.push([...before, PREP, [1, 'det', true]]);
      else if (c1 === 'ا' && c2 === 'ل') out.push([...before, PREP, [2, 'det', false]]);
    } else if (ch === 'ا' && c1 === 'ل') out.push([...before, [2, 'det', false]]);
    else if (ch === 'س' && (c1 === 'ي' || c1 === 'ت' || c1 === 'ن' || c1 === 'أ')) out.push([...before, [1, 'fut', false]]);
    return out;
  };
  const lists = [[], ...after(0, [])];
  if (L[0] === 'و' || L[0] === 'ف') lists.push([CONJ], ...after(1, [CONJ]));
  return lists;
}

// Words as news writes them: clitics around protected and frequent words, and random letters
// weighted toward those that clitics and the rules look at.
const lexicon = [...PROTECTED, ...commonWords().filter((_, i) => i % 20 === 0)];
const letters = 'وفبكلساليتنأإآهمةىءئؤرعدقحجشوبكلنهاي';
const randomStem = fc.array(fc.constantFrom(...letters), { minLength: 1, maxLength: 8 }).map((a) => a.join(''));
// and protected words in 'search' form, their ة written ه (وزاره), which segmentSearchForm reads as ة
const searchForms = [...PROTECTED].filter((w) => w.endsWith('ة')).map((w) => w.slice(0, -1) + 'ه');
const stem = fc.oneof(randomStem, fc.constantFrom(...lexicon), fc.constantFrom(...searchForms));
const word = fc
  .tuple(
    fc.constantFrom('', '', 'و', 'ف', 'ب', 'ك', 'ل', 'ال', 'لل', 'وال', 'بال', 'كال', 'ولل', 'فب', 'وبال', 'فلل', 'س', 'وس', 'ست'),
    stem,
    fc.constantFrom('', '', 'ه', 'ها', 'هم', 'هما', 'هن', 'كم', 'كما', 'كن', 'نا', 'ني', 'ي', 'ك', 'ة', 'ت', 'ات', 'ته', 'تها', 'ين', 'ون', 'ية', 'يين', 'يات', 'اته', 'تهما', 'اتهم'),
  )
  .map(([p, s, e]) => p + s + e);
const tanween = fc.constantFrom(0, 0, 0, 0x064b, 0x064c, 0x064d);

describe('segment: the fast default cut equals the exhaustive one', () => {
  it('tries candidates from the most letters down and stops at the first valid one', () => {
    fc.assert(
      fc.property(word, tanween, fc.boolean(), (L, t, heh) => {
        if (L.length < 2) return;
        const pros = I.procliticOptions(L, t);
        const encs = I.encliticOptions(L, t);
        expect(shape(I.defaultCut(L, t, pros, encs, heh))).toEqual(shape(exhaustiveCut(L, t, heh)));
      }),
      { numRuns: 20_000 },
    );
  });

  it('shares a list of proclitic options only between words that would make the same list', () => {
    // procliticOptions keeps one list per optionsKey (what the first letters allow, and the
    // tanween): the kept list must be the one the word itself makes.
    const seen = new Map<number, string>();
    fc.assert(
      fc.property(fc.oneof(word, randomStem), tanween, (L, t) => {
        const made = I.makeProcliticOptions(L, t);
        if (t === 0) expect(made.map((pro) => pro.map((x) => [x.len, x.tag, x.elided])), L).toEqual(plainProclitics(L));
        const shared = I.procliticOptions(L, t);
        const listed = JSON.stringify(made.map((pro) => pro.map((x) => [x.len, x.tag, x.elided])));
        expect(JSON.stringify(shared.map((pro) => pro.map((x) => [x.len, x.tag, x.elided]))), L).toBe(listed);
        const k = I.optionsKey(L, t);
        expect(k).toBeGreaterThanOrEqual(0);
        expect(k).toBeLessThan(168);
        const before = seen.get(k);
        if (before !== undefined) expect(listed, L).toBe(before);
        else seen.set(k, listed);
      }),
      { numRuns: 20_000 },
    );
    for (const L of ['وللعراق', 'فبالتالي', 'سيقول', 'وسيقول', 'كالعادة', 'للعراق', 'بغداد', 'والحكومة', 'وسأل', 'ل', 'و', 'ولل', 'وبال']) {
      expect(I.procliticOptions(L, 0).length, L).toBe(I.makeProcliticOptions(L, 0).length);
    }
    expect(seen.size).toBeGreaterThan(20);
  });

  it('gives real words the cuts they always had', () => {
    expect(segment('فإنني').proclitics.map((p) => p.text)).toEqual(['ف']); // ف + إن + ني
    expect(segment('يمكنني').enclitics.map((p) => p.text)).toEqual(['ني']);
    expect(segment('وللعراق').stem.text).toBe('عراق');
  });
});

describe('segment: the enclitic options read from the last letters', () => {
  /** The first statement: every enclitic, longest first, that ends the word with letters before it (no tanween). */
  const byEndsWith = (L: string, t: number): number[] => [0, ...I.ENCLITICS.filter((e) => !t && L.length > e.length && L.endsWith(e)).map((e) => e.length)];
  it('equal the enclitics that end the word, for every word of up to five of the letters they are made of', () => {
    const alphabet = ['ه', 'م', 'ا', 'ك', 'ن', 'ي', 'ب', 'ة'];
    let words = [''];
    for (let len = 1; len <= 5; len++) {
      words = words.flatMap((w) => alphabet.map((c) => w + c));
      for (const L of words) for (const t of [0, 0x064b, 0x064d]) expect(I.encliticOptions(L, t)).toEqual(byEndsWith(L, t));
    }
  });
  it('and for the generated words', () => {
    fc.assert(
      fc.property(word, tanween, (L, t) => {
        expect(I.encliticOptions(L, t)).toEqual(byEndsWith(L, t));
      }),
      { numRuns: 5_000 },
    );
  });
});

describe('segmentSearchForm shares segment\'s result when reading ه as ة changes nothing', () => {
  it('hehMatters is false only where both readings cut alike', () => {
    fc.assert(
      fc.property(word, tanween, (L, t) => {
        if (!I.hehMatters(L)) expect(shape(I.plainPlan(L, t, true))).toEqual(shape(I.plainPlan(L, t, false)));
      }),
      { numRuns: 20_000 },
    );
  });

  it('finds the protected word a final ه may end', () => {
    expect(I.hehMatters('وزاره')).toBe(true); // وزارة
    expect(I.hehMatters('بوزارته')).toBe(false); // the ة is a ت before the pronoun: no ه-for-ة reading
    expect(segmentSearchForm('وزاره').stem.text).toBe('وزاره');
    expect(segment('وزاره').proclitics.map((p) => p.text)).toEqual(['و']); // in running text, و + زار + ه
  });
});

describe('segment, through its memos, equals the single-pass plan', () => {
  const names = knownNames(builtinGazetteer(), { ambiguous: true }).isKnownName;
  it('with and without names, in both forms (a word with names is cut in front of the name or as without)', () => {
    fc.assert(
      fc.property(word, fc.boolean(), fc.boolean(), (L, heh, withNames) => {
        const isKnownName = withNames ? names : undefined;
        const got = (heh ? segmentSearchForm : segment)(L, { isKnownName });
        const pl = I.plan(L, 0, undefined, isKnownName, heh);
        let k = 0;
        const pro = pl.pro.map((x) => L.slice(k, (k += x.len)));
        expect(got.proclitics.map((p) => p.text)).toEqual(pro);
        expect(got.enclitics.map((p) => p.text)).toEqual(pl.enc ? [L.slice(L.length - pl.enc)] : []);
      }),
      { numRuns: 10_000 },
    );
  });
});
