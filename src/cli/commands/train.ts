import { accessSync, constants, statSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { trainTagger, type TrainingDocument } from '../../index.js';
import { TRAINING_UPDATES } from '../../ner/tagger/index.js';
import { DataError, int, oneOf, parse, str, UsageError } from '../args.js';
import { looksLikeConll, parseConll } from '../conll.js';
import { checkReadable, readSource } from '../io.js';
import { readGoldJsonl } from './eval.js';

export const help = `usage: tahlil train --train FILE… [--dev FILE] --out MODEL [options]

Trains a tagger model on annotated text of your own domain, for createAnalyzer({ model }).
Training files are CoNLL/IOB2 (\`token TAG\` lines, a blank line between sentences; B-/I-PER(S),
LOC, ORG; MISC is ignored) or JSONL gold ({ "id", "text", "entities": [{ start, end, type }] } a
line), told apart by extension or content, as for \`tahlil eval\`. Progress (epoch, sentences
still wrong, dev F1) goes to standard error. The same files and options give the same model.

options:
  --train FILE   training data (repeat or list several files)
  --dev FILE     development data: F1 after each epoch, and the best epoch is kept
  --out MODEL    where to write the model file (required)
  --epochs N     passes over the data (default 10)
  --seed N       seed of the shuffle between epochs (default 1)
  --prune N      drop weights smaller than N (of 127; default 16): smaller model, often better
  --update U     how a mistake moves the weights: passive-aggressive (default, as the built-in
                 model) or perceptron (a step of one: about 2.5 times faster, a little less accurate)
  -h, --help     this help

examples:
  tahlil train --train news.conll --dev news-dev.jsonl --out news.bin
  node -e "const {createAnalyzer}=require('tahlil'); const a=createAnalyzer({model: require('fs').readFileSync('news.bin')}); …"

exit codes: 0 ok · 1 malformed training data · 2 bad usage or unreadable file
`;

/**
 * Checks before training (which can take minutes) that the model file can be written: a directory,
 * or a folder that does not exist, is a usage error with exit code 2, as an unreadable input is.
 */
function checkWritable(path: string): void {
  let problem: string | undefined;
  try {
    if (statSync(path, { throwIfNoEntry: false })?.isDirectory()) problem = 'is a directory';
    else accessSync(dirname(path), constants.W_OK);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    problem = code === 'ENOENT' ? 'no such directory' : code === 'EACCES' ? 'permission denied' : (e as Error).message;
  }
  if (problem !== undefined) throw new UsageError(`cannot write --out ${path}: ${problem}`);
}

async function readDocuments(path: string): Promise<TrainingDocument[]> {
  const text = await readSource(path, { command: 'train' });
  try {
    return looksLikeConll(text, path) ? parseConll(text) : readGoldJsonl(text, path).map((d) => d.value);
  } catch (e) {
    if (e instanceof DataError) throw e;
    throw new DataError(`${path}: ${(e as Error).message}`);
  }
}

export async function run(argv: readonly string[]): Promise<number> {
  const p = parse(argv, {
    train: { type: 'string', multiple: true },
    dev: { type: 'string' },
    out: { type: 'string' },
    epochs: { type: 'string' },
    seed: { type: 'string' },
    prune: { type: 'string' },
    update: { type: 'string' },
  });
  if (p.values.help) {
    process.stdout.write(help);
    return 0;
  }
  const trainFiles = [...((p.values.train as string[] | undefined) ?? []), ...p.positionals];
  const out = str(p, 'out');
  if (trainFiles.length === 0) throw new UsageError('train needs --train FILE');
  if (out === undefined) throw new UsageError('train needs --out MODEL');
  const dev = str(p, 'dev');
  checkReadable(dev === undefined ? trainFiles : [...trainFiles, dev]);
  checkWritable(out);
  const epochs = int(p, 'epochs', 10, 1000, 1);
  const seed = int(p, 'seed', 1, 2 ** 31);
  const prune = int(p, 'prune', 16, 127);
  const update = oneOf(p, 'update', TRAINING_UPDATES, 'passive-aggressive');

  // A passive-aggressive step also counts a right sentence that does not yet win by the margin.
  const wrong = update === 'perceptron' ? 'wrong on' : 'wrong or short of the margin on';
  const docs: TrainingDocument[] = [];
  for (const f of trainFiles) docs.push(...(await readDocuments(f)));
  const devDocs = dev === undefined ? undefined : await readDocuments(dev);
  if (docs.length === 0) throw new DataError(`no training documents in ${trainFiles.join(', ')}`);
  if (devDocs?.length === 0) throw new DataError(`no documents in the --dev file ${dev}`);
  process.stderr.write(`training on ${docs.length} documents${devDocs ? `, ${devDocs.length} for dev` : ''}\n`);
  const t0 = Date.now();
  const bytes = trainTagger(docs, {
    epochs,
    seed,
    prune,
    update,
    ...(devDocs ? { dev: devDocs } : {}),
    onEpoch: ({ epoch, mistakes, features, devF1 }) =>
      process.stderr.write(`epoch ${epoch}/${epochs}: ${wrong} ${mistakes} sentences, ${features} features${devF1 !== undefined ? `, dev F1 ${devF1.toFixed(3)}` : ''}\n`),
  });
  writeFileSync(out, bytes);
  process.stderr.write(`wrote ${out}: ${bytes.length} bytes in ${((Date.now() - t0) / 1000).toFixed(1)} s\n`);
  return 0;
}
