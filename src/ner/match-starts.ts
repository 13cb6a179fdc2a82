import type { GazetteerMatch } from '../gazetteer/index.js';
import { sortSmall } from './sort-small.js';
import type { Words } from './words.js';

/**
 * The tokens where the gazetteer match that covers them starts (`w.coverAt(i)?.tokenStart === i`),
 * in text order: the only tokens where a rule that begins at a known name (a city's club, a team
 * in a match, a region after a comma) can find one. A sentence has a few matches and tens of
 * tokens, so those rules visit these instead of asking every token for its cover. `matches` are
 * the ones the document's cover was set from (`ctx.matches`).
 */
export function matchStarts(w: Words, matches: readonly GazetteerMatch[]): number[] {
  const out: number[] = [];
  for (let k = 0; k < matches.length; k++) {
    const m = matches[k]!;
    if (w.coverAt(m.tokenStart) === m) out.push(m.tokenStart);
  }
  // The built-in gazetteer's matches are in text order already (another gazetteer's may not be).
  return sortSmall(out, ascending);
}

const ascending = (a: number, b: number): number => a - b;
