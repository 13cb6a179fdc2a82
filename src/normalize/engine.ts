/**
 * The normalisation engine: one table-driven pass over the UTF-16 code units of the text.
 *
 * For a set of operations, every code unit U+0000–U+FFFF is mapped once (lazily, cached) to its
 * FINAL output: the operations are applied to it, and to what they produce, until nothing changes
 * (ﷲ → ا ل ل ه; ﺃ → أ → ا; ۓ → ئ → ي). A code unit's entry in `map` is then either its single
 * output code unit (≥ 0) or one of the negative codes below. Surrogates are never mapped: astral
 * code points and lone surrogates pass through unchanged. Running time is linear in the length of
 * the text, and the result is idempotent because every output code unit is a fixed point.
 */
import {
  ALEF_MAKSURA_MAP,
  ALEF_MAP,
  DIGIT_ZERO_ARABIC,
  DIGIT_ZERO_EXTENDED,
  DIGIT_ZERO_LATIN,
  HAMZA_MAP,
  INVISIBLE_RANGES,
  MARK_RANGES,
  PERSIAN_MAP,
  PUNCTUATION_MAP,
  SPACE_RANGES,
  TATWEEL_CODE,
  TEH_MARBUTA_MAP,
  ZWJ,
  ZWNJ,
  isEmojiCodePoint,
  isLineBreak,
  isSpace,
} from './chars.js';
import { operationsKey, type NormalizeOperations } from './options.js';
import { nodeBuffer, type NodeBufferLike } from '../node-buffer.js';

/** Removed; transparent for white-space runs. */
const DELETE = -1;
/** White space (not a line break) under `whitespace`: starts or continues a run. */
const SPACE_RUN = -2;
/** A line break under `whitespace`: the run becomes `\n`. */
const BREAK_RUN = -3;
/** ZWJ / ZWNJ under `invisibles`: kept only between two emoji code points. */
const JOINER = -4;
/** A surrogate code unit: passes through unchanged (astral code points, lone surrogates). */
const SURROGATE = -5;
/** Entries ≤ EXPANSION map to `expansions[EXPANSION - entry]`. */
const EXPANSION = -6;

/** A multi-unit output: its text, and whether it holds white space that a run must absorb. */
interface Expansion {
  text: string;
  spaced: boolean;
}

/** A compiled set of operations. */
interface Compiled {
  map: Int32Array;
  /** `map` for the buffer strategy: the same, except that U+0020 is a plain character (whether it
   * continues a run is worked out, without a branch, as it is written). */
  bufferMap: Int32Array;
  /** Multi-unit outputs (final code units). */
  expansions: Expansion[];
  /** Whether white space in expansions must go through the run logic. */
  whitespace: boolean;
  /** Whether the operations change letters that occur in almost every sentence (ة ى أ, or every
   * white-space run): the buffer strategy is then taken without sampling the text. */
  dense: boolean;
}

// ---------------------------------------------------------------------------------------------
// Single-step mapping of each operation, as code unit → replacement string.

type Step = Map<number, string>;

function pairs(step: Step, list: readonly number[]): void {
  for (let i = 0; i < list.length; i += 2) step.set(list[i]!, String.fromCharCode(list[i + 1]!));
}

function ranges(step: Step, list: readonly number[], to: string): void {
  for (let i = 0; i < list.length; i += 2) for (let c = list[i]!; c <= list[i + 1]!; c++) step.set(c, to);
}

/** The generated presentation-form table (flat pairs), passed in by callers that may need it. */
export type FormsTable = readonly (number | string)[];

function stepOf(ops: Readonly<NormalizeOperations>, forms: FormsTable | undefined): Step {
  const step: Step = new Map();
  if (ops.presentationForms) {
    if (!forms) throw new Error('normalize: internal error, presentation-form table missing');
    for (let i = 0; i < forms.length; i += 2) step.set(forms[i] as number, forms[i + 1] as string);
  }
  if (ops.diacritics) ranges(step, MARK_RANGES, '');
  if (ops.tatweel) step.set(TATWEEL_CODE, '');
  if (ops.alef) pairs(step, ALEF_MAP);
  if (ops.alefMaksura) pairs(step, ALEF_MAKSURA_MAP);
  if (ops.tehMarbuta) pairs(step, TEH_MARBUTA_MAP);
  if (ops.hamza) pairs(step, HAMZA_MAP);
  if (ops.persian) pairs(step, PERSIAN_MAP);
  if (ops.punctuation) pairs(step, PUNCTUATION_MAP);
  if (ops.digits !== 'keep') {
    const zero = ops.digits === 'latin' ? DIGIT_ZERO_LATIN : DIGIT_ZERO_ARABIC;
    for (const from of [DIGIT_ZERO_LATIN, DIGIT_ZERO_ARABIC, DIGIT_ZERO_EXTENDED]) {
      if (from === zero) continue;
      for (let d = 0; d < 10; d++) step.set(from + d, String.fromCharCode(zero + d));
    }
  }
  if (ops.invisibles) ranges(step, INVISIBLE_RANGES, ''); // ZWJ/ZWNJ are special-cased in compile()
  return step;
}

/**
 * The final output of code unit `c`: its replacement under `step`, with each code unit of that
 * replaced in turn until nothing changes (ﺃ → أ → ا; ﷲ → ا ل ل ه). Applying `step` to every code
 * unit of a string until nothing changes gives the same, code unit by code unit; `memo` keeps each
 * code unit's output, so that the 731 presentation forms, which share a few dozen letters, resolve
 * each letter once.
 */
function finalOf(step: Step, c: number, memo: Map<number, string>, depth = 0): string {
  let out = memo.get(c);
  if (out !== undefined) return out;
  const r = step.get(c);
  if (r === undefined) out = String.fromCharCode(c);
  else {
    /* c8 ignore next */
    if (depth >= 16) throw new Error('normalize: internal error, mapping does not converge');
    out = '';
    for (let i = 0; i < r.length; i++) out += finalOf(step, r.charCodeAt(i), memo, depth + 1);
  }
  memo.set(c, out);
  return out;
}

/** `identity[c] = c`, surrogates marked. */
function identityMap(): Int32Array {
  const map = new Int32Array(0x10000);
  for (let c = 0; c < 0x10000; c++) map[c] = c;
  map.fill(SURROGATE, 0xd800, 0xe000);
  return map;
}

let identity: Int32Array | undefined;
const cache = new Map<number, Compiled>();
const CACHE_LIMIT = 32;

/**
 * Compiles (or fetches from the cache) the table of a set of operations. `forms` is the
 * presentation-form table; it is a parameter so that helpers which never expand presentation
 * forms do not pull the generated table into a tree-shaken bundle.
 */
export function compile(ops: Readonly<NormalizeOperations>, forms?: FormsTable): Compiled {
  // The same options object as one of the last few calls (a preset, or one options object reused
  // by a caller): no key to compute from eleven properties. Several, because callers alternate
  // (the tokenizer's 'standard' and the document's 'search', word after word).
  for (let k = 0; k < RECENT; k++) if (recentOps[k] === ops && recentForms[k] === forms) return recentCompiled[k]!;
  const compiled = compileKeyed(ops, forms);
  recentOps[recentNext] = ops;
  recentForms[recentNext] = forms;
  recentCompiled[recentNext] = compiled;
  recentNext = (recentNext + 1) % RECENT;
  return compiled;
}

const RECENT = 4;
const recentOps: (Readonly<NormalizeOperations> | undefined)[] = [undefined, undefined, undefined, undefined];
const recentForms: (FormsTable | undefined)[] = [undefined, undefined, undefined, undefined];
const recentCompiled: (Compiled | undefined)[] = [undefined, undefined, undefined, undefined];
let recentNext = 0;

function compileKeyed(ops: Readonly<NormalizeOperations>, forms?: FormsTable): Compiled {
  const key = operationsKey(ops);
  const hit = cache.get(key);
  if (hit) return hit;

  identity ??= identityMap();
  const map = new Int32Array(identity);
  const expansions: Expansion[] = [];
  const step = stepOf(ops, forms);
  const targets = new Set(step.keys());
  if (ops.whitespace) {
    for (let i = 0; i < SPACE_RANGES.length; i += 2) {
      for (let c = SPACE_RANGES[i]!; c <= SPACE_RANGES[i + 1]!; c++) targets.add(c);
    }
  }

  const memo = new Map<number, string>();
  for (const c of targets) {
    if (ops.invisibles && (c === ZWJ || c === ZWNJ)) {
      map[c] = JOINER;
      continue;
    }
    const out = finalOf(step, c, memo);
    if (out.length === 0) map[c] = DELETE;
    else if (out.length === 1) {
      const u = out.charCodeAt(0);
      map[c] = ops.whitespace && isSpace(u) ? (isLineBreak(u) ? BREAK_RUN : SPACE_RUN) : u;
    } else {
      let spaced = false;
      for (let i = 0; i < out.length; i++) if (isSpace(out.charCodeAt(i))) spaced = true;
      map[c] = EXPANSION - expansions.length;
      expansions.push({ text: out, spaced: spaced && ops.whitespace });
    }
  }

  let bufferMap = map;
  if (ops.whitespace) {
    bufferMap = new Int32Array(map);
    bufferMap[0x20] = 0x20;
  }
  const dense = ops.whitespace || ops.tehMarbuta || ops.alefMaksura;
  const compiled: Compiled = { map, bufferMap, expansions, whitespace: ops.whitespace, dense };
  if (cache.size >= CACHE_LIMIT) cache.delete(cache.keys().next().value!);
  cache.set(key, compiled);
  return compiled;
}

// ---------------------------------------------------------------------------------------------
// The pass.

/** Code point ending at `i - 1` (a surrogate pair, or one code unit). */
function codePointBefore(s: string, i: number): number {
  if (i <= 0) return -1;
  const lo = s.charCodeAt(i - 1);
  if (lo >= 0xdc00 && lo <= 0xdfff && i >= 2) {
    const hi = s.charCodeAt(i - 2);
    if (hi >= 0xd800 && hi <= 0xdbff) return ((hi - 0xd800) << 10) + (lo - 0xdc00) + 0x10000;
  }
  return lo;
}

/** Code point starting at `i` (a surrogate pair, or one code unit). */
function codePointAt(s: string, i: number): number {
  if (i >= s.length) return -1;
  const hi = s.charCodeAt(i);
  if (hi >= 0xd800 && hi <= 0xdbff && i + 1 < s.length) {
    const lo = s.charCodeAt(i + 1);
    if (lo >= 0xdc00 && lo <= 0xdfff) return ((hi - 0xd800) << 10) + (lo - 0xdc00) + 0x10000;
  }
  return hi;
}

/** ZWJ/ZWNJ at `i` is kept when the code points on both sides are emoji. */
function keepJoiner(s: string, i: number): boolean {
  return isEmojiCodePoint(codePointBefore(s, i)) && isEmojiCodePoint(codePointAt(s, i + 1));
}

/** One-unit strings by code unit, created on first use. */
const units: (string | undefined)[] = [];
function unit(cu: number): string {
  return units[cu] ?? (units[cu] = String.fromCharCode(cu));
}

/** Length of the longest prefix of `s` that `map` leaves unchanged. */
function identityPrefix(s: string, map: Int32Array): number {
  const n = s.length;
  let i = 0;
  for (; i < n; i++) {
    const cu = s.charCodeAt(i);
    const m = map[cu];
    if (m !== cu && m !== SURROGATE) break;
  }
  return i;
}

/** Result of one pass; `toOriginal` only when asked for. */
export interface PassResult {
  text: string;
  toOriginal: Int32Array | undefined;
}

/**
 * Normalises `s` with compiled operations `c`, optionally building the offset map.
 *
 * Two strategies give the same result (the tests check it): text where few code units change
 * (the usual case for `'display'` and `'standard'`) is built from slices of the input; text
 * where many change (`'search'`: ة ى أ … and every collapsed run) is written code unit by code
 * unit into a buffer. Operations that change letters of almost every sentence (ة, ى, white-space
 * runs: `'search'`) take the buffer at once; otherwise the choice is made from the density of
 * changes in the next 64 code units (a sample of 4 KB read a one-sentence document twice: a fifth
 * of the time of a call).
 */
export function pass(s: string, c: Compiled, withOffsets: boolean, strategy?: 'slices' | 'buffer'): PassResult {
  const map = c.map;
  const n = s.length;
  const i = identityPrefix(s, map);
  if (i === n) {
    if (!withOffsets) return { text: s, toOriginal: undefined };
    // Nothing changes: the identity map, from the slab when it is short.
    const offs = offsetsRoom(n + 1);
    const base = offs === slab ? slabUsed : 0;
    for (let k = 0; k <= n; k++) offs[base + k] = k;
    return { text: s, toOriginal: takeOffsets(offs, base, n + 1) };
  }
  // Dense operations take the buffer anyway, yet read a sample of one code unit: a first call with
  // other options, late in a long text (a token's `norm`), then runs no operation V8 has not seen
  // run (a deopt of normalize with the pass inlined). A sample of 64 for every 'search' call cost
  // a third of the time of a one-sentence document (d4c64db: 380 → 255 MB/s).
  if (strategy === undefined) {
    const sampled = sampledStrategy(s, map, i, Math.min(n, i + (c.dense ? 1 : SAMPLE)));
    strategy = c.dense ? 'buffer' : sampled;
  }
  return strategy === 'buffer' ? passBuffer(s, c, withOffsets, i) : passSlices(s, c, withOffsets, i);
}

/** Code units read to choose a strategy for operations that are not dense. */
const SAMPLE = 64;

/** The strategy for `s` from the density of changes in its code units `i` (the first that changes) to `end`. */
function sampledStrategy(s: string, map: Int32Array, i: number, end: number): 'slices' | 'buffer' {
  let changes = 0;
  for (let k = i; k < end; k++) {
    const cu = s.charCodeAt(k);
    const m = map[cu]!;
    if (m !== cu && m !== SURROGATE && (m !== SPACE_RUN || cu !== 0x20)) changes++;
  }
  return changes * 32 > end - i ? 'buffer' : 'slices';
}

/**
 * The slice strategy.
 *
 * The output is built from slices of `s` (runs of unchanged code units, which V8 and other engines
 * share with `s` rather than copy) and the replacements in between. A white-space run is
 * "pending" from its first character until something is written after it; removed characters
 * are transparent, so `ب ◌َ ج` still has one run. A single ASCII space or line feed followed by an
 * unchanged character is a whole run already and stays inside the slice.
 */
export function passSlices(s: string, c: Compiled, withOffsets: boolean, from = 0): PassResult {
  const map = c.map;
  const n = s.length;
  let i = from;

  let text = '';
  /** Output length so far (`text.length`, kept as a number). */
  let o = 0;
  /** Room in `offs` from `base` on (less one for the final entry). */
  let cap = n;
  let offs = withOffsets ? offsetsRoom(n + 1) : undefined;
  /** Where the map starts in `offs` (in the shared slab, where its free part starts). */
  let base = offs === slab ? slabUsed : 0;
  /** Start of the pending slice of unchanged code units. */
  let seg = 0;
  /** Pending white-space run: 0 none, 0x20 space, 0x0a line break; `pendAt`: where it started. */
  let pend = 0;
  let pendAt = 0;

  /** Writes the pending white-space run, if any, as one ' ' or '\n' mapped to where it began. */
  const flushRun = (): void => {
    if (pend === 0) return;
    text += pend === 0x20 ? ' ' : '\n';
    if (offs) offs[base + o] = pendAt;
    o++;
    pend = 0;
  };
  /** Writes the pending run, then the pending slice of unchanged code units up to `to`. */
  const flushSlice = (to: number): void => {
    if (seg >= to) return;
    flushRun();
    text += s.slice(seg, to);
    if (offs) for (let k = seg; k < to; k++) offs[base + o++] = k;
    else o += to - seg;
  };

  for (; i < n; i++) {
    const cu = s.charCodeAt(i);
    const m = map[cu]!;
    if (m === cu || m === SURROGATE) continue;
    if (m === SPACE_RUN || m === BREAK_RUN) {
      if (pend !== 0 && seg === i) {
        // Inside a run (only white space and removed characters since it started).
        if (m === BREAK_RUN) pend = 0x0a;
      } else {
        // A lone ' ' or '\n' followed by an unchanged character is a complete run: keep it in the slice.
        if (cu === (m === SPACE_RUN ? 0x20 : 0x0a) && i + 1 < n) {
          const next = s.charCodeAt(i + 1);
          const mn = map[next];
          if (mn === next || mn === SURROGATE) continue;
        }
        flushSlice(i);
        pend = m === SPACE_RUN ? 0x20 : 0x0a;
        pendAt = i;
      }
      seg = i + 1;
      continue;
    } else if (m === JOINER && keepJoiner(s, i)) {
      continue;
    } else if (m >= 0 || m <= EXPANSION) {
      // Something is written: first the pending slice, then the pending run, then the replacement.
      flushSlice(i);
      if (m >= 0) {
        flushRun();
        text += unit(m);
        if (offs) offs[base + o] = i;
        o++;
      } else {
        // Expansion: every output code unit maps to the start of the source character.
        const exp = c.expansions[EXPANSION - m]!;
        const len = exp.text.length;
        if (offs && o + 1 + len + (n - i) > cap) {
          cap = Math.max(cap * 2, o + 1 + len + (n - i) + 16);
          const grown = new Int32Array(cap + 1);
          grown.set(offs.subarray(base, base + o));
          offs = grown;
          base = 0;
        }
        if (!exp.spaced) {
          flushRun();
          text += exp.text;
          if (offs) for (let k = 0; k < len; k++) offs[base + o++] = i;
          else o += len;
        } else {
          for (let k = 0; k < len; k++) {
            const e = exp.text.charCodeAt(k);
            if (isSpace(e)) {
              if (pend === 0) pendAt = i;
              if (pend !== 0x0a) pend = isLineBreak(e) ? 0x0a : 0x20;
              continue;
            }
            flushRun();
            text += unit(e);
            if (offs) offs[base + o] = i;
            o++;
          }
        }
      }
      seg = i + 1;
      continue;
    }
    // Removed (DELETE, or a joiner not between emoji): end the slice before it.
    flushSlice(i);
    seg = i + 1;
  }
  flushSlice(n);
  flushRun();
  if (!offs) return { text, toOriginal: undefined };
  offs[base + o] = n;
  return { text, toOriginal: takeOffsets(offs, base, o + 1) };
}

let utf16: { decode(input: Uint16Array): string } | null | undefined;

/**
 * Decodes `length` code units of `buf` into a string.
 * - In Node, with its `Buffer` global (no import: the code stays runnable in browsers): a view on
 *   the same memory, copied as UTF-16 as it is, lone surrogates included. It costs 0.4–0.6× what
 *   TextDecoder costs from about 150 units on (2.9 M units: 17 ms against 36; Node 20).
 * - Elsewhere with TextDecoder when no lone surrogate can be in it (it would turn one into
 *   U+FFFD), with `String.fromCharCode` chunks otherwise. TextDecoder costs less than
 *   `String.fromCharCode.apply` (which copies the units into an argument list first) from about
 *   32 units on (V8 11, Node 20).
 * `buffer` is a parameter for the tests (`null`: decode as a browser does).
 */
export function decodeUnits(
  buf: Uint16Array,
  length: number,
  loneSurrogates: boolean,
  buffer: NodeBufferLike | null | undefined = nodeBuffer,
): string {
  if (length > 64 && buffer) return buffer.from(buf.buffer, buf.byteOffset, length * 2).toString('utf16le');
  if (!loneSurrogates && length > 32) {
    if (utf16 === undefined) {
      try {
        utf16 = typeof TextDecoder === 'function' ? new TextDecoder('utf-16le') : null;
      } catch {
        utf16 = null;
      }
    }
    if (utf16) return utf16.decode(buf.subarray(0, length));
  }
  let out = '';
  for (let i = 0; i < length; i += 0x2000) {
    out += String.fromCharCode.apply(null, buf.subarray(i, Math.min(length, i + 0x2000)) as unknown as number[]);
  }
  return out;
}

/**
 * Output buffer shared by calls on texts up to SCRATCH_MAX code units (a document, a sentence): a
 * new Uint16Array per call cost more than the pass itself on short texts. The result is decoded
 * out of it before the call returns, so nothing keeps it.
 */
const SCRATCH_MAX = 1 << 16;
let scratch = new Uint16Array(0);
function scratchBuffer(cap: number): Uint16Array {
  if (scratch.length < cap) {
    scratch = new Uint16Array(Math.min(SCRATCH_MAX, Math.max(cap, scratch.length * 2, 1024)));
    scratchText = undefined;
  }
  return scratch;
}

/** A Node `Buffer` over the memory of `scratch`, made once per scratch buffer. */
let scratchText: { toString(encoding: 'utf16le', start: number, end: number): string } | undefined;

/**
 * The first `length` units of `out` as a string. From the scratch buffer in Node: through one
 * `Buffer` view kept over it, so that a call makes no `Buffer` of its own (`Buffer.from` checks its
 * arguments and builds an object each time: a share of a one-sentence call). Elsewhere as `decodeUnits`.
 */
function decodeWritten(out: Uint16Array, length: number, lone: boolean): string {
  if (out === scratch && length > 32 && nodeBuffer) {
    scratchText ??= nodeBuffer.from(scratch.buffer, 0, scratch.byteLength) as unknown as typeof scratchText;
    return scratchText!.toString('utf16le', 0, length * 2);
  }
  return decodeUnits(out, length, lone);
}

/**
 * The offset map to return: the first `length` entries of `offs`. A map of a long text is allocated
 * at the input's length + 1 (its final length whenever every change is one code unit for one, as
 * for ة → ه or أ → ا), so most calls return it as it is; a shorter map is a view of it (no second
 * allocation and copy: allocating, copying and later freeing a second one cost as much as the
 * pass) unless it is less than half of it.
 */
function finishOffsets(offs: Int32Array, length: number): Int32Array {
  if (offs.length === length) return offs;
  return length * 2 >= offs.length ? offs.subarray(0, length) : offs.slice(0, length);
}

/**
 * The offset maps of short texts (a sentence, a document) are views of one shared slab, handed out
 * one after the other, as Node's `Buffer` does for small buffers: an `Int32Array` beyond 64 bytes
 * has a backing store of its own, and allocating it (and later freeing it) cost more than the pass
 * over a sentence. Each map's entries are its own; its `buffer` is the slab (32 KB), which a map
 * keeps alive.
 */
const SLAB = 8192;
/** Maps of more entries than this get an array of their own. */
const POOLED_MAX = 1024;
let slab = new Int32Array(0);
/** `slab.buffer`, kept: the getter is a share of a short call. */
let slabBuffer = slab.buffer;
let slabUsed = 0;

/** Room for a map of up to `need` entries: the slab (from `slabUsed` on) or an array of its own. */
function offsetsRoom(need: number): Int32Array {
  if (need > POOLED_MAX) return new Int32Array(need);
  if (slabUsed + need > slab.length) {
    slab = new Int32Array(SLAB);
    slabBuffer = slab.buffer;
    slabUsed = 0;
  }
  return slab;
}

/** The map `offs[base … base + length)` as the result's `toOriginal`. */
function takeOffsets(offs: Int32Array, base: number, length: number): Int32Array {
  if (offs !== slab) return finishOffsets(offs, length);
  slabUsed = base + length;
  return new Int32Array(slabBuffer, base * 4, length);
}

/** Whether the last buffer loop wrote a lone surrogate (the loops return the output length). */
let writtenLone = false;

/** Overflow: what a buffer loop returns when an expansion would outgrow its output buffer. */
const TOO_SMALL = -1;

/**
 * The number of code units `s` can write from `from` on, at most: one per code unit, an
 * expansion's length for an expanded one. What a buffer must hold (plus one spare) once a loop has
 * returned TOO_SMALL; a second pass over the text, only for texts that expand a lot.
 */
function expandedLength(s: string, c: Compiled, from: number): number {
  const map = c.map;
  let total = s.length;
  for (let i = from; i < s.length; i++) {
    const m = map[s.charCodeAt(i)]!;
    if (m <= EXPANSION) total += c.expansions[EXPANSION - m]!.text.length - 1;
  }
  return total;
}

/**
 * The buffer strategy: every output code unit is written to a `Uint16Array` (and its offset to an
 * `Int32Array`). Under `whitespace`, every space or line feed in the output belongs to a run, so a
 * run goes on while the last unit written is one of them; removed characters write nothing and
 * are therefore transparent; a line break in a run turns the run's unit into `\n`, which keeps the
 * offset of the run's first character. The loop exists twice, without and with the offsets, so that
 * `normalize` tests nothing per code unit about a map it does not make; the string is decoded
 * outside them, so that their optimised code never meets a call it has not seen run.
 *
 * The loops never grow their buffers: one that would overflow (expansions: ﷺ is 18 code units)
 * returns TOO_SMALL, and the call is made again with buffers of the size `expandedLength` gives.
 * A buffer that can be replaced inside the loop is a different array on every turn for the
 * compiler, which then reloads its base and length per code unit.
 */
export function passBuffer(s: string, c: Compiled, withOffsets: boolean, from = 0): PassResult {
  const n = s.length;
  let cap = n + 16;
  for (;;) {
    const out = cap <= SCRATCH_MAX ? scratchBuffer(cap) : new Uint16Array(cap);
    for (let k = 0; k < from; k++) out[k] = s.charCodeAt(k);
    if (!withOffsets) {
      const o = writeUnits(s, c, out, from);
      if (o === TOO_SMALL) {
        cap = expandedLength(s, c, from) + 16;
        continue;
      }
      return { text: decodeWritten(out, o, writtenLone), toOriginal: undefined };
    }
    const offs = offsetsRoom(cap - 15);
    const base = offs === slab ? slabUsed : 0;
    for (let k = 0; k < from; k++) offs[base + k] = k;
    const o = writeUnitsAndOffsets(s, c, out, offs, base, from);
    if (o === TOO_SMALL) {
      cap = expandedLength(s, c, from) + 16;
      continue;
    }
    const text = decodeWritten(out, o, writtenLone);
    offs[base + o] = n;
    return { text, toOriginal: takeOffsets(offs, base, o + 1) };
  }
}

/**
 * `passBuffer` without offsets: writes from `i` on, returns the output length (or TOO_SMALL).
 *
 * Two loops: the inner one writes every code unit that maps to one code unit (most of them:
 * letters, digits, the ASCII space), the outer one handles the rest (removed, white-space runs,
 * surrogates, joiners, expansions) one at a time and goes back in. Under `whitespace` the inner
 * loop collapses a U+0020 after a run's unit without a branch (it is written and not kept), since
 * spaces are too frequent to leave the inner loop for. 'search', 6,047 documents a pass: 3.7 ms
 * for the one loop that tested every case per code unit, 2.2 ms for the two (2026-12-04).
 */
function writeUnits(s: string, c: Compiled, out: Uint16Array, i: number): number {
  const map = c.bufferMap;
  /** 1 when white space collapses. */
  const ws = c.whitespace ? 1 : 0;
  const n = s.length;
  let o = i;
  let lone = false;
  /** 1 when the last unit written is a white-space run's (only ever set under `whitespace`). */
  let run = 0;
  for (;;) {
    let m = 0;
    for (; i < n; i++) {
      m = map[s.charCodeAt(i)]!;
      if (m < 0) break;
      const space = (((m ^ 0x20) - 1) >>> 31) & ws;
      out[o] = m;
      o += 1 - (space & run);
      run = space;
    }
    if (i >= n) break;
    const cu = s.charCodeAt(i++);
    if (m === DELETE) continue;
    if (m === SPACE_RUN || m === BREAK_RUN) {
      if (run === 0) {
        out[o++] = m === SPACE_RUN ? 0x20 : 0x0a;
        run = 1;
      } else if (m === BREAK_RUN) out[o - 1] = 0x0a;
      continue;
    }
    if (m === SURROGATE) {
      m = cu;
      if (cu <= 0xdbff && i < n && (s.charCodeAt(i) & 0xfc00) === 0xdc00) {
        // A well-formed pair: both units at once.
        out[o++] = cu;
        m = s.charCodeAt(i++);
      } else lone = true;
    } else if (m === JOINER) {
      if (!keepJoiner(s, i - 1)) continue;
      m = cu;
    } else {
      const exp = c.expansions[EXPANSION - m]!.text;
      const len = exp.length;
      // Invariant: out.length > o + what the rest of the input can write (one spare for the branch-free write).
      if (o + len + (n - i) + 1 > out.length) return TOO_SMALL;
      for (let k = 0; k < len; k++) {
        const e = exp.charCodeAt(k);
        if (ws === 1 && isSpace(e)) {
          if (run === 0) {
            out[o++] = isLineBreak(e) ? 0x0a : 0x20;
            run = 1;
          } else if (isLineBreak(e)) out[o - 1] = 0x0a;
          continue;
        }
        out[o++] = e;
        run = 0;
      }
      continue;
    }
    out[o++] = m;
    run = 0;
  }
  writtenLone = lone;
  return o;
}

/**
 * `passBuffer` with offsets: as `writeUnits`, and the offset of output unit `o` goes to `offs[base + o]`.
 * Kept as a second copy of the loop on purpose: one loop testing per code unit whether it keeps a
 * map is not unswitched by TurboFan and cost 34.2 M instead of 28.2 M instructions a pass over
 * 2,000 documents (commit 8353fad). Change both loops together; tests/normalize.properties.test.ts checks that they agree.
 */
function writeUnitsAndOffsets(s: string, c: Compiled, out: Uint16Array, offs: Int32Array, base: number, i: number): number {
  const map = c.bufferMap;
  const ws = c.whitespace ? 1 : 0;
  const n = s.length;
  let o = i;
  let lone = false;
  let run = 0;
  for (;;) {
    let m = 0;
    for (; i < n; i++) {
      m = map[s.charCodeAt(i)]!;
      if (m < 0) break;
      const space = (((m ^ 0x20) - 1) >>> 31) & ws;
      out[o] = m;
      offs[base + o] = i;
      o += 1 - (space & run);
      run = space;
    }
    if (i >= n) break;
    const at = i;
    const cu = s.charCodeAt(i++);
    if (m === DELETE) continue;
    if (m === SPACE_RUN || m === BREAK_RUN) {
      if (run === 0) {
        out[o] = m === SPACE_RUN ? 0x20 : 0x0a;
        offs[base + o] = at;
        o++;
        run = 1;
      } else if (m === BREAK_RUN) out[o - 1] = 0x0a;
      continue;
    }
    if (m === SURROGATE) {
      m = cu;
      if (cu <= 0xdbff && i < n && (s.charCodeAt(i) & 0xfc00) === 0xdc00) {
        out[o] = cu;
        offs[base + o] = at;
        o++;
        m = s.charCodeAt(i++);
        out[o] = m;
        offs[base + o] = at + 1;
        o++;
        run = 0;
        continue;
      } else lone = true;
    } else if (m === JOINER) {
      if (!keepJoiner(s, at)) continue;
      m = cu;
    } else {
      // Expansion: every output code unit maps to the start of the source character.
      const exp = c.expansions[EXPANSION - m]!.text;
      const len = exp.length;
      if (o + len + (n - i) + 1 > out.length || base + o + len + (n - i) + 1 > offs.length) return TOO_SMALL;
      for (let k = 0; k < len; k++) {
        const e = exp.charCodeAt(k);
        if (ws === 1 && isSpace(e)) {
          if (run === 0) {
            out[o] = isLineBreak(e) ? 0x0a : 0x20;
            offs[base + o] = at;
            o++;
            run = 1;
          } else if (isLineBreak(e)) out[o - 1] = 0x0a;
          continue;
        }
        out[o] = e;
        offs[base + o] = at;
        o++;
        run = 0;
      }
      continue;
    }
    out[o] = m;
    offs[base + o] = at;
    o++;
    run = 0;
  }
  writtenLone = lone;
  return o;
}
