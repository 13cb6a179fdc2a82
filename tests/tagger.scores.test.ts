// The tagger's scores without the feature list (scores.ts) must equal the feature list's, bit for
// bit, or the shipped model would tag differently from how it was trained and evaluated.
import fc from 'fast-check';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { builtinTagger } from '../src/ner/tagger/builtin.js';
import { taggerDocument } from '../src/ner/tagger/document.js';
import { ATTR, ATTRS, coarse, featurize, shape, writeAttributes, type Features } from '../src/ner/tagger/features.js';
import { hashString } from '../src/ner/tagger/hash.js';
import type { TaggerModel } from '../src/ner/tagger/model.js';
import { emissions, tagInput } from '../src/ner/tagger/scores.js';
import { FIXTURES, SHARED } from './helpers/cli.js';

/** The scores as `TaggerModel.tag` computes them: the weights of every listed feature, summed. */
function listedEmissions(model: TaggerModel, features: Features): Float32Array {
  const n = features.offsets.length - 1;
  const out = new Float32Array(n * 7);
  for (let i = 0; i < n; i++) {
    const sums = new Int32Array(7);
    for (let k = features.offsets[i]!; k < features.offsets[i + 1]!; k++) {
      const r = model.row(features.feats[k]!);
      if (r >= 0) for (let t = 0; t < 7; t++) sums[t]! += model.weights[r * 7 + t]!;
    }
    for (let t = 0; t < 7; t++) out[i * 7 + t] = sums[t]! * model.scale;
  }
  return out;
}

function expectSame(model: TaggerModel, text: string): void {
  const td = taggerDocument(text, model.bits);
  const listed = listedEmissions(model, td.features);
  expect(emissions(model, td.input)).toEqual(listed);
  // With the document, each spelling keeps its sums: the first call stores them, the second reads them.
  expect(emissions(model, td.input, td.doc)).toEqual(listed);
  expect(emissions(model, td.input, td.doc)).toEqual(listed);
  expect(tagInput(model, td.input, td.doc)).toEqual(model.tag(td.features));
}

describe('tagger scores without the feature list', () => {
  const model = builtinTagger();

  it('equal the listed features on sentences with names, rules spans and line starts', () => {
    for (const text of [
      'التقى الرئيس السوري بشار الأسد في دمشق وزير الخارجية العراقي.',
      'وقال المدرب جهاد الشماع إن لاعبي نادي الوحدة جاهزون.\nبغداد (رويترز) - وصل الوفد إلى بغداد',
      'بشار',
      '',
      'ذهب 3 رجال إلى الأمم المتحدة في نيويورك ، ثم إلى لـ الأمم',
    ]) {
      expectSame(model, text);
    }
  });

  it('equal the listed features on the fixtures, sentence by sentence and whole', () => {
    for (const file of ['000_496c174df8b04b51.txt', '003_c07e43e3ddaf4e87.txt']) {
      const text = readFileSync(join(FIXTURES, file), 'utf8');
      expectSame(model, text);
      for (const line of text.split('\n').slice(0, 40)) expectSame(model, line);
    }
  });

  // A record holds its spelling's sums with one flag set's features folded in (scores.ts,
  // variantFor): the same words again and again, at line starts, inside names and triggers and
  // gazetteer names or not, in one document and from one document to the next, make variants of
  // its records for other flags and find them again.
  it('equal the listed features when the same spellings come with other flags, in one document and across documents', () => {
    const words = ['بغداد', 'وبغداد', 'الرئيس', 'بشار', 'الأسد', 'قال', 'في', 'وزير', 'الخارجية', 'عمان', 'جهاد', 'الشماع', '،', '.', '\n', 'نادي', 'الوحدة'];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...words), { minLength: 1, maxLength: 24 }), (picked) => {
        expectSame(model, picked.join(' ').replace(/ \n /g, '\n'));
      }),
      { numRuns: 150 },
    );
    expectSame(model, 'بغداد\nوصل الوفد إلى بغداد ثم بغداد\nبغداد');
  });

  // pairSums' rows (scores.ts, pairRow) hold the rules' tags before, at and after a token, and those
  // two away when O or beyond an edge; the others are summed apart.
  it('equal the listed features whatever the rules\' tags, at the edges and two away, in documents of one token and more', () => {
    for (const text of ['بشار', 'بشار الأسد', 'قال بشار الأسد', 'وقال المدرب جهاد الشماع إن لاعبي نادي الوحدة جاهزون في بغداد']) {
      const td = taggerDocument(text, model.bits);
      const n = td.input.keys.length;
      // The tags the recogniser writes (O … I-ORG): O most often, as in text.
      const tag = fc.oneof(fc.constant(0), fc.integer({ min: 0, max: 6 }));
      fc.assert(
        fc.property(fc.array(tag, { minLength: n, maxLength: n }), (tags) => {
          const input = { ...td.input, rules: Uint8Array.from(tags) };
          const listed = listedEmissions(model, featurize(input, model.bits));
          expect(emissions(model, input)).toEqual(listed);
          expect(emissions(model, input, td.doc)).toEqual(listed);
        }),
        { numRuns: 60 },
      );
    }
  });

  // Every token's row of sums starts from the rows most tokens read (scores.ts, quietBase: the
  // rules' O from two before to two after, no document facts, no known name word around: NAME_RUN
  // 0); a token with a rule tag or a name word near it adds the difference. Documents of more than
  // one block of 256 tokens (tokenRowsInto), names and rule tags anywhere in them.
  it('equal the listed features with names and rule tags anywhere in documents of several blocks of tokens', () => {
    const words = ['بشار', 'الأسد', 'جهاد', 'الشماع', 'محمد', 'قال', 'في', 'بغداد', 'الرئيس', 'وزير', 'الخارجية', '،', '.'];
    const tag = fc.oneof(fc.constant(0), fc.constant(0), fc.integer({ min: 0, max: 6 }));
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...words), { minLength: 250, maxLength: 560 }), fc.array(tag, { minLength: 64, maxLength: 64 }), (picked, tags) => {
        const td = taggerDocument(picked.join(' '), model.bits);
        const n = td.input.keys.length;
        expect(n).toBeGreaterThan(249);
        // The rules' tags in stretches: O where the drawn tag of the stretch of 16 tokens is O.
        const input = { ...td.input, rules: Uint8Array.from({ length: n }, (_, i) => tags[(i >> 4) % tags.length]! === 0 ? 0 : tags[i % tags.length]!) };
        const listed = listedEmissions(model, featurize(input, model.bits));
        expect(emissions(model, input)).toEqual(listed);
        expect(emissions(model, input, td.doc)).toEqual(listed);
        expect(emissions(model, td.input, td.doc)).toEqual(listedEmissions(model, td.features));
      }),
      { numRuns: 25 },
    );
  });

  // fill reads a token's context word (coarse facts in bits 0–4, a known name word in bit 8) with
  // `& 63` and takes 32 beyond the last token (scores.ts, CO_EDGE): coarse facts never reach bit 5.
  it('read coarse facts below 32 whatever the flags', () => {
    fc.assert(fc.property(fc.integer({ min: 0, max: 0xffffffff }), (f) => coarse(f) >= 0 && coarse(f) < 32));
    expect(coarse(0xffffffff)).toBeLessThan(32);
  });

  // documentFactsInto groups a document's tokens by the number of their stem (scores.ts, stemIdOf),
  // found by the stem's hash: two stems of one hash (FNV-1a) are two groups, whatever the rules' tags.
  it('equal the listed features when two stems of a document have one hash', () => {
    const text = 'رقهرشخ لمششثه قال رقهرشخ و لمششثه';
    const td = taggerDocument(text, model.bits);
    const { stems } = td.input;
    expect(stems[0]).not.toBe(stems[1]);
    expect(hashString(stems[0]!)).toBe(hashString(stems[1]!));
    const n = stems.length;
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 6 }), { minLength: n, maxLength: n }), (tags) => {
        const input = { ...td.input, rules: Uint8Array.from(tags) };
        const listed = listedEmissions(model, featurize(input, model.bits));
        expect(emissions(model, input)).toEqual(listed);
        expect(emissions(model, input, td.doc)).toEqual(listed);
      }),
      { numRuns: 80 },
    );
  });

  it('equal the listed features while the numbered stems grow past 512, 2,048 and 8,192 (scores.ts: stemIdOf)', () => {
    // Words never seen, each twice in its document, once bare and once as و + ال + it (the same
    // stem, another key): the second mention's DOC facts come from the first only through the
    // stems' numbers, which must survive each growing of the table.
    const letters = 'بتثجحخدذرزسشصضطظعغفقكلمنهي';
    let seed = 12345;
    const next = () => (seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) >>> 8;
    const word = () => Array.from({ length: 4 + (next() % 4) }, () => letters[next() % letters.length]).join('');
    for (let d = 0; d < 110; d++) {
      const words = Array.from({ length: 80 }, word);
      const text = `قال ${words.map((w) => `ال${w}`).join(' ')} . وقال ${words.map((w) => `وال${w}`).join(' ')} .`;
      expectSame(model, text);
    }
  });

  const aqmar = join(SHARED, 'corpora', 'aqmar', 'liu2019_dev.jsonl');
  it.skipIf(!existsSync(aqmar))('equal the listed features on 300 AQMAR dev sentences (../shared)', () => {
    const lines = readFileSync(aqmar, 'utf8').split('\n').filter((l) => l.trim());
    for (const line of lines.slice(0, 300)) expectSame(model, (JSON.parse(line) as { text: string }).text);
  });
});

describe('spelling attributes hashed without their strings', () => {
  // The attributes as the feature templates define them: each a string, hashed.
  function reference(text: string, kind: 'word' | 'punct', key: string, stem: string): Uint32Array {
    const a = new Uint32Array(ATTRS);
    a[ATTR.KEY] = hashString(key);
    a[ATTR.STEM] = hashString(stem);
    a[ATTR.PRE2] = hashString(key.slice(0, 2));
    a[ATTR.PRE3] = hashString(key.slice(0, 3));
    a[ATTR.SUF2] = hashString(key.slice(-2));
    a[ATTR.SUF3] = hashString(key.slice(-3));
    a[ATTR.STEM_PRE3] = hashString(stem.slice(0, 3));
    a[ATTR.SUF1] = hashString(key.slice(-1));
    a[ATTR.SHAPE] = hashString(shape(kind, key, text));
    a[ATTR.PROCLITIC] = hashString(key.slice(0, key.length - stem.length));
    a[ATTR.STEM_SUF3] = hashString(stem.replace(/^ال/, '').slice(-3));
    a[ATTR.SKELETON] = hashString([...stem.replace(/^ال/, '').slice(0, 10)].map((c) => ('اوي'.includes(c) ? 'V' : 'C')).join(''));
    return a;
  }
  // Letters that decide the shape (ال، ي، ه، ون، ين، ات، ي/ت/ن…ان) and tanween.
  const letter = fc.constantFrom(...'الويهنتبكسمرًٌٍ');
  const word = fc.array(letter, { maxLength: 9 }).map((l) => l.join(''));

  it('equal the strings\' hashes, whatever the lengths (stems longer than keys too)', () => {
    fc.assert(
      fc.property(word, word, word, fc.constantFrom('word' as const, 'punct' as const), (text, key, stem, kind) => {
        const a = new Uint32Array(ATTRS);
        writeAttributes(a, text, kind, key, stem);
        expect(a).toEqual(reference(text, kind, key, stem));
      }),
      { numRuns: 2000 },
    );
  });

  it('equal them when the stem is the key or the key after a cut (one pass over the key: its prefixes are states of its hash)', () => {
    fc.assert(
      fc.property(word, word, fc.nat(10), fc.constantFrom('word' as const, 'punct' as const), (text, key, cut, kind) => {
        const stem = key.slice(Math.min(cut, key.length));
        const a = new Uint32Array(ATTRS);
        writeAttributes(a, text, kind, key, stem);
        expect(a).toEqual(reference(text, kind, key, stem));
      }),
      { numRuns: 2000 },
    );
  });

  it('equal them on real words: وبالعراق read as العراق, هاتفياً with tanween', () => {
    for (const [text, key, stem] of [['وبالعراق', 'وبالعراق', 'العراق'], ['هاتفياً', 'هاتفيا', 'هاتفيا'], ['يبحثان', 'يبحثان', 'يبحثان'], ['ال', 'ال', 'ال']] as const) {
      const a = new Uint32Array(ATTRS);
      writeAttributes(a, text, 'word', key, stem);
      expect(a).toEqual(reference(text, 'word', key, stem));
    }
  });
});
