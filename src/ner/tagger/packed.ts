import { bitmapOfGaps, bitmapWeightsAt, gapsOfBitmap, MODEL_HEAD, TaggerModel, VERSION_BITMAP } from './model.js';
import { TAG_COUNT } from './tags.js';

const NT = TAG_COUNT;
/** Header of a model file: magic, version, bits, tags, 0, scale f32, then the feature count u32 at this offset. */
const FEATURES_AT = 12;
/**
 * Rows a block: the packed form counts the weights of each block of 2^BLOCK_SHIFT rows (at most
 * 32 × 7 = 224, one byte), so that one row is found without reading the masks of all rows before it.
 */
const BLOCK_SHIFT = 5;

/** Blocks of `n` rows. */
function blockCount(n: number): number {
  return (n + (1 << BLOCK_SHIFT) - 1) >>> BLOCK_SHIFT;
}

/**
 * The built-in model as the package ships it: the model file (src/ner/tagger/model.ts) with its
 * weights packed and its buckets as gaps. Most weights are zero (72% of the built-in model's 335 KB:
 * `--prune 16` dropped the small ones; `--prune 20` since 2026-12-08), and a zero byte in base64 is not a zero character, so gzip saw
 * through them badly: 206 KB gzip in a browser bundle of `analyze`, 179 KB with the weights packed.
 * A version-2 file's buckets are a bitmap of 2^20 bits and its ranks (136 KB, about 49 KB gzip, the
 * ranks nearly incompressible u32); as varint gaps (the version-1 coding) they are 48 KB, and the
 * bundle 9 KB gzip smaller (2026-12-07: 603,443 bytes, over issue 12's 600 KB, to 594 KB). Turning
 * the gaps back into the bitmap costs a cold start about 3 ms (`bitmapOfGaps`).
 * Since 2026-12-07 the packed bytes ship as byte text (src/ner/tagger/byte-text.ts), not base64: 149 KB gzip.
 *
 * Layout: the offset `at` of the weights in the file, u32 little-endian · the length of the buckets
 * as stored here, u32 · the file's header (`MODEL_HEAD` bytes) · the buckets as varint gaps · one byte
 * a feature, bit `t` set when the weight of tag `t` is not zero · one byte a block of 32 features,
 * the count of their weights that are not zero · those weights, feature by feature · the file's last
 * 4 bytes (its CRC-32). The counts let `packedTagger` unpack only the rows a text asks for (a cold
 * start's sentence asks for a few hundred of 47,590).
 *
 * @example
 * // a feature whose weights are [0, 0, 17, 0, -20, 0, 0] packs as the mask 0b0010100, then 17, -20
 * unpackModel(packModel(bytes)); // the same bytes as `bytes`
 */
export function packModel(file: Uint8Array): Uint8Array {
  if (!(file instanceof Uint8Array)) throw new TypeError('packModel: expected the bytes of a model file as a Uint8Array');
  const n = featureCount(file, 0);
  const at = file.length - 4 - n * NT;
  if (at < MODEL_HEAD) throw new RangeError('packModel: the file is shorter than its weights');
  const masks: number[] = [];
  const counts = new Uint8Array(blockCount(n));
  const values: number[] = [];
  for (let r = 0; r < n; r++) {
    let mask = 0;
    for (let t = 0; t < NT; t++) {
      const w = file[at + r * NT + t]!;
      if (w !== 0) {
        mask |= 1 << t;
        values.push(w);
        counts[r >>> BLOCK_SHIFT]!++;
      }
    }
    masks.push(mask);
  }
  const buckets = gapsOfBitmap(file) ?? file.subarray(MODEL_HEAD, at);
  const start = 8 + MODEL_HEAD + buckets.length;
  const packed = new Uint8Array(start + n + counts.length + values.length + 4);
  const view = new DataView(packed.buffer);
  view.setUint32(0, at, true);
  view.setUint32(4, buckets.length, true);
  packed.set(file.subarray(0, MODEL_HEAD), 8);
  packed.set(buckets, 8 + MODEL_HEAD);
  packed.set(masks, start);
  packed.set(counts, start + n);
  packed.set(values, start + n + counts.length);
  packed.set(file.subarray(file.length - 4), packed.length - 4);
  return packed;
}

/** Where the parts of a packed model start; a RangeError when its lengths do not add up. */
interface PackedLayout {
  /** Offset of the weights in the model file (its header and buckets before them). */
  at: number;
  /** Features (rows). */
  n: number;
  /** The hash width of a version-2 file (its buckets a bitmap, stored here as gaps), else 0. */
  bitmapBits: number;
  buckets: number;
  masks: number;
  counts: number;
  values: number;
  /** Where the CRC starts (the end of the values). */
  end: number;
}

/** The little-endian u32 at `p` of `bytes`. */
function u32At(bytes: Uint8Array, p: number): number {
  return (bytes[p]! | (bytes[p + 1]! << 8) | (bytes[p + 2]! << 16) | (bytes[p + 3]! << 24)) >>> 0;
}

function layoutOf(packed: Uint8Array, caller: string): PackedLayout {
  if (!(packed instanceof Uint8Array)) throw new TypeError(`${caller}: expected a packed model as a Uint8Array`);
  if (packed.length < 8 + MODEL_HEAD + 4) throw new RangeError(`${caller}: too short for a packed model`);
  const at = u32At(packed, 0);
  const stored = u32At(packed, 4);
  const n = featureCount(packed, 8);
  // The file's version and hash width: a version-2 file's weights start after its bitmap and ranks.
  const bits = packed[8 + 5]!;
  const bitmapBits = packed[8 + 4] === VERSION_BITMAP ? bits : 0;
  if (bitmapBits !== 0 && (bits < 8 || bits > 20)) throw new RangeError(`${caller}: the header is damaged`);
  if (at !== (bitmapBits !== 0 ? bitmapWeightsAt(bits) : MODEL_HEAD + stored)) throw new RangeError(`${caller}: the offset of the weights is damaged`);
  const buckets = 8 + MODEL_HEAD;
  const masks = buckets + stored;
  const counts = masks + n;
  const values = counts + blockCount(n);
  const end = packed.length - 4;
  if (values > end) throw new RangeError(`${caller}: the packed model is truncated`);
  return { at, n, bitmapBits, buckets, masks, counts, values, end };
}

/** The model file's bytes with its header, buckets and CRC in place and every weight 0. */
function emptyFile(packed: Uint8Array, { at, n, bitmapBits, buckets, masks, end }: PackedLayout, caller: string): Uint8Array {
  const out = new Uint8Array(at + n * NT + 4);
  out.set(packed.subarray(8, buckets));
  if (bitmapBits === 0) out.set(packed.subarray(buckets, masks), MODEL_HEAD);
  else if (bitmapOfGaps(packed, buckets, masks, n, bitmapBits, out, caller) !== masks) throw new RangeError(`${caller}: the buckets are damaged`);
  out.set(packed.subarray(end), at + n * NT);
  return out;
}

/** Writes the weights of row `r` (its mask at `mask`, its first weight at `v`) into `out`; returns where the next row's weights start. */
function unpackRow(packed: Uint8Array, mask: number, v: number, out: Uint8Array | Int8Array, o: number, caller: string): number {
  if (mask >>> NT !== 0) throw new RangeError(`${caller}: a mask names a tag the model does not have`);
  // Each set bit of the mask, lowest first (x & -x), takes the next weight.
  for (; mask !== 0; mask &= mask - 1) out[o + 31 - Math.clz32(mask & -mask)] = packed[v++]!;
  return v;
}

/**
 * The model file that `packModel` packed, byte for byte. A RangeError when `packed` is not what
 * `packModel` makes (its lengths or counts do not add up).
 */
export function unpackModel(packed: Uint8Array): Uint8Array {
  const layout = layoutOf(packed, 'unpackModel');
  const { at, n, masks, end } = layout;
  const out = emptyFile(packed, layout, 'unpackModel');
  let v = layout.values;
  for (let r = 0, o = at; r < n; r++, o += NT) v = unpackRow(packed, packed[masks + r]!, v, out, o, 'unpackModel');
  if (v !== end || !countsMatch(packed, layout)) throw new RangeError('unpackModel: the weights do not match their masks');
  return out;
}

/** Whether each block's count is the number of bits set in its masks. */
function countsMatch(packed: Uint8Array, { n, masks, counts }: PackedLayout): boolean {
  for (let b = 0; b < blockCount(n); b++) {
    let c = 0;
    for (let r = b << BLOCK_SHIFT; r < Math.min(n, (b + 1) << BLOCK_SHIFT); r++) c += bitsOf(packed[masks + r]!);
    if (c !== packed[counts + b]) return false;
  }
  return true;
}

/** Set bits of a mask (7 bits). */
function bitsOf(mask: number): number {
  let c = 0;
  for (; mask !== 0; mask &= mask - 1) c++;
  return c;
}

/**
 * The tagger of a packed model, its weights unpacked a row at a time when `row()` first finds that
 * row (and all of them once it builds its index, after a few thousand lookups): unpacking
 * all 47,843 rows of the built-in model at load was about 7 M instructions of a cold start's 330
 * over a bare `node` (a loop in V8's interpreter, then its OSR compile), where one sentence asks
 * for a few hundred rows. The model's `toBytes()` is the model file, as `unpackModel` gives it.
 * Unlike `unpackModel`, the masks and counts are trusted (the tests check the shipped bytes).
 */
export function packedTagger(packed: Uint8Array): TaggerModel {
  const layout = layoutOf(packed, 'packedTagger');
  const file = emptyFile(packed, layout, 'packedTagger');
  const model = TaggerModel.fromBytes(file, false, true);
  const { n, masks, counts, values, end } = layout;
  // starts[b]: where the weights of block b start.
  const blocks = blockCount(n);
  const starts = new Uint32Array(blocks);
  let v = values;
  for (let b = 0; b < blocks; b++) {
    starts[b] = v;
    v += packed[counts + b]!;
  }
  if (v !== end) throw new RangeError('packedTagger: the weights do not match their counts');
  const weights = model.weights;
  const done = new Uint8Array(n);
  // bits[m]: the set bits of a mask m of seven tags.
  const bits = new Uint8Array(1 << NT);
  for (let m = 1; m < bits.length; m++) bits[m] = bits[m >>> 1]! + (m & 1);
  model.unpackRowsWith({
    row(r: number): void {
      if (done[r] !== 0) return;
      done[r] = 1;
      let w = starts[r >>> BLOCK_SHIFT]!;
      for (let k = (r >>> BLOCK_SHIFT) << BLOCK_SHIFT; k < r; k++) w += bits[packed[masks + k]!]!;
      unpackRow(packed, packed[masks + r]!, w, weights, r * NT, 'packedTagger');
    },
    all(): void {
      let w = values;
      for (let r = 0; r < n; r++) {
        const mask = packed[masks + r]!;
        if (done[r] === 0) unpackRow(packed, mask, w, weights, r * NT, 'packedTagger');
        w += bits[mask]!;
      }
      done.fill(1);
    },
  });
  return model;
}

/** The feature count of the model file that starts at `start` of `bytes`. */
function featureCount(bytes: Uint8Array, start: number): number {
  if (bytes.length < start + FEATURES_AT + 4) throw new RangeError('tagger model: too short for a model file');
  const p = start + FEATURES_AT;
  return (bytes[p]! | (bytes[p + 1]! << 8) | (bytes[p + 2]! << 16) | (bytes[p + 3]! << 24)) >>> 0;
}
