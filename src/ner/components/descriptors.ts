import { ruleComponent, type Component } from '../component.js';
import { describedNames } from '../organizations.js';

/** A descriptor announces the name after it, and stays outside: قناة [الجزيرة]، مدينة [الموصل]، بلدات [برقين] و[كفر دان]. */
export const descriptors: Component = ruleComponent('descriptors', [describedNames]);
