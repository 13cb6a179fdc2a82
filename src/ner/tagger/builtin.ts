import { packedModelBase64 } from './generated/model.js';
import { TaggerModel } from './model.js';
import { packedTagger } from './packed.js';
import { nodeBuffer, type NodeBufferLike } from '../../node-buffer.js';

let builtin: TaggerModel | undefined;

/**
 * The bytes of a base64 string. In Node, with its `Buffer` (a global, not an import: native code,
 * 5-13 ms for the built-in model on a busy 2-core host where `atob` and any JavaScript loop took
 * 40-60 ms on a cold start: Node 20's `atob` checks every character in JavaScript first); elsewhere
 * with `atob`, which browsers implement natively. `buffer` is a parameter for the tests (`null`: use atob).
 *
 * @example
 * base64Bytes('2LPZhNin2YU='); // Uint8Array of the UTF-8 bytes of 'سلام'
 */
export function base64Bytes(s: string, buffer: NodeBufferLike | null | undefined = nodeBuffer): Uint8Array {
  if (buffer) {
    const b = buffer.from(s, 'base64');
    return new Uint8Array(b.buffer, b.byteOffset, b.byteLength);
  }
  const binary = atob(s);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
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
