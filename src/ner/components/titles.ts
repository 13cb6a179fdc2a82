import type { Component } from '../component.js';
import { organisationExtent } from '../organizations.js';
import { titledPeople } from '../people.js';

/** Titles and roles before a person: `الرئيس السوري بشار الأسد` → [بشار الأسد]. */
export const titles: Component = {
  name: 'titles',
  run(_doc, ctx) {
    // The function itself, not a closure over `ctx` (a closure and a context every document).
    titledPeople(ctx.words, ctx.candidates, organisationExtent);
  },
};
