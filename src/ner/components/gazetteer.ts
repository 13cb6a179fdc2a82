import type { Gazetteer, GazetteerMatch } from '../../gazetteer/index.js';
import type { TrieGazetteer } from '../../gazetteer/gazetteer.js';
import type { Doc } from '../../tokenize/document.js';
import type { Component, RecognizerContext } from '../component.js';
import { gazetteerCandidates, insidePersonName, judgeMatches } from '../known.js';
import { userEntries } from '../link/apply.js';
import type { Words } from '../words.js';

/**
 * Names the gazetteer knows, across proclitics (`وبغداد` → [بغداد]); records which tokens they
 * cover, so that later rules do not run a person's name into a place (`التقى بوتين أردوغان في أنقرة`).
 * Ambiguous names (`عمان`، `الجزيرة`) stay tentative until context confirms them.
 */
export const gazetteer: Component = {
  name: 'gazetteer',
  run(doc, ctx) {
    const matches = matchDoc(ctx.gazetteer, doc);
    ctx.matches = matches;
    // A document the gazetteer found nothing in (most of one sentence) has nothing to cover or
    // propose: no closure, Set or Map is made for it.
    if (matches.length > 0) coverAndPropose(ctx, matches);
  },
};

/** Marks the tokens `matches` cover and proposes them as candidates. */
function coverAndPropose(ctx: RecognizerContext, matches: readonly GazetteerMatch[]): void {
  const w = ctx.words;
  // An empty set when no match is a word of a person's name (most documents): its `has` is then
  // asked of every match, so that a document where one is (first met in new text) finds the call
  // already known to V8 (asked only of a set that existed, it deoptimised setCover and this run).
  const personWord = personWords(w, matches) ?? NO_PERSON_WORDS;
  // The entry of each match and whether its proclitic reading is doubtful, asked once for the
  // cover and the candidates both (each was asked twice a match).
  const judged = judgeMatches(w, matches, userEntries(w));
  let next = 0;
  w.setCover(matches, (m) => {
    const k = matches[next] === m ? next : matches.indexOf(m);
    next = k + 1;
    const j = judged[k]!;
    // كلاوس، فلكياً: a name read through a proclitic in a plausible word does not cover it.
    return { type: j.entry.type, tentative: j.tentative || personWord.has(m) || j.doubtful() };
  });
  gazetteerCandidates(w, matches, ctx.candidates, personWord, judged);
}

/** No match is a word of a person's name (shared, never written). */
const NO_PERSON_WORDS: ReadonlySet<GazetteerMatch> = new Set();

/**
 * The one-word matches that are a word of a person's name (أحمد أبو [غزة]، جوستين [هينان] هاردين),
 * undefined when none. The set of matched tokens is made only when a match gets as far as asking
 * it, and the result only for a hit: most documents have neither (two Sets a document before).
 */
function personWords(w: Words, matches: readonly GazetteerMatch[]): Set<GazetteerMatch> | undefined {
  let matchedTokens: Set<number> | undefined;
  const matched = (k: number): boolean => (matchedTokens ??= tokensOf(matches)).has(k);
  let out: Set<GazetteerMatch> | undefined;
  for (const m of matches) if (insidePersonName(w, m, matched)) (out ??= new Set()).add(m);
  return out;
}

/** Every token some match covers. */
function tokensOf(matches: readonly GazetteerMatch[]): Set<number> {
  const tokens = new Set<number>();
  for (const m of matches) for (let k = m.tokenStart; k < m.tokenEnd; k++) tokens.add(k);
  return tokens;
}

/** A tahlil gazetteer matches over the document's token table; any other gets the tokens and their keys. */
function matchDoc(g: Gazetteer, doc: Doc): GazetteerMatch[] {
  const own = g as Partial<TrieGazetteer>;
  if (typeof own.matchDoc === 'function') return own.matchDoc(doc);
  return g.match(doc.text, doc.tokens(), doc.keys());
}
