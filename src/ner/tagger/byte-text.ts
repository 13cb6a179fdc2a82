/**
 * Bytes as JavaScript string text that gzip compresses nearly as well as the bytes themselves: how
 * the built-in model ships inside the bundle (src/ner/tagger/generated/model.ts).
 *
 * Base64 cuts bytes into 6-bit digits, so gzip no longer sees the bytes' own frequencies: the packed
 * model is 145.8 KB gzip as bytes and 174.3 KB as base64 (2026-12-07). Here each of the 90 most
 * frequent byte values is one printable ASCII character and every other value two (one of two
 * escape characters, then one of the 92), so a character stays a byte for 91% of the model's
 * bytes: 148.4 KB gzip. Characters that a string literal would have to escape (`"`, `'`, `\`) and
 * everything outside printable ASCII are never written.
 *
 * The text is a header, the 256 byte values from the most to the least frequent as two hex digits
 * each (512 characters), then the body.
 */

/** The 92 characters of the body: printable ASCII (U+0020–U+007E) but `"`, `'` and `\`. */
const ALPHABET = /* @__PURE__ */ alphabet();
/** Byte values written as one character; the rest take an escape character and one more. */
const SINGLES = 90;
const HEADER = 512;
const HEX_BYTE = /^[0-9a-f]{2}$/;

function alphabet(): string {
  let s = '';
  for (let c = 0x20; c <= 0x7e; c++) if (c !== 0x22 && c !== 0x27 && c !== 0x5c) s += String.fromCharCode(c);
  return s;
}

/**
 * `bytes` as text (see the module's comment): the byte values are ranked by how often they occur
 * in `bytes` (ties by value), so the result depends on nothing else.
 *
 * @example
 * encodeByteText(new TextEncoder().encode('بغداد')); // '…' (512 hex digits, then 10 bytes as 10 to 20 characters)
 * decodeByteText(encodeByteText(new Uint8Array([0, 255, 0]))); // Uint8Array [0, 255, 0]
 */
export function encodeByteText(bytes: Uint8Array): string {
  if (!(bytes instanceof Uint8Array)) throw new TypeError('encodeByteText: expected a Uint8Array');
  const count = new Array<number>(256).fill(0);
  for (const b of bytes) count[b]!++;
  const order = [...count.keys()].sort((a, b) => count[b]! - count[a]! || a - b);
  const n = ALPHABET.length;
  const code = new Array<string>(256);
  order.forEach((b, rank) => {
    code[b] = rank < SINGLES ? ALPHABET[rank]! : ALPHABET[SINGLES + Math.floor((rank - SINGLES) / n)]! + ALPHABET[(rank - SINGLES) % n]!;
  });
  const parts = [order.map((b) => b.toString(16).padStart(2, '0')).join('')];
  for (const b of bytes) parts.push(code[b]!);
  return parts.join('');
}

/**
 * The bytes of a text that {@link encodeByteText} wrote. One pass over the text (no `Buffer` or
 * `atob`: it runs as it is in any JavaScript realm); a RangeError names what is wrong with a text
 * that no encoder wrote (a bad header, a character outside the alphabet, an escape cut off).
 *
 * @example
 * decodeByteText(encodeByteText(new TextEncoder().encode('سلام'))); // the 8 UTF-8 bytes of 'سلام'
 */
export function decodeByteText(text: string): Uint8Array {
  if (typeof text !== 'string') throw new TypeError(`decodeByteText: expected a string, got ${typeof text}`);
  if (text.length < HEADER) throw new RangeError(`decodeByteText: the text is ${text.length} characters, shorter than its ${HEADER}-character header`);
  const order = new Uint8Array(256);
  const seen = new Uint8Array(256);
  for (let r = 0; r < 256; r++) {
    const hex = text.slice(2 * r, 2 * r + 2);
    const b = HEX_BYTE.test(hex) ? parseInt(hex, 16) : -1;
    if (b < 0 || seen[b]) throw new RangeError(`decodeByteText: the header is damaged at character ${2 * r} (expected 256 different byte values in hex)`);
    seen[b] = 1;
    order[r] = b;
  }
  const n = ALPHABET.length;
  // For each character code: the byte it stands for, 256 + the first rank it escapes to, or -1.
  const lead = new Int16Array(128).fill(-1);
  const rankOf = new Int16Array(128).fill(-1);
  for (let i = 0; i < n; i++) {
    const c = ALPHABET.charCodeAt(i);
    rankOf[c] = i;
    lead[c] = i < SINGLES ? order[i]! : 256 + SINGLES + (i - SINGLES) * n;
  }
  const out = new Uint8Array(text.length - HEADER);
  let o = 0;
  for (let i = HEADER; i < text.length; i++) {
    const c = text.charCodeAt(i);
    const v = c < 128 ? lead[c]! : -1;
    if (v < 0) throw new RangeError(`decodeByteText: character ${i} (U+${c.toString(16).toUpperCase().padStart(4, '0')}) is not in the alphabet`);
    if (v < 256) {
      out[o++] = v;
      continue;
    }
    const next = ++i < text.length ? text.charCodeAt(i) : -1;
    const r = next >= 0 && next < 128 ? rankOf[next]! : -1;
    if (r < 0 || v - 256 + r > 255) throw new RangeError(`decodeByteText: the escape at character ${i - 1} is ${next < 0 ? 'cut off' : 'followed by a character that is not in the alphabet'}`);
    out[o++] = order[v - 256 + r]!;
  }
  return out.subarray(0, o);
}
