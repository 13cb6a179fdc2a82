// What each layer of `analyze` costs on text never seen (issue 12): the `new` (or another) pass of
// `bench/analyze-child.mjs` in fresh processes, once per analyzer configuration, the order rotated
// each round as in `ab-fresh.mjs`, from the pipeline with no entity layer at all (tokens, the
// document's spellings and the words' facts) up to the default analyzer.
//
//   node bench/layers.mjs [MODE] [ROUNDS]    MODE: new (default), novel, steady …; ROUNDS: 5
//
// Prints, per configuration, the median wall seconds of the timed pass with their range, MB/s, the
// median ratio to a bare split, and the median of the per-round ratios of process CPU seconds to
// the default analyzer's. A layer's cost on new text is the difference between two rows; the sum
// of the layers is more than the whole, since each row also pays for V8 compiling what it runs.
import { execFileSync } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { median } from './corpus.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const [mode = 'new', roundsArg = '5'] = process.argv.slice(2);
const MODES = ['new', 'novel', 'aqmar', 'aqmar-after', 'steady'];
if (!MODES.includes(mode)) throw new TypeError(`bench/layers.mjs: MODE must be one of ${MODES.join(', ')}, got ${mode}`);
const rounds = Number(roundsArg);
if (!Number.isInteger(rounds) || rounds < 1) throw new RangeError(`bench/layers.mjs: ROUNDS must be a positive integer, got ${roundsArg}`);

/** The rule components (every component before `resolve` but the gazetteer, and those after it but the tagger). */
const RULES = [
  'titles', 'given-names', 'reporting-verbs', 'nationality-people', 'family-names', 'org-heads',
  'institutions', 'descriptors', 'city-clubs', 'match-clubs', 'place-heads', 'place-regions',
  'datelines', 'org-acronym', 'propagation', 'linking', 'event-names', 'nationalities',
];
const CONFIGS = [
  ['default (gazetteer + rules + tagger)', {}],
  ['gazetteer + rules', { tagger: false }],
  ['gazetteer + tagger', { disable: RULES }],
  ['tagger only', { disable: ['gazetteer', ...RULES] }],
  ['gazetteer only', { tagger: false, disable: RULES }],
  ['no entity layer', { tagger: false, disable: ['gazetteer', ...RULES] }],
];

const child = join(here, 'analyze-child.mjs');
/** results[round][config] = the child's JSON line. */
const results = [];
for (let r = 0; r < rounds; r++) {
  const row = [];
  for (let k = 0; k < CONFIGS.length; k++) {
    const i = (k + r) % CONFIGS.length;
    const env = { ...process.env, TAHLIL_BENCH_OPTIONS: JSON.stringify(CONFIGS[i][1]) };
    const out = execFileSync(process.execPath, [child, mode], { cwd: join(here, '..'), encoding: 'utf8', env });
    row[i] = JSON.parse(out.trim().split('\n').pop());
    process.stderr.write(`${JSON.stringify({ round: r, config: CONFIGS[i][0], result: row[i] })}\n`);
  }
  results.push(row);
}

const range = (xs, d) => `${Math.min(...xs).toFixed(d)}–${Math.max(...xs).toFixed(d)}`;
console.log(`${mode}, ${rounds} rounds, fresh processes, ${new Date().toISOString()}`);
console.log('| configuration | seconds | MB/s | × a bare split | CPU / default |\n|---|---|---|---|---|');
for (let i = 0; i < CONFIGS.length; i++) {
  const s = results.map((row) => row[i].seconds);
  const mbs = results.map((row) => row[i].bytes / 1e6 / row[i].seconds);
  const cpu = results.map((row) => row[i].cpuSeconds / row[0].cpuSeconds);
  const split = results.filter((row) => row[i].splitSeconds).map((row) => row[i].seconds / row[i].splitSeconds);
  const splitCell = split.length ? `${median(split).toFixed(0)}×` : '';
  console.log(`| ${CONFIGS[i][0]} | ${median(s).toFixed(3)} (${range(s, 3)}) | ${median(mbs).toFixed(2)} | ${splitCell} | ${median(cpu).toFixed(2)} (${range(cpu, 2)}) |`);
}
