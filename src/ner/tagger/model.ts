import { crc32 } from './crc32.js';
import type { Features } from './features.js';
import { TAG_COUNT } from './tags.js';
import { viterbi } from './viterbi.js';

const NT = TAG_COUNT;
/** `TAHT` ("tahlil tagger"), then the format version. */
const MAGIC = [0x54, 0x41, 0x48, 0x54];
const VERSION = 1;

/**
 * A trained tagger: int8 weights for the features it kept (seven tags each), one scale, and the
 * tag transitions. Features are looked up in an open-addressed table built when the model loads;
 * the file stores the feature buckets sorted, as varint gaps.
 *
 * File layout (little-endian): `TAHT` · version u8 · bits u8 · tags u8 · 0 u8 · scale f32 ·
 * features u32 · transitions f32 × 8 × 7 (row 7: the first tag) · gaps varint × features ·
 * weights i8 × features × 7 · CRC-32 of everything before it, u32.
 */
/**
 * How a model finds the row of a feature bucket. When the buckets fit in a direct table of at
 * most 4 MB (20 hash bits: 2 MB), `direct[bucket]` is the row + 1 (0: no row), filled in the same
 * pass that reads the file: one store a feature, where building an open-addressed table cost about
 * 23 M instructions of a cold start of 770 M (`node --jitless`-free callgrind, 2026-12-04). Wider
 * hashes use the open-addressed table.
 */
interface Lookup {
  direct: Uint16Array | Uint32Array | undefined;
  slots: Uint32Array;
  rows: Int32Array;
  shift: number;
  /** One bit a bucket (2^bits / 8 bytes) for hash widths up to 24 bits, else undefined. */
  present: Uint32Array | undefined;
}

const EMPTY_U32 = new Uint32Array(1);
const EMPTY_I32 = new Int32Array(1);
/** Largest direct table, in bytes. */
const DIRECT_BYTES = 4 << 20;

/** Empty lookup tables for a model of `n` features of `bits`-bit buckets (direct and present to be filled). */
function emptyLookup(bits: number, n: number): Lookup {
  const wide = n >= 0xffff;
  const direct = (1 << bits) * (wide ? 4 : 2) <= DIRECT_BYTES ? (wide ? new Uint32Array(1 << bits) : new Uint16Array(1 << bits)) : undefined;
  const present = bits <= 24 ? new Uint32Array(Math.max(1, 1 << (bits - 5))) : undefined;
  return { direct, slots: EMPTY_U32, rows: EMPTY_I32, shift: 32, present };
}

/** The lookup of sorted `buckets`, built from them (training and hand-made models; files are read by `fromBytes`). */
function lookupOf(bits: number, buckets: Uint32Array): Lookup {
  const n = buckets.length;
  const t = emptyLookup(bits, n);
  const { direct, present } = t;
  if (direct) for (let r = 0; r < n; r++) direct[buckets[r]!] = r + 1;
  if (present) for (let r = 0; r < n; r++) present[buckets[r]! >>> 5]! |= 1 << (buckets[r]! & 31);
  if (direct) return t;
  let capBits = 4;
  while (1 << capBits < n * 2) capBits++;
  const shift = 32 - capBits;
  const slots = new Uint32Array(1 << capBits);
  const rows = new Int32Array(1 << capBits);
  const capMask = (1 << capBits) - 1;
  for (let r = 0; r < n; r++) {
    let j = Math.imul(buckets[r]!, 0x9e3779b1) >>> shift;
    while (slots[j] !== 0) j = (j + 1) & capMask;
    slots[j] = buckets[r]! + 1;
    rows[j] = r;
  }
  return { direct, slots, rows, shift, present };
}

/**
 * A trained tagger: int8 weights for the features it kept (seven tags each), one scale, and the
 * tag transitions. Features are looked up in a table built when the model loads (see `Lookup`);
 * the file stores the feature buckets sorted, as varint gaps.
 *
 * File layout (little-endian): `TAHT` · version u8 · bits u8 · tags u8 · 0 u8 · scale f32 ·
 * features u32 · transitions f32 × 8 × 7 (row 7: the first tag) · gaps varint × features ·
 * weights i8 × features × 7 · CRC-32 of everything before it, u32.
 */
export class TaggerModel {
  /** Feature hashes are masked to this many bits. */
  readonly bits: number;
  readonly features: number;
  /**
   * One bit a feature bucket, set for the buckets the model has (hash widths up to 24 bits, else
   * undefined): lets a caller skip the lookup of a feature the model lacks, most of them on new text.
   */
  readonly present: Uint32Array | undefined;
  private readonly direct: Uint16Array | Uint32Array | undefined;
  private readonly slots: Uint32Array;
  private readonly rows: Int32Array;
  private readonly shift: number;

  constructor(
    bits: number,
    /** Sorted feature buckets. */
    readonly buckets: Uint32Array,
    /** `weights[r * 7 + t]`: weight of tag `t` for the feature of row `r`, times `scale`. */
    readonly weights: Int8Array,
    readonly scale: number,
    readonly transitions: Float32Array,
    lookup: Lookup = lookupOf(bits, buckets),
  ) {
    this.bits = bits;
    this.features = buckets.length;
    this.direct = lookup.direct;
    this.slots = lookup.slots;
    this.rows = lookup.rows;
    this.shift = lookup.shift;
    this.present = lookup.present;
  }

  /** Row of feature bucket `f`, or -1 when the model has no weight for it. */
  row(f: number): number {
    const d = this.direct;
    if (d !== undefined) return f >= 0 && f < d.length ? d[f]! - 1 : -1;
    const want = f + 1;
    const capMask = this.slots.length - 1;
    let j = Math.imul(f, 0x9e3779b1) >>> this.shift;
    for (;;) {
      const s = this.slots[j]!;
      if (s === want) return this.rows[j]!;
      if (s === 0) return -1;
      j = (j + 1) & capMask;
    }
  }

  /** The best BIO tags of the tokens whose features are given. */
  tag(features: Features, out: Uint8Array = new Uint8Array(features.offsets.length - 1)): Uint8Array {
    const n = features.offsets.length - 1;
    const emissions = new Float32Array(n * NT);
    const sums = new Int32Array(NT);
    const { feats, offsets } = features;
    const w = this.weights;
    for (let i = 0; i < n; i++) {
      sums.fill(0);
      for (let k = offsets[i]!; k < offsets[i + 1]!; k++) {
        const r = this.row(feats[k]!);
        if (r < 0) continue;
        const base = r * NT;
        for (let t = 0; t < NT; t++) sums[t]! += w[base + t]!;
      }
      for (let t = 0; t < NT; t++) emissions[i * NT + t] = sums[t]! * this.scale;
    }
    viterbi(emissions, n, this.transitions, out);
    return out;
  }

  /** The model as the bytes of a model file. */
  toBytes(): Uint8Array {
    const gaps: number[] = [];
    let prev = 0;
    for (const b of this.buckets) {
      let g = b - prev;
      prev = b;
      while (g >= 0x80) {
        gaps.push((g & 0x7f) | 0x80);
        g >>>= 7;
      }
      gaps.push(g);
    }
    const head = 4 + 4 + 4 + 4 + 4 * this.transitions.length;
    const size = head + gaps.length + this.weights.length + 4;
    const out = new Uint8Array(size);
    const view = new DataView(out.buffer);
    out.set(MAGIC, 0);
    out[4] = VERSION;
    out[5] = this.bits;
    out[6] = NT;
    view.setFloat32(8, this.scale, true);
    view.setUint32(12, this.buckets.length, true);
    for (let i = 0; i < this.transitions.length; i++) view.setFloat32(16 + 4 * i, this.transitions[i]!, true);
    out.set(gaps, head);
    out.set(new Uint8Array(this.weights.buffer, this.weights.byteOffset, this.weights.length), head + gaps.length);
    view.setUint32(size - 4, crc32(out, 0, size - 4), true);
    return out;
  }

  /**
   * Reads a model file. Throws a TypeError when `bytes` is no Uint8Array and a RangeError naming
   * the problem when it is not a tahlil model (magic, version, size or checksum). `checksum: false`
   * skips the CRC (about 10 M instructions for the built-in model on a cold start): only for bytes
   * the package ships, which the tests check (tests/tagger.reproducible.test.ts).
   */
  static fromBytes(bytes: Uint8Array, checksum = true): TaggerModel {
    if (!(bytes instanceof Uint8Array)) throw new TypeError('tagger model: expected the bytes of a model file as a Uint8Array');
    if (bytes.length < 16 || MAGIC.some((m, i) => bytes[i] !== m)) throw new RangeError('tagger model: not a tahlil model file (bad magic number)');
    if (bytes[4] !== VERSION) throw new RangeError(`tagger model: format version ${bytes[4]} is not supported (expected ${VERSION})`);
    if (bytes[6] !== NT) throw new RangeError(`tagger model: ${bytes[6]} tags, expected ${NT}`);
    const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    const size = bytes.length;
    const bits = bytes[5]!;
    const n = view.getUint32(12, true);
    const tlen = (NT + 1) * NT;
    const head = 16 + 4 * tlen;
    if (bits < 8 || bits > 30 || size < head + n * (NT + 1) + 4) throw new RangeError('tagger model: the file is truncated or its header is damaged');
    if (checksum && view.getUint32(size - 4, true) !== crc32(bytes, 0, size - 4)) throw new RangeError('tagger model: checksum mismatch (the file is damaged)');
    const scale = view.getFloat32(8, true);
    const transitions = new Float32Array(tlen);
    for (let i = 0; i < tlen; i++) transitions[i] = view.getFloat32(16 + 4 * i, true);
    // One pass reads the gaps and fills the lookup tables (see `Lookup`).
    const buckets = new Uint32Array(n);
    const lookup = emptyLookup(bits, n);
    const { direct, present } = lookup;
    let p = head;
    let prev = 0;
    for (let r = 0; r < n; r++) {
      let g = bytes[p++]!;
      if (g >= 0x80) {
        g &= 0x7f;
        for (let s = 7; ; s += 7) {
          const b = bytes[p++]!;
          g += (b & 0x7f) * 2 ** s;
          if (b < 0x80) break;
        }
      }
      prev += g;
      buckets[r] = prev;
      if (direct) direct[prev] = r + 1;
      if (present) present[prev >>> 5]! |= 1 << (prev & 31);
    }
    if (p + n * NT !== size - 4) throw new RangeError('tagger model: the file length does not match its header');
    const weights = new Int8Array(n * NT);
    weights.set(new Int8Array(bytes.buffer, bytes.byteOffset + p, n * NT));
    return new TaggerModel(bits, buckets, weights, scale, transitions, direct ? lookup : lookupOf(bits, buckets));
  }
}
