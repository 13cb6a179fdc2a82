/**
 * The analysis pipeline of `tahlil analyze`: documents in batches, analysed in this thread or in
 * worker threads, results written in input order. The same {@link createProcessor} runs in both
 * places, so a document gives the same output line whether or not there are workers
 * (the pool of worker threads is in pool.ts).
 */
import { createAnalyzer, type AnalyzerOptions, type EntityType } from '../index.js';
import { formatDocument, rawId, stringId, type DocId, type Format } from './format.js';
import { rawMember } from './json-raw.js';
import { memoryProblem } from './memory.js';

/** One input document before parsing: a JSONL line, or the whole text of a file. */
export interface RawItem {
  /** `error`: a document refused before parsing (too large); `payload` is the message. */
  kind: 'json' | 'text' | 'error';
  /** The path it came from, `-` for standard input. */
  file: string;
  /** 1-based line number (JSONL input). */
  line?: number;
  /** The id of a text document (its path). */
  id?: string;
  /** The JSONL line or the text. */
  payload: string;
}

export type ItemResult = { ok: true; out: string } | { ok: false; where: string; message: string };

export interface ProcessOptions {
  format: Format;
  types?: EntityType[];
  single: boolean;
  /** `false`: the rules alone (`--no-tagger`). */
  tagger?: false;
  /** The bytes of a model file (`--model FILE`), copied to each worker. */
  model?: Uint8Array;
}

/** The analyzer options a command's {@link ProcessOptions} ask for. */
export function analyzerOptions(o: Pick<ProcessOptions, 'types' | 'tagger' | 'model'>): AnalyzerOptions {
  return { ...(o.types ? { types: o.types } : {}), ...(o.tagger === false ? { tagger: false } : {}), ...(o.model ? { model: o.model } : {}) };
}

/**
 * Where an item is, for messages: `line 3`, `corpus.jsonl: line 3`, or the file path, followed by
 * the document's id when it is known (`corpus.jsonl: line 3 (id "a-17")`).
 */
export function where(item: Pick<RawItem, 'file' | 'line'>, id?: string): string {
  const at = item.line === undefined ? (item.file === '-' ? 'standard input' : item.file) : item.file === '-' ? `line ${item.line}` : `${item.file}: line ${item.line}`;
  return id === undefined ? at : `${at} (id ${id})`;
}

/** A function that parses, analyses and formats a batch of items, one result per item, never throwing. */
export function createProcessor(options: ProcessOptions): (items: readonly RawItem[]) => ItemResult[] {
  const analyzer = createAnalyzer(analyzerOptions(options));
  const one = (item: RawItem): ItemResult => {
    let id: DocId;
    let text: string;
    let named: string | undefined; // the id as written in the input, for messages
    if (item.kind === 'error') return { ok: false, where: where(item, item.id), message: item.payload };
    if (item.kind === 'json') {
      let doc: unknown;
      try {
        doc = JSON.parse(item.payload);
      } catch (e) {
        return { ok: false, where: where(item), message: `invalid JSON (${(e as Error).message})` };
      }
      if (doc === null || typeof doc !== 'object' || Array.isArray(doc)) return { ok: false, where: where(item), message: 'expected a JSON object { "id", "text" }' };
      const d = doc as { id?: unknown; text?: unknown };
      if (typeof d.text !== 'string') return { ok: false, where: where(item), message: 'expected a string "text"' };
      if (d.id !== undefined && typeof d.id !== 'string' && typeof d.id !== 'number') return { ok: false, where: where(item), message: '"id" must be a string or a number' };
      // The id as written (raw JSON text); without one, FILE:LINE, unique across the input files.
      id = d.id === undefined ? stringId(`${item.file}:${item.line ?? 0}`) : rawId(rawMember(item.payload, 'id') ?? JSON.stringify(d.id), d.id as string | number);
      if (d.id !== undefined) named = id.json;
      text = d.text;
    } else {
      id = stringId(item.id ?? item.file);
      text = item.payload;
    }
    const tooBig = memoryProblem(text);
    if (tooBig) return { ok: false, where: where(item, named), message: `not analysed: ${tooBig}` };
    try {
      return { ok: true, out: formatDocument(options.format, id, analyzer.analyze(text), options) };
    } catch (e) {
      return { ok: false, where: where(item, named), message: `analysis failed: ${(e as Error).message}` };
    }
  };
  return (items) => items.map(one);
}

/** Groups items into batches of at most `maxItems` items or about `maxChars` characters. */
export async function* batches(items: AsyncIterable<RawItem>, maxItems = 64, maxChars = 512 * 1024): AsyncGenerator<RawItem[]> {
  let batch: RawItem[] = [];
  let chars = 0;
  for await (const item of items) {
    batch.push(item);
    chars += item.payload.length;
    if (batch.length >= maxItems || chars >= maxChars) {
      yield batch;
      batch = [];
      chars = 0;
    }
  }
  if (batch.length > 0) yield batch;
}

/**
 * Runs `exec` on every batch with at most `maxInFlight` batches started and not yet consumed,
 * and hands the results to `consume` strictly in input order (the queue of pending promises is
 * the reorder buffer). `consume` returns false to stop early.
 */
export async function runOrdered<T, R>(
  input: AsyncIterable<T>,
  exec: (batch: T) => Promise<R>,
  maxInFlight: number,
  consume: (result: R) => Promise<boolean>,
): Promise<void> {
  const queue: Promise<R>[] = [];
  const settle = (p: Promise<R>) => {
    p.catch(() => undefined); // rejections are seen when the promise reaches the head of the queue
    return p;
  };
  try {
    for await (const batch of input) {
      queue.push(settle(exec(batch)));
      while (queue.length >= maxInFlight) {
        if (!(await consume(await queue.shift()!))) return;
      }
    }
    while (queue.length > 0) {
      if (!(await consume(await queue.shift()!))) return;
    }
  } finally {
    queue.length = 0;
  }
}
