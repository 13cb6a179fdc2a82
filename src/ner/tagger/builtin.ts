import { packedModelText } from './generated/model.js';
import { decodeByteText } from './byte-text.js';
import { TaggerModel } from './model.js';
import { packedTagger } from './packed.js';

let builtin: TaggerModel | undefined;

/**
 * The built-in model (docs/MODEL.md), loaded and decoded on first use (never with `tagger: false`):
 * its packed bytes read from their text (src/ner/tagger/byte-text.ts), then its weights unpacked a row
 * at a time as the analysed text asks for them (src/ner/tagger/packed.ts).
 * Its checksum is not computed here: the tests check the shipped bytes.
 */
export function builtinTagger(): TaggerModel {
  return (builtin ??= packedTagger(decodeByteText(packedModelText())));
}

const loaded = new WeakMap<Uint8Array, TaggerModel>();

/** The model in `bytes` (a model file read from disk or fetched), parsed once per array. */
export function loadTagger(bytes: Uint8Array): TaggerModel {
  let m = loaded.get(bytes);
  if (!m) loaded.set(bytes, (m = TaggerModel.fromBytes(bytes)));
  return m;
}
