// The command line under input too large to hold: line reading with a byte limit (JSONL documents
// with --max-document-bytes, the line commands with --max-line-bytes), token-dense documents, and
// the UTF-8 check of line input. Large inputs are generated here, into a temporary folder, and
// given to the built CLI in a child process; what is asserted is the error and the exit code, and
// that the documents around a refused one are still written.
import { spawn } from 'node:child_process';
import { createWriteStream, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formatBytes, streamLines, type Line, type LongLine } from '../src/cli/io.js';
import { rawMemberOfHead } from '../src/cli/json-raw.js';
import type { RawItem } from '../src/cli/pipeline.js';
import { WorkerPool } from '../src/cli/pool.js';
import { approximateTokens, estimateAnalysisBytes, fitsWorker, memoryProblem, WORKER_DOCUMENT_BYTES } from '../src/cli/memory.js';
import { tokenize } from '../src/index.js';
import { ensureBuilt, fixtureFiles, MAIN, ROOT, runCli } from './helpers/cli.js';

let tmp: string;
beforeAll(async () => {
  await ensureBuilt();
  tmp = mkdtempSync(join(tmpdir(), 'tahlil-limits-'));
});
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

async function collect(chunks: (string | Buffer)[], maxBytes?: number): Promise<(Line | LongLine)[]> {
  const out: (Line | LongLine)[] = [];
  for await (const l of streamLines(Readable.from(chunks), 'f', maxBytes === undefined ? {} : { maxBytes })) out.push(l);
  return out;
}

describe('streamLines', () => {
  it('cuts lines on bytes: a letter split across chunks, \\r\\n, a BOM and a last line without a break', async () => {
    const bytes = Buffer.from('\uFEFFوصل الوفد\r\nإلى بغداد\nفي دمشق', 'utf8');
    // cut inside the two bytes of the first و, and inside the ل of إلى
    const chunks = [bytes.subarray(0, 4), bytes.subarray(4, 23), bytes.subarray(23)];
    expect(await collect(chunks)).toEqual([
      { text: 'وصل الوفد', line: 1, file: 'f' },
      { text: 'إلى بغداد', line: 2, file: 'f' },
      { text: 'في دمشق', line: 3, file: 'f' },
    ]);
  });

  it('a line longer than the limit is yielded as a LongLine with its first bytes, and the next lines go on', async () => {
    const long = JSON.stringify({ id: 'a-17', text: 'وصل الوفد إلى بغداد '.repeat(200) });
    const lines = await collect(['{"id":1,"text":"في دمشق"}\n', long.slice(0, 1000), long.slice(1000), '\n{"id":2,"text":"في عمان"}\n'], 500);
    expect(lines.map((l) => ('tooLong' in l ? `${l.line}: too long` : `${l.line}: ${l.text}`))).toEqual(['1: {"id":1,"text":"في دمشق"}', '2: too long', '3: {"id":2,"text":"في عمان"}']);
    const refused = lines[1] as LongLine;
    expect(refused.limit).toBe(500);
    expect(Buffer.byteLength(refused.head)).toBeLessThanOrEqual(4096 + 3);
    expect(rawMemberOfHead(refused.head, 'id')).toBe('"a-17"');
  });

  it('a line exactly at the limit is kept; one byte more is not', async () => {
    const line = 'بغداد'; // 10 bytes
    expect(await collect([`${line}\n`], 10)).toEqual([{ text: line, line: 1, file: 'f' }]);
    expect(await collect([`${line}\n`], 9)).toMatchObject([{ tooLong: true, line: 1 }]);
  });
});

describe('rawMemberOfHead', () => {
  it('finds an id that is there whole, and nothing when it is cut off, nested or not a string or number', () => {
    expect(rawMemberOfHead('{"text": "وصل الوفد", "id": 12345678901234567890, "x": "إلى', 'id')).toBe('12345678901234567890');
    expect(rawMemberOfHead('{"id":"a-1', 'id')).toBeUndefined();
    expect(rawMemberOfHead('{"id":123', 'id')).toBeUndefined(); // the number may go on
    expect(rawMemberOfHead('{"meta":{"id":1},"text":"في بغداد', 'id')).toBeUndefined();
    expect(rawMemberOfHead('{"id":[1],"text":"في', 'id')).toBeUndefined();
  });

  it('formatBytes names whole units', () => {
    expect([64 * 1024 * 1024, 500 * 1024, 1_000_000].map(formatBytes)).toEqual(['64 MiB', '500 KiB', '1,000,000 bytes']);
  });
});

/** Writes `count` repetitions of `unit` inside one JSONL line, without building the whole string. */
async function writeDenseJsonl(path: string, before: string, id: string, unit: string, count: number, after: string): Promise<void> {
  const w = createWriteStream(path);
  w.write(`${before}\n{"id":${JSON.stringify(id)},"text":"`);
  const block = unit.repeat(1 << 16);
  for (let left = count; left > 0; left -= 1 << 16) {
    if (!w.write(left >= 1 << 16 ? block : unit.repeat(left))) await new Promise<void>((r) => w.once('drain', () => r()));
  }
  w.write(`"}\n${after}\n`);
  await new Promise((r, j) => w.end((e?: Error | null) => (e ? j(e) : r(undefined))));
}

describe('analyze --max-document-bytes', () => {
  const first = '{"id":"a","text":"وصل الوفد إلى بغداد"}';
  const last = '{"id":"b","text":"في دمشق"}';
  const ids = (stdout: string) => stdout.trim().split('\n').filter(Boolean).map((l) => (JSON.parse(l) as { id: string }).id);

  it('a longer JSONL line is an error naming the line and its id; the documents before it are written; --keep-going goes on', async () => {
    const doc = JSON.stringify({ id: 'big-1', text: 'وصل الوفد إلى بغداد '.repeat(100) });
    writeFileSync(join(tmp, 'c.jsonl'), `${first}\n${doc}\n${last}\n`);
    const stop = await runCli(['analyze', '--input', 'jsonl', '--max-document-bytes', '1K', 'c.jsonl'], { cwd: tmp });
    expect(stop.code).toBe(1);
    expect(ids(stop.stdout)).toEqual(['a']);
    expect(stop.stderr).toBe(
      'tahlil analyze: c.jsonl: line 2 (id "big-1"): the line is longer than --max-document-bytes (1 KiB) and was not read\n' +
        'tahlil analyze: stopped at c.jsonl: line 2 (id "big-1") after 1 document; --keep-going skips bad lines\n',
    );
    for (const workers of ['0', '2']) {
      const go = await runCli(['analyze', '--input', 'jsonl', '--keep-going', '--workers', workers, '--max-document-bytes', '1K', 'c.jsonl'], { cwd: tmp });
      expect(go.code).toBe(1);
      expect(ids(go.stdout)).toEqual(['a', 'b']);
      expect(go.stderr).toContain('c.jsonl: line 2 (id "big-1"): the line is longer than --max-document-bytes (1 KiB) and was not read (skipped)\n');
    }
  });

  it('a JSONL line that never ends (/dev/zero) is reported and stops the command, with and without workers', async () => {
    // Before: the error waited in a batch for more lines, which meant reading /dev/zero forever.
    for (const workers of ['0', '2']) {
      const r = await runCli(['analyze', '--input', 'jsonl', '--workers', workers, '--max-document-bytes', '1K', '/dev/zero']);
      expect(r.code).toBe(1);
      expect(r.stdout).toBe('');
      expect(r.stderr.split('\n')[0]).toBe('tahlil analyze: /dev/zero: line 1: the line is longer than --max-document-bytes (1 KiB) and was not read');
    }
  }, 30_000);

  it('a file read whole (--format conll) above the limit is refused by name, and --keep-going analyses the next file', async () => {
    writeFileSync(join(tmp, 'big.txt'), 'وصل الوفد إلى بغداد. '.repeat(100));
    writeFileSync(join(tmp, 'small.txt'), 'وصل الوفد إلى دمشق.\n');
    const r = await runCli(['analyze', '--format', 'conll', '--keep-going', '--max-document-bytes', '1K', 'big.txt', 'small.txt'], { cwd: tmp });
    expect(r.code).toBe(1);
    expect(r.stderr.split('\n')[0]).toBe('tahlil analyze: big.txt: the file is longer than --max-document-bytes (1 KiB) and was not read (skipped)');
    expect(r.stdout).toContain('# id = small.txt\n');
    expect(r.stdout).toContain('دمشق\tB-LOC');
  });

  it('a bad size is a usage error', async () => {
    const r = await runCli(['analyze', '--input', 'jsonl', '--max-document-bytes', '64 furlongs'], { input: first });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("--max-document-bytes must be a size from 1 byte to 256M, such as 1000000, 500K or 64M (got '64 furlongs')");
  });

  it("token-dense input ('د.' × 14 million in one document) is a clear error for that document, not a crash", async () => {
    const path = join(tmp, 'dense.jsonl');
    await writeDenseJsonl(path, first, 'dense', 'د.', 14_000_000, last);
    const r = await runCli(['analyze', '--input', 'jsonl', '--keep-going', 'dense.jsonl'], { cwd: tmp });
    expect(r.code).toBe(1);
    expect(ids(r.stdout)).toEqual(['a', 'b']);
    expect(r.stderr.split('\n')[0]).toBe(
      'tahlil analyze: dense.jsonl: line 2 (id "dense"): analysis failed: analyze: text is 28,000,000 code units long, more than MAX_TEXT_LENGTH (8,388,608); analyse it in parts (paragraphs or windows of paragraphs) (skipped)',
    );
  }, 120_000);
});

/** Runs the CLI with standard input from another command (`head -c … /dev/zero`). */
function runPiped(producer: string[], args: string[]): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const source = spawn(producer[0]!, producer.slice(1), { stdio: ['ignore', 'pipe', 'ignore'] });
    const child = spawn(process.execPath, [MAIN, ...args], { cwd: tmp, stdio: [source.stdout!, 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout!.on('data', (d: Buffer) => (stdout += d.toString('utf8')));
    child.stderr!.on('data', (d: Buffer) => (stderr += d.toString('utf8')));
    child.on('error', reject);
    child.on('close', (code) => {
      source.kill();
      resolve({ code, stdout, stderr });
    });
  });
}

describe('line commands: --max-line-bytes', () => {
  it('tahlil normalize /dev/zero ends with an error at the default limit instead of growing without end', async () => {
    const r = await runCli(['normalize', '/dev/zero']);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe('tahlil normalize: /dev/zero: line 1 is longer than --max-line-bytes (64 MiB); nothing after it was read\n');
  }, 60_000);

  it('the lines before the long one are written; every line command has the flag', async () => {
    writeFileSync(join(tmp, 'lines.txt'), `أعلنت الحكومةُ العراقيّة\n${'بغداد '.repeat(100)}\nفي دمشق\n`);
    const n = await runCli(['normalize', '--max-line-bytes', '500', 'lines.txt'], { cwd: tmp });
    expect([n.code, n.stdout, n.stderr]).toEqual([1, 'اعلنت الحكومة العراقية\n', 'tahlil normalize: lines.txt: line 2 is longer than --max-line-bytes (500 bytes); nothing after it was read\n']);
    for (const command of ['tokenize', 'sentences', 'terms']) {
      const r = await runCli([command, '--max-line-bytes', '500', 'lines.txt'], { cwd: tmp });
      expect(r.code).toBe(1);
      expect(r.stdout.split('\n')).toHaveLength(2); // the first line's output, then the end
      expect(r.stderr).toBe(`tahlil ${command}: lines.txt: line 2 is longer than --max-line-bytes (500 bytes); nothing after it was read\n`);
    }
  });

  it('standard input without a line break is cut off at the limit', async () => {
    const r = await runPiped(['head', '-c', '3000000', '/dev/zero'], ['tokenize', '--max-line-bytes', '1M']);
    expect(r.code).toBe(1);
    expect(r.stderr).toBe('tahlil tokenize: standard input: line 1 is longer than --max-line-bytes (1 MiB); nothing after it was read\n');
  });
});

describe('invalid UTF-8 in line input', () => {
  it('is reported once per file with the byte offset, by analyze --input jsonl and by the line commands', async () => {
    const good = Buffer.from('{"id":"a","text":"وصل الوفد إلى بغداد"}\n', 'utf8');
    const bad = Buffer.concat([Buffer.from('{"id":"b","text":"في دمشق '), Buffer.from([0xff, 0xfe]), Buffer.from('"}\n')]);
    writeFileSync(join(tmp, 'bad.jsonl'), Buffer.concat([good, bad, good, bad]));
    const offset = good.length + Buffer.byteLength('{"id":"b","text":"في دمشق ');
    const r = await runCli(['analyze', '--input', 'jsonl', 'bad.jsonl'], { cwd: tmp });
    expect(r.code).toBe(0);
    expect(r.stderr).toBe(`tahlil analyze: bad.jsonl: invalid UTF-8 at byte ${offset} (invalid bytes are read as U+FFFD; this is reported once per file)\n`);
    expect(r.stdout.trim().split('\n')).toHaveLength(4);
    const n = await runCli(['normalize', 'bad.jsonl'], { cwd: tmp });
    expect(n.stderr).toBe(`tahlil normalize: bad.jsonl: invalid UTF-8 at byte ${offset} (invalid bytes are read as U+FFFD; this is reported once per file)\n`);
    expect(n.stdout.split('\n')[1]).toBe('{"id":"b","text":"في دمشق \uFFFD\uFFFD"}');
  });
});

describe('files read whole (render, eval, train, analyze --format conll)', () => {
  it('report invalid UTF-8 once, with its byte offset', async () => {
    const good = Buffer.from('وصل الوفد إلى بغداد\n', 'utf8');
    writeFileSync(join(tmp, 'bad.txt'), Buffer.concat([good, Buffer.from([0xc3, 0x28]), good, Buffer.from([0xff])]));
    const warning = (command: string) => `tahlil ${command}: bad.txt: invalid UTF-8 at byte ${good.length} (invalid bytes are read as U+FFFD; this is reported once per file)\n`;
    const render = await runCli(['render', 'bad.txt'], { cwd: tmp });
    expect([render.code, render.stderr]).toEqual([0, warning('render')]);
    expect(render.stdout).toContain('بغداد');
    const conll = await runCli(['analyze', '--format', 'conll', 'bad.txt'], { cwd: tmp });
    expect([conll.code, conll.stderr]).toEqual([0, warning('analyze')]);
    expect(conll.stdout).toContain('بغداد\tB-LOC');
  });
});

describe('documents whose analysis would not fit in memory', () => {
  it('approximateTokens counts about as many tokens as the tokenizer makes, on news text and on token-dense text', () => {
    const news = fixtureFiles().map((f) => readFileSync(join(ROOT, f), 'utf8')).join('\n\n');
    const dense = 'د.'.repeat(1000) + ' 3.14 ١٢٣٫٥ «قال» (الرئيس)، ';
    for (const text of [news, dense]) {
      const real = tokenize(text).length;
      expect(Math.abs(approximateTokens(text) - real)).toBeLessThanOrEqual(real * 0.02);
    }
    expect(approximateTokens('د.'.repeat(1000))).toBe(2000);
  });

  it('memoryProblem refuses a text whose estimate is above what is left of the heap, and says how to get more', () => {
    const dense = 'د.'.repeat(600_000); // 1.2 million tokens
    expect(estimateAnalysisBytes(dense)).toBe(1_200_000 * (64 + 512));
    expect(memoryProblem(dense, { limit: 4e9, used: 1e8 })).toBeUndefined();
    expect(memoryProblem(dense, { limit: 256 * 1024 ** 2, used: 50 * 1024 ** 2 })).toBe(
      'the text has about 1,200,000 tokens, whose analysis could need 0.7 GB of memory, more than the 0.2 GB left to this process; split the document, or give Node more memory (NODE_OPTIONS=--max-old-space-size=1024)',
    );
    expect(memoryProblem('د.'.repeat(1000), { limit: 1, used: 1 })).toBeUndefined(); // short texts are not checked
  });

  it('a token-dense document that would exhaust a small heap is a per-document error, not "heap out of memory" (with and without workers)', async () => {
    writeFileSync(join(tmp, 'dense-small-heap.jsonl'), ['{"id":"a","text":"وصل الوفد إلى بغداد"}', JSON.stringify({ id: 'dense', text: 'د.'.repeat(600_000) }), '{"id":"b","text":"في دمشق"}'].join('\n') + '\n');
    for (const workers of ['0', '2']) {
      const r = await runCli(['analyze', '--input', 'jsonl', '--keep-going', '--workers', workers, 'dense-small-heap.jsonl'], { cwd: tmp, env: { NODE_OPTIONS: '--max-old-space-size=256' } });
      expect(r.code).toBe(1);
      expect(r.stdout.trim().split('\n').map((l) => (JSON.parse(l) as { id: string }).id)).toEqual(['a', 'b']);
      expect(r.stderr).toMatch(/^tahlil analyze: dense-small-heap\.jsonl: line 2 \(id "dense"\): not analysed: the text has about 1,200,000 tokens, whose analysis could need 0\.7 GB of memory, more than the 0\.\d GB left to this process; split the document, or give Node more memory \(NODE_OPTIONS=--max-old-space-size=1024\) \(skipped\)\n/);
    }
    writeFileSync(join(tmp, 'dense.txt'), 'د.'.repeat(600_000));
    const render = await runCli(['render', 'dense.txt'], { cwd: tmp, env: { NODE_OPTIONS: '--max-old-space-size=256' } });
    expect([render.code, render.stdout]).toEqual([1, '']);
    expect(render.stderr).toMatch(/^tahlil render: dense\.txt: the text has about 1,200,000 tokens, whose analysis could need 0\.7 GB of memory/);
  }, 60_000);
});

/** Writes a stand-in worker script for {@link WorkerPool} that runs `body` on each `{ seq, items }` message; its URL. */
function standInWorker(name: string, imports: string, body: string): URL {
  const script = join(tmp, name);
  writeFileSync(script, `import { parentPort } from 'node:worker_threads';\n${imports}\nparentPort.on('message', ({ seq, items }) => {\n  ${body}\n});\n`);
  return pathToFileURL(script);
}

describe('documents and capped worker heaps', () => {
  it('fitsWorker keeps out of a worker only a document whose estimate is above what its capped heap holds', () => {
    const news = 'وصل الوفد الأردني إلى بغداد أمس في زيارة رسمية تستمر ثلاثة أيام . '.repeat(2_000); // 140,000 characters, 28,000 tokens
    expect(estimateAnalysisBytes(news)).toBeLessThan(WORKER_DOCUMENT_BYTES);
    expect(fitsWorker(news)).toBe(true);
    expect(fitsWorker(JSON.stringify({ id: 1, text: news }))).toBe(true);
    const dense = 'د.'.repeat(100_000); // 200,000 one-character tokens
    expect(estimateAnalysisBytes(dense)).toBeGreaterThan(WORKER_DOCUMENT_BYTES);
    expect(fitsWorker(dense)).toBe(false);
  });

  it('a document too large for a worker is analysed in the main thread: the output is the same as without workers, in input order', async () => {
    const lines = [
      { id: 'a', text: 'وصل الوفد إلى بغداد قادما من عمان' },
      { id: 'dense', text: 'د.'.repeat(100_000) + ' وقال الرئيس بشار الأسد في دمشق' },
      { id: 'b', text: 'التقى وزير الخارجية السعودي نظيره الإيراني في الرياض' },
    ];
    writeFileSync(join(tmp, 'mixed-sizes.jsonl'), lines.map((l) => JSON.stringify(l)).join('\n') + '\n');
    const none = await runCli(['analyze', '--input', 'jsonl', 'mixed-sizes.jsonl'], { cwd: tmp });
    const one = await runCli(['analyze', '--input', 'jsonl', '--workers', '1', 'mixed-sizes.jsonl'], { cwd: tmp });
    expect([one.code, one.stderr]).toEqual([0, '']);
    expect(one.stdout.trim().split('\n').map((l) => (JSON.parse(l) as { id: string }).id)).toEqual(['a', 'dense', 'b']);
    expect(one.stdout).toBe(none.stdout);
    expect(one.stdout).toContain('بشار الأسد');
  }, 120_000);

  it("a worker of the pool runs with its old generation capped at the pool's heapMb", async () => {
    // A stand-in worker that answers each item with its own heap limit in MB.
    const script = standInWorker(
      'heap-limit-worker.mjs',
      `import { getHeapStatistics } from 'node:v8';`,
      `parentPort.postMessage({ seq, results: items.map(() => ({ ok: true, out: String(getHeapStatistics().heap_size_limit / 1024 ** 2) })) });`,
    );
    for (const heapMb of [64, 256]) {
      const pool = new WorkerPool(1, { format: 'jsonl', single: false }, script, heapMb);
      try {
        const [r] = await pool.run([{ kind: 'json', file: 'c.jsonl', line: 1, payload: '{}' }]);
        const limit = Number(r!.ok ? r!.out : NaN);
        expect(limit).toBeGreaterThanOrEqual(heapMb);
        expect(limit).toBeLessThan(heapMb + 64); // the old generation's cap plus the young generation
      } finally {
        await pool.close();
      }
    }
  });
});

describe('WorkerPool', () => {
  it('a worker that dies fails only the item that killed it; a fresh worker takes its place', async () => {
    // A stand-in worker: upper-cases payloads, and exits (as a heap that runs out would end it) on 'crash'.
    const script = standInWorker(
      'crashing-worker.mjs',
      '',
      `if (items.some((i) => i.payload === 'crash')) process.exit(3);
  parentPort.postMessage({ seq, results: items.map((i) => ({ ok: true, out: i.payload.toUpperCase() })) });`,
    );
    const pool = new WorkerPool(1, { format: 'jsonl', single: false }, script);
    try {
      const item = (payload: string, line: number): RawItem => ({ kind: 'json', file: 'c.jsonl', line, payload });
      expect(await pool.runIsolating([item('a', 1), item('crash', 2), item('b', 3)])).toEqual([
        { ok: true, out: 'A' },
        { ok: false, where: 'c.jsonl: line 2', message: 'its worker thread failed (worker thread exited with code 3)' },
        { ok: true, out: 'B' },
      ]);
      expect(await pool.run([item('c', 4)])).toEqual([{ ok: true, out: 'C' }]);
    } finally {
      await pool.close();
    }
  });
});
