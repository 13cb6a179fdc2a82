import { readFileSync, existsSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyze } from '../src/index.js';
import { BUILTIN_COMPONENTS, PRECEDENCE, recognizeDoc, recognizer } from '../src/ner/index.js';
import { createDoc } from '../src/tokenize/document.js';

/** `type:text:rule` of what the recogniser finds with only `names` (and the gazetteer and resolve) switched on. */
function only(name: string, text: string): string[] {
  const components = BUILTIN_COMPONENTS.filter((c) => c.name === name || c.name === 'gazetteer' || c.name === 'resolve');
  return recognizeDoc(createDoc(text), recognizer({ components })).entities.map((e) => `${e.type}:${e.text}:${e.rule}`);
}

describe('the recogniser as named components', () => {
  it('declares its components once, in order, with unique names', () => {
    const names = BUILTIN_COMPONENTS.map((c) => c.name);
    expect(new Set(names).size).toBe(names.length);
    expect(names.indexOf('gazetteer')).toBe(0);
    expect(names.indexOf('resolve')).toBeLessThan(names.indexOf('propagation'));
    // every name ranked is a component (or the rank a component gives some of its candidates);
    // a component not ranked comes last (org-acronym: one file and one line in the order)
    for (const n of PRECEDENCE.flat()) expect(names.includes(n) || n === 'descriptors-known', n).toBe(true);
    expect(names).toContain('org-acronym');
  });

  // Each rule on its own, on a sentence where it is the one that applies.
  const cases: [string, string, string[]][] = [
    ['titles', 'واستقبل الوزير زهران القاسمي الوفد', ['PER:زهران القاسمي:titles']],
    ['given-names', 'وصرح فالح الكبيسي للصحفيين', ['PER:فالح الكبيسي:given-names']],
    ['reporting-verbs', 'وقال كوستاس إن الاتفاق قريب', ['PER:كوستاس:reporting-verbs']],
    ['nationality-people', 'وسجل البرازيلي رونالدينيو هدفا', ['PER:رونالدينيو:nationality-people']],
    ['family-names', 'ووصف ساركوزي الاتفاق بأنه تاريخي', ['PER:ساركوزي:family-names']],
    ['org-heads', 'أعلنت وزارة الزراعة الموريتانية خطة جديدة', ['ORG:وزارة الزراعة الموريتانية:org-heads']],
    ['institutions', 'أعلنت الحكومة العراقية خطة جديدة', ['ORG:الحكومة العراقية:institutions']],
    ['descriptors', 'نقلت صحيفة فاينانشال الخبر', ['ORG:فاينانشال:descriptors']],
    ['city-clubs', 'فاز بورتو البرتغالي على خصمه', ['ORG:بورتو:city-clubs']],
    ['place-heads', 'صعد المتسلقون جبل كاتارينا أمس', ['LOC:جبل كاتارينا:place-heads']],
    ['datelines', 'كفرنبل (رويترز) - قال مسؤولون', ['LOC:كفرنبل:datelines', 'ORG:رويترز:gazetteer']],
    ['datelines', 'نشرة المساء\nكفرنبل (رويترز) - قال مسؤولون', ['LOC:كفرنبل:datelines', 'ORG:رويترز:gazetteer']],
    ['datelines', 'وقال كفرنبل (رويترز) - قال مسؤولون', ['ORG:رويترز:gazetteer']],
    ['place-regions', 'ولدت في كارسون، نيفادا', ['LOC:كارسون:place-regions', 'LOC:نيفادا:gazetteer']],
    ['propagation', 'قال وليد المعلم إن الوفد وصل. وأضاف المعلم أن', ['PER:وليد المعلم:gazetteer', 'PER:المعلم:propagation']],
  ];
  for (const [name, text, expected] of cases) {
    it(`${name}: ${text}`, () => {
      expect(only(name, text)).toEqual(expected);
    });
  }

  it('finds nothing of a rule that is not running', () => {
    expect(only('titles', 'وقال كوستاس إن الاتفاق قريب')).toEqual([]);
    expect(only('gazetteer', 'أعلنت الحكومة العراقية خطة جديدة')).toEqual([]);
  });

  it('ranks a longer span over a shorter one, then by the declared precedence', () => {
    // وزارة الخارجية is known to the gazetteer; the head rule's longer span with the adjective wins.
    const e = analyze('قالت وزارة الخارجية الروسية إن').entities;
    expect(e.map((x) => [x.text, x.rule])).toEqual([['وزارة الخارجية الروسية', 'org-heads']]);
  });
});

describe('components made of rules (ruleComponent)', () => {
  const seed = readFileSync(new URL('../fixtures/003_c07e43e3ddaf4e87.txt', import.meta.url), 'utf8');
  const texts = [
    seed,
    'فاز بورتو البرتغالي على خصمه وفاز ليون على مرسيليا',
    'ولدت في كارسون، نيفادا ثم انتقلت إلى الكويت الكويتي',
    'كفرنبل (رويترز) - قال مسؤولون إن الوداد البيضاوي فاز',
    'وقال كوستاس إن الحكومة العراقية ووزارة الزراعة الموريتانية وصحيفة فاينانشال',
    'نص بلا أي اسم',
  ];
  // The same components with no `rules`: the recogniser calls each one's `run`, as for any component.
  const asRuns = BUILTIN_COMPONENTS.map((c) => ({ name: c.name, run: c.run.bind(c) }));
  const entities = (components: typeof asRuns, text: string) => recognizeDoc(createDoc(text), recognizer({ components })).entities;

  it('are most of the built-in ones', () => {
    const ruled = BUILTIN_COMPONENTS.filter((c) => c.rules !== undefined).map((c) => c.name);
    expect(ruled).toEqual(expect.arrayContaining(['given-names', 'org-heads', 'city-clubs', 'match-clubs', 'place-regions', 'datelines']));
  });

  it('find what their run finds, with the gazetteer on and off', () => {
    for (const text of texts) {
      expect(entities(BUILTIN_COMPONENTS as typeof asRuns, text)).toStrictEqual(entities(asRuns, text));
      const noGazetteer = (list: typeof asRuns) => list.filter((c) => c.name !== 'gazetteer');
      expect(entities(noGazetteer(BUILTIN_COMPONENTS as typeof asRuns), text)).toStrictEqual(entities(noGazetteer(asRuns), text));
    }
  });
});

describe('components that drop chosen entities (dropComponent: event-names, work-titles)', () => {
  const upTo = (name: string) => BUILTIN_COMPONENTS.slice(0, BUILTIN_COMPONENTS.findIndex((c) => c.name === name));
  const names = (components: typeof BUILTIN_COMPONENTS, text: string) => recognizeDoc(createDoc(text), recognizer({ components })).entities.map((e) => `${e.type}:${e.text}`);

  it('drop only the entities their test rejects, wherever they stand in the list', () => {
    const text = 'وفاز ريال مدريد بكأس إسبانيا في مدريد ، وعرض فيلم " عمر المختار " في القاهرة .';
    const before = names(upTo('event-names'), text);
    const after = names(upTo('nationalities'), text);
    expect(before).toEqual(expect.arrayContaining(['LOC:إسبانيا', 'PER:عمر المختار', 'LOC:القاهرة']));
    expect(after).toEqual(before.filter((e) => e !== 'LOC:إسبانيا' && e !== 'PER:عمر المختار'));
  });

  it('keep every entity of a text with no event or quoted title', () => {
    const text = 'وصل الرئيس الفرنسي إيمانويل ماكرون إلى بيروت والتقى نجيب ميقاتي .';
    expect(names(upTo('nationalities'), text)).toEqual(names(upTo('event-names'), text));
  });
});

describe('entities carry their provenance and position', () => {
  it('rule, tokenStart, tokenEnd and sentence agree with tokens and sentences', () => {
    const a = analyze('وصل الرئيس الفرنسي إيمانويل ماكرون إلى بيروت. والتقى رئيس الحكومة اللبنانية في السراي.');
    expect(a.entities.length).toBeGreaterThan(2);
    for (const e of a.entities) {
      expect(typeof e.rule).toBe('string');
      const first = a.tokens[e.tokenStart]!;
      const last = a.tokens[e.tokenEnd - 1]!;
      expect(first.start <= e.start && e.start < first.end).toBe(true);
      expect(last.end).toBe(e.end);
      const s = a.sentences[e.sentence]!;
      expect(s.start <= e.start && e.end <= s.end).toBe(true);
    }
    expect(a.entities.find((e) => e.text === 'بيروت')).toMatchObject({ rule: 'gazetteer', sentence: 0 });
    expect(a.entities.find((e) => e.text === 'الحكومة اللبنانية')).toMatchObject({ rule: 'institutions', sentence: 1 });
  });

  const gold = '../shared/seeds/gold.jsonl';
  it.skipIf(!existsSync(gold))('hold on every entity of the seed articles', () => {
    for (const line of readFileSync(gold, 'utf8').split('\n').filter(Boolean)) {
      const a = analyze(JSON.parse(line).text as string);
      for (const e of a.entities) {
        expect(a.tokens[e.tokenEnd - 1]!.end).toBe(e.end);
        expect(a.tokens[e.tokenStart]!.start).toBeLessThanOrEqual(e.start);
        expect(a.sentences[e.sentence]!.end).toBeGreaterThanOrEqual(e.end);
        expect(BUILTIN_COMPONENTS.some((c) => c.name === e.rule)).toBe(true);
      }
    }
  });
});

describe('a proclitic written apart with tatweel stays outside the entity', () => {
  // Found by the property test: the tagger's span began on the token ‌لـ (ZWNJ + لـ) before فالح.
  it('starts the entity at the next token, with tokenStart to match', () => {
    // The second text: the tagger's person span was ‌لـ فالح (its ORG over the first one is now dropped as unsure);
    // the model of 2026-12-04 19:40 finds nothing in either, so the third has a full name after ‌لـ.
    let found = 0;
    for (const text of ['للأمم للأممالأسدالموصل \u200cلـ فالح الجزيرة وزير إن ', 'وقال \u200cلـ فالح الجزيرة إن', 'وقال \u200cلـ فالح الدباغ إن الفريق جاهز']) {
      const a = analyze(text);
      found += a.entities.length;
      for (const e of a.entities) {
        expect(e.text).not.toMatch(/^[\u200c\u200b]?[وفبلك]ـ/);
        expect(e.text).toBe(text.slice(e.start, e.end));
        expect(a.tokens[e.tokenStart]!.start).toBeLessThanOrEqual(e.start);
        expect(a.tokens[e.tokenStart]!.end).toBeGreaterThan(e.start);
      }
    }
    expect(found).toBeGreaterThan(0);
  });

  it('strips it from every entity of a document, wherever the tatweels stand (one search of the text answers for all)', () => {
    // toEntities searches the text for a tatweel once and again only past what it found: names
    // with and without a joined proclitic in every order, and a tatweel in a word before them.
    const names = ['دمشق', 'بغداد', 'العراق', 'القاهرة', 'بيروت'];
    const prefixes = ['', 'لـ', 'بـ', 'ولـ', 'فـ'];
    const glue = ['ثم زار', 'و', 'قرب', 'في'];
    const part = fc.record({ name: fc.constantFrom(...names), prefix: fc.constantFrom(...prefixes), glue: fc.constantFrom(...glue) });
    let stripped = 0;
    fc.assert(
      fc.property(fc.boolean(), fc.array(part, { minLength: 1, maxLength: 5 }), (tatweelBefore, parts) => {
        const text = (tatweelBefore ? 'زار الـوفد ' : 'زار الوفد ') + parts.map((p, j) => (j > 0 ? p.glue + ' ' : '') + p.prefix + p.name).join(' ');
        for (const e of analyze(text).entities) {
          // No entity keeps a proclitic joined by tatweel; one written with it starts after the tatweel.
          expect(e.text, text).not.toMatch(/^[وفبلك]+ـ/);
          expect(e.text, text).toBe(text.slice(e.start, e.end));
          if (text[e.start - 1] === 'ـ') stripped++;
        }
      }),
      { numRuns: 400 },
    );
    expect(stripped).toBeGreaterThan(100);
  });
});
