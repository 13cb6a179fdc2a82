// The compact encoding of the generated built-in gazetteer, shared by the generator and the runtime.
// Loading it costs one split and a scan for the buckets' bounds; the keys of a bucket (one first
// letter) are decoded on the first lookup that starts with it, entries when a match first reaches them.
//
//   ENTRIES   one entry a line, seven tab-separated fields:
//             type (P, L, O) · id · name · aliases (|) · country · kind · flags ('a': ambiguous name)
//   INDEX     one key a line, tab, entry numbers separated by commas. A key is a spelling's tokens
//             in 'search' form joined by one space; keys are sorted and front-coded (one character,
//             '0' + the number of leading characters shared with the previous key, then the rest).
//             Entry number ~i (negative) is entry i with `ambiguous` the other way round, for the
//             spellings whose ambiguity differs from the name's (الأسد alone vs بشار الأسد).
import type { Keyed } from './gazetteer.js';
import { TrieMatcher } from './trie.js';
import type { EntityType, GazetteerEntry } from './types.js';

/** Shared-prefix lengths are written as one character from '0' (48) to 'w' (119). */
const SHARED_BASE = 48;
const MAX_SHARED = 71;

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
  const out = keys.map((k) => {
    let n = 0;
    while (n < MAX_SHARED && n < k.length && n < prev.length && k[n] === prev[n]) n++;
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

/** One key of the index, or a proper prefix (tokens before a space) of a longer key, or both. */
interface KeyRecord {
  /** Entry numbers as written in INDEX ('12,~40'); undefined for a prefix that is no key. */
  numbers: string | undefined;
  /** Whether a longer key starts with this one + ' '. */
  more: boolean;
  /** The entries, decoded on first use. */
  values: GazetteerEntry[] | undefined;
}

/** Bucket states, by the first code unit of a key. */
const NO_KEYS = 0;
const ENCODED = 1;
const DECODED = 2;

/**
 * The built-in gazetteer's keys, read from the encoded module in buckets: all keys that start with
 * the same letter (بغداد، بيروت، بشار الأسد …) are decoded together, the first time a lookup starts
 * with that letter; entries are decoded when first matched. A cold start that analyses one sentence
 * decodes the few buckets its words begin with instead of all 12,000 keys, and each lookup is one
 * Map read (`values` and then `more` on the same key share it).
 */
export class EncodedIndex extends TrieMatcher<GazetteerEntry> {
  private readonly lines: string[];
  private readonly decoded: Array<GazetteerEntry | undefined>;
  private readonly flipped = new Map<number, GazetteerEntry>();
  private readonly text: string;
  /** State of each bucket by first code unit: NO_KEYS, ENCODED or DECODED. */
  private readonly state = new Uint8Array(0x10000);
  /** Where each bucket's lines start and end in `text`, by first code unit. */
  private readonly ranges = new Map<number, [number, number]>();
  /** Bucket first code units in INDEX order (sorted), for `keyed`. */
  private readonly order: number[] = [];
  private readonly records = new Map<string, KeyRecord>();
  /** Keys of each decoded bucket, in INDEX order. */
  private readonly bucketKeys = new Map<number, string[]>();
  private lastKey: string | undefined;
  private lastRecord: KeyRecord | undefined;

  constructor(data: EncodedGazetteer) {
    super();
    this.lines = data.entries ? data.entries.split('\n') : [];
    this.decoded = new Array(this.lines.length);
    const text = (this.text = data.index);
    // A line whose shared-prefix length is 0 starts a key with another first letter than the key
    // before (keys are sorted): the buckets' bounds, found without decoding anything.
    const zero = String.fromCharCode(SHARED_BASE);
    let at = text ? 0 : -1;
    while (at >= 0) {
      const next = text.indexOf('\n' + zero, at);
      const end = next < 0 ? text.length : next;
      const first = text.charCodeAt(at + 1);
      this.state[first] = ENCODED;
      this.ranges.set(first, [at, end]);
      this.order.push(first);
      at = next < 0 ? -1 : next + 1;
    }
  }

  get size(): number {
    return this.lines.length;
  }

  /** Decodes the bucket of keys that start with code unit `first`. */
  private decodeBucket(first: number): void {
    this.state[first] = DECODED;
    const [from, to] = this.ranges.get(first)!;
    const keys: string[] = [];
    let prev = '';
    for (const line of this.text.slice(from, to).split('\n')) {
      const tab = line.indexOf('\t');
      const key = prev.slice(0, line.charCodeAt(0) - SHARED_BASE) + line.slice(1, tab);
      prev = key;
      keys.push(key);
      const rec = this.records.get(key);
      if (rec) rec.numbers = line.slice(tab + 1);
      else this.records.set(key, { numbers: line.slice(tab + 1), more: false, values: undefined });
      // Every proper prefix of a multi-token key starts with the same letter: same bucket.
      for (let sp = key.indexOf(' '); sp >= 0; sp = key.indexOf(' ', sp + 1)) {
        const prefix = key.slice(0, sp);
        const p = this.records.get(prefix);
        if (p) p.more = true;
        else this.records.set(prefix, { numbers: undefined, more: true, values: undefined });
      }
    }
    this.bucketKeys.set(first, keys);
  }

  private record(key: string): KeyRecord | undefined {
    if (key === this.lastKey) return this.lastRecord;
    const first = key.charCodeAt(0);
    const state = this.state[first];
    if (state === NO_KEYS || key.length === 0) return undefined;
    if (state === ENCODED) this.decodeBucket(first);
    const rec = this.records.get(key);
    this.lastKey = key;
    this.lastRecord = rec;
    return rec;
  }

  /** Entry `n` (or, for `~n`, its copy with `ambiguous` the other way round). */
  entry(n: number): GazetteerEntry {
    const i = n < 0 ? ~n : n;
    const e = (this.decoded[i] ??= decodeLine(this.lines[i]!));
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

  values(key: string): GazetteerEntry[] | undefined {
    const rec = this.record(key);
    if (rec === undefined || rec.numbers === undefined) return undefined;
    return (rec.values ??= rec.numbers.split(',').map((n) => this.entry(Number(n))));
  }

  more(key: string): boolean {
    return this.record(key)?.more === true;
  }

  list(): GazetteerEntry[] {
    return this.lines.map((_, i) => this.entry(i));
  }

  keyed(): Keyed[] {
    const out: Keyed[] = [];
    for (const first of this.order) {
      if (this.state[first] === ENCODED) this.decodeBucket(first);
      for (const key of this.bucketKeys.get(first)!) for (const entry of this.values(key)!) out.push({ key, entry });
    }
    return out;
  }
}
