import { normalize } from '../normalize/index.js';

/**
 * Is `c` an Arabic letter that the 'search' form leaves as it is (all of ء…ي but آ أ ؤ إ ئ ة ى and
 * tatweel)? A word made only of them is already in 'search' form. (Comparisons, not a table built at
 * load time: module-level code would keep this module in bundles that only normalise.)
 */
function kept(c: number): boolean {
  return c === 0x0621 || c === 0x0627 || c === 0x0628 || (c >= 0x062a && c <= 0x063a) || (c >= 0x0641 && c <= 0x0648) || c === 0x064a;
}

/**
 * `normalize(s, 'search')`, without the call for a word of plain letters that the 'search' form
 * keeps (most words once their clitics are off: عراق، بغداد), which the stemmer asks about often.
 *
 * @example
 * searchForm('عراق');  // 'عراق' (no call to normalize)
 * searchForm('حكومة'); // 'حكومه'
 */
export function searchForm(s: string): string {
  return isSearchForm(s) ? s : normalize(s, 'search');
}

/**
 * Is `s` made only of letters that the 'search' form keeps as they are, so that
 * `normalize(s, 'search') === s`? (Empty: yes.)
 *
 * @example
 * isSearchForm('عراق');  // true
 * isSearchForm('حكومة'); // false (ة becomes ه)
 */
export function isSearchForm(s: string): boolean {
  for (let i = 0; i < s.length; i++) if (!kept(s.charCodeAt(i))) return false;
  return true;
}
