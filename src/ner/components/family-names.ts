import { ruleComponent, type Component } from '../component.js';
import { familyNamePeople } from '../people.js';

/** A known family name standing alone: `وقال بلير`، `ووصف ساركوزي`. */
export const familyNames: Component = ruleComponent('family-names', [familyNamePeople]);
