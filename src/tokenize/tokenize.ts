import { normalize, type NormalizeOptions } from '../normalize/index.js';
import { checkNormalizeOption } from '../normalize/options.js';
import { KIND_NAMES, releaseScratch, scan } from './scan.js';
import type { Token, TokenizeOptions } from './types.js';

/**
 * Throws the layer's TypeError unless `options` is undefined or an object, not an array
 * (`tokenize(text, { normalize: 'search' })`); with `allowed`, a RangeError naming the first key
 * not in it, so that a mistyped key (`{ normalise: 'search' }`) is not silently ignored.
 */
export function checkOptions(fn: string, options: unknown, allowed?: readonly string[]): asserts options is object | undefined {
  if (options === undefined) return;
  if (typeof options !== 'object' || options === null || Array.isArray(options)) {
    throw new TypeError(`${fn}: expected options to be an object`);
  }
  if (allowed === undefined) return;
  for (const key in options) {
    if (!allowed.includes(key) && Object.hasOwn(options, key)) throw new RangeError(`${fn}: unknown option ${JSON.stringify(key)} (expected ${allowed.join(', ')})`);
  }
}

/** The option keys of `tokenize` and `tokenTable`. */
export const TOKENIZE_KEYS: readonly string[] = ['normalize'];

/**
 * How a value given where text was expected is named in an error message: `null`, `array`,
 * `number`…, and for bytes (`readFileSync(path)` without an encoding, a `Buffer`, an
 * `ArrayBuffer`) what to do with them, since that is the usual way text arrives as an object.
 */
export function notText(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  const tag = Object.prototype.toString.call(value).slice(8, -1);
  if (ArrayBuffer.isView(value) || tag === 'ArrayBuffer' || tag === 'SharedArrayBuffer') {
    return `${tag} (bytes, not text: decode them first, e.g. readFileSync(path, 'utf8') or new TextDecoder().decode(bytes))`;
  }
  return typeof value;
}

/**
 * How a value given where an iterable was expected is named in an error message, with what to do
 * when it is the usual near miss: a Promise, or an async iterable (a Node stream, a readline
 * interface, an async generator: how lines of a JSONL file arrive); else `typeof` (`null`, `an array`).
 */
export function notIterable(value: unknown): string {
  if (value !== null && typeof value === 'object') {
    if (typeof (value as PromiseLike<unknown>).then === 'function') return 'a Promise: await it first';
    if (typeof (value as AsyncIterable<unknown>)[Symbol.asyncIterator] === 'function') {
      return 'an async iterable (a stream, a readline interface, an async generator): this function reads synchronously: collect the items into an array first, or call it on each item in a for await loop';
    }
  }
  return value === null ? 'null' : typeof value;
}

/** Throws the layer's TypeError unless `value` is a string. */
export function checkString(fn: string, name: string, value: unknown): asserts value is string {
  if (typeof value !== 'string') throw new TypeError(`${fn}: expected ${name} to be a string, got ${notText(value)}`);
}

/**
 * Per set of normalisation options: which code units can change (0 unknown, 1 no, 2 yes), learnt
 * lazily from `normalize` itself, and a direct-mapped cache of recent token strings with their
 * normalised forms. Tokens made only of code units that normalisation leaves alone (most Latin,
 * digits, punctuation and plain Arabic letters) get `norm === text` without calling `normalize`;
 * a token already in the cache reuses its strings (no slicing, no normalising), which keeps
 * `tokenize` fast on real text, where a few thousand word forms make up most tokens.
 *
 * The cache starts with `1 << FIRST_CACHE_BITS` slots and grows four-fold (emptied) each time it
 * has taken as many new tokens as it has slots, up to `1 << CACHE_BITS`: a short text, or a cold
 * start, does not pay for two 512 KB arrays per set of options (each a garbage collection).
 */
export interface NormState {
  options: NormalizeOptions | undefined;
  changes: Uint8Array;
  surfaces: (string | undefined)[];
  norms: string[];
  /** `surfaces.length - 1`. */
  mask: number;
  /** Tokens put into the cache since it last grew. */
  misses: number;
}

const states = new Map<string, NormState>();
const CACHE_BITS = 16;
const FIRST_CACHE_BITS = 10;
/** Tokens longer than this are not cached. */
const CACHE_MAX_LENGTH = 24;

export function normState(options: NormalizeOptions | undefined, fn = 'tokenize'): NormState {
  // Validate before building the cache key: a key made from bad options must never find a state.
  if (options !== undefined) checkNormalizeOption(fn, options); // throws TypeError / RangeError naming fn
  const key = options === undefined ? 'standard' : typeof options === 'string' ? options : stableKey(options);
  let s = states.get(key);
  if (!s) {
    s = {
      options: typeof options === 'object' && options !== null ? { ...options } : options,
      changes: new Uint8Array(0x10000),
      surfaces: new Array<string | undefined>(1 << FIRST_CACHE_BITS).fill(undefined),
      norms: new Array<string>(1 << FIRST_CACHE_BITS).fill(''),
      mask: (1 << FIRST_CACHE_BITS) - 1,
      misses: 0,
    };
    if (states.size > 64) states.clear();
    states.set(key, s);
  }
  return s;
}

function stableKey(options: object): string {
  const o = options as Record<string, unknown>;
  return JSON.stringify(Object.keys(o).sort().map((k) => [k, o[k]]));
}

/** The token normalised: itself when none of its code units can change, else `normalize(surface)`. */
export function normOf(s: NormState, surface: string): string {
  const table = s.changes;
  for (let p = 0; p < surface.length; p++) {
    const c = surface.charCodeAt(p);
    let v = table[c]!;
    if (v === 0) {
      const ch = String.fromCharCode(c);
      v = table[c] = normalize(ch, s.options) === ch ? 1 : 2;
    }
    if (v === 2) return normalize(surface, s.options);
  }
  return surface;
}

/**
 * The slot of `s`'s cache that holds the token `text.slice(start, end)` and its normalised form
 * (put there now if it was not), or -1 for a token too long to cache.
 */
export function cacheSlot(s: NormState, text: string, start: number, end: number): number {
  const len = end - start;
  if (len > CACHE_MAX_LENGTH) return -1;
  let h = len;
  for (let p = start; p < end; p++) h = Math.imul(h ^ text.charCodeAt(p), 0x01000193);
  const mixed = h ^ (h >>> CACHE_BITS);
  let slot = mixed & s.mask;
  const cached = s.surfaces[slot];
  if (cached !== undefined && cached.length === len) {
    let p = 0;
    while (p < len && cached.charCodeAt(p) === text.charCodeAt(start + p)) p++;
    if (p === len) return slot;
  }
  if (++s.misses > s.mask && s.mask < (1 << CACHE_BITS) - 1) slot = mixed & growCache(s);
  const surface = text.slice(start, end);
  s.surfaces[slot] = surface;
  s.norms[slot] = normOf(s, surface);
  return slot;
}

/** Replaces `s`'s cache by an empty one four times as large (at most `1 << CACHE_BITS` slots); returns its mask. */
function growCache(s: NormState): number {
  const size = Math.min(1 << CACHE_BITS, (s.mask + 1) * 4);
  s.surfaces = new Array<string | undefined>(size).fill(undefined);
  s.norms = new Array<string>(size).fill('');
  s.misses = 0;
  return (s.mask = size - 1);
}

/** The token `text.slice(start, end)` normalised, through `s`'s cache. */
export function normAt(s: NormState, text: string, start: number, end: number): string {
  const slot = cacheSlot(s, text, start, end);
  return slot < 0 ? normOf(s, text.slice(start, end)) : s.norms[slot]!;
}

/**
 * Splits text into tokens: Arabic words (with their diacritics, tatweel and invisible controls),
 * Latin words, numbers, punctuation, symbols, URLs, e-mails, hashtags, mentions and emoji. White
 * space is not a token; every other character is inside exactly one token, and
 * `text.slice(token.start, token.end) === token.text` (offsets are UTF-16 indices into `text`).
 * `norm` is the token normalised with `options.normalize` (default `'standard'`). Linear time.
 *
 * A proclitic joined by tatweel to a Latin word or a number is its own word (`بـCNN` → `بـ`, `CNN`).
 * Tokens are plain objects; use {@link segmentToken} to cut a word token into clitics on demand.
 *
 * @throws {TypeError} when `text` is not a string or `options` not an object.
 * @throws {RangeError} on bad normalisation options (as `normalize`), or an option other than `normalize`.
 *
 * @example
 * tokenize('قالَ لـCNN: ارتفع ٣٫٥٪ 🇮🇶').map((t) => [t.text, t.kind, t.norm]);
 * // [['قالَ','word','قال'], ['لـ','word','ل'], ['CNN','latin','CNN'], [':','punct',':'],
 * //  ['ارتفع','word','ارتفع'], ['٣٫٥٪','number','٣٫٥٪'], ['🇮🇶','emoji','🇮🇶']]
 */
export function tokenize(text: string, options?: TokenizeOptions): Token[] {
  checkString('tokenize', 'text', text);
  checkOptions('tokenize', options, TOKENIZE_KEYS);
  const s = normState(options?.normalize);
  const triples = scan(text);
  const raw = triples.data;
  const tokens: Token[] = new Array(triples.length / 3);
  for (let r = 0, t = 0; r < triples.length; r += 3, t++) {
    const start = raw[r]!;
    const end = raw[r + 1]!;
    const kind = KIND_NAMES[raw[r + 2]!]!;
    const slot = cacheSlot(s, text, start, end);
    if (slot < 0) {
      const surface = text.slice(start, end);
      tokens[t] = { text: surface, start, end, kind, norm: normOf(s, surface) };
    } else tokens[t] = { text: s.surfaces[slot]!, start, end, kind, norm: s.norms[slot]! }; // the cache may have grown
  }
  releaseScratch();
  return tokens;
}
