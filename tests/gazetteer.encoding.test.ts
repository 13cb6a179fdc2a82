// The built-in gazetteer's compact index decodes its keys one bucket (first letter) at a time:
// whatever order lookups come in, every key gives the entries that a full decode gives, every
// proper prefix of a multi-token key says there is more, and nothing else matches.
import { describe, expect, it } from 'vitest';
import { builtinGazetteer } from '../src/gazetteer/builtin.js';
import { EncodedIndex, encodeBuiltin } from '../src/gazetteer/encoding.js';
import { ENTRIES, INDEX } from '../src/gazetteer/generated/builtin.js';
import { keyTokens } from '../src/gazetteer/trie.js';
import type { GazetteerEntry } from '../src/gazetteer/types.js';

const ids = (v: readonly GazetteerEntry[] | undefined) => v?.map((e) => `${e.id}${e.ambiguous ? '?' : ''}`);

describe('EncodedIndex (lazy buckets)', () => {
  it('gives every key the entries of a full decode, looked up in reverse order in a fresh index', () => {
    const full = new EncodedIndex({ entries: ENTRIES, index: INDEX }).keyed();
    const byKey = new Map<string, string[]>();
    for (const { key, entry } of full) byKey.set(key, [...(byKey.get(key) ?? []), `${entry.id}${entry.ambiguous ? '?' : ''}`]);
    expect(byKey.size).toBeGreaterThan(10_000);
    const lazy = new EncodedIndex({ entries: ENTRIES, index: INDEX });
    const wrong: string[] = [];
    for (const key of [...byKey.keys()].reverse()) {
      if (JSON.stringify(ids(lazy.values(key))) !== JSON.stringify(byKey.get(key))) wrong.push(key);
      for (let sp = key.indexOf(' '); sp >= 0; sp = key.indexOf(' ', sp + 1)) if (!lazy.more(key.slice(0, sp))) wrong.push(`more: ${key.slice(0, sp)}`);
    }
    expect(wrong.slice(0, 10)).toEqual([]);
  });

  it('finds nothing for words that are no key, whether or not their bucket is decoded yet', () => {
    const index = new EncodedIndex({ entries: ENTRIES, index: INDEX });
    for (const word of ['ذهبت', 'بغدادي', 'قال', 'zzz', '١٢٣', '']) {
      expect(index.values(word)).toBeUndefined();
      expect(index.more(word)).toBe(false);
    }
    expect(ids(index.values(keyTokens('بغداد').join(' ')))).toContain('iq-baghdad');
    expect(index.more(keyTokens('بشار').join(' '))).toBe(true);
  });

  it('round-trips a small gazetteer whose keys share first letters, single letters and prefixes', () => {
    const entries: GazetteerEntry[] = [
      { name: 'بيروت', type: 'LOC', id: 'beirut', aliases: [] },
      { name: 'بغداد', type: 'LOC', id: 'baghdad', aliases: ['دار السلام'] },
      { name: 'بشار الأسد', type: 'PER', id: 'assad', aliases: ['الأسد'] },
      { name: 'ب ب', type: 'ORG', id: 'bb', aliases: ['ب'] },
      { name: 'دمشق', type: 'LOC', id: 'damascus', aliases: ['الشام'], ambiguous: true },
    ];
    const key = (s: string) => keyTokens(s).join(' ');
    const encoded = encodeBuiltin(entries, key, (k, e) => e.ambiguous === true && k !== key('دمشق'));
    const index = new EncodedIndex(encoded);
    expect(ids(index.values(key('الأسد')))).toEqual(['assad']);
    expect(index.more(key('بشار'))).toBe(true);
    expect(index.values(key('بشار'))).toBeUndefined();
    expect(ids(index.values('ب'))).toEqual(['bb']);
    expect(index.more('ب')).toBe(true);
    // The entry is ambiguous; its spelling دمشق is not (the flipped copy, entry number ~4).
    expect(ids(index.values(key('الشام')))).toEqual(['damascus?']);
    expect(ids(index.values(key('دمشق')))).toEqual(['damascus']);
    expect(index.keyed().map((k) => k.key)).toEqual([...new Set(index.keyed().map((k) => k.key))].sort());
  });

  it('matches in real text through the built-in gazetteer', () => {
    const text = 'التقى الرئيس السوري بشار الأسد في دمشق وزير الخارجية العراقي.';
    const m = builtinGazetteer().match(text);
    expect(m.map((x) => text.slice(x.start, x.end))).toEqual(expect.arrayContaining(['بشار الأسد', 'دمشق']));
  });
});
