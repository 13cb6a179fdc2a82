import { tokenize, type Token } from './text.js';
import { keyTokens, TokenTrie, type TrieHit, type TrieMatcher } from './trie.js';
import type { Doc } from '../tokenize/document.js';
import type { Gazetteer, GazetteerEntry, GazetteerMatch } from './types.js';

/** A letter or a digit; made on first use (a regex literal's Unicode properties are looked up at every import). */
let letter: RegExp | undefined;

/** One spelling of an entry: its key and the entry stored under it. */
export interface Keyed {
  /** The spelling's tokens in 'search' form, joined by one space. */
  key: string;
  /** The entry as stored under this spelling (its `ambiguous` may differ from the listed entry's). */
  entry: GazetteerEntry;
}

/** What a gazetteer is made of: its keys, its entries, and every spelling (to extend it). */
export interface GazetteerSource {
  trie: TrieMatcher<GazetteerEntry>;
  size: number;
  list(): GazetteerEntry[];
  keyed(): Keyed[];
}

export class TrieGazetteer implements Gazetteer {
  constructor(readonly source: GazetteerSource) {}

  get size(): number {
    return this.source.size;
  }

  lookup(name: string): GazetteerEntry[] {
    if (typeof name !== 'string') throw new TypeError('lookup(name): name must be a string');
    return this.source.trie.get(keyTokens(name))?.slice() ?? [];
  }

  match(text: string, tokens?: readonly Token[], norms?: readonly string[]): GazetteerMatch[] {
    if (typeof text !== 'string') throw new TypeError('match(text): text must be a string');
    // Anything else but an array (a number, a token table) matched nothing, without a word.
    if (tokens !== undefined && !Array.isArray(tokens)) throw new TypeError('match(text, tokens): tokens must be an array of tokens (tokenize(text))');
    if (norms !== undefined && !Array.isArray(norms)) throw new TypeError('match(text, tokens, norms): norms must be an array of strings');
    if (norms !== undefined && (!tokens || norms.length !== tokens.length)) throw new RangeError('match(text, tokens, norms): norms must have one entry per token');
    // Our own tokens carry the 'search' form already; the caller's are normalised again from their text.
    const toks = tokens ?? tokenize(text, { normalize: 'search' });
    const normOf = norms ? (j: number) => norms[j]! : tokens ? undefined : (j: number) => toks[j]!.norm;
    return matchesOf(this.source.trie.matchAll(text, toks, normOf));
  }

  /** {@link match} over a document's token table and keys (no token objects needed). */
  matchDoc(doc: Doc): GazetteerMatch[] {
    return this.source.trie.matchDocAs(doc, gazetteerMatch);
  }

  entries(): IterableIterator<GazetteerEntry> {
    return this.source.list()[Symbol.iterator]();
  }
}

/**
 * The matches of `hits`, by a loop of pushes onto a list made with its first element. `Array#map`'s
 * result is packed while `map` runs unoptimised and holey once TurboFan has inlined it, so the rules
 * reading the matches met a second kind of array in the middle of a first pass and deoptimised
 * (the gazetteer's and the city clubs' `run`, `gazetteerCandidates`), each recompiled with the
 * whole trie walk inlined into it.
 */
function matchesOf(hits: readonly TrieHit<GazetteerEntry>[]): GazetteerMatch[] {
  if (hits.length === 0) return [];
  const out = [toMatch(hits[0]!)];
  for (let k = 1; k < hits.length; k++) out.push(toMatch(hits[k]!));
  return out;
}

function toMatch(h: TrieHit<GazetteerEntry>): GazetteerMatch {
  return gazetteerMatch(h.tokenStart, h.tokenEnd, h.start, h.end, h.proclitic, h.values);
}

/** A match of its fields, with its own copy of the entries (the trie's list stays the trie's). */
function gazetteerMatch(tokenStart: number, tokenEnd: number, start: number, end: number, proclitic: string, entries: GazetteerEntry[]): GazetteerMatch {
  return { start, end, tokenStart, tokenEnd, proclitic, entries: entries.slice() };
}

export function freeze(e: GazetteerEntry): GazetteerEntry {
  Object.freeze(e.aliases);
  return Object.freeze(e);
}

/** Tokenises and normalises every spelling of each entry; a spelling with no letter or digit is an error. */
export function keyEntries(list: readonly GazetteerEntry[], where = 'createGazetteer: entries'): Keyed[] {
  const keyed: Keyed[] = [];
  list.forEach((entry, i) => {
    [entry.name, ...entry.aliases].forEach((s, j) => {
      const key = keyTokens(s).join(' ');
      if (!key || !(letter ??= new RegExp('[\\p{L}\\p{N}]', 'u')).test(key)) throw new RangeError(`${where}[${i}].${j === 0 ? 'name' : `aliases[${j - 1}]`} has no letter or digit to match: ${JSON.stringify(s)}`);
      keyed.push({ key, entry });
    });
  });
  return keyed;
}

/** A gazetteer over already keyed spellings, in their order (earlier ones first under a shared key). */
export function gazetteerOf(list: GazetteerEntry[], keyed: Keyed[]): TrieGazetteer {
  const trie = new TokenTrie<GazetteerEntry>();
  for (const { key, entry } of keyed) trie.add(key, entry);
  return new TrieGazetteer({ trie, size: list.length, list: () => list, keyed: () => keyed });
}
