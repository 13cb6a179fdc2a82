import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { DEMONYM_FORMS } from '../src/gazetteer/generated/lexicon.js';
import { builtinLexicon } from '../src/gazetteer/index.js';
import { BuiltinLexicon, demonymForms, Lex, type WordFlagSource, expandDemonyms } from '../src/gazetteer/lexicon.js';
import { extendLexicon } from '../src/ner/lexicon-extension.js';
import { findRow, rowMap, searchThenMap } from '../src/gazetteer/sorted.js';
import { tokenize } from '../src/tokenize/index.js';
import { normalize } from '../src/normalize/index.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const has = (f: string): boolean => existsSync(join(root, 'data', f));
const lex = builtinLexicon();
const s = (w: string): string => normalize(w, 'search');

describe('demonyms', () => {
  it('masculine, feminine and plural, with and without ال', () => {
    expect(lex.demonym(s('سوري'))).toEqual({ country: 'SY', gender: 'm', number: 'sg', definite: false });
    expect(lex.demonym(s('السورية'))).toEqual({ country: 'SY', gender: 'f', number: 'sg', definite: true });
    expect(lex.demonym(s('العراقيين'))).toEqual({ country: 'IQ', gender: 'm', number: 'pl', definite: true });
    expect(lex.demonym(s('مصريون'))).toEqual({ country: 'EG', gender: 'm', number: 'pl', definite: false });
    expect(lex.demonym(s('الأميركية'))).toEqual({ country: 'US', gender: 'f', number: 'sg', definite: true });
  });
  it('the feminine plural is generated from the feminine singular', () => {
    expect(lex.demonym(s('السعوديات'))).toEqual({ country: 'SA', gender: 'f', number: 'pl', definite: true });
  });
  it('not a demonym', () => {
    expect(lex.demonym(s('سوريا'))).toBeUndefined();
    expect(lex.demonym(s('الرئيس'))).toBeUndefined();
  });
});

describe('demonyms: the sorted forms (DEMONYM_FORMS) read as the lines expanded', () => {
  // Invented lines in the shape of data/lexicon/demonyms.tsv ('search' form): country · masc · fem · plurals.
  const LINES = ['SY\tسوري\tسوريه\tسوريون|سوريين', 'IQ\tعراقي\tعراقيه\tعراقيون|عراقيين', 'XA\tالباني\tالبانيه\tالبان'].join('\n');

  it('every form and its ال form, and nothing else, reads as the lines make it', () => {
    const lexicon = new BuiltinLexicon({ given: '', family: '', common: '', demonyms: LINES, triggers: '' });
    const all = expandDemonyms(LINES);
    expect(all.get('السوريات')).toEqual({ country: 'SY', gender: 'f', number: 'pl', definite: true });
    for (const [k, d] of all) expect(lexicon.demonym(k)).toEqual(d);
    for (const w of ['سوريا', 'السوريا', 'ال', '', 'الالباني', 'عراقيات ', 'العراقيهات']) expect(lexicon.demonym(w)).toEqual(all.get(w));
    expect(lexicon.demonym('الالباني')).toEqual({ country: 'XA', gender: 'm', number: 'sg', definite: true });
  });

  it('the built-in table is what the generator makes from data/lexicon/demonyms.tsv', () => {
    if (!has('lexicon/demonyms.tsv')) return;
    const rows = DEMONYM_FORMS.split('\n');
    expect(rows.length).toBeGreaterThan(800);
    expect([...rows].sort()).toEqual(rows);
    expect(rows).toContain('سوري\tSY\tm');
  });

  it('agree with the expanded lines on any word, before and after the forms are read into a Map (property)', () => {
    const forms = DEMONYM_FORMS.split('\n').map((l) => l.slice(0, l.indexOf('\t')));
    const table = new BuiltinLexicon();
    const expanded = new Map<string, unknown>();
    for (const row of DEMONYM_FORMS.split('\n')) {
      const [form, country, code] = row.split('\t') as [string, string, string];
      const [gender, number] = ({ m: ['m', 'sg'], f: ['f', 'sg'], p: ['m', 'pl'], q: ['f', 'pl'] } as Record<string, [string, string]>)[code]!;
      expanded.set(form, { country, gender, number, definite: false });
      if (!expanded.has('ال' + form)) expanded.set('ال' + form, { country, gender, number, definite: true });
    }
    const word = fc.oneof(
      fc.constantFrom(...forms),
      fc.constantFrom(...forms).map((f) => 'ال' + f),
      fc.constantFrom(...forms).map((f) => f.slice(0, -1)),
      fc.string({ unit: fc.constantFrom('ا', 'ل', 'ي', 'ه', 'ن', 'و', 'س', 'ر'), maxLength: 8 }),
    );
    const check = (w: string): void => {
      expect(table.demonym(w)).toEqual(expanded.get(w));
    };
    fc.assert(fc.property(word, check), { numRuns: 300 });
    for (let i = 0; i < 4200; i++) table.demonym('كلمه' + (i % 40)); // past the switch to one Map
    fc.assert(fc.property(word, check), { numRuns: 300 });
    const first = table.demonym('السوريين');
    expect(table.demonym('السوريين')).toBe(first);
  });

  it('refuses a masculine singular that an earlier line reads otherwise (the segmenter would lose it), naming it', () => {
    expect(() => demonymForms('AA\tاب\tسوري\t\nSY\tسوري\tسوريه\t')).toThrow(/سوري is a masculine singular \(SY\)/);
    expect(demonymForms('SY\tسوري\tسوريه\t\nAA\tاب\tسوري\t')).toContain('سوري\tSY\tm');
  });
});

describe('sorted tables: findRow, rowMap and searchThenMap agree', () => {
  const rows = rowMap(DEMONYM_FORMS);
  const forms = [...rows.keys()];
  const word = fc.oneof(fc.constantFrom(...forms), fc.constantFrom(...forms).map((f) => f + 'ه'), fc.string({ unit: fc.constantFrom('س', 'و', 'ر', 'ي', 'ه'), maxLength: 6 }));

  it('rowMap holds every line of the table, each where findRow finds it (property)', () => {
    expect(rows.size).toBe(DEMONYM_FORMS.split('\n').length);
    expect(DEMONYM_FORMS.slice(rows.get('سوري')!).startsWith('SY\t')).toBe(true);
    fc.assert(
      fc.property(word, (w) => {
        expect(findRow(DEMONYM_FORMS, w)).toBe(rows.get(w) ?? -1);
      }),
      { numRuns: 300 },
    );
  });

  it('searchThenMap gives the answers of the search, then those of the full map, and a value found once stays the same', () => {
    let built = 0;
    const find = searchThenMap((k) => (rows.has(k) ? { at: rows.get(k)! } : undefined), () => (built++, new Map([...rows].map(([k, at]) => [k, { at }]))), 10);
    const first = find('سوري')!;
    expect(first.at).toBe(rows.get('سوري'));
    for (let i = 0; i < 20; i++) expect(find('كلمه' + i)).toBeUndefined();
    expect(built).toBe(1);
    expect(find('سوري')).toBe(first);
    expect(find('سوريه')!.at).toBe(rows.get('سوريه'));
  });
});

describe('triggers', () => {
  it('one-word and multi-word phrases by their search form', () => {
    expect(lex.trigger(s('الرئيس'))).toEqual([{ phrase: 'الرئيس', kind: 'title', type: 'PER' }]);
    expect(lex.trigger(s('وزير الخارجية'))?.[0]).toMatchObject({ kind: 'title', type: 'PER' });
    expect(lex.trigger(s('وزارة'))?.[0]).toMatchObject({ kind: 'org-head', type: 'ORG' });
    expect(lex.trigger(s('مدينة'))?.[0]).toMatchObject({ kind: 'descriptor', type: 'LOC' });
    expect(lex.trigger(s('بغداد'))).toBeUndefined();
  });
  it('triggers(kind) lists them', () => {
    const titles = lex.triggers('title').map((t) => t.phrase);
    expect(titles).toContain('رئيس الوزراء');
    expect(lex.triggers('person-verb').map((t) => t.phrase)).toContain('قال');
  });
  it('matchTrigger finds the longest phrase at a token, across proclitics', () => {
    const text = 'وقال رئيس الوزراء العراقي إن وزير الخارجية سيزور دمشق';
    const tokens = tokenize(text);
    const said = lex.matchTrigger(tokens, 0, text);
    expect(said).toMatchObject({ tokenStart: 0, tokenEnd: 1, proclitic: 'و' });
    expect(text.slice(said!.start, said!.end)).toBe('قال');
    const pm = lex.matchTrigger(tokens, 1, text);
    expect(pm).toMatchObject({ tokenStart: 1, tokenEnd: 3, proclitic: '' });
    expect(pm!.triggers.map((t) => t.phrase)).toContain('رئيس الوزراء');
    const fm = lex.matchTrigger(tokens, 5, text);
    expect(text.slice(fm!.start, fm!.end)).toBe('وزير الخارجية');
    expect(lex.matchTrigger(tokens, 9, text)).toBeUndefined();
    expect(lex.matchTrigger(tokens, 99)).toBeUndefined();
  });
  it('a phrase does not run across punctuation', () => {
    const text = 'رئيس، الوزراء';
    const m = lex.matchTrigger(tokenize(text), 0, text);
    expect(m?.tokenEnd).toBe(1);
  });
});

describe.skipIf(!has('names/given.tsv'))('given names', () => {
  it('knows common given names and their gender', () => {
    expect(lex.isGivenName(s('محمد'))).toBe(true);
    expect(lex.givenNameGender(s('محمد'))).toBe('m');
    expect(lex.givenNameGender(s('فاطمة'))).toBe('f');
    expect(lex.isGivenName(s('الحكومة'))).toBe(false);
  });
});

describe.skipIf(!has('names/family.tsv'))('family names', () => {
  it('knows family names', () => {
    expect(lex.isFamilyName(s('الكاظمي'))).toBe(true);
    expect(lex.isFamilyName(s('قال'))).toBe(false);
  });
});

describe.skipIf(!has('lexicon/common-words.txt'))('common words', () => {
  it('knows function words', () => {
    expect(lex.isCommonWord(s('في'))).toBe(true);
    expect(lex.isCommonWord(s('بغداد'))).toBe(false);
  });
});

describe('wordFlags (one table of what the lexicon knows of each word)', () => {
  const bits = (l: typeof lex, w: string): number =>
    (l.isGivenName(w) ? Lex.GIVEN : 0) | (l.isFamilyName(w) ? Lex.FAMILY : 0) | (l.isCommonWord(w) ? Lex.COMMON : 0) | (l.demonym(w) !== undefined ? Lex.DEMONYM : 0);
  it('gives every word the bits its lookups give, and lists every word they know', () => {
    const flags = new BuiltinLexicon().wordFlags();
    expect(flags.size).toBeGreaterThan(15_000);
    for (const [w, f] of flags) expect([w, f]).toEqual([w, bits(lex, w)]);
    for (const w of ['محمد', 'الكاظمي', 'قال', 'السوريين', 'سوريات', 'بغداد', 'والحكومه', 'xyz', '']) expect([w, flags.get(w) ?? 0]).toEqual([w, bits(lex, w)]);
  });
  it('words a word list adds', () => {
    const extended = extendLexicon(lex, { common: ['الضوء'], given: ['زهران'], family: ['محمد'] }, 'test') as typeof lex & WordFlagSource;
    const flags = extended.wordFlags();
    for (const w of ['الضوء', 'زهران', 'محمد', 'قال', 'السوري']) expect([w, flags.get(w) ?? 0]).toEqual([w, bits(extended, w)]);
  });
});
