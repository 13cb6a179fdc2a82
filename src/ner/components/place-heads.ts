import { ruleComponent, type Component } from '../component.js';
import { headedPlaces } from '../places.js';

/** Place heads that are part of the name: [جبل طارق]، [نهر الأردن]. */
export const placeHeads: Component = ruleComponent('place-heads', [headedPlaces]);
