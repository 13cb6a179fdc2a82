// `npm run gazetteer`: builds src/gazetteer/generated/{builtin,lexicon}.ts and the contents tables of docs/data-and-licences.md
// from CLDR, i18n-iso-countries and the curated files under data/. Deterministic: same inputs, same bytes.
//
//   npx tsx scripts/build-gazetteer.ts [--skip-invalid] [--check]
//
// --skip-invalid  drop invalid data lines (with a warning) instead of failing; for work in progress.
// --check         build in memory and fail if the committed files differ (CI).
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { EncodedIndex, encodeBuiltin, splitEncoded, type EncodedGazetteer } from '../src/gazetteer/encoding.js';
import { BuiltinLexicon, demonymForms } from '../src/gazetteer/lexicon.js';
import { surnameTable } from '../src/gazetteer/surnames.js';
import { knownNameKeys } from '../src/search/known-names.js';
import { normalize } from '../src/gazetteer/text.js';
import { keyTokens } from '../src/gazetteer/trie.js';
import type { GazetteerEntry } from '../src/gazetteer/types.js';
import { CLDR, CORRECTED_ZONES, EXCLUDED_ZONES, I18N, i18nNames, loadExemplarCities, loadTerritories } from './gazetteer-cldr.js';
import { ISO_CODES, loadCurated, type CuratedData, type SourceEntry } from './gazetteer-data.js';
import { linkTables, loadLinkData } from './gazetteer-links.js';
import { loadWordLists, wordListsModule } from './gazetteer-word-lists.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');

/** The key of a spelling: its tokens in 'search' form, joined by one space. */
export const keyOf = (s: string): string => keyTokens(s).join(' ');
const search = (s: string): string => normalize(s, 'search');

interface Built {
  entries: GazetteerEntry[];
  /** Single-token spellings listed as ambiguous or common words. */
  ambiguous: string[];
  encoded: EncodedGazetteer;
  lexicon: { given: string; family: string; common: string; demonyms: string; triggers: string };
  stats: Stats;
  warnings: string[];
}

interface Stats {
  /** type → source → entries. */
  entries: Map<string, Map<string, number>>;
  /** source → spellings (names and aliases) it contributed after de-duplication. */
  spellings: Map<string, number>;
  lexicon: Array<[string, number]>;
  ambiguousEntries: number;
  excludedZones: number;
  correctedZones: number;
  countryNamedZones: number;
}

const KIND_RANK: Record<string, number> = { country: 0, territory: 1, region: 2, subdivision: 3, city: 4 };
const TYPE_RANK: Record<string, number> = { LOC: 0, ORG: 1, PER: 2 };

function sortEntries(list: SourceEntry[]): SourceEntry[] {
  return list.sort(
    (a, b) =>
      TYPE_RANK[a.type]! - TYPE_RANK[b.type]! ||
      (KIND_RANK[a.kind ?? ''] ?? 9) - (KIND_RANK[b.kind ?? ''] ?? 9) ||
      (a.kind ?? '').localeCompare(b.kind ?? '', 'en') ||
      (a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
  );
}

/** Merges `from`'s spellings into `into` (the curated entry wins the name and the fields). */
function mergeInto(into: SourceEntry, from: SourceEntry, spellingSource: Map<string, string>): void {
  for (const s of [from.name, ...from.aliases]) {
    if (!spellingSource.has(`${into.id}\u0000${keyOf(s)}`)) spellingSource.set(`${into.id}\u0000${keyOf(s)}`, from.source);
    into.aliases.push(s);
  }
  if (!into.country && from.country) into.country = from.country;
}

export function build(curated: CuratedData): Built {
  const warnings = [...curated.warnings];
  const byId = new Map<string, SourceEntry>();
  const spellingSource = new Map<string, string>(); // `${id}\0${key}` → source of that spelling
  const claim = (e: SourceEntry): void => {
    for (const s of [e.name, ...e.aliases]) {
      const k = `${e.id}\u0000${keyOf(s)}`;
      if (!spellingSource.has(k)) spellingSource.set(k, e.source);
    }
  };
  for (const e of curated.entries) {
    const copy = { ...e, aliases: [...e.aliases] };
    byId.set(e.id, copy);
    claim(copy);
  }

  const curatedLocByKey = new Map<string, SourceEntry>();
  for (const e of byId.values()) {
    if (e.type === 'LOC') for (const s of [e.name, ...e.aliases]) if (!curatedLocByKey.has(keyOf(s))) curatedLocByKey.set(keyOf(s), e);
  }
  // CLDR territories (+ i18n-iso-countries names): the curated entry of the same id wins.
  const territories = loadTerritories(ISO_CODES);
  const i18n = i18nNames();
  for (const t of territories) {
    // Mark the spellings that only i18n-iso-countries has.
    for (const s of t.aliases) {
      const k = `${t.id}\u0000${keyOf(s)}`;
      if (i18n.get(t.id)?.includes(s) && !spellingSource.has(k)) spellingSource.set(k, I18N);
    }
    // A CLDR region (شرق آسيا) joins the curated feature of the same spelling.
    const prev = byId.get(t.id) ?? (t.kind === 'region' ? curatedLocByKey.get(keyOf(t.name)) : undefined);
    if (prev) mergeInto(prev, t, spellingSource);
    else {
      byId.set(t.id, t);
      claim(t);
    }
  }

  // Keys of every country's spellings, to drop exemplar cities named like their country.
  const countryKeys = new Map<string, Set<string>>();
  for (const t of territories) {
    if (t.kind !== 'country' && t.kind !== 'territory') continue;
    const set = countryKeys.get(t.id) ?? new Set<string>();
    for (const s of [t.name, ...t.aliases]) set.add(keyOf(s));
    countryKeys.set(t.id, set);
  }
  const cities = loadExemplarCities(countryKeys, keyOf);
  // Curated places by (key, country) so that CLDR's بغداد joins the curated iq-baghdad whatever its id.
  const placeByKey = new Map<string, SourceEntry>();
  for (const e of byId.values()) {
    if (e.type !== 'LOC' || (e.kind !== 'city' && e.kind !== 'subdivision')) continue;
    for (const s of [e.name, ...e.aliases]) {
      placeByKey.set(`${keyOf(s)}\u0000${e.country ?? ''}`, e);
      if (!placeByKey.has(`${keyOf(s)}\u0000*`)) placeByKey.set(`${keyOf(s)}\u0000*`, e);
    }
  }
  for (const c of cities.entries) {
    const prev = byId.get(c.id) ?? placeByKey.get(`${keyOf(c.name)}\u0000${c.country ?? '*'}`);
    if (prev && prev.type === 'LOC') mergeInto(prev, c, spellingSource);
    else if (prev) warnings.push(`${c.at}: id ${c.id} is already used by ${prev.at}; exemplar city left out`);
    else {
      byId.set(c.id, c);
      claim(c);
    }
  }

  // De-duplicate spellings by key inside each entry; count spellings per source.
  const stats: Stats = {
    entries: new Map(),
    spellings: new Map(),
    lexicon: [],
    ambiguousEntries: 0,
    excludedZones: cities.excluded.length,
    correctedZones: cities.corrected.length,
    countryNamedZones: cities.countryNamed.length,
  };
  const list = sortEntries([...byId.values()]);
  const keyUse = new Map<string, SourceEntry[]>();
  for (const e of list) {
    const seen = new Set<string>();
    const kept: string[] = [];
    for (const s of [e.name, ...e.aliases]) {
      const k = keyOf(s);
      if (!k) {
        warnings.push(`${e.at}: spelling ${JSON.stringify(s)} has nothing to match; dropped`);
        continue;
      }
      if (seen.has(k)) continue;
      seen.add(k);
      kept.push(s);
      const src = spellingSource.get(`${e.id}\u0000${k}`) ?? e.source;
      stats.spellings.set(src, (stats.spellings.get(src) ?? 0) + 1);
      const users = keyUse.get(k) ?? [];
      users.push(e);
      keyUse.set(k, users);
    }
    e.aliases = kept.slice(1);
    const bySource = stats.entries.get(e.type) ?? new Map<string, number>();
    bySource.set(e.source, (bySource.get(e.source) ?? 0) + 1);
    stats.entries.set(e.type, bySource);
  }
  // Same spelling, type, country and kind in two entries: most likely a duplicate in the data.
  for (const [k, users] of keyUse) {
    for (let i = 1; i < users.length; i++) {
      const a = users[0]!;
      const b = users[i]!;
      if (a.type === b.type && a.kind === b.kind && a.country === b.country && a.source !== CLDR) {
        warnings.push(`${b.at}: ${JSON.stringify(k)} is also a spelling of ${a.id} (${a.at}); duplicate entry?`);
      }
    }
  }

  // Ambiguity (README, Gazetteer): a single-token spelling is ambiguous when it is a lone personal
  // name, is listed in ambiguous.txt or common-words.txt, or is a nationality adjective (العراقية is
  // also a channel and a list), except that a country keeps its own name (السعودية, سورية).
  const demonymForms = curated.demonyms.flatMap((d) => {
    const forms = [...d.masc, ...d.fem, ...d.plural, ...d.fem.filter((f) => f.endsWith('ة')).map((f) => f.slice(0, -1) + 'ات')];
    return [...forms, ...forms.map((f) => 'ال' + f)];
  });
  const listed = new Set([...curated.ambiguous, ...curated.common].map(keyOf));
  const demonymKeys = new Set(demonymForms.map(keyOf));
  const isAmbiguous = (key: string, e: { type: string; kind?: string | undefined }): boolean =>
    !key.includes(' ') && (e.type === 'PER' || listed.has(key) || (demonymKeys.has(key) && e.kind !== 'country' && e.kind !== 'territory'));
  const ambiguous = [...keyUse.keys()].filter((k) => !k.includes(' ') && (listed.has(k) || demonymKeys.has(k))).sort();
  const unused = curated.ambiguous.filter((a) => !keyUse.has(keyOf(a)));
  // Expected: the list also guards names the curated data may add later.
  if (unused.length) console.log(`note: ${unused.length} of ${curated.ambiguous.length} words of data/lexicon/ambiguous.txt are not (yet) the spelling of any entry`);
  const entries: GazetteerEntry[] = list.map((e) => {
    const out: GazetteerEntry = { name: e.name, type: e.type, id: e.id, aliases: e.aliases };
    if (e.country) out.country = e.country;
    if (e.kind) out.kind = e.kind;
    const k = keyOf(e.name);
    if (isAmbiguous(k, e)) {
      out.ambiguous = true;
      stats.ambiguousEntries++;
    }
    return out;
  });

  // The lexicon, already in 'search' form (the runtime looks words up as they are).
  const uniq = (xs: Iterable<string>): string[] => [...new Set(xs)].filter(Boolean).sort();
  const givenByGender = new Map<string, Set<string>>();
  for (const g of curated.given) {
    const set = givenByGender.get(g.gender) ?? new Set<string>();
    for (const s of [g.name, ...g.variants]) set.add(keyOf(s));
    givenByGender.set(g.gender, set);
  }
  const given = ['m', 'f', 'u'].filter((g) => givenByGender.has(g)).map((g) => `${g}\t${uniq(givenByGender.get(g)!).join('|')}`);
  const family = uniq(curated.family.flatMap((f) => [f.name, ...f.variants].map(keyOf)));
  const common = uniq(curated.common.map(keyOf));
  const demonyms = [...curated.demonyms]
    .sort((a, b) => (a.country < b.country ? -1 : a.country > b.country ? 1 : 0))
    .map((d) => [d.country, uniq(d.masc.map(search)).join('|'), uniq(d.fem.map(search)).join('|'), uniq(d.plural.map(search)).join('|')].join('\t'));
  const triggers = uniq(curated.triggers.map((t) => `${t.phrase}\t${t.kind}\t${t.type}\t${keyOf(t.phrase)}`));
  stats.lexicon = [
    ['given names (search forms)', [...givenByGender.values()].reduce((n, s) => n + s.size, 0)],
    ['family names (search forms)', family.length],
    ['common words', common.length],
    ['demonym rows (countries)', demonyms.length],
    ['trigger phrases', triggers.length],
    ['ambiguous single-token spellings', ambiguous.length],
  ];
  const encoded = encodeBuiltin(entries, keyOf, isAmbiguous);
  return {
    entries,
    ambiguous,
    encoded,
    lexicon: { given: given.join('\n'), family: family.join('\n'), common: common.join('\n'), demonyms: demonyms.join('\n'), triggers: triggers.join('\n') },
    stats,
    warnings,
  };
}

export const HEADER = '// Generated by scripts/build-gazetteer.ts (`npm run gazetteer`). Do not edit: edit data/ and re-run.\n';

function moduleText(consts: Array<[string, string, string]>): string {
  return HEADER + consts.map(([name, doc, value]) => `\n/** ${doc} */\nexport const ${name}: string =\n  ${JSON.stringify(value)};\n`).join('');
}

/** Common words a part (src/gazetteer/common-words.ts). */
const COMMON_PER_PART = 256;

/** The lexicon's module; the common words (sorted) in parts, read a part at a time. */
export function lexiconModuleText(lexicon: Built['lexicon']): string {
  const words = lexicon.common ? lexicon.common.split('\n') : [];
  if (words.some((w, i) => i > 0 && words[i - 1]! >= w)) throw new RangeError('the common words must be sorted and distinct');
  const parts: string[] = [];
  for (let i = 0; i < words.length; i += COMMON_PER_PART) parts.push(words.slice(i, i + COMMON_PER_PART).join('\n'));
  const firsts = parts.map((p) => p.split('\n')[0]!);
  return [
    moduleText([
      ['GIVEN', "Given names ('search' form), one gender a line: m|f|u, tab, the names separated by |.", lexicon.given],
      ['FAMILY', "Family names ('search' form), one a line.", lexicon.family],
      ['COMMON_FIRSTS', 'The first word of each part of the common words, one a line.', firsts.join('\n')],
      ['DEMONYM_FORMS', "Every nationality adjective without ال, feminine plurals included, sorted: form · country · m|f|p|q (src/gazetteer/lexicon.ts, demonymForms); a form with ال reads as the form without it, definite.", demonymForms(lexicon.demonyms)],
      ['TRIGGERS', "Trigger phrases: phrase as written · kind · type · key ('search' tokens joined by a space).", lexicon.triggers],
    ]),
    `const COMMON_PARTS: readonly string[] = [\n${parts.map((p) => `  ${JSON.stringify(p)},\n`).join('')}];\n`,
    `/** Part k of the common words that are never a name on their own ('search' form, sorted), ${COMMON_PER_PART} a part, one a line. */`,
    'export function commonPart(k: number): string | undefined {\n  return COMMON_PARTS[k];\n}\n',
  ].join('\n');
}

/**
 * The built-in gazetteer's module: the entries and the index in parts (src/gazetteer/encoding.ts,
 * `splitEncoded`), each part returned by a function of its number, so that the build can put every
 * part in a file of its own, read when a lookup first needs it.
 */
export function builtinModuleText(encoded: EncodedGazetteer): string {
  const parts = splitEncoded(encoded);
  const list = (values: string[]) => `[\n${values.map((v) => `  ${JSON.stringify(v)},\n`).join('')}]`;
  return [
    HEADER,
    `/** Number of entries; entry n is line n % ENTRIES_PER_PART of entryPart(floor(n / ENTRIES_PER_PART)). */\nexport const ENTRY_COUNT: number = ${parts.entryCount};\n`,
    `/** Entries in each part but the last. */\nexport const ENTRIES_PER_PART: number = ${parts.entriesPerPart};\n`,
    `/** The first key of each part of the index, one a line. */\nexport const INDEX_FIRSTS: string =\n  ${JSON.stringify(parts.indexFirsts.join('\n'))};\n`,
    `const ENTRY_PARTS: readonly string[] = ${list(parts.entryParts)};\n`,
    '/** Part k of the built-in entries, one a line: type (P/L/O) · id · name · aliases (|) · country · kind · flags (a = ambiguous name). */',
    'export function entryPart(k: number): string | undefined {\n  return ENTRY_PARTS[k];\n}\n',
    `const INDEX_PARTS: readonly string[] = ${list(parts.indexParts)};\n`,
    "/** Part k of the index: one key a line ('search' tokens joined by a space), tab, entry numbers (,); ~n is entry n with `ambiguous` the other way round. Front-coded, every 16th key whole (src/gazetteer/encoding.ts). */",
    'export function indexPart(k: number): string | undefined {\n  return INDEX_PARTS[k];\n}\n',
  ].join('\n');
}

/** The entries table: one row per source, one column per type. */
function entriesTable(b: Built): string[] {
  const sources = [...new Set([...b.stats.entries.values()].flatMap((m) => [...m.keys()]))].sort((a, c) => (a === CLDR ? -1 : c === CLDR ? 1 : a < c ? -1 : 1));
  const types = ['LOC', 'ORG', 'PER'].filter((t) => b.stats.entries.has(t));
  const total = (t: string): number => [...(b.stats.entries.get(t)?.values() ?? [])].reduce((n, x) => n + x, 0);
  const lines = [`| source | ${types.join(' | ')} | total |`, `|---|${types.map(() => '---:').join('|')}|---:|`];
  for (const s of sources) {
    const row = types.map((t) => b.stats.entries.get(t)?.get(s) ?? 0);
    lines.push(`| ${s === CLDR ? 'CLDR 48 (territories, regions, exemplar cities)' : '`' + s + '`'} | ${row.join(' | ')} | ${row.reduce((n, x) => n + x, 0)} |`);
  }
  lines.push(`| **total** | ${types.map((t) => `**${total(t)}**`).join(' | ')} | **${b.entries.length}** |`);
  return lines;
}

function statsMarkdown(b: Built, files: string[], sizes: Array<[string, number, number]>): string {
  const lines: string[] = [];
  lines.push('<!-- Generated by scripts/build-gazetteer.ts (`npm run gazetteer`) between the stats markers. Do not edit. -->', '');
  lines.push('Entries by type and by the source that created them (a curated entry may also carry CLDR or i18n-iso-countries spellings):', '');
  lines.push(...entriesTable(b), '');
  lines.push('Spellings (names and aliases, distinct in the \'search\' normalisation) by source:', '');
  lines.push('| source | spellings |', '|---|---:|');
  for (const [s, n] of [...b.stats.spellings].sort((a, c) => c[1] - a[1] || (a[0] < c[0] ? -1 : 1))) lines.push(`| ${s === CLDR ? 'CLDR' : s === I18N ? 'i18n-iso-countries' : '`' + s + '`'} | ${n} |`);
  lines.push(`| **total** | **${[...b.stats.spellings.values()].reduce((n, x) => n + x, 0)}** |`, '');
  lines.push(`Entries flagged \`ambiguous\` (by their name): ${b.stats.ambiguousEntries}. CLDR exemplar cities: ${b.stats.correctedZones} corrected, ${b.stats.excludedZones} excluded, ${b.stats.countryNamedZones} left out because they repeat their country's name.`, '');
  lines.push('Lexicon (evidence for the recogniser, not entities):', '', '| list | count |', '|---|---:|');
  for (const [k, n] of b.stats.lexicon) lines.push(`| ${k} | ${n} |`);
  lines.push('', 'Generated module size:', '', '| file | bytes | gzipped |', '|---|---:|---:|');
  for (const [f, n, gz] of sizes) lines.push(`| \`${f}\` | ${n.toLocaleString('en')} | ${gz.toLocaleString('en')} |`);
  lines.push('', 'Licences of the generated sources: CLDR (`cldr-localenames-full`, `cldr-dates-full`, `cldr-core` 48.2.0) — Unicode License v3; `i18n-iso-countries` 7.14.0 — MIT; the curated files under `data/` — written for this project, MIT.', '');
  lines.push(`Curated files read: ${files.length ? files.map((f) => '`' + f + '`').join(', ') : 'none'}.`, '');
  return lines.join('\n');
}

function main(): void {
  const args = new Set(process.argv.slice(2));
  const curated = loadCurated(root);
  if (curated.errors.length) {
    const head = `${curated.errors.length} error(s) in data/:\n  ${curated.errors.join('\n  ')}`;
    if (!args.has('--skip-invalid')) {
      console.error(head + '\n(fix them, or run with --skip-invalid to leave those lines out)');
      process.exit(1);
    }
    console.warn(head + '\n(--skip-invalid: those lines are left out)');
  }
  const b = build(curated);
  for (const w of b.warnings) console.warn(`warning: ${w}`);

  const builtin = builtinModuleText(b.encoded);
  const lexicon = lexiconModuleText(b.lexicon);
  // Linking data (src/ner/link): heads that choose among entries, surnames, words that are never people.
  const linkData = loadLinkData(root);
  const linkBuilt = linkTables(linkData, b.entries, keyOf);
  const linkErrors = [...linkData.errors, ...linkBuilt.errors];
  if (linkErrors.length) {
    console.error(`${linkErrors.length} error(s) in the linking data:\n  ${linkErrors.join('\n  ')}`);
    if (!args.has('--skip-invalid')) process.exit(1);
  }
  const links = moduleText([
    ['LINK_HEADS', "Heads that choose among the entries of a name: key · type · kinds (|) · y when the head confirms an ambiguous name.", linkBuilt.heads],
    ['SURNAMES', 'Who a surname alone means when several people share it: key · person id.', linkBuilt.surnames],
    ['NEVER_PEOPLE', 'Words that are never a person: key · a (anywhere) or l (alone).', linkBuilt.neverPeople],
    ['MATCH_WORDS', 'Words of a sports match: key · verb | versus | noun | club | prefix | suffix | after.', linkBuilt.matchWords],
  ]);
  const outDir = join(root, 'src', 'gazetteer', 'generated');
  const outputs: Array<[string, string]> = [
    ['src/gazetteer/generated/builtin.ts', builtin],
    ['src/gazetteer/generated/lexicon.ts', lexicon],
  ];
  const sizes = outputs.map(([f, text]): [string, number, number] => [f, Buffer.byteLength(text), gzipSync(text, { level: 9 }).length]);
  outputs.push(['src/gazetteer/generated/links.ts', links]); // a few KB: left out of the size tables
  // The recogniser's word lists (data/lexicon/lists/*.txt), keyed like everything else.
  const listErrors: string[] = [];
  const wordLists = loadWordLists(root, keyOf, listErrors);
  if (listErrors.length) {
    console.error(`${listErrors.length} error(s) in data/lexicon/lists:\n  ${listErrors.join('\n  ')}`);
    if (!args.has('--skip-invalid')) process.exit(1);
  }
  const nasabParticles = new Set(wordLists.find((l) => l.name === 'nasab-particles')?.keys);
  // Tables the runtime would otherwise derive from every entry on the first analyze (decoding all
  // of them): the surname index and the one-word names that segmentation keeps whole.
  const index = new EncodedIndex(b.encoded);
  const decoded = index.list();
  const known = knownNameKeys(decoded, false);
  const knownSet = new Set(known);
  const derived = moduleText([
    ['SURNAME_INDEX', "Surnames of the gazetteer's people (src/gazetteer/surnames.ts): key · entry numbers (,) · the entry data/lexicon/surnames.tsv chooses.", surnameTable(decoded, new BuiltinLexicon(b.lexicon), linkBuilt.surnames, nasabParticles)],
    ['KNOWN_NAMES', "One-word names of the gazetteer ('search' form), ambiguous entries left out (src/search/known-names.ts).", known.join('\n')],
  ]);
  outputs.push(['src/gazetteer/generated/derived.ts', derived]); // derived from the two above
  // The names only the ambiguous entries add, in a module of their own: only the stemmer reads them
  // (knownNames with ambiguous: true), so the recogniser's bundle does not carry them.
  const ambiguousNames = moduleText([
    ['KNOWN_NAMES_AMBIGUOUS', 'The one-word names that only the ambiguous entries add (src/search/stem.ts).', knownNameKeys(decoded, true).filter((k) => !knownSet.has(k)).join('\n')],
  ]);
  outputs.push(['src/gazetteer/generated/ambiguous-names.ts', ambiguousNames]);
  outputs.push(['src/gazetteer/generated/word-lists.ts', wordListsModule(HEADER, wordLists)]);
  const stats = statsMarkdown(b, curated.files, sizes);
  // The contents tables live in docs/data-and-licences.md, between its stats markers.
  const docs = join(root, 'docs', 'data-and-licences.md');
  if (existsSync(docs)) {
    const text = readFileSync(docs, 'utf8');
    const next = text.replace(/(<!-- stats:start -->\n)[\s\S]*?(<!-- stats:end -->)/, () => `<!-- stats:start -->\n${stats}<!-- stats:end -->`);
    outputs.push(['docs/data-and-licences.md', next]);
  }

  if (args.has('--check')) {
    const stale = outputs.filter(([f, text]) => !existsSync(join(root, f)) || readFileSync(join(root, f), 'utf8') !== text).map(([f]) => f);
    if (stale.length) {
      console.error(`out of date: ${stale.join(', ')} (run npm run gazetteer)`);
      process.exit(1);
    }
    console.log('generated gazetteer files are up to date');
    return;
  }
  mkdirSync(outDir, { recursive: true });
  for (const [f, text] of outputs) writeFileSync(join(root, f), text);
  console.log(stats.replace(/<!--.*-->\n\n/, ''));
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) main();
