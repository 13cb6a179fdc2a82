import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { analyze, createAnalyzer, extractEntities, trainTagger } from '../src/index.js';
import { MAX_TAGGER_TOKENS } from '../src/ner/tagger/component.js';
import { taggedSpans, taggerDocument } from '../src/ner/tagger/document.js';
import { T } from '../src/ner/tagger/features.js';
import { mix } from '../src/ner/tagger/hash.js';
import { TaggerModel } from '../src/ner/tagger/model.js';
import { begin, TAG_COUNT } from '../src/ner/tagger/tags.js';

interface Gold {
  id: string;
  text: string;
  entities: { start: number; end: number; type: string; text: string }[];
}

// Sentences written for this file (no corpus text), each annotated by ANNOTATION.md: titles and
// descriptors outside, head nouns inside, institution + nationality as one ORG, proclitics outside.
const REGRESSION: Gold[] = readFileSync(fileURLToPath(new URL('./data/tagger-regression.jsonl', import.meta.url)), 'utf8')
  .split('\n')
  .filter(Boolean)
  .map((l) => JSON.parse(l));

const spans = (list: readonly { text: string; type: string }[]) => list.map((e) => [e.type, e.text]);

describe('rules + tagger keep what the rules get right (tests/data/tagger-regression.jsonl)', () => {
  const rules = createAnalyzer({ tagger: false });
  const combined = createAnalyzer();
  for (const g of REGRESSION) {
    it(`${g.id}: ${g.text.slice(0, 40)}…`, () => {
      const want = spans(g.entities);
      expect(spans(rules.extractEntities(g.text)), 'the rules alone').toEqual(want);
      expect(spans(combined.extractEntities(g.text)), 'rules + tagger').toEqual(want);
    });
  }
});

describe('the tagger in the analyzer', () => {
  it('finds a person whose words no list knows, with rule: tagger', () => {
    const found = extractEntities('وقال المدرب البرازيلي ليوناردو جارديم إن فريقه سيلعب بطريقة هجومية في المباراة المقبلة .');
    const per = found.find((e) => e.type === 'PER');
    expect(per?.text).toBe('ليوناردو جارديم');
    expect(createAnalyzer({ tagger: false }).extractEntities('وقال المدرب البرازيلي ليوناردو جارديم إن فريقه سيلعب بطريقة هجومية .').some((e) => e.rule === 'tagger')).toBe(false);
  });

  it('analyze and createAnalyzer() use the built-in model; { tagger: false } is the rules alone', () => {
    const text = 'وأكد المهندس سامر القباني أن المشروع سينتهي قريبا .';
    expect(analyze(text).entities.map((e) => e.rule)).toEqual(createAnalyzer().analyze(text).entities.map((e) => e.rule));
    expect(analyze(text, { tagger: false }).entities.every((e) => e.rule !== 'tagger')).toBe(true);
  });

  it("loads a model file as docs/MODEL.md shows, straight from fs.readFileSync (a Node Buffer): the shipped model's file finds what the built-in model finds", () => {
    // A Buffer is a view into a larger memory; reading the bitmap of one used to throw a RangeError
    // (or, for a file whose length is a multiple of 4, read the wrong bytes).
    const file = readFileSync(fileURLToPath(new URL('../data/model/tagger.bin', import.meta.url)));
    const text = readFileSync(fileURLToPath(new URL('../fixtures/000_496c174df8b04b51.txt', import.meta.url)), 'utf8');
    const fromFile = createAnalyzer({ model: file }).extractEntities(text);
    expect(fromFile.length).toBeGreaterThan(10);
    expect(fromFile).toEqual(extractEntities(text));
  });

  it("loads a model file's bytes made in another realm (a vm context, a test runner's sandbox, an iframe), where instanceof Uint8Array is false", () => {
    // Jest's node environment runs the code under test in a vm context: readFileSync's Buffer there
    // comes from the outer realm, and the model option said "got object".
    const file = readFileSync(fileURLToPath(new URL('../data/model/tagger.bin', import.meta.url)));
    const foreign = runInNewContext('(b) => { const u = new Uint8Array(b.length); for (let i = 0; i < b.length; i++) u[i] = b[i]; return u; }')(file) as Uint8Array;
    expect(foreign instanceof Uint8Array).toBe(false);
    const text = 'التقى الرئيس السوري بشار الأسد في دمشق وزير الخارجية العراقي إبراهيم الجعفري.';
    expect(createAnalyzer({ model: foreign }).extractEntities(text)).toEqual(extractEntities(text));
    // Another realm's Uint8ClampedArray or ArrayBuffer is still not a model's bytes.
    expect(() => createAnalyzer({ model: runInNewContext('new Uint8ClampedArray(16)') as Uint8Array })).toThrow(TypeError);
  });

  it('names what to pass when the model is an ArrayBuffer (fetch(…).arrayBuffer()) or another view of bytes', () => {
    const file = readFileSync(fileURLToPath(new URL('../data/model/tagger.bin', import.meta.url)));
    const buffer = file.buffer.slice(file.byteOffset, file.byteOffset + file.length);
    expect(() => createAnalyzer({ model: buffer as unknown as Uint8Array })).toThrow(
      'createAnalyzer: expected options.model to be the bytes of a model file (a Uint8Array), got an ArrayBuffer: pass new Uint8Array(arrayBuffer)',
    );
    expect(() => analyze('في دمشق', { model: new DataView(buffer) as unknown as Uint8Array })).toThrow(
      'analyze: expected options.model to be the bytes of a model file (a Uint8Array), got a DataView: pass new Uint8Array(view.buffer, view.byteOffset, view.byteLength)',
    );
    expect(() => createAnalyzer({ model: [...file] as unknown as Uint8Array })).toThrow(/got an array: pass Uint8Array\.from\(array\)/);
    // The message's advice works.
    expect(createAnalyzer({ model: new Uint8Array(buffer) }).extractEntities('التقى بشار الأسد في دمشق').map((e) => e.text)).toEqual(['بشار الأسد', 'دمشق']);
  });

  it('loads a model from its bytes, and names a bad model or option', () => {
    const bytes = trainTagger(
      [
        { text: 'قال المدرب سامر القباني إن الفريق جاهز', entities: [{ start: 11, end: 22, type: 'PER' }] },
        { text: 'قال المدرب كنان الدباغ إن الفريق جاهز', entities: [{ start: 11, end: 22, type: 'PER' }] },
      ],
      { epochs: 3 },
    );
    const mine = createAnalyzer({ model: bytes });
    expect(mine.extractEntities('قال المدرب رامي الخياط إن الفريق جاهز').map((e) => [e.text, e.type])).toContainEqual(['رامي الخياط', 'PER']);
    expect(() => createAnalyzer({ model: new Uint8Array([1, 2, 3, 4]) })).toThrow(RangeError);
    expect(() => createAnalyzer({ model: 'model.bin' as unknown as Uint8Array })).toThrow(/options\.model/);
    expect(() => analyze('نص', { tagger: 'no' as unknown as boolean })).toThrow(/options\.tagger/);
  });

  it('trains with passive-aggressive steps by default, the perceptron on request, and names a bad update', () => {
    const docs = [
      { text: 'قال المدرب سامر القباني إن الفريق جاهز', entities: [{ start: 11, end: 22, type: 'PER' }] },
      { text: 'وسافر كنان الدباغ إلى حلب أمس', entities: [{ start: 6, end: 17, type: 'PER' }, { start: 22, end: 25, type: 'LOC' }] },
    ];
    const byDefault = trainTagger(docs, { epochs: 3 });
    const passiveAggressive = trainTagger(docs, { epochs: 3, update: 'passive-aggressive' });
    const perceptron = trainTagger(docs, { epochs: 3, update: 'perceptron' });
    expect(byDefault).toEqual(passiveAggressive);
    expect(perceptron).not.toEqual(passiveAggressive);
    for (const model of [passiveAggressive, perceptron]) {
      const people = createAnalyzer({ model }).extractEntities('قال المدرب رامي الخياط إن الفريق جاهز').filter((e) => e.type === 'PER');
      expect(people.map((e) => e.text)).toContain('رامي الخياط');
    }
    expect(() => trainTagger(docs, { update: 'crf' as unknown as 'perceptron' })).toThrow(/options\.update must be 'passive-aggressive' or 'perceptron', not "crf"/);
    expect(() => trainTagger(docs, { update: 'crf' as unknown as 'perceptron' })).toThrow(RangeError);
  });

  it('refuses options and data that would give a model without a weight, or the wrong epoch, instead of training on them', () => {
    const docs = [{ text: 'قال المدرب سامر القباني إن الفريق جاهز', entities: [{ start: 11, end: 22, type: 'PER' }] }];
    // Each of these trained before, without a word: 0, -1 and NaN epochs, or prune 1000, gave an
    // empty model; an empty dev set kept the first epoch; a typo of a key was ignored.
    expect(() => trainTagger([])).toThrow(new RangeError('trainTagger: no documents to train on'));
    expect(() => trainTagger(docs, { dev: [] })).toThrow(/trainTagger: options\.dev has no documents/);
    for (const epochs of [0, -1, 1.5, Number.NaN, Number.POSITIVE_INFINITY]) {
      expect(() => trainTagger(docs, { epochs })).toThrow(new RangeError(`trainTagger: options.epochs must be a whole number from 1 to 1000000, not ${epochs}`));
    }
    expect(() => trainTagger(docs, { epochs: '3' as never })).toThrow(new TypeError('trainTagger: expected options.epochs to be a number, got string'));
    expect(() => trainTagger(docs, { prune: 1000 })).toThrow(/options\.prune must be a whole number from 0 to 127, not 1000/);
    expect(() => trainTagger(docs, { seed: -1 })).toThrow(/options\.seed must be a whole number from 0 to 4294967295/);
    expect(() => trainTagger(docs, { epoch: 3 } as never)).toThrow(new RangeError('trainTagger: unknown option "epoch" (expected dev, epochs, seed, prune, update, onEpoch)'));
    expect(() => trainTagger(docs, { onEpoch: 5 } as never)).toThrow(/trainTagger: expected options\.onEpoch to be a function/);
    expect(() => trainTagger(docs, null as never)).toThrow(/trainTagger: expected options to be an object/);
    expect(trainTagger(docs, { epochs: 1, seed: undefined })).toBeInstanceOf(Uint8Array);
  });
});

describe('the tagger never runs away', () => {
  it('proposes no name of a page of abbreviations, and none longer than MAX_TAGGER_TOKENS', () => {
    const page = 'د.'.repeat(1000);
    const entities = extractEntities(page);
    expect(entities.filter((e) => e.rule === 'tagger')).toEqual([]);
    const news = 'وقاد دي ماريا هجمات الفريق. ' + 'قال '.repeat(40) + 'إن الفريق جاهز';
    for (const e of extractEntities(news)) expect(e.tokenEnd - e.tokenStart).toBeLessThanOrEqual(MAX_TAGGER_TOKENS);
    expect(extractEntities(news).map((e) => e.text)).toContain('دي ماريا');
  });
});

describe("the tagger's spans keep the guide's edges, whatever the model says", () => {
  // A model whose only weight is on the bias feature: every token gets the same tag, so what comes
  // out is what taggedSpans lets through, independent of any trained weights.
  const everywhere = (tag: number) => {
    const weights = new Int8Array(TAG_COUNT);
    weights[tag] = 100;
    return new TaggerModel(20, Uint32Array.of(mix(T.BIAS, 0) & 0xfffff), weights, 1, new Float32Array((TAG_COUNT + 1) * TAG_COUNT));
  };
  const found = (model: TaggerModel, text: string) => {
    const td = taggerDocument(text, 20);
    return taggedSpans(model, td).map((s) => [s.type, text.slice(s.start, s.end)]);
  };

  it('a word written with tanween is no edge of a name (قال ترامب هاتفياً)', () => {
    expect(found(everywhere(begin('PER')), 'قال ترامب هاتفياً')).toEqual([['PER', 'ترامب']]);
    expect(found(everywhere(begin('PER') + 1), 'زار جداً')).toEqual([]);
  });

  it('a title before a person is outside, and a title alone is no person', () => {
    expect(found(everywhere(begin('PER') + 1), 'المهندس سامر القباني')).toEqual([['PER', 'سامر القباني']]);
    expect(found(everywhere(begin('PER')), 'قال المهندس')).toEqual([]);
  });

  it('a place or organisation the rules have no part of is kept only if each of its words scores its own tag highest', () => {
    // Every word scores B-ORG 100 (and I-ORG `inside`); the transitions make one span of the whole line.
    const chained = (inside: number) => {
      const weights = new Int8Array(TAG_COUNT);
      weights[begin('ORG')] = 100;
      weights[begin('ORG') + 1] = inside;
      const transitions = new Float32Array((TAG_COUNT + 1) * TAG_COUNT);
      transitions[begin('ORG') * TAG_COUNT + begin('ORG') + 1] = 1000;
      transitions[(begin('ORG') + 1) * TAG_COUNT + begin('ORG') + 1] = 1000;
      return new TaggerModel(20, Uint32Array.of(mix(T.BIAS, 0) & 0xfffff), weights, 1, transitions);
    };
    const text = 'زار الوفد المنطقة الشمالية';
    expect(found(chained(0), text)).toEqual([]);
    expect(found(chained(100), text)).toEqual([['ORG', text]]);
  });

  it('a person does not run across punctuation (two mentions around a colon are two names)', () => {
    expect(found(everywhere(begin('PER') + 1), 'سامر القباني : كنان الدباغ')).toEqual([
      ['PER', 'سامر القباني'],
      ['PER', 'كنان الدباغ'],
    ]);
  });

  it('one definite or plural word is a group of people, not a person, unless it is a known name', () => {
    expect(found(everywhere(begin('PER')), 'وصل المزارعون')).toEqual([]);
    expect(found(everywhere(begin('PER')), 'وصل الصحفيين')).toEqual([]);
    expect(found(everywhere(begin('PER')), 'وصل سامر')).toEqual([['PER', 'سامر']]);
  });

  it("a model that reads O everywhere strikes out the rules' guesses from a cue, never the guide's spans or a gazetteer name", () => {
    const text = 'أكد المهندس سامر أن الحكومة العراقية ستفتح مكتبا في بغداد .';
    const rules = createAnalyzer({ tagger: false }).extractEntities(text);
    expect(rules.map((e) => [e.type, e.text, e.rule])).toEqual([
      ['PER', 'سامر', 'titles'],
      ['ORG', 'الحكومة العراقية', 'institutions'],
      ['LOC', 'بغداد', 'gazetteer'],
    ]);
    const outside = createAnalyzer({ model: everywhere(0).toBytes() }).extractEntities(text);
    expect(outside.map((e) => [e.type, e.text])).toEqual([
      ['ORG', 'الحكومة العراقية'],
      ['LOC', 'بغداد'],
    ]);
  });

  it("a guess of the people rules that no span of the model's touches is struck out, though the model did not read O there; a gazetteer person stays", () => {
    // O 50 everywhere; where the rules read B-PER, I-LOC 60 besides: I-LOC scores highest there, so
    // the model does not read O at every word (outsideSpans), yet no tag sequence makes a span of it.
    const buckets = [mix(T.BIAS, 0) & 0xfffff, mix(T.RULE, begin('PER')) & 0xfffff];
    const rows = buckets[0]! < buckets[1]! ? [0, 1] : [1, 0];
    const weights = new Int8Array(2 * TAG_COUNT);
    weights[rows[0]! * TAG_COUNT] = 50;
    weights[rows[1]! * TAG_COUNT + begin('LOC') + 1] = 60;
    const model = new TaggerModel(20, Uint32Array.from([...buckets].sort((a, b) => a - b)), weights, 1, new Float32Array((TAG_COUNT + 1) * TAG_COUNT));
    const text = 'أكد المهندس سامر أن الرئيس بشار الأسد سيزور بغداد .';
    expect(createAnalyzer({ tagger: false }).extractEntities(text).map((e) => [e.type, e.text, e.rule])).toEqual([
      ['PER', 'سامر', 'titles'],
      ['PER', 'بشار الأسد', 'gazetteer'],
      ['LOC', 'بغداد', 'gazetteer'],
    ]);
    expect(createAnalyzer({ model: model.toBytes() }).extractEntities(text).map((e) => [e.type, e.text])).toEqual([
      ['PER', 'بشار الأسد'],
      ['LOC', 'بغداد'],
    ]);
  });

  it("a gazetteer place whose very tokens the model reads as an organisation is the club; a span that only covers part of it is not", () => {
    // O everywhere, except B-ORG on a token the rules tagged B-LOC: the model reads the rules' place as an organisation.
    const weights = new Int8Array(2 * TAG_COUNT);
    const buckets = [mix(T.BIAS, 0) & 0xfffff, mix(T.RULE, begin('LOC')) & 0xfffff];
    const rows = buckets[0]! < buckets[1]! ? [0, 1] : [1, 0];
    weights[rows[0]! * TAG_COUNT] = 50;
    weights[rows[1]! * TAG_COUNT + begin('ORG')] = 100;
    const clubs = createAnalyzer({ model: new TaggerModel(20, Uint32Array.from([...buckets].sort((a, b) => a - b)), weights, 1, new Float32Array((TAG_COUNT + 1) * TAG_COUNT)).toBytes() });
    const text = 'وواصل ليفربول محاولاته حتى تعادل في الدقيقة 69';
    expect(createAnalyzer({ tagger: false }).extractEntities(text).map((e) => [e.type, e.text, e.rule])).toEqual([['LOC', 'ليفربول', 'gazetteer']]);
    expect(clubs.extractEntities(text).map((e) => [e.type, e.text, e.rule])).toEqual([['ORG', 'ليفربول', 'tagger']]);
    // The model's ORG covers الولايات alone: the gazetteer's place of two words stays.
    expect(clubs.extractEntities('وقالت الولايات المتحدة إنها سترد').map((e) => [e.type, e.text])).toEqual([['LOC', 'الولايات المتحدة']]);
  });

  it('a lone common word is not a name unless the rules found it (كان الطقس حسن)', () => {
    expect(found(everywhere(begin('PER')), 'كان الطقس حسن اليوم')).toEqual([]);
    expect(found(everywhere(begin('LOC')), 'المدينة')).toEqual([]);
  });
});

describe("the tagger's spans: a gloss's language is no entity (ANNOTATION.md: languages are not entities)", () => {
  it('drops الأمازيغية and الكردية read through بال before the colon of a gloss, keeps the place glossed', () => {
    // Wikipedia's (بالأمازيغية: …): the model read both languages as places.
    const text = 'مدينة تطوان (بالأمازيغية: ⵜⵉⵟⵟⴰⵡⵉⵏ) هي مدينة مغربية، وأربيل (بالكردية: Hewlêr؛ بالأمازيغية: x) مدينة عراقية.';
    const found = extractEntities(text).map((e) => `${e.type} ${e.text}`);
    expect(found).toEqual(['LOC تطوان', 'LOC أربيل']);
  });
});

describe("the tagger's people end before a word no name has (data/lexicon/never-people.tsv, 'anywhere')", () => {
  it('مطار الملك خالد الدولي: the person is خالد, not خالد الدولي ("international")', () => {
    // Before `named-after`, which then makes the airport one place with the person inside.
    const tagged = createAnalyzer({ disable: ['named-after'] });
    const people = (text: string) => tagged.extractEntities(text).filter((e) => e.type === 'PER').map((e) => e.text);
    expect(people('وصل الوفد إلى مطار الملك خالد الدولي في الرياض.')).toEqual(['خالد']);
    expect(people('وهبطت الطائرة في مطار الملكة علياء الدولي في عمان.')).toEqual(['علياء']);
    expect(extractEntities('وصل الوفد إلى مطار الملك خالد الدولي في الرياض.').map((e) => `${e.type} ${e.text}`)).toEqual(['LOC مطار الملك خالد الدولي', 'LOC الرياض']);
    // An organisation keeps the word: البنك الدولي is its name.
    expect(extractEntities('قال البنك الدولي إن النمو تباطأ.').map((e) => `${e.type} ${e.text}`)).toEqual(['ORG البنك الدولي']);
  });
});
