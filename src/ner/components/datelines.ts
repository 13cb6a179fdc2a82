import type { Component } from '../component.js';
import { datelinePlaces } from '../places.js';

/** A news dateline: `فرانكفورت (رويترز) -` → [فرانكفورت]. */
export const datelines: Component = {
  name: 'datelines',
  run(_doc, ctx) {
    datelinePlaces(ctx.words, ctx.candidates);
  },
};
