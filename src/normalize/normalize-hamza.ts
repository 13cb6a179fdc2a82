import { runSingle } from './single.js';

/**
 * Hamza on waw and yeh → the bare letter: ؤ → و, ئ → ي (also ٶ → و, ٸ → ي). Standalone ء stays;
 * hamza on alef is {@link normalizeAlef}'s job.
 * Runs only this operation: the same as `normalize` with `hamza: true` and every other operation
 * off.
 *
 * @example
 * normalizeHamza('مسؤول رئيس'); // 'مسوول رييس'
 */
export function normalizeHamza(text: string): string {
  return runSingle('normalizeHamza', text, { hamza: true });
}
