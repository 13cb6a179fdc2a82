// The compact encoding of the generated built-in gazetteer, shared by the generator and the runtime.
// Loading it costs two splits and one Map of keys (a few milliseconds); entries are decoded only
// when a match or a lookup first reaches them.
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

/** The built-in gazetteer's keys, read from the encoded module; entries decoded on first use. */
export class EncodedIndex extends TrieMatcher<GazetteerEntry> {
  private readonly lines: string[];
  private readonly decoded: Array<GazetteerEntry | undefined>;
  private readonly flipped = new Map<number, GazetteerEntry>();
  /** Key → its entry numbers, as written in INDEX until first used. */
  private readonly index = new Map<string, string>();
  private readonly prefixes: Set<string>;
  private readonly cache = new Map<string, GazetteerEntry[]>();

  constructor(data: EncodedGazetteer) {
    super();
    this.lines = data.entries ? data.entries.split('\n') : [];
    this.decoded = new Array(this.lines.length);
    // Every proper prefix of a multi-token key goes into `prefixes` (the walk goes on only from these).
    this.prefixes = new Set();
    if (data.index) {
      let prev = '';
      for (const line of data.index.split('\n')) {
        const tab = line.indexOf('\t');
        const key = prev.slice(0, line.charCodeAt(0) - SHARED_BASE) + line.slice(1, tab);
        prev = key;
        this.index.set(key, line.slice(tab + 1));
        for (let sp = key.indexOf(' '); sp >= 0; sp = key.indexOf(' ', sp + 1)) this.prefixes.add(key.slice(0, sp));
      }
    }
  }

  get size(): number {
    return this.lines.length;
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
    const numbers = this.index.get(key);
    if (numbers === undefined) return undefined;
    let v = this.cache.get(key);
    if (v === undefined) {
      v = numbers.split(',').map((n) => this.entry(Number(n)));
      this.cache.set(key, v);
    }
    return v;
  }

  more(key: string): boolean {
    return this.prefixes.has(key);
  }

  list(): GazetteerEntry[] {
    return this.lines.map((_, i) => this.entry(i));
  }

  keyed(): Keyed[] {
    const out: Keyed[] = [];
    for (const key of this.index.keys()) for (const entry of this.values(key)!) out.push({ key, entry });
    return out;
  }
}
