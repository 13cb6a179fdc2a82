import { COMMON_FIRSTS, commonPart } from './generated/lexicon.js';
import { filterOf, type KeyFilter } from './key-filter.js';
import { hasLine, lastAtMost } from './sorted.js';

/** What the lexicon and the segmenter ask of the common words. */
export interface WordSet {
  has(word: string): boolean;
}

/**
 * After this many lookups the parts are merged into one Set: a long text asks for thousands of
 * words, and then one hash lookup beats finding the part first. A cold start that analyses one
 * sentence asks for a few dozen.
 */
const MERGE_AFTER = 4096;

/**
 * The common words read a part at a time (src/gazetteer/generated/lexicon.ts: the sorted list in
 * parts of 256 words, each part's first word listed apart; in the built package each part is a
 * file of its own, read on first use): a lookup binary-searches the parts' first words, then that
 * part's text (`hasLine`). One sentence reads a handful of the 59 parts, where building one Set of
 * all 15,000 words (and decoding their 182 KB of UTF-8) was about a tenth of a cold start; a Set of
 * each part read (split, every word hashed) was still about 250 KB of the 2 MB a first `analyze`
 * allocates, kept alive and copied by each of its three scavenges.
 */
export class PartedWords implements WordSet {
  private readonly firsts: readonly string[];
  /** The text of each part read (its words in order, one a line). */
  private readonly parts: Array<string | undefined> = [];
  private whole: Set<string> | undefined;
  /** After the merge, for {@link hasBare}: every word, and every word that starts with ال without it. */
  private bare: Set<string> | undefined;
  /** The words of {@link bare}: most stems the segmenter asks about are none. */
  private bareFilter: KeyFilter | undefined;
  private lookups = 0;

  constructor(
    firsts: string,
    private readonly part: (k: number) => string | undefined,
  ) {
    this.firsts = firsts ? firsts.split('\n') : [];
  }

  has(word: string): boolean {
    if (this.whole) return this.whole.has(word);
    if (++this.lookups > MERGE_AFTER) {
      this.whole = new Set(this.words());
      this.parts.length = 0; // the merged Set answers from now on
      return this.whole.has(word);
    }
    const p = lastAtMost(this.firsts, word);
    return p >= 0 && hasLine(this.partText(p), word);
  }

  /**
   * `has(word) || has('ال' + word)`: the word is common with or without the article (`عاصمه` is
   * known through `العاصمه`). Once the parts are merged, one lookup in a Set of the words and the
   * words without their ال, where two lookups hashed the word and a new string 'ال' + word: the
   * segmenter asks this a dozen times of each new word.
   */
  hasBare(word: string): boolean {
    if (this.bare) return this.bareFilter!.mayHave(word) && this.bare.has(word);
    if (this.whole) {
      const bare = new Set(this.whole);
      for (const w of this.whole) if (w.startsWith('ال')) bare.add(w.slice(2));
      this.bare = bare;
      this.bareFilter = filterOf(bare);
      return bare.has(word);
    }
    return this.has(word) || this.has('ال' + word);
  }

  /** Every word, in order. */
  words(): string[] {
    if (this.whole) return [...this.whole];
    const out: string[] = [];
    for (let k = 0; k < this.firsts.length; k++) for (const w of this.partText(k).split('\n')) out.push(w);
    return out;
  }

  private partText(k: number): string {
    return (this.parts[k] ??= this.part(k)!);
  }
}

let common: PartedWords | undefined;

/**
 * The frequent words of news (data/lexicon/common-words.txt, 'search' form: العاصمه، قال), shared
 * by the lexicon (`isCommonWord`) and the segmenter, which asks for a word with or without ال
 * (`عاصمه` is known through `العاصمه`). Each built its own copy before (the segmenter's with the
 * ال-less forms added: 22,000 strings), which a cold start paid for twice.
 */
export function commonWordSet(): PartedWords {
  return (common ??= new PartedWords(COMMON_FIRSTS, commonPart));
}

/** Every common word, in order (the generator's list, for tests and tools). */
export function commonWords(): string[] {
  commonWordSet();
  return common!.words();
}
