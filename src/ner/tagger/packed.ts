import { TAG_COUNT } from './tags.js';

const NT = TAG_COUNT;
/** Header of a model file: magic, version, bits, tags, 0, scale f32, then the feature count u32 at this offset. */
const FEATURES_AT = 12;

/**
 * The built-in model as the package ships it: the model file (src/ner/tagger/model.ts) with its
 * weights packed. Most weights are zero (72% of the built-in model's 335 KB: `--prune 16` drops
 * the small ones), and a zero byte in base64 is not a zero character, so gzip saw through them
 * badly: 206 KB gzip in a browser bundle of `analyze`, 179 KB as the model is packed here.
 *
 * Layout: the offset `at` of the weights in the file, u32 little-endian · the file's first `at`
 * bytes (header, buckets) · one byte a feature, bit `t` set when the weight of tag `t` is not zero
 * · those weights, feature by feature · the file's last 4 bytes (its CRC-32).
 *
 * @example
 * // a feature whose weights are [0, 0, 17, 0, -20, 0, 0] packs as the mask 0b0010100, then 17, -20
 * unpackModel(packModel(bytes)); // the same bytes as `bytes`
 */
export function packModel(file: Uint8Array): Uint8Array {
  if (!(file instanceof Uint8Array)) throw new TypeError('packModel: expected the bytes of a model file as a Uint8Array');
  const n = featureCount(file, 0);
  const at = file.length - 4 - n * NT;
  if (at < FEATURES_AT + 4) throw new RangeError('packModel: the file is shorter than its weights');
  const out: number[] = [];
  const values: number[] = [];
  for (let r = 0; r < n; r++) {
    let mask = 0;
    for (let t = 0; t < NT; t++) {
      const w = file[at + r * NT + t]!;
      if (w !== 0) {
        mask |= 1 << t;
        values.push(w);
      }
    }
    out.push(mask);
  }
  const packed = new Uint8Array(4 + at + n + values.length + 4);
  new DataView(packed.buffer).setUint32(0, at, true);
  packed.set(file.subarray(0, at), 4);
  packed.set(out, 4 + at);
  packed.set(values, 4 + at + n);
  packed.set(file.subarray(file.length - 4), packed.length - 4);
  return packed;
}

/**
 * The model file that `packModel` packed, byte for byte. A RangeError when `packed` is not what
 * `packModel` makes (its lengths do not add up).
 */
export function unpackModel(packed: Uint8Array): Uint8Array {
  if (!(packed instanceof Uint8Array)) throw new TypeError('unpackModel: expected a packed model as a Uint8Array');
  if (packed.length < 4 + FEATURES_AT + 4 + 4) throw new RangeError('unpackModel: too short for a packed model');
  const at = packed[0]! | (packed[1]! << 8) | (packed[2]! << 16) | (packed[3]! << 24);
  if (at < FEATURES_AT + 4 || 4 + at + 4 > packed.length) throw new RangeError('unpackModel: the offset of the weights is damaged');
  const n = featureCount(packed, 4);
  const masks = 4 + at;
  if (masks + n + 4 > packed.length) throw new RangeError('unpackModel: the packed model is truncated');
  const out = new Uint8Array(at + n * NT + 4);
  out.set(packed.subarray(4, masks));
  let v = masks + n;
  const end = packed.length - 4;
  for (let r = 0, o = at; r < n; r++, o += NT) {
    let mask = packed[masks + r]!;
    if (mask >>> NT !== 0) throw new RangeError('unpackModel: a mask names a tag the model does not have');
    // Each set bit of the mask, lowest first (x & -x), takes the next weight.
    for (; mask !== 0; mask &= mask - 1) out[o + 31 - Math.clz32(mask & -mask)] = packed[v++]!;
  }
  if (v !== end) throw new RangeError('unpackModel: the weights do not match their masks');
  out.set(packed.subarray(end), at + n * NT);
  return out;
}

/** The feature count of the model file that starts at `start` of `bytes`. */
function featureCount(bytes: Uint8Array, start: number): number {
  if (bytes.length < start + FEATURES_AT + 4) throw new RangeError('tagger model: too short for a model file');
  const p = start + FEATURES_AT;
  return (bytes[p]! | (bytes[p + 1]! << 8) | (bytes[p + 2]! << 16) | (bytes[p + 3]! << 24)) >>> 0;
}
