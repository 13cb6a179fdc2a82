import { NEVER_PEOPLE } from '../../gazetteer/generated/links.js';

let table: Map<string, 'alone' | 'anywhere'> | undefined;

/**
 * Whether a word (in the 'search' form) can never be a person (data/lexicon/never-people.tsv):
 * `'anywhere'` for words never inside a person's name (`قائلا`، `مراقبون`، `جلالته`), `'alone'` for
 * words that are no person on their own but may end a longer name (`الأموي`، `العباسي`: the
 * Umayyad, the Abbasid), `undefined` otherwise.
 *
 * @example
 * neverPerson('قائلا'); // 'anywhere'
 * neverPerson('الاموي'); // 'alone'
 * neverPerson('الكاظمي'); // undefined
 */
export function neverPerson(key: string): 'alone' | 'anywhere' | undefined {
  if (!table) {
    table = new Map();
    for (const line of NEVER_PEOPLE ? NEVER_PEOPLE.split('\n') : []) {
      const [k, where] = line.split('\t') as [string, string];
      table.set(k, where === 'a' ? 'anywhere' : 'alone');
    }
  }
  return table.get(key);
}
