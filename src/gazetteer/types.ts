import type { Token } from './text.js';

/** The three entity types of tahlil. */
export type EntityType = 'PER' | 'LOC' | 'ORG';

/**
 * One named thing the gazetteer knows: a person, a place or an organisation.
 *
 * @example
 * { name: 'العراق', type: 'LOC', id: 'IQ', aliases: ['جمهورية العراق'], country: 'IQ', kind: 'country' }
 */
export interface GazetteerEntry {
  /** Canonical spelling, as Arabic news writes it (`بشار الأسد`, `الأمم المتحدة`). */
  name: string;
  type: EntityType;
  /** Stable identifier: ISO 3166-1/-2 code for countries and subdivisions, a slug otherwise. */
  id?: string | undefined;
  /** Other spellings and forms; every one of them is matched like `name`. */
  aliases: string[];
  /** ISO 3166-1 alpha-2 code of the country the entry belongs to. */
  country?: string | undefined;
  /** Finer kind: `country`, `city`, `subdivision`, `sea`, `ministry`, `party`… */
  kind?: string | undefined;
  /**
   * The spelling that was matched is also a common word or a lone given name (`أمل`, `الأسد`,
   * `عمان`, `الجزيرة`), so a recogniser should ask for context before accepting it.
   */
  ambiguous?: boolean | undefined;
}

/** What `createGazetteer` accepts: a `GazetteerEntry` whose `aliases` may be left out. */
export type GazetteerEntryInput = Omit<GazetteerEntry, 'aliases'> & { aliases?: readonly string[] | undefined };

/** One occurrence of a gazetteer name in a text. */
export interface GazetteerMatch {
  /** Entity span in the original text, AFTER any proclitics (`وبغداد` → the span of `بغداد`). */
  start: number;
  end: number;
  /** Token index range `[tokenStart, tokenEnd)`. */
  tokenStart: number;
  tokenEnd: number;
  /** The proclitic letters cut off the first token: `''`, `'و'`, `'ب'`, `'ول'`, `'ل'` (of `لل`)… */
  proclitic: string;
  /** Every entry whose name or alias is the matched spelling. */
  entries: GazetteerEntry[];
}

export interface Gazetteer {
  /** Number of entries. */
  readonly size: number;
  /** Entries by any spelling, compared in the 'search' normalisation (`lookup('عُمان')`). */
  lookup(name: string): GazetteerEntry[];
  /**
   * Longest, left-to-right, non-overlapping matches, across proclitics on the first token.
   * `norms`, when given, is the 'search' form of each token (saves normalising them again).
   */
  match(text: string, tokens?: readonly Token[], norms?: readonly string[]): GazetteerMatch[];
  /** Every entry, in insertion order (base gazetteer first when extending). */
  entries(): IterableIterator<GazetteerEntry>;
}

export interface CreateGazetteerOptions {
  /** Add the new entries to the built-in gazetteer or to another gazetteer instead of replacing it. */
  extends?: Gazetteer | 'builtin' | undefined;
}
