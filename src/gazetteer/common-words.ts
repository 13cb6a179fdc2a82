import { COMMON } from './generated/lexicon.js';

let common: ReadonlySet<string> | undefined;

/**
 * The frequent words of news (data/lexicon/common-words.txt, 'search' form: العاصمه، قال), one Set
 * built on first use and shared by the lexicon (`isCommonWord`) and the segmenter, which asks for
 * a word with or without ال (`عاصمه` is known through `العاصمه`). Each built its own copy before
 * (the segmenter's with the ال-less forms added: 22,000 strings), which a cold start paid for twice.
 */
export function commonWordSet(): ReadonlySet<string> {
  return (common ??= new Set(COMMON ? COMMON.split('\n') : []));
}
