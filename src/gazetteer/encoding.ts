// The compact encoding of the generated built-in gazetteer, shared by the generator and the runtime.
// Loading it costs one split and a scan for the blocks' bounds; a lookup binary-searches the blocks'
// first keys and decodes one block of at most 16 keys; entries are decoded when a match first reaches them.
//
//   ENTRIES   one entry a line, seven tab-separated fields:
//             type (P, L, O) · id · name · aliases (|) · country · kind · flags ('a': ambiguous name)
//   INDEX     one key a line, tab, entry numbers separated by commas. A key is a spelling's tokens
//             in 'search' form joined by one space; keys are sorted and front-coded (one character,
//             '0' + the number of leading characters shared with the previous key, then the rest),
//             every 16th key written whole ('0'): the start of a block.
//             Entry number ~i (negative) is entry i with `ambiguous` the other way round, for the
//             spellings whose ambiguity differs from the name's (الأسد alone vs بشار الأسد).
import type { Keyed } from './gazetteer.js';
import { TrieMatcher } from './trie.js';
import type { EntityType, GazetteerEntry } from './types.js';

/** Shared-prefix lengths are written as one character from '0' (48) to 'w' (119). */
const SHARED_BASE = 48;
const MAX_SHARED = 71;
/** Every RESTART-th key is written whole, so that a lookup decodes at most this many keys. */
const RESTART = 16;

const TYPE_OF: Record<string, EntityType> = { P: 'PER', L: 'LOC', O: 'ORG' };
const CODE_OF: Record<EntityType, string> = { PER: 'P', LOC: 'L', ORG: 'O' };

export interface EncodedGazetteer {
  entries: string;
  index: string;
}

/**
 * Encodes entries (their `ambiguous` flag already set from the name) with the key of every
 * spelling; `ambiguous(key, entry)` says whether one spelling is ambiguous.
 */
export function encodeBuiltin(
  entries: readonly GazetteerEntry[],
  keyOf: (spelling: string) => string,
  ambiguous: (key: string, entry: GazetteerEntry) => boolean,
): EncodedGazetteer {
  const clean = (s: string | undefined, field: string, e: GazetteerEntry): string => {
    if (s === undefined) return '';
    if (/[\t\n\r|]/.test(s)) throw new RangeError(`${field} of ${e.id ?? e.name} contains a tab, line break or |: ${JSON.stringify(s)}`);
    return s;
  };
  const lines: string[] = [];
  const index = new Map<string, number[]>();
  entries.forEach((e, i) => {
    lines.push(
      [CODE_OF[e.type], clean(e.id, 'id', e), clean(e.name, 'name', e), e.aliases.map((a) => clean(a, 'alias', e)).join('|'), clean(e.country, 'country', e), clean(e.kind, 'kind', e), e.ambiguous ? 'a' : ''].join('\t'),
    );
    for (const s of [e.name, ...e.aliases]) {
      const key = keyOf(s);
      if (!key) throw new RangeError(`${JSON.stringify(s)} of ${e.id ?? e.name} has nothing to match`);
      const n = ambiguous(key, e) === (e.ambiguous === true) ? i : ~i;
      const list = index.get(key) ?? [];
      if (!list.includes(n)) list.push(n);
      index.set(key, list);
    }
  });
  const keys = [...index.keys()].sort();
  if (keys.some((k) => k.includes('\t') || k.includes('\n'))) throw new RangeError('a key contains a tab or a line break');
  // Front coding: keys are sorted, so each one is written as the length it shares with the one
  // before (one character, '0' + n) and the rest.
  let prev = '';
  const out = keys.map((k, i) => {
    let n = 0;
    if (i % RESTART !== 0) while (n < MAX_SHARED && n < k.length && n < prev.length && k[n] === prev[n]) n++;
    prev = k;
    return `${String.fromCharCode(SHARED_BASE + n)}${k.slice(n)}\t${index.get(k)!.join(',')}`;
  });
  return { entries: lines.join('\n'), index: out.join('\n') };
}

function decodeLine(line: string): GazetteerEntry {
  const [t, id, name, aliases, country, kind, flags] = line.split('\t');
  const e: GazetteerEntry = { name: name!, type: TYPE_OF[t!]!, aliases: aliases ? aliases.split('|') : [] };
  if (id) e.id = id;
  if (country) e.country = country;
  if (kind) e.kind = kind;
  if (flags === 'a') e.ambiguous = true;
  Object.freeze(e.aliases);
  return Object.freeze(e);
}

/** The keys of one block and their entry numbers as written in INDEX ('12,~40'), decoded on first use. */
interface Block {
  keys: string[];
  numbers: string[];
  /** The entries of each key, decoded on first use. */
  values: Array<GazetteerEntry[] | undefined>;
}

/**
 * The built-in gazetteer's keys, read from the encoded module a block at a time: the keys are
 * sorted and every 16th is written whole, so a lookup binary-searches those (about 800) and
 * decodes the one block of at most 16 keys that can hold the key; entries are decoded when first
 * matched. A cold start that analyses one sentence decodes a few dozen keys instead of whole
 * first-letter buckets (the bucket of ا, every key that starts with ال, held a third of them:
 * decoding it took 5% of a cold start).
 */
export class EncodedIndex extends TrieMatcher<GazetteerEntry> {
  private readonly entriesText: string;
  /**
   * Offset in `entriesText` of each entry's line, and one past the end. Splitting the text made
   * 8,800 strings (and as many objects for the collector to copy) on every cold start, where one
   * sentence decodes a handful of entries.
   */
  private readonly lineStarts: number[] = [];
  private readonly decoded: Array<GazetteerEntry | undefined>;
  private readonly flipped = new Map<number, GazetteerEntry>();
  private readonly text: string;
  /** Offset in `text` of each block's first line (a key written whole). */
  private readonly starts: number[] = [];
  /** Each block's first key, read on first use. */
  private readonly firsts: Array<string | undefined> = [];
  private readonly blocks: Array<Block | undefined> = [];
  private lastKey = '';
  private lastBlock = -1;
  private lastAt = 0;
  private lastFound = false;

  constructor(data: EncodedGazetteer) {
    super();
    const entries = (this.entriesText = data.entries);
    for (let at = entries ? 0 : -1; at >= 0; ) {
      this.lineStarts.push(at);
      const next = entries.indexOf('\n', at);
      at = next < 0 ? -1 : next + 1;
    }
    this.lineStarts.push(entries.length + 1);
    this.decoded = new Array(this.size);
    const text = (this.text = data.index);
    // A line whose shared-prefix length is 0 holds its key whole: a block starts there.
    const zero = '\n' + String.fromCharCode(SHARED_BASE);
    for (let at = text ? 0 : -1; at >= 0; ) {
      this.starts.push(at);
      const next = text.indexOf(zero, at);
      at = next < 0 ? -1 : next + 1;
    }
  }

  get size(): number {
    return this.lineStarts.length - 1;
  }

  private line(i: number): string {
    return this.entriesText.slice(this.lineStarts[i]!, this.lineStarts[i + 1]! - 1);
  }

  private first(b: number): string {
    let k = this.firsts[b];
    if (k === undefined) {
      const at = this.starts[b]!;
      k = this.firsts[b] = this.text.slice(at + 1, this.text.indexOf('\t', at));
    }
    return k;
  }

  /** The last block whose first key is <= `key`, or -1. */
  private blockOf(key: string): number {
    let lo = 0;
    let hi = this.starts.length - 1;
    let found = -1;
    while (lo <= hi) {
      const mid = (lo + hi) >>> 1;
      if (this.first(mid) <= key) {
        found = mid;
        lo = mid + 1;
      } else hi = mid - 1;
    }
    return found;
  }

  private block(b: number): Block {
    let blk = this.blocks[b];
    if (blk) return blk;
    const from = this.starts[b]!;
    const to = b + 1 < this.starts.length ? this.starts[b + 1]! - 1 : this.text.length;
    const keys: string[] = [];
    const numbers: string[] = [];
    let prev = '';
    for (const line of this.text.slice(from, to).split('\n')) {
      const tab = line.indexOf('\t');
      const key = prev.slice(0, line.charCodeAt(0) - SHARED_BASE) + line.slice(1, tab);
      prev = key;
      keys.push(key);
      numbers.push(line.slice(tab + 1));
    }
    blk = this.blocks[b] = { keys, numbers, values: new Array(keys.length) };
    return blk;
  }

  /** Entry `n` (or, for `~n`, its copy with `ambiguous` the other way round). */
  entry(n: number): GazetteerEntry {
    const i = n < 0 ? ~n : n;
    const e = (this.decoded[i] ??= decodeLine(this.line(i)));
    if (n >= 0) return e;
    let copy = this.flipped.get(i);
    if (!copy) {
      const c: GazetteerEntry = { ...e };
      if (e.ambiguous) delete c.ambiguous;
      else c.ambiguous = true;
      copy = Object.freeze(c);
      this.flipped.set(i, copy);
    }
    return copy;
  }

  /**
   * Finds where `key` is or would be: its block and its position in the block (the number of the
   * block's keys before it), and whether it is there. The last key located is remembered:
   * `values` and `more` of the same spelling locate it once.
   */
  private locate(key: string): void {
    if (key === this.lastKey) return;
    const b = this.blockOf(key);
    let i = 0;
    let found = false;
    if (b >= 0) {
      const keys = this.block(b).keys;
      while (i < keys.length && keys[i]! < key) i++;
      found = i < keys.length && keys[i] === key;
    }
    this.lastKey = key;
    this.lastBlock = b;
    this.lastAt = i;
    this.lastFound = found;
  }

  values(key: string): GazetteerEntry[] | undefined {
    if (key.length === 0) return undefined;
    this.locate(key);
    if (!this.lastFound) return undefined;
    const blk = this.blocks[this.lastBlock]!;
    const i = this.lastAt;
    return (blk.values[i] ??= blk.numbers[i]!.split(',').map((n) => this.entry(Number(n))));
  }

  more(key: string): boolean {
    if (key.length === 0) return false;
    // The key after `key` starts with `key` + ' ' when there is more: a key between the two would
    // continue `key` with a code unit below the space, and keys hold none.
    this.locate(key);
    const b = this.lastBlock;
    const i = this.lastAt + (this.lastFound ? 1 : 0);
    const keys = b >= 0 ? this.blocks[b]!.keys : undefined;
    const next = keys && i < keys.length ? keys[i]! : b + 1 < this.starts.length ? this.first(b + 1) : undefined;
    return next !== undefined && next.charCodeAt(key.length) === 32 && next.startsWith(key);
  }

  list(): GazetteerEntry[] {
    const out: GazetteerEntry[] = [];
    for (let i = 0; i < this.size; i++) out.push(this.entry(i));
    return out;
  }

  keyed(): Keyed[] {
    const out: Keyed[] = [];
    for (let b = 0; b < this.starts.length; b++) for (const key of this.block(b).keys) for (const entry of this.values(key)!) out.push({ key, entry });
    return out;
  }
}
