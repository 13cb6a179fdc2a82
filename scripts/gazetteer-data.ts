// Reads and validates the curated sources under data/ (formats: docs/ARCHITECTURE.md).
// Used by scripts/build-gazetteer.ts and by tests/gazetteer.data.test.ts, so bad data fails CI.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { createRequire } from 'node:module';
import type { EntityType } from '../src/gazetteer/types.js';

/** An entry as the generator assembles it, before encoding. */
export interface SourceEntry {
  type: EntityType;
  id: string;
  name: string;
  aliases: string[];
  country?: string;
  kind?: string;
  /** Where the entry comes from: `cldr`, `i18n-iso-countries`, or a data file path. */
  source: string;
  /** `file:line` for error messages. */
  at: string;
}

export interface GivenName { name: string; gender: 'm' | 'f' | 'u'; variants: string[]; at: string }
export interface FamilyName { name: string; variants: string[]; at: string }
/** `masc` and `fem` may list spelling variants (أمريكي|أميركي). */
export interface DemonymRow { country: string; masc: string[]; fem: string[]; plural: string[]; en: string; at: string }
export interface TriggerRow { phrase: string; kind: string; type: EntityType; at: string }

export interface CuratedData {
  entries: SourceEntry[];
  given: GivenName[];
  family: FamilyName[];
  demonyms: DemonymRow[];
  triggers: TriggerRow[];
  common: string[];
  ambiguous: string[];
  /** Files read, relative to the project root. */
  files: string[];
  errors: string[];
  warnings: string[];
}

export const FEATURE_KINDS = ['sea', 'gulf', 'river', 'mountain', 'desert', 'lake', 'strait', 'canal', 'island', 'peninsula', 'ocean', 'region', 'valley', 'plain', 'oasis', 'continent', 'landmark'];
export const ORG_KINDS = ['intl', 'ministry', 'government', 'parliament', 'party', 'movement', 'armed-group', 'army', 'security', 'media', 'company', 'bank', 'university', 'club', 'court', 'agency', 'religious', 'ngo', 'other'];
/** `particle` is not in ARCHITECTURE.md but documented in the header of data/lexicon/triggers.tsv. */
export const TRIGGER_KINDS = ['title', 'org-head', 'institution', 'descriptor', 'place-head', 'person-verb', 'particle'];
const TYPES = ['PER', 'LOC', 'ORG'];

const require = createRequire(import.meta.url);

/** ISO 3166-1 alpha-2 codes (i18n-iso-countries) plus XK (Kosovo, user-assigned, used by CLDR). */
export const ISO_CODES: ReadonlySet<string> = new Set([...(require('i18n-iso-countries/codes.json') as string[][]).map((c) => c[0]!), 'XK']);

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const ARABIC = /[\u0621-\u064a]/;

interface Row { cells: Record<string, string>; at: string }

/** Reads one TSV file: `#` comments and blank lines skipped, the header checked, every row's column count checked. */
export function readTsv(root: string, path: string, header: readonly string[], errors: string[]): Row[] {
  const rel = relative(root, path);
  const rows: Row[] = [];
  const text = readFileSync(path, 'utf8').replace(/^\uFEFF/, '');
  let seenHeader = false;
  text.split('\n').forEach((raw, i) => {
    const line = raw.replace(/\r$/, '');
    const at = `${rel}:${i + 1}`;
    if (!line.trim() || line.startsWith('#')) return;
    const cells = line.split('\t');
    if (!seenHeader) {
      seenHeader = true;
      if (cells.join('\t') !== header.join('\t')) errors.push(`${at}: header is "${cells.join(' · ')}", expected "${header.join(' · ')}"`);
      return;
    }
    if (cells.length !== header.length) {
      errors.push(`${at}: ${cells.length} columns, expected ${header.length} (${header.join(' · ')})`);
      return;
    }
    const rec: Record<string, string> = {};
    header.forEach((h, j) => (rec[h] = cells[j]!.trim()));
    rows.push({ cells: rec, at });
  });
  if (!seenHeader) errors.push(`${rel}:1: no header line`);
  return rows;
}

/** A `|`-separated cell. */
export function list(cell: string): string[] {
  return cell
    .split('|')
    .map((s) => s.trim())
    .filter(Boolean);
}

function files(dir: string, pattern: RegExp): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((f) => pattern.test(f))
    .sort()
    .map((f) => join(dir, f));
}

function wordList(root: string, path: string, out: CuratedData): string[] {
  if (!existsSync(path)) return [];
  out.files.push(relative(root, path));
  const words: string[] = [];
  readFileSync(path, 'utf8')
    .split('\n')
    .forEach((raw, i) => {
      const w = raw.replace(/\r$/, '').trim();
      if (!w || w.startsWith('#')) return;
      if (/[\t|]/.test(w)) out.errors.push(`${relative(root, path)}:${i + 1}: one word or phrase a line, no tab or |: ${JSON.stringify(w)}`);
      else words.push(w);
    });
  return words;
}

/** Reads and validates every curated file under `root/data` that exists. */
export function loadCurated(root: string): CuratedData {
  const out: CuratedData = { entries: [], given: [], family: [], demonyms: [], triggers: [], common: [], ambiguous: [], files: [], errors: [], warnings: [] };
  const { errors, warnings } = out;
  const data = join(root, 'data');
  const ids = new Map<string, string>();

  const checkCountry = (code: string, at: string, field: string, required: boolean): string | undefined => {
    if (!code) {
      if (required) errors.push(`${at}: ${field} is empty`);
      return undefined;
    }
    if (!ISO_CODES.has(code)) {
      errors.push(`${at}: ${field} ${JSON.stringify(code)} is not an ISO 3166-1 alpha-2 code`);
      return undefined;
    }
    return code;
  };
  const checkName = (name: string, at: string, field = 'name'): boolean => {
    if (!name) {
      errors.push(`${at}: ${field} is empty`);
      return false;
    }
    if (!ARABIC.test(name)) warnings.push(`${at}: ${field} ${JSON.stringify(name)} has no Arabic letter`);
    return true;
  };
  const addEntry = (e: SourceEntry): void => {
    const prev = ids.get(e.id);
    if (prev) {
      errors.push(`${e.at}: duplicate id ${JSON.stringify(e.id)} (first at ${prev})`);
      return;
    }
    ids.set(e.id, e.at);
    out.entries.push(e);
  };
  const read = (path: string, header: string[]): Row[] => {
    out.files.push(relative(root, path));
    return readTsv(root, path, header, errors);
  };

  for (const path of files(join(data, 'places'), /^subdivisions.*\.tsv$/)) {
    for (const { cells: c, at } of read(path, ['id', 'name', 'aliases', 'country', 'en'])) {
      const country = checkCountry(c.country!, at, 'country', true);
      if (!/^[A-Z]{2}-[A-Z0-9]{1,3}$/.test(c.id!)) errors.push(`${at}: id ${JSON.stringify(c.id)} is not an ISO 3166-2 code such as IQ-NI`);
      else if (country && !c.id!.startsWith(country + '-')) errors.push(`${at}: id ${c.id} does not belong to country ${country}`);
      else if (checkName(c.name!, at) && country) addEntry({ type: 'LOC', id: c.id!, name: c.name!, aliases: list(c.aliases!), country, kind: 'subdivision', source: relative(root, path), at });
    }
  }
  for (const path of files(join(data, 'places'), /^cities.*\.tsv$/)) {
    for (const { cells: c, at } of read(path, ['id', 'name', 'aliases', 'country', 'en'])) {
      const country = checkCountry(c.country!, at, 'country', true);
      const m = /^([a-z]{2})-(.+)$/.exec(c.id!);
      if (!m || !SLUG.test(m[2]!)) errors.push(`${at}: id ${JSON.stringify(c.id)} is not <iso2 lower>-<english-slug> such as iq-mosul`);
      else if (country && m[1] !== country.toLowerCase()) errors.push(`${at}: id ${c.id} does not start with the country ${country}`);
      else if (checkName(c.name!, at) && country) addEntry({ type: 'LOC', id: c.id!, name: c.name!, aliases: list(c.aliases!), country, kind: 'city', source: relative(root, path), at });
    }
  }
  for (const path of files(join(data, 'places'), /^features\.tsv$/)) {
    for (const { cells: c, at } of read(path, ['id', 'name', 'aliases', 'kind', 'countries', 'en'])) {
      if (!SLUG.test(c.id!)) errors.push(`${at}: id ${JSON.stringify(c.id)} is not a lower-case slug`);
      else if (!FEATURE_KINDS.includes(c.kind!)) errors.push(`${at}: kind ${JSON.stringify(c.kind)} is not one of ${FEATURE_KINDS.join(', ')}`);
      else {
        const countries = list(c.countries!).map((k) => checkCountry(k, at, 'countries', false));
        if (countries.includes(undefined)) continue;
        if (checkName(c.name!, at)) {
          const e: SourceEntry = { type: 'LOC', id: c.id!, name: c.name!, aliases: list(c.aliases!), kind: c.kind!, source: relative(root, path), at };
          if (countries.length === 1) e.country = countries[0]!;
          addEntry(e);
        }
      }
    }
  }
  for (const path of files(join(data, 'people'), /\.tsv$/)) {
    for (const { cells: c, at } of read(path, ['id', 'name', 'aliases', 'country', 'role', 'en'])) {
      if (!SLUG.test(c.id!)) errors.push(`${at}: id ${JSON.stringify(c.id)} is not a lower-case slug`);
      else {
        const country = checkCountry(c.country!, at, 'country', false);
        if (c.country && !country) continue;
        if (checkName(c.name!, at)) {
          const e: SourceEntry = { type: 'PER', id: c.id!, name: c.name!, aliases: list(c.aliases!), source: relative(root, path), at };
          if (country) e.country = country;
          addEntry(e);
        }
      }
    }
  }
  for (const path of files(join(data, 'organizations'), /\.tsv$/)) {
    for (const { cells: c, at } of read(path, ['id', 'name', 'aliases', 'kind', 'country', 'en'])) {
      if (!SLUG.test(c.id!)) errors.push(`${at}: id ${JSON.stringify(c.id)} is not a lower-case slug`);
      else if (!ORG_KINDS.includes(c.kind!)) errors.push(`${at}: kind ${JSON.stringify(c.kind)} is not one of ${ORG_KINDS.join(', ')}`);
      else {
        const country = checkCountry(c.country!, at, 'country', false);
        if (c.country && !country) continue;
        if (checkName(c.name!, at)) {
          const e: SourceEntry = { type: 'ORG', id: c.id!, name: c.name!, aliases: list(c.aliases!), kind: c.kind!, source: relative(root, path), at };
          if (country) e.country = country;
          addEntry(e);
        }
      }
    }
  }
  for (const path of files(join(data, 'names'), /^given\.tsv$/)) {
    for (const { cells: c, at } of read(path, ['name', 'gender', 'variants'])) {
      if (!['m', 'f', 'u'].includes(c.gender!)) errors.push(`${at}: gender ${JSON.stringify(c.gender)} is not m, f or u`);
      else if (checkName(c.name!, at)) out.given.push({ name: c.name!, gender: c.gender as 'm' | 'f' | 'u', variants: list(c.variants!), at });
    }
  }
  for (const path of files(join(data, 'names'), /^family\.tsv$/)) {
    for (const { cells: c, at } of read(path, ['name', 'variants'])) {
      if (checkName(c.name!, at)) out.family.push({ name: c.name!, variants: list(c.variants!), at });
    }
  }
  for (const path of files(join(data, 'lexicon'), /^demonyms\.tsv$/)) {
    const seen = new Map<string, string>();
    for (const { cells: c, at } of read(path, ['country', 'masc', 'fem', 'plural', 'en'])) {
      const country = checkCountry(c.country!, at, 'country', true);
      if (!country || !checkName(c.masc!, at, 'masc') || !checkName(c.fem!, at, 'fem')) continue;
      if (seen.has(country)) warnings.push(`${at}: country ${country} already has demonyms (${seen.get(country)})`);
      seen.set(country, at);
      out.demonyms.push({ country, masc: list(c.masc!), fem: list(c.fem!), plural: list(c.plural!), en: c.en!, at });
    }
  }
  for (const path of files(join(data, 'lexicon'), /^triggers\.tsv$/)) {
    for (const { cells: c, at } of read(path, ['phrase', 'kind', 'type', 'note'])) {
      if (!TRIGGER_KINDS.includes(c.kind!)) errors.push(`${at}: kind ${JSON.stringify(c.kind)} is not one of ${TRIGGER_KINDS.join(', ')}`);
      else if (!TYPES.includes(c.type!)) errors.push(`${at}: type ${JSON.stringify(c.type)} is not PER, LOC or ORG`);
      else if (checkName(c.phrase!, at, 'phrase')) out.triggers.push({ phrase: c.phrase!, kind: c.kind!, type: c.type as EntityType, at });
    }
  }
  out.common = wordList(root, join(data, 'lexicon', 'common-words.txt'), out);
  out.ambiguous = wordList(root, join(data, 'lexicon', 'ambiguous.txt'), out);

  // Every remaining cell that ends up in the encoded module must be free of the separators.
  for (const e of out.entries) {
    for (const s of [e.name, ...e.aliases]) if (/[\t\n|]/.test(s)) errors.push(`${e.at}: ${JSON.stringify(s)} contains a separator`);
  }
  // In reading order: by file, then by line.
  const order = (m: string): [number, number] => {
    const [, file, line] = /^(.*?):(\d+):/.exec(m) ?? [];
    return [file ? out.files.indexOf(file) : -1, Number(line ?? 0)];
  };
  out.errors.sort((a, b) => {
    const [fa, la] = order(a);
    const [fb, lb] = order(b);
    return fa - fb || la - lb;
  });
  return out;
}
