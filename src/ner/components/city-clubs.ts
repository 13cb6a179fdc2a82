import type { Component } from '../component.js';
import { clubsNamedAfterCities } from '../organizations.js';

/** A city and a masculine nationality adjective name a club: [بورتو] البرتغالي. */
export const cityClubs: Component = {
  name: 'city-clubs',
  run(_doc, ctx) {
    clubsNamedAfterCities(ctx.words, ctx.candidates);
  },
};
