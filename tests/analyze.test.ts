import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { analyze, analyzeMany, createAnalyzer, createGazetteer, extractEntities, searchTerms, sentences, summarise, termsOf, tokenize } from '../src/index.js';

const seed = readFileSync(fileURLToPath(new URL('../fixtures/003_c07e43e3ddaf4e87.txt', import.meta.url)), 'utf8');

describe('analyze', () => {
  it('returns sentences, tokens, entities and summaries that agree with each other', () => {
    const a = analyze(seed);
    expect(a.text).toBe(seed);
    expect(a.sentences.length).toBeGreaterThan(5);
    for (const t of a.tokens) expect(seed.slice(t.start, t.end)).toBe(t.text);
    const total = a.people.concat(a.places, a.organisations).reduce((n, item) => n + item.count, 0);
    expect(total).toBe(a.entities.length);
  });

  it('gives the same tokens and sentences as tokenize and sentences, in JSON, spread and assigned', () => {
    const text = 'التقى الرئيس السوري بشار الأسد في دمشق. وقال إن الزيارة ناجحة.';
    const a = analyze(text);
    const json = JSON.parse(JSON.stringify(a));
    expect(json.tokens).toEqual(tokenize(text));
    expect(json.sentences).toEqual(sentences(text));
    expect(Object.keys(a)).toEqual(['text', 'sentences', 'tokens', 'entities', 'people', 'places', 'organisations', 'nationalities']);
    expect({ ...a }.tokens).toBe(a.tokens); // made once, the same list every time
    a.tokens = [];
    expect(a.tokens).toEqual([]);
    expect(structuredClone(analyze(text)).sentences.map((s) => s.text)).toEqual(['التقى الرئيس السوري بشار الأسد في دمشق.', 'وقال إن الزيارة ناجحة.']);
  });

  it('groups a surname with its full name, and spellings of a country by id', () => {
    const a = analyze(seed);
    const muallem = a.people.find((p) => p.name === 'وليد المعلم');
    expect(muallem).toBeDefined();
    expect(muallem!.mentions.map((m) => m.text)).toContain('المعلم');
    expect(muallem!.count).toBe(muallem!.mentions.length);
    // The surname comes first here, the full name later: still one person.
    const jaafari = analyze('وصل الجعفري إلى دمشق. والتقى إبراهيم الجعفري الرئيس.').people;
    expect(jaafari.map((p) => [p.name, p.count])).toEqual([['إبراهيم الجعفري', 2]]);
    const places = analyze('زار الوفد سوريا ثم عاد إلى سورية');
    expect(places.places).toHaveLength(1);
    expect(places.places[0]!.id).toBe('SY');
    expect(places.places[0]!.count).toBe(2);
  });

  it('links nationality adjectives to their country without making them entities', () => {
    const a = analyze('عانى الشعبان العراقي والسوري من الإرهاب');
    expect(a.entities).toEqual([]);
    expect(a.nationalities.map((n) => n.country).sort()).toEqual(['IQ', 'SY']);
  });

  it('sorts summaries by count, most mentioned first', () => {
    const a = analyze(seed);
    for (let i = 1; i < a.places.length; i++) expect(a.places[i - 1]!.count).toBeGreaterThanOrEqual(a.places[i]!.count);
  });

  it('names bad arguments', () => {
    expect(() => analyze(undefined as unknown as string)).toThrow(/analyze: expected text to be a string, got undefined/);
    expect(() => analyze('نص', { types: ['X' as 'PER'] })).toThrow(RangeError);
  });

  it('a text read without an encoding (readFileSync(path), a Buffer, an ArrayBuffer) is refused with what to do, not "got object"', () => {
    const bytes = readFileSync(fileURLToPath(new URL('../fixtures/003_c07e43e3ddaf4e87.txt', import.meta.url)));
    const hint = "(bytes, not text: decode them first, e.g. readFileSync(path, 'utf8') or new TextDecoder().decode(bytes))";
    expect(() => analyze(bytes as unknown as string)).toThrow(new TypeError(`analyze: expected text to be a string, got Uint8Array ${hint}`));
    expect(() => extractEntities(bytes.buffer as unknown as string)).toThrow(`extractEntities: expected text to be a string, got ArrayBuffer ${hint}`);
    expect(() => createAnalyzer().extractEntities(bytes as unknown as string)).toThrow(`extractEntities: expected text to be a string, got Uint8Array ${hint}`);
    expect(() => [...analyzeMany(['في دمشق', bytes as unknown as string])]).toThrow(`analyzeMany: document 1 must be a string or { id?, text: string }, got Uint8Array ${hint}`);
    expect(() => tokenize(bytes as unknown as string)).toThrow(`tokenize: expected text to be a string, got Uint8Array ${hint}`);
    expect(() => sentences(new DataView(bytes.buffer) as unknown as string)).toThrow(`sentences: expected text to be a string, got DataView ${hint}`);
    expect(() => searchTerms(bytes as unknown as string)).toThrow(`searchTerms: expected text to be a string, got Uint8Array ${hint}`);
    // Bytes made in another realm (a vm context, a test runner's sandbox) are named the same way.
    expect(() => analyze(runInNewContext('new ArrayBuffer(8)') as string)).toThrow(`analyze: expected text to be a string, got ArrayBuffer ${hint}`);
    // The advice works: the decoded text is the fixture.
    expect(analyze(new TextDecoder().decode(bytes)).text).toBe(seed);
  });

  it('termsOf names itself in its errors (it said searchTerms:)', () => {
    expect(() => termsOf(5 as unknown as string)).toThrow(new TypeError('termsOf: expected text to be a string, got number'));
    expect(() => termsOf('في دمشق', { stem: 'yes' as unknown as boolean })).toThrow(new TypeError('termsOf: expected options.stem to be a boolean'));
    expect(() => termsOf('في دمشق', { names: 5 as unknown as boolean })).toThrow(new TypeError('termsOf: expected options.names to be a boolean or a Gazetteer'));
    expect(() => termsOf('في دمشق', { frob: 1 } as never)).toThrow(/^termsOf: unknown option "frob"/);
    expect(termsOf('وصل الوفد إلى بغداد')).toEqual(['وصل', 'وفد', 'بغداد']);
  });
});

describe('summarise', () => {
  it('groups spellings of one place by id and keeps every mention', () => {
    const items = summarise(extractEntities('زار الوفد سوريا ثم سورية ودمشق'), 'LOC');
    expect(items.map((i) => [i.name, i.id, i.count])).toEqual([
      ['سوريا', 'SY', 2],
      ['دمشق', 'sy-damascus', 1],
    ]);
    expect(items[0]!.mentions.map((m) => m.text)).toEqual(['سوريا', 'سورية']);
    expect(summarise([], 'PER')).toEqual([]);
  });

  it('names a bad type or a list that is not one, instead of finding nothing', () => {
    const entities = extractEntities('زار الوفد سوريا ثم سورية ودمشق');
    // Before: 'loc', a missing type or 'MISC' gave [] without a word; { } gave "entities is not iterable".
    expect(() => summarise(entities, 'loc' as never)).toThrow(new RangeError(`summarise: type must be 'PER', 'LOC' or 'ORG', got "loc"`));
    expect(() => (summarise as (e: unknown) => unknown)(entities)).toThrow(new RangeError(`summarise: type must be 'PER', 'LOC' or 'ORG', got undefined`));
    expect(() => summarise({} as never, 'LOC')).toThrow(new TypeError('summarise: expected entities to be an array of entities, got object'));
    expect(() => summarise(null as never, 'LOC')).toThrow(/summarise: expected entities to be an array of entities, got null/);
  });

  it('groups the mentions of more than eight places (groups found by scan, then through a Map)', () => {
    const text = 'زار الوفد دمشق وبغداد والقاهرة والرياض وبيروت والدوحة والرباط والخرطوم وصنعاء ومسقط، ثم عاد إلى بغداد ومسقط وصنعاء ومسقط.';
    const items = summarise(extractEntities(text), 'LOC');
    expect(items.map((i) => [i.id, i.count])).toEqual([
      ['om-muscat', 3],
      ['iq-baghdad', 2],
      ['ye-sanaa', 2],
      ['sy-damascus', 1],
      ['eg-cairo', 1],
      ['sa-riyadh', 1],
      ['lb-beirut', 1],
      ['qa-doha', 1],
      ['ma-rabat', 1],
      ['sd-khartoum', 1],
    ]);
    expect(items[0]!.mentions.map((m) => m.start)).toEqual(items[0]!.mentions.map((m) => m.start).sort((a, b) => a - b));
  });
});

describe('createAnalyzer', () => {
  it('adds entries to the built-in gazetteer', () => {
    const tahlil = createAnalyzer({ entries: [{ name: 'مقهى الفيشاوي', type: 'LOC', id: 'fishawi-cafe' }] });
    const found = tahlil.extractEntities('جلس الكاتب في مقهى الفيشاوي بالقاهرة');
    expect(found.map((e) => [e.type, e.text, e.id])).toEqual([
      ['LOC', 'مقهى الفيشاوي', 'fishawi-cafe'],
      ['LOC', 'القاهرة', expect.any(String)],
    ]);
  });

  it('replaces the gazetteer and filters types', () => {
    const gazetteer = createGazetteer([{ name: 'نادي الصيد', type: 'ORG', id: 'hunting-club' }]);
    const tahlil = createAnalyzer({ gazetteer, types: ['ORG'] });
    const found = tahlil.extractEntities('اجتمع أعضاء نادي الصيد في القاهرة');
    expect(found.map((e) => e.text)).toEqual(['نادي الصيد']);
  });

  it('rejects bad options at creation', () => {
    expect(() => createAnalyzer({ types: ['PLACE' as 'LOC'] })).toThrow(RangeError);
    expect(() => createAnalyzer({ normalize: 'loud' as 'search' })).toThrow(RangeError);
  });
});

describe('analyzeMany', () => {
  it('keeps input order and ids, lazily', () => {
    const docs = [{ id: 'a', text: 'زار ماكرون بيروت' }, 'وصل الوفد إلى دمشق', { id: 7, text: '' }];
    const out = [...analyzeMany(docs)];
    expect(out.map((d) => d.id)).toEqual(['a', 1, 7]); // a plain string gets its index
    expect(out[1]!.places.map((p) => p.name)).toEqual(['دمشق']);
    expect(out[2]!.entities).toEqual([]);
  });

  it('names the bad document by its index', () => {
    const it = analyzeMany(['نص', 42 as unknown as string]);
    it.next();
    expect(() => it.next()).toThrow(/document 1 must be a string/);
    expect(() => [...analyzeMany(5 as unknown as string[])]).toThrow(TypeError);
  });

  it('refuses an id that is neither a string nor a finite number', () => {
    // Before: { id: { n: 1 } } came back as that object, and an id of NaN as null in JSON.
    expect(() => [...analyzeMany([{ id: { n: 1 } as never, text: 'زار ماكرون بيروت' }])]).toThrow(/document 0 must have an id that is a string or a finite number, got/);
    expect(() => [...analyzeMany(['نص', { id: Number.NaN, text: 'وصل الوفد إلى دمشق' }])]).toThrow(/document 1 must have an id that is a string or a finite number, got NaN/);
    expect([...analyzeMany([{ id: null as never, text: 'وصل الوفد إلى دمشق' }])].map((d) => d.id)).toEqual([0]);
  });
});
