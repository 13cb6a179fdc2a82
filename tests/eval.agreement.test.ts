// `tahlil eval` agrees with the reference scorer ../shared/eval/score.py, line for line, on the
// shared corpora with the same predictions. Skips when ../shared or python3 is absent.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensureBuilt, hasPython, runCli, SHARED } from './helpers/cli.js';

const SCORE_PY = join(SHARED, 'eval', 'score.py');
const CORPORA = [join(SHARED, 'seeds', 'gold.jsonl'), join(SHARED, 'corpora', 'aqmar', 'liu2019_dev.jsonl')];
const available = existsSync(SCORE_PY) && CORPORA.every(existsSync) && hasPython();

function python(...args: string[]): string {
  const r = spawnSync('python3', [SCORE_PY, ...args], { encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`score.py failed: ${r.stderr}`);
  return r.stdout;
}

interface Doc {
  id: string;
  text: string;
  entities: { start: number; end: number; type: string }[];
}

/** Predictions made from the gold by a seeded random walk over the cases of the matching rule. */
function perturbed(gold: Doc[], seed: number): { id: string; entities: Doc['entities'] }[] {
  let s = seed;
  const rand = () => ((s = (s * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
  const types = ['PER', 'LOC', 'ORG', 'MISC'];
  return gold.map((d) => {
    const out: Doc['entities'] = [];
    for (const e of d.entities) {
      const r = rand();
      if (r < 0.35) out.push({ ...e });
      else if (r < 0.5) out.push({ ...e, start: Math.max(0, e.start - 1) }); // one char earlier: a proclitic or not
      else if (r < 0.6) out.push({ ...e, start: Math.max(0, e.start - 2) });
      else if (r < 0.65) out.push({ ...e, start: Math.max(0, e.start - 3) });
      else if (r < 0.75) out.push({ ...e, start: Math.min(e.end - 1, e.start + 1) });
      else if (r < 0.82) out.push({ ...e, type: types[Math.floor(rand() * 4)]! });
      else if (r < 0.88) out.push({ ...e, end: e.end + 1 });
      else if (r < 0.94) out.push({ ...e }, { ...e }); // duplicate: one false alarm
      // else dropped: a miss
    }
    if (d.text.length > 10 && rand() < 0.3) {
      const start = Math.floor(rand() * (d.text.length - 5));
      out.push({ start, end: start + 4, type: types[Math.floor(rand() * 3)]! });
    }
    return { id: d.id, entities: out.sort(() => rand() - 0.5) };
  });
}

let tmp: string;
beforeAll(async () => {
  if (!available) return;
  await ensureBuilt();
  tmp = mkdtempSync(join(tmpdir(), 'tahlil-eval-'));
});
afterAll(() => tmp && rmSync(tmp, { recursive: true, force: true }));

describe.skipIf(!available)('tahlil eval agrees with score.py (../shared)', () => {
  for (const gold of CORPORA) {
    const name = gold.split('/').slice(-2).join('/');

    it(`${name}: the analyzer's predictions, scored both ways, give the same lines (with --errors too)`, async () => {
      const analyzed = await runCli(['analyze', '--input', 'jsonl', '--format', 'jsonl', gold]);
      expect(analyzed.code).toBe(0);
      const pred = join(tmp, `${name.replace('/', '_')}.pred.jsonl`);
      writeFileSync(pred, analyzed.stdout);
      const ours = await runCli(['eval', gold, pred]);
      expect(ours.code).toBe(0);
      expect(ours.stdout).toBe(python(gold, pred));
      expect((await runCli(['eval', '--errors', gold, pred])).stdout).toBe(python(gold, pred, '--errors'));

      const json = JSON.parse((await runCli(['eval', '--json', gold, pred])).stdout);
      const ref = JSON.parse(python(gold, pred, '--json'));
      for (const k of ['PER', 'LOC', 'ORG', 'ALL']) for (const m of ['p', 'r', 'f1']) expect(json[k][m]).toBeCloseTo(ref[k][m], 12);

      // Without PRED, eval runs the same analyzer itself.
      expect((await runCli(['eval', gold])).stdout).toBe(ours.stdout);
    });

    it(`${name}: predictions perturbed around the matching rule (proclitics, types, ends, duplicates) agree`, async () => {
      const docs = readFileSync(gold, 'utf8')
        .split('\n')
        .filter((l) => l.trim())
        .map((l) => JSON.parse(l) as Doc);
      for (const seed of [1, 2, 3]) {
        const pred = join(tmp, `perturbed-${seed}.jsonl`);
        writeFileSync(pred, perturbed(docs, seed).map((d) => JSON.stringify(d)).join('\n') + '\n');
        expect((await runCli(['eval', '--errors', gold, pred])).stdout).toBe(python(gold, pred, '--errors'));
      }
    });
  }

  it('the pre-stop pipeline works: analyze --input jsonl --format jsonl < seeds | score.py', async () => {
    const r = await runCli(['analyze', '--input', 'jsonl', '--format', 'jsonl'], { input: readFileSync(CORPORA[0]!, 'utf8') });
    expect(r.code).toBe(0);
    const pred = join(tmp, 'stdin.pred.jsonl');
    writeFileSync(pred, r.stdout);
    expect(python(CORPORA[0]!, pred)).toMatch(/^ALL\tP=\d\.\d{3}\tR=\d\.\d{3}\tF1=\d\.\d{3}$/m);
  });

  const conll = join(SHARED, 'corpora', 'anercorp', 'train.conll');
  const jsonl = join(SHARED, 'corpora', 'anercorp', 'train.jsonl');
  // Skipped (not silently passed) without ../shared; two CLI runs over 4,000 sentences get a
  // longer timeout than the default, since they near a minute on a loaded 2-core host.
  it.skipIf(!existsSync(conll) || !existsSync(jsonl))('CoNLL gold gives the same numbers as the same corpus in JSONL (ANERcorp)', async () => {
    const a = await runCli(['eval', '--json', conll]);
    const b = await runCli(['eval', '--json', jsonl]);
    expect(a.code).toBe(0);
    expect(a.stdout).toBe(b.stdout);
  }, 180_000);
});
