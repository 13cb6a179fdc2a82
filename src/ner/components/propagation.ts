import type { Component } from '../component.js';
import { propagate } from '../propagate.js';

/**
 * Document-level propagation: after `مصطفى الكاظمي`, `الكاظمي` alone is the same person anywhere
 * in the document; a name context confirmed once counts everywhere. Adds its mentions to the
 * chosen entities where nothing else stands.
 */
export const propagation: Component = {
  name: 'propagation',
  run(_doc, ctx) {
    // The candidates whole, not a filtered copy of the tentative ones: one array and a closure fewer a document.
    const more = propagate(ctx.words, ctx.chosen, ctx.candidates);
    if (more.length > 0) ctx.chosen = ctx.resolve([...ctx.chosen, ...more]);
  },
};
