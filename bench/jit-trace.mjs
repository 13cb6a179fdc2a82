// What V8's optimising compiler does during the timed pass of `bench/analyze-child.mjs` (issue 12).
//
//   node bench/jit-trace.mjs [new|novel|aqmar|aqmar-after] [--sites]
//
// Runs the child once under `--trace-opt --trace-deopt-verbose` and reads the lines between its
// `@@pass` and `@@end` marks (TAHLIL_BENCH_MARKS=1): TurboFan compiles in the pass, split into
// functions optimised for the first time and functions optimised again (after a deopt), the
// compiles in each tenth of the pass, and the deopts by reason. With `--sites`, each deopt with
// the place in src/ it happened at (through dist's source maps; "<-" lists the functions it was
// inlined into). A compile is made on one of V8's own threads, but it is CPU the process spends:
// on text never seen, about half of the pass (BENCHMARKS.md, 2026-12-05 "V8's compiles").
// The trace slows the run down: read counts from it, and V8's own compile times (summed by function)
// as a share, not as seconds of the pass.
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { SourceMap } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const mode = process.argv.find((a) => a === 'new' || a === 'novel' || a === 'aqmar' || a === 'aqmar-after') ?? 'new';
const sites = process.argv.includes('--sites');

const out = execFileSync(process.execPath, ['--trace-opt', '--trace-deopt-verbose', join(here, 'analyze-child.mjs'), mode], {
  encoding: 'utf8',
  env: { ...process.env, TAHLIL_BENCH_MARKS: '1' },
  maxBuffer: 1 << 30,
});
const lines = out.split('\n');

const maps = new Map();
/** `file:line:col` of dist, as `src/…:line:col` through the file's source map when it has one. */
function original(file, line, col) {
  const path = file.replace(/^file:\/\//, '');
  if (!maps.has(path)) maps.set(path, existsSync(`${path}.map`) ? new SourceMap(JSON.parse(readFileSync(`${path}.map`, 'utf8'))) : null);
  const e = maps.get(path)?.findEntry(line - 1, col - 1);
  return e?.originalSource ? `${e.originalSource.replace(/^.*?\bsrc\//, 'src/')}:${e.originalLine + 1}:${e.originalColumn + 1}` : `${path}:${line}:${col}`;
}

const compiledBefore = new Set();
let inPass = false;
let tenth = -1;
const perTenth = [];
let first = 0;
let again = 0;
/** Milliseconds V8 reports for the pass's compiles (its three phases summed): CPU of its compiler threads. */
let compileMs = 0;
const compileMsOf = new Map();
const compilesOf = new Map();
const deoptReasons = new Map();
const deoptSites = new Map();
const count = (m, k) => m.set(k, (m.get(k) ?? 0) + 1);
for (let i = 0; i < lines.length; i++) {
  const l = lines[i];
  if (l === '@@pass') inPass = true;
  else if (l === '@@end') break;
  else if (l.startsWith('@@tenth ')) tenth = Number(l.slice(8));
  const c = /^\[compiling method .*?<JSFunction (\S*) \(sfi = (\w+)\)>/.exec(l);
  if (c) {
    if (inPass) {
      if (compiledBefore.has(c[2])) again++;
      else first++;
      perTenth[tenth] = (perTenth[tenth] ?? 0) + 1;
    }
    compiledBefore.add(c[2]);
    continue;
  }
  const done = inPass && /^\[completed compiling .*?<JSFunction (\S*) \(sfi = (\w+)\).*took ([\d.]+), ([\d.]+), ([\d.]+) ms/.exec(l);
  if (done) {
    const ms = Number(done[3]) + Number(done[4]) + Number(done[5]);
    compileMs += ms;
    // By function: its name and V8's id of it (the pipeline's components each have a \`run\`).
    const key = `${done[1] || '(anonymous)'}#${done[2].slice(-5)}`;
    compileMsOf.set(key, (compileMsOf.get(key) ?? 0) + ms);
    compilesOf.set(key, (compilesOf.get(key) ?? 0) + 1);
    continue;
  }
  const d = inPass && /^\[bailout \(kind: [^,]*, reason: ([^)]*)\).*?<JSFunction (\S*)/.exec(l);
  if (d) {
    count(deoptReasons, d[1].replace(/^Insufficient type feedback.*/, 'Insufficient type feedback (a path first taken now)'));
    const at = /;;; deoptimize at (.*)/.exec(lines[i + 1] ?? '');
    const where = at
      ? at[1]
          .split(' inlined at ')
          .map((s) => {
            const q = /<(.*):(\d+):(\d+)>/.exec(s);
            return q ? original(q[1], Number(q[2]), Number(q[3])) : s;
          })
          .join(' <- ')
      : '?';
    count(deoptSites, `${d[2]}: ${d[1]} at ${where}`);
  }
}

const result = JSON.parse(lines.filter((l) => l.startsWith('{')).pop() ?? '{}');
console.log(`${mode} pass (${result.documents} documents, ${(result.bytes / 1e6).toFixed(2)} MB, ${result.cpuSeconds?.toFixed(2)} CPU s under the trace)`);
console.log(`TurboFan compiles: ${first + again} (${first} first, ${again} again after a deopt)`);
console.log(`compile time (V8's own report, ms): ${compileMs.toFixed(0)}; most (function#id ms ×compiles): ${[...compileMsOf].sort((a, b) => b[1] - a[1]).slice(0, Number(process.env.TOP ?? 20)).map(([f, ms]) => `${f} ${ms.toFixed(0)}${compilesOf.get(f) > 1 ? ` ×${compilesOf.get(f)}` : ''}`).join(', ')}`);
console.log(`by tenth of the pass: ${Array.from({ length: 10 }, (_, k) => perTenth[k] ?? 0).join(' ')}`);
const deopts = [...deoptReasons.values()].reduce((a, b) => a + b, 0);
console.log(`deopts: ${deopts}`);
for (const [r, n] of [...deoptReasons].sort((a, b) => b[1] - a[1])) console.log(`  ${String(n).padStart(3)} ${r}`);
if (sites) for (const [s, n] of [...deoptSites].sort((a, b) => b[1] - a[1])) console.log(`  ${String(n).padStart(3)} ${s}`);
