import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TaggerModel } from '../src/ner/tagger/model.js';
import { ensureBuilt, runCli } from './helpers/cli.js';

// Invented sentences, CoNLL/IOB2 with the corpora's PERS spelling.
const CONLL = ['قال O', 'المدرب O', 'سامر B-PERS', 'القباني I-PERS', 'إن O', 'نادي O', 'الوثبة B-ORG', 'جاهز O', '', 'وسافر O', 'كنان B-PERS', 'الدباغ I-PERS', 'إلى O', 'حلب B-LOC', ''].join('\n');
const JSONL = JSON.stringify({ id: 'a', text: 'وأكد رامي الخياط أن الفريق في حمص', entities: [{ start: 5, end: 16, type: 'PER' }, { start: 29, end: 32, type: 'LOC' }] }) + '\n';

let dir: string;
beforeAll(async () => {
  await ensureBuilt();
  dir = mkdtempSync(join(tmpdir(), 'tahlil-train-'));
  writeFileSync(join(dir, 'a.conll'), CONLL);
  writeFileSync(join(dir, 'b.jsonl'), JSONL);
}, 120_000);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('tahlil train', () => {
  it('trains on CoNLL and JSONL, reports epochs and dev F1, and writes a model file', async () => {
    const out = join(dir, 'm.bin');
    const r = await runCli(['train', '--train', join(dir, 'a.conll'), join(dir, 'b.jsonl'), '--dev', join(dir, 'b.jsonl'), '--epochs', '3', '--out', out]);
    expect(r.stderr).toMatch(/training on 3 documents, 1 for dev/);
    expect(r.stderr).toMatch(/epoch 3\/3: wrong or short of the margin on \d+ sentences, \d+ features, dev F1 \d\.\d{3}/);
    expect(r.code).toBe(0);
    const model = TaggerModel.fromBytes(new Uint8Array(readFileSync(out)));
    expect(model.features).toBeGreaterThan(0);
  }, 60_000);

  it('is deterministic: the same files give the same bytes', async () => {
    const a = join(dir, 'x.bin');
    const b = join(dir, 'y.bin');
    await runCli(['train', '--train', join(dir, 'a.conll'), '--epochs', '2', '--out', a]);
    await runCli(['train', '--train', join(dir, 'a.conll'), '--epochs', '2', '--out', b]);
    expect(readFileSync(a)).toEqual(readFileSync(b));
  }, 60_000);

  it('--update perceptron trains with the step of one, another model than the default; a bad --update is exit code 2', async () => {
    const pa = join(dir, 'pa.bin');
    const pc = join(dir, 'pc.bin');
    await runCli(['train', '--train', join(dir, 'a.conll'), '--epochs', '2', '--out', pa]);
    const r = await runCli(['train', '--train', join(dir, 'a.conll'), '--epochs', '2', '--update', 'perceptron', '--out', pc]);
    expect(r.code).toBe(0);
    expect(r.stderr).toMatch(/epoch 2\/2: wrong on \d+ sentences/);
    expect(readFileSync(pa)).not.toEqual(readFileSync(pc));
    const bad = await runCli(['train', '--train', join(dir, 'a.conll'), '--update', 'crf', '--out', join(dir, 'no.bin')]);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/--update must be one of passive-aggressive, perceptron/);
  }, 60_000);

  it('says what is missing, with exit code 2', async () => {
    const r = await runCli(['train', '--train', join(dir, 'a.conll')]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/--out/);
  });

  it('checks the model file can be written before training, and refuses a file with no documents', async () => {
    // Before: --out naming a directory or a missing folder failed only after every epoch, with
    // "EISDIR: illegal operation…" and exit code 1; an empty file trained a model of no weight.
    const missing = join(dir, 'no-such-folder', 'm.bin');
    for (const [out, why] of [[dir, 'is a directory'], [missing, 'no such directory']] as const) {
      const r = await runCli(['train', '--train', join(dir, 'a.conll'), '--out', out]);
      expect(r.code).toBe(2);
      expect(r.stderr.split('\n')[0]).toBe(`tahlil train: cannot write --out ${out}: ${why}`);
      expect(r.stderr).not.toMatch(/epoch/);
    }
    writeFileSync(join(dir, 'empty.conll'), '');
    const empty = await runCli(['train', '--train', join(dir, 'empty.conll'), '--out', join(dir, 'e.bin')]);
    expect(empty.code).toBe(1);
    expect(empty.stderr).toBe(`tahlil train: no training documents in ${join(dir, 'empty.conll')}\n`);
    const emptyDev = await runCli(['train', '--train', join(dir, 'a.conll'), '--dev', join(dir, 'empty.conll'), '--out', join(dir, 'e.bin')]);
    expect(emptyDev.code).toBe(1);
    expect(emptyDev.stderr).toBe(`tahlil train: no documents in the --dev file ${join(dir, 'empty.conll')}\n`);
  });

  it('names the file and line of malformed data, with exit code 1', async () => {
    writeFileSync(join(dir, 'bad.jsonl'), '{"id": 1, "text": 5}\n');
    const r = await runCli(['train', '--train', join(dir, 'bad.jsonl'), '--out', join(dir, 'z.bin')]);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/bad\.jsonl: line 1/);
  });
});

describe('tahlil analyze --no-tagger and --model', () => {
  const text = 'وقاد دي ماريا هجمات الفريق';
  const names = (stdout: string) => stdout.trim().split('\n').slice(1).map((l) => l.split('\t')[4]);

  it('--no-tagger gives the rules alone; --model loads a model file, in workers too', async () => {
    expect(names((await runCli(['analyze', '-f', 'tsv'], { input: text })).stdout)).toEqual(['دي ماريا']);
    expect(names((await runCli(['analyze', '-f', 'tsv', '--no-tagger'], { input: text })).stdout)).toEqual([]);
    const jsonl = JSON.stringify({ id: 'x', text }) + '\n';
    const r = await runCli(['analyze', '--input', 'jsonl', '-f', 'tsv', '--model', 'data/model/tagger.bin', '-j', '2'], { input: jsonl });
    expect(r.code).toBe(0);
    expect(names(r.stdout)).toEqual(['دي ماريا']);
  }, 60_000);

  it('refuses a file that is not a model, and the two flags together', async () => {
    const bad = join(dir, 'bad.bin');
    writeFileSync(bad, 'not a model');
    const r = await runCli(['analyze', '--model', bad], { input: text });
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/bad\.bin: .*not a tahlil model file/);
    expect(r.stdout).toBe('');
    const both = await runCli(['analyze', '--model', bad, '--no-tagger'], { input: text });
    expect(both.code).toBe(2);
    expect(both.stderr).toMatch(/--model and --no-tagger cannot go together/);
    // A missing model file is bad usage, exit code 2, worded as for a missing input (it was exit
    // code 1 and "cannot read the model file missing.bin: ENOENT").
    const missing = join(dir, 'missing.bin');
    const gone = await runCli(['analyze', '--model', missing], { input: text });
    expect(gone.code).toBe(2);
    expect(gone.stderr.split('\n')[0]).toBe(`tahlil analyze: cannot read ${missing}: no such file`);
    const folder = await runCli(['analyze', '--model', dir], { input: text });
    expect(folder.code).toBe(2);
    expect(folder.stderr.split('\n')[0]).toBe(`tahlil analyze: cannot read ${dir}: is a directory`);
  }, 60_000);
});
