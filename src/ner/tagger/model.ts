import { crc32 } from './crc32.js';
import type { Features } from './features.js';
import { TAG_COUNT } from './tags.js';
import { viterbi } from './viterbi.js';

const NT = TAG_COUNT;
/** `TAHT` ("tahlil tagger"), then the format version. */
const MAGIC = [0x54, 0x41, 0x48, 0x54];
const VERSION = 1;

/**
 * One bit a feature bucket, set for the buckets the model has (2^bits / 8 bytes: 128 KB for 20
 * bits), for hash widths up to 24 bits. A row is found by binary search in the sorted buckets
 * until the model has answered `DIRECT_AFTER` lookups; then a direct table (`direct[bucket]` =
 * row + 1, 2 MB for 20 bits) is built and used. The table used to be built when the model loaded:
 * 15-16 ms of CPU for the built-in model's load against 8-9 ms without it (medians of 11 fresh
 * processes on the loaded 2-core host, 2026-12-04), while a cold start's one sentence asks about
 * 400 rows. Always searching instead cost 12% more instructions on 1,500 new documents
 * (`node --jitless`), hence the switch.
 */
const PRESENT_MAX_BITS = 24;
/** Lookups answered by binary search before the direct table is built. */
const DIRECT_AFTER = 4096;
/** Largest direct table, in bytes. */
const DIRECT_BYTES = 4 << 20;

function presentBits(bits: number): Uint32Array | undefined {
  return bits <= PRESENT_MAX_BITS ? new Uint32Array(Math.max(1, 1 << (bits - 5))) : undefined;
}

/** The bitmap of sorted `buckets` (training and hand-made models; files are read by `fromBytes`). */
function presentOf(bits: number, buckets: Uint32Array): Uint32Array | undefined {
  const present = presentBits(bits);
  if (present) for (let r = 0; r < buckets.length; r++) present[buckets[r]! >>> 5]! |= 1 << (buckets[r]! & 31);
  return present;
}

/**
 * A trained tagger: int8 weights for the features it kept (seven tags each), one scale, and the
 * tag transitions. A feature's row is its position in the sorted buckets (see `PRESENT_MAX_BITS`);
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
  /** Row + 1 of each bucket, built after `DIRECT_AFTER` lookups (hash widths whose table fits in `DIRECT_BYTES`). */
  private direct: Uint16Array | Uint32Array | undefined;
  private searches = 0;

  constructor(
    bits: number,
    /** Sorted feature buckets. */
    readonly buckets: Uint32Array,
    /** `weights[r * 7 + t]`: weight of tag `t` for the feature of row `r`, times `scale`. */
    readonly weights: Int8Array,
    readonly scale: number,
    readonly transitions: Float32Array,
    present: Uint32Array | undefined = presentOf(bits, buckets),
  ) {
    this.bits = bits;
    this.features = buckets.length;
    this.present = present;
  }

  /** Row of feature bucket `f`, or -1 when the model has no weight for it. */
  row(f: number): number {
    const d = this.direct;
    if (d !== undefined) return f >= 0 && f < d.length ? d[f]! - 1 : -1;
    if (++this.searches > DIRECT_AFTER && this.buildDirect()) return this.row(f);
    const p = this.present;
    if (p !== undefined && (f < 0 || f >>> 5 >= p.length || (p[f >>> 5]! & (1 << (f & 31))) === 0)) return -1;
    const b = this.buckets;
    let lo = 0;
    let hi = b.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >>> 1;
      const v = b[mid]!;
      if (v < f) lo = mid + 1;
      else if (v > f) hi = mid - 1;
      else return mid;
    }
    return -1;
  }

  /** Builds the direct table when it fits in `DIRECT_BYTES`; says whether it did. */
  private buildDirect(): boolean {
    const n = this.buckets.length;
    const wide = n >= 0xffff;
    if (this.bits > 30 || (2 ** this.bits) * (wide ? 4 : 2) > DIRECT_BYTES) {
      this.searches = -Infinity; // never again
      return false;
    }
    const direct = wide ? new Uint32Array(1 << this.bits) : new Uint16Array(1 << this.bits);
    for (let r = 0; r < n; r++) direct[this.buckets[r]!] = r + 1;
    this.direct = direct;
    return true;
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
   * the package ships, which the tests check (tests/tagger.reproducible.test.ts). `inPlace: true`
   * reads the weights where they are in `bytes` (no 300 KB copy): only for bytes nobody else holds.
   */
  static fromBytes(bytes: Uint8Array, checksum = true, inPlace = false): TaggerModel {
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
    // One pass reads the gaps and fills the bitmap of the buckets present.
    const buckets = new Uint32Array(n);
    const present = presentBits(bits);
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
      if (present) present[prev >>> 5]! |= 1 << (prev & 31);
    }
    if (p + n * NT !== size - 4) throw new RangeError('tagger model: the file length does not match its header');
    const stored = new Int8Array(bytes.buffer, bytes.byteOffset + p, n * NT);
    const weights = inPlace ? stored : new Int8Array(stored);
    return new TaggerModel(bits, buckets, weights, scale, transitions, present);
  }
}
