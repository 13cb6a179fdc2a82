import type { Component } from '../component.js';
import { corporateNames, headedOrganisations } from '../organizations.js';

/** Organisations that start with a head noun: [وزارة الخارجية الروسية]، [جامعة الملك فهد للبترول والمعادن]. */
export const orgHeads: Component = {
  name: 'org-heads',
  run(_doc, ctx) {
    headedOrganisations(ctx.words, ctx.candidates);
    corporateNames(ctx.words, ctx.candidates);
  },
};
