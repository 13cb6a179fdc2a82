import { createAnalyzer } from '../../index.js';
import { DataError, parse, UsageError } from '../args.js';
import { looksLikeConll, parseConll } from '../conll.js';
import { checkReadable, readSource } from '../io.js';
import { docKey, formatScore, score, scoreJson, type GoldDocument, type ScoredSpan } from '../score.js';

export const help = `usage: tahlil eval [options] GOLD [PRED]

Entity-level precision, recall and F1 for PER, LOC and ORG, per type and overall (micro), with
the matching rule of ANNOTATION.md and score.py: same type, same end, starts that differ only by
at most two proclitics (و ف ب ل ك) or tatweels. MISC is ignored.

GOLD is JSONL ({ "id", "text", "entities": [{ start, end, type }] } a line) or CoNLL/IOB2
(\`token TAG\` lines, a blank line between sentences; B-/I-PER(S), LOC, ORG, MISC), told apart by
extension (.conll, .iob, .bio / .jsonl) or content. A CoNLL sentence becomes a document whose text
is its tokens joined by single spaces. PRED is JSONL ({ "id", "entities" } a line, e.g. the
output of \`tahlil analyze --format jsonl\`) or CoNLL for CoNLL gold; '-' reads it from standard
input. Without PRED, the built-in analyzer is run on the gold texts.

Nothing is scored, and the problems are listed (exit code 1), when GOLD has duplicate ids, a type
other than PER, LOC, ORG, MISC (case matters: 'loc' is refused), offsets out of its text or with the
end not after the start, or two overlapping spans in one document (a JSONL line without "entities"
is an error); or when PRED has an id that is in no gold document, a duplicate id, an unknown type
or offsets outside its gold text.

options:
  --errors     list misses and false alarms first: kind<TAB>id<TAB>type<TAB>text (like score.py)
  --json       print the numbers as JSON: { PER: { p, r, f1, tp, fp, fn }, …, ALL }
  -h, --help   this help

examples:
  tahlil eval node_modules/tahlil/fixtures/gold.jsonl     # the gold of the demo articles, shipped in the package
  tahlil analyze --input jsonl --format jsonl < gold.jsonl > pred.jsonl && tahlil eval gold.jsonl pred.jsonl
  tahlil eval --errors train.conll | head

exit codes: 0 ok · 1 malformed GOLD or PRED · 2 bad usage or unreadable file
`;

export async function run(argv: readonly string[]): Promise<number> {
  const p = parse(argv, { errors: { type: 'boolean' }, json: { type: 'boolean' } });
  if (p.values.help) {
    process.stdout.write(help);
    return 0;
  }
  const [goldPath, predPath, extra] = p.positionals;
  if (goldPath === undefined) throw new UsageError('eval needs a GOLD file');
  if (extra !== undefined) throw new UsageError(`eval takes GOLD and PRED, not '${extra}'`);
  checkReadable(p.positionals);

  const goldText = await readSource(goldPath, { command: 'eval' });
  const goldIsConll = looksLikeConll(goldText, goldPath);
  const gold = goldIsConll
    ? inFile(goldPath, () => parseConll(goldText)).map((d, i): Located<GoldDocument> => ({ value: d, where: `${name(goldPath)}: sentence ${i + 1}` }))
    : readGoldJsonl(goldText, goldPath);
  // An empty GOLD (a failed export, the wrong file) scored 0.000 everywhere with exit code 0.
  if (gold.length === 0) throw new DataError(`GOLD ${name(goldPath)} has no documents, nothing to score`);
  const goldById = checkGold(gold);
  const goldDocs = gold.map((g) => g.value);

  const pred = new Map<string, ScoredSpan[]>();
  if (predPath !== undefined) {
    const predText = await readSource(predPath, { command: 'eval' });
    const docs = looksLikeConll(predText, predPath === '-' ? '' : predPath)
      ? inFile(predPath, () => parseConll(predText)).map((d, i): Located<PredDocument> => ({ value: { id: d.id, entities: d.entities }, where: `${name(predPath)}: sentence ${i + 1}` }))
      : readPredJsonl(predText, predPath);
    for (const [key, entities] of checkPred(docs, goldById, name(predPath))) pred.set(key, entities);
  } else {
    const analyzer = createAnalyzer();
    for (const d of goldDocs) pred.set(docKey(d.id), analyzer.extractEntities(d.text));
  }

  const result = score(goldDocs, pred);
  if (p.values.json) {
    if (p.values.errors) for (const e of result.errors) process.stdout.write([e.kind, e.id, e.type, e.text].join('\t') + '\n');
    process.stdout.write(JSON.stringify(scoreJson(result)) + '\n');
  } else {
    process.stdout.write(formatScore(result, { errors: p.values.errors === true }));
  }
  return 0;
}

/** Known entity types: the scored PER, LOC, ORG, and MISC (read, not scored). Case matters: `loc` is refused. */
const TYPES = new Set(['PER', 'LOC', 'ORG', 'MISC']);

interface Located<T> {
  value: T;
  /** `gold.jsonl: line 3`, `train.conll: sentence 12`. */
  where: string;
}

interface PredDocument {
  id: unknown;
  entities: ScoredSpan[];
}

const name = (path: string) => (path === '-' ? 'standard input' : path);
const showId = (id: unknown) => (typeof id === 'string' ? JSON.stringify(id) : String(JSON.stringify(id)));

/** Throws one DataError listing the first problems (at most 10) when there are any. */
function refuse(problems: string[], what: string): void {
  if (problems.length === 0) return;
  const more = problems.length > 10 ? `\n  … and ${problems.length - 10} more` : '';
  throw new DataError(`${what}: ${problems.length} problem${problems.length === 1 ? '' : 's'}, nothing scored:\n  ${problems.slice(0, 10).join('\n  ')}${more}`);
}

/** Problems of one span against a text of `length` code units: a type eval does not know, offsets inverted or out of range. */
function spanProblems(e: ScoredSpan, i: number, length: number | undefined): string[] {
  const out: string[] = [];
  if (!TYPES.has(e.type)) out.push(`entity ${i} has unknown type ${JSON.stringify(e.type)} (expected PER, LOC, ORG or MISC)`);
  if (e.start < 0 || e.end <= e.start) out.push(`entity ${i} has offsets ${e.start}–${e.end}: ${e.end <= e.start ? 'the end is not after the start' : 'negative'}`);
  else if (length !== undefined && e.end > length) out.push(`entity ${i} ends at ${e.end}, after the end of its text (${length})`);
  return out;
}

/**
 * Gold must be unambiguous before anything is scored: unique ids, known types, offsets inside the
 * text with the end after the start, and no two spans of one document overlapping.
 * Returns the text length of each gold document by {@link docKey}.
 */
function checkGold(gold: readonly Located<GoldDocument>[]): Map<string, number> {
  const problems: string[] = [];
  const byId = new Map<string, number>();
  const firstAt = new Map<string, string>();
  for (const { value: d, where } of gold) {
    const key = docKey(d.id);
    if (firstAt.has(key)) problems.push(`${where}: duplicate id ${showId(d.id)} (first at ${firstAt.get(key)})`);
    else firstAt.set(key, where);
    byId.set(key, d.text.length);
    d.entities.forEach((e, i) => problems.push(...spanProblems(e, i, d.text.length).map((m) => `${where}: ${m}`)));
    const sorted = d.entities.map((e, i) => ({ ...e, i })).sort((a, b) => a.start - b.start || a.end - b.end);
    for (let k = 1; k < sorted.length; k++) {
      const [a, b] = [sorted[k - 1]!, sorted[k]!];
      if (b.start < a.end) problems.push(`${where}: entities ${a.i} (${a.start}–${a.end}) and ${b.i} (${b.start}–${b.end}) overlap`);
    }
  }
  refuse(problems, 'GOLD');
  return byId;
}

/** Predictions must name gold documents, once each, with known types and offsets inside the gold text. */
function checkPred(docs: readonly Located<PredDocument>[], gold: ReadonlyMap<string, number>, file: string): Map<string, ScoredSpan[]> {
  const problems: string[] = [];
  const out = new Map<string, ScoredSpan[]>();
  const firstAt = new Map<string, string>();
  for (const { value: d, where } of docs) {
    const key = docKey(d.id);
    if (d.id === undefined) {
      problems.push(`${where}: no "id" (each prediction names the gold document it is for)`);
      continue;
    }
    if (firstAt.has(key)) problems.push(`${where}: duplicate id ${showId(d.id)} (first at ${firstAt.get(key)})`);
    else firstAt.set(key, where);
    const length = gold.get(key);
    if (length === undefined) problems.push(`${where}: id ${showId(d.id)} matches no gold document`);
    d.entities.forEach((e, i) => problems.push(...spanProblems(e, i, length).map((m) => `${where}: ${m}`)));
    out.set(key, d.entities);
  }
  refuse(problems, `PRED ${file}`);
  return out;
}

function inFile<T>(path: string, f: () => T): T {
  try {
    return f();
  } catch (e) {
    throw new DataError(`${path === '-' ? 'standard input' : path}: ${(e as Error).message}`);
  }
}

function jsonLines(text: string, path: string): { value: Record<string, unknown>; line: number }[] {
  const out: { value: Record<string, unknown>; line: number }[] = [];
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const l = lines[i]!;
    if (l.trim() === '') continue;
    let v: unknown;
    try {
      v = JSON.parse(l);
    } catch (e) {
      throw new DataError(`${path}: line ${i + 1}: invalid JSON (${(e as Error).message})`);
    }
    if (v === null || typeof v !== 'object' || Array.isArray(v)) throw new DataError(`${path}: line ${i + 1}: expected a JSON object`);
    out.push({ value: v as Record<string, unknown>, line: i + 1 });
  }
  return out;
}

function spans(v: unknown, where: string, needText = false): ScoredSpan[] {
  if (v === undefined) return [];
  if (!Array.isArray(v)) throw new DataError(`${where}: "entities" must be an array`);
  return v.map((e: unknown, i) => {
    const s = e as Partial<ScoredSpan> | null;
    if (s === null || typeof s !== 'object' || !Number.isInteger(s.start) || !Number.isInteger(s.end) || (needText && typeof s.type !== 'string')) {
      throw new DataError(`${where}: entity ${i} needs integer "start" and "end" and a "type"`);
    }
    return { start: s.start!, end: s.end!, type: String(s.type) };
  });
}

export function readGoldJsonl(text: string, path: string): Located<GoldDocument>[] {
  return jsonLines(text, path).map(({ value, line }) => {
    const where = `${name(path)}: line ${line}`;
    if (typeof value.text !== 'string') throw new DataError(`${where}: expected a string "text"`);
    if (typeof value.id !== 'string' && typeof value.id !== 'number') throw new DataError(`${where}: expected an "id" (a string or a number)`);
    // Gold without "entities" is a text, not an annotation: scored as having no entity (all zeros)
    // or trained on as all O, without a word. score.py needs the key too.
    if (value.entities === undefined) throw new DataError(`${where}: expected "entities" (gold annotation; a document with none has "entities": [])`);
    return { value: { id: value.id, text: value.text, entities: spans(value.entities, where, true) }, where };
  });
}

function readPredJsonl(text: string, path: string): Located<PredDocument>[] {
  return jsonLines(text, path).map(({ value, line }) => {
    const where = `${name(path)}: line ${line}`;
    return { value: { id: value.id, entities: spans(value.entities, where, true) }, where };
  });
}
