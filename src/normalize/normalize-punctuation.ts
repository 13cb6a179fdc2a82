import { runSingle } from './single.js';

/**
 * Arabic punctuation → ASCII: ، → ,  ؛ → ;  ؟ → ?  ٪ → %  ٫ → .  ٬ → ,  ۔ → .
 * Runs only this operation: the same as `normalize` with `punctuation: true` and every other
 * operation off.
 *
 * @example
 * normalizePunctuation('كيف حالك؟'); // 'كيف حالك?'
 */
export function normalizePunctuation(text: string): string {
  return runSingle('normalizePunctuation', text, { punctuation: true });
}
