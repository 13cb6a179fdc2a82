import { ruleComponent, type Component } from '../component.js';
import { reportedPeople } from '../people.js';

/** A name after a reporting or meeting verb: `وقال فالح الفياض`، `التقى وليد المعلم`. */
export const reportingVerbs: Component = ruleComponent('reporting-verbs', [reportedPeople]);
