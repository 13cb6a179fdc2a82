import { runSingle } from './single.js';

/**
 * Unifies alef forms: أ إ آ ٱ and the rarer ٲ ٳ ٵ ݳ ݴ ࢭ → ا.
 * Runs only this operation: the same as `normalize` with `alef: true` and every other operation
 * off.
 *
 * @example
 * normalizeAlef('إبراهيم'); // 'ابراهيم'
 */
export function normalizeAlef(text: string): string {
  return runSingle('normalizeAlef', text, { alef: true });
}
