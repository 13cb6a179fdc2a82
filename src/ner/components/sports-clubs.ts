import { type Candidate, ruleCandidate } from '../candidates.js';
import { SPORTS_WORDS } from '../closed-class.js';
import type { Component } from '../component.js';
import { clubByWordAt, knownClubAt } from '../organizations.js';
import type { Words } from '../words.js';

/** The proclitics a club named by a word may carry, outside its span: [والقادسية]، ل[لأهلي]، ب[الجزيرة]. */
const CLUB_PROCLITICS: readonly string[] = ['', 'و', 'ف', 'ب', 'ل', 'ك', 'وب', 'ول', 'فب', 'فل'];

/** Rules whose organisation is a team: a club confirmed by a match sentence or by its descriptor. */
const TEAM_RULES: ReadonlySet<string> = new Set(['match-clubs', 'city-clubs', 'descriptors-known', 'sports-clubs']);

/**
 * A club named by a common word (`الأهلي`، `الاتفاق`، `العربي`: the gazetteer holds it only as
 * ambiguous) in a sports report beside another team is the club, wherever it stands in the
 * sentence: `انتقل اللاعب من [الأهلي] إلى أندرلخت`، `مباراة تجمع [العربي] مع الوكرة`،
 * `ليلتحق بالجزيرة والسالمية و[القادسية] للمربع الذهبي`. The sentence holds a word of a match, a
 * team or a transfer (data/lexicon/lists/sports-words.txt) and another team (a club the gazetteer
 * knows, or one a club rule confirmed). Runs after the tagger, on what it chose, and only adds a
 * club where nothing was chosen, so the model's features do not depend on it.
 */
export const sportsClubs: Component = {
  name: 'sports-clubs',
  run(_doc, ctx) {
    const w = ctx.words;
    const starts = w.coverStarts();
    let added: Candidate[] | undefined;
    for (let s = 0; s < starts.length; s++) {
      const m = clubByWordAt(w, starts[s]!, CLUB_PROCLITICS);
      if (!m || overlapsChosen(ctx.chosen, m.tokenStart, m.tokenEnd) || generalReading(w, m.tokenStart, m.proclitic)) continue;
      const [from, to] = w.doc.sentenceTokens(w.doc.sentence(m.tokenStart));
      if (!hasSportsWord(w, from, to) || !anotherTeam(w, ctx.chosen, from, to, m.tokenStart, m.tokenEnd)) continue;
      (added ??= []).push(ruleCandidate('ORG', m.tokenStart, m.tokenEnd, m.start, m.end, 'context', 'sports-clubs'));
    }
    if (added) ctx.chosen = merged(ctx.chosen, added);
  },
};

/**
 * The word at `i` reads as something other than a club here: an institution (قسم [الشرطة]، the
 * army: the institutions rule's words), or, with no proclitic, the adjective of the definite noun
 * before it (`الاجتماع التنسيقي العربي المشترك`).
 */
function generalReading(w: Words, i: number, proclitic: string): boolean {
  if (w.trigger(i, 'institution')) return true;
  if (proclitic !== '' || i === 0 || !w.joined(i - 1) || !w.isWord(i - 1)) return false;
  const before = w.keys[i - 1]!;
  return before.startsWith('ال') && !SPORTS_WORDS.has(before) && !knownClubAt(w, i - 1);
}

function overlapsChosen(chosen: readonly Candidate[], a: number, b: number): boolean {
  for (const c of chosen) if (c.tokenStart < b && a < c.tokenEnd) return true;
  return false;
}

/** A word of data/lexicon/lists/sports-words.txt in tokens `from`–`to`. */
function hasSportsWord(w: Words, from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (w.isWord(k) && SPORTS_WORDS.has(w.keys[k]!)) return true;
  return false;
}

/** Another team than tokens `a`–`b` in tokens `from`–`to`: a club the gazetteer knows, a club by a word, or a chosen team. */
function anotherTeam(w: Words, chosen: readonly Candidate[], from: number, to: number, a: number, b: number): boolean {
  for (let k = from; k < to; k++) {
    if (k >= a && k < b) continue;
    if (knownClubAt(w, k) || clubByWordAt(w, k, CLUB_PROCLITICS)) return true;
  }
  for (const c of chosen) if (c.type === 'ORG' && c.tokenStart >= from && c.tokenEnd <= to && TEAM_RULES.has(c.rule)) return true;
  return false;
}

/** `chosen` and `added` (both in text order, no overlap between them) in text order. */
function merged(chosen: readonly Candidate[], added: readonly Candidate[]): Candidate[] {
  const out: Candidate[] = [];
  let j = 0;
  for (const c of chosen) {
    while (j < added.length && added[j]!.tokenStart < c.tokenStart) out.push(added[j++]!);
    out.push(c);
  }
  while (j < added.length) out.push(added[j++]!);
  return out;
}
