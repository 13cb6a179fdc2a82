import { ruleComponent, type Component } from '../component.js';
import { nationalInstitutions } from '../organizations.js';

/** An institution and the adjective of a country: [الحكومة العراقية]، [الجيش السوري]. */
export const institutions: Component = ruleComponent('institutions', [nationalInstitutions]);
