import type { Component } from '../component.js';
import { familyNamePeople } from '../people.js';

/** A known family name standing alone: `وقال بلير`، `ووصف ساركوزي`. */
export const familyNames: Component = {
  name: 'family-names',
  run(_doc, ctx) {
    familyNamePeople(ctx.words, ctx.candidates);
  },
};
