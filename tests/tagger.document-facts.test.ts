// Document-level evidence of the tagger: what the rules found for a word's stem ELSEWHERE in the
// document (features.ts, documentFacts), read as features DOC and DOC_RULE.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { taggerDocument } from '../src/ner/tagger/document.js';
import { DOC_FACT, documentFacts, FLAG, type TaggerInput } from '../src/ner/tagger/features.js';
import { documentFactsInto } from '../src/ner/tagger/scores.js';

/** The facts of each token of `text`, by its text (the last one when a word repeats). */
function factsOf(text: string): { texts: readonly string[]; facts: Uint8Array; rules: ArrayLike<number> } {
  const td = taggerDocument(text, 20);
  return { texts: td.input.texts, facts: documentFacts(td.input), rules: td.input.rules };
}

const sentences = [
  'التقى الرئيس السوري بشار الأسد في دمشق وزير الخارجية العراقي .',
  'وقال الأسد إن المحادثات كانت مثمرة .',
  'وصل المدرب غوارديولا إلى ميونيخ .',
  'ذهب 3 رجال إلى الأمم المتحدة في نيويورك .',
  'وقال غوارديولا إن فريقه جاهز .',
];

describe('documentFacts', () => {
  it('a family name seen inside a full name in one sentence carries PER to the bare name in the next', () => {
    const { texts, facts } = factsOf('قال الرئيس الكيني مواي كيباكي إن الانتخابات ستجري في موعدها .\nوأضاف كيباكي أن الحكومة مستعدة .');
    const first = texts.indexOf('كيباكي');
    const second = texts.lastIndexOf('كيباكي');
    expect(second).toBeGreaterThan(first);
    // At the bare name: elsewhere it is a person's word after the first (مواي [كيباكي]).
    expect(facts[second]! & DOC_FACT.PER).toBe(DOC_FACT.PER);
    expect(facts[second]! & DOC_FACT.MULTI_INSIDE).toBe(DOC_FACT.MULTI_INSIDE);
    // At the full name: the other mention is a person too, but no part of a longer name.
    expect(facts[first]! & DOC_FACT.PER).toBe(DOC_FACT.PER);
    expect(facts[first]! & DOC_FACT.MULTI_INSIDE).toBe(0);
  });

  it('a word written once, punctuation and closed-class words have no document facts', () => {
    const { texts, facts } = factsOf('وصل المدرب غوارديولا إلى ميونيخ . وقال غوارديولا إن فريقه جاهز .');
    for (const w of ['ميونيخ', 'المدرب', '.', 'إلى', 'إن']) expect(facts[texts.indexOf(w)], w).toBe(0);
    expect(facts[texts.indexOf('غوارديولا')]! & DOC_FACT.PER).toBe(DOC_FACT.PER);
  });

  it('the stem is what matches: بالعراق and العراق share what the rules found', () => {
    const { texts, facts } = factsOf('زار الوزير العراق أمس .\nوتحدث عن الأوضاع بالعراق .');
    expect(facts[texts.indexOf('بالعراق')]! & DOC_FACT.LOC).toBe(DOC_FACT.LOC);
    expect(facts[texts.indexOf('العراق')]! & DOC_FACT.LOC).toBe(DOC_FACT.LOC);
  });

  it('come from the other tokens of the same stem only: none for a stem written once, some for one written twice or more', () => {
    fc.assert(
      fc.property(fc.shuffledSubarray(sentences, { minLength: 1 }), (picked) => {
        const td = taggerDocument(picked.join('\n'), 20);
        const facts = documentFacts(td.input);
        const { stems, kinds } = td.input;
        const count = new Map<string, number>();
        for (let i = 0; i < stems.length; i++) if (kinds[i] === 'word') count.set(stems[i]!, (count.get(stems[i]!) ?? 0) + 1);
        for (let i = 0; i < stems.length; i++) {
          if (kinds[i] !== 'word') expect(facts[i]).toBe(0);
          else if (count.get(stems[i]!) === 1) expect(facts[i], stems[i]).toBe(0);
        }
        // غوارديولا, الأسد, وقال/قال… : every other mention says something (a type or OUTSIDE).
        const g = stems.indexOf('غوارديولا');
        if (g >= 0 && count.get('غوارديولا')! > 1) expect(facts[g]).not.toBe(0);
      }),
      { numRuns: 20 },
    );
  });
});

describe('documentFactsInto (the tagger at run time) equals documentFacts', () => {
  // Stems numbered as the tagger's records number them (in the order they come, from `first`,
  // more numbers than this document's stems: other documents' stems), equal numbers for equal stems.
  const check = (input: TaggerInput, first = 0, order: (stems: string[]) => string[] = (s) => s) => {
    const out = new Uint8Array(input.keys.length + 3).fill(0xff); // work space holds another document's values
    const numbers = new Map(order([...new Set(input.stems)]).map((stem, k) => [stem, first + k]));
    documentFactsInto(input, input.stems.map((stem) => numbers.get(stem)!), first + numbers.size, out);
    expect([...out.subarray(0, input.keys.length)]).toEqual([...documentFacts(input)]);
  };

  it('on real sentences, the stems numbered in any order, the numbers of other documents\' stems in the same work space', () => {
    fc.assert(
      fc.property(fc.shuffledSubarray(sentences, { minLength: 1 }), fc.nat(10_000), (picked, first) => {
        const { input } = taggerDocument(picked.join('\n'), 20);
        check(input);
        check(input, first, (s) => s.reverse());
        check(input, 0, (s) => s.sort());
      }),
      { numRuns: 20 },
    );
  });

  // Stems from a few letters, so that they repeat; kinds, closed-class flags and rule tags at random.
  const token = fc.record({ stem: fc.stringMatching(/^[بتث]{1,3}$/), word: fc.boolean(), closed: fc.boolean(), rule: fc.integer({ min: 0, max: 6 }) });
  it('on random inputs: repeated stems, closed-class words, punctuation, any rule tags', () => {
    fc.assert(
      fc.property(fc.array(token, { maxLength: 60 }), (tokens) => {
        const stems = tokens.map((t) => t.stem);
        const input: TaggerInput = {
          texts: stems,
          keys: stems,
          stems,
          kinds: tokens.map((t) => (t.word ? 'word' : 'punct')),
          flags: Uint32Array.from(tokens, (t) => (t.closed ? FLAG.CLOSED : 0)),
          rules: Uint8Array.from(tokens, (t) => t.rule),
        };
        check(input);
        check(input, 3, (s) => s.reverse());
      }),
    );
  });
});
