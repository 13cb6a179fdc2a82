/**
 * Plain text in paragraph windows, so that `tahlil analyze` reads a file of any size with bounded
 * memory: the text is cut at paragraph boundaries (a blank line) into windows of at most `size`
 * UTF-16 code units, each analysed on its own (document-level propagation stays inside a window),
 * and the entities are moved back to offsets in the whole file, so `text.slice(start, end)` of the
 * file is still each entity.
 */
import { StringDecoder } from 'node:string_decoder';
import type { Readable } from 'node:stream';
import { memoryProblem } from './memory.js';
import { summarise, type Analysis, type Analyzer, type Entity, type NationalityMention } from '../index.js';

/** One window: its text, exactly as in the file, and the offset of its first code unit in the file. */
export interface TextWindow {
  text: string;
  offset: number;
}

/**
 * Where to cut `s` so that the first part has at most `size` code units: after the last blank line
 * (`\n` then only spaces or tabs then `\n`) before it, else after the last line break, else after
 * the last space, else at `size` (never between the two halves of a surrogate pair).
 */
export function cutAt(s: string, size: number): number {
  const head = s.slice(0, size);
  for (let nl = head.lastIndexOf('\n'); nl > 0; nl = head.lastIndexOf('\n', nl - 1)) {
    let i = nl - 1;
    while (i >= 0 && (head[i] === ' ' || head[i] === '\t' || head[i] === '\r')) i--;
    if (i >= 0 && head[i] === '\n') return nl + 1;
    if (nl < size / 2) break; // no paragraph boundary in the second half: cut at a line
  }
  const nl = head.lastIndexOf('\n');
  if (nl > 0) return nl + 1;
  const sp = head.lastIndexOf(' ');
  if (sp > 0) return sp + 1;
  const c = head.charCodeAt(size - 1);
  return c >= 0xd800 && c <= 0xdbff ? size - 1 : size;
}

/** The windows of a byte stream decoded as UTF-8 (a BOM at the start dropped), in order. */
export async function* textWindows(stream: Readable, size: number, onBytes?: (chunk: Buffer) => void): AsyncGenerator<TextWindow> {
  const decoder = new StringDecoder('utf8');
  let buffer = '';
  let offset = 0;
  let first = true;
  for await (const chunk of stream) {
    onBytes?.(chunk as Buffer);
    buffer += decoder.write(chunk as Buffer);
    if (first && buffer.length > 0) {
      if (buffer.charCodeAt(0) === 0xfeff) buffer = buffer.slice(1);
      first = false;
    }
    while (buffer.length > size) {
      const cut = cutAt(buffer, size);
      yield { text: buffer.slice(0, cut), offset };
      offset += cut;
      buffer = buffer.slice(cut);
    }
  }
  buffer += decoder.end();
  if (first && buffer.charCodeAt(0) === 0xfeff) buffer = buffer.slice(1);
  if (buffer.length > 0 || offset === 0) yield { text: buffer, offset };
}

/**
 * Analyses a file window by window and merges the results: entities and nationality mentions at
 * file offsets (tokens and sentences numbered through the file), summaries over the whole file.
 * The merged analysis keeps no text, tokens or sentences: it is for the JSON, JSONL and TSV outputs.
 */
export async function analyzeWindows(windows: AsyncIterable<TextWindow>, analyzer: Analyzer): Promise<Analysis> {
  const entities: Entity[] = [];
  const nationalities = new Map<string, NationalityMention>();
  let tokens = 0;
  let sentences = 0;
  for await (const w of windows) {
    const tooBig = memoryProblem(w.text);
    if (tooBig) throw new Error(`the window at character ${w.offset.toLocaleString('en')}: ${tooBig} (or a smaller --window)`);
    const a = analyzer.analyze(w.text);
    for (const e of a.entities) {
      entities.push({ ...e, start: e.start + w.offset, end: e.end + w.offset, tokenStart: e.tokenStart + tokens, tokenEnd: e.tokenEnd + tokens, sentence: e.sentence + sentences });
    }
    for (const n of a.nationalities) {
      const into = nationalities.get(n.country) ?? { country: n.country, count: 0, mentions: [] };
      into.count += n.count;
      for (const m of n.mentions) into.mentions.push({ ...m, start: m.start + w.offset, end: m.end + w.offset });
      nationalities.set(n.country, into);
    }
    tokens += a.tokens.length;
    sentences += a.sentences.length;
  }
  return {
    text: '',
    sentences: [],
    tokens: [],
    entities,
    people: summarise(entities, 'PER'),
    places: summarise(entities, 'LOC'),
    organisations: summarise(entities, 'ORG'),
    nationalities: [...nationalities.values()].sort((a, b) => b.count - a.count),
  };
}
