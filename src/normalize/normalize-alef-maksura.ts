import { runSingle } from './single.js';

/**
 * Alef maksura ى → yeh ي.
 * Runs only this operation: the same as `normalize` with `alefMaksura: true` and every other
 * operation off.
 *
 * @example
 * normalizeAlefMaksura('مستشفى'); // 'مستشفي'
 */
export function normalizeAlefMaksura(text: string): string {
  return runSingle('normalizeAlefMaksura', text, { alefMaksura: true });
}
