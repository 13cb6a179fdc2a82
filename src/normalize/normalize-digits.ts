import { runSingle } from './single.js';
import { checkDigits, type DigitsTarget } from './options.js';

/**
 * Maps digits: `'latin'` turns Arabic-Indic ٠–٩ and Extended Arabic-Indic ۰–۹ into 0–9;
 * `'arabic'` turns 0–9 and ۰–۹ into ٠–٩; `'keep'` changes nothing.
 *
 * @throws {RangeError} when `to` is not `'keep'`, `'latin'` or `'arabic'`.
 *
 * @example
 * normalizeDigits('عام ٢٠٢٤', 'latin');  // 'عام 2024'
 * normalizeDigits('عام 2024', 'arabic'); // 'عام ٢٠٢٤'
 */
export function normalizeDigits(text: string, to: DigitsTarget): string {
  return runSingle('normalizeDigits', text, { digits: checkDigits('normalizeDigits', 'to', to) });
}
