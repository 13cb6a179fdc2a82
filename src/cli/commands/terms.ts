import { searchTerms, type SearchTermsOptions } from '../../index.js';
import { DataError, oneOf, parse } from '../args.js';
import { checkReadable, lineLimitHelp, LINE_LIMIT_OPTION, mapLines, maxLineBytes, type Line } from '../io.js';

export const help = `usage: tahlil terms [options] [files…]

Prints what a search engine should index for each input line (standard input when no file is
given), streaming: stems in 'search' form, without stop words (see docs/search.md).

options:
  --no-stem                 the word without its clitics instead of its stem
  --keep-stopwords          keep stop words (في، هذا، الذي…)
  --names                   also one term for each known multi-word name (الأمم المتحدة)
  --input text|jsonl        text lines (default), or JSON objects with "text" (and any "id")
  --format text|jsonl       terms separated by spaces (default), or JSON with offsets
${lineLimitHelp(28)}
  -h, --help                this help

examples:
  echo 'وصل الوفد إلى بغداد' | tahlil terms
  tahlil terms --format jsonl --names articles.txt > terms.jsonl
`;

/** The text of a JSONL line (its "text" field) and its "id", if any. */
function jsonRow(line: Line): { id?: unknown; text: string } {
  let v: unknown;
  try {
    v = JSON.parse(line.text);
  } catch (e) {
    throw new DataError(`${line.file === '-' ? 'standard input' : line.file}: line ${line.line}: invalid JSON (${(e as Error).message})`);
  }
  if (v === null || typeof v !== 'object' || typeof (v as { text?: unknown }).text !== 'string') {
    throw new DataError(`${line.file === '-' ? 'standard input' : line.file}: line ${line.line}: expected a JSON object with a "text" string`);
  }
  return v as { id?: unknown; text: string };
}

export async function run(argv: readonly string[]): Promise<number> {
  const p = parse(argv, {
    ...LINE_LIMIT_OPTION,
    'no-stem': { type: 'boolean' },
    'keep-stopwords': { type: 'boolean' },
    names: { type: 'boolean' },
    input: { type: 'string' },
    format: { type: 'string' },
  });
  if (p.values.help) {
    process.stdout.write(help);
    return 0;
  }
  const input = oneOf(p, 'input', ['text', 'jsonl'] as const, 'text');
  const format = oneOf(p, 'format', ['text', 'jsonl'] as const, 'text');
  const options: SearchTermsOptions = {
    stem: p.values['no-stem'] !== true,
    stopwords: p.values['keep-stopwords'] !== true,
    names: p.values.names === true,
  };
  checkReadable(p.positionals);
  await mapLines(p.positionals, (line) => {
    if (input === 'jsonl' && !line.text.trim()) return '';
    const row = input === 'jsonl' ? jsonRow(line) : { text: line.text };
    const terms = searchTerms(row.text, options);
    if (format === 'text') return terms.map((t) => t.term).join(' ') + '\n';
    return JSON.stringify(row.id === undefined ? { terms } : { id: row.id, terms }) + '\n';
  }, { command: 'terms', maxLineBytes: maxLineBytes(p) });
  return 0;
}
