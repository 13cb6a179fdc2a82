import { ruleComponent, type Component } from '../component.js';
import { corporateNames, headedOrganisations } from '../organizations.js';

/** Organisations that start with a head noun: [وزارة الخارجية الروسية]، [جامعة الملك فهد للبترول والمعادن]. */
export const orgHeads: Component = ruleComponent('org-heads', [headedOrganisations, corporateNames]);
