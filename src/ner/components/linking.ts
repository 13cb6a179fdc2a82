import type { Component } from '../component.js';
import { linkChosen } from '../link/apply.js';

/**
 * Links the chosen entities (docs/linking.md): the entry of an ambiguous name by the head before it
 * and the countries of the document (`وصل العاهل الأردني إلى عمان` → jo-amman, with `candidates`
 * and `link`), the id of a name found through a descriptor (`مدينة صفاقس` → tn-sfax), a surname
 * alone (`ماكرون` → emmanuel-macron, `link: 'surname'`); drops one-word people that are never people (`قائلا`).
 */
export const linking: Component = {
  name: 'linking',
  run(_doc, ctx) {
    ctx.chosen = linkChosen(ctx.words, ctx.chosen, ctx.matches);
  },
};
