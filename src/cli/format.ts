/**
 * Output formats of `tahlil analyze`. Each document is formatted on its own (in a worker thread
 * when there are workers); the command adds the header, separators and footer around them.
 */
import type { Analysis, Entity, SummaryItem } from '../index.js';
import { pageEnd, pageStart, renderDocument } from './render-html.js';

export const FORMATS = ['json', 'jsonl', 'tsv', 'conll', 'html'] as const;
export type Format = (typeof FORMATS)[number];

/**
 * A document id as the output writes it: `json` is the JSON text put in JSON and JSONL output
 * (for a JSONL input line, exactly the text of its "id", so `1e400` or `12345678901234567890`
 * come back unchanged); `text` is what TSV, CoNLL and HTML show.
 */
export interface DocId {
  json: string;
  text: string;
}

/** The id of a document named by a string (a path, `FILE:LINE`). */
export function stringId(text: string): DocId {
  return { json: JSON.stringify(text), text };
}

/** The id of a JSONL document from the raw JSON text of its "id" member (a string or a number). */
export function rawId(json: string, value: string | number): DocId {
  return { json, text: typeof value === 'string' ? value : json };
}

/** A placeholder the id's raw JSON replaces after JSON.stringify (NUL cannot occur unescaped in JSON text). */
const ID_SLOT = '\u0000tahlil-id\u0000';
const ID_SLOT_JSON = JSON.stringify(ID_SLOT);

function stringifyWithId(record: { id: unknown }, id: DocId, indent?: number): string {
  const s = JSON.stringify({ ...record, id: ID_SLOT }, null, indent);
  const at = s.indexOf(ID_SLOT_JSON);
  return s.slice(0, at) + id.json + s.slice(at + ID_SLOT_JSON.length);
}

/** The compact record of one document in JSONL: entities and summaries without their mention lists. */
export function jsonlRecord(id: DocId, a: Analysis) {
  return {
    id: id.text as unknown,
    entities: a.entities.map((e) => ({ start: e.start, end: e.end, type: e.type, text: e.text, norm: e.norm, canonical: e.canonical, id: e.id })),
    people: a.people.map(summary),
    places: a.places.map(summary),
    organisations: a.organisations.map(summary),
  };
}

function summary(s: SummaryItem) {
  return { name: s.name, type: s.type, id: s.id, count: s.count };
}

/** The fuller record of `--format json`: entities with their source, summaries with mention offsets, nationalities. */
function jsonRecord(id: DocId, a: Analysis) {
  const full = (s: SummaryItem) => ({ ...summary(s), mentions: s.mentions.map((m) => ({ start: m.start, end: m.end, text: m.text })) });
  return {
    id: id.text as unknown,
    entities: a.entities,
    people: a.people.map(full),
    places: a.places.map(full),
    organisations: a.organisations.map(full),
    nationalities: a.nationalities,
  };
}

const TSV_HEADER = ['id', 'start', 'end', 'type', 'text', 'canonical', 'entity_id', 'source'].join('\t') + '\n';

const TSV_ESCAPES: Record<string, string> = { '\\': '\\\\', '\t': '\\t', '\n': '\\n', '\r': '\\r', '\u2028': '\\u2028', '\u2029': '\\u2029' };

/** A TSV cell: backslash, tab, line breaks (LF, CR, U+2028, U+2029) escaped, so a row stays one line. */
export function tsvCell(v: unknown): string {
  if (v === undefined || v === null) return '';
  return String(v).replace(/[\\\t\n\r\u2028\u2029]/g, (c) => TSV_ESCAPES[c]!);
}

function tsv(id: DocId, entities: readonly Entity[]): string {
  return entities.map((e) => [id.text, e.start, e.end, e.type, e.text, e.canonical, e.id, e.source].map(tsvCell).join('\t') + '\n').join('');
}

/** IOB2 per token (`token\tTAG`), a blank line after each sentence, `# id = …` before each document. */
function conll(id: DocId, a: Analysis): string {
  const out: string[] = [`# id = ${id.text.replace(/\s+/g, ' ')}\n`];
  const words = a.tokens.filter((t) => t.text.trim() !== '');
  let e = 0;
  let s = 0;
  let inSentence = false;
  let lastEntity = -1;
  for (const t of words) {
    let sentenceEnded = false;
    while (s < a.sentences.length && a.sentences[s]!.end <= t.start) {
      if (inSentence) sentenceEnded = true;
      inSentence = false;
      s++;
    }
    while (e < a.entities.length && a.entities[e]!.end <= t.start) e++;
    const ent = a.entities[e];
    let tag = 'O';
    let continues = false;
    if (ent && ent.start < t.end && t.start < ent.end) {
      continues = lastEntity === e;
      tag = `${continues ? 'I' : 'B'}-${ent.type}`;
      lastEntity = e;
    }
    // A name matched across a line break (where a sentence ends) keeps its sentence going, so that
    // no sentence opens with I- and a reader finds the one entity the other formats give.
    if (sentenceEnded && !continues) out.push('\n');
    out.push(`${t.text.replace(/\s+/g, '_')}\t${tag}\n`);
    inSentence = true;
  }
  if (inSentence) out.push('\n');
  return out.join('');
}

/** The text before the first document. */
export function formatStart(format: Format, options: { single: boolean; title?: string }): string {
  switch (format) {
    case 'json':
      return options.single ? '' : '[\n';
    case 'tsv':
      return TSV_HEADER;
    case 'html':
      return pageStart(options.title ?? 'tahlil');
    default:
      return '';
  }
}

/** The text between two documents (before document `index` ≥ 1). */
export function formatSeparator(format: Format): string {
  return format === 'json' ? ',\n' : '';
}

/** The text after the last document. */
export function formatEnd(format: Format, options: { single: boolean }): string {
  switch (format) {
    case 'json':
      return options.single ? '' : '\n]\n';
    case 'html':
      return pageEnd();
    default:
      return '';
  }
}

/** One document in the given format. */
export function formatDocument(format: Format, id: DocId, a: Analysis, options: { single: boolean }): string {
  switch (format) {
    case 'jsonl':
      return stringifyWithId(jsonlRecord(id, a), id) + '\n';
    case 'json':
      return stringifyWithId(jsonRecord(id, a), id, 2) + (options.single ? '\n' : '');
    case 'tsv':
      return tsv(id, a.entities);
    case 'conll':
      return conll(id, a);
    case 'html':
      return renderDocument(a, options.single ? {} : { heading: id.text });
  }
}
