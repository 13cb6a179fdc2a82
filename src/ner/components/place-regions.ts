import type { Component } from '../component.js';
import { placesBeforeTheirRegion } from '../places.js';

/** A town named with its region after a comma: `من [بلانو] ، تكساس`. */
export const placeRegions: Component = {
  name: 'place-regions',
  run(_doc, ctx) {
    // The region is a gazetteer match (most documents of one sentence have none).
    if (ctx.matches.length > 0) placesBeforeTheirRegion(ctx.words, ctx.candidates);
  },
};
