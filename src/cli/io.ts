/**
 * Input and output for the command line: line reading with bounded memory, writing that waits
 * for the consumer (backpressure), readable-file checks and a progress line for terminals.
 */
import { once } from 'node:events';
import { createReadStream, statSync, accessSync, constants } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { StringDecoder } from 'node:string_decoder';
import type { Readable, Writable } from 'node:stream';
import { UsageError } from './args.js';

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
 * so that a bad path is reported up front with exit code 2, each one named.
 */
export function checkReadable(paths: readonly string[]): void {
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
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      problems.push(`${p}: ${code === 'ENOENT' ? 'no such file' : code === 'EACCES' ? 'permission denied' : (e as Error).message}`);
    }
  }
  if (problems.length > 0) throw new UsageError(`cannot read ${problems.join('; ')}`);
}

/** Reads a whole source (a path, or `-` for standard input) as UTF-8. */
export async function readSource(source: Source, stdin: Readable = process.stdin): Promise<string> {
  if (source !== '-') return stripBom(await readFile(source, 'utf8'));
  const decoder = new StringDecoder('utf8');
  let out = '';
  for await (const chunk of stdin) out += typeof chunk === 'string' ? chunk : decoder.write(chunk as Buffer);
  return stripBom(out + decoder.end());
}

function stripBom(s: string): string {
  return s.charCodeAt(0) === 0xfeff ? s.slice(1) : s;
}

/**
 * The lines of a stream, one at a time, pulling chunks only as fast as the consumer takes lines
 * (memory stays bounded by the longest line plus one chunk). `\r\n` and `\n` both end a line; a
 * last line without a line break is still a line; a UTF-8 BOM at the start is dropped.
 * `onBytes` is told the size of every chunk read (for progress).
 */
export async function* streamLines(stream: Readable, file: string, onBytes?: (n: number) => void): AsyncGenerator<Line> {
  const decoder = new StringDecoder('utf8');
  let pending: string[] = [];
  let line = 0;
  let first = true;
  for await (const chunk of stream) {
    let s: string;
    if (typeof chunk === 'string') {
      s = chunk;
      onBytes?.(Buffer.byteLength(chunk));
    } else {
      s = decoder.write(chunk as Buffer);
      onBytes?.((chunk as Buffer).length);
    }
    if (first && s.length > 0) {
      s = stripBom(s);
      first = false;
    }
    let from = 0;
    for (let nl = s.indexOf('\n'); nl >= 0; nl = s.indexOf('\n', from)) {
      let text = s.slice(from, nl);
      if (pending.length > 0) {
        text = pending.join('') + text;
        pending = [];
      }
      if (text.endsWith('\r')) text = text.slice(0, -1);
      yield { text, line: ++line, file };
      from = nl + 1;
    }
    if (from < s.length) pending.push(s.slice(from));
  }
  const rest = pending.join('') + decoder.end();
  if (rest.length > 0) yield { text: rest.endsWith('\r') ? rest.slice(0, -1) : rest, line: ++line, file };
}

/** The lines of every source in turn (standard input when there is none). */
export async function* sourceLines(sources: readonly Source[], onBytes?: (n: number) => void, stdin: Readable = process.stdin): AsyncGenerator<Line> {
  const list = sources.length > 0 ? sources : ['-'];
  for (const source of list) {
    const stream = source === '-' ? stdin : createReadStream(source, { highWaterMark: 256 * 1024 });
    yield* streamLines(stream, source, onBytes);
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

/**
 * Streams every line of the sources through `fn` and writes what it returns, batching writes and
 * waiting for the consumer: the line commands (normalize, tokenize, sentences) run in constant memory.
 */
export async function mapLines(sources: readonly Source[], fn: (line: Line) => string, stdout: Writable = process.stdout): Promise<void> {
  const out = new Output(stdout);
  let buffer: string[] = [];
  let size = 0;
  for await (const line of sourceLines(sources)) {
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
