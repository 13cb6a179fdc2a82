import type { Gazetteer, GazetteerMatch } from '../../gazetteer/index.js';
import type { TrieGazetteer } from '../../gazetteer/gazetteer.js';
import type { Doc } from '../../tokenize/document.js';
import type { Component } from '../component.js';
import { chooseEntry, doubtfulCliticReading, gazetteerCandidates } from '../known.js';
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
    ctx.words.setCover(matches, (m) => {
      const { entry, tentative } = chooseEntry(m, preferred);
      // كلاوس، فلكياً: a name read through a proclitic in a plausible word does not cover it.
      return { type: entry.type, tentative: tentative || doubtfulCliticReading(ctx.words, m) };
    });
    gazetteerCandidates(ctx.words, matches, ctx.candidates);
  },
};

/** A tahlil gazetteer matches over the document's token table; any other gets the tokens and their keys. */
function matchDoc(g: Gazetteer, doc: Doc): GazetteerMatch[] {
  const own = g as Partial<TrieGazetteer>;
  if (typeof own.matchDoc === 'function') return own.matchDoc(doc);
  return g.match(doc.text, doc.tokens(), doc.keys());
}
