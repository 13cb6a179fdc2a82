import type { Gazetteer, GazetteerMatch } from '../../gazetteer/index.js';
import type { TrieGazetteer } from '../../gazetteer/gazetteer.js';
import type { Doc } from '../../tokenize/document.js';
import type { Component } from '../component.js';
import { chooseEntry, doubtfulCliticReading, gazetteerCandidates, insidePersonName } from '../known.js';
import { userEntries } from '../link/apply.js';

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
    const preferred = userEntries(ctx.words);
    // أحمد أبو [غزة]، جوستين [هينان] هاردين: a one-word name inside a person's name is a word of it.
    const matchedTokens = new Set<number>();
    for (const m of matches) for (let k = m.tokenStart; k < m.tokenEnd; k++) matchedTokens.add(k);
    const personWord = new Set<GazetteerMatch>();
    for (const m of matches) if (insidePersonName(ctx.words, m, (k) => matchedTokens.has(k))) personWord.add(m);
    ctx.words.setCover(matches, (m) => {
      const { entry, tentative } = chooseEntry(m, preferred);
      // كلاوس، فلكياً: a name read through a proclitic in a plausible word does not cover it.
      return { type: entry.type, tentative: tentative || personWord.has(m) || doubtfulCliticReading(ctx.words, m) };
    });
    gazetteerCandidates(ctx.words, matches, ctx.candidates, personWord);
  },
};

/** A tahlil gazetteer matches over the document's token table; any other gets the tokens and their keys. */
function matchDoc(g: Gazetteer, doc: Doc): GazetteerMatch[] {
  const own = g as Partial<TrieGazetteer>;
  if (typeof own.matchDoc === 'function') return own.matchDoc(doc);
  return g.match(doc.text, doc.tokens(), doc.keys());
}
