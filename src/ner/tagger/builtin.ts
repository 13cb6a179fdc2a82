import { packedModelBase64 } from './generated/model.js';
import { TaggerModel } from './model.js';
import { packedTagger } from './packed.js';
import { nodeBuffer, type NodeBufferLike } from '../../node-buffer.js';

let builtin: TaggerModel | undefined;

/**
 * The bytes of a base64 string. In Node, with its `Buffer` (a global, not an import: native code,
 * 5-13 ms for the built-in model on a busy 2-core host where `atob` and any JavaScript loop took
 * 40-60 ms on a cold start: Node 20's `atob` checks every character in JavaScript first); elsewhere
 * with `atob`, which browsers implement natively; without either, in JavaScript. `buffer` is a parameter for
 * the tests (`null`: use atob).
 *
 * @example
 * base64Bytes('2LPZhNin2YU='); // Uint8Array of the UTF-8 bytes of 'سلام'
 */
export function base64Bytes(s: string, buffer: NodeBufferLike | null | undefined = nodeBuffer): Uint8Array {
  if (buffer) {
    const b = buffer.from(s, 'base64');
    return new Uint8Array(b.buffer, b.byteOffset, b.byteLength);
  }
  if (typeof atob !== 'function') return decodeBase64(s);
  const binary = atob(s);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

/**
 * Base64 in JavaScript, for a realm with neither `Buffer` nor `atob` (a bare vm context, an embedded
 * engine: ECMAScript has no base64), where the built-in tagger threw 'atob is not defined'. Only
 * the shipped model is decoded here: its text is well-formed (no white space; `=` only at the end).
 */
function decodeBase64(s: string): Uint8Array {
  const digits = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
  const value = new Uint8Array(128);
  for (let d = 0; d < 64; d++) value[digits.charCodeAt(d)] = d;
  let end = s.length;
  while (end > 0 && s.charCodeAt(end - 1) === 61) end--; // '='
  const out = new Uint8Array((end * 3) >> 2);
  let acc = 0;
  let bits = 0;
  let o = 0;
  for (let i = 0; i < end; i++) {
    acc = ((acc << 6) | value[s.charCodeAt(i) & 127]!) & 0xffffff;
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      out[o++] = acc >> bits;
    }
  }
  return out;
}

/**
 * The built-in model (docs/MODEL.md), loaded and decoded on first use (never with `tagger: false`):
 * base64, then its weights unpacked a row at a time as the text asks for them (src/ner/tagger/packed.ts).
 * Its checksum is not computed here: the tests check the shipped bytes.
 */
export function builtinTagger(): TaggerModel {
  return (builtin ??= packedTagger(base64Bytes(packedModelBase64())));
}

const loaded = new WeakMap<Uint8Array, TaggerModel>();

/** The model in `bytes` (a model file read from disk or fetched), parsed once per array. */
export function loadTagger(bytes: Uint8Array): TaggerModel {
  let m = loaded.get(bytes);
  if (!m) loaded.set(bytes, (m = TaggerModel.fromBytes(bytes)));
  return m;
}
