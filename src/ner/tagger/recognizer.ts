import type { Gazetteer } from '../../gazetteer/index.js';
import type { Component } from '../component.js';
import { AFTER_TAGGER, BUILTIN_COMPONENTS, recognizer, type Recognizer } from '../pipeline.js';
import { builtinTagger, loadTagger } from './builtin.js';
import { taggerComponent } from './component.js';
import type { TaggerModel } from './model.js';

/** Which recogniser the options ask for: rules only (`tagger: false`), or rules + a tagger. */
export interface TaggerOptions {
  gazetteer?: Gazetteer;
  /** `false`: rules only, no model loaded. Default: rules + the tagger. */
  tagger?: boolean;
  /** The bytes of a model file (from `tahlil train`); the built-in model when absent. */
  model?: Uint8Array;
}

const withTagger = new WeakMap<TaggerModel, Component[]>();

function components(model: TaggerModel): Component[] {
  let list = withTagger.get(model);
  if (!list) {
    // The tagger reads what the rules chose (after propagation) and goes before AFTER_TAGGER:
    // `named-after`, which reads the people it chose too, and `nationalities`, which skips
    // adjectives inside the final entities.
    const i = BUILTIN_COMPONENTS.findIndex((c) => AFTER_TAGGER.includes(c.name));
    list = [...BUILTIN_COMPONENTS.slice(0, i), taggerComponent(model), ...BUILTIN_COMPONENTS.slice(i)];
    withTagger.set(model, list);
  }
  return list;
}

/**
 * The components `options` ask for: the built-in rules, with the tagger (the built-in model, or
 * `model`) before `named-after` and `nationalities` unless `tagger: false`. Loads the model: a bad file throws here.
 */
export function componentsFor(options: TaggerOptions): readonly Component[] {
  if (options.tagger === false) return BUILTIN_COMPONENTS;
  return components(options.model !== undefined ? loadTagger(options.model) : builtinTagger());
}

/** The recogniser for `options`: the rules, then the tagger unless `tagger: false`. */
export function recognizerFor(options: TaggerOptions): Recognizer {
  return recognizer({ ...(options.gazetteer ? { gazetteer: options.gazetteer } : {}), components: componentsFor(options) });
}
