import { ruleComponent, type Component } from '../component.js';
import { datelinePlaces } from '../places.js';

/** A news dateline: `فرانكفورت (رويترز) -` → [فرانكفورت]. */
export const datelines: Component = ruleComponent('datelines', [datelinePlaces]);
