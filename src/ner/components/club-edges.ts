import type { Candidate } from '../candidates.js';
import { editComponent, exactMatch, type RecognizerContext } from '../component.js';
import type { GazetteerEntry } from '../../gazetteer/index.js';

/**
 * A club's nationality adjective is no part of its name (ANNOTATION.md: nationality adjectives are
 * no entities; a club's name stands on its own): [الهلال] السعودي، [السد] القطري، [الفيصلي] الأردني.
 * The gazetteer holds such spellings because the bare name is also a common word (الهلال "the
 * crescent") and the adjective is what makes it a club; when the words before the adjective name a
 * club too (this one, or another country's: النصر), the club ends there, after the gazetteer or a
 * descriptor (نادي [الوحدة] الإماراتي). ANERcorp marks it so too (النصر العماني).
 * Not an institution named with a country's adjective ([الحكومة العراقية], [البنك الأهلي المصري]):
 * only an entry of the kind `club`. Runs after the tagger, on what it chose.
 */
export const clubEdges = editComponent('club-edges', clubWithoutAdjective);

/** `c`, or the same club without the nationality adjective that ends it. */
function clubWithoutAdjective(ctx: RecognizerContext, c: Candidate): Candidate | undefined {
  if (c.type !== 'ORG' || (c.rule !== 'gazetteer' && c.rule !== 'descriptors') || c.tokenEnd - c.tokenStart < 2) return c;
  const w = ctx.words;
  const m = exactMatch(w, c);
  const last = c.tokenEnd - 1;
  if (m === undefined || !w.demonym(last) || !m.entries.some(isClub)) return c;
  const doc = w.doc;
  const rest = ctx.gazetteer.lookup(doc.text.slice(c.start, doc.end(last - 1)));
  // The rest may name another country's club (النصر of النصر الإماراتي is also Saudi Arabia's):
  // the span ends there all the same, and keeps the id of the whole match.
  return rest.some(isClub) ? { ...c, tokenEnd: last, end: doc.end(last - 1) } : c;
}

const isClub = (e: GazetteerEntry): boolean => e.kind === 'club';
