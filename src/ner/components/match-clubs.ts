import type { Component } from '../component.js';
import { matchClubs as findMatchClubs } from '../organizations.js';

/** Clubs named after cities in a sentence about a match: فاز [ليون] على [مرسيليا] (data/lexicon/match-context.tsv). */
export const matchClubs: Component = {
  name: 'match-clubs',
  run(_doc, ctx) {
    findMatchClubs(ctx.words, ctx.candidates);
  },
};
