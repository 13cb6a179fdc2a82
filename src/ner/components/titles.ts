import type { Component } from '../component.js';
import { organisationExtent } from '../organizations.js';
import { titledPeople } from '../people.js';

/** Titles and roles before a person: `الرئيس السوري بشار الأسد` → [بشار الأسد]. */
export const titles: Component = {
  name: 'titles',
  run(_doc, ctx) {
    titledPeople(ctx.words, ctx.candidates, (i) => organisationExtent(ctx.words, i));
  },
};
