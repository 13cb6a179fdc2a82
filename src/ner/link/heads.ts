import type { Demonym, EntityType } from '../../gazetteer/index.js';
import { LINK_HEADS } from '../../gazetteer/generated/links.js';
import { procliticReadings } from '../../tokenize/clitics.js';
import type { LinkHead } from './types.js';

interface HeadRow {
  type: EntityType;
  kinds: readonly string[];
  confirms: boolean;
  names: boolean;
}

let table: Map<string, HeadRow> | undefined;
let longest = 1;

function heads(): Map<string, HeadRow> {
  if (!table) {
    table = new Map();
    for (const line of LINK_HEADS ? LINK_HEADS.split('\n') : []) {
      const [key, type, kinds, confirms, names] = line.split('\t') as [string, EntityType, string, string, string];
      table.set(key, Object.freeze({ type, kinds: Object.freeze(kinds ? kinds.split('|') : []), confirms: confirms === 'y', names: names === 'y' }));
      longest = Math.max(longest, key.split(' ').length);
    }
  }
  return table;
}

/**
 * The head right before token `i` (data/lexicon/link-heads.tsv), with a nationality adjective
 * between them if any: `في العاصمة الأردنية عمان` → `{ type: 'LOC', kinds: ['city'], country: 'JO' }`;
 * `زار سلطنة عمان` → `{ type: 'LOC', kinds: ['country'] }`; `مراسل الجزيرة` → `{ type: 'ORG', kinds: ['media'] }`.
 * `keys` are the tokens in the 'search' normalisation; the head's first word may carry proclitics
 * (`وبالعاصمة`); `joined(k)` says tokens `k` and `k + 1` belong to one phrase (no line or punctuation between).
 *
 * @example
 * headBefore(['في', 'العاصمه', 'الاردنيه', 'عمان'], 3, (k) => builtinLexicon().demonym(k))
 * // → { type: 'LOC', kinds: ['city'], confirms: true, names: false, country: 'JO', tokenStart: 1, tokenEnd: 3 }
 */
export function headBefore(keys: readonly string[], i: number, demonym: (key: string) => Demonym | undefined, joined: (k: number) => boolean = () => true): LinkHead | undefined {
  return headIn(keys, i, { demonym }, { joined });
}

/** Where {@link headIn} reads nationality adjectives: a `Lexicon`. */
interface Demonyms {
  demonym(key: string): Demonym | undefined;
}

/** Where {@link headIn} reads whether two tokens belong to one phrase: a `Words`. */
interface Joins {
  joined(k: number): boolean;
}

/** Where {@link headIn} reads the proclitic readings of a word the document has read already: a `Doc`. */
interface Readings {
  readings(k: number): readonly (readonly [string, string, ...unknown[]])[];
}

/**
 * {@link headBefore} reading the adjectives and the joins from objects (a lexicon, the recogniser's
 * `Words`), so that the recogniser makes no two closures for every name it links. `doc`: the
 * document of `keys`, whose words keep their proclitic readings (the same as `procliticReadings(key)`,
 * which made two arrays a reading every time a name was asked for its head).
 */
export function headIn(keys: readonly string[], i: number, lexicon: Demonyms, words: Joins, doc?: Readings): LinkHead | undefined {
  const t = heads();
  let k = i - 1;
  if (k < 0 || !words.joined(k)) return undefined;
  let country: string | undefined;
  const d = lexicon.demonym(keys[k]!);
  if (d && d.definite && d.number === 'sg') {
    country = d.country;
    k--;
    if (k < 0 || !words.joined(k)) return undefined;
  }
  for (let n = Math.min(longest, k + 1); n >= 1; n--) {
    const from = k - n + 1;
    let ok = true;
    for (let m = from; m < k; m++) if (!words.joined(m)) ok = false;
    if (!ok) continue;
    // The words after the first, joined once for every reading of the first (none for a one-word
    // head, all of them today: no array and no join a reading).
    const rest = n === 1 ? '' : ' ' + keys.slice(from + 1, k + 1).join(' ');
    const first = keys[from]!;
    // The word itself, then the stem of each proclitic reading: a loop over the readings, not
    // `[first, ...readings.map(…)]`, whose `map` met lists of two hidden classes (an empty one, a
    // list of readings) and deoptimised on new text. A document's token that is no word has none
    // (the doc's one frozen empty list), as `procliticReadings` of its key would say: a token that
    // starts with an Arabic letter is a word (the scanner's classes; tested). Asked of the key, it
    // gave such a token a third class of list (`[]`), first met in new text: a wrong-map deopt of
    // headIn and all it inlines in the `new` pass.
    const readings = doc !== undefined ? doc.readings(from) : procliticReadings(first);
    for (let q = -1; q < readings.length; q++) {
      const r = q < 0 ? first : readings[q]![1];
      const row = t.get(rest === '' ? r : r + rest);
      if (row) return { type: row.type, kinds: row.kinds, confirms: row.confirms, names: row.names, country, tokenStart: from, tokenEnd: i }; // one hidden class: `country` undefined when none (not a spread)
    }
  }
  return undefined;
}
