import { describe, expect, it } from 'vitest';
import { HEADER, keyOf } from '../scripts/build-gazetteer.js';
import { loadWordLists, wordListsModule } from '../scripts/gazetteer-word-lists.js';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { commonWords } from '../src/gazetteer/common-words.js';
import { DEMONYM_FORMS, FAMILY, GIVEN, TRIGGERS } from '../src/gazetteer/generated/lexicon.js';
import { WORD_LISTS } from '../src/gazetteer/generated/word-lists.js';
import { extractEntities } from '../src/index.js';

/** A key can match a word only if it is what the key function gives for it: one token, in 'search' form. */
function neverMatching(keys: readonly string[], oneToken = true): string[] {
  return keys.filter((k) => !k || keyOf(k) !== k || (oneToken && k.includes(' ')));
}

describe('every word list is keyed so that it can match', () => {
  it('the generated word lists are up to date with data/lexicon/lists', () => {
    const errors: string[] = [];
    const lists = loadWordLists('.', keyOf, errors);
    expect(errors).toEqual([]);
    expect(lists.map((l) => l.name)).toContain('closed-class');
    expect(readFileSync('src/gazetteer/generated/word-lists.ts', 'utf8'), 'run npm run gazetteer').toBe(wordListsModule(HEADER, lists));
  });

  it('no key of a word list can never match', () => {
    for (const [name, keys] of Object.entries(WORD_LISTS)) expect(neverMatching(keys.split('\n')), name).toEqual([]);
  });

  it('no key of the lexicon can never match (names, common words, nationality adjectives, triggers)', () => {
    expect(neverMatching(FAMILY.split('\n'))).toEqual([]);
    expect(neverMatching(commonWords())).toEqual([]);
    expect(neverMatching(GIVEN.split('\n').flatMap((l) => l.split('\t')[1]!.split('|')))).toEqual([]);
    // A few nationality adjectives are two words (كوري شمالي): `demonym()` looks them up as a phrase.
    expect(neverMatching(DEMONYM_FORMS.split('\n').map((l) => l.slice(0, l.indexOf('\t'))), false)).toEqual([]);
    expect(neverMatching(TRIGGERS.split('\n').map((l) => l.split('\t')[3]!), false)).toEqual([]);
  });

  it('no set of Arabic words is typed in code: word lists live in data/ and go through the key function', () => {
    const files = readdirSync('src', { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.ts') && !f.includes('generated'));
    // `new Set(['ابو', 'ابي'])`: a list of words (two letters or more; single letters are clitics).
    const typedSet = new RegExp("new Set\\(\\[\\s*'[\\u0600-\\u06FF]{2,}'");
    expect(files.filter((f) => typedSet.test(readFileSync(join('src', f), 'utf8')))).toEqual([]);
    expect(typedSet.test("const PAIRED = new Set(['عبد', 'ابي', 'ابو']);")).toBe(true);
  });

  it('catches what a hand-typed list got wrong: فى, هؤلاء, دائره written as they never appear in search form', () => {
    expect(neverMatching(['فى', 'هؤلاء', 'دائره', 'لـ'])).toEqual(['فى', 'هؤلاء', 'دائره', 'لـ']);
    expect(neverMatching(['في', 'هولاء', 'دايره', 'ل'])).toEqual([]);
  });

  it('a weak organisation head needs evidence, whatever its spelling: دائرة as مركز', () => {
    expect(extractEntities('في مركز الضوء')).toEqual([]);
    expect(extractEntities('في دائرة الضوء')).toEqual([]);
  });
});
