import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import type { LexiconAdditions, LinkKind, Pattern } from '../src/index.js';
import { analyze, analyzeMany, builtinGazetteer, createAnalyzer, createGazetteer, extractEntities, knownNames, miniSearchOptions, normalize, searchTerms, segment, segmentToken, stem, summarise, termsOf, tokenize, tokenTable, trainTagger } from '../src/index.js';

describe('options are validated before anything is cached', () => {
  it('tokenize rejects a bad normalize option even after a call with {} (same cache key before)', () => {
    expect(() => tokenize('قال', { normalize: 5 as never })).toThrow(TypeError);
    expect(tokenize('قالَ', { normalize: {} })).toHaveLength(1);
    expect(() => tokenize('قال', { normalize: 5 as never })).toThrow(TypeError);
  });
});

describe('a bad normalize option is named as the option of the function given it', () => {
  it('createAnalyzer, analyze, extractEntities, analyzeMany, tokenize and tokenTable say options.normalize, not normalize', () => {
    // Before, each said "normalize: unknown preset …", naming a function the caller never called.
    expect(() => createAnalyzer({ normalize: 'loud' as 'search' })).toThrow(/^createAnalyzer: options\.normalize: unknown preset "loud"/);
    expect(() => createAnalyzer({ normalize: 5 as unknown as 'search' })).toThrow(/^createAnalyzer: expected options\.normalize to be a preset name or an object, got number/);
    expect(() => analyze('قال الرئيس', { normalize: 'loud' as 'search' })).toThrow(/^analyze: options\.normalize: unknown preset/);
    expect(() => extractEntities('قال الرئيس', { normalize: { alef: 'yes' as unknown as boolean } })).toThrow(/^extractEntities: options\.normalize: option "alef" must be a boolean/);
    expect(() => [...analyzeMany(['قال الرئيس'], { normalize: 'loud' as 'search' })]).toThrow(/^analyzeMany: options\.normalize: unknown preset/);
    expect(() => tokenize('قال الرئيس', { normalize: 'loud' as 'search' })).toThrow(/^tokenize: options\.normalize: unknown preset/);
    expect(() => tokenTable('قال الرئيس', { normalize: { frob: true } as never })).toThrow(/^tokenTable: options\.normalize: unknown option "frob"/);
    // normalize's own options keep their message, and a good option still works.
    expect(() => normalize('قال', 'loud' as 'search')).toThrow(/^normalize: unknown preset "loud"/);
    expect(tokenize('قالَ', { normalize: 'search' })[0]!.norm).toBe('قال');
  });
});

describe('analyze, extractEntities, analyzeMany and createAnalyzer reject unknown option keys', () => {
  it('names the unknown key and the expected ones', () => {
    expect(() => analyze('زار الوفد بغداد', { frob: 1 } as never)).toThrow(new RangeError('analyze: unknown option "frob" (expected gazetteer, normalize, types, tagger or model)'));
    expect(() => extractEntities('زار الوفد بغداد', { typo: ['PER'] } as never)).toThrow(/extractEntities: unknown option "typo"/);
    expect(() => analyzeMany(['زار الوفد بغداد'], { frob: 1 } as never)).toThrow(/analyzeMany: unknown option "frob"/);
    expect(() => createAnalyzer({ entry: [] } as never)).toThrow(/createAnalyzer: unknown option "entry" \(expected .*entries/);
  });

  it('says what createAnalyzer expected when given an array', () => {
    expect(() => createAnalyzer([] as never)).toThrow(new TypeError('createAnalyzer: expected options to be an object such as { entries, types, disable, patterns, lexicon, tagger, model }, got an array'));
  });

  it('accepts undefined values as absent', () => {
    expect(analyze('زار الوفد بغداد', { types: undefined }).entities.map((e) => e.text)).toEqual(['بغداد']);
  });
});

describe('analyzeMany', () => {
  it('reads its options once, when called', () => {
    let reads = 0;
    const options = {
      get types() {
        reads++;
        return ['LOC' as const];
      },
    };
    const docs = [...analyzeMany(['زار ماكرون بيروت', 'وصل الوفد إلى بغداد'], options)];
    expect(reads).toBe(1);
    expect(docs.map((d) => d.entities.map((e) => e.text))).toEqual([['بيروت'], ['بغداد']]);
  });

  it('gives each plain string its index as id, and keeps given ids', () => {
    const ids = [...analyzeMany(['زار ماكرون بيروت', { id: 'b', text: 'وصل الوفد إلى بغداد' }, { text: 'في دمشق' }])].map((d) => d.id);
    expect(ids).toEqual([0, 'b', 2]);
  });

  it('rejects what is not a batch at once, not at the first document', () => {
    expect(() => analyzeMany(5 as never)).toThrow(/analyzeMany: expected an iterable of documents, got number/);
  });

  it('names an async batch (a stream, readline, an async generator) or a Promise with what to do, not "got object"', () => {
    async function* lines() {
      yield 'وصل الوفد إلى بغداد';
    }
    const hint = 'an async iterable (a stream, a readline interface, an async generator): this function reads synchronously: collect the items into an array first, or call it on each item in a for await loop';
    expect(() => analyzeMany(lines() as never)).toThrow(new TypeError(`analyzeMany: expected an iterable of documents, got ${hint}`));
    expect(() => createAnalyzer().analyzeMany(Readable.from(['في دمشق']) as never)).toThrow(new TypeError(`analyzeMany: expected an iterable of documents, got ${hint}`));
    expect(() => analyzeMany(Promise.resolve(['في دمشق']) as never)).toThrow(new TypeError('analyzeMany: expected an iterable of documents, got a Promise: await it first'));
    expect(() => trainTagger(lines() as never)).toThrow(new TypeError(`trainTagger: expected documents to be an iterable of { text, entities } documents, got ${hint}`));
    expect(() => createGazetteer(lines() as never)).toThrow(new TypeError(`createGazetteer: entries must be an iterable of entries, got ${hint}`));
    expect(() => summarise(lines() as never, 'LOC')).toThrow(new TypeError(`summarise: expected entities to be an array of entities, got ${hint}`));
  });
});

describe("createAnalyzer's entries are named as createAnalyzer's", () => {
  it('an error in options.entries names createAnalyzer and options.entries (it said createGazetteer: entries…)', () => {
    expect(() => createAnalyzer({ entries: 5 as never })).toThrow(new TypeError('createAnalyzer: options.entries must be an iterable of entries, got number'));
    expect(() => createAnalyzer({ entries: [{ name: 'مجموعة البركة', type: 'org' as never }] })).toThrow(
      new RangeError(`createAnalyzer: options.entries[0].type must be 'PER', 'LOC' or 'ORG', got "org"`),
    );
    expect(() => createAnalyzer({ entries: [{ name: '،', type: 'ORG' }] })).toThrow(/^createAnalyzer: options\.entries\[0\]\.name has no letter or digit/);
    expect(() => createGazetteer([{ name: 'مجموعة البركة', type: 'org' as never }])).toThrow(new RangeError(`createGazetteer: entries[0].type must be 'PER', 'LOC' or 'ORG', got "org"`));
    expect(createAnalyzer({ entries: [{ name: 'مجموعة البركة', type: 'ORG', id: 'albaraka' }] }).extractEntities('استحوذت مجموعة البركة على المصرف').map((e) => e.id)).toEqual(['albaraka']);
  });
});

describe('the tokenizer, segmenter and search functions reject unknown option keys and options of the wrong type', () => {
  // Before, each of these was ignored without a word: a typo such as stopWords for stopwords gave
  // the stop words' default, normalise for normalize the 'standard' form.
  it('names the function and the unknown key', () => {
    expect(() => tokenize('أحمد', { normalise: 'search' } as never)).toThrow(new RangeError('tokenize: unknown option "normalise" (expected normalize)'));
    expect(() => tokenTable('أحمد', { normalise: 'search' } as never)).toThrow(/tokenTable: unknown option "normalise"/);
    expect(() => searchTerms('في بغداد', { stopWords: false } as never)).toThrow(new RangeError('searchTerms: unknown option "stopWords" (expected stem, stopwords, names)'));
    expect(() => termsOf('في بغداد', { stemming: false } as never)).toThrow(/unknown option "stemming"/);
    expect(() => miniSearchOptions({ stopWords: false } as never)).toThrow(/unknown option "stopWords"/);
    expect(() => segment('وبغداد', { isKnownNames: () => true } as never)).toThrow(/segment: unknown option "isKnownNames" \(expected isKnownWord, isKnownName\)/);
    expect(() => segmentToken(tokenize('وبغداد')[0]!, { knownName: () => true } as never)).toThrow(/segmentToken: unknown option "knownName"/);
    expect(() => stem('والعراقيون', { isKnownWord: () => true } as never)).toThrow(/stem: unknown option "isKnownWord" \(expected isKnownName\)/);
    expect(() => knownNames(builtinGazetteer(), { ambigous: true } as never)).toThrow(/knownNames: unknown option "ambigous"/);
  });

  it('refuses options that are not an object, and a list where a gazetteer goes', () => {
    expect(() => tokenize('أحمد', [] as never)).toThrow(new TypeError('tokenize: expected options to be an object'));
    expect(() => searchTerms('في بغداد', [] as never)).toThrow(TypeError);
    expect(() => segment('وبغداد', 5 as never)).toThrow(new TypeError('segment: expected options to be an object'));
    expect(() => stem('والعراقيون', 'search' as never)).toThrow(new TypeError('stem: expected options to be an object'));
    expect(() => knownNames(builtinGazetteer(), { ambiguous: 'yes' } as never)).toThrow(/knownNames: expected options\.ambiguous to be true or false/);
    expect(() => knownNames([] as never)).toThrow(/knownNames: expected gazetteer to be a Gazetteer/);
  });

  it('still takes every documented key, and undefined as absent', () => {
    expect(tokenize('أَحمد', { normalize: 'search' })[0]!.norm).toBe('احمد');
    expect(termsOf('في بغداد', { stopwords: false, stem: true, names: false })).toEqual(['في', 'بغداد']);
    expect(segment('وبغداد', { isKnownName: undefined, isKnownWord: (w) => w === 'بغداد' }).stem.text).toBe('بغداد');
    expect(stem('والعراقيون', knownNames(builtinGazetteer(), { ambiguous: true }))).toBe('عراقي');
  });
});

describe('the types of createAnalyzer options and of Entity fields can be named from the package', () => {
  // Pattern, PatternToken, LexiconAdditions and LinkKind were in the signatures but not exported:
  // a TypeScript user could not write `const p: Pattern = …` (tsc --noEmit fails without the export).
  it('takes a Pattern[] and LexiconAdditions written with the exported types', () => {
    const patterns: Pattern[] = [{ type: 'ORG', tokens: [{ text: 'مجموعة' }, { text: 'البركة' }], id: 'al-baraka' }];
    const lexicon: LexiconAdditions = {};
    const entities = createAnalyzer({ patterns, lexicon }).extractEntities('أعلنت مجموعة البركة أرباحها');
    expect(entities.map((e) => [e.text, e.id])).toEqual([['مجموعة البركة', 'al-baraka']]);
    const links: (LinkKind | undefined)[] = entities.map((e) => e.link);
    expect(links).toEqual([undefined]);
  });
});

describe("an analyzer's methods", () => {
  it('refuse an options object, which they would ignore, and still work as callbacks of map', () => {
    const analyzer = createAnalyzer();
    const loose = analyzer as unknown as Record<'analyze' | 'extractEntities' | 'analyzeMany', (...args: unknown[]) => unknown>;
    // Before: analyzer.analyze(text, { types: ['PER'] }) returned every type, without a word.
    expect(() => loose.analyze('زار ماكرون بيروت', { types: ['PER'] })).toThrow(
      new TypeError("analyzer.analyze: takes no options (give them to createAnalyzer, or call the package's analyze(…, options))"),
    );
    expect(() => loose.extractEntities('زار ماكرون بيروت', { types: ['PER'] })).toThrow(/analyzer\.extractEntities: takes no options/);
    expect(() => loose.analyzeMany(['زار ماكرون بيروت'], { types: ['PER'] })).toThrow(/analyzer\.analyzeMany: takes no options/);
    expect(['زار ماكرون بيروت', 'في دمشق'].map(analyzer.extractEntities).map((es) => es.map((e) => e.text))).toEqual([['ماكرون', 'بيروت'], ['دمشق']]);
  });
});

describe('contradictory options', () => {
  it('model with tagger: false is refused, as the CLI refuses --model with --no-tagger', () => {
    // Before: the model was ignored (not even read) and the rules ran alone, without a word.
    const model = new Uint8Array([1, 2, 3]);
    expect(() => createAnalyzer({ model, tagger: false })).toThrow(new RangeError('createAnalyzer: options.model and tagger: false cannot go together (tagger: false is the rules alone)'));
    expect(() => analyze('زار ماكرون بيروت', { model, tagger: false })).toThrow(/analyze: options\.model and tagger: false cannot go together/);
    expect(analyze('زار ماكرون بيروت', { tagger: false, model: undefined }).entities.map((e) => e.text)).toEqual(['ماكرون', 'بيروت']);
    // The same with the tagger disabled by name: the model was read, checked and then not used.
    const trained = trainTagger([{ text: 'قال المدرب سامر القباني إن الفريق جاهز', entities: [{ start: 11, end: 22, type: 'PER' }] }], { epochs: 1 });
    expect(() => createAnalyzer({ model: trained, disable: ['tagger'] })).toThrow(new RangeError("createAnalyzer: options.model and disable: ['tagger'] cannot go together (the model would not be used)"));
    expect(createAnalyzer({ model: trained, disable: ['propagation'] }).components).toContain('tagger');
  });
});
