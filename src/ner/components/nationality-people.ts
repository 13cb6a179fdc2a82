import type { Component } from '../component.js';
import { demonymPeople } from '../people.js';

/** A nationality adjective before a foreign name: `البرازيلي رونالدو`. */
export const nationalityPeople: Component = {
  name: 'nationality-people',
  run(_doc, ctx) {
    demonymPeople(ctx.words, ctx.candidates);
  },
};
