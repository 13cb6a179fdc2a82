import { SURNAME_INDEX } from './generated/derived.js';
import { SURNAMES } from './generated/links.js';
import { builtinEntry, isBuiltinGazetteer } from './builtin.js';
import { builtinLexicon, type Lexicon } from './lexicon.js';
import { findRow, rowMap, searchThenMap } from './sorted.js';
import { searchForm } from './trie.js';
import { wordList } from './word-list.js';
import type { Gazetteer, GazetteerEntry } from './types.js';

let nasabParticles: ReadonlySet<string> | undefined;

/** The people who share one surname, and the one a surname alone means. */
export interface SurnameIndex {
  /**
   * The person a surname alone means: the one listed in data/lexicon/surnames.tsv, else the only
   * person of the gazetteer whose name ends with it; `undefined` when none or several.
   * `key` is the surname in the 'search' normalisation (`ماكرون`، `الاسد`).
   */
  person(key: string): GazetteerEntry | undefined;
  /** Every person of the gazetteer whose full name ends with this surname. */
  people(key: string): readonly GazetteerEntry[];
}

const byGazetteer = new WeakMap<Gazetteer, SurnameIndex>();

/**
 * The surname index of a gazetteer: for each surname (the last word of a person's name or alias,
 * when it is no given name, common word or part of a nasab such as بن سلمان), the people who bear it.
 * Built on first use and cached per gazetteer; for the built-in gazetteer and lexicon it is read
 * from the generated data (`npm run gazetteer` computes it with {@link surnameTable}), so that no
 * entry is decoded for it at start-up.
 *
 * @example
 * const index = surnameIndex(builtinGazetteer(), builtinLexicon());
 * index.person('بوتين')?.id;  // 'vladimir-putin' (the only Putin)
 * index.person('ماكرون')?.id; // 'emmanuel-macron' (data/lexicon/surnames.tsv: Brigitte is named in full)
 * index.person('الاسد')?.id;  // 'bashar-al-assad'
 */
export function surnameIndex(gazetteer: Gazetteer, lexicon: Lexicon): SurnameIndex {
  let index = byGazetteer.get(gazetteer);
  if (!index) {
    const table = isBuiltinGazetteer(gazetteer) && lexicon === builtinLexicon() ? SURNAME_INDEX : surnameTable(gazetteer.entries(), lexicon, SURNAMES, (nasabParticles ??= wordList('nasab-particles')));
    byGazetteer.set(gazetteer, (index = readTable(table, isBuiltinGazetteer(gazetteer) ? builtinEntry : entryOf(gazetteer))));
  }
  return index;
}

function entryOf(gazetteer: Gazetteer): (n: number) => GazetteerEntry {
  let list: readonly GazetteerEntry[] | undefined;
  return (n) => (list ??= [...gazetteer.entries()])[n]!;
}

/**
 * The surname index of `entries` as text, one surname a line: key, tab, the numbers of the
 * entries (positions in the order of `entries`) of the people who bear it, tab, the number of the person
 * `surnames` (data/lexicon/surnames.tsv as `key · id` lines) chooses, if any. A last word after one of
 * `particles` (data/lexicon/lists/nasab-particles.txt, 'search' keys) is a father's or family's name,
 * not a surname: محمد بن [سلمان]، أبو [مازن].
 *
 * @example
 * surnameTable(builtinGazetteer().entries(), builtinLexicon(), SURNAMES, wordList('nasab-particles')); // '…\nالاسد\t…,…\t…\n…' (entry numbers)
 */
export function surnameTable(entries: Iterable<GazetteerEntry>, lexicon: Lexicon, surnames: string, particles: ReadonlySet<string>): string {
  const people = new Map<string, number[]>();
  const byId = new Map<string, number>();
  let n = -1;
  for (const e of entries) {
    n++;
    if (e.type !== 'PER') continue;
    if (e.id !== undefined && !byId.has(e.id)) byId.set(e.id, n);
    const seen = new Set<string>();
    for (const spelling of [e.name, ...e.aliases]) {
      const words = searchForm(spelling).split(/\s+/).filter(Boolean);
      if (words.length < 2) continue;
      const last = words[words.length - 1]!;
      if (seen.has(last) || particles.has(words[words.length - 2]!) || last.length < 3) continue;
      if (lexicon.isGivenName(last) || lexicon.isCommonWord(last) || lexicon.demonym(last)) continue;
      seen.add(last);
      const list = people.get(last);
      if (list) list.push(n);
      else people.set(last, [n]);
    }
  }
  const chosen = new Map<string, number>();
  for (const line of surnames ? surnames.split('\n') : []) {
    const [key, id] = line.split('\t') as [string, string];
    const n = byId.get(id);
    if (n !== undefined) chosen.set(key, n);
  }
  const keys = [...new Set([...people.keys(), ...chosen.keys()])].sort();
  return keys.map((k) => `${k}\t${(people.get(k) ?? []).join(',')}\t${chosen.get(k) ?? ''}`).join('\n');
}

const NONE: readonly GazetteerEntry[] = Object.freeze([]);

/**
 * Lookups answered by a binary search over the table's text before its rows are read into a Map:
 * a cold start that analyses one sentence asks about a few dozen surnames, and building the Map of
 * all 3,000 was about 6 M instructions of it; a long text asks thousands of times.
 */
const ROWS_AFTER = 4096;

/**
 * The index of a {@link surnameTable}; entries are decoded when their surname is first asked for.
 * A surname is found by {@link findRow} over the text, then, after {@link ROWS_AFTER} lookups, in a
 * Map of each surname to where its line's fields start in `table` (one number, not a row object and
 * two strings: 3,000 surnames made 12,000 objects on every cold start for the few a text asks for).
 */
function readTable(table: string, entry: (n: number) => GazetteerEntry): SurnameIndex {
  const rowOf = searchThenMap(
    (key) => {
      const at = findRow(table, key);
      return at < 0 ? undefined : at;
    },
    () => rowMap(table),
    ROWS_AFTER,
  );
  const decoded = new Map<number, readonly GazetteerEntry[]>();
  /** The people of the line whose fields start at `at`: `numbers \t chosen`. */
  const people = (at: number): readonly GazetteerEntry[] => {
    let list = decoded.get(at);
    if (!list) {
      const numbers = table.slice(at, table.indexOf('\t', at));
      list = numbers ? Object.freeze(numbers.split(',').map((n) => entry(Number(n)))) : NONE;
      decoded.set(at, list);
    }
    return list;
  };
  const chosen = (at: number): string => {
    const from = table.indexOf('\t', at) + 1;
    const end = table.indexOf('\n', from);
    return table.slice(from, end < 0 ? table.length : end);
  };
  /** The person of each line asked for (null: none), by where its fields start: a steady pass asks the same surnames again and again. */
  const personOf = new Map<number, GazetteerEntry | null>();
  const personAt = (at: number): GazetteerEntry | undefined => {
    const c = chosen(at);
    if (c) return entry(Number(c));
    const list = people(at);
    return list.length === 1 ? list[0] : undefined;
  };
  return {
    person(key) {
      const at = rowOf(key);
      if (at === undefined) return undefined;
      let p = personOf.get(at);
      if (p === undefined) personOf.set(at, (p = personAt(at) ?? null));
      return p ?? undefined;
    },
    people(key) {
      const at = rowOf(key);
      return at === undefined ? NONE : people(at);
    },
  };
}
