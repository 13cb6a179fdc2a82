/** Types and option resolution of the normalisation layer. */

/**
 * A named set of operations:
 * - `'display'`: changes no spelling; removes invisibles and expands presentation forms only.
 * - `'standard'` (the default): `'display'` + removes diacritics and tatweel, unifies alef forms
 *   and Persian/Urdu letter forms.
 * - `'search'`: every operation on, digits to Latin. The form the gazetteer and recogniser compare.
 */
export type NormalizePreset = 'display' | 'standard' | 'search';

/** Target of the `digits` operation: leave digits alone, or map every digit to 0–9 or to ٠–٩. */
export type DigitsTarget = 'keep' | 'latin' | 'arabic';

/** The individual operations. See the README (Normalisation) for the exact character sets. */
export interface NormalizeOperations {
  /** Remove Arabic combining marks: tashkeel, superscript alef, Quranic and extended marks. */
  diacritics: boolean;
  /** Remove tatweel (kashida) U+0640. */
  tatweel: boolean;
  /** أ إ آ ٱ and rarer alef forms → ا. */
  alef: boolean;
  /** ى → ي. */
  alefMaksura: boolean;
  /** ة → ه. */
  tehMarbuta: boolean;
  /** ؤ → و, ئ → ي (standalone ء stays). */
  hamza: boolean;
  /** Persian/Urdu/Kurdish letter forms with an Arabic equivalent → that letter (ک → ك, ی → ي, ہ → ه …). */
  persian: boolean;
  /** Presentation forms U+FB50–FDFF, U+FE70–FEFF → base letters, ligatures expanded (ﻻ → لا, ﷲ → الله). */
  presentationForms: boolean;
  /** Arabic-Indic and Extended Arabic-Indic digits: keep, → 0–9 (`'latin'`), or all → ٠–٩ (`'arabic'`). */
  digits: DigitsTarget;
  /** ، ؛ ؟ ٪ ٫ ٬ ۔ → , ; ? % . , . */
  punctuation: boolean;
  /** Remove ZWSP, ZWNJ, ZWJ, LRM, RLM, ALM, bidi controls, BOM, soft hyphen, word joiner (ZWJ/ZWNJ between two emoji kept). */
  invisibles: boolean;
  /** A run of white space → one space, or one `\n` when the run contains a line break. */
  whitespace: boolean;
}

/** A preset name, or a preset (default `'standard'`) with individual operations overriding it. */
export type NormalizeOptions = NormalizePreset | ({ preset?: NormalizePreset | undefined } & { [K in keyof NormalizeOperations]?: NormalizeOperations[K] | undefined });

/**
 * Result of `normalizeWithOffsets`. `toOriginal` has `text.length + 1` entries: `toOriginal[i]` is
 * the UTF-16 offset in the original text of normalised code unit `i`, and
 * `toOriginal[text.length]` is the original length. It is non-decreasing, so the normalised span
 * `[a, b)` comes from `original.slice(toOriginal[a], toOriginal[b])`.
 */
export interface NormalizedText {
  /** The normalised text. */
  text: string;
  /**
   * Offset map to the original text, an `Int32Array` of length `text.length + 1`. For a short text
   * it is a view into a buffer shared with other results' maps: copy it (`.slice()`) rather than
   * transfer its `.buffer` to a worker, which would empty those maps (docs/normalisation.md).
   */
  toOriginal: Int32Array;
}

const OFF: NormalizeOperations = {
  diacritics: false,
  tatweel: false,
  alef: false,
  alefMaksura: false,
  tehMarbuta: false,
  hamza: false,
  persian: false,
  presentationForms: false,
  digits: 'keep',
  punctuation: false,
  invisibles: false,
  whitespace: false,
};

const DISPLAY: NormalizeOperations = { ...OFF, invisibles: true, presentationForms: true };
const STANDARD: NormalizeOperations = {
  ...DISPLAY,
  diacritics: true,
  tatweel: true,
  alef: true,
  persian: true,
};
const SEARCH: NormalizeOperations = {
  diacritics: true,
  tatweel: true,
  alef: true,
  alefMaksura: true,
  tehMarbuta: true,
  hamza: true,
  persian: true,
  presentationForms: true,
  digits: 'latin',
  punctuation: true,
  invisibles: true,
  whitespace: true,
};

/** The operations of each preset (frozen copies). */
export const PRESETS: Readonly<Record<NormalizePreset, Readonly<NormalizeOperations>>> = /* @__PURE__ */ Object.freeze({
  display: /* @__PURE__ */ Object.freeze(DISPLAY),
  standard: /* @__PURE__ */ Object.freeze(STANDARD),
  search: /* @__PURE__ */ Object.freeze(SEARCH),
});

/** All operations off. Internal (the helpers start from it). */
export const NO_OPERATIONS: Readonly<NormalizeOperations> = /* @__PURE__ */ Object.freeze(OFF);

/**
 * The names of the on/off operations, in bit order (`digits` takes a value instead). Public as
 * `NORMALIZE_SWITCHES`, for tools that offer each operation as a switch (the CLI's `--no-alef`).
 *
 * @example
 * NORMALIZE_SWITCHES.includes('tehMarbuta'); // true: normalize('مدرسة', { tehMarbuta: true }) → 'مدرسه'
 */
export const BOOLEAN_OPERATIONS = [
  'diacritics',
  'tatweel',
  'alef',
  'alefMaksura',
  'tehMarbuta',
  'hamza',
  'persian',
  'presentationForms',
  'punctuation',
  'invisibles',
  'whitespace',
] as const;

export type BooleanOperation = (typeof BOOLEAN_OPERATIONS)[number];

const DIGIT_TARGETS: readonly DigitsTarget[] = ['keep', 'latin', 'arabic'];

/** `typeof`, with `null` and `array` told apart, for error messages. */
export function describeType(x: unknown): string {
  return x === null ? 'null' : Array.isArray(x) ? 'array' : typeof x;
}

/** Throws the layer's TypeError unless `text` is a string. */
export function checkText(fn: string, text: unknown): asserts text is string {
  if (typeof text !== 'string') {
    throw new TypeError(`${fn}: expected text to be a string, got ${describeType(text)}`);
  }
}

function checkPreset(fn: string, preset: unknown): NormalizePreset {
  if (preset === 'display' || preset === 'standard' || preset === 'search') return preset;
  throw new RangeError(
    `${fn}: unknown preset ${typeof preset === 'string' ? JSON.stringify(preset) : describeType(preset)}` +
      ` (expected 'display', 'standard' or 'search')`,
  );
}

/** Checks a `digits` target, throwing a RangeError naming the bad value. */
export function checkDigits(fn: string, name: string, value: unknown): DigitsTarget {
  if ((DIGIT_TARGETS as readonly unknown[]).includes(value)) return value as DigitsTarget;
  throw new RangeError(
    `${fn}: ${name} must be 'keep', 'latin' or 'arabic', got ${typeof value === 'string' ? JSON.stringify(value) : describeType(value)}`,
  );
}

/**
 * Resolves `options` to the full set of operations, validating everything: a non-object →
 * TypeError; an unknown preset, an unknown option or a bad option value → RangeError naming it.
 */
export function resolveOptions(fn: string, options: unknown, what = 'options'): Readonly<NormalizeOperations> {
  if (options === undefined) return STANDARD;
  if (typeof options !== 'string' && (typeof options !== 'object' || options === null || Array.isArray(options))) {
    throw new TypeError(`${fn}: expected ${what} to be a preset name or an object, got ${describeType(options)}`);
  }
  // Options given to another function (createAnalyzer's options.normalize) are named as such.
  if (what !== 'options') fn = `${fn}: ${what}`;
  if (typeof options === 'string') return PRESETS[checkPreset(fn, options)];
  const o = options as Record<string, unknown>;
  const base = o.preset === undefined ? STANDARD : PRESETS[checkPreset(fn, o.preset)];
  let ops: NormalizeOperations | undefined;
  for (const key of Object.keys(o)) {
    const value = o[key];
    if (key === 'preset' || value === undefined) continue;
    if (key === 'digits') {
      (ops ??= { ...base }).digits = checkDigits(fn, 'option "digits"', value);
    } else if ((BOOLEAN_OPERATIONS as readonly string[]).includes(key)) {
      if (typeof value !== 'boolean') {
        throw new RangeError(`${fn}: option "${key}" must be a boolean, got ${describeType(value)}`);
      }
      (ops ??= { ...base })[key as BooleanOperation] = value;
    } else {
      throw new RangeError(`${fn}: unknown option "${key}"`);
    }
  }
  return ops ?? base;
}

/**
 * Checks the `normalize` option of another function (`tokenize`, `createDoc`, `createAnalyzer`,
 * `analyze`…) as `normalize` checks its options, naming that function and the option:
 * `createAnalyzer: options.normalize: unknown preset "loud" (expected 'display', 'standard' or 'search')`.
 */
export function checkNormalizeOption(fn: string, value: unknown): void {
  resolveOptions(fn, value, 'options.normalize');
}

/** A number that identifies a set of operations (bits of the booleans, then 2 bits of digits). */
export function operationsKey(ops: Readonly<NormalizeOperations>): number {
  let key = 0;
  for (let i = 0; i < BOOLEAN_OPERATIONS.length; i++) if (ops[BOOLEAN_OPERATIONS[i]!]) key |= 1 << i;
  return key | (DIGIT_TARGETS.indexOf(ops.digits) << BOOLEAN_OPERATIONS.length);
}
