import type { Component } from '../component.js';
import { reportedPeople } from '../people.js';

/** A name after a reporting or meeting verb: `وقال فالح الفياض`، `التقى وليد المعلم`. */
export const reportingVerbs: Component = {
  name: 'reporting-verbs',
  run(_doc, ctx) {
    reportedPeople(ctx.words, ctx.candidates);
  },
};
