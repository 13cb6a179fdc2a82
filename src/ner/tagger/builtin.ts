import { MODEL_BASE64 } from './generated/model.js';
import { TaggerModel } from './model.js';

let builtin: TaggerModel | undefined;

/** The built-in model (docs/MODEL.md), decoded on first use. */
export function builtinTagger(): TaggerModel {
  if (!builtin) {
    const s = atob(MODEL_BASE64);
    const bytes = new Uint8Array(s.length);
    for (let i = 0; i < s.length; i++) bytes[i] = s.charCodeAt(i);
    builtin = TaggerModel.fromBytes(bytes);
  }
  return builtin;
}

const loaded = new WeakMap<Uint8Array, TaggerModel>();

/** The model in `bytes` (a model file read from disk or fetched), parsed once per array. */
export function loadTagger(bytes: Uint8Array): TaggerModel {
  let m = loaded.get(bytes);
  if (!m) loaded.set(bytes, (m = TaggerModel.fromBytes(bytes)));
  return m;
}
