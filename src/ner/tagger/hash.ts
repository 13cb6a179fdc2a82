/**
 * 32-bit hashes for the tagger's features. A feature is a template number mixed with the hash of
 * a value (a word, an affix, a flag): `mix(T_WORD_PREV, hashString('الرئيس'))`. Integer mixing
 * only, so that features of a word's neighbours cost no string work at tagging time.
 */

/** FNV-1a over UTF-16 code units. */
export function hashString(s: string): number {
  return hashRange(s, 0, s.length);
}

/**
 * `hashString(s.slice(from, to))` without making the slice (`0 <= from <= to <= s.length`).
 *
 * @example
 * hashRange('الرييس', 0, 3) === hashString('الر'); // true
 */
export function hashRange(s: string, from: number, to: number): number {
  // The offset basis as int32 (`| 0`): as 0x811c9dc5, above 2^31, the loop's `h` was a float64 in
  // V8's optimised code (the phi of a double and the loop's int32), converted at every letter.
  let h = 0x811c9dc5 | 0;
  for (let i = from; i < to; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** Two 32-bit values into one (the murmur3 finaliser over a multiply-xor of both). */
export function mix(a: number, b: number): number {
  let h = Math.imul(a ^ Math.imul(b, 0x9e3779b1), 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}
