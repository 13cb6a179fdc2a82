import { describe, expect, it } from 'vitest';
import { analyze, createAnalyzer, extractEntities } from '../src/index.js';

const found = (entities: { type: string; text: string; rule: string }[]) => entities.map((e) => `${e.type}:${e.text}:${e.rule}`);

describe('createAnalyzer({ disable })', () => {
  it('lists its components in order and switches them off by name', () => {
    const all = createAnalyzer();
    expect(all.components[0]).toBe('gazetteer');
    expect(all.components).toContain('propagation');
    expect(all.components.indexOf('tagger')).toBeGreaterThan(all.components.indexOf('propagation'));
    expect(createAnalyzer({ disable: ['tagger'] }).components).not.toContain('tagger');
    expect(createAnalyzer({ tagger: false }).components).not.toContain('tagger');
    // the rules alone, so that what propagation adds is not found again by the tagger
    const rules = createAnalyzer({ disable: ['tagger'] });
    const text = 'قال وليد المعلم إن الوفد وصل. وكان المعلم قد زار المدينة';
    expect(found(rules.extractEntities(text))).toEqual(['PER:وليد المعلم:gazetteer', 'PER:المعلم:propagation']);
    const without = createAnalyzer({ disable: ['tagger', 'propagation'] });
    expect(without.components).not.toContain('propagation');
    expect(found(without.extractEntities(text))).toEqual(['PER:وليد المعلم:gazetteer']);
  });

  it('refuses an unknown component and one that cannot go', () => {
    expect(() => createAnalyzer({ disable: ['propagaton'] })).toThrow(/unknown component "propagaton" in options.disable \(the components are gazetteer, /);
    expect(() => createAnalyzer({ disable: ['resolve'] })).toThrow(RangeError);
    expect(() => createAnalyzer({ disable: 'titles' as never })).toThrow(TypeError);
  });
});

describe('createAnalyzer({ patterns })', () => {
  const barakah = createAnalyzer({ patterns: [{ type: 'ORG', tokens: [{ text: 'مجموعة' }, { text: 'البركة' }], id: 'al-baraka' }] });

  it('finds the pattern in search form, across proclitics, with rule pattern', () => {
    expect(barakah.components[1]).toBe('pattern');
    const [e] = barakah.extractEntities('وأعلنت ومجموعةُ البركه نتائجها');
    expect(e).toMatchObject({ text: 'مجموعةُ البركه', type: 'ORG', rule: 'pattern', source: 'pattern', id: 'al-baraka' });
  });

  it('wins over a built-in rule where they overlap, even a longer one', () => {
    expect(found(extractEntities('قالت مجموعة البركة المصرفية إن'))).not.toContain('ORG:مجموعة البركة:pattern');
    expect(found(barakah.extractEntities('قالت مجموعة البركة المصرفية إن'))).toEqual(['ORG:مجموعة البركة:pattern']);
  });

  it('takes in, kind, shape and optional tokens', () => {
    const a = createAnalyzer({
      patterns: [{ type: 'ORG', tokens: [{ in: ['مصنع', 'معمل'] }, { shape: 'name' }, { kind: 'number', optional: true }] }],
      disable: ['org-heads', 'descriptors'],
    });
    expect(found(a.extractEntities('افتتح مصنع كوماتسو 2 في المدينة'))).toEqual(['ORG:مصنع كوماتسو 2:pattern']);
    expect(found(a.extractEntities('زار معمل زيدان أمس'))).toEqual(['ORG:معمل زيدان:pattern']);
    expect(found(a.extractEntities('زار معمل الحديد أمس'))).toEqual([]); // الحديد is a common word, not a name
  });

  it('refuses a malformed pattern, naming it', () => {
    expect(() => createAnalyzer({ patterns: [{ type: 'ORG', tokens: [{ txt: 'x' }] }] as never })).toThrow(/patterns\[0\].tokens\[0\] has an unknown key "txt"/);
    expect(() => createAnalyzer({ patterns: [{ type: 'ORG', tokens: [] }] })).toThrow(/patterns\[0\].tokens must be a non-empty array/);
    expect(() => createAnalyzer({ patterns: [{ type: 'GPE' as never, tokens: [{ text: 'x' }] }] })).toThrow(/patterns\[0\].type must be 'PER', 'LOC' or 'ORG'/);
    expect(() => createAnalyzer({ patterns: [{ type: 'ORG', tokens: [{ text: 'مجموعة البركة' }] }] })).toThrow(/must be one word/);
    expect(() => createAnalyzer({ patterns: [{ type: 'ORG', tokens: [{ kind: 'word', optional: true }] }] })).toThrow(/all optional/);
    expect(() => createAnalyzer({ patterns: [{ type: 'ORG', tokens: [{ optional: true }] }] })).toThrow(/at least one of text, in, kind, shape/);
  });
});

describe('createAnalyzer({ lexicon })', () => {
  it('adds trigger phrases and common words to the built-in lists', () => {
    const text = 'وقال المحاضر كوستاريدس إن';
    const plain = found(extractEntities(text));
    const withTitle = createAnalyzer({ lexicon: { triggers: [{ phrase: 'المحاضر', kind: 'title', type: 'PER' }] } });
    expect(found(withTitle.extractEntities(text))).toEqual(['PER:كوستاريدس:titles']);
    expect(plain).not.toEqual(['PER:كوستاريدس:titles']);
    // a word made common is no longer a name after a reporting verb
    const common = createAnalyzer({ lexicon: { common: ['كوستاس'] } });
    expect(found(extractEntities('وقال كوستاس إن الاتفاق قريب'))).toEqual(['PER:كوستاس:reporting-verbs']);
    expect(found(common.extractEntities('وقال كوستاس إن الاتفاق قريب'))).toEqual([]);
  });

  it('refuses unknown keys and bad triggers', () => {
    expect(() => createAnalyzer({ lexicon: { commons: [] } as never })).toThrow(/lexicon has an unknown key "commons"/);
    expect(() => createAnalyzer({ lexicon: { triggers: [{ phrase: 'مجمع', kind: 'head' as never, type: 'ORG' }] } })).toThrow(/lexicon.triggers\[0\].kind must be one of title/);
  });

  it('refuses a trigger phrase of more than eight tokens, which would make matching slower than linear', () => {
    // Trigger phrases are tried from every token as far as the text follows one: a phrase of m words
    // the text repeats, then one it lacks, cost more than m steps a token.
    const eight = 'الباحث الزائر الذي قدم المحاضرة الأولى صباح اليوم';
    const analyzer = createAnalyzer({ lexicon: { triggers: [{ phrase: eight, kind: 'title', type: 'PER' }] } });
    expect(found(analyzer.extractEntities(`وقال ${eight} كوستاريدس إن`))).toEqual(['PER:كوستاريدس:titles']);
    expect(() => createAnalyzer({ lexicon: { triggers: [{ phrase: `${eight} الثلاثاء`, kind: 'title', type: 'PER' }] } })).toThrow(
      new RangeError('createAnalyzer: lexicon.triggers[0].phrase has 9 tokens (at most 8)'),
    );
  });
});

describe('the demonstration rule org-acronym (one file, one line in the order)', () => {
  it('takes a Latin acronym after an organisation head, the head outside', () => {
    expect(found(extractEntities('أعلنت شركة IBM عن أرباحها'))).toEqual(['ORG:IBM:org-acronym']);
    expect(found(extractEntities('نقلت وكالة AFP عن مصادر'))).toEqual(['ORG:AFP:org-acronym']);
    expect(found(extractEntities('قال IBM إن'))).toEqual([]);
    expect(found(createAnalyzer({ disable: ['org-acronym'] }).extractEntities('أعلنت شركة IBM عن أرباحها'))).toEqual([]);
  });
});

describe('Analyzer.extractEntities does only the entity work', () => {
  it('gives the entities analyze gives', () => {
    const text = 'التقى وليد المعلم نظيره العراقي في دمشق. وقال المعلم إن الوفد السوري وصل';
    const a = createAnalyzer();
    expect(a.extractEntities(text)).toEqual(analyze(text).entities);
  });
});
