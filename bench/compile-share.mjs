// Whose code V8's optimising compiler spends a pass of `bench/analyze-child.mjs` on (issue 12).
//
//   node bench/compile-share.mjs [new|novel|aqmar|aqmar-after|steady] [--runs N] [--top N]
//
// Runs the child N times (default 3) under `node --single-threaded --trace-opt` and sums, for the
// timed pass only (its `@@pass`/`@@end` marks, TAHLIL_BENCH_MARKS=1), the milliseconds V8 reports
// for each TurboFan compile, by function and by source file. Single-threaded, each compile runs on
// the main thread: its time is CPU the pass spends, not a background thread's wall time waiting
// for a core on a busy host (which made `jit-trace`'s per-function times move by 3× between runs).
// `steady` has no marks: there the whole process is counted.
//
// A function is placed in the src/ file that defines a function, method or arrow constant of its
// name (`ambiguous`: several files do, `run` above all; `unknown`: none, such as a name the bundler
// gave). Read the shares, not the seconds: V8's timer includes its own tracing.
//
// Found with it (comp helper, 2026-12-06 20:45–21:00, five runs at load 5–8): on text never seen
// (`new`), 845–1,198 ms of TurboFan compiling in a pass of 1.6–1.8 s of process CPU, 54–60% of it
// in the rules, candidates, linking and summaries (src/ner/*.ts but words.ts, the tagger and the
// word lists; src/analyze.ts): summarise (compiled twice), matchClubs, fieldOrganisationExtent,
// mentions, clubsOfTownAdjective (twice), gazetteerCandidates, clubsNamedAfterCities, linkChosen …
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, '..');
const args = process.argv.slice(2);
const option = (name, fallback) => {
  const at = args.indexOf(name);
  return at >= 0 ? Number(args.splice(at, 2)[1]) : fallback;
};
const runs = option('--runs', 3);
const top = option('--top', 25);
const mode = args.find((a) => ['new', 'novel', 'aqmar', 'aqmar-after', 'steady'].includes(a)) ?? 'new';

/** Function name → the src/ files that define one of that name. */
function definitions() {
  const files = execFileSync('git', ['ls-files', 'src/*.ts'], { cwd: root, encoding: 'utf8' }).trim().split('\n');
  const owners = new Map();
  const defined =
    /^(?:export )?(?:async )?function\*? ?([\w$]+)\s*[<(]|^ {2}(?:static |private |get |readonly )*([\w$]+)\s*\([^)]*\)\s*(?::[^{]*)?\{\s*$|^(?:export )?const ([\w$]+) = (?:\([^)]*\)|[\w$]+) =>/gm;
  for (const f of files) {
    for (const m of readFileSync(join(root, f), 'utf8').matchAll(defined)) {
      const name = m[1] ?? m[2] ?? m[3];
      if (!owners.has(name)) owners.set(name, new Set());
      owners.get(name).add(f);
    }
  }
  return owners;
}

/** Milliseconds of each function's compiles in one run's timed pass, and how many compiles. */
function oneRun() {
  const out = execFileSync(process.execPath, ['--single-threaded', '--trace-opt', join(here, 'analyze-child.mjs'), mode], {
    encoding: 'utf8',
    env: { ...process.env, TAHLIL_BENCH_MARKS: '1' },
    maxBuffer: 1 << 30,
  });
  const ms = new Map();
  const count = new Map();
  let inPass = mode === 'steady';
  for (const l of out.split('\n')) {
    if (l === '@@pass') inPass = true;
    else if (l === '@@end') break;
    const done = inPass && /^\[completed compiling .*?<JSFunction (\S*) \(sfi = \w+\).*took ([\d.]+), ([\d.]+), ([\d.]+) ms/.exec(l);
    if (!done) continue;
    const name = done[1] || '(anonymous)';
    ms.set(name, (ms.get(name) ?? 0) + Number(done[2]) + Number(done[3]) + Number(done[4]));
    count.set(name, (count.get(name) ?? 0) + 1);
  }
  const pass = out.split('\n').filter((l) => l.startsWith('{')).pop();
  return { ms, count, cpuSeconds: pass ? JSON.parse(pass).cpuSeconds : NaN };
}

const owners = definitions();
const byFunction = new Map();
const byFile = new Map();
const compiles = new Map();
let total = 0;
const cpus = [];
for (let r = 0; r < runs; r++) {
  const { ms, count, cpuSeconds } = oneRun();
  cpus.push(cpuSeconds);
  for (const [name, v] of ms) {
    const share = v / runs;
    total += share;
    byFunction.set(name, (byFunction.get(name) ?? 0) + share);
    compiles.set(name, (compiles.get(name) ?? 0) + count.get(name) / runs);
    const files = owners.get(name);
    const file = !files ? 'unknown' : files.size > 1 ? 'ambiguous' : relative('.', [...files][0]);
    byFile.set(file, (byFile.get(file) ?? 0) + share);
  }
}
const pct = (v) => `${((100 * v) / total).toFixed(1)}%`;
console.log(`${mode}: ${runs} run(s), TurboFan ${total.toFixed(0)} ms a pass (mean), pass CPU ${cpus.map((c) => c.toFixed(2)).join(', ')} s (single-threaded)`);
console.log('by file:');
for (const [f, v] of [...byFile].sort((a, b) => b[1] - a[1]).slice(0, top)) console.log(`${v.toFixed(0).padStart(7)} ms ${pct(v).padStart(6)}  ${f}`);
console.log('by function (×compiles a run):');
for (const [f, v] of [...byFunction].sort((a, b) => b[1] - a[1]).slice(0, top)) {
  const n = compiles.get(f);
  console.log(`${v.toFixed(0).padStart(7)} ms ${pct(v).padStart(6)}  ${f}${n > 1.01 ? ` ×${n.toFixed(1)}` : ''}`);
}
