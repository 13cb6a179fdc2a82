import { INDUSTRY_NOUNS } from './closed-class.js';
import type { Words } from './words.js';

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

/** Word `k`, joined to the word before it, is a trade written with `prefix` (لل or وال) before its stem. */
function tradeAt(w: Words, k: number, prefix: string): boolean {
  if (k >= w.length || !w.joined(k - 1) || !w.isWord(k)) return false;
  const key = w.keys[k]!;
  return key.startsWith(prefix) && INDUSTRY_NOUNS.has('ال' + key.slice(prefix.length));
}
