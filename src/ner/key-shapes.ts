/**
 * Tests of a 'search' key's shape that the rules ask of every token. They depend on the spelling
 * alone, so `Words` computes them once a spelling, as bits of its facts ({@link keyShapeBits}),
 * and a rule reads one integer a token instead of the key's characters (a string read per token,
 * whose text is often on a cache line of its own).
 *
 * @module
 */
import { CORPORATE_WORDS } from './closed-class.js';
import { Letter } from '../normalize/chars.js';

// Letters by code unit (`Letter`, src/normalize/chars.ts); 'search' keys write ة as ه.

/**
 * `key.startsWith('ال')` by code units: TurboFan reads `charCodeAt` inline, where each
 * `startsWith` is a call of its own (about 3 ns). The length first: a `charCodeAt` past the end
 * deoptimises the code that inlined it.
 */
export function startsWithArticle(key: string): boolean {
  return key.length >= 2 && key.charCodeAt(0) === Letter.ALEF && key.charCodeAt(1) === Letter.LAM;
}

/**
 * Word `key` (a token's 'search' key) can be read as a definite organisation head: every head has
 * the article (الاتحاد، الهيئة), so the word starts with ال, or with it under و/ف and ب/ل
 * (والهيئة → و + الهيئة، بالمركز → ب + المركز، للمركز → ل + [لمركز]). A word of another shape has
 * no such reading, and its readings are not looked at.
 */
export function mayBeDefiniteHead(key: string): boolean {
  if (startsWithArticle(key)) return true;
  if (key.length < 4) return false;
  let k = 0;
  let c = key.charCodeAt(0);
  if (c === Letter.WAW || c === Letter.FEH) c = key.charCodeAt(++k);
  // ل + ال is written لل: للمركز.
  if (c === Letter.LAM && key.charCodeAt(k + 1) === Letter.LAM) return key.length - k >= 4;
  if (c === Letter.BEH) c = key.charCodeAt(++k);
  return k > 0 && key.length - k >= 4 && c === Letter.ALEF && key.charCodeAt(k + 1) === Letter.LAM;
}

/**
 * `key.startsWith('ال') && key.length >= 6 && (key.endsWith('ي') || key.endsWith('يه'))` by code
 * units: [الوداد البيضاوي]، [المولودية الوجدية].
 */
export function definiteNisbaShape(key: string): boolean {
  const n = key.length;
  if (n < 6 || !startsWithArticle(key)) return false;
  const last = key.charCodeAt(n - 1);
  return last === Letter.YEH || (last === Letter.HEH && key.charCodeAt(n - 2) === Letter.YEH);
}

/** The shape bits of a key (a `const enum` of one declaration: literals in every module of the bundle). */
export const enum Shape {
  /** {@link keyShapeBits}: the key starts with the article ({@link startsWithArticle}). */
  ARTICLE = 1,
  /** {@link mayBeDefiniteHead}. */
  DEFINITE_HEAD = 2,
  /** {@link definiteNisbaShape}. */
  NISBA = 4,
  /** A word of a company's name in English (`CORPORATE_WORDS`: غروب، كابيتال، إيرلاينز). */
  CORPORATE = 8,
}

/** The shape tests above of `key`, one bit each. */
export function keyShapeBits(key: string): number {
  return (startsWithArticle(key) ? Shape.ARTICLE : 0) | (mayBeDefiniteHead(key) ? Shape.DEFINITE_HEAD : 0) | (definiteNisbaShape(key) ? Shape.NISBA : 0) | (CORPORATE_WORDS.has(key) ? Shape.CORPORATE : 0);
}
