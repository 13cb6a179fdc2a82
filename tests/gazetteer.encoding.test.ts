// The built-in gazetteer's compact index decodes its keys one part and one block of 16 at a time:
// whatever order lookups come in, every key gives the entries that a full decode gives, every
// proper prefix of a multi-token key says there is more, and nothing else matches.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { lastAtMost } from '../src/gazetteer/sorted.js';
import { builtinGazetteer, builtinParts } from '../src/gazetteer/builtin.js';
import { EncodedIndex, encodeBuiltin, splitEncoded, type EncodedParts } from '../src/gazetteer/encoding.js';
import { keyTokens } from '../src/gazetteer/trie.js';
import type { GazetteerEntry } from '../src/gazetteer/types.js';
import { createDoc } from '../src/tokenize/document.js';

const ids = (v: readonly GazetteerEntry[] | undefined) => v?.map((e) => `${e.id}${e.ambiguous ? '?' : ''}`);

describe('EncodedIndex (lazy buckets)', () => {
  it('gives every key the entries of a full decode, looked up in reverse order in a fresh index', () => {
    const full = new EncodedIndex(builtinParts()).keyed();
    const byKey = new Map<string, string[]>();
    for (const { key, entry } of full) byKey.set(key, [...(byKey.get(key) ?? []), `${entry.id}${entry.ambiguous ? '?' : ''}`]);
    expect(byKey.size).toBeGreaterThan(10_000);
    const lazy = new EncodedIndex(builtinParts());
    const wrong: string[] = [];
    for (const key of [...byKey.keys()].reverse()) {
      if (JSON.stringify(ids(lazy.values(key))) !== JSON.stringify(byKey.get(key))) wrong.push(key);
      for (let sp = key.indexOf(' '); sp >= 0; sp = key.indexOf(' ', sp + 1)) if (!lazy.more(key.slice(0, sp))) wrong.push(`more: ${key.slice(0, sp)}`);
    }
    expect(wrong.slice(0, 10)).toEqual([]);
  });

  it('finds nothing for words that are no key, whether or not their bucket is decoded yet', () => {
    const index = new EncodedIndex(builtinParts());
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

  it('reads parts only as lookups need them, and finds across part boundaries what one whole part finds', () => {
    const entries: GazetteerEntry[] = ['بغداد', 'بيروت', 'دمشق', 'عمان', 'القاهرة', 'الرياض', 'تونس', 'الجزائر', 'الرباط', 'صنعاء'].map((name, i) => ({ name, type: 'LOC', id: `c${i}`, aliases: [`مدينة ${name}`, `${name} العاصمة`] }));
    entries.push({ name: 'بشار الأسد', type: 'PER', id: 'assad', aliases: ['الأسد', 'الرئيس بشار الأسد'] });
    const key = (s: string) => keyTokens(s).join(' ');
    const encoded = encodeBuiltin(entries, key, () => false);
    const split = splitEncoded(encoded, 3, 1);
    expect(split.indexParts.length).toBeGreaterThan(1);
    const read: string[] = [];
    const parts: EncodedParts = {
      entryCount: split.entryCount,
      entriesPerPart: split.entriesPerPart,
      entryPart: (k) => (read.push(`e${k}`), split.entryParts[k]!),
      indexFirsts: split.indexFirsts,
      indexPart: (k) => (read.push(`i${k}`), split.indexParts[k]!),
    };
    const whole = new EncodedIndex(encoded);
    const parted = new EncodedIndex(parts);
    expect(read).toEqual([]);
    expect(ids(parted.values(key('صنعاء')))).toEqual(['c9']);
    expect(read.length).toBeLessThanOrEqual(2);
    const probes = [...whole.keyed().map((k) => k.key), 'مدينة', 'الرئيس', 'الرئيس بشار', 'بشار', 'ا', 'ي', 'مدينه ب', 'zzz', ''];
    for (const k of probes) {
      expect({ k, v: ids(parted.values(k)) }).toEqual({ k, v: ids(whole.values(k)) });
      expect({ k, more: parted.more(k) }).toEqual({ k, more: whole.more(k) });
    }
    expect(parted.keyed()).toEqual(whole.keyed());
    expect(parted.list()).toEqual(whole.list());
  });

  it('answers the same once every part is merged into one Map (a long text) as block by block', () => {
    const blockwise = new EncodedIndex(builtinParts(), Infinity);
    const merged = new EncodedIndex(builtinParts(), 0);
    const keys = [...new Set(blockwise.keyed().map((k) => k.key))];
    // Every key, every prefix of a key (at a space or not), and words that are no key at all.
    const probes = new Set<string>(['', 'zzz', 'قال', 'ذهبت', 'بغدادي', 'الرئيس بشار']);
    for (const k of keys) {
      probes.add(k);
      for (let n = 1; n < k.length; n++) probes.add(k.slice(0, n));
      probes.add(k + 'ه');
    }
    const wrong: string[] = [];
    for (const k of probes) {
      if (JSON.stringify(ids(merged.values(k))) !== JSON.stringify(ids(blockwise.values(k)))) wrong.push(`values: ${k}`);
      if (merged.more(k) !== blockwise.more(k)) wrong.push(`more: ${k}`);
    }
    expect(probes.size).toBeGreaterThan(50_000);
    expect(wrong.slice(0, 10)).toEqual([]);
    expect(ids(merged.values(keyTokens('بغداد').join(' ')))).toContain('iq-baghdad');
    expect(merged.more(keyTokens('بشار').join(' '))).toBe(true);
  });

  it('knows, once merged, which words continue a key, and a walk stopped by them finds what the walk of every next word finds', () => {
    const blockwise = new EncodedIndex(builtinParts(), Infinity);
    const merged = new EncodedIndex(builtinParts(), 0);
    const continues = (ix: EncodedIndex, key: string): boolean => (ix as unknown as { continues(k: string): boolean }).continues(key);
    const keys = [...new Set(blockwise.keyed().map((k) => k.key))];
    const mids = new Set<string>();
    for (const k of keys) for (const t of k.split(' ').slice(1)) mids.add(t);
    merged.values('x'); // merges
    const probes = new Set<string>(['', 'قال', 'المتحده', 'زيد عمرو']);
    for (const k of keys) for (const t of k.split(' ')) probes.add(t).add(t + 'ه');
    const wrong: string[] = [];
    for (const p of probes) {
      if (continues(merged, p) !== (p.includes(' ') || mids.has(p))) wrong.push(p);
      if (!continues(blockwise, p)) wrong.push(`blockwise: ${p}`);
    }
    expect(wrong.slice(0, 10)).toEqual([]);
    expect(continues(merged, 'المتحده')).toBe(true);
    expect(continues(merged, 'قال')).toBe(false);
    // The same matches through either index, over names, their first words and words after them.
    const names = keys.filter((k) => k.includes(' ')).slice(0, 3000);
    const text = names.map((k, n) => `${k} ${n % 3 === 0 ? 'قال' : k.split(' ')[0]} ${keys[(n * 7) % keys.length]}`).join(' و ');
    const doc = createDoc(text);
    const plain = (ix: EncodedIndex) => ix.matchDoc(doc).map((h) => [h.tokenStart, h.tokenEnd, h.start, h.end, h.proclitic, ids(h.values)]);
    const want = plain(blockwise);
    expect(want.length).toBeGreaterThan(3000);
    expect(plain(merged)).toEqual(want);
    expect(plain(merged)).toEqual(want); // the second time from what the spellings remember
  });

  it('matches in real text through the built-in gazetteer', () => {
    const text = 'التقى الرئيس السوري بشار الأسد في دمشق وزير الخارجية العراقي.';
    const m = builtinGazetteer().match(text);
    expect(m.map((x) => text.slice(x.start, x.end))).toEqual(expect.arrayContaining(['بشار الأسد', 'دمشق']));
  });
});

describe('lastAtMost: the part of a split table that may hold a key', () => {
  it('finds the part of a word among Arabic first keys (بيروت is in the part that starts at ب)', () => {
    const firsts = ['أ', 'ب', 'ت', 'س', 'م'];
    expect(lastAtMost(firsts, 'بيروت')).toBe(1);
    expect(lastAtMost(firsts, 'ب')).toBe(1);
    expect(lastAtMost(firsts, 'يافا')).toBe(4);
    expect(lastAtMost(firsts, 'ء')).toBe(-1);
    expect(lastAtMost([], 'بيروت')).toBe(-1);
  });

  it('agrees with a linear scan for any sorted list and key', () => {
    fc.assert(
      fc.property(fc.uniqueArray(fc.string({ maxLength: 4 }), { maxLength: 40 }), fc.string({ maxLength: 4 }), (words, key) => {
        const sorted = [...words].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
        let expected = -1;
        sorted.forEach((w, i) => {
          if (w <= key) expected = i;
        });
        expect(lastAtMost(sorted, key)).toBe(expected);
      }),
    );
  });
});
