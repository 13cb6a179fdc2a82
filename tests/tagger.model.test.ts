import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { EntityType } from '../src/gazetteer/index.js';
import { crc32 } from '../src/ner/tagger/crc32.js';
import { taggedSpans, taggerDocument, tokenRange } from '../src/ner/tagger/document.js';
import { CONTEXT_MAX, contextFeatures, endsWithTanween, FEATURE_GROUP, FLAG, shape, T } from '../src/ner/tagger/features.js';
import { mix } from '../src/ner/tagger/hash.js';
import { TaggerModel } from '../src/ner/tagger/model.js';
import { allowed, begin, spansOf, TAG_COUNT, TAGS, Tags } from '../src/ner/tagger/tags.js';
import { trainPerceptron, type TrainingExample } from '../src/ner/tagger/train.js';
import { viterbi, viterbiMoves } from '../src/ner/tagger/viterbi.js';

/** `زار [PER سامر القباني] مدينة [LOC حلب]` → the text without brackets and its spans. */
function marked(s: string): { text: string; entities: { start: number; end: number; type: EntityType }[] } {
  let text = '';
  const entities: { start: number; end: number; type: EntityType }[] = [];
  const re = /\[(PER|LOC|ORG) ([^\]]+)\]/g;
  let last = 0;
  for (let m = re.exec(s); m; m = re.exec(s)) {
    text += s.slice(last, m.index);
    entities.push({ start: text.length, end: text.length + m[2]!.length, type: m[1] as EntityType });
    text += m[2];
    last = m.index + m[0].length;
  }
  return { text: text + s.slice(last), entities };
}

// Invented sentences with invented names: a pattern the tagger must learn from context
// (a name of unknown words after قال المدرب, a club after لاعب نادي).
const FIRST = ['سامر', 'كنان', 'وسيم', 'رامي', 'نزار', 'هادي'];
const LAST = ['القباني', 'الدباغ', 'الحلاق', 'النجار', 'الصباغ', 'الخياط'];
const CLUBS = ['الوثبة', 'الطليعة', 'الجيش', 'الكرامة'];
const TRAIN = FIRST.flatMap((f, i) => [
  `قال المدرب [PER ${f} ${LAST[i]}] إن لاعبي نادي [ORG ${CLUBS[i % 4]}] جاهزون للمباراة في [LOC حلب] .`,
  `وأكد [PER ${f} ${LAST[(i + 1) % 6]}] أن الفريق سافر إلى [LOC دمشق] أمس .`,
  `وزار [PER ${f} ${LAST[(i + 2) % 6]}] [LOC حمص] و[LOC دمشق] و[LOC حلب] .`,
]);

function examples(lines: readonly string[], bits = 18): TrainingExample[] {
  return lines.map((line) => {
    const { text, entities } = marked(line);
    const td = taggerDocument(text, bits);
    const gold = new Uint8Array(td.doc.length);
    for (const e of entities) {
      const r = tokenRange(td.doc, e.start, e.end);
      gold[r.tokenStart] = begin(e.type);
      for (let k = r.tokenStart + 1; k < r.tokenEnd; k++) gold[k] = begin(e.type) + 1;
    }
    return { features: td.features, gold };
  });
}

describe('tagger: BIO tags and Viterbi', () => {
  it('counts its tags once: the literal the hot loops read is the number of BIO tags (O, B-/I- of PER, LOC, ORG)', () => {
    expect(TAGS).toEqual(['O', 'B-PER', 'I-PER', 'B-LOC', 'I-LOC', 'B-ORG', 'I-ORG']);
    expect(Tags.COUNT).toBe(TAGS.length);
    expect(TAG_COUNT).toBe(Tags.COUNT);
  });

  it('an I- tag only continues its own type', () => {
    expect(allowed(0, 2)).toBe(false); // O → I-PER
    expect(allowed(1, 2)).toBe(true); // B-PER → I-PER
    expect(allowed(2, 4)).toBe(false); // I-PER → I-LOC
    expect(spansOf([0, 1, 2, 0, 3, 5, 6])).toEqual([
      { type: 'PER', tokenStart: 1, tokenEnd: 3 },
      { type: 'LOC', tokenStart: 4, tokenEnd: 5 },
      { type: 'ORG', tokenStart: 5, tokenEnd: 7 },
    ]);
  });

  it('Viterbi never outputs a sequence BIO forbids, whatever the scores', () => {
    fc.assert(
      fc.property(fc.array(fc.float({ min: -100, max: 100, noNaN: true }), { minLength: TAG_COUNT, maxLength: TAG_COUNT * 12 }), (raw) => {
        const n = Math.floor(raw.length / TAG_COUNT);
        const out = new Uint8Array(n);
        viterbi(Float32Array.from(raw), n, new Float32Array((TAG_COUNT + 1) * TAG_COUNT), out);
        for (let i = 0; i < n; i++) expect(allowed(i === 0 ? 0 : out[i - 1]!, out[i]!)).toBe(true);
      }),
    );
  });

  it('Viterbi gives the tags of the textbook recursion over the allowed moves, ties to the lower tag', () => {
    // Small integers make ties common: the unrolled loop must break them as the plain one does.
    const scores = (min: number, max: number) => fc.array(fc.integer({ min: -4, max: 4 }), { minLength: min, maxLength: max });
    fc.assert(
      fc.property(scores(TAG_COUNT, TAG_COUNT * 10), scores((TAG_COUNT + 1) * TAG_COUNT, (TAG_COUNT + 1) * TAG_COUNT), (raw, moves) => {
        const n = Math.floor(raw.length / TAG_COUNT);
        const emissions = Float32Array.from(raw.slice(0, n * TAG_COUNT));
        const transitions = Float32Array.from(moves);
        const out = new Uint8Array(n);
        viterbi(emissions, n, transitions, out);
        expect([...out]).toEqual(textbookViterbi(emissions, n, transitions));
      }),
    );
  });

  it('Viterbi, when one tag leads by more than the moves can make up, gives the textbook tags too (and with its moves prepared)', () => {
    // Emissions far apart against small transitions: the lead shortcut runs at most tokens; near
    // ties (scores a few transitions apart) it must step aside. Both with and without the moves
    // prepared once (`viterbiMoves`, as the model does).
    // Small integers too: a lead of exactly the moves' spread is a tie the shortcut must leave alone.
    const emission = fc.oneof(fc.integer({ min: -8, max: 8 }), fc.integer({ min: -60, max: 60 }), fc.double({ min: -1e4, max: 1e4, noNaN: true }));
    const move = fc.oneof(fc.integer({ min: -2, max: 2 }), fc.double({ min: -5, max: 5, noNaN: true }));
    fc.assert(
      fc.property(fc.array(emission, { minLength: TAG_COUNT, maxLength: TAG_COUNT * 40 }), fc.array(move, { minLength: (TAG_COUNT + 1) * TAG_COUNT, maxLength: (TAG_COUNT + 1) * TAG_COUNT }), (raw, moves) => {
        const n = Math.floor(raw.length / TAG_COUNT);
        const emissions = Float32Array.from(raw.slice(0, n * TAG_COUNT));
        const transitions = Float32Array.from(moves);
        const want = textbookViterbi(emissions, n, transitions);
        const out = new Uint8Array(n);
        viterbi(emissions, n, transitions, out);
        expect([...out]).toEqual(want);
        out.fill(0);
        viterbi(emissions, n, transitions, out, viterbiMoves(transitions));
        expect([...out]).toEqual(want);
      }),
      { numRuns: 2000 },
    );
  });
});

describe('Viterbi with a lead of exactly the moves\' spread', () => {
  it('leaves the tie to the comparisons: the lower tag wins it', () => {
    // Token 0: B-PER 2 ahead of O (the others far below); O after O scores 2 more than after B-PER,
    // the widest spread of a move. Before token 1's O both come to 2: the tie goes to O.
    const low = -1000;
    const emissions = Float32Array.of(0, 2, low, low, low, low, low, 50, 0, low, 0, low, 0, low);
    const transitions = new Float32Array((TAG_COUNT + 1) * TAG_COUNT);
    transitions[0] = 2; // O → O
    const out = new Uint8Array(2);
    viterbi(emissions, 2, transitions, out);
    expect([...out]).toEqual([0, 0]);
    expect([...out]).toEqual(textbookViterbi(emissions, 2, transitions));
  });
});

// The back-pointers are one byte a token (the tag before O and the B- when one tag led, and the
// I- bits) and four more for a token where none led (viterbi.ts). A document too long for the
// shared work space gets buffers of its own; the shared ones grow, and a shorter document after a
// longer one reads only its own tokens' bytes.
describe('Viterbi\'s back-pointers', () => {
  const tags = (n: number, seed: number) => {
    // Emissions close together (no tag leads: the slow pointers) in stretches, far apart elsewhere.
    let x = seed;
    const next = () => ((x = (Math.imul(x, 1103515245) + 12345) >>> 0) / 2 ** 32);
    return Float32Array.from({ length: n * TAG_COUNT }, (_, k) => (((k / TAG_COUNT) >> 5) % 3 === 0 ? Math.round(next() * 6) : Math.round(next() * 80 - 40)));
  };
  const transitions = Float32Array.from({ length: (TAG_COUNT + 1) * TAG_COUNT }, (_, k) => ((k * 7) % 5) - 2);
  it('give the textbook tags in a document of 160,000 tokens, then in shorter and longer ones', () => {
    for (const [n, seed] of [[160_000, 1], [3, 2], [2_000, 3], [700, 4], [5_000, 5]] as const) {
      const emissions = tags(n, seed);
      const out = new Uint8Array(n);
      viterbi(emissions, n, transitions, out);
      expect([...out]).toEqual(textbookViterbi(emissions, n, transitions));
    }
  });
});

/** Viterbi written plainly: every allowed previous tag in increasing order, the first best kept. */
function textbookViterbi(emissions: Float32Array, n: number, transitions: Float32Array): number[] {
  const NT = TAG_COUNT;
  const forbidden = -1e30;
  let prev = Array.from({ length: NT }, (_, t) => (allowed(0, t) ? emissions[t]! + transitions[NT * NT + t]! : forbidden));
  const back: number[][] = [];
  for (let i = 1; i < n; i++) {
    const cur: number[] = [];
    const from: number[] = [];
    for (let t = 0; t < NT; t++) {
      let best = -Infinity;
      let arg = 0;
      for (let p = 0; p < NT; p++) {
        if (!allowed(p, t)) continue;
        const s = prev[p]! + transitions[p * NT + t]!;
        if (s > best) {
          best = s;
          arg = p;
        }
      }
      cur.push(best + emissions[i * NT + t]!);
      from.push(arg);
    }
    prev = cur;
    back.push(from);
  }
  let arg = 0;
  for (let t = 1; t < NT; t++) if (prev[t]! > prev[arg]!) arg = t;
  const tags = new Array<number>(n);
  for (let i = n - 1; i >= 0; i--) {
    tags[i] = arg;
    if (i > 0) arg = back[i - 1]![arg]!;
  }
  return tags;
}

describe('tagger: training and the model file', () => {
  const model = trainPerceptron(examples(TRAIN), { epochs: 8, seed: 7, bits: 18 });

  it('learns names of unknown words from their context', () => {
    const td = taggerDocument('قال المدرب جهاد الشماع إن لاعبي نادي الوثبة جاهزون للمباراة .', 18);
    const spans = taggedSpans(model, td).map((s) => [td.text.slice(s.start, s.end), s.type]);
    expect(spans).toContainEqual(['جهاد الشماع', 'PER']);
    expect(spans).toContainEqual(['الوثبة', 'ORG']);
  });

  it('leaves a proclitic outside the span it writes (ANNOTATION.md)', () => {
    const td = taggerDocument('وأكد رامي الخياط أن الفريق سافر إلى حلب ودمشق أمس .', 18);
    const texts = taggedSpans(model, td).map((s) => td.text.slice(s.start, s.end));
    expect(texts).toEqual(['رامي الخياط', 'حلب', 'دمشق']);
  });

  it('is deterministic: the same data and seed give the same bytes', () => {
    const again = trainPerceptron(examples(TRAIN), { epochs: 8, seed: 7, bits: 18 });
    expect(again.toBytes()).toEqual(model.toBytes());
  });

  it('with passive-aggressive steps (the built-in model\'s learner) learns the same names, deterministically', () => {
    const pa = trainPerceptron(examples(TRAIN), { epochs: 8, seed: 7, bits: 18, update: 'passive-aggressive' });
    const td = taggerDocument('قال المدرب جهاد الشماع إن لاعبي نادي الوثبة جاهزون للمباراة .', 18);
    const spans = taggedSpans(pa, td).map((s) => [td.text.slice(s.start, s.end), s.type]);
    expect(spans).toContainEqual(['جهاد الشماع', 'PER']);
    expect(spans).toContainEqual(['الوثبة', 'ORG']);
    const again = trainPerceptron(examples(TRAIN), { epochs: 8, seed: 7, bits: 18, update: 'passive-aggressive' });
    expect(again.toBytes()).toEqual(pa.toBytes());
    expect(pa.toBytes()).not.toEqual(model.toBytes());
  });

  it('marks each feature with the evidence it reads, for feature dropout', () => {
    const td = taggerDocument('قال المدرب محمد الشماع إن لاعبي نادي الوثبة جاهزون .', 18);
    const { feats, offsets, groups } = td.features;
    expect(groups).toBeDefined();
    expect(groups!.length).toBe(feats.length);
    const mask = (1 << 18) - 1;
    const at = 2; // محمد: a given name
    expect(td.input.flags[at]! & FLAG.GIVEN).not.toBe(0);
    const groupOf = (hash: number) => {
      const ks: number[] = [];
      for (let k = offsets[at]!; k < offsets[at + 1]!; k++) if (feats[k] === (hash & mask)) ks.push(groups![k]!);
      return ks;
    };
    expect(groupOf(mix(T.FLAG, 0))).toContain(FEATURE_GROUP.LISTS); // its own GIVEN bit
    expect(groupOf(mix(T.RULE, td.input.rules[at]!))).toEqual([FEATURE_GROUP.RULES]);
    expect(groupOf(mix(T.RULE + 2, td.input.rules[at + 2]!))).toEqual([FEATURE_GROUP.RULES]);
    expect(groupOf(mix(T.BIAS, 0))).toEqual([FEATURE_GROUP.OTHER]);
    const counts = [0, 0, 0, 0, 0];
    for (let k = offsets[at]!; k < offsets[at + 1]!; k++) counts[groups![k]!]!++;
    expect(counts[FEATURE_GROUP.WORD]).toBe(4); // key, stem, the two bigrams
    expect(counts[FEATURE_GROUP.RULES]).toBe(9); // RULE, ±1, pair, with the word, ±2, DOC, DOC_RULE
  });

  it('with feature dropout still learns names from their context, deterministically', () => {
    const options = { epochs: 8, seed: 7, bits: 18, update: 'passive-aggressive', dropout: { lists: 0.3, rules: 0.3, word: 0.3 } } as const;
    const dropped = trainPerceptron(examples(TRAIN), options);
    const td = taggerDocument('قال المدرب جهاد الشماع إن لاعبي نادي الوثبة جاهزون للمباراة .', 18);
    const spans = taggedSpans(dropped, td).map((s) => [td.text.slice(s.start, s.end), s.type]);
    expect(spans).toContainEqual(['جهاد الشماع', 'PER']);
    expect(trainPerceptron(examples(TRAIN), options).toBytes()).toEqual(dropped.toBytes());
    const plain = trainPerceptron(examples(TRAIN), { ...options, dropout: undefined });
    expect(plain.toBytes()).not.toEqual(dropped.toBytes());
    expect(trainPerceptron(examples(TRAIN), { ...options, dropout: { lists: 0 } }).toBytes()).toEqual(plain.toBytes());
    expect(() => trainPerceptron(examples(TRAIN), { ...options, dropout: { rules: 1 } })).toThrow(/dropout\.rules must be a probability/);
  });

  it('reads back what it writes, and tags the same', () => {
    const bytes = model.toBytes();
    const back = TaggerModel.fromBytes(bytes);
    expect(back.features).toBe(model.features);
    const td = taggerDocument('وأكد كنان الحلاق أن الفريق سافر إلى حلب .', 18);
    expect(back.tag(td.features)).toEqual(model.tag(td.features));
  });

  it('writes the buckets as a bitmap with ranks (version 2) up to 20 bits, as varint gaps (version 1) above, and reads both', () => {
    const v2 = model.toBytes();
    expect(v2[4]).toBe(2);
    const back = TaggerModel.fromBytes(v2);
    // A row is the rank of its bucket in the bitmap: the same row for every bucket, none for the others.
    model.buckets.forEach((b, r) => expect(back.row(b)).toBe(r));
    expect(Array.from(back.buckets)).toEqual(Array.from(model.buckets));
    const absent = [0, 1, 2, 3, 5, 8, 13, 2 ** 17 + 1].filter((f) => !model.buckets.includes(f));
    for (const f of absent) expect(back.row(f)).toBe(-1);
    const wide = trainPerceptron(examples(TRAIN), { epochs: 2, seed: 7, bits: 22 });
    const v1 = wide.toBytes();
    expect(v1[4]).toBe(1);
    const wideBack = TaggerModel.fromBytes(v1);
    const td = taggerDocument('وأكد كنان الحلاق أن الفريق سافر إلى حلب .', 22);
    expect(wideBack.tag(td.features)).toEqual(wide.tag(td.features));
    expect(Buffer.compare(Buffer.from(wideBack.toBytes()), Buffer.from(v1))).toBe(0);
    // Gaps whose varints never end (a damaged file read without its checksum) are refused, not looped over.
    const endless = v1.slice();
    endless.fill(0xff, 16 + 4 * 8 * 7, v1.length - 4 - wide.features * 7);
    expect(() => TaggerModel.fromBytes(endless, false)).toThrow(/length does not match/);
  });

  it('reads back a dense model: a narrow hash whose buckets are mostly kept (trainTagger({ bits }))', () => {
    // With 8 bits nearly every bucket holds a weight, so the file is mostly weights and the bitmap
    // is small: the reader must not ask for an index byte per bucket as the gap format has.
    const dense = trainPerceptron(examples(TRAIN, 8), { epochs: 2, seed: 7, bits: 8 });
    expect(dense.features).toBeGreaterThan(2 ** 8 / 2);
    const bytes = dense.toBytes();
    const back = TaggerModel.fromBytes(bytes);
    const td = taggerDocument('وأكد كنان الحلاق أن الفريق سافر إلى حلب .', 8);
    expect(back.tag(td.features)).toEqual(dense.tag(td.features));
    expect(Buffer.compare(Buffer.from(back.toBytes()), Buffer.from(bytes))).toBe(0);
  });

  it('builds its packed rows with its index: row r\'s seven weights two to a word at 4 (r + 1), a zero row first', () => {
    const back = TaggerModel.fromBytes(model.toBytes());
    expect(back.packedRows()).toBeUndefined();
    // The index (and the packed rows) come after 4,096 lookups.
    for (let k = 0; k <= 4096; k++) back.row(k);
    const packed = back.packedRows()!;
    expect(back.rowIndex()).toBeDefined();
    expect(packed.length).toBe(4 * (back.features + 1));
    expect(Array.from(packed.subarray(0, 4))).toEqual([0, 0, 0, 0]);
    const w = back.weights;
    for (let r = 0; r < back.features; r++) {
      const b = r * TAG_COUNT;
      const o = 4 * (r + 1);
      expect([packed[o], packed[o + 1], packed[o + 2], packed[o + 3]]).toEqual([w[b]! + w[b + 1]! * 65536, w[b + 2]! + w[b + 3]! * 65536, w[b + 4]! + w[b + 5]! * 65536, w[b + 6]!]);
    }
  });

  it('reads the weights in place when asked (the built-in model), a copy otherwise', () => {
    const bytes = model.toBytes();
    const copied = TaggerModel.fromBytes(bytes);
    const inPlace = TaggerModel.fromBytes(bytes, true, true);
    const td = taggerDocument('وأكد كنان الحلاق أن الفريق سافر إلى حلب .', 18);
    expect(inPlace.tag(td.features)).toEqual(copied.tag(td.features));
    expect(inPlace.weights.buffer).toBe(bytes.buffer);
    expect(copied.weights.buffer).not.toBe(bytes.buffer);
    expect(Buffer.compare(Buffer.from(inPlace.toBytes()), Buffer.from(bytes))).toBe(0);
  });

  it('reads a model file from a Node Buffer, as fs.readFileSync gives it (a view into a larger memory), as from a copy', () => {
    const bytes = model.toBytes();
    const td = taggerDocument('وأكد كنان الحلاق أن الفريق سافر إلى حلب .', 18);
    // A Buffer's slice() is a view, not a copy: the bitmap was read from the start of the pool.
    for (const pad of [0, 4, 6]) {
      const view = Buffer.concat([Buffer.alloc(pad, 0xa5), Buffer.from(bytes), Buffer.alloc(8, 0x5a)]).subarray(pad, pad + bytes.length);
      const back = TaggerModel.fromBytes(view);
      model.buckets.forEach((b, r) => expect(back.row(b)).toBe(r));
      expect(back.tag(td.features)).toEqual(model.tag(td.features));
      expect(Buffer.compare(Buffer.from(back.toBytes()), Buffer.from(bytes))).toBe(0);
    }
  });

  it('refuses what is not a model file, naming the problem', () => {
    const bytes = model.toBytes();
    expect(() => TaggerModel.fromBytes([1, 2, 3] as unknown as Uint8Array)).toThrow(TypeError);
    expect(() => TaggerModel.fromBytes(new TextEncoder().encode('مرحبا بكم في الملف'))).toThrow(/magic/);
    const damaged = bytes.slice();
    damaged[damaged.length >> 1]! ^= 0x20;
    expect(() => TaggerModel.fromBytes(damaged)).toThrow(/checksum/);
    expect(() => TaggerModel.fromBytes(bytes.subarray(0, 40))).toThrow(RangeError);
  });

  it('CRC-32 is the standard one', () => {
    expect(crc32(new TextEncoder().encode('123456789'))).toBe(0xcbf43926);
  });
});

describe('tagger: the shape of a word', () => {
  it('marks tanween (an indefinite word) and the dual or plural imperfect verb, which are rarely names', () => {
    for (const w of ['هاتفياً', 'هاتفيًا', 'جداً', 'كتابٌ']) expect(endsWithTanween(w), w).toBe(true);
    for (const w of ['ترامب', 'ا', '', 'مصطفى']) expect(endsWithTanween(w), w).toBe(false);
    // A word inside a text, by its offsets (how the recogniser asks it of a token).
    const text = 'قال ترامب هاتفياً اليوم';
    expect(endsWithTanween(text, 10, 17)).toBe(true);
    expect(endsWithTanween(text, 4, 9)).toBe(false);
    expect(shape('word', 'يبحثان', 'يبحثان')).toContain('v');
    expect(shape('word', 'يقولون', 'يقولون')).toContain('v');
    expect(shape('word', 'يوسف', 'يوسف')).not.toContain('v');
    expect(shape('word', 'الجعفري', 'الجعفري')).toBe('wlAy');
    expect(shape('word', 'هاتفيا', 'هاتفياً')).toBe('wln');
  });
});

describe('contextFeatures: what the tagger reads of several tokens at once', () => {
  it('counts the known name words right before and after a token (قال محمد بن سلمان إن)', () => {
    const td = taggerDocument('قال محمد بن سلمان إن الوفد وصل', 20);
    const out = new Uint32Array(CONTEXT_MAX);
    const run = (i: number) => (contextFeatures(td.input, i, out), out[0]);
    expect(run(0)).toBe(mix(T.NAME_RUN, (0 << 4) | 3)); // قال: none before, three name words after, not one itself
    expect(run(2)).toBe(mix(T.NAME_RUN, (1 << 4) | 1 | 256)); // بن: محمد before, سلمان after, a particle itself
    expect(run(4)).toBe(mix(T.NAME_RUN, (3 << 4) | 0)); // إن: three before
    expect(contextFeatures(td.input, 6, out)).toBe(CONTEXT_MAX);
    expect(out[3]).toBe(mix(T.RULE + 2, 15)); // the last token: beyond the edge
  });
});

