/**
 * The token table: `tokenize`'s tokens as columns (typed arrays of offsets and kind codes, one
 * array of normalised forms) instead of one object per token. A `Token` object is made only when
 * asked for. On the 5.2 MB news benchmark a table with every token's `norm` costs a quarter to a
 * third of the CPU time of `tokenize` (whose time is mostly its objects and their garbage
 * collection), and a table read only for offsets and kinds about a tenth (2026-12-04).
 *
 * @module
 */
import { KIND_NAMES, releaseScratch, scan } from './scan.js';
import { cacheSlot, checkOptions, checkString, normAt, normOf, normState, TOKENIZE_KEYS, type NormState } from './tokenize.js';
import type { Token, TokenizeOptions, TokenKind } from './types.js';

/**
 * The token kinds in the order of their codes: token `i` of a {@link TokenTable} is of kind
 * `TOKEN_KINDS[table.kind[i]]`. A frozen copy: changing it cannot change what the scanner's codes mean.
 */
export const TOKEN_KINDS: readonly TokenKind[] = /* @__PURE__ */ Object.freeze([...KIND_NAMES]);

/**
 * The tokens of one text as columns: token `i` spans `source.slice(start[i], end[i])` and is of
 * kind `TOKEN_KINDS[kind[i]]`; `norm(i)` is its normalised form. The same tokens, in the same
 * order, as `tokenize(source, options)`; `token(i)` is the object `tokenize` returns at `i`.
 *
 * The columns are the table's own (no other call writes them); changing them breaks the
 * table's invariants, so treat them as read-only.
 */
export class TokenTable {
  /** The text that was tokenised. */
  readonly source: string;
  /** Number of tokens. */
  readonly length: number;
  /** Per token, its first UTF-16 offset in `source`. Non-decreasing. */
  readonly start: Uint32Array;
  /** Per token, the offset after its last code unit: `start[i] < end[i] <= start[i + 1]`. */
  readonly end: Uint32Array;
  /** Per token, its kind's code: an index into {@link TOKEN_KINDS}. */
  readonly kind: Uint8Array;
  private readonly state: NormState;
  private normList: string[] | undefined;

  /** @internal Use {@link tokenTable}. */
  constructor(source: string, start: Uint32Array, end: Uint32Array, kind: Uint8Array, state: NormState) {
    this.source = source;
    this.length = kind.length;
    this.start = start;
    this.end = end;
    this.kind = kind;
    this.state = state;
    this.normList = undefined;
  }

  /** Token `i` as written: `source.slice(start[i], end[i])`. */
  text(i: number): string {
    this.check(i);
    return this.source.slice(this.start[i]!, this.end[i]!);
  }

  /** The name of token `i`'s kind (`'word'`, `'number'`, …). */
  kindName(i: number): TokenKind {
    this.check(i);
    return KIND_NAMES[this.kind[i]!]!;
  }

  /** Token `i` normalised with the table's options (`'standard'` by default). */
  norm(i: number): string {
    this.check(i);
    if (this.normList) return this.normList[i]!;
    return normAt(this.state, this.source, this.start[i]!, this.end[i]!);
  }

  /**
   * Every token's normalised form, in token order: computed for the whole table on the first call,
   * then kept. A table only read for offsets and kinds never computes it.
   */
  norms(): readonly string[] {
    return (this.normList ??= normsOf(this.source, this.start, this.end, this.state));
  }

  /** Token `i` as a new `Token` object, equal to `tokenize(source, options)[i]`. */
  token(i: number): Token {
    this.check(i);
    const start = this.start[i]!;
    const end = this.end[i]!;
    return { text: this.source.slice(start, end), start, end, kind: KIND_NAMES[this.kind[i]!]!, norm: this.norm(i) };
  }

  /** Every token as a new array of new `Token` objects: what `tokenize(source, options)` returns. */
  tokens(): Token[] {
    const { source, start, end, kind, state } = this;
    const out: Token[] = new Array(this.length);
    for (let i = 0; i < out.length; i++) {
      const a = start[i]!;
      const b = end[i]!;
      // Spellings seen recently share their strings (as in tokenize).
      const slot = cacheSlot(state, source, a, b);
      const text = slot < 0 ? source.slice(a, b) : state.surfaces[slot]!;
      const norm = slot < 0 ? normOf(state, text) : state.norms[slot]!;
      out[i] = { text, start: a, end: b, kind: KIND_NAMES[kind[i]!]!, norm };
    }
    return out;
  }

  private check(i: number): void {
    if (!(i >= 0 && i < this.length && Number.isInteger(i))) {
      // A string index ('1') failed as "token index 1 out of range" in a table of 2 tokens: say what it is.
      if (typeof i !== 'number') throw new TypeError(`TokenTable: expected the token index to be a number, got ${i === null ? 'null' : typeof i}`);
      throw new RangeError(`TokenTable: token index ${String(i)} out of range (the table has ${this.length} tokens)`);
    }
  }
}

/** The normalised form of every token of `text` spanning `start[i]..end[i]`. */
function normsOf(text: string, start: Uint32Array, end: Uint32Array, s: NormState): string[] {
  const n = start.length;
  const out = new Array<string>(n);
  for (let i = 0; i < n; i++) out[i] = normAt(s, text, start[i]!, end[i]!);
  return out;
}

/**
 * Tokenises `text` into a {@link TokenTable}: the tokens of `tokenize(text, options)` as typed
 * arrays of start and end offsets and kind codes, with `Token` objects made only on demand and the
 * normalised forms computed on first use. Use it where `tokenize`'s objects would only be read
 * for their offsets, kinds or `norm`, or on large texts: it makes three arrays for the whole text
 * instead of an object per token. Linear time.
 *
 * @throws {TypeError} when `text` is not a string or `options` not an object.
 * @throws {RangeError} on bad normalisation options (as `normalize`), or an option other than `normalize`.
 *
 * @example
 * const table = tokenTable('قالَ لـCNN: ارتفع ٣٫٥٪');
 * table.length;                 // 6
 * [table.start[2], table.end[2]]; // [7, 10]
 * table.kindName(2);            // 'latin'
 * table.norm(0);                // 'قال'
 * table.token(5);               // { text: '٣٫٥٪', start: 18, end: 22, kind: 'number', norm: '٣٫٥٪' }
 */
export function tokenTable(text: string, options?: TokenizeOptions): TokenTable {
  checkString('tokenTable', 'text', text);
  checkOptions('tokenTable', options, TOKENIZE_KEYS);
  const state = normState(options?.normalize, 'tokenTable');
  const triples = scan(text);
  const raw = triples.data;
  const n = triples.length / 3;
  // One allocation for the three columns: starts, ends (4 bytes each), kinds (1 byte).
  const buffer = new ArrayBuffer(n * 9);
  const start = new Uint32Array(buffer, 0, n);
  const end = new Uint32Array(buffer, n * 4, n);
  const kind = new Uint8Array(buffer, n * 8, n);
  for (let i = 0, r = 0; i < n; i++, r += 3) {
    start[i] = raw[r]!;
    end[i] = raw[r + 1]!;
    kind[i] = raw[r + 2]!;
  }
  releaseScratch();
  return new TokenTable(text, start, end, kind, state);
}
