import { normalize } from '../normalize/index.js';

/**
 * Arabic letters that the 'search' form leaves as they are (all of ء…ي but آ أ ؤ إ ئ ة ى and
 * tatweel): a word made only of them is already in 'search' form.
 */
const KEEP = new Uint8Array(0x64b - 0x621);
for (let c = 0x621; c < 0x64b; c++) KEEP[c - 0x621] = 1;
for (const c of [0x622, 0x623, 0x624, 0x625, 0x626, 0x629, 0x63b, 0x63c, 0x63d, 0x63e, 0x63f, 0x640, 0x649]) KEEP[c - 0x621] = 0;

/**
 * `normalize(s, 'search')`, without the call for a word of plain letters that the 'search' form
 * keeps (most words once their clitics are off: عراق، بغداد), which the stemmer asks about often.
 *
 * @example
 * searchForm('عراق');  // 'عراق' (no call to normalize)
 * searchForm('حكومة'); // 'حكومه'
 */
export function searchForm(s: string): string {
  for (let i = 0; i < s.length; i++) {
    const k = s.charCodeAt(i) - 0x621;
    if (k < 0 || k >= KEEP.length || KEEP[k] === 0) return normalize(s, 'search');
  }
  return s;
}
