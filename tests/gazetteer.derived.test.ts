// The tables the generator derives from the built-in gazetteer (src/gazetteer/generated/derived.ts)
// must be what the runtime would compute from the entries, or the surname links and the names that
// segmentation keeps whole would change with the build instead of with the data.
import { describe, expect, it } from 'vitest';
import { builtinEntry } from '../src/gazetteer/builtin.js';
import { KNOWN_NAMES, KNOWN_NAMES_AMBIGUOUS } from '../src/gazetteer/generated/derived.js';
import { SURNAME_INDEX } from '../src/gazetteer/generated/derived.js';
import { SURNAMES } from '../src/gazetteer/generated/links.js';
import { builtinGazetteer, builtinLexicon, createGazetteer } from '../src/gazetteer/index.js';
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
