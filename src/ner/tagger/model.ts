import { isUint8Array } from './bytes.js';
import { crc32 } from './crc32.js';
import type { Features } from './features.js';
import { TAG_COUNT } from './tags.js';
import { viterbi, viterbiMoves } from './viterbi.js';

const NT = TAG_COUNT;
/** `TAHT` ("tahlil tagger"), then the format version. */
const MAGIC = [0x54, 0x41, 0x48, 0x54];
/** The feature buckets as varint gaps (any hash width; read in one pass over every feature). */
const VERSION_GAPS = 1;
/** The feature buckets as the present bitmap and its ranks, read in place (hash widths up to `BITMAP_MAX_BITS`). */
export const VERSION_BITMAP = 2;
/**
 * Widest hash written as a bitmap: 128 KB of bitmap and 8 KB of ranks for 20 bits (the built-in
 * model's), where the gaps were 48 KB. Reading the gaps, one varint loop over the 48,236 features
 * in V8's interpreter, was 13-20 M instructions of a cold start; the bitmap and its ranks are used
 * where they lie in the file. The package ships the built-in model with its bitmap as gaps all the
 * same (src/ner/tagger/packed.ts: 9 KB less gzip) and rebuilds the bitmap and ranks at load (about 3 ms).
 */
const BITMAP_MAX_BITS = 20;
/**
 * A rank (the buckets below) every 2^RANK_SHIFT words of the bitmap (512 buckets): a row is found
 * with at most 16 popcounts. Every 8 words: 6 KB more gzip in the analyze bundle (u32 in base64
 * compresses badly); every 64 words, 6-10 M instructions more at a cold start (up to 64 popcounts a
 * lookup in V8's interpreter); a byte of count every 4 words, summed into ranks at load: 4-5 M more
 * (a loop of 8,192 steps).
 */
const RANK_SHIFT = 4;

/** Ranks of a bitmap of `words` words. */
function rankCount(words: number): number {
  return ((words - 1) >>> RANK_SHIFT) + 1;
}

/**
 * One bit a feature bucket, set for the buckets the model has (2^bits / 8 bytes: 128 KB for 20
 * bits), for hash widths up to 24 bits. A row is found by its rank in it (a version-2 file) or by
 * binary search in the sorted buckets until the model has answered `INDEX_AFTER` lookups; then an
 * index is built and used: each 32-bit word of the bitmap beside the count of the buckets below it
 * (256 KB for 20 bits), so that a row is one read (a cache line) and a popcount. It replaced the
 * bitmap test and a direct table of rows (`direct[bucket]` = row + 1, 2 MB for 20 bits): two
 * likely cache misses a lookup, one of them in a table eight times as large. The index used to be
 * built when the model loaded (the direct table: 15-16 ms of CPU for the built-in model's load
 * against 8-9 ms without it, medians of 11 fresh processes on the loaded 2-core host, 2026-12-04),
 * while a cold start's one sentence asks about 400 rows. Always searching instead cost 12% more
 * instructions on 1,500 new documents (`node --jitless`), hence the switch.
 */
const PRESENT_MAX_BITS = 24;
/** Lookups answered by the bitmap's ranks or binary search before the index is built. */
const INDEX_AFTER = 4096;

function presentBits(bits: number): Uint32Array | undefined {
  return bits <= PRESENT_MAX_BITS ? new Uint32Array(Math.max(1, 1 << (bits - 5))) : undefined;
}

/** The bitmap of sorted `buckets` (training and hand-made models; files are read by `fromBytes`). */
function presentOf(bits: number, buckets: Uint32Array): Uint32Array | undefined {
  const present = presentBits(bits);
  if (present) for (let r = 0; r < buckets.length; r++) present[buckets[r]! >>> 5]! |= 1 << (buckets[r]! & 31);
  return present;
}

/** Set bits of a 32-bit word. */
function popcount(x: number): number {
  x -= (x >>> 1) & 0x55555555;
  x = (x & 0x33333333) + ((x >>> 2) & 0x33333333);
  return Math.imul((x + (x >>> 4)) & 0x0f0f0f0f, 0x01010101) >>> 24;
}

/** `ranks[k]`: the buckets of `present` below word `k << RANK_SHIFT`. */
function ranksOf(present: Uint32Array): Uint32Array {
  const ranks = new Uint32Array(rankCount(present.length));
  let r = 0;
  for (let w = 0; w < present.length; w++) {
    if ((w & ((1 << RANK_SHIFT) - 1)) === 0) ranks[w >>> RANK_SHIFT] = r;
    r += popcount(present[w]!);
  }
  return ranks;
}

/** The buckets of `present`, sorted (`count` of them). */
function bucketsOf(present: Uint32Array, count: number): Uint32Array {
  const buckets = new Uint32Array(count);
  let r = 0;
  for (let w = 0; w < present.length; w++) {
    for (let x = present[w]!; x !== 0; x &= x - 1) buckets[r++] = w * 32 + (31 - Math.clz32(x & -x));
  }
  return buckets;
}

/** Appends `g` to `out` as a varint: seven bits a byte, low first, the high bit set on all but the last. */
function pushVarint(out: number[], g: number): void {
  while (g >= 0x80) {
    out.push((g & 0x7f) | 0x80);
    g >>>= 7;
  }
  out.push(g);
}

/** Bytes of a model file's header: magic, version, bits, tags, 0, scale, features, transitions. */
export const MODEL_HEAD = 16 + 4 * (NT + 1) * NT;

/**
 * The buckets of a version-2 model file (its bitmap) as version 1 writes them, varint gaps, for the
 * packed form the package ships (src/ner/tagger/packed.ts): 48 KB where the bitmap and its ranks
 * are 136 KB, and 9 KB less gzip in a browser bundle of `analyze` (once in base64). `undefined` for
 * a version-1 file, whose buckets are gaps already. A RangeError when the file's ranks are not its
 * bitmap's (the packed form recomputes them: {@link bitmapOfGaps}).
 */
export function gapsOfBitmap(file: Uint8Array): number[] | undefined {
  if (file[4] !== VERSION_BITMAP) return undefined;
  const words = 1 << (file[5]! - 5);
  const present = u32s(file, MODEL_HEAD, words, false);
  const ranks = u32s(file, MODEL_HEAD + 4 * words, rankCount(words), false);
  const expected = ranksOf(present);
  if (expected.some((r, k) => r !== ranks[k])) throw new RangeError('packModel: the ranks of the bitmap do not match it');
  const n = new DataView(file.buffer, file.byteOffset, file.byteLength).getUint32(12, true);
  let total = 0;
  for (let w = 0; w < words; w++) total += popcount(present[w]!);
  if (total !== n) throw new RangeError('packModel: the bitmap does not hold as many features as the header says');
  const buckets = bucketsOf(present, n);
  const gaps: number[] = [];
  let prev = 0;
  for (const b of buckets) {
    pushVarint(gaps, b - prev);
    prev = b;
  }
  return gaps;
}

/**
 * The inverse of {@link gapsOfBitmap}: reads `n` varint gaps from `src[p..end)` and writes the
 * bitmap and its ranks of a version-2 file of `bits` bits at `out[MODEL_HEAD..]`, in one pass
 * (the ranks are counted as the buckets go by, not popcounted after). Returns where the gaps end.
 * About 3 ms of a cold start for the built-in model's 47,590 buckets, a loop in V8's interpreter.
 * A RangeError naming `caller` when a gap runs past `end` or a bucket past the bitmap.
 */
export function bitmapOfGaps(src: Uint8Array, p: number, end: number, n: number, bits: number, out: Uint8Array, caller: string): number {
  const words = 1 << (bits - 5);
  const present = new Uint32Array(words);
  const ranks = new Uint32Array(rankCount(words));
  const span = 1 << (RANK_SHIFT + 5);
  let bucket = 0;
  let next = span;
  let k = 1;
  for (let r = 0; r < n; r++) {
    if (p >= end) throw new RangeError(`${caller}: the buckets are truncated`);
    let g = src[p++]!;
    if (g >= 0x80) {
      g &= 0x7f;
      for (let s = 7; ; s += 7) {
        if (p >= end || s > 28) throw new RangeError(`${caller}: the buckets are truncated`);
        const b = src[p++]!;
        g += (b & 0x7f) * 2 ** s;
        if (b < 0x80) break;
      }
    }
    bucket += g;
    if (bucket >= words * 32 || (r > 0 && g === 0)) throw new RangeError(`${caller}: the buckets are damaged`);
    // ranks[k]: the buckets below word k << RANK_SHIFT, i.e. below bucket k * span; r of them are.
    while (bucket >= next && k < ranks.length) {
      ranks[k++] = r;
      next += span;
    }
    present[bucket >>> 5]! |= 1 << (bucket & 31);
  }
  while (k < ranks.length) ranks[k++] = n;
  if (littleEndian()) {
    out.set(new Uint8Array(present.buffer), MODEL_HEAD);
    out.set(new Uint8Array(ranks.buffer), MODEL_HEAD + 4 * words);
  } else {
    /* c8 ignore next 3 */
    const view = new DataView(out.buffer, out.byteOffset, out.byteLength);
    for (let w = 0; w < words; w++) view.setUint32(MODEL_HEAD + 4 * w, present[w]!, true);
    for (let i = 0; i < ranks.length; i++) view.setUint32(MODEL_HEAD + 4 * (words + i), ranks[i]!, true);
  }
  return p;
}

/** The offset of the weights in a version-2 file of `bits` bits (after its header, bitmap and ranks). */
export function bitmapWeightsAt(bits: number): number {
  const words = 1 << (bits - 5);
  return MODEL_HEAD + 4 * (words + rankCount(words));
}

/** `count` little-endian u32 at `offset` of `bytes`: a view when `inPlace` allows and the offset is aligned, else a copy. */
function u32s(bytes: Uint8Array, offset: number, count: number, inPlace: boolean): Uint32Array {
  const start = bytes.byteOffset + offset;
  if (littleEndian()) {
    if (inPlace && start % 4 === 0) return new Uint32Array(bytes.buffer, start, count);
    // A copy of the range: not `bytes.slice(…).buffer`, which for a Node Buffer (readFileSync's) is a
    // view whose `.buffer` is the whole of Node's memory pool or file.
    const copy = new Uint8Array(4 * count);
    copy.set(bytes.subarray(offset, offset + 4 * count));
    return new Uint32Array(copy.buffer);
  }
  /* c8 ignore next 4 */
  const out = new Uint32Array(count);
  const view = new DataView(bytes.buffer, start, 4 * count);
  for (let i = 0; i < count; i++) out[i] = view.getUint32(4 * i, true);
  return out;
}

let little: boolean | undefined;
function littleEndian(): boolean {
  return (little ??= new Uint8Array(new Uint32Array([1]).buffer)[0] === 1);
}

/**
 * Row of feature bucket `f` in a model's {@link TaggerModel.rowIndex} `x`, or -1 when the model
 * has no weight for it: `x[2w]` is word `w` of its bitmap, `x[2w + 1]` the buckets below it.
 */
export function indexedRow(x: Uint32Array, f: number): number {
  // A negative f reads as a huge word: outside, as a bucket the model lacks.
  const at = 2 * (f >>> 5);
  if (at >= x.length) return -1;
  const word = x[at]!;
  const b = f & 31;
  if (((word >>> b) & 1) === 0) return -1;
  return x[at + 1]! + popcount(word & ~(-1 << b));
}

/** {@link TaggerModel.packedRows} of `weights` (seven a row). */
function packedRowsOf(weights: Int8Array): Int32Array {
  const rows = weights.length / NT;
  const out = new Int32Array(4 * (rows + 1));
  for (let r = 0, b = 0, o = 4; r < rows; r++, b += NT, o += 4) {
    out[o] = weights[b]! + (weights[b + 1]! << 16);
    out[o + 1] = weights[b + 2]! + (weights[b + 3]! << 16);
    out[o + 2] = weights[b + 4]! + (weights[b + 5]! << 16);
    out[o + 3] = weights[b + 6]!;
  }
  return out;
}

/** What fills in the weights of a packed model (see `TaggerModel.unpackRowsWith`). */
export interface RowUnpacker {
  /** Writes the weights of row `r` into the model's `weights`, if not already there. */
  row(r: number): void;
  /** Writes every row's weights that are not there yet. */
  all(): void;
}

/**
 * A trained tagger: int8 weights for the features it kept (seven tags each), one scale, and the
 * tag transitions. A feature's row is its position in the sorted buckets (see `PRESENT_MAX_BITS`);
 * the file stores the feature buckets sorted, as varint gaps.
 *
 * File layout (little-endian): `TAHT` · version u8 · bits u8 · tags u8 · 0 u8 · scale f32 ·
 * features u32 · transitions f32 × 8 × 7 (row 7: the first tag) · the buckets · weights i8 ×
 * features × 7 · CRC-32 of everything before it, u32. The buckets: version 1, varint gaps × features;
 * version 2 (written for hash widths up to 20 bits), the present bitmap (u32 × 2^bits / 32) and its
 * ranks (u32 × 2^bits / 512: the buckets below each 512th), which a loaded model reads where they
 * lie: a feature's row is its rank in the bitmap.
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
  /**
   * `index[2w]`: word `w` of `present`; `index[2w + 1]`: the buckets below it. Built after
   * `INDEX_AFTER` lookups (see `PRESENT_MAX_BITS`).
   */
  private index: Uint32Array | undefined;
  /** The weights as packed rows ({@link TaggerModel.packedRows}), built with `index`. */
  private packed: Int32Array | undefined;
  private searches = 0;
  /** The sorted buckets; for a model read from a version-2 file, made from `present` when first asked for. */
  private sorted: Uint32Array | undefined;
  /** Version-2 files: the ranks of `present` (see `ranksOf`), which find a row without `sorted`. */
  private readonly ranks: Uint32Array | undefined;
  /** Unpacks weights that are not there yet (a packed model, src/ner/tagger/packed.ts): a row when `row` first finds it. */
  private unpacker: RowUnpacker | undefined;
  /** `transitions` as Viterbi reads them ({@link viterbiMoves}), made on first use. */
  private moves: Float64Array | undefined;

  constructor(
    bits: number,
    /** Sorted feature buckets (`undefined` with `present` and `ranks` instead). */
    buckets: Uint32Array | undefined,
    /** `weights[r * 7 + t]`: weight of tag `t` for the feature of row `r`, times `scale`. */
    readonly weights: Int8Array,
    readonly scale: number,
    readonly transitions: Float32Array,
    present: Uint32Array | undefined = buckets && presentOf(bits, buckets),
    ranks?: Uint32Array,
  ) {
    this.bits = bits;
    this.sorted = buckets;
    this.features = buckets ? buckets.length : weights.length / NT;
    this.present = present;
    this.ranks = ranks;
  }

  /**
   * Makes the weights of a row appear when `row()` first returns it (`unpacker.row`), and all of
   * them before the direct table is built or the model is written (`unpacker.all`): the weights
   * array holds zeros until then. For src/ner/tagger/packed.ts.
   */
  unpackRowsWith(unpacker: RowUnpacker): void {
    this.unpacker = unpacker;
  }

  /** Unpacks every row that is not yet, if some are not. */
  private unpackAll(): void {
    this.unpacker?.all();
    this.unpacker = undefined;
  }

  /**
   * The transitions prepared for `viterbi` once (they never change after the model is made),
   * instead of at every document.
   */
  viterbiMoves(): Float64Array {
    return (this.moves ??= viterbiMoves(this.transitions));
  }

  /** Sorted feature buckets. */
  get buckets(): Uint32Array {
    return (this.sorted ??= bucketsOf(this.present!, this.features));
  }

  /**
   * The index `row` reads once built (see `PRESENT_MAX_BITS`), for {@link indexedRow}: a caller
   * that looks up many rows in a loop reads it directly, where `row`, too large to inline, is a
   * call a lookup.
   */
  rowIndex(): Uint32Array | undefined {
    return this.index;
  }

  /**
   * The weights again, built with {@link TaggerModel.rowIndex}, as the tagger sums them: row `r`'s
   * seven at `4 * (r + 1)` as four int32 words, two tags a word (`w[0] + w[1] * 65536`, …, `w[6]`
   * alone), and four zero words first, so that `4 * (indexedRow(…) + 1)` reads a missing feature
   * as zeros: a row is four reads and no test, where the int8 row was seven reads and a test
   * (a new spelling's 24 features: about 2,000 instructions of its tagger record). 16 bytes a row
   * (770 KB for the built-in model's 48 k), built once, after the first 4,096 lookups.
   */
  packedRows(): Int32Array | undefined {
    return this.packed;
  }

  /** Row of feature bucket `f`, or -1 when the model has no weight for it. */
  row(f: number): number {
    const x = this.index;
    if (x !== undefined) return indexedRow(x, f);
    if (++this.searches > INDEX_AFTER && this.buildIndex()) return this.row(f);
    const p = this.present;
    if (p !== undefined && (f < 0 || f >>> 5 >= p.length || (p[f >>> 5]! & (1 << (f & 31))) === 0)) return -1;
    const ranks = this.ranks;
    if (ranks !== undefined) {
      // The rank of bit f: the buckets below its group of words, then those below it in the group.
      const w = f >>> 5;
      let r = ranks[w >>> RANK_SHIFT]!;
      for (let k = (w >>> RANK_SHIFT) << RANK_SHIFT; k < w; k++) r += popcount(p![k]!);
      r += popcount(p![w]! & ((1 << (f & 31)) - 1));
      if (this.unpacker !== undefined) this.unpacker.row(r);
      return r;
    }
    const b = this.buckets;
    let lo = 0;
    let hi = b.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >>> 1;
      const v = b[mid]!;
      if (v < f) lo = mid + 1;
      else if (v > f) hi = mid - 1;
      else {
        if (this.unpacker !== undefined) this.unpacker.row(mid);
        return mid;
      }
    }
    return -1;
  }

  /** Builds the index when the model has a bitmap (hash widths up to 24 bits: 4 MB at most); says whether it did. */
  private buildIndex(): boolean {
    const p = this.present;
    if (p === undefined) {
      this.searches = -Infinity; // never again
      return false;
    }
    this.unpackAll();
    const index = new Uint32Array(2 * p.length);
    let below = 0;
    for (let w = 0; w < p.length; w++) {
      index[2 * w] = p[w]!;
      index[2 * w + 1] = below;
      below += popcount(p[w]!);
    }
    this.index = index;
    this.packed = packedRowsOf(this.weights);
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
    viterbi(emissions, n, this.transitions, out, this.viterbiMoves());
    return out;
  }

  /** The model as the bytes of a model file (version 2 for hash widths up to 20 bits, else 1). */
  toBytes(): Uint8Array {
    this.unpackAll();
    const head = MODEL_HEAD;
    const bitmap = this.bits <= BITMAP_MAX_BITS ? this.present! : undefined;
    const ranks = bitmap && (this.ranks ?? ranksOf(bitmap));
    const gaps: number[] = [];
    if (!bitmap) {
      let prev = 0;
      for (const b of this.buckets) {
        pushVarint(gaps, b - prev);
        prev = b;
      }
    }
    const index = bitmap ? 4 * (bitmap.length + ranks!.length) : gaps.length;
    const size = head + index + this.weights.length + 4;
    const out = new Uint8Array(size);
    const view = new DataView(out.buffer);
    out.set(MAGIC, 0);
    out[4] = bitmap ? VERSION_BITMAP : VERSION_GAPS;
    out[5] = this.bits;
    out[6] = NT;
    view.setFloat32(8, this.scale, true);
    view.setUint32(12, this.features, true);
    for (let i = 0; i < this.transitions.length; i++) view.setFloat32(16 + 4 * i, this.transitions[i]!, true);
    if (bitmap) {
      for (let w = 0; w < bitmap.length; w++) view.setUint32(head + 4 * w, bitmap[w]!, true);
      for (let k = 0; k < ranks!.length; k++) view.setUint32(head + 4 * (bitmap.length + k), ranks![k]!, true);
    } else out.set(gaps, head);
    out.set(new Uint8Array(this.weights.buffer, this.weights.byteOffset, this.weights.length), head + index);
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
    if (!isUint8Array(bytes)) throw new TypeError('tagger model: expected the bytes of a model file as a Uint8Array');
    if (bytes.length < 16 || MAGIC.some((m, i) => bytes[i] !== m)) throw new RangeError('tagger model: not a tahlil model file (bad magic number)');
    const version = bytes[4];
    if (version !== VERSION_GAPS && version !== VERSION_BITMAP) throw new RangeError(`tagger model: format version ${version} is not supported (expected ${VERSION_GAPS} or ${VERSION_BITMAP})`);
    if (bytes[6] !== NT) throw new RangeError(`tagger model: ${bytes[6]} tags, expected ${NT}`);
    const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    const size = bytes.length;
    const bits = bytes[5]!;
    const n = view.getUint32(12, true);
    const tlen = (NT + 1) * NT;
    const head = MODEL_HEAD;
    // Every format stores NT weights a kept bucket; the gap format also at least one byte of index a
    // bucket, the bitmap format a fixed bitmap (a dense narrow model can be smaller than n bytes).
    const least = head + n * NT + 4 + (version === VERSION_BITMAP ? 0 : n);
    if (bits < 8 || bits > 30 || size < least) throw new RangeError('tagger model: the file is truncated or its header is damaged');
    if (checksum && view.getUint32(size - 4, true) !== crc32(bytes, 0, size - 4)) throw new RangeError('tagger model: checksum mismatch (the file is damaged)');
    const scale = view.getFloat32(8, true);
    const transitions = new Float32Array(tlen);
    for (let i = 0; i < tlen; i++) transitions[i] = view.getFloat32(16 + 4 * i, true);
    if (version === VERSION_BITMAP) {
      // The bitmap and its ranks, where they are: no pass over the features.
      const words = bits <= BITMAP_MAX_BITS ? 1 << (bits - 5) : 0;
      const ranked = words && rankCount(words);
      const at = head + 4 * (words + ranked);
      if (words === 0 || at + n * NT + 4 !== size) throw new RangeError('tagger model: the file length does not match its header');
      const present = u32s(bytes, head, words, inPlace);
      const ranks = u32s(bytes, head + 4 * words, ranked, inPlace);
      let last = ranks[ranked - 1]!;
      for (let w = (ranked - 1) << RANK_SHIFT; w < words; w++) last += popcount(present[w]!);
      if (last !== n) throw new RangeError('tagger model: the bitmap does not hold as many features as the header says');
      const stored = new Int8Array(bytes.buffer, bytes.byteOffset + at, n * NT);
      return new TaggerModel(bits, undefined, inPlace ? stored : new Int8Array(stored), scale, transitions, present, ranks);
    }
    // One pass reads the gaps and fills the bitmap of the buckets present.
    const buckets = new Uint32Array(n);
    const present = presentBits(bits);
    let p = head;
    let prev = 0;
    // The gaps end where the weights begin: a varint running past them is a damaged file, not a loop.
    const gapsEnd = size - 4 - n * NT;
    for (let r = 0; r < n; r++) {
      if (p >= gapsEnd) throw new RangeError('tagger model: the file length does not match its header');
      let g = bytes[p++]!;
      if (g >= 0x80) {
        g &= 0x7f;
        for (let s = 7; ; s += 7) {
          if (p >= gapsEnd || s > 28) throw new RangeError('tagger model: the file length does not match its header');
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
