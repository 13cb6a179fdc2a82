/**
 * A filter in front of a large table of strings (a blocked Bloom filter): {@link KeyFilter.mayHave}
 * false says a key is in none of the strings added, true that it may be. A word never seen before
 * asks the lexicon's flags, the gazetteer's index and the common words about itself and its stems
 * (about six lookups a new word), and most are misses: in a table of tens of thousands of keys a
 * miss hashes a new string and then reads the bucket, each entry of its chain and each entry's
 * key, cache misses one after another. Here a miss is one hash of the key in this module and one
 * 64-byte line of bits, which a first pass keeps in the CPU's cache.
 *
 * @module
 */

/** Bits a key sets (in one 512-bit block). */
const enum F { PROBES = 3 }
/** Int32 words a block (one 64-byte cache line). */
const enum F { BLOCK_WORDS = 16 }
/** Bits of the filter a key added: about 1.5% of the misses pass it (a key that is absent said to be there). */
const enum F { BITS_PER_KEY = 16 }

/** A filter of the keys added with {@link add} (none can be removed). */
export class KeyFilter {
  private readonly bits: Int32Array;
  private readonly blockMask: number;

  /** A filter sized for about `keys` keys. */
  constructor(keys: number) {
    let blocks = 1;
    while (blocks * F.BLOCK_WORDS * 32 < keys * F.BITS_PER_KEY) blocks *= 2;
    this.bits = new Int32Array(blocks * F.BLOCK_WORDS);
    this.blockMask = blocks - 1;
  }

  add(key: string): void {
    const h = keyHash(key);
    const at = (h & this.blockMask) * F.BLOCK_WORDS;
    let g = mix(h);
    for (let p = 0; p < F.PROBES; p++, g >>>= 9) this.bits[at + ((g >>> 5) & 15)]! |= 1 << (g & 31);
  }

  /** False: `key` was never added. */
  mayHave(key: string): boolean {
    return this.mayHaveHash(keyHash(key));
  }

  /**
   * `mayHave(s.slice(from, to) + String.fromCharCode(last))` (without `last` when it is -1),
   * without making the string: a caller that tries many cuts of a word slices only those that pass.
   */
  mayHaveRange(s: string, from: number, to: number, last = -1): boolean {
    let h = 0x811c9dc5 ^ (to - from + (last >= 0 ? 1 : 0));
    for (let i = from; i < to; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
    if (last >= 0) h = Math.imul(h ^ last, 0x01000193);
    return this.mayHaveHash(h);
  }

  /**
   * `mayHave(a + ' ' + b)`, without making the string: a walk over a document asks whether a key
   * goes on with the next word, and most pairs of words a first pass meets are no key.
   */
  mayHaveJoined(a: string, b: string): boolean {
    let h = 0x811c9dc5 ^ (a.length + 1 + b.length);
    for (let i = 0; i < a.length; i++) h = Math.imul(h ^ a.charCodeAt(i), 0x01000193);
    h = Math.imul(h ^ 0x20, 0x01000193);
    for (let i = 0; i < b.length; i++) h = Math.imul(h ^ b.charCodeAt(i), 0x01000193);
    return this.mayHaveHash(h);
  }

  private mayHaveHash(h: number): boolean {
    const at = (h & this.blockMask) * F.BLOCK_WORDS;
    const bits = this.bits;
    let g = mix(h);
    for (let p = 0; p < F.PROBES; p++, g >>>= 9) if ((bits[at + ((g >>> 5) & 15)]! & (1 << (g & 31))) === 0) return false;
    return true;
  }
}

/** A filter of every key of `keys` (a Map's or a Set's). */
export function filterOf(keys: { readonly size: number; keys(): Iterable<string> }): KeyFilter {
  const f = new KeyFilter(keys.size);
  for (const k of keys.keys()) f.add(k);
  return f;
}

/** FNV-1a over the code units (int32), seeded with the length ({@link KeyFilter.mayHaveRange} hashes alike). */
function keyHash(s: string): number {
  let h = 0x811c9dc5 ^ s.length;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
  return h;
}

/** Other bits of `h` for the places in a block (the low bits chose the block). */
function mix(h: number): number {
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
  return (h ^ (h >>> 13)) >>> 0;
}
