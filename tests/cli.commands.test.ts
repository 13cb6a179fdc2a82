// The built command line (dist/cli/main.js) on the fixtures: every format, order, errors and exit codes.
import { chmodSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseConll } from '../src/cli/conll.js';
import { ensureBuilt, fixtureFiles, ROOT, runCli } from './helpers/cli.js';

let tmp: string;
const texts = () => fixtureFiles().map((f) => readFileSync(join(ROOT, f), 'utf8'));

/** A JSONL corpus of `n` documents cut from the fixtures (paragraphs), ids doc-0 … doc-(n-1). */
function corpus(n: number): { id: string; text: string }[] {
  const paragraphs = texts().flatMap((t) => t.split('\n').filter((l) => l.trim() !== ''));
  return Array.from({ length: n }, (_, i) => ({ id: `doc-${i}`, text: paragraphs[i % paragraphs.length]! }));
}
const jsonl = (docs: object[]) => docs.map((d) => JSON.stringify(d)).join('\n') + '\n';
const lines = (s: string) => s.split('\n').filter((l) => l !== '');

beforeAll(async () => {
  await ensureBuilt();
  tmp = mkdtempSync(join(tmpdir(), 'tahlil-cli-'));
});
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

describe('tahlil (global)', () => {
  it('--version prints the package version', async () => {
    const r = await runCli(['--version']);
    expect(r.code).toBe(0);
    expect(r.stdout.trim()).toBe(JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')).version);
  });

  it('--help lists the commands; every command has --help with examples', async () => {
    const r = await runCli(['--help']);
    expect(r.code).toBe(0);
    for (const c of ['analyze', 'eval', 'render', 'normalize', 'tokenize', 'sentences', 'demo']) {
      expect(r.stdout).toContain(c);
      const h = await runCli([c, '--help']);
      expect(h.code, c).toBe(0);
      expect(h.stdout, c).toMatch(new RegExp(`usage: tahlil ${c}`));
      expect(h.stdout, c).toContain('examples:');
    }
  });

  it('no command, an unknown command or an option before the command: usage on stderr, exit 2', async () => {
    for (const args of [[], ['frobnicate'], ['--frob']]) {
      const r = await runCli(args);
      expect(r.code, args.join(' ')).toBe(2);
      expect(r.stdout).toBe('');
      expect(r.stderr).toMatch(/usage|unknown/);
    }
    expect((await runCli(['frobnicate'])).stderr).toContain("unknown command 'frobnicate'");
  });
});

describe('tahlil analyze', () => {
  it('one file → one JSON document whose entities slice the text', async () => {
    const [file] = fixtureFiles();
    const r = await runCli(['analyze', file!]);
    expect(r.code).toBe(0);
    const doc = JSON.parse(r.stdout);
    expect(doc.id).toBe(file);
    const text = readFileSync(join(ROOT, file!), 'utf8');
    expect(doc.entities.length).toBeGreaterThan(0);
    for (const e of doc.entities) expect(text.slice(e.start, e.end)).toBe(e.text);
    for (const key of ['people', 'places', 'organisations']) expect(Array.isArray(doc[key])).toBe(true);
    expect(doc.people.reduce((n: number, p: { count: number }) => n + p.count, 0)).toBe(doc.entities.filter((e: { type: string }) => e.type === 'PER').length);
  });

  it('several files → JSONL, one line per file in order, ids are the paths, summaries without mentions', async () => {
    const files = [...fixtureFiles(), ...fixtureFiles()];
    const r = await runCli(['analyze', ...files]);
    expect(r.code).toBe(0);
    const docs = lines(r.stdout).map((l) => JSON.parse(l));
    expect(docs.map((d) => d.id)).toEqual(files);
    for (const d of docs) {
      expect(Object.keys(d)).toEqual(['id', 'entities', 'people', 'places', 'organisations']);
      for (const e of d.entities) expect(Object.keys(e).slice(0, 5)).toEqual(['start', 'end', 'type', 'text', 'norm']);
      for (const s of [...d.people, ...d.places, ...d.organisations]) {
        expect(s).not.toHaveProperty('mentions');
        expect(s.count).toBeGreaterThan(0);
      }
    }
  });

  it('standard input is one document', async () => {
    const r = await runCli(['analyze', '--format', 'jsonl'], { input: 'التقى الفياض بالرئيس السوري بشار الأسد في دمشق' });
    expect(r.code).toBe(0);
    const doc = JSON.parse(r.stdout);
    expect(doc.id).toBe('-');
    expect(doc.entities.map((e: { text: string }) => e.text)).toContain('دمشق');
  });

  it('--input jsonl keeps input order and ids, the same with --workers 2', async () => {
    const docs = corpus(400);
    const input = jsonl(docs);
    const one = await runCli(['analyze', '--input', 'jsonl'], { input });
    const two = await runCli(['analyze', '--input', 'jsonl', '--workers', '2'], { input });
    expect(one.code).toBe(0);
    expect(two.code).toBe(0);
    expect(lines(one.stdout).map((l) => JSON.parse(l).id)).toEqual(docs.map((d) => d.id));
    expect(two.stdout).toBe(one.stdout);
    expect(one.stderr).toBe(''); // no progress line when stderr is not a terminal
  });

  it('--types filters entities and summaries', async () => {
    const r = await runCli(['analyze', '--types', 'LOC', fixtureFiles()[0]!]);
    const doc = JSON.parse(r.stdout);
    expect(doc.entities.length).toBeGreaterThan(0);
    expect(new Set(doc.entities.map((e: { type: string }) => e.type))).toEqual(new Set(['LOC']));
    expect(doc.people).toEqual([]);
    expect(doc.organisations).toEqual([]);
  });

  it('--format tsv: a header and one row per entity', async () => {
    const file = fixtureFiles()[0]!;
    const json = JSON.parse((await runCli(['analyze', file])).stdout);
    const r = await runCli(['analyze', '--format', 'tsv', file]);
    expect(r.code).toBe(0);
    const rows = lines(r.stdout).map((l) => l.split('\t'));
    expect(rows[0]).toEqual(['id', 'start', 'end', 'type', 'text', 'canonical', 'entity_id', 'source']);
    expect(rows.length - 1).toBe(json.entities.length);
    for (const row of rows.slice(1)) expect(row).toHaveLength(8);
    expect(rows[1]!.slice(0, 5)).toEqual([file, String(json.entities[0].start), String(json.entities[0].end), json.entities[0].type, json.entities[0].text]);
  });

  it('--format conll: token<TAB>tag lines, B- before I-, one B- per entity, readable by the CoNLL reader', async () => {
    const file = fixtureFiles()[0]!;
    const json = JSON.parse((await runCli(['analyze', file])).stdout);
    const r = await runCli(['analyze', '--format', 'conll', file]);
    expect(r.code).toBe(0);
    expect(r.stdout.startsWith(`# id = ${file}\n`)).toBe(true);
    const tags = lines(r.stdout).filter((l) => !l.startsWith('# ')).map((l) => l.split('\t')[1]);
    expect(tags.every((t) => /^(O|[BI]-(PER|LOC|ORG))$/.test(t!))).toBe(true);
    expect(tags.filter((t) => t!.startsWith('B-')).length).toBe(json.entities.length);
    const sentences = parseConll(r.stdout);
    expect(sentences.length).toBeGreaterThan(1);
    expect(sentences.flatMap((s) => s.entities).length).toBe(json.entities.length);
  });

  it('--format conll: a name that runs over a line break stays in one sentence, so no sentence opens with I-', async () => {
    // A multi-word name matches across one line break (docs/entities.md) and a sentence ends at
    // every line break: the blank line was written between بشار B-PER and الأسد I-PER, and the
    // CoNLL reader then read two entities where the JSON output has one.
    const input = 'التقى الرئيس بشار\nالأسد في دمشق\nثم عاد';
    const json = JSON.parse((await runCli(['analyze'], { input })).stdout);
    expect(json.entities.map((e: { text: string }) => e.text)).toEqual(['بشار\nالأسد', 'دمشق']);
    const r = await runCli(['analyze', '--format', 'conll'], { input });
    expect(r.stdout).toBe('# id = -\nالتقى\tO\nالرئيس\tO\nبشار\tB-PER\nالأسد\tI-PER\nفي\tO\nدمشق\tB-LOC\n\nثم\tO\nعاد\tO\n\n');
    expect(parseConll(r.stdout).flatMap((s) => s.entities.map((e) => e.text))).toEqual(['بشار الأسد', 'دمشق']);
  });

  it('--format html: one page, every entity marked', async () => {
    const file = fixtureFiles()[0]!;
    const json = JSON.parse((await runCli(['analyze', file])).stdout);
    const r = await runCli(['analyze', '--format', 'html', file]);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^<!DOCTYPE html>\n<html dir="rtl" lang="ar">/);
    expect(r.stdout.match(/<mark /g)?.length).toBe(json.entities.length);
  });

  it('--format json with several documents is one JSON array', async () => {
    const r = await runCli(['analyze', '--format', 'json', ...fixtureFiles()]);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).map((d: { id: string }) => d.id)).toEqual(fixtureFiles());
  });

  it('an empty file is a document with no entities; empty JSONL input gives no output', async () => {
    const empty = join(tmp, 'empty.txt');
    writeFileSync(empty, '');
    const r = await runCli(['analyze', empty]);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)).toMatchObject({ id: empty, entities: [], people: [] });
    const j = await runCli(['analyze', '--input', 'jsonl', empty]);
    expect(j).toEqual({ code: 0, stdout: '', stderr: '' });
  });

  it('a malformed JSONL line: the lines before it are written, "line N" on stderr, exit 1', async () => {
    const docs = corpus(5);
    const input = [JSON.stringify(docs[0]), JSON.stringify(docs[1]), '{"id": "x", "text": ', JSON.stringify(docs[3]), JSON.stringify(docs[4])].join('\n') + '\n';
    const r = await runCli(['analyze', '--input', 'jsonl'], { input });
    expect(r.code).toBe(1);
    expect(lines(r.stdout).map((l) => JSON.parse(l).id)).toEqual(['doc-0', 'doc-1']);
    expect(r.stderr).toContain('line 3: invalid JSON');
  });

  it('--keep-going skips bad lines, writes every other one, names the failures and exits 1 (also with workers)', async () => {
    const docs = corpus(60);
    const raw = docs.map((d) => JSON.stringify(d));
    raw[2] = '{not json';
    raw[10] = JSON.stringify({ id: 'no-text' });
    raw[41] = '[1, 2]';
    const input = raw.join('\n') + '\n';
    const expected = docs.filter((_, i) => i !== 2 && i !== 10 && i !== 41).map((d) => d.id);
    for (const extra of [[], ['--workers', '2']]) {
      const r = await runCli(['analyze', '--input', 'jsonl', '--keep-going', ...extra], { input });
      expect(r.code).toBe(1);
      expect(lines(r.stdout).map((l) => JSON.parse(l).id)).toEqual(expected);
      for (const n of [3, 11, 42]) expect(r.stderr).toContain(`line ${n}:`);
      expect(r.stderr).toMatch(/3 of 60 documents failed/);
    }
  });

  it('a bad line in a named file is reported with the file name', async () => {
    const path = join(tmp, 'bad.jsonl');
    writeFileSync(path, '{"id":"a","text":"في دمشق"}\n\n{oops\n');
    const r = await runCli(['analyze', '--input', 'jsonl', path]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(`${path}: line 3: invalid JSON`);
    expect(lines(r.stdout)).toHaveLength(1);
  });

  it('unknown flag, bad values, unreadable files: a clear message and exit 2, nothing on stdout', async () => {
    const unreadable = join(tmp, 'secret.txt');
    writeFileSync(unreadable, 'نص');
    chmodSync(unreadable, 0o000);
    const conll = join(tmp, 'ok.conll');
    writeFileSync(conll, 'قال O\n');
    const cases: [string[], RegExp][] = [
      [['analyze', '--frob'], /unknown option '--frob'/],
      [['analyze', '--format', 'xml'], /--format must be one of/],
      [['analyze', '--types', 'PER,XYZ'], /--types/],
      [['analyze', '--workers', 'two'], /--workers/],
      [['analyze', join(tmp, 'missing.txt')], /missing\.txt: no such file/],
      [['analyze', tmp], /is a directory/],
      [['eval'], /GOLD/],
      [['render', join(tmp, 'missing.txt')], /no such file/],
      [['normalize', '--preset', 'loud'], /--preset/],
      [['tokenize', '--frob'], /unknown option/],
      // The range named is the one taken: these said "from 0 to …" for 'x', then "at least" for 0.
      [['analyze', '--window', 'x'], /^tahlil analyze: --window must be a whole number from 1000 to 8388608 \(got 'x'\)$/m],
      [['analyze', '--window', '10'], /--window must be a whole number from 1000 to 8388608 \(got '10'\)/],
      [['train', '--train', conll, '--out', join(tmp, 'm.bin'), '--epochs', 'x'], /--epochs must be a whole number from 1 to 1000 \(got 'x'\)/],
    ];
    if (process.getuid?.() !== 0) cases.push([['analyze', unreadable], /permission denied/]);
    for (const [args, message] of cases) {
      const r = await runCli(args);
      expect(r.code, args.join(' ')).toBe(2);
      expect(r.stderr, args.join(' ')).toMatch(message);
      expect(r.stdout, args.join(' ')).toBe('');
    }
  });
});

describe('tahlil render', () => {
  it('escapes <script> in the article and keeps line breaks', async () => {
    const path = join(tmp, 'evil.txt');
    writeFileSync(path, '<script>alert("x")</script>\nالتقى الفياض بالرئيس السوري بشار الأسد في دمشق & <b>غداً</b>\n');
    const r = await runCli(['render', path]);
    expect(r.code).toBe(0);
    expect(r.stdout).not.toContain('<script');
    expect(r.stdout).not.toContain('<b>');
    expect(r.stdout).toContain('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;\n');
    expect(r.stdout).toContain('&amp; &lt;b&gt;');
    expect(r.stdout).toContain('<title>evil.txt</title>');
  });

  it('reads standard input and takes --title (escaped)', async () => {
    const r = await runCli(['render', '--title', '"><script>'], { input: 'في دمشق' });
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('<title>&quot;&gt;&lt;script&gt;</title>');
  });
});

describe('line commands', () => {
  it('normalize: presets and switches, one output line per input line', async () => {
    const input = 'أعلنت الحكومةُ العراقيّة ١٢٣\nمدرسة\n';
    const std = await runCli(['normalize'], { input });
    expect(std.code).toBe(0);
    expect(std.stdout).toBe('اعلنت الحكومة العراقية ١٢٣\nمدرسة\n');
    const search = await runCli(['normalize', '--preset', 'search'], { input });
    expect(search.stdout).toBe('اعلنت الحكومه العراقيه 123\nمدرسه\n');
    const kept = await runCli(['normalize', '--preset', 'search', '--no-tehMarbuta'], { input });
    expect(kept.stdout).toBe('اعلنت الحكومة العراقية 123\nمدرسة\n');
    expect((await runCli(['normalize', '--preset', 'search', '--no-teh-marbuta'], { input })).stdout).toBe(kept.stdout);
    expect((await runCli(['normalize', '--digits', 'latin'], { input })).stdout).toBe('اعلنت الحكومة العراقية 123\nمدرسة\n');
  });

  it('tokenize: one JSON array per input line, offsets into the line; --segments adds clitics', async () => {
    const r = await runCli(['tokenize', '--segments'], { input: 'وقال الرئيس\n\nفي دمشق.' });
    expect(r.code).toBe(0);
    const rows = r.stdout.split('\n').slice(0, -1).map((l) => JSON.parse(l));
    expect(rows).toHaveLength(3);
    expect(rows[0][0]).toMatchObject({ text: 'وقال', start: 0, end: 4, kind: 'word' });
    expect(rows[0][0].segments.proclitics[0].text).toBe('و');
    expect(rows[1]).toEqual([]);
    expect(rows[2].map((t: { text: string }) => t.text)).toEqual(['في', 'دمشق', '.']);
  });

  it('sentences: one sentence a line; --json gives offsets', async () => {
    const input = 'وصل الوفد إلى دمشق. والتقى الرئيس.\nسطر ثان\n';
    const r = await runCli(['sentences'], { input });
    expect(r.stdout).toBe('وصل الوفد إلى دمشق.\nوالتقى الرئيس.\nسطر ثان\n');
    const j = await runCli(['sentences', '--json'], { input });
    expect(JSON.parse(j.stdout.split('\n')[0]!)[1]).toMatchObject({ start: 20, text: 'والتقى الرئيس.' });
  });

  it('streams files given on the command line, in order', async () => {
    const a = join(tmp, 'a.txt');
    const b = join(tmp, 'b.txt');
    writeFileSync(a, 'أ\r\nب');
    writeFileSync(b, 'ج\n');
    const r = await runCli(['normalize', a, b]);
    expect(r.stdout).toBe('ا\nب\nج\n');
  });
});

describe('tahlil demo', () => {
  it('prints the people, places and organisations of every fixture', async () => {
    const r = await runCli(['demo'], { cwd: tmp }); // fixtures are found from the package, not the working directory
    expect(r.code).toBe(0);
    for (const f of fixtureFiles()) expect(r.stdout).toContain(f);
    expect(r.stdout).toMatch(/People/);
    expect(r.stdout).toMatch(/Places/);
    expect(r.stdout).toMatch(/Organisations/);
    expect(r.stdout).toContain('دمشق');
  });
});

describe('tahlil eval', () => {
  const gold = [
    { id: 'a', text: 'التقى بشار الأسد في دمشق', entities: [{ start: 6, end: 16, type: 'PER' }, { start: 20, end: 24, type: 'LOC' }] },
    { id: 'b', text: 'وزار والعراق', entities: [{ start: 6, end: 12, type: 'LOC' }] },
  ];

  it('scores PRED against GOLD; --json gives the numbers; --errors lists misses and false alarms', async () => {
    const g = join(tmp, 'gold.jsonl');
    const p = join(tmp, 'pred.jsonl');
    writeFileSync(g, jsonl(gold));
    writeFileSync(p, jsonl([{ id: 'a', entities: [{ start: 20, end: 24, type: 'LOC' }, { start: 0, end: 5, type: 'ORG' }] }, { id: 'b', entities: [{ start: 5, end: 12, type: 'LOC' }] }]));
    const r = await runCli(['eval', g, p]);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe('PER\tP=0.000\tR=0.000\tF1=0.000\nLOC\tP=1.000\tR=1.000\tF1=1.000\nORG\tP=0.000\tR=0.000\tF1=0.000\nALL\tP=0.667\tR=0.667\tF1=0.667\n');
    const j = JSON.parse((await runCli(['eval', '--json', g, p])).stdout);
    expect(j.ALL).toMatchObject({ tp: 2, fp: 1, fn: 1 });
    const e = await runCli(['eval', '--errors', g, p]);
    expect(lines(e.stdout).slice(0, 2)).toEqual(['missed\ta\tPER\tبشار الأسد', 'spurious\ta\tORG\tالتقى']);
    // PRED from standard input
    expect((await runCli(['eval', g, '-'], { input: readFileSync(p, 'utf8') })).stdout).toBe(r.stdout);
  });

  it('reads CoNLL gold and CoNLL predictions', async () => {
    const g = join(tmp, 'gold.conll');
    const p = join(tmp, 'pred.conll');
    writeFileSync(g, 'التقى O\nبشار B-PERS\nالأسد I-PERS\nفي O\nدمشق B-LOC\n\nكأس B-MISC\n');
    writeFileSync(p, 'التقى O\nبشار O\nالأسد B-PER\nفي O\nدمشق B-LOC\n\nكأس O\n');
    const r = await runCli(['eval', '--json', g, p]);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).ALL).toMatchObject({ tp: 1, fp: 1, fn: 1 });
  });

  it('a malformed GOLD or PRED line: its file and line number, exit 1', async () => {
    const g = join(tmp, 'gold-bad.jsonl');
    writeFileSync(g, JSON.stringify(gold[0]) + '\n{"id": "b", "text": 3}\n');
    const r = await runCli(['eval', g]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(`${g}: line 2:`);
    const good = join(tmp, 'gold-ok.jsonl');
    writeFileSync(good, jsonl(gold));
    const p = await runCli(['eval', good, '-'], { input: '{"id": "a", "entities": []}\n\n{oops\n' });
    expect(p.code).toBe(1);
    expect(p.stderr).toMatch(/line 3: invalid JSON/);
  });

  it('gold without "entities", or with no document at all, is refused instead of scored as nothing', async () => {
    // Before: a plain corpus given as GOLD scored P=R=F1=0 with exit code 0, and train trained on it as all O.
    const plain = join(tmp, 'plain.jsonl');
    writeFileSync(plain, '{"id":"a","text":"وصل الوفد إلى بغداد"}\n');
    const r = await runCli(['eval', plain]);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe(`tahlil eval: ${plain}: line 1: expected "entities" (gold annotation; a document with none has "entities": [])\n`);
    const t = await runCli(['train', '--train', plain, '--out', join(tmp, 'plain.bin')]);
    expect(t.code).toBe(1);
    expect(t.stderr).toMatch(/plain\.jsonl: line 1: expected "entities"/);
    writeFileSync(plain, '{"id":"a","text":"وصل الوفد إلى بغداد","entities":[]}\n');
    expect((await runCli(['eval', plain])).code).toBe(0);
    // An empty GOLD scored 0.000 everywhere with exit code 0.
    const empty = join(tmp, 'empty-gold.jsonl');
    writeFileSync(empty, '\n');
    const e = await runCli(['eval', empty]);
    expect(e.code).toBe(1);
    expect(e.stdout).toBe('');
    expect(e.stderr).toBe(`tahlil eval: GOLD ${empty} has no documents, nothing to score\n`);
  });
});
