import type { GazetteerEntry } from '../gazetteer/index.js';
import { INDUSTRY_NOUNS } from './closed-class.js';
import { entryKind } from './entry-fields.js';
import type { Words } from './words.js';

/** The end of what follows a known company's name and belongs to it: its trade, or its branch's country. */
export function companyNameEnd(w: Words, j: number): number {
  const trade = tradeEnd(w, j);
  return trade > j ? trade : branchEnd(w, j);
}

/**
 * The end of a company's trade written after its name, from word `j`: ل + a trade noun
 * ([أدنوك للتوزيع]، شركة [مصر للألومنيوم]), further trades joined by و ([مصر للغزل والنسيج]) and
 * one adjective of the last ([مصر للصناعات الغذائية]). `j` itself when no trade follows. The
 * trades are a closed list (industry-nouns.txt): a purpose in ل is no word of the name
 * (خطة أرامكو للتوسع).
 */
export function tradeEnd(w: Words, j: number): number {
  if (!tradeAt(w, j, 'لل')) return j;
  let end = j + 1;
  while (end - j < 4 && tradeAt(w, end, 'وال')) end++;
  if (end < w.length && w.joined(end - 1) && w.articleAt(end) && w.nisbaShapeAt(end) && !w.demonym(end) && !w.coverAt(end)) end++;
  return end;
}

/**
 * The end of a country's name written right after a company's, from word `j`: a company and the
 * country of its branch are one company ([زين العراق]، [أورنج الأردن]، [فودافون مصر]); `j` itself
 * when no country the gazetteer knows for sure starts there (a proclitic on it makes it a
 * complement: أرامكو [بالسعودية]), or when the country's name is also its adjective (السعودية).
 */
export function branchEnd(w: Words, j: number): number {
  if (j >= w.length || !w.joined(j - 1)) return j;
  const m = w.coverAt(j);
  // شركة [فلاي ناس] السعودية: a country spelled like its nationality adjective is the adjective here.
  if (!m || m.tokenStart !== j || m.proclitic !== '' || w.coverAmbiguous(j) || !m.entries.some(isCountry) || w.demonym(j)) return j;
  return m.tokenEnd;
}

const isCountry = (e: GazetteerEntry): boolean => entryKind(e) === 'country';

/** An entry of a company or a bank: the kinds that take a trade or a branch's country after their name ([أدنوك للتوزيع]، [زين العراق]). */
export const isCompanyEntry = (e: GazetteerEntry): boolean => entryKind(e) === 'company' || entryKind(e) === 'bank';

/** Word `k`, joined to the word before it, is a trade written with `prefix` (لل or وال) before its stem. */
function tradeAt(w: Words, k: number, prefix: string): boolean {
  if (k >= w.length || !w.joined(k - 1) || !w.isWord(k)) return false;
  const key = w.keys[k]!;
  return key.startsWith(prefix) && INDUSTRY_NOUNS.has('ال' + key.slice(prefix.length));
}
