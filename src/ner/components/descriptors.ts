import { ruleComponent, type Component } from '../component.js';
import { describedNames, municipalities } from '../organizations.js';

/** A descriptor announces the name after it, and stays outside: قناة [الجزيرة]، مدينة [الموصل]، بلدات [برقين] و[كفر دان]; a municipality's head stays inside: [بلدية صيدا]. */
export const descriptors: Component = ruleComponent('descriptors', [describedNames, municipalities]);
