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

  const goldText = await readSource(goldPath);
  const goldIsConll = looksLikeConll(goldText, goldPath);
  const gold = goldIsConll ? inFile(goldPath, () => parseConll(goldText)) : readGoldJsonl(goldText, goldPath);

  const pred = new Map<string, ScoredSpan[]>();
  if (predPath !== undefined) {
    const predText = await readSource(predPath);
    if (looksLikeConll(predText, predPath === '-' ? '' : predPath)) {
      for (const d of inFile(predPath, () => parseConll(predText))) pred.set(docKey(d.id), d.entities);
    } else {
      readPredJsonl(predText, predPath, pred);
    }
  } else {
    const analyzer = createAnalyzer();
    for (const d of gold) pred.set(docKey(d.id), analyzer.extractEntities(d.text));
  }

  const result = score(gold, pred);
  if (p.values.json) {
    if (p.values.errors) for (const e of result.errors) process.stdout.write([e.kind, e.id, e.type, e.text].join('\t') + '\n');
    process.stdout.write(JSON.stringify(scoreJson(result)) + '\n');
  } else {
    process.stdout.write(formatScore(result, { errors: p.values.errors === true }));
  }
  return 0;
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

function readGoldJsonl(text: string, path: string): GoldDocument[] {
  return jsonLines(text, path).map(({ value, line }) => {
    const where = `${path}: line ${line}`;
    if (typeof value.text !== 'string') throw new DataError(`${where}: expected a string "text"`);
    if (value.id === undefined) throw new DataError(`${where}: expected an "id"`);
    return { id: value.id as string, text: value.text, entities: spans(value.entities, where, true) };
  });
}

function readPredJsonl(text: string, path: string, into: Map<string, ScoredSpan[]>): void {
  for (const { value, line } of jsonLines(text, path)) {
    into.set(docKey(value.id), spans(value.entities, `${path}: line ${line}`));
  }
}
