import { runSingle } from './single.js';

/**
 * Removes tatweel (kashida) U+0640.
 * Runs only this operation: the same as `normalize` with `tatweel: true` and every other operation
 * off.
 *
 * @example
 * stripTatweel('الـــعراق'); // 'العراق'
 */
export function stripTatweel(text: string): string {
  return runSingle('stripTatweel', text, { tatweel: true });
}
