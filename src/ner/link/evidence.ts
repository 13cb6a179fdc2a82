import type { Demonym, GazetteerMatch } from '../../gazetteer/index.js';
import { countryOf } from './choose.js';
import { entryAmbiguous } from '../entry-fields.js';

/**
 * The countries a document talks about, with a weight each: one for every nationality adjective
 * (`الأردني`، `العراقية`) and every gazetteer name whose entries all belong to one country
 * (`الزرقاء` → JO, `عبدالله الثاني` → JO, `بغداد` → IQ). Names whose entries disagree (`عمان`:
 * Oman or Jordan) and names flagged ambiguous say nothing, so a name is never its own evidence.
 *
 * @example
 * const text = 'وصل العاهل الأردني إلى عمان';
 * documentCountries(builtinGazetteer().match(text), tokenize(text).map((t) => builtinLexicon().demonym(normalize(t.text, 'search'))));
 * // → Map { 'JO' => 1 }
 */
export function documentCountries(matches: readonly GazetteerMatch[], demonyms: Iterable<Demonym | undefined>): Map<string, number> {
  const out = new Map<string, number>();
  const add = (c: string) => out.set(c, (out.get(c) ?? 0) + 1);
  for (const d of demonyms) if (d) add(d.country);
  for (const m of matches) {
    let country: string | undefined;
    let one = true;
    for (const e of m.entries) {
      const c = entryAmbiguous(e) ? undefined : countryOf(e);
      if (c === undefined || (country !== undefined && c !== country)) {
        one = false;
        break;
      }
      country = c;
    }
    if (one && country !== undefined) add(country);
  }
  return out;
}
