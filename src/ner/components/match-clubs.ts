import type { Component } from '../component.js';
import { matchClubs as findMatchClubs } from '../organizations.js';

/** Clubs named after cities in a sentence about a match: فاز [ليون] على [مرسيليا] (data/lexicon/match-context.tsv). */
export const matchClubs: Component = {
  name: 'match-clubs',
  run(_doc, ctx) {
    // Every team it takes is a gazetteer match (most documents of one sentence have none).
    if (ctx.matches.length > 0) findMatchClubs(ctx.words, ctx.candidates);
  },
};
