import { basename } from 'node:path';
import { analyze } from '../../index.js';
import { DataError, parse, types, UsageError } from '../args.js';
import { checkReadable, Output, readSource, sourceName } from '../io.js';
import { memoryProblem } from '../memory.js';
import { renderHtml } from '../render-html.js';

export const help = `usage: tahlil render [options] [file]

Writes one self-contained HTML page (no network: inline CSS, no fonts or scripts from elsewhere)
for an Arabic text: right to left, entities highlighted by type with a legend and a tooltip
(canonical name, id, source), and a table of the people, places and organisations with their
counts above the text. Reads standard input when no file is given.

options:
  --title TEXT          the page title (default: the file name)
  --types PER,LOC,ORG   highlight only these types
  -h, --help            this help

examples:
  tahlil render article.txt > page.html
  curl -s … | tahlil render --title 'خبر' > page.html
`;

export async function run(argv: readonly string[]): Promise<number> {
  const p = parse(argv, { title: { type: 'string' }, types: { type: 'string' } });
  if (p.values.help) {
    process.stdout.write(help);
    return 0;
  }
  if (p.positionals.length > 1) throw new UsageError('render takes one file (use `tahlil analyze --format html a.txt b.txt` for several)');
  const file = p.positionals[0] ?? '-';
  checkReadable([file]);
  const entityTypes = types(p);
  const text = await readSource(file, { command: 'render' });
  const tooBig = memoryProblem(text);
  if (tooBig) throw new DataError(`${sourceName(file)}: ${tooBig}`);
  const analysis = analyze(text, entityTypes ? { types: entityTypes } : {});
  const title = typeof p.values.title === 'string' ? p.values.title : file === '-' ? 'tahlil' : basename(file);
  await new Output(process.stdout).write(renderHtml(analysis, { title }));
  return 0;
}
