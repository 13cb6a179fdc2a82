import type { GazetteerEntry } from '../../gazetteer/index.js';
import type { Candidate } from '../candidates.js';
import { STANDALONE_ORG_HEADS, STANDALONE_PLACE_HEADS } from '../closed-class.js';
import { editComponent, exactMatch, type RecognizerContext } from '../component.js';
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
export const placeEdges = editComponent('place-edges', (ctx, c) => (c.type === 'LOC' ? withoutHead(ctx, c, isStandaloneHead) : c));

/**
 * The same for an organisation: a word for a kind of group before an organisation the gazetteer also
 * knows without it is a descriptor (data/lexicon/lists/standalone-org-heads.txt): منظمة [هيومن رايتس
 * ووتش]، جماعة [بوكو حرام]، منظمة [الأمم المتحدة]; [منظمة الصحة العالمية] keeps it (الصحة العالمية
 * names nothing alone). Runs after the tagger.
 */
export const orgEdges = editComponent('org-edges', (ctx, c) => (c.type === 'ORG' ? withoutHead(ctx, c, isStandaloneOrgHead) : c));

/** `c`, or the same name without its head (`isHead`) when the words after the head name it too. */
function withoutHead(ctx: RecognizerContext, c: Candidate, isHead: (key: string) => boolean): Candidate | undefined {
  if (c.rule !== 'gazetteer' || c.tokenEnd - c.tokenStart < 2 || !headOfKnownName(ctx.words, c, isHead)) return c;
  const doc = ctx.words.doc;
  const rest = ctx.gazetteer.lookup(doc.text.slice(doc.start(c.tokenStart + 1), c.end));
  return sameEntry(ctx.words.coverAt(c.tokenStart)!.entries, rest, c.type) ? { ...c, tokenStart: c.tokenStart + 1, start: doc.start(c.tokenStart + 1) } : c;
}

/** `c` is exactly a name the gazetteer matched, whose first word is a standalone name's head. */
function headOfKnownName(w: Words, c: Candidate, isHead: (key: string) => boolean): boolean {
  return exactMatch(w, c) !== undefined && w.find(c.tokenStart, isHead) !== undefined;
}

/**
 * An entry of `type` of the whole name (نهر النيل: the river, and Sudan's state) that the words
 * after its head also name (النيل).
 */
function sameEntry(whole: readonly GazetteerEntry[], rest: readonly GazetteerEntry[], type: GazetteerEntry['type']): boolean {
  for (let r = 0; r < rest.length; r++) {
    const e = rest[r]!;
    if (e.type === type && whole.some((x) => x === e || (x.id !== undefined && x.id === e.id))) return true;
  }
  return false;
}

function isStandaloneHead(key: string): boolean {
  return STANDALONE_PLACE_HEADS.has(key);
}

function isStandaloneOrgHead(key: string): boolean {
  return STANDALONE_ORG_HEADS.has(key);
}
