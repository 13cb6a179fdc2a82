// The tables the generator derives from the built-in gazetteer (src/gazetteer/generated/derived.ts)
// must be what the runtime would compute from the entries, or the surname links and the names that
// segmentation keeps whole would change with the build instead of with the data.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { builtinEntry } from '../src/gazetteer/builtin.js';
import { KNOWN_NAMES_AMBIGUOUS } from '../src/gazetteer/generated/ambiguous-names.js';
import { KNOWN_NAMES } from '../src/gazetteer/generated/derived.js';
import { SURNAME_INDEX } from '../src/gazetteer/generated/derived.js';
import { SURNAMES } from '../src/gazetteer/generated/links.js';
import { builtinGazetteer, builtinLexicon, createGazetteer } from '../src/gazetteer/index.js';
import { findRow, searchThenSet } from '../src/gazetteer/sorted.js';
import { surnameIndex, surnameTable } from '../src/gazetteer/surnames.js';
import { wordList } from '../src/gazetteer/word-list.js';
import { knownNameKeys, knownNames } from '../src/search/known-names.js';

describe('tables derived from the built-in gazetteer (npm run gazetteer)', () => {
  const entries = [...builtinGazetteer().entries()];

  it('the surname index is the one computed from the entries and the lexicon', () => {
    expect(SURNAME_INDEX).toBe(surnameTable(entries, builtinLexicon(), SURNAMES, wordList('nasab-particles')));
  });

  it('the one-word names are the ones computed from the entries, ambiguous ones apart', () => {
    expect(KNOWN_NAMES).toBe(knownNameKeys(entries, false).join('\n'));
    const all = new Set(knownNameKeys(entries, true));
    expect(new Set([...KNOWN_NAMES.split('\n'), ...KNOWN_NAMES_AMBIGUOUS.split('\n')])).toEqual(all);
    expect(knownNames(builtinGazetteer()).isKnownName('بعلبك')).toBe(true);
    // الجزيرة is a name and a common word: only the ambiguous adapter keeps it whole.
    expect(KNOWN_NAMES_AMBIGUOUS.split('\n')).toContain('الجزيره');
    expect(knownNames(builtinGazetteer()).isKnownName('الجزيرة')).toBe(false);
    expect(knownNames(builtinGazetteer(), { ambiguous: true }).isKnownName('الجزيرة')).toBe(true);
  });

  it('the names are tested by a search of the sorted lists, then by a Set: the same answers before and after (بعلبك، دمشق)', () => {
    const names = [...KNOWN_NAMES.split('\n'), ...KNOWN_NAMES_AMBIGUOUS.split('\n')];
    const all = new Set(names);
    // Each name, and its neighbours that are not names (a letter less, one more, ال added).
    const probes = names.flatMap((n) => [n, n.slice(0, -1), n + 'ه', 'ال' + n]);
    const isName = searchThenSet([KNOWN_NAMES, KNOWN_NAMES_AMBIGUOUS], 1000);
    expect(probes.length).toBeGreaterThan(2000);
    expect(probes.filter((p) => isName(p) !== all.has(p))).toEqual([]);
    expect(isName('دمشق')).toBe(true);
    expect(knownNames(builtinGazetteer()).isKnownName('بعلبك')).toBe(true);
  });

  it('entry numbers are positions in entries(): builtinEntry(n) is the n-th of entries()', () => {
    for (const n of [0, 1, 100, entries.length - 1]) expect(builtinEntry(n)).toBe(entries[n]);
  });
});

describe('the surname index of a user gazetteer is computed from its entries', () => {
  const g = createGazetteer([
    { name: 'سامر القباني', type: 'PER', id: 'samer' },
    { name: 'كنان القباني', type: 'PER', id: 'kinan' },
    { name: 'وسيم الدباغ', type: 'PER', id: 'wasim', aliases: ['وسيم بن الدباغ'] },
    { name: 'حلب', type: 'LOC', id: 'aleppo' },
  ]);
  const index = surnameIndex(g, builtinLexicon());

  it('one bearer: linked; two bearers: none chosen', () => {
    expect(index.person('الدباغ')?.id).toBe('wasim');
    expect(index.people('القباني').map((e) => e.id)).toEqual(['samer', 'kinan']);
    expect(index.person('القباني')).toBeUndefined();
    expect(index.people('حلب')).toEqual([]);
  });
});

describe('findRow: a surname found by binary search over the table text', () => {
  /** Where each key's fields start, as a Map: what findRow must agree with. */
  const rowsOf = (table: string) => {
    const rows = new Map<string, number>();
    let at = 0;
    for (const line of table.split('\n')) {
      const tab = line.indexOf('\t');
      rows.set(line.slice(0, tab), at + tab + 1);
      at += line.length + 1;
    }
    return rows;
  };

  it('finds every surname of the built-in table where its fields start, and no other word', () => {
    const rows = rowsOf(SURNAME_INDEX);
    expect(rows.size).toBeGreaterThan(2000);
    for (const [key, at] of rows) expect(findRow(SURNAME_INDEX, key)).toBe(at);
    for (const word of ['', 'ال', 'بوتي', 'بوتينن', 'ماكرون ', 'يييي', 'ءء', 'دمشق', '\t', '\n']) {
      expect(findRow(SURNAME_INDEX, word)).toBe(rows.get(word) ?? -1);
    }
  });

  it('agrees with a Map of the lines on any sorted table and any word (property)', () => {
    const word = fc.string({ unit: fc.constantFrom('ا', 'ب', 'ل', 'ي', 'ه', ' '), maxLength: 5 });
    fc.assert(
      fc.property(fc.uniqueArray(word, { maxLength: 30 }), fc.array(word, { maxLength: 10 }), (keys, asked) => {
        const table = [...keys].sort().map((k, i) => `${k}\t${i}\t`).join('\n');
        const rows = rowsOf(table);
        for (const k of [...keys, ...asked]) expect(findRow(table, k)).toBe(table ? (rows.get(k) ?? -1) : -1);
      }),
    );
  });

  it('gives the same people before and after the rows are read into a Map (4,096 lookups)', () => {
    const index = surnameIndex(createGazetteer([...builtinGazetteer().entries()]), builtinLexicon());
    const asked = ['بوتين', 'ماكرون', 'الاسد', 'القباني', 'دمشق'];
    const before = asked.map((k) => [index.person(k)?.id, index.people(k).map((e) => e.id)]);
    for (let i = 0; i < 4100; i++) index.person('كلمة' + (i % 50));
    expect(asked.map((k) => [index.person(k)?.id, index.people(k).map((e) => e.id)])).toEqual(before);
    expect(before[0]![0]).toBe('vladimir-putin');
  });
});
