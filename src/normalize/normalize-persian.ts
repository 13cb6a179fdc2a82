import { runSingle } from './single.js';

/**
 * Persian, Urdu and Kurdish letter forms with an Arabic equivalent → that letter: ک ڪ → ك; ی ې ۍ ێ
 * ے → ي; ۓ → ئ; ہ ە ھ ۀ ۂ → ه; ۃ → ة. پ چ ژ گ and other letters without an Arabic equivalent are
 * kept.
 * Runs only this operation: the same as `normalize` with `persian: true` and every other operation
 * off.
 *
 * @example
 * normalizePersian('کتاب'); // 'كتاب'
 */
export function normalizePersian(text: string): string {
  return runSingle('normalizePersian', text, { persian: true });
}
