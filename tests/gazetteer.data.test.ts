import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { build, builtinModuleText } from '../scripts/build-gazetteer.js';
import { FEATURE_KINDS, loadCurated } from '../scripts/gazetteer-data.js';
import { builtinParts } from '../src/gazetteer/builtin.js';
import { EncodedIndex } from '../src/gazetteer/encoding.js';
import { TRIGGERS } from '../src/gazetteer/generated/lexicon.js';
import { keyTokens } from '../src/gazetteer/trie.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');

describe('the curated data under data/', () => {
  const curated = loadCurated(root);

  it('every file parses and validates (run `npm run gazetteer` for the messages)', () => {
    expect(curated.errors).toEqual([]);
  });

  it('the generated module is up to date with the data and the sources', () => {
    const b = build(curated);
    const committed = readFileSync(join(root, 'src/gazetteer/generated/builtin.ts'), 'utf8');
    expect(builtinModuleText(b.encoded) === committed, 'src/gazetteer/generated/builtin.ts is stale: run npm run gazetteer').toBe(true);
  });

  it('the stored keys are what the normaliser and the tokenizer give today', () => {
    const index = new EncodedIndex(builtinParts());
    const stored = new Set(index.keyed().map((k) => `${k.key}\u0000${k.entry.id}`));
    const missing: string[] = [];
    for (const e of index.list()) {
      for (const s of [e.name, ...e.aliases]) {
        const key = keyTokens(s).join(' ');
        if (!stored.has(`${key}\u0000${e.id}`)) missing.push(`${e.id}: ${s} → ${key}`);
      }
    }
    expect(missing).toEqual([]);
    const lex = TRIGGERS.split('\n').map((l) => l.split('\t')).filter(([phrase, , , key]) => keyTokens(phrase!).join(' ') !== key);
    expect(lex).toEqual([]);
  });
});

describe('validation messages name the file and the line', () => {
  const tmp = mkdtempSync(join(tmpdir(), 'tahlil-gaz-'));
  afterAll(() => rmSync(tmp, { recursive: true, force: true }));
  const write = (path: string, text: string): void => {
    mkdirSync(dirname(join(tmp, path)), { recursive: true });
    writeFileSync(join(tmp, path), text);
  };

  it('reports column counts, unknown kinds and types, ISO codes, duplicate ids and bad headers', () => {
    write('data/places/cities-arab.tsv', '# comment\nid\tname\taliases\tcountry\ten\niq-mosul\tالموصل\t\tIQ\tMosul\niq-mosul\tالموصل\t\tIQ\tMosul\nxx-nowhere\tمكان\t\tXX\tNowhere\nsy-homs\tحمص\tSY\tHoms\n');
    write('data/places/cities-world.tsv', 'id\tname\taliases\tcountry\ten\nfr-paris\tباريس\t\tIQ\tParis\n');
    write('data/places/features.tsv', 'id\tname\taliases\tkind\tcountries\ten\nred-sea\tالبحر الأحمر\t\tpuddle\t\tRed Sea\n');
    write('data/organizations/intl.tsv', 'id\tname\taliases\tkind\tcountry\ten\nun\tالأمم المتحدة\t\tintl\t\tUnited Nations\n');
    write('data/people/iq.tsv', 'id\tname\tcountry\trole\ten\n');
    write('data/lexicon/triggers.tsv', 'phrase\tkind\ttype\tnote\nالرئيس\ttitle\tPERSON\tx\n');
    write('data/names/given.tsv', 'name\tgender\tvariants\nمحمد\tx\t\n');
    const c = loadCurated(tmp);
    expect(c.errors).toEqual([
      'data/places/cities-arab.tsv:4: duplicate id "iq-mosul" (first at data/places/cities-arab.tsv:3)',
      'data/places/cities-arab.tsv:5: country "XX" is not an ISO 3166-1 alpha-2 code',
      'data/places/cities-arab.tsv:6: 4 columns, expected 5 (id · name · aliases · country · en)',
      'data/places/cities-world.tsv:2: id fr-paris does not start with the country IQ',
      `data/places/features.tsv:2: kind "puddle" is not one of ${FEATURE_KINDS.join(', ')}`,
      'data/people/iq.tsv:1: header is "id · name · country · role · en", expected "id · name · aliases · country · role · en"',
      'data/names/given.tsv:2: gender "x" is not m, f or u',
      'data/lexicon/triggers.tsv:2: type "PERSON" is not PER, LOC or ORG',
    ]);
    expect(c.entries.map((e) => e.id)).toEqual(['iq-mosul', 'un']);
  });

  it('a missing data directory is not an error', () => {
    const empty = mkdtempSync(join(tmpdir(), 'tahlil-gaz-empty-'));
    const c = loadCurated(empty);
    expect(c.errors).toEqual([]);
    expect(c.entries).toEqual([]);
    rmSync(empty, { recursive: true, force: true });
  });
});
