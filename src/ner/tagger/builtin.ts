import { MODEL_BASE64 } from './generated/model.js';
import { TaggerModel } from './model.js';

let builtin: TaggerModel | undefined;

/** Base64 digit values by character code (64 for anything else). */
let digits: Uint8Array | undefined;

/**
 * The bytes of a base64 string (standard alphabet, `=` padding, no white space), decoded in one
 * loop. `atob` plus a `charCodeAt` copy made a 290 KB binary string first, and Node 20's `atob`
 * looks every character up in a list of 69: together 7% of a cold start.
 *
 * @example
 * fromBase64('2LPZhNin2YU='); // Uint8Array of the UTF-8 bytes of 'سلام'
 */
export function fromBase64(s: string): Uint8Array {
  if (!digits) {
    digits = new Uint8Array(128).fill(64);
    const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
    for (let i = 0; i < 64; i++) digits[alphabet.charCodeAt(i)] = i;
  }
  const d = digits;
  let n = s.length;
  while (n > 0 && s.charCodeAt(n - 1) === 0x3d) n--; // '='
  if (n % 4 === 1) throw new RangeError('fromBase64: the length of the text is not that of base64');
  const out = new Uint8Array((n * 3) >> 2);
  let o = 0;
  let bad = 0;
  let i = 0;
  for (; i + 4 <= n; i += 4) {
    const a = d[s.charCodeAt(i) & 0x7f]!;
    const b = d[s.charCodeAt(i + 1) & 0x7f]!;
    const c = d[s.charCodeAt(i + 2) & 0x7f]!;
    const e = d[s.charCodeAt(i + 3) & 0x7f]!;
    bad |= a | b | c | e | (s.charCodeAt(i) | s.charCodeAt(i + 1) | s.charCodeAt(i + 2) | s.charCodeAt(i + 3)) & 0xff80;
    const v = (a << 18) | (b << 12) | (c << 6) | e;
    out[o++] = v >> 16;
    out[o++] = (v >> 8) & 0xff;
    out[o++] = v & 0xff;
  }
  // The last 2 or 3 characters: 1 or 2 bytes.
  let v = 0;
  const rest = n - i;
  for (let k = 0; k < rest; k++) {
    const ch = s.charCodeAt(i + k);
    const x = d[ch & 0x7f]!;
    bad |= x | (ch & 0xff80);
    v = (v << 6) | x;
  }
  if (rest === 2) out[o++] = v >> 4;
  else if (rest === 3) {
    out[o++] = v >> 10;
    out[o++] = (v >> 2) & 0xff;
  }
  if (bad & ~63) throw new RangeError('fromBase64: the text has a character outside the base64 alphabet');
  return out;
}

/** The built-in model (docs/MODEL.md), decoded on first use. */
export function builtinTagger(): TaggerModel {
  return (builtin ??= TaggerModel.fromBytes(fromBase64(MODEL_BASE64)));
}

const loaded = new WeakMap<Uint8Array, TaggerModel>();

/** The model in `bytes` (a model file read from disk or fetched), parsed once per array. */
export function loadTagger(bytes: Uint8Array): TaggerModel {
  let m = loaded.get(bytes);
  if (!m) loaded.set(bytes, (m = TaggerModel.fromBytes(bytes)));
  return m;
}
