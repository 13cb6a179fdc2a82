/**
 * Reader for CoNLL / IOB2 files: one `token TAG` a line (the token first, the tag last, separated
 * by spaces or tabs), a blank line between sentences. Tags are `O`, `B-X`, `I-X` with X one of
 * PER (or PERS), LOC, ORG, MISC. Each sentence becomes one document whose text is its tokens
 * joined by single spaces, with entity offsets into that text.
 */
import type { GoldDocument, ScoredSpan } from './score.js';

export interface ConllDocument extends GoldDocument {
  tokens: string[];
  tags: string[];
  entities: (ScoredSpan & { text: string })[];
}

const TAG = /^(?:O|[BIES]-[A-Za-z]+)$/;

/** `PERS` → `PER`; every other type as it is, upper-cased. */
function entityType(raw: string): string {
  const t = raw.toUpperCase();
  return t === 'PERS' ? 'PER' : t;
}

/** True when `line` looks like a `token TAG` line. */
export function isConllLine(line: string): boolean {
  const parts = line.trim().split(/\s+/);
  return parts.length >= 2 && TAG.test(parts[parts.length - 1]!);
}

/**
 * Parses CoNLL/IOB2 text into one document per sentence. An `I-X` that does not continue an
 * entity of type X starts one (IOB1 leniency). `-DOCSTART-` lines and `#` comment lines that are
 * not `token TAG` lines are skipped; any other malformed line throws `line N: …`.
 *
 * @example
 * parseConll('زار O\nدمشق B-LOC\n').at(0);
 * // → { id: 'sentence-1', text: 'زار دمشق', entities: [{ start: 4, end: 8, type: 'LOC', text: 'دمشق' }], … }
 */
export function parseConll(source: string, options: { idPrefix?: string } = {}): ConllDocument[] {
  const prefix = options.idPrefix ?? 'sentence-';
  const docs: ConllDocument[] = [];
  let tokens: string[] = [];
  let tags: string[] = [];
  const flush = () => {
    if (tokens.length > 0) docs.push(build(`${prefix}${docs.length + 1}`, tokens, tags));
    tokens = [];
    tags = [];
  };
  const lines = source.split(/\r?\n/);
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (line.trim() === '') {
      flush();
      continue;
    }
    const parts = line.trim().split(/\s+/);
    if (parts[0] === '-DOCSTART-') {
      flush();
      continue;
    }
    const tag = parts[parts.length - 1]!;
    if (parts.length < 2 || !TAG.test(tag)) {
      if (line.startsWith('#')) continue;
      throw new Error(`line ${i + 1}: expected 'token TAG' (TAG one of O, B-X, I-X), got ${JSON.stringify(line.slice(0, 80))}`);
    }
    tokens.push(parts[0]!);
    tags.push(tag);
  }
  flush();
  return docs;
}

function build(id: string, tokens: string[], tags: string[]): ConllDocument {
  const text = tokens.join(' ');
  const entities: ConllDocument['entities'] = [];
  let open: (ScoredSpan & { text: string }) | undefined;
  let offset = 0;
  const close = () => {
    if (open) {
      open.text = text.slice(open.start, open.end);
      entities.push(open);
    }
    open = undefined;
  };
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!;
    const tag = tags[i]!;
    const start = offset;
    const end = start + token.length;
    offset = end + 1;
    if (tag === 'O') {
      close();
      continue;
    }
    const prefix = tag[0]!;
    const type = entityType(tag.slice(2));
    const continues = open !== undefined && open.type === type && (prefix === 'I' || prefix === 'E');
    if (continues) {
      open!.end = end;
    } else {
      close();
      open = { start, end, type, text: '' };
    }
    if (prefix === 'E' || prefix === 'S') close();
  }
  close();
  return { id, text, tokens, tags, entities };
}

/** True when a file's content is CoNLL rather than JSONL: its first non-blank line is not a JSON object. */
export function looksLikeConll(content: string, path = ''): boolean {
  if (/\.(conll|iob2?|bio|conllu?)$/i.test(path)) return true;
  if (/\.jsonl?$/i.test(path)) return false;
  const first = content.split('\n').find((l) => l.trim() !== '');
  return first !== undefined && !first.trimStart().startsWith('{');
}
