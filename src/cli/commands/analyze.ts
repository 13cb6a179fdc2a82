import { createReadStream, readFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { basename } from 'node:path';
import { bytes, DataError, int, oneOf, parse, str, types, UsageError, type Parsed } from '../args.js';
import { createAnalyzer } from '../../index.js';
import { FORMATS, formatDocument, formatEnd, formatSeparator, formatStart, stringId, type Format } from '../format.js';
import { Utf8Check } from '../utf8.js';
import { analyzeWindows, textWindows } from '../windows.js';
import { checkReadable, formatBytes, MAX_BYTES_LIMIT, Output, Progress, readSource, sourceLines, sourceName, TooLargeError } from '../io.js';
import { rawMemberOfHead } from '../json-raw.js';
import { analyzerOptions, batches, createProcessor, runOrdered, type ItemResult, type ProcessOptions, type RawItem } from '../pipeline.js';
import { fitsWorker } from '../memory.js';
import { WorkerPool } from '../pool.js';

export const help = `usage: tahlil analyze [options] [files…]

Finds the people, places and organisations in Arabic text. Each plain-text file is one document
(its id is its path); with no file, standard input is one document. With --input jsonl every
line { "id", "text" } is a document, read and written as a stream; its id is written back exactly
as it was read (the same JSON text), and a line without an id gets FILE:LINE (-:LINE for standard
input).

options:
  --input text|jsonl     what the files hold (default text)
  -f, --format FORMAT    json | jsonl | tsv | conll | html
                         (default json for one document, jsonl for several or for --input jsonl)
  --types PER,LOC,ORG    keep only these entity types
  --no-tagger            the rules alone, without the trained tagger (docs/MODEL.md)
  --model FILE           a tagger model made by tahlil train, instead of the built-in one
  -j, --workers N        analyse in N worker threads, output still in input order (default 0: this
                         thread; at most the number of cores); each worker's heap is capped at
                         256 MB so that memory stays flat, and a document too large for that
                         (over about 100,000 words) is analysed in the main thread
  --keep-going           report a bad input line and go on with the others (exit code 1 at the end)
  --window N             plain text (json, jsonl, tsv output) is read in windows of at most N
                         characters cut at paragraph boundaries, so a file of any size is read with
                         bounded memory; offsets stay relative to the file, and a name mentioned in
                         full is linked to its short mentions within a window (default 1000000)
  --max-document-bytes N a JSONL line, or a file read whole (--format conll, html), of more bytes
                         is not read: an error naming it (FILE:LINE and its id), which
                         --keep-going skips; memory stays bounded; K, M, G suffixes
                         (default 64M, at most 256M)
  -h, --help             this help

JSONL output, one line per document in input order:
  { "id", "entities": [{ start, end, type, text, norm, canonical, id }], "people", "places", "organisations" }
  where people/places/organisations are [{ name, type, id, count }].

examples:
  tahlil analyze article.txt
  echo 'التقى الفياض بالرئيس بشار الأسد في دمشق' | tahlil analyze --format tsv
  tahlil analyze --input jsonl --format jsonl < gold.jsonl > pred.jsonl
  tahlil analyze --input jsonl --workers 2 --keep-going corpus.jsonl > out.jsonl
  tahlil analyze --types PER,ORG --format conll a.txt b.txt

exit codes: 0 ok · 1 a document or input line failed · 2 bad usage or unreadable file
`;

/** The default of --max-document-bytes: 64 MiB. */
export const DEFAULT_MAX_DOCUMENT_BYTES = 64 * 1024 * 1024;

/**
 * More worker threads than cores only costs memory (each holds its own copy of the gazetteer):
 * `--workers 64` on 2 cores is capped at 2, with a warning.
 */
export function capWorkers(asked: number, cores: number = availableParallelism()): number {
  if (asked <= cores) return asked;
  process.stderr.write(`tahlil analyze: --workers ${asked} is more than the ${cores} core${cores === 1 ? '' : 's'} of this machine; using ${cores}\n`);
  return cores;
}

/**
 * `--no-tagger` and `--model FILE`: the model file is read and checked here, once, so a missing or
 * damaged file is one clear error before any input is read.
 */
function taggerOptions(p: Parsed): Pick<ProcessOptions, 'tagger' | 'model'> {
  const file = str(p, 'model');
  if (p.values['no-tagger'] === true) {
    if (file !== undefined) throw new UsageError('--model and --no-tagger cannot go together');
    return { tagger: false };
  }
  if (file === undefined) return {};
  // A missing or unreadable file is bad usage (exit code 2, as for an input file); a damaged one, bad data.
  checkReadable([file], false);
  const model = new Uint8Array(readFileSync(file));
  try {
    createAnalyzer({ model });
  } catch (e) {
    throw new DataError(`${file}: ${(e as Error).message}`);
  }
  return { model };
}

export async function run(argv: readonly string[]): Promise<number> {
  const p = parse(argv, {
    input: { type: 'string' },
    format: { type: 'string', short: 'f' },
    types: { type: 'string' },
    'no-tagger': { type: 'boolean' },
    model: { type: 'string' },
    workers: { type: 'string', short: 'j' },
    'keep-going': { type: 'boolean' },
    window: { type: 'string' },
    'max-document-bytes': { type: 'string' },
  });
  if (p.values.help) {
    process.stdout.write(help);
    return 0;
  }
  const input = oneOf(p, 'input', ['text', 'jsonl'] as const, 'text');
  const files = p.positionals;
  checkReadable(files);
  if (files.filter((f) => f === '-').length > 1) throw new UsageError("standard input '-' can be read only once");
  const single = input === 'text' && files.length <= 1;
  const format = oneOf(p, 'format', FORMATS) ?? (single ? 'json' : 'jsonl');
  const workers = capWorkers(int(p, 'workers', 0, 1024));
  const keepGoing = p.values['keep-going'] === true;
  const entityTypes = types(p);
  const recognizer = taggerOptions(p);
  const options: ProcessOptions = { format, single, ...(entityTypes ? { types: entityTypes } : {}), ...recognizer };

  const maxDocumentBytes = bytes(p, 'max-document-bytes', DEFAULT_MAX_DOCUMENT_BYTES, MAX_BYTES_LIMIT);
  const window = int(p, 'window', 1_000_000, 8 * 1024 * 1024, 1000);
  if (input === 'text' && format !== 'conll' && format !== 'html') return analyzeTextFiles(files.length > 0 ? files : ['-'], { format, single, keepGoing, window, title: files.length === 1 && files[0] !== '-' ? basename(files[0]!) : 'tahlil', ...(entityTypes ? { types: entityTypes } : {}), ...recognizer });

  const progress = new Progress();
  if ((files.length === 0 || files.includes('-')) && process.stdin.isTTY) {
    process.stderr.write('tahlil analyze: reading standard input (end with Ctrl-D; see tahlil analyze --help)\n');
  }
  async function* items(): AsyncGenerator<RawItem> {
    if (input === 'jsonl') {
      for await (const line of sourceLines(files, { maxBytes: maxDocumentBytes, onBytes: progress.addBytes, warn: (file, message) => warnAbout(file)(message) })) {
        if ('tooLong' in line) {
          const id = rawMemberOfHead(line.head, 'id');
          yield { kind: 'error', file: line.file, line: line.line, ...(id !== undefined ? { id } : {}), payload: `the line is longer than --max-document-bytes (${formatBytes(line.limit)}) and was not read` };
          // Without --keep-going the command stops at this line: reading on past it (to fill a
          // batch, or the workers' queue) read /dev/zero, a line that never ends, forever.
          if (!keepGoing) return;
          continue;
        }
        if (line.text.trim() === '') continue;
        yield { kind: 'json', file: line.file, line: line.line, payload: line.text };
      }
    } else {
      for (const file of files.length > 0 ? files : ['-']) {
        let text: string;
        try {
          text = await readSource(file, { maxBytes: maxDocumentBytes, flag: '--max-document-bytes', command: 'analyze' });
        } catch (e) {
          if (!(e instanceof TooLargeError)) throw e;
          yield { kind: 'error', file, payload: `the file is longer than --max-document-bytes (${formatBytes(maxDocumentBytes)}) and was not read` };
          if (!keepGoing) return;
          continue;
        }
        progress.addBytes(Buffer.byteLength(text));
        yield { kind: 'text', file, id: file, payload: text };
      }
    }
  }

  const out = new Output(process.stdout);
  const title = files.length === 1 && files[0] !== '-' ? basename(files[0]!) : 'tahlil';
  await out.write(formatStart(format, { single, title }));
  let written = 0;
  let total = 0;
  const failures: string[] = [];
  let stopped = false;
  const consume = async (results: ItemResult[]): Promise<boolean> => {
    const chunk: string[] = [];
    for (const r of results) {
      total++;
      if (r.ok) {
        if (written > 0) chunk.push(formatSeparator(format));
        chunk.push(r.out);
        written++;
        continue;
      }
      failures.push(r.where);
      await out.write(chunk.join(''));
      chunk.length = 0;
      process.stderr.write(`tahlil analyze: ${r.where}: ${r.message}${keepGoing ? ' (skipped)' : ''}\n`);
      if (!keepGoing) {
        stopped = true;
        return false;
      }
    }
    progress.addDocs(results.length);
    await out.write(chunk.join(''));
    return true;
  };

  const pool = workers > 0 ? new WorkerPool(workers, options) : undefined;
  try {
    if (pool) {
      // A batch holding a document too large for a worker's capped heap runs in this thread.
      let here: ((items: readonly RawItem[]) => ItemResult[]) | undefined;
      const exec = async (b: RawItem[]) => (b.every((item) => fitsWorker(item.payload)) ? pool.runIsolating(b) : (here ??= createProcessor(options))(b));
      await runOrdered(batches(items()), exec, workers * 3, consume);
    } else {
      const processBatch = createProcessor(options);
      await runOrdered(batches(items(), 16), async (b) => processBatch(b), 1, consume);
    }
  } finally {
    await pool?.close();
    progress.done();
  }
  await out.write(formatEnd(format, { single }));
  if (failures.length === 0) return 0;
  if (stopped) {
    process.stderr.write(`tahlil analyze: stopped at ${failures[0]} after ${written} document${written === 1 ? '' : 's'}; --keep-going skips bad lines\n`);
  } else {
    const shown = failures.slice(0, 20).join(', ') + (failures.length > 20 ? `, … (${failures.length - 20} more)` : '');
    process.stderr.write(`tahlil analyze: ${failures.length} of ${total} documents failed and were skipped: ${shown}\n`);
  }
  return 1;
}

/** A warning about one file on standard error. */
const warnAbout = (file: string) => (message: string) => process.stderr.write(`tahlil analyze: ${sourceName(file)}: ${message}\n`);

/**
 * Plain-text files, each one document, read in paragraph windows (bounded memory whatever the
 * size), entities at offsets in the file, summaries over the whole file.
 */
async function analyzeTextFiles(
  files: readonly string[],
  o: { format: Format; single: boolean; keepGoing: boolean; window: number; title: string } & Pick<ProcessOptions, 'types' | 'tagger' | 'model'>,
): Promise<number> {
  const analyzer = createAnalyzer(analyzerOptions(o));
  const out = new Output(process.stdout);
  const progress = new Progress();
  if (files.includes('-') && process.stdin.isTTY) process.stderr.write('tahlil analyze: reading standard input (end with Ctrl-D; see tahlil analyze --help)\n');
  await out.write(formatStart(o.format, { single: o.single, title: o.title }));
  const failures: string[] = [];
  let written = 0;
  for (const file of files) {
    const utf8 = new Utf8Check(warnAbout(file));
    try {
      const stream = file === '-' ? process.stdin : createReadStream(file, { highWaterMark: 256 * 1024 });
      const a = await analyzeWindows(
        textWindows(stream, o.window, (chunk) => {
          progress.addBytes(chunk.length);
          utf8.feed(chunk);
        }),
        analyzer,
      );
      utf8.end();
      if (written > 0) await out.write(formatSeparator(o.format));
      await out.write(formatDocument(o.format, stringId(file), a, { single: o.single }));
      written++;
      progress.addDocs(1);
    } catch (e) {
      if ((e as NodeJS.ErrnoException).syscall === 'write') throw e;
      failures.push(file);
      warnAbout(file)(`analysis failed: ${(e as Error).message}${o.keepGoing ? ' (skipped)' : ''}`);
      if (!o.keepGoing) break;
    }
  }
  progress.done();
  await out.write(formatEnd(o.format, { single: o.single }));
  if (failures.length === 0) return 0;
  process.stderr.write(`tahlil analyze: ${failures.length} of ${files.length} files failed: ${failures.join(', ')}\n`);
  return 1;
}
