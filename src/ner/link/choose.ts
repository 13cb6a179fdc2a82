import type { EntityType, GazetteerEntry } from '../../gazetteer/index.js';
import type { LinkHead, LinkKind } from './types.js';
import { entryAmbiguous, entryCountry, entryId, entryKind, entryType } from '../entry-fields.js';

/**
 * The built-in order among the entries of one spelling (lower first). Which type wins when one
 * spelling names several things and nothing decides: a place, then an organisation, then a person;
 * among places, a country before a city before a province of the same name (دمشق the city, not the
 * governorate). Comparisons, not reads of `{ LOC: 0, … }[e.type]` and `{ country: 0, … }[e.kind]`: a
 * read with a key that varies is a megamorphic keyed lookup (about 60 instructions, asked of every
 * entry of every match), and a kind such as `toString` read an inherited function. The built-in
 * entries' kinds are the literals themselves (`decodeLine`): `===` finds them equal at once.
 */
export function defaultRank(e: GazetteerEntry): number {
  const type = entryType(e);
  const kind = entryKind(e);
  return (type === 'LOC' ? 0 : type === 'ORG' ? 3 : 6) + (kind === 'country' ? 0 : kind === 'city' ? 1 : 2);
}

/** The country an entry belongs to: its `country`, or its own code for a country. */
export function countryOf(e: GazetteerEntry): string | undefined {
  const kind = entryKind(e);
  return entryCountry(e) ?? (kind === 'country' || kind === 'territory' ? entryId(e) : undefined);
}

/** What the document says about an ambiguous name (see {@link chooseLink}). */
export interface LinkContext {
  /** The head right before the name (`سلطنة`، `العاصمة الأردنية`، `قناة`). */
  head?: LinkHead | undefined;
  /** Weight of each country in the document (nationality adjectives, other places and people). */
  countries?: ReadonlyMap<string, number> | undefined;
  /** Entries that win whatever the rest says: a user's own entries over the built-in ones. */
  preferred?: ((e: GazetteerEntry) => boolean) | undefined;
}

export interface LinkChoice {
  entry: GazetteerEntry;
  /** Every id the name could mean, when they differ in type or country (a real choice). */
  candidates?: string[];
  /** How the choice was made; absent when the name itself decides. */
  link?: LinkKind;
}

/**
 * Chooses among the gazetteer entries of one spelling by evidence in the document, in this order:
 * 1. a user's own entry (`preferred`) over the built-in ones;
 * 2. the head before the name: `زار سلطنة عمان` keeps countries (Oman), `العاصمة الأردنية عمان`
 *    cities of Jordan (Amman), `مراسل الجزيرة` media (the channel);
 * 3. the countries of the document: `وصل العاهل الأردني إلى عمان` (الأردني → JO) is Amman, as is
 *    `قال الملك عبدالله الثاني في عمان` (a Jordanian king) and `زار الزرقاء وعمان`;
 * 4. else the built-in order (`defaultRank`): the country Oman.
 * Unambiguous entries come before entries flagged `ambiguous` at every step.
 *
 * @example
 * chooseLink(builtinGazetteer().lookup('عمان'), { countries: new Map([['JO', 1]]) })
 * // → { entry: { id: 'jo-amman', … }, candidates: ['OM', 'JO-AM', 'jo-amman'], link: 'context' }
 */
export function chooseLink(entries: readonly GazetteerEntry[], context: LinkContext = {}): LinkChoice | undefined {
  if (entries.length === 0) return undefined;
  const candidates = realChoice(entries);
  let pool: readonly GazetteerEntry[] = entries;
  if (context.preferred) {
    const mine = pool.filter(context.preferred);
    if (mine.length > 0) return { entry: best(mine) };
  }
  let decided = false;
  const head = context.head;
  if (head) {
    const fit = pool.filter((e) => entryType(e) === head.type && (head.kinds.length === 0 || head.kinds.includes(entryKind(e) ?? '')) && (!head.country || countryOf(e) === head.country));
    if (fit.length > 0) {
      pool = fit;
      decided = true;
    }
  }
  const countries = context.countries;
  if (countries && countries.size > 0 && pool.length > 1) {
    let top = 0;
    for (const e of pool) top = Math.max(top, countries.get(countryOf(e) ?? '') ?? 0);
    if (top > 0) {
      const next = pool.filter((e) => (countries.get(countryOf(e) ?? '') ?? 0) === top);
      if (next.length < pool.length) decided = true;
      pool = next;
    }
  }
  return choice(best(pool), candidates, decided ? 'context' : 'default');
}

/**
 * The choice as returned: `candidates` and `link` only when the name was a real choice. Literals,
 * not a closure with object spreads (`...(candidates ? { candidates } : {})`): those made a context,
 * a closure and two objects for every gazetteer match.
 */
function choice(entry: GazetteerEntry, candidates: string[] | undefined, link: LinkKind): LinkChoice {
  return candidates ? { entry, candidates, link } : { entry };
}

/** The first of the best-ranked entries, unambiguous ones first. */
function best(pool: readonly GazetteerEntry[]): GazetteerEntry {
  if (pool.length === 1) return pool[0]!; // most names: one entry, nothing to filter
  const sure = pool.filter((e) => !entryAmbiguous(e));
  const from = sure.length > 0 ? sure : pool;
  let out = from[0]!;
  for (const e of from) if (defaultRank(e) < defaultRank(out)) out = e;
  return out;
}

/**
 * The ids of the entries when they differ in type or in country, else undefined: عمان (Oman, Amman)
 * is a choice; بغداد (the city and its governorate, both Iraq) is not, and the city is meant.
 */
function realChoice(entries: readonly GazetteerEntry[]): string[] | undefined {
  if (entries.length < 2) return undefined; // one entry has at most one id
  // Whether they differ first (a loop, nothing made): most spellings of several entries do not.
  const first = entries[0]!;
  let differ = false;
  for (let k = 1; k < entries.length && !differ; k++) differ = entryType(entries[k]!) !== entryType(first) || countryOf(entries[k]!) !== countryOf(first);
  if (!differ) return undefined;
  const ids = [...new Set(entries.map((e) => entryId(e)).filter((id): id is string => id !== undefined))];
  return ids.length < 2 ? undefined : ids;
}
