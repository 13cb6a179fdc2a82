import { ruleComponent, type Component } from '../component.js';
import { demonymPeople } from '../people.js';

/** A nationality adjective before a foreign name: `البرازيلي رونالدو`. */
export const nationalityPeople: Component = ruleComponent('nationality-people', [demonymPeople]);
