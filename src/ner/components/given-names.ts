import { ruleComponent, type Component } from '../component.js';
import { givenNamePeople } from '../people.js';

/** A known given name and the name words after it: `فالح الفياض`، `عبد الفتاح السيسي`. */
export const givenNames: Component = ruleComponent('given-names', [givenNamePeople]);
