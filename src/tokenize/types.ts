/** Types of the tokenisation layer. */
import type { NormalizeOptions } from '../normalize/index.js';

/**
 * What a token is:
 * - `word`: Arabic-script letters with their diacritics, tatweel and invisible controls inside.
 * - `latin`: letters of any other script, possibly with digits (`CNN`, `COVID19`, `5G`).
 * - `number`: digits of any of the three systems with `.` `,` `٫` `٬` between digits and `%` `٪` after.
 * - `punct`, `symbol`: one punctuation mark (runs of `. ! ? ؟ …` together) or one symbol.
 * - `url`, `email`, `hashtag` (`#مصر`), `mention` (`@user`), `emoji` (a whole emoji sequence).
 */
export type TokenKind =
  | 'word'
  | 'latin'
  | 'number'
  | 'punct'
  | 'symbol'
  | 'url'
  | 'email'
  | 'hashtag'
  | 'mention'
  | 'emoji';

/** A token: `text === original.slice(start, end)`; `norm` is `text` normalised (`'standard'` by default). */
export interface Token {
  text: string;
  start: number;
  end: number;
  kind: TokenKind;
  norm: string;
}

/** Options of {@link tokenize}. */
export interface TokenizeOptions {
  /** How `norm` is computed: a preset or operations, as for `normalize`. Default `'standard'`. */
  normalize?: NormalizeOptions | undefined;
}

/** A sentence: `text === original.slice(start, end)`, without leading or trailing white space. */
export interface Sentence {
  start: number;
  end: number;
  text: string;
}

/** What a clitic is: conjunction و ف, preposition ب ك ل, article ال, future marker س, pronoun. */
export type CliticTag = 'conj' | 'prep' | 'det' | 'fut' | 'pron';

/** One part of a segmented word; `start`/`end` are offsets into the word. */
export interface SegmentPart {
  text: string;
  start: number;
  end: number;
  /** The clitic's tag; absent on the stem. */
  tag?: CliticTag;
  /** True on the article of لل (ل + ال with its alef elided): the part's text is then `ل`. */
  elided?: boolean;
}

/** A word cut into proclitics, stem and enclitics. The parts are contiguous and cover the word. */
export interface Segmentation {
  proclitics: SegmentPart[];
  stem: SegmentPart;
  enclitics: SegmentPart[];
}

/** Options of {@link segment}. */
export interface SegmentOptions {
  /**
   * A lexicon predicate (e.g. the gazetteer's). It is called with candidate stems, letters only
   * (diacritics, tatweel and invisibles removed, nothing else changed), and for a candidate with
   * an article also with `'ال' + stem`. When the whole word is known it is not cut; otherwise a
   * candidate whose stem is known wins over the default rules (the fewest cuts among known ones).
   */
  isKnownWord?: ((stem: string) => boolean) | undefined;
  /**
   * A predicate for names that must not be cut into (e.g. `knownNames(builtinGazetteer()).isKnownName`).
   * It is called with letters only: the whole word, and the word after each possible run of
   * conjunctions and prepositions (`وبعلبك` → `بعلبك`; with لل, `'ال'` + the rest). The word is
   * cut only in front of the longest known name found this way (`بعلبك` stays whole, `لروسيا` →
   * ل + روسيا, `وبالعراق` → و + ب + ال + عراق); when none is known the default rules apply.
   * Results are cached per predicate: pass the same function for the same names.
   */
  isKnownName?: ((word: string) => boolean) | undefined;
}
