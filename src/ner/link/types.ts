import type { EntityType } from '../../gazetteer/index.js';

/**
 * How an entity's id was chosen:
 * - `'context'`: the name has several entries and evidence in the document chose one (a head such as
 *   `سلطنة` or `العاصمة الأردنية`, nationality adjectives, other places or people of one country);
 * - `'default'`: the name has several entries and nothing in the document decided, so the
 *   built-in order chose (a country before a city before a province, a place before an organisation);
 * - `'surname'`: a surname alone (`ماكرون`) linked to the one well-known person with that surname,
 *   a weaker link than a full name.
 * No `link` at all: the name itself says which entry it is.
 */
export type LinkKind = 'context' | 'default' | 'surname';

/**
 * A word before a name that says which entry it means (data/lexicon/link-heads.tsv):
 * `سلطنة` allows countries, `قناة` media, `العاصمة الأردنية` cities of Jordan.
 */
export interface LinkHead {
  type: EntityType;
  /** Gazetteer kinds it allows; empty: any kind of that type. */
  kinds: readonly string[];
  /** A name that is also a common word counts as an entity after it (`مراسل الجزيرة`). */
  confirms: boolean;
  /** The head says what the entity itself is (`صحيفة`، `قناة`, `نادي`): an entry of another kind is another organisation of that name, not linked (`مجلة الهلال` is no club). */
  names: boolean;
  /** The country a nationality adjective after the head names (`العاصمة الأردنية` → `'JO'`). */
  country?: string;
  /** Token range of the head and its adjective, `[tokenStart, tokenEnd)`; `tokenEnd` is the name's first token. */
  tokenStart: number;
  tokenEnd: number;
}
