// The command line at its edges: ids written back exactly as read, TSV escaping, flag order,
// output errors (ENOSPC, a closed standard error), worker caps. Each test spawns the built CLI once
// or twice on real Arabic input.
import { spawn } from 'node:child_process';
import { closeSync, existsSync, mkdtempSync, openSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rawMember } from '../src/cli/json-raw.js';
import { tsvCell } from '../src/cli/format.js';
import { firstInvalidUtf8 } from '../src/cli/utf8.js';
import { cutAt } from '../src/cli/windows.js';
import { ensureBuilt, fixtureFiles, MAIN, ROOT, runCli } from './helpers/cli.js';

let tmp: string;
beforeAll(async () => {
  await ensureBuilt();
  tmp = mkdtempSync(join(tmpdir(), 'tahlil-edges-'));
});
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

describe('document ids', () => {
  it('rawMember reads the JSON text of a member as written, the last one when repeated', () => {
    expect(rawMember('{"id": 12345678901234567890, "text": "في بغداد"}', 'id')).toBe('12345678901234567890');
    expect(rawMember('{ "text": "في \\"بغداد\\"", "meta": {"id": 1}, "id" : -0 }', 'id')).toBe('-0');
    expect(rawMember('{"id":"x","id":1e400}', 'id')).toBe('1e400');
    expect(rawMember('{"text":"في بغداد"}', 'id')).toBeUndefined();
  });

  it('TSV cells escape tab, backslash and every line break, so a row stays one line', () => {
    expect(tsvCell('بغداد\tدمشق\u2028عمان\u2029\\')).toBe('بغداد\\tدمشق\\u2028عمان\\u2029\\\\');
  });

  it('JSONL ids come back as written; a line without an id gets FILE:LINE, unique across files', async () => {
    const a = join(tmp, 'a.jsonl');
    const b = join(tmp, 'b.jsonl');
    writeFileSync(a, ['{"id":1e400,"text":"وصل الوفد إلى بغداد"}', '{"id":12345678901234567890,"text":"في دمشق"}', '{"id":-0,"text":"في عمان"}', '{"text":"زار القاهرة"}'].join('\n') + '\n');
    writeFileSync(b, '{"text":"زار القاهرة"}\n{"id":"a\\u2028b\\tc","text":"في دمشق"}\n');
    const r = await runCli(['analyze', '--input', 'jsonl', 'a.jsonl', 'b.jsonl'], { cwd: tmp });
    expect(r.stderr).toBe('');
    const ids = r.stdout.trim().split('\n').map((l) => /^\{"id":(.*?),"entities"/.exec(l)![1]);
    expect(ids).toEqual(['1e400', '12345678901234567890', '-0', '"a.jsonl:4"', '"b.jsonl:1"', '"a\\u2028b\\tc"']);
    const tsv = await runCli(['analyze', '--input', 'jsonl', '--format', 'tsv', 'b.jsonl'], { cwd: tmp });
    expect(tsv.stdout.split('\n').slice(1, -1)).toEqual(['b.jsonl:1\t4\t11\tLOC\tالقاهرة\tالقاهرة\teg-cairo\tgazetteer', 'a\\u2028b\\tc\t3\t7\tLOC\tدمشق\tدمشق\tsy-damascus\tgazetteer']);
  });
});

describe('flags', () => {
  it('normalize: the last of --NAME and --no-NAME wins', async () => {
    const input = 'أحمد في المدرسة\n';
    expect((await runCli(['normalize', '--no-alef', '--alef'], { input })).stdout).toBe('احمد في المدرسة\n');
    expect((await runCli(['normalize', '--alef', '--no-alef', '--preset', 'search'], { input })).stdout).toBe('أحمد في المدرسه\n');
  });

  it('--workers above the number of cores is capped, with a warning, and the output is unchanged', async () => {
    const input = '{"id":"x","text":"وصل الوفد إلى بغداد"}\n';
    const r = await runCli(['analyze', '--input', 'jsonl', '--workers', '500'], { input });
    expect(r.stderr).toContain(`--workers 500 is more than the ${availableParallelism()} core`);
    expect(r.stdout).toBe((await runCli(['analyze', '--input', 'jsonl'], { input })).stdout);
    expect(r.code).toBe(0);
  });
});

/** Runs the CLI with standard output sent to `fd` and standard error to a pipe read by `onErr`. */
function runTo(args: string[], fd: number, onErr: (child: ReturnType<typeof spawn>, chunk: Buffer) => void): Promise<{ code: number | null; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [MAIN, ...args], { cwd: tmp, stdio: ['ignore', fd, 'pipe'] });
    let stderr = '';
    child.stderr!.on('data', (d: Buffer) => {
      stderr += d.toString('utf8');
      onErr(child, d);
    });
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stderr }));
  });
}

describe('output errors', () => {
  it.skipIf(!existsSync('/dev/full'))('a full disk (ENOSPC) is one line on standard error and exit code 1', async () => {
    writeFileSync(join(tmp, 's.txt'), 'وصل الوفد إلى بغداد\n');
    const fd = openSync('/dev/full', 'w');
    try {
      const r = await runTo(['analyze', 's.txt'], fd, () => undefined);
      expect(r.code).toBe(1);
      expect(r.stderr).toBe('tahlil: cannot write the output: no space left on device (ENOSPC)\n');
    } finally {
      closeSync(fd);
    }
  });

  it('when the reader of standard error goes away, every document still reaches standard output', async () => {
    // 20,000 lines, every other one malformed: --keep-going writes 10,000 messages to a stderr
    // that is closed after the first one.
    const lines = Array.from({ length: 20_000 }, (_, i) => (i % 2 ? '{bad' : JSON.stringify({ id: i, text: 'وصل الوفد إلى بغداد' })));
    writeFileSync(join(tmp, 'mix.jsonl'), lines.join('\n') + '\n');
    const outPath = join(tmp, 'out.jsonl');
    const fd = openSync(outPath, 'w');
    try {
      const r = await runTo(['analyze', '--input', 'jsonl', '--keep-going', 'mix.jsonl'], fd, (child) => child.stderr!.destroy());
      expect(r.code).toBe(1);
    } finally {
      closeSync(fd);
    }
    const out = readFileSync(outPath, 'utf8').trim().split('\n');
    expect(out).toHaveLength(10_000);
    expect(JSON.parse(out[9999]!).id).toBe(19_998);
  });
});

describe('eval refuses what it cannot score fairly', () => {
  const text = 'التقى بشار الأسد في دمشق';
  it('gold: unknown types, offsets out of range or inverted, overlapping spans, duplicate ids', async () => {
    const gold = [
      { id: 'a', text, entities: [{ start: 6, end: 16, type: 'PER' }, { start: 10, end: 24, type: 'loc' }, { start: 20, end: 40, type: 'LOC' }, { start: 5, end: 5, type: 'ORG' }] },
      { id: 'a', text: 'في دمشق', entities: [] },
    ];
    writeFileSync(join(tmp, 'bad-gold.jsonl'), gold.map((d) => JSON.stringify(d)).join('\n') + '\n');
    const r = await runCli(['eval', 'bad-gold.jsonl'], { cwd: tmp });
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr.split('\n').slice(0, 7)).toEqual([
      'tahlil eval: GOLD: 6 problems, nothing scored:',
      '  bad-gold.jsonl: line 1: entity 1 has unknown type "loc" (expected PER, LOC, ORG or MISC)',
      '  bad-gold.jsonl: line 1: entity 2 ends at 40, after the end of its text (24)',
      '  bad-gold.jsonl: line 1: entity 3 has offsets 5–5: the end is not after the start',
      '  bad-gold.jsonl: line 1: entities 0 (6–16) and 1 (10–24) overlap',
      '  bad-gold.jsonl: line 1: entities 1 (10–24) and 2 (20–40) overlap',
      '  bad-gold.jsonl: line 2: duplicate id "a" (first at bad-gold.jsonl: line 1)',
    ]);
  });

  it('predictions: ids that match no gold document, duplicate ids, unknown types, spans outside the gold text', async () => {
    writeFileSync(join(tmp, 'gold.jsonl'), JSON.stringify({ id: 7, text, entities: [{ start: 6, end: 16, type: 'PER' }, { start: 20, end: 24, type: 'LOC' }] }) + '\n');
    const pred = [{ id: 7, entities: [{ start: 6, end: 16, type: 'PER' }, { start: 20, end: 30, type: 'LOC' }] }, { id: '7', entities: [] }, { id: 7, entities: [{ start: 0, end: 5, type: 'Org' }] }];
    writeFileSync(join(tmp, 'pred.jsonl'), pred.map((d) => JSON.stringify(d)).join('\n') + '\n');
    const r = await runCli(['eval', 'gold.jsonl', 'pred.jsonl'], { cwd: tmp });
    expect(r.code).toBe(1);
    expect(r.stderr).toBe(
      [
        'tahlil eval: PRED pred.jsonl: 4 problems, nothing scored:',
        '  pred.jsonl: line 1: entity 1 ends at 30, after the end of its text (24)',
        '  pred.jsonl: line 2: id "7" matches no gold document',
        '  pred.jsonl: line 3: duplicate id 7 (first at pred.jsonl: line 1)',
        '  pred.jsonl: line 3: entity 0 has unknown type "Org" (expected PER, LOC, ORG or MISC)',
      ].join('\n') + '\n',
    );
  });
});

describe('plain text in paragraph windows', () => {
  it('cutAt cuts after a blank line, else after a line break, else after a space, never inside a surrogate pair', () => {
    expect(cutAt('الفقرة الأولى\n\nالفقرة الثانية\nسطر', 25)).toBe('الفقرة الأولى\n\n'.length);
    expect(cutAt('سطر أول\nسطر ثان طويل', 12)).toBe('سطر أول\n'.length);
    expect(cutAt('كلمة كلمة', 7)).toBe('كلمة '.length);
    expect(cutAt('ab😀', 3)).toBe(2);
  });

  it('a file read in windows gives entities at offsets in the file, the same as read whole where no propagation is involved', async () => {
    const paragraphs = fixtureFiles().flatMap((f) => readFileSync(join(ROOT, f), 'utf8').split('\n').filter((l) => l.trim() !== ''));
    const text = '\uFEFF' + Array.from({ length: 14 }, (_, i) => paragraphs[i % paragraphs.length]!).join('\r\n\r\n') + '\n';
    writeFileSync(join(tmp, 'long.txt'), text);
    const [small, whole] = await Promise.all([runCli(['analyze', '--format', 'jsonl', '--window', '1000', 'long.txt'], { cwd: tmp }), runCli(['analyze', '--format', 'jsonl', 'long.txt'], { cwd: tmp })]);
    expect(small.stderr).toBe('');
    const body = text.slice(1); // offsets are into the text after the BOM
    const es = (r: { stdout: string }) => (JSON.parse(r.stdout) as { entities: { start: number; end: number; text: string; type: string; source?: string }[] }).entities;
    const windowed = es(small);
    expect(body.length).toBeGreaterThan(2000); // at least three windows of 1000
    expect(windowed.length).toBeGreaterThan(20);
    for (const e of windowed) expect(body.slice(e.start, e.end)).toBe(e.text);
    const key = (e: { start: number; end: number; type: string }) => `${e.start} ${e.end} ${e.type}`;
    const gazetteer = (list: ReturnType<typeof es>) => list.filter((e) => ['بغداد', 'دمشق', 'العراق', 'سوريا'].includes(e.text)).map(key);
    expect(gazetteer(windowed)).toEqual(gazetteer(es(whole)));
  });

  it('invalid UTF-8 is reported once per file, with the byte offset of the first bad sequence', async () => {
    const good = Buffer.from('وصل الوفد إلى بغداد\n', 'utf8');
    writeFileSync(join(tmp, 'bad.txt'), Buffer.concat([good, Buffer.from([0xff, 0x41, 0xc3]), good, Buffer.from([0xe0, 0x80, 0x80])]));
    const r = await runCli(['analyze', '--format', 'tsv', 'bad.txt'], { cwd: tmp });
    expect(r.stderr).toBe(`tahlil analyze: bad.txt: invalid UTF-8 at byte ${good.length} (invalid bytes are read as U+FFFD; this is reported once per file)\n`);
    expect(r.stdout.split('\n').filter((l) => l.includes('بغداد'))).toHaveLength(2);
  });

  it('a file in UTF-16 (with its byte-order mark) is refused up front with the command that converts it, not analysed as noise with exit code 0', async () => {
    const text = 'التقى الرئيس السوري بشار الأسد في دمشق\n';
    const le = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
    const be = Buffer.from(le);
    be.swap16();
    writeFileSync(join(tmp, 'le.txt'), le);
    writeFileSync(join(tmp, 'be.txt'), be);
    writeFileSync(join(tmp, 'ok.txt'), text);
    const r = await runCli(['analyze', '--format', 'tsv', 'ok.txt', 'le.txt', 'be.txt'], { cwd: tmp });
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr.split('\n')[0]).toBe(
      'tahlil analyze: cannot read le.txt: it is UTF-16LE (it starts with a UTF-16 byte-order mark), and tahlil reads UTF-8; convert it first: iconv -f UTF-16 -t UTF-8 le.txt > le.txt.utf8; ' +
        'be.txt: it is UTF-16BE (it starts with a UTF-16 byte-order mark), and tahlil reads UTF-8; convert it first: iconv -f UTF-16 -t UTF-8 be.txt > be.txt.utf8',
    );
    for (const command of ['normalize', 'tokenize', 'sentences', 'terms', 'render', 'eval']) {
      const c = await runCli([command, 'le.txt'], { cwd: tmp });
      expect([command, c.code, c.stderr.split('\n')[0]]).toEqual([command, 2, expect.stringContaining(`tahlil ${command}: cannot read le.txt: it is UTF-16LE`)]);
    }
    // The advice, done here by Node: the converted file is analysed.
    writeFileSync(join(tmp, 'le.txt.utf8'), le.subarray(2).toString('utf16le'));
    const ok = await runCli(['analyze', '--format', 'tsv', 'le.txt.utf8'], { cwd: tmp });
    expect(ok.stdout.split('\n').slice(1, 3).map((l) => l.split('\t').slice(3, 5).join(' '))).toEqual(['PER بشار الأسد', 'LOC دمشق']);
    // On standard input it cannot be refused before reading: the warning says what it is.
    const piped = await runCli(['analyze', '--format', 'tsv'], { cwd: tmp, input: le });
    expect(piped.stderr).toBe('tahlil analyze: standard input: it is UTF-16LE (it starts with a UTF-16 byte-order mark), and tahlil reads UTF-8: its text is read as noise; convert it first: iconv -f UTF-16 -t UTF-8\n');
  });

  it('a file in UTF-16 without a byte-order mark, valid UTF-8 byte by byte, is analysed with a warning that names it, not as noise without a word', async () => {
    const text = 'التقى الرئيس السوري بشار الأسد في دمشق\n';
    const be = Buffer.from(text, 'utf16le');
    be.swap16();
    writeFileSync(join(tmp, 'le-nobom.txt'), Buffer.from(text, 'utf16le'));
    writeFileSync(join(tmp, 'be-nobom.txt'), be);
    const r = await runCli(['analyze', '--format', 'tsv', 'le-nobom.txt', 'be-nobom.txt'], { cwd: tmp });
    expect(r.code).toBe(0);
    const warning = (file: string, at: number) =>
      `tahlil analyze: ${file}: a NUL byte at byte ${at}: is it UTF-16 without a byte-order mark? tahlil reads UTF-8, so its text is read as noise; convert it first: iconv -f UTF-16LE -t UTF-8 (UTF-16BE when a NUL comes before each character)`;
    expect(r.stderr.split('\n').filter(Boolean)).toEqual([warning('le-nobom.txt', 11), warning('be-nobom.txt', 10)]);
    const n = await runCli(['normalize'], { cwd: tmp, input: Buffer.from(text, 'utf16le') });
    expect(n.stderr).toBe(`${warning('standard input', 11).replace('analyze', 'normalize')}\n`);
    // Text with no NUL byte gets no such warning.
    writeFileSync(join(tmp, 'plain.txt'), text);
    expect((await runCli(['analyze', '--format', 'tsv', 'plain.txt'], { cwd: tmp })).stderr).toBe('');
  });

  it('firstInvalidUtf8 finds overlong forms, surrogates, stray continuation bytes and cut sequences', () => {
    expect(firstInvalidUtf8(Buffer.from('بغداد 😀', 'utf8'))).toBe(-1);
    expect(firstInvalidUtf8(Buffer.from([0x41, 0xc0, 0x80]))).toBe(1);
    expect(firstInvalidUtf8(Buffer.from([0xed, 0xa0, 0x80]))).toBe(0);
    expect(firstInvalidUtf8(Buffer.from([0x41, 0x80]))).toBe(1);
    expect(firstInvalidUtf8(Buffer.from([0xd8]))).toBe(0);
  });
});
