import { sentences } from '../../index.js';
import { parse } from '../args.js';
import { checkReadable, lineLimitHelp, LINE_LIMIT_OPTION, mapLines, maxLineBytes } from '../io.js';

export const help = `usage: tahlil sentences [options] [files…]

Splits text into sentences, line by line (standard input when no file is given), streaming.
Writes one sentence a line; with --json, one JSON array of { start, end, text } per input line.

options:
  --json       JSONL output with offsets into each input line
${lineLimitHelp(22)}
  -h, --help   this help

examples:
  echo 'وصل الوفد إلى دمشق. والتقى الرئيس.' | tahlil sentences
  tahlil sentences --json article.txt
`;

export async function run(argv: readonly string[]): Promise<number> {
  const p = parse(argv, { ...LINE_LIMIT_OPTION, json: { type: 'boolean' } });
  if (p.values.help) {
    process.stdout.write(help);
    return 0;
  }
  checkReadable(p.positionals);
  const json = p.values.json === true;
  await mapLines(p.positionals, (line) => {
    const found = sentences(line.text);
    if (json) return JSON.stringify(found) + '\n';
    return found.map((s) => s.text + '\n').join('');
  }, { command: 'sentences', maxLineBytes: maxLineBytes(p) });
  return 0;
}
