/**
 * Input and output for the command line: line reading with bounded memory, writing that waits
 * for the consumer (backpressure), readable-file checks and a progress line for terminals.
 */
import { once } from 'node:events';
import { accessSync, closeSync, constants, createReadStream, openSync, readSync, statSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { StringDecoder } from 'node:string_decoder';
import type { Readable, Writable } from 'node:stream';
import { bytes, DataError, UsageError, type Options, type Parsed } from './args.js';
import { Utf8Check, utf16Bom } from './utf8.js';

/** One line of input: its text (without the line break), 1-based number, and the file it came from. */
export interface Line {
  text: string;
  line: number;
  /** The file path, or `-` for standard input. */
  file: string;
}

/** A place lines come from: a path, or `-` for standard input. */
export type Source = string;

/**
 * Checks that every path is a readable file (`-` is standard input) before anything is written,
 * so that a bad path is reported up front with exit code 2, each one named. With `text` (the
 * default; not for a model file), a file that starts with a UTF-16 byte-order mark is refused
 * too, with the command that converts it: it used to be read as UTF-8, one warning about byte 0,
 * then analysed as noise with exit code 0 (Windows' Notepad saves "Unicode" this way).
 */
export function checkReadable(paths: readonly string[], text = true): void {
  const problems: string[] = [];
  for (const p of paths) {
    if (p === '-') continue;
    try {
      const st = statSync(p);
      if (st.isDirectory()) {
        problems.push(`${p}: is a directory`);
        continue;
      }
      accessSync(p, constants.R_OK);
      if (text && st.isFile()) {
        const utf16 = utf16Of(p);
        if (utf16) problems.push(`${p}: it is ${utf16} (it starts with a UTF-16 byte-order mark), and tahlil reads UTF-8; convert it first: iconv -f UTF-16 -t UTF-8 ${p} > ${p}.utf8`);
      }
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      problems.push(`${p}: ${code === 'ENOENT' ? 'no such file' : code === 'EACCES' ? 'permission denied' : (e as Error).message}`);
    }
  }
  if (problems.length > 0) throw new UsageError(`cannot read ${problems.join('; ')}`);
}

/** 'UTF-16LE' or 'UTF-16BE' when the file starts with that byte-order mark. */
function utf16Of(path: string): string | undefined {
  const head = Buffer.alloc(2);
  const fd = openSync(path, 'r');
  try {
    if (readSync(fd, head, 0, 2, 0) < 2) return undefined;
  } finally {
    closeSync(fd);
  }
  return utf16Bom(head);
}

/** A source larger than the limit a command was given: a data error (exit code 1), naming the source and the limit. */
export class TooLargeError extends DataError {
  override name = 'TooLargeError';
}

/** A byte count for messages: `64 MiB`, `500 KiB`, `1,000,000 bytes`. */
export function formatBytes(n: number): string {
  for (const [unit, size] of [['GiB', 1024 ** 3], ['MiB', 1024 ** 2], ['KiB', 1024]] as const) {
    if (n >= size && n % size === 0) return `${n / size} ${unit}`;
  }
  return `${n.toLocaleString('en')} bytes`;
}

/**
 * Reads a whole source (a path, or `-` for standard input) as UTF-8. A source larger than
 * `maxBytes` (default {@link MAX_BYTES_LIMIT}) is refused with a {@link TooLargeError} naming it and
 * the limit (`flag` names the option that sets it), before a file is read and as soon as a stream
 * passes the limit. With `command`, invalid UTF-8 is reported on standard error, once, with the
 * byte offset of the first invalid sequence.
 */
export async function readSource(source: Source, options: { maxBytes?: number; flag?: string; command?: string; stdin?: Readable } = {}): Promise<string> {
  const max = options.maxBytes ?? MAX_BYTES_LIMIT;
  const refuse = () => new TooLargeError(`${sourceName(source)} is more than ${options.flag ? `${options.flag} (${formatBytes(max)})` : `${formatBytes(max)}, the most a file read whole may hold`}`);
  const utf8 = options.command !== undefined ? new Utf8Check((message) => process.stderr.write(`tahlil ${options.command}: ${sourceName(source)}: ${message}\n`)) : undefined;
  if (source !== '-') {
    const st = statSync(source);
    if (st.isFile() && st.size > max) throw refuse();
    if (st.isFile()) {
      const b = await readFile(source);
      utf8?.feed(b);
      utf8?.end();
      return stripBom(b.toString('utf8'));
    }
  }
  const stream = source === '-' ? (options.stdin ?? process.stdin) : createReadStream(source);
  const decoder = new StringDecoder('utf8');
  let out = '';
  let size = 0;
  for await (const chunk of stream) {
    const b: Buffer = typeof chunk === 'string' ? Buffer.from(chunk, 'utf8') : (chunk as Buffer);
    size += b.length;
    if (size > max) {
      if (stream !== process.stdin) stream.destroy();
      throw refuse();
    }
    utf8?.feed(b);
    out += decoder.write(b);
  }
  utf8?.end();
  return stripBom(out + decoder.end());
}

function stripBom(s: string): string {
  return s.charCodeAt(0) === 0xfeff ? s.slice(1) : s;
}

/** Standard input's name in messages. */
export const sourceName = (file: Source): string => (file === '-' ? 'standard input' : file);

/**
 * A line longer than the limit: it is not kept (memory stays bounded by the limit), only its number
 * and its first bytes (`head`, about 4 KB decoded, enough to find a document's id).
 */
export interface LongLine {
  tooLong: true;
  line: number;
  file: string;
  /** The limit that was passed, in bytes. */
  limit: number;
  head: string;
}

export interface LineOptions {
  /** Lines of more bytes than this (without the line break) are not kept: a {@link LongLine} is yielded instead. */
  maxBytes?: number;
  /** Told every chunk read (for progress and the UTF-8 check). */
  onChunk?: (chunk: Buffer) => void;
}

const HEAD_BYTES = 4096;

/** The UTF-8 text of one line's bytes: a BOM at the start of the file dropped, a final `\r` dropped. */
function decodeLine(b: Buffer, firstLine: boolean): string {
  let s = b.toString('utf8');
  if (firstLine && s.charCodeAt(0) === 0xfeff) s = s.slice(1);
  return s.endsWith('\r') ? s.slice(0, -1) : s;
}

/**
 * The lines of a stream, one at a time, pulling chunks only as fast as the consumer takes lines.
 * Lines are cut on the byte `\n` (which is never part of a longer UTF-8 sequence) and decoded one
 * by one; `\r\n` and `\n` both end a line; a last line without a line break is still a line; a
 * UTF-8 BOM at the start is dropped. Memory is bounded by `maxBytes` plus one chunk: a longer line
 * is yielded as a {@link LongLine} as soon as it passes the limit, and its remaining bytes are read
 * and dropped if the consumer asks for the next line.
 */
export async function* streamLines(stream: Readable, file: string, options: LineOptions = {}): AsyncGenerator<Line | LongLine> {
  const max = options.maxBytes ?? Infinity;
  let parts: Buffer[] = [];
  let size = 0;
  let line = 0;
  let skipping = false; // inside a line already reported as too long
  const tooLong = (rest: Buffer): LongLine => {
    const head = Buffer.concat([...parts, rest.subarray(0, HEAD_BYTES)]).subarray(0, HEAD_BYTES);
    parts = [];
    size = 0;
    return { tooLong: true, line: ++line, file, limit: max, head: decodeLine(head, line === 1) };
  };
  for await (const raw of stream) {
    const chunk: Buffer = typeof raw === 'string' ? Buffer.from(raw, 'utf8') : (raw as Buffer);
    options.onChunk?.(chunk);
    let from = 0;
    for (let nl = chunk.indexOf(10, from); nl >= 0; nl = chunk.indexOf(10, from)) {
      const piece = chunk.subarray(from, nl);
      from = nl + 1;
      if (skipping) {
        skipping = false;
        continue;
      }
      if (size + piece.length > max) {
        yield tooLong(piece);
        continue;
      }
      const bytes = parts.length > 0 ? Buffer.concat([...parts, piece]) : piece;
      parts = [];
      size = 0;
      yield { text: decodeLine(bytes, line === 0), line: ++line, file };
    }
    if (from < chunk.length && !skipping) {
      const piece = chunk.subarray(from);
      if (size + piece.length > max) {
        yield tooLong(piece);
        skipping = true;
      } else {
        parts.push(piece);
        size += piece.length;
      }
    }
  }
  if (!skipping && size > 0) yield { text: decodeLine(Buffer.concat(parts), line === 0), line: ++line, file };
}

/** Options of {@link sourceLines}: a line limit, progress, and where to warn about invalid UTF-8. */
export interface SourceLineOptions {
  maxBytes?: number;
  onBytes?: (n: number) => void;
  /** Told, once per file, where its first invalid UTF-8 sequence is. */
  warn?: (file: Source, message: string) => void;
  stdin?: Readable;
}

/** The lines of every source in turn (standard input when there is none). */
export async function* sourceLines(sources: readonly Source[], options: SourceLineOptions = {}): AsyncGenerator<Line | LongLine> {
  const list = sources.length > 0 ? sources : ['-'];
  for (const source of list) {
    const stream = source === '-' ? (options.stdin ?? process.stdin) : createReadStream(source, { highWaterMark: 256 * 1024 });
    const utf8 = options.warn ? new Utf8Check((message) => options.warn!(source, message)) : undefined;
    yield* streamLines(stream, source, {
      ...(options.maxBytes !== undefined ? { maxBytes: options.maxBytes } : {}),
      onChunk: (chunk) => {
        options.onBytes?.(chunk.length);
        utf8?.feed(chunk);
      },
    });
    utf8?.end();
  }
}

/**
 * Writes to a stream and waits for `drain` when its buffer is full, so a slow consumer slows the
 * producer down instead of filling memory. Rejects when the stream fails (e.g. EPIPE).
 */
export class Output {
  constructor(readonly stream: Writable) {}

  async write(s: string): Promise<void> {
    if (s.length === 0) return;
    if (!this.stream.write(s)) await once(this.stream, 'drain');
  }
}

/**
 * A progress line on standard error (`12,345 documents · 48.2 MB · 9.6 MB/s`), redrawn a few
 * times a second, only when standard error is a terminal; silent otherwise.
 */
export class Progress {
  private docs = 0;
  private bytes = 0;
  private readonly t0 = Date.now();
  private timer: NodeJS.Timeout | undefined;
  private readonly tty: boolean;

  constructor(private readonly stream: NodeJS.WriteStream = process.stderr, enabled = true) {
    this.tty = enabled && stream.isTTY === true;
    if (this.tty) {
      this.timer = setInterval(() => this.draw(), 250);
      this.timer.unref();
    }
  }

  addBytes = (n: number): void => {
    this.bytes += n;
  };

  addDocs(n: number): void {
    this.docs += n;
  }

  private line(): string {
    const s = (Date.now() - this.t0) / 1000;
    const mb = this.bytes / 1e6;
    return `${this.docs.toLocaleString('en')} documents · ${mb.toFixed(1)} MB · ${(s > 0 ? mb / s : 0).toFixed(1)} MB/s`;
  }

  private draw(): void {
    this.stream.write(`\r\x1b[K${this.line()}`);
  }

  /** Stops redrawing; leaves a final line when it was drawing. */
  done(): void {
    if (!this.tty) return;
    clearInterval(this.timer);
    this.stream.write(`\r\x1b[K${this.line()}\n`);
  }
}

/** The line limit of the line commands when --max-line-bytes is not given: 64 MiB. */
export const DEFAULT_MAX_LINE_BYTES = 64 * 1024 * 1024;

/** The largest --max-line-bytes / --max-document-bytes: a longer line could not be one JavaScript string. */
export const MAX_BYTES_LIMIT = 256 * 1024 * 1024;

/** The --max-line-bytes option of the line commands, for {@link parse}. */
export const LINE_LIMIT_OPTION: Options = { 'max-line-bytes': { type: 'string' } };

/** The help lines of --max-line-bytes, the description starting at column `col`. */
export const lineLimitHelp = (col: number): string =>
  `${'  --max-line-bytes N'.padEnd(col)}a longer input line stops the command with an error (exit code 1),\n${' '.repeat(col)}so memory stays bounded; K, M, G suffixes (default 64M, at most 256M)`;

/** The value of --max-line-bytes. */
export const maxLineBytes = (p: Parsed): number => bytes(p, 'max-line-bytes', DEFAULT_MAX_LINE_BYTES, MAX_BYTES_LIMIT);

/**
 * Streams every line of the sources through `fn` and writes what it returns, batching writes and
 * waiting for the consumer: the line commands (normalize, tokenize, sentences, terms) run in
 * memory bounded by `maxLineBytes`. A longer line stops the command with a {@link TooLargeError}
 * naming it, after everything before it has been written. Invalid UTF-8 is reported once per file.
 */
export async function mapLines(
  sources: readonly Source[],
  fn: (line: Line) => string,
  options: { command: string; maxLineBytes?: number; stdout?: Writable; stdin?: Readable },
): Promise<void> {
  const out = new Output(options.stdout ?? process.stdout);
  const maxBytes = options.maxLineBytes ?? DEFAULT_MAX_LINE_BYTES;
  let buffer: string[] = [];
  let size = 0;
  const lines = sourceLines(sources, {
    maxBytes,
    warn: (file, message) => process.stderr.write(`tahlil ${options.command}: ${sourceName(file)}: ${message}\n`),
    ...(options.stdin ? { stdin: options.stdin } : {}),
  });
  for await (const line of lines) {
    if ('tooLong' in line) {
      await out.write(buffer.join(''));
      throw new TooLargeError(`${sourceName(line.file)}: line ${line.line} is longer than --max-line-bytes (${formatBytes(line.limit)}); nothing after it was read`);
    }
    const s = fn(line);
    buffer.push(s);
    size += s.length;
    if (size >= 64 * 1024) {
      await out.write(buffer.join(''));
      buffer = [];
      size = 0;
    }
  }
  await out.write(buffer.join(''));
}
