import type { Component } from '../component.js';
import { clubsNamedAfterCities, clubsOfTownAdjective } from '../organizations.js';

/** A city and a masculine nationality adjective name a club: [بورتو] البرتغالي; so do a club's head and its town's adjective: [الوداد البيضاوي]. */
export const cityClubs: Component = {
  name: 'city-clubs',
  run(_doc, ctx) {
    // A city's club needs a gazetteer match (most documents of one sentence have none).
    if (ctx.matches.length > 0) clubsNamedAfterCities(ctx.words, ctx.candidates);
    clubsOfTownAdjective(ctx.words, ctx.candidates);
  },
};
