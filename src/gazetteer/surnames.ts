import { SURNAMES } from './generated/links.js';
import type { Lexicon } from './lexicon.js';
import { searchForm } from './trie.js';
import type { Gazetteer, GazetteerEntry } from './types.js';

/** Words before the last one that make it a father's or a son's name, not a surname: محمد بن [سلمان]، أبو [مازن]. */
const PARTICLES: ReadonlySet<string> = new Set(['بن', 'ابن', 'بنت', 'ابو', 'ابي', 'ام', 'عبد', 'ال', 'اب', 'ذو', 'ذي']);

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
 * Built on first use and cached per gazetteer.
 *
 * @example
 * const index = surnameIndex(builtinGazetteer(), builtinLexicon());
 * index.person('بوتين')?.id;  // 'vladimir-putin' (the only Putin)
 * index.person('ماكرون')?.id; // 'emmanuel-macron' (data/lexicon/surnames.tsv: Brigitte is named in full)
 * index.person('الاسد')?.id;  // 'bashar-al-assad'
 */
export function surnameIndex(gazetteer: Gazetteer, lexicon: Lexicon): SurnameIndex {
  let index = byGazetteer.get(gazetteer);
  if (!index) byGazetteer.set(gazetteer, (index = buildIndex(gazetteer, lexicon)));
  return index;
}

function buildIndex(gazetteer: Gazetteer, lexicon: Lexicon): SurnameIndex {
  const people = new Map<string, GazetteerEntry[]>();
  const byId = new Map<string, GazetteerEntry>();
  for (const e of gazetteer.entries()) {
    if (e.type !== 'PER') continue;
    if (e.id !== undefined && !byId.has(e.id)) byId.set(e.id, e);
    const seen = new Set<string>();
    for (const spelling of [e.name, ...e.aliases]) {
      const words = searchForm(spelling).split(/\s+/).filter(Boolean);
      if (words.length < 2) continue;
      const last = words[words.length - 1]!;
      if (seen.has(last) || PARTICLES.has(words[words.length - 2]!) || last.length < 3) continue;
      if (lexicon.isGivenName(last) || lexicon.isCommonWord(last) || lexicon.demonym(last)) continue;
      seen.add(last);
      const list = people.get(last);
      if (list) list.push(e);
      else people.set(last, [e]);
    }
  }
  const chosen = new Map<string, GazetteerEntry>();
  for (const line of SURNAMES ? SURNAMES.split('\n') : []) {
    const [key, id] = line.split('\t') as [string, string];
    const e = byId.get(id);
    if (e) chosen.set(key, e);
  }
  const none: readonly GazetteerEntry[] = Object.freeze([]);
  return {
    person(key) {
      const listed = chosen.get(key);
      if (listed) return listed;
      const list = people.get(key);
      return list && list.length === 1 ? list[0] : undefined;
    },
    people: (key) => people.get(key) ?? none,
  };
}
