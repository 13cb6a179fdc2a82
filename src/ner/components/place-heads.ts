import type { Component } from '../component.js';
import { headedPlaces } from '../places.js';

/** Place heads that are part of the name: [جبل طارق]، [نهر الأردن]. */
export const placeHeads: Component = {
  name: 'place-heads',
  run(_doc, ctx) {
    headedPlaces(ctx.words, ctx.candidates);
  },
};
