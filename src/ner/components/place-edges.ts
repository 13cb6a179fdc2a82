import type { GazetteerEntry } from '../../gazetteer/index.js';
import type { Candidate } from '../candidates.js';
import { STANDALONE_PLACE_HEADS } from '../closed-class.js';
import { editComponent, type RecognizerContext } from '../component.js';
import type { Words } from '../words.js';

/**
 * The head noun of a natural feature or region before a place the gazetteer also knows without
 * it is a descriptor, outside the span (ANNOTATION.md: a descriptor before a name that stands on
 * its own): نهر [النيل]، جبال [الألب]، مضيق [باب المندب]، جزيرة [صقلية]. The gazetteer matches the
 * longest spelling (نهر النيل); when what follows the head (data/lexicon/lists/standalone-place-heads.txt)
 * is another spelling of the same entry, the place starts there. It stays where the rest names
 * something else or nothing: [نهر الأردن] (the country), [جبل طارق], [البحر الأحمر]. Runs after the
 * tagger, on what it chose, so the model's features do not depend on it.
 */
export const placeEdges = editComponent('place-edges', placeWithoutHead);

/** `c`, or the same place without its head when the words after the head name it too. */
function placeWithoutHead(ctx: RecognizerContext, c: Candidate): Candidate | undefined {
  if (c.type !== 'LOC' || c.rule !== 'gazetteer' || c.tokenEnd - c.tokenStart < 2 || !headOfKnownPlace(ctx.words, c)) return c;
  const doc = ctx.words.doc;
  const rest = ctx.gazetteer.lookup(doc.text.slice(doc.start(c.tokenStart + 1), c.end));
  return sameEntry(ctx.words.coverAt(c.tokenStart)!.entries, rest, 'LOC') ? { ...c, tokenStart: c.tokenStart + 1, start: doc.start(c.tokenStart + 1) } : c;
}

/** `c` is exactly a name the gazetteer matched, whose first word is a standalone place's head. */
function headOfKnownPlace(w: Words, c: Candidate): boolean {
  const m = w.coverAt(c.tokenStart);
  return m !== undefined && m.tokenStart === c.tokenStart && m.tokenEnd === c.tokenEnd && w.find(c.tokenStart, isStandaloneHead) !== undefined;
}

/**
 * An entry of `type` of the whole name (نهر النيل: the river, and Sudan's state) that part of it
 * also names (النيل; الهلال of الهلال السعودي, see `club-edges`).
 */
export function sameEntry(whole: readonly GazetteerEntry[], rest: readonly GazetteerEntry[], type: GazetteerEntry['type']): boolean {
  for (let r = 0; r < rest.length; r++) {
    const e = rest[r]!;
    if (e.type === type && whole.some((x) => x === e || (x.id !== undefined && x.id === e.id))) return true;
  }
  return false;
}

function isStandaloneHead(key: string): boolean {
  return STANDALONE_PLACE_HEADS.has(key);
}
