import { PRESENTATION_FORMS } from './presentation-forms.generated.js';
import { runSingle } from './single.js';

/**
 * Arabic presentation forms (U+FB50–FDFF, U+FE70–FEFF) → base letters, ligatures expanded, by their
 * compatibility decomposition (from a generated table, independent of the engine's Unicode
 * version). Forms with harakat expand to letters + marks.
 * Runs only this operation: the same as `normalize` with `presentationForms: true` and every other
 * operation off.
 *
 * @example
 * expandPresentationForms('ﻻ ﷲ'); // 'لا الله'
 */
export function expandPresentationForms(text: string): string {
  return runSingle('expandPresentationForms', text, { presentationForms: true }, PRESENTATION_FORMS);
}
