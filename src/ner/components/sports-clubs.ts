import type { GazetteerMatch } from '../../gazetteer/index.js';
import { type Candidate, mergeCandidates, ruleCandidate } from '../candidates.js';
import { SPORTS_WORDS } from '../closed-class.js';
import type { Component } from '../component.js';
import { clubByWordAt, knownClubAt } from '../organizations.js';
import type { Words } from '../words.js';

/** The proclitics a club named by a word may carry, outside its span: [والقادسية]، ل[لأهلي]، ب[الجزيرة]. */
const CLUB_PROCLITICS: readonly string[] = ['', 'و', 'ف', 'ب', 'ل', 'ك', 'وب', 'ول', 'فب', 'فل'];

/** Rules whose organisation is a team: a club confirmed by a match sentence or by its descriptor. */
const TEAM_RULES: ReadonlySet<string> = new Set(['match-clubs', 'city-clubs', 'descriptors-known']);

/**
 * A club named by a common word (`الأهلي`، `الاتفاق`، `العربي`: the gazetteer holds it only as
 * ambiguous) in a sports report beside another team is the club, wherever it stands in the
 * sentence: `انتقل اللاعب من [الأهلي] إلى أندرلخت`، `مباراة تجمع [العربي] مع الوكرة`،
 * `ليلتحق بالجزيرة والسالمية و[القادسية] للمربع الذهبي`. The sentence holds a word of a match, a
 * team or a transfer (data/lexicon/lists/sports-words.txt) and another team (a club the gazetteer
 * knows, another club named by a word, or one a club rule confirmed). Runs after the tagger, on
 * what it chose, and only adds a club where nothing was chosen, so the model's features do not
 * depend on it. Linear in the document: each sentence's facts are counted once.
 */
export const sportsClubs: Component = {
  name: 'sports-clubs',
  run(_doc, ctx) {
    const w = ctx.words;
    const starts = w.coverStarts();
    // The clubs by a word that nothing chosen covers; most documents have none.
    let clubs: GazetteerMatch[] | undefined;
    let taken: Uint8Array | undefined;
    for (let s = 0; s < starts.length; s++) {
      const m = clubByWordAt(w, starts[s]!, CLUB_PROCLITICS);
      if (!m || generalReading(w, m.tokenStart, m.proclitic)) continue;
      taken ??= chosenTokens(ctx.chosen, w.length);
      if (taken[m.tokenStart] || taken[m.tokenEnd - 1]) continue;
      (clubs ??= []).push(m);
    }
    if (!clubs) return;
    const facts = sentenceFacts(w, ctx.chosen);
    let added: Candidate[] | undefined;
    for (const m of clubs) {
      const sentence = w.doc.sentence(m.tokenStart);
      // Another team: the sentence's teams but this one (a club by a word is counted among them).
      if (!facts.sports[sentence] || facts.teams[sentence]! < 2) continue;
      (added ??= []).push(ruleCandidate('ORG', m.tokenStart, m.tokenEnd, m.start, m.end, 'context', 'sports-clubs'));
    }
    if (added) ctx.chosen = mergeCandidates(ctx.chosen, added);
  },
};

/**
 * The word at `i` reads as something other than a club here: an institution (قسم [الشرطة], the
 * army: the institutions rule's words), or, with no proclitic, the adjective of the definite noun
 * before it (`الاجتماع التنسيقي العربي المشترك`).
 */
function generalReading(w: Words, i: number, proclitic: string): boolean {
  if (w.trigger(i, 'institution')) return true;
  if (proclitic !== '' || i === 0 || !w.joined(i - 1) || !w.isWord(i - 1)) return false;
  const before = w.keys[i - 1]!;
  return before.startsWith('ال') && !SPORTS_WORDS.has(before) && !knownClubAt(w, i - 1);
}

/** 1 at every token that a chosen entity covers. */
function chosenTokens(chosen: readonly Candidate[], n: number): Uint8Array {
  const taken = new Uint8Array(n);
  for (const c of chosen) taken.fill(1, c.tokenStart, c.tokenEnd);
  return taken;
}

/**
 * For each sentence: whether it holds a word of sports-words.txt, and how many teams it names (a
 * club the gazetteer knows, a club by a word, a chosen team). One pass over the tokens.
 */
function sentenceFacts(w: Words, chosen: readonly Candidate[]): { sports: Uint8Array; teams: Uint32Array } {
  const count = w.doc.sentenceCount;
  const sports = new Uint8Array(count);
  const teams = new Uint32Array(count);
  for (let k = 0; k < w.length; k++) {
    if (!w.isWord(k)) continue;
    const sentence = w.doc.sentence(k);
    if (SPORTS_WORDS.has(w.keys[k]!)) sports[sentence] = 1;
    if (knownClubAt(w, k) || clubByWordAt(w, k, CLUB_PROCLITICS)) teams[sentence]!++;
  }
  for (const c of chosen) {
    if (c.type === 'ORG' && TEAM_RULES.has(c.rule) && !knownClubAt(w, c.tokenStart) && !clubByWordAt(w, c.tokenStart, CLUB_PROCLITICS)) teams[w.doc.sentence(c.tokenStart)]!++;
  }
  return { sports, teams };
}
