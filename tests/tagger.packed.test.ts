// The built-in model ships with its weights packed (src/ner/tagger/packed.ts): one mask byte a
// feature, then the weights that are not zero. Unpacking must give back the model file byte for byte.
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { taggerDocument } from '../src/ner/tagger/document.js';
import { MODEL_HEAD, TaggerModel } from '../src/ner/tagger/model.js';
import { packedTagger, packModel, unpackModel } from '../src/ner/tagger/packed.js';
import { TAG_COUNT } from '../src/ner/tagger/tags.js';

const NT = TAG_COUNT;
/** An int8 weight, zero two times in four as most of a trained model's are. */
const weight = fc.oneof(fc.constant(0), fc.constant(0), fc.integer({ min: -128, max: 127 }));

/** A model of `weights` (a multiple of 7) over distinct buckets below 2^bits, as a model file. */
function modelFile(bits: number, buckets: number[], weights: number[], version1 = false): Uint8Array {
  const sorted = Uint32Array.from([...new Set(buckets)].sort((a, b) => a - b));
  const w = Int8Array.from(weights.slice(0, sorted.length * NT));
  const transitions = new Float32Array((NT + 1) * NT).map((_, i) => (i % 5) - 2);
  return new TaggerModel(version1 ? 22 : bits, sorted, w, 0.03125, transitions).toBytes();
}

describe('packModel / unpackModel', () => {
  it('give back the shipped model file byte for byte, and the model tags the same', () => {
    const file = new Uint8Array(readFileSync('data/model/tagger.bin'));
    const packed = packModel(file);
    expect(packed.length).toBeLessThan(file.length * 0.7); // most of its weights are zero
    // Its buckets are a bitmap of 2^20 bits with ranks in the file (136 KB), gaps here: about a byte a feature.
    const features = new DataView(file.buffer, file.byteOffset).getUint32(12, true);
    expect(file[4]).toBe(2);
    expect(new DataView(packed.buffer).getUint32(4, true)).toBeLessThan(features * 1.05);
    const back = unpackModel(packed);
    expect(Buffer.compare(Buffer.from(back), Buffer.from(file))).toBe(0);
    const td = taggerDocument('وصل الرئيس الفرنسي إيمانويل ماكرون إلى بيروت يوم الخميس .', 20);
    expect(TaggerModel.fromBytes(back).tag(td.features)).toEqual(TaggerModel.fromBytes(file).tag(td.features));
  });

  it('round-trip any model, sparse or dense, version 1 or 2 (property)', () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.integer({ min: 0, max: (1 << 12) - 1 }), { minLength: 1, maxLength: 40 }),
        fc.array(weight, { minLength: 40 * NT, maxLength: 40 * NT }),
        fc.boolean(),
        (buckets, weights, version1) => {
          const file = modelFile(12, buckets, weights, version1);
          const back = unpackModel(packModel(file));
          expect(Array.from(back)).toEqual(Array.from(file));
          TaggerModel.fromBytes(back); // and its checksum still holds
        },
      ),
    );
  });

  it('refuse what is not a model or a packed model, naming the problem', () => {
    expect(() => packModel('مرحبا' as unknown as Uint8Array)).toThrow(TypeError);
    expect(() => unpackModel([1, 2, 3] as unknown as Uint8Array)).toThrow(TypeError);
    expect(() => unpackModel(new Uint8Array(8))).toThrow(RangeError);
    const file = modelFile(12, [3, 40, 700], [0, 0, 17, 0, -20, 0, 0, 5, 0, 0, 0, 0, 0, 0, 1, 2, 3, 4, 5, 6, 7]);
    const packed = packModel(file);
    expect(() => unpackModel(packed.subarray(0, packed.length - 3))).toThrow(/weights do not match/);
    const badMask = packed.slice();
    badMask[packed.length - 4 - 10 - 1 - 3]! |= 0x80; // the first of 3 masks (then 1 block count, 10 weights, the CRC): a tag beyond the seventh
    expect(() => unpackModel(badMask)).toThrow(/tag the model does not have/);
    const badCount = packed.slice();
    badCount[packed.length - 4 - 10 - 1]! -= 1; // the block's count of weights: 9 instead of 10
    expect(() => unpackModel(badCount)).toThrow(/weights do not match/);
    expect(() => packedTagger(badCount)).toThrow(/weights do not match their counts/);
    const badOffset = packed.slice();
    badOffset[3] = 0x7f;
    expect(() => unpackModel(badOffset)).toThrow(/offset/);
    // The buckets 3, 40, 700 are stored as the gaps 3, 37, 660 (two bytes): a second bucket equal to
    // the first, or a varint that runs on into the masks, is refused.
    const gaps = 8 + MODEL_HEAD;
    expect(Array.from(packed.subarray(gaps, gaps + 4))).toEqual([3, 37, 660 & 0x7f | 0x80, 660 >>> 7]);
    const twice = packed.slice();
    twice[gaps + 1] = 0;
    expect(() => unpackModel(twice)).toThrow(/buckets are damaged/);
    expect(() => packedTagger(twice)).toThrow(/packedTagger: the buckets are damaged/);
    const runOn = packed.slice();
    runOn[gaps + 3]! |= 0x80;
    expect(() => unpackModel(runOn)).toThrow(/buckets are (damaged|truncated)/);
  });

  it('packedTagger unpacks a row when row() first finds it, in any order, and gives the same weights and file', () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.integer({ min: 0, max: (1 << 12) - 1 }), { minLength: 1, maxLength: 100 }),
        fc.array(weight, { minLength: 100 * NT, maxLength: 100 * NT }),
        fc.array(fc.integer({ min: 0, max: (1 << 12) - 1 }), { maxLength: 60 }),
        (buckets, weights, asked) => {
          const file = modelFile(12, buckets, weights);
          const whole = TaggerModel.fromBytes(file);
          const lazy = packedTagger(packModel(file));
          for (const f of [...asked, ...buckets]) {
            const r = lazy.row(f);
            expect(r).toBe(whole.row(f));
            if (r >= 0) expect(Array.from(lazy.weights.subarray(r * NT, r * NT + NT))).toEqual(Array.from(whole.weights.subarray(r * NT, r * NT + NT)));
          }
          expect(Array.from(packedTagger(packModel(file)).toBytes())).toEqual(Array.from(file));
        },
      ),
    );
  });

  it('packedTagger of the shipped model: a sentence asks for few rows, the weights it reads are the file\'s, and all of them after the direct table', () => {
    const file = new Uint8Array(readFileSync('data/model/tagger.bin'));
    const whole = TaggerModel.fromBytes(file);
    const lazy = packedTagger(packModel(file));
    const td = taggerDocument('وصل الرئيس الفرنسي إيمانويل ماكرون إلى بيروت يوم الخميس .', 20);
    expect(lazy.tag(td.features)).toEqual(whole.tag(td.features));
    const unpacked = lazy.weights.reduce((n, w) => n + (w !== 0 ? 1 : 0), 0);
    expect(unpacked).toBeGreaterThan(0);
    expect(unpacked).toBeLessThan(whole.weights.reduce((n, w) => n + (w !== 0 ? 1 : 0), 0) / 10);
    // Past 4,096 lookups the model builds its direct table, and unpacks every row first.
    for (let f = 0; f < 5000; f++) lazy.row(f);
    expect(Buffer.compare(Buffer.from(lazy.weights.buffer, lazy.weights.byteOffset, lazy.weights.length), Buffer.from(whole.weights.buffer, whole.weights.byteOffset, whole.weights.length))).toBe(0);
  });
});
