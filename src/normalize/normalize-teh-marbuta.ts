import { runSingle } from './single.js';

/**
 * Teh marbuta ة → heh ه.
 * Runs only this operation: the same as `normalize` with `tehMarbuta: true` and every other
 * operation off.
 *
 * @example
 * normalizeTehMarbuta('مدرسة'); // 'مدرسه'
 */
export function normalizeTehMarbuta(text: string): string {
  return runSingle('normalizeTehMarbuta', text, { tehMarbuta: true });
}
