import { builtinGazetteer } from './builtin.js';
import { freeze, gazetteerOf, keyEntries, TrieGazetteer } from './gazetteer.js';
import { keyTokens } from './trie.js';
import { checkOptions, notIterable } from '../tokenize/tokenize.js';
import type { CreateGazetteerOptions, EntityType, Gazetteer, GazetteerEntry, GazetteerEntryInput } from './types.js';

const TYPES: ReadonlySet<string> = new Set<EntityType>(['PER', 'LOC', 'ORG']);
const COUNTRY = /^[A-Z]{2}$/;
const ENTRY_KEYS: readonly string[] = ['name', 'type', 'aliases', 'id', 'country', 'kind', 'ambiguous'];

/**
 * The most tokens a name or alias may have (the built-in gazetteer's longest has 9:
 * بعثة الأمم المتحدة لتحقيق الاستقرار في جمهورية الكونغو الديمقراطية). Matching walks the gazetteer from
 * every token for as long as the text follows some name, so a name of m tokens that the text follows
 * all but to its end (m − 1 words repeated, then one the text lacks) costs m steps a token: with
 * 512-token names, 250,000 characters took 833 ms instead of 100. A bound keeps matching linear in
 * the text, as MAX_PATTERN_TOKENS does for patterns.
 */
export const MAX_NAME_TOKENS = 32;

/** Checks that `name` (the entry's `name` or one of its aliases, at `where`) has at most {@link MAX_NAME_TOKENS} tokens. */
function checkNameLength(name: string, where: string): void {
  const n = keyTokens(name).length;
  if (n > MAX_NAME_TOKENS) throw new RangeError(`${where} has ${n} tokens (at most ${MAX_NAME_TOKENS})`);
}

/** Checks one input entry and returns a frozen copy; the errors name the field and the index. */
function validate(input: unknown, index: number, entriesAt: string): GazetteerEntry {
  const where = `${entriesAt}[${index}]`;
  if (input === null || typeof input !== 'object') throw new TypeError(`${where} must be an object`);
  const e = input as Record<string, unknown>;
  // As for createAnalyzer's patterns: a mistyped key ({ alias: [...] }) dropped its data without a word.
  for (const key of Object.keys(e)) if (!ENTRY_KEYS.includes(key)) throw new RangeError(`${where} has an unknown key ${JSON.stringify(key)} (expected ${ENTRY_KEYS.join(', ')})`);
  if (typeof e.name !== 'string') throw new TypeError(`${where}.name must be a string`);
  if (!e.name.trim()) throw new RangeError(`${where}.name must not be empty`);
  checkNameLength(e.name, `${where}.name`);
  if (typeof e.type !== 'string' || !TYPES.has(e.type)) throw new RangeError(`${where}.type must be 'PER', 'LOC' or 'ORG', got ${JSON.stringify(e.type)}`);
  let aliases: string[] = [];
  if (e.aliases !== undefined) {
    if (!Array.isArray(e.aliases)) throw new TypeError(`${where}.aliases must be an array of strings`);
    aliases = e.aliases.map((a: unknown, j: number) => {
      if (typeof a !== 'string') throw new TypeError(`${where}.aliases[${j}] must be a string`);
      if (!a.trim()) throw new RangeError(`${where}.aliases[${j}] must not be empty`);
      checkNameLength(a, `${where}.aliases[${j}]`);
      return a.trim();
    });
  }
  // White space at the ends (a '\r' left by splitting a CRLF file on '\n', a BOM, a TSV's trailing
  // tab) is no part of a name, alias, id or kind: the match ignored it, but it came out in every
  // entity's canonical name and id.
  const out: GazetteerEntry = { name: e.name.trim(), type: e.type as EntityType, aliases };
  if (e.id !== undefined) {
    if (typeof e.id !== 'string') throw new TypeError(`${where}.id must be a string`);
    out.id = e.id.trim();
  }
  if (e.country !== undefined) {
    if (typeof e.country !== 'string') throw new TypeError(`${where}.country must be a string`);
    if (!COUNTRY.test(e.country)) throw new RangeError(`${where}.country must be an ISO 3166-1 alpha-2 code such as 'IQ', got ${JSON.stringify(e.country)}`);
    out.country = e.country;
  }
  if (e.kind !== undefined) {
    if (typeof e.kind !== 'string') throw new TypeError(`${where}.kind must be a string`);
    out.kind = e.kind.trim();
  }
  if (e.ambiguous !== undefined) {
    if (typeof e.ambiguous !== 'boolean') throw new TypeError(`${where}.ambiguous must be a boolean`);
    if (e.ambiguous) out.ambiguous = true;
  }
  return freeze(out);
}

/**
 * A gazetteer of your own entries, alone or added to the built-in one (`extends: 'builtin'`) or to
 * another gazetteer. Names and aliases are matched in their 'search' normalisation, across
 * proclitics; within one spelling, the new entries come before the base ones.
 *
 * @example
 * const g = createGazetteer([{ name: 'نادي الزوراء', type: 'ORG', aliases: ['الزوراء'] }], { extends: 'builtin' });
 * g.match('فاز نادي الزوراء في بغداد').map((m) => m.entries[0].name); // ['نادي الزوراء', 'بغداد']
 */
export function createGazetteer(entries: Iterable<GazetteerEntryInput>, options: CreateGazetteerOptions = {}): Gazetteer {
  return gazetteerWith(entries, options, 'createGazetteer: entries');
}

/**
 * {@link createGazetteer}, its errors about the entries naming them `entriesAt`: `createAnalyzer({
 * entries })` passes `'createAnalyzer: options.entries'` (its errors said `createGazetteer: entries[0]…`,
 * a function the caller never called).
 */
export function gazetteerWith(entries: Iterable<GazetteerEntryInput>, options: CreateGazetteerOptions, entriesAt: string): Gazetteer {
  if (entries === null || typeof entries !== 'object' || typeof (entries as Iterable<unknown>)[Symbol.iterator] !== 'function') {
    throw new TypeError(`${entriesAt} must be an iterable of entries, got ${notIterable(entries)}`);
  }
  if (options === null || typeof options !== 'object' || Array.isArray(options)) throw new TypeError('createGazetteer: options must be an object');
  // A mistyped key ({ extend: 'builtin' }) gave a gazetteer without the built-in names, without a word.
  checkOptions('createGazetteer', options, ['extends']);
  const list: GazetteerEntry[] = [];
  let i = 0;
  for (const e of entries) list.push(validate(e, i++, entriesAt));
  const keyed = keyEntries(list, entriesAt);
  const base = options.extends;
  if (base === undefined) return gazetteerOf(list, keyed);
  let baseG: Gazetteer;
  if (base === 'builtin') {
    baseG = builtinGazetteer();
  } else if (base && typeof base === 'object' && typeof (base as Gazetteer).entries === 'function') {
    baseG = base;
  } else {
    throw new TypeError("createGazetteer: options.extends must be 'builtin' or a Gazetteer");
  }
  const baseList = [...baseG.entries()];
  // A tahlil gazetteer hands over its spellings as stored (with their ambiguity); another one is keyed anew.
  const baseKeyed = baseG instanceof TrieGazetteer ? baseG.source.keyed() : keyEntries(baseList, 'createGazetteer: options.extends entries');
  return gazetteerOf([...baseList, ...list], [...keyed, ...baseKeyed]);
}
