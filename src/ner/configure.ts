import { builtinLexicon, type EntityType, type Gazetteer, type GazetteerEntryInput } from '../gazetteer/index.js';
import { gazetteerWith } from '../gazetteer/create.js';
import { checkNormalizeOption } from '../normalize/options.js';
import type { Component } from './component.js';
import { compilePatterns, patternComponent, type Pattern } from './components/patterns.js';
import { extendLexicon, type LexiconAdditions } from './lexicon-extension.js';
import { recognizer, type Recognizer } from './pipeline.js';
import { componentsFor } from './tagger/recognizer.js';
import { isUint8Array, notBytes } from './tagger/bytes.js';
import { notText } from '../tokenize/tokenize.js';
import type { RecognizeOptions } from './types.js';

/** What `createAnalyzer` accepts beyond {@link RecognizeOptions}. */
export interface RecognizerConfig extends RecognizeOptions {
  /** Entries to add to the gazetteer (the built-in one, or `gazetteer` when given). */
  entries?: Iterable<GazetteerEntryInput> | undefined;
  /** Components to switch off, by name (see `analyzer.components`): `['propagation', 'family-names']`. */
  disable?: readonly string[] | undefined;
  /** Token patterns whose matches are entities and win over the built-in rules (see {@link Pattern}). */
  patterns?: readonly Pattern[] | undefined;
  /** Words to add to the built-in lexicon. */
  lexicon?: LexiconAdditions | undefined;
}

const ALL_TYPES: readonly EntityType[] = ['PER', 'LOC', 'ORG'];
/** The option keys of `analyze`, `extractEntities` and `analyzeMany`. */
export const RECOGNIZE_KEYS: readonly string[] = ['gazetteer', 'normalize', 'types', 'tagger', 'model'];
/** The option keys of `createAnalyzer`. */
export const ANALYZER_KEYS: readonly string[] = [...RECOGNIZE_KEYS, 'entries', 'disable', 'patterns', 'lexicon'];
/** Components that cannot be switched off: without `resolve` nothing is ever chosen. */
const REQUIRED = new Set(['resolve']);

/** How a value given as a document's text is named in an error message (bytes with what to do: {@link notText}). */
export function describeText(value: unknown): string {
  return Array.isArray(value) ? 'an array' : notText(value);
}

/** How a bad value is named in an error message: `null`, `an array`, `number`… */
export function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  return typeof value;
}

function list(keys: readonly string[]): string {
  return keys.length <= 1 ? keys.join('') : `${keys.slice(0, -1).join(', ')} or ${keys[keys.length - 1]}`;
}

/**
 * Reads an options object once (each key, once) into a plain copy, rejecting what is not an object
 * and any key not in `allowed` with an error that names it: `analyze: unknown option "frob"
 * (expected gazetteer, normalize or types)`. Checks `types`, `tagger`, `model` and `gazetteer`.
 */
export function readOptions<T extends object>(options: unknown, fn: string, allowed: readonly string[], expected: string): T {
  if (options === null || typeof options !== 'object' || Array.isArray(options)) {
    throw new TypeError(`${fn}: expected options to be an object such as ${expected}, got ${describe(options)}`);
  }
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(options)) {
    if (!allowed.includes(key)) throw new RangeError(`${fn}: unknown option ${JSON.stringify(key)} (expected ${list(allowed)})`);
    const value = (options as Record<string, unknown>)[key];
    if (value !== undefined) out[key] = value;
  }
  const o = out as RecognizeOptions;
  // Checked now (createAnalyzer: not at the first text), and named as this function's option.
  if (o.normalize !== undefined) checkNormalizeOption(fn, o.normalize);
  if (o.types !== undefined) {
    if (!Array.isArray(o.types)) throw new TypeError(`${fn}: expected options.types to be an array of 'PER' | 'LOC' | 'ORG'`);
    for (const t of o.types) {
      if (!ALL_TYPES.includes(t)) throw new RangeError(`${fn}: unknown entity type ${JSON.stringify(t)} in options.types (expected 'PER', 'LOC' or 'ORG')`);
    }
    out.types = [...o.types];
  }
  if (o.tagger !== undefined && typeof o.tagger !== 'boolean') throw new TypeError(`${fn}: expected options.tagger to be true or false, got ${describe(o.tagger)}`);
  if (o.model !== undefined && !isUint8Array(o.model)) {
    throw new TypeError(`${fn}: expected options.model to be the bytes of a model file (a Uint8Array), got ${notBytes(o.model)}`);
  }
  // tagger: false loads no model: a model given beside it was ignored without a word (the CLI
  // refuses --model with --no-tagger the same way).
  if (o.tagger === false && o.model !== undefined) throw new RangeError(`${fn}: options.model and tagger: false cannot go together (tagger: false is the rules alone)`);
  if (o.gazetteer !== undefined && (typeof o.gazetteer !== 'object' || typeof o.gazetteer?.match !== 'function')) {
    throw new TypeError(`${fn}: expected options.gazetteer to be a Gazetteer (see createGazetteer)`);
  }
  return out as T;
}

/**
 * The recogniser `createAnalyzer` options describe: the gazetteer with `entries` added, the lexicon
 * with `lexicon` added, the built-in components without `disable`d ones, and a `pattern`
 * component after the gazetteer when `patterns` are given. Options must already be read by
 * {@link readOptions}. Throws a `RangeError` naming an unknown component or a malformed pattern.
 * The tagger (unless `tagger: false`) is one of the components: `disable: ['tagger']` works too.
 */
export function configureRecognizer(o: RecognizerConfig, fn: string): Recognizer {
  let gazetteer: Gazetteer | undefined = o.gazetteer;
  if (o.entries !== undefined) gazetteer = gazetteerWith(o.entries, { extends: gazetteer ?? 'builtin' }, `${fn}: options.entries`);
  let components: Component[] = [...componentsFor(o)];
  if (o.patterns !== undefined) {
    const compiled = compilePatterns(o.patterns, fn);
    const after = components.findIndex((c) => c.name === 'gazetteer') + 1;
    components.splice(after, 0, patternComponent(compiled));
  }
  if (o.disable !== undefined) {
    if (!Array.isArray(o.disable)) throw new TypeError(`${fn}: expected options.disable to be an array of component names`);
    const names = components.map((c) => c.name);
    for (const name of o.disable) {
      if (typeof name !== 'string' || !names.includes(name)) {
        throw new RangeError(`${fn}: unknown component ${JSON.stringify(name)} in options.disable (the components are ${names.join(', ')})`);
      }
      if (REQUIRED.has(name)) throw new RangeError(`${fn}: the component ${JSON.stringify(name)} cannot be disabled (it chooses the entities)`);
      if (name === 'tagger' && o.model !== undefined) throw new RangeError(`${fn}: options.model and disable: ['tagger'] cannot go together (the model would not be used)`);
    }
    components = components.filter((c) => !o.disable!.includes(c.name));
  }
  const lexicon = o.lexicon !== undefined ? extendLexicon(builtinLexicon(), o.lexicon, fn) : undefined;
  return recognizer({ components, ...(gazetteer ? { gazetteer } : {}), ...(lexicon ? { lexicon } : {}) });
}
