// The tahlil command line: `tahlil <command> [options]`. Dispatches to src/cli/commands/*.
import { DataError, UsageError } from './args.js';
import * as analyze from './commands/analyze.js';
import * as demo from './commands/demo.js';
import * as evaluate from './commands/eval.js';
import * as normalize from './commands/normalize.js';
import * as render from './commands/render.js';
import * as sentences from './commands/sentences.js';
import * as terms from './commands/terms.js';
import * as tokenize from './commands/tokenize.js';
import * as train from './commands/train.js';
import { version } from './package.js';

interface Command {
  help: string;
  run(argv: readonly string[]): Promise<number>;
}

const COMMANDS: Record<string, Command & { summary: string }> = {
  analyze: { ...analyze, summary: 'find people, places and organisations (json, jsonl, tsv, conll, html)' },
  eval: { ...evaluate, summary: 'precision, recall and F1 against gold JSONL or CoNLL (as score.py)' },
  render: { ...render, summary: 'one self-contained HTML page with the entities highlighted' },
  normalize: { ...normalize, summary: 'normalise text line by line (presets display, standard, search)' },
  tokenize: { ...tokenize, summary: 'tokens as JSONL, one line per input line (--segments for clitics)' },
  sentences: { ...sentences, summary: 'one sentence a line' },
  terms: { ...terms, summary: 'search-index terms of each line: stems, no stop words (--no-stem, --keep-stopwords)' },
  train: { ...train, summary: 'train a tagger model on annotated text (CoNLL or JSONL) for createAnalyzer({ model })' },
  demo: { ...demo, summary: 'analyse the built-in fixtures and print what they name' },
};

const usage = () => `usage: tahlil <command> [options] [files…]

Arabic text analysis: normalisation, tokenisation, and people, places and organisations.

commands:
${Object.entries(COMMANDS)
  .map(([name, c]) => `  ${name.padEnd(10)} ${c.summary}`)
  .join('\n')}

  tahlil <command> --help   options and examples of one command
  tahlil --version          the version

examples:
  tahlil demo
  tahlil analyze article.txt
  tahlil analyze --input jsonl --format jsonl < gold.jsonl > pred.jsonl
  tahlil eval gold.jsonl pred.jsonl
  tahlil render article.txt > page.html

exit codes: 0 ok · 1 bad data (a malformed line, a failed document) · 2 bad usage or unreadable file
`;

export async function main(argv: readonly string[]): Promise<number> {
  const [first, ...rest] = argv;
  try {
    if (first === undefined) {
      process.stderr.write(usage());
      return 2;
    }
    if (first === '-h' || first === '--help') {
      process.stdout.write(usage());
      return 0;
    }
    if (first === '--version' || first === '-v' || first === '-V') {
      process.stdout.write(`${version()}\n`);
      return 0;
    }
    if (first === 'help') {
      const c = rest[0] !== undefined ? COMMANDS[rest[0]] : undefined;
      if (rest[0] !== undefined && !c) throw new UsageError(`unknown command '${rest[0]}'`);
      process.stdout.write(c ? c.help : usage());
      return 0;
    }
    if (first.startsWith('-')) throw new UsageError(`unknown option '${first}' (options go after the command)`);
    const command = Object.hasOwn(COMMANDS, first) ? COMMANDS[first] : undefined;
    if (!command) throw new UsageError(`unknown command '${first}'; commands: ${Object.keys(COMMANDS).join(', ')}`);
    try {
      return await command.run(rest);
    } catch (e) {
      if (e instanceof UsageError) {
        process.stderr.write(`tahlil ${first}: ${e.message}\nRun 'tahlil ${first} --help' for usage.\n`);
        return 2;
      }
      throw e;
    }
  } catch (e) {
    if (e instanceof UsageError) {
      process.stderr.write(`tahlil: ${e.message}\nRun 'tahlil --help' for usage.\n`);
      return 2;
    }
    if (e instanceof DataError) {
      process.stderr.write(`tahlil ${first ?? ''}: ${e.message}\n`);
      return 1;
    }
    const err = e as NodeJS.ErrnoException;
    if (err.code === 'EPIPE') return 0;
    if (err.syscall === 'write') return outputFailed(err);
    process.stderr.write(`tahlil ${first ?? ''}: ${err.message ?? String(e)}\n`);
    return 1;
  }
}

/** A failed write of the output (ENOSPC, EIO…): one line, no stack trace, exit code 1. */
function outputFailed(e: NodeJS.ErrnoException): number {
  const why = e.code === 'ENOSPC' ? 'no space left on device' : e.code === 'EDQUOT' ? 'disk quota exceeded' : (e.message ?? String(e)).replace(/^\w+: /, '').replace(/, write$/, '');
  process.stderr.write(`tahlil: cannot write the output: ${why}${e.code ? ` (${e.code})` : ''}\n`);
  return 1;
}

// A reader that goes away (`tahlil … | head`) is not an error; any other write error is one line.
process.stdout.on('error', (e: NodeJS.ErrnoException) => {
  if (e.code === 'EPIPE') process.exit(0);
  process.exit(outputFailed(e));
});
// Standard error is for messages only: when its reader goes away (`… 2>&1 >out | head -1`), the
// messages are lost but the output goes on.
process.stderr.on('error', () => undefined);

process.exitCode = await main(process.argv.slice(2));
