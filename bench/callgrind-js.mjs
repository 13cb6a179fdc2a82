// Instructions of steady passes of `analyze` by JS function, with V8's JIT on: callgrind runs
// `node --single-threaded --perf-basic-prof` (the optimising compiler on the main thread, and a map
// of the JIT's code addresses to function names), switched on with `callgrind_control` only after
// three warm-up passes, over the last `docs` corpus documents. Each instruction is charged to the JS
// function whose code holds it (or to the C++ function callgrind names), and summed by kind (V8's
// compiler, the garbage collector, builtins, JS). Per-function counts repeat
// between runs, where the whole-pass total of `callgrind.mjs steady-jit` moves with what V8 compiles
// (the tagger and gazetteer helpers' method, 2026-12-06).
//
//   node bench/callgrind-js.mjs [DIR=.] [passes=1] [docs=2000]     (TOP=60: how many functions)
//   node bench/callgrind-js.mjs new [DIR=.]     the first pass over all corpus documents after the warm-up
//
// Linux only (V8 writes its map to /tmp/perf-PID.map). `unknown` is code neither the map nor
// callgrind names (it was 23–45% before 2026-12-06 10:40, when names callgrind gives first in a cfn=
// line were not read: node's own C++ and builtins). The child runs in the temporary directory, where
// V8 may leave an isolate-*.log.
import { spawn, execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync, existsSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const corpus = pathToFileURL(join(dirname(fileURLToPath(import.meta.url)), 'corpus.mjs')).href;
const args = process.argv.slice(2);
// `new`: instead of steady passes, the `new` pass of bench/analyze-child.mjs (the warm-up text three times,
// then one counted pass over every corpus document, never seen by the process): V8's compiles and the
// garbage collector's work are in it, by C++ function (`C:v8::internal::compiler::…`, `C:…Heap…`).
const fresh = args[0] === 'new' ? args.shift() !== undefined : false;
const [dir = '.', passes = '1', ndocs = '2000'] = args;
const dist = pathToFileURL(join(resolve(dir), 'dist', 'index.js')).href;
const go = join(tmpdir(), `tahlil-cgjs-go.${process.pid}`);
const src = `import { existsSync } from 'node:fs'; const { corpusDocuments, warmupDocuments } = await import(${JSON.stringify(corpus)}); const { analyze } = await import(${JSON.stringify(dist)});
const docs = corpusDocuments()${fresh ? '' : `.slice(-${ndocs})`}; for (let r = 0; r < 3; r++) for (const d of ${fresh ? 'warmupDocuments()' : 'docs'}) analyze(d);
process.stdout.write('START\\n'); while (!existsSync(${JSON.stringify(go)})) { for (let i = 0; i < 1e5; i++); }
for (let r = 0; r < ${fresh ? 1 : passes}; r++) for (const d of docs) analyze(d);`;
const out = join(tmpdir(), `tahlil-cgjs.${process.pid}.out`);
const child = spawn('valgrind', ['--tool=callgrind', '--instr-atstart=no', '--dump-instr=yes', `--callgrind-out-file=${out}`, process.execPath, '--single-threaded', '--perf-basic-prof', '--no-compact-code-space', '--input-type=module', '-e', src], { stdio: ['ignore', 'pipe', 'pipe'], cwd: tmpdir() });
let err = '';
child.stderr.on('data', (d) => (err += d));
child.stdout.on('data', (d) => {
  if (String(d).includes('START')) {
    execFileSync('callgrind_control', ['-i', 'on', String(child.pid)]);
    writeFileSync(go, '');
  }
});
await new Promise((r) => child.on('exit', r));
rmSync(go, { force: true });
const pid = /==(\d+)==/.exec(err)[1];
const map = readFileSync(`/tmp/perf-${pid}.map`, 'utf8').split('\n').filter(Boolean).map((l) => { const [a, s, ...n] = l.split(' '); return [parseInt(a, 16), parseInt(s, 16), n.join(' ')]; }).sort((x, y) => x[0] - y[0]);
rmSync(`/tmp/perf-${pid}.map`, { force: true });
const starts = map.map((m) => m[0]);
function find(a) { let lo = 0, hi = starts.length - 1, best = -1; while (lo <= hi) { const mid = (lo + hi) >> 1; if (starts[mid] <= a) { best = mid; lo = mid + 1; } else hi = mid - 1; } if (best >= 0 && a < map[best][0] + map[best][1]) return map[best][2]; return null; }
const text = readFileSync(out, 'utf8').split('\n');
let addr = 0, skipNext = false, total = 0, fnName = '';
const by = new Map(); const names = new Map(); const lines = new Map();
for (const l of text) {
  if (l.startsWith('summary:') || l.startsWith('totals:')) { total = Number(l.split(/\s+/)[1]); continue; }
  if (l.startsWith('calls=')) { skipNext = true; continue; }
  // callgrind compresses names: a function's name is given once, in whichever fn= or cfn= line names it
  // first (before this was read, code first named as a callee was counted as `unknown`).
  if (l.startsWith('cfn=')) { const m = /^cfn=\((\d+)\) (.*)$/.exec(l); if (m) names.set(m[1], m[2]); continue; }
  if (l.startsWith('fn=')) { const m = /^fn=\((\d+)\)(?: (.*))?$/.exec(l); if (m) { if (m[2] !== undefined) names.set(m[1], m[2]); fnName = names.get(m[1]); } continue; }
  const c = l.charCodeAt(0);
  if (!(c === 48 || c === 43 || c === 45 || c === 42)) continue;
  const parts = l.split(' ');
  const a = parts[0];
  if (a.startsWith('0x')) addr = parseInt(a, 16); else if (a[0] === '+') addr += parseInt(a.slice(1), 16); else if (a[0] === '-') addr -= parseInt(a.slice(1), 16);
  if (skipNext) { skipNext = false; continue; }
  const ir = Number(parts[2] ?? 0);
  if (!ir) continue;
  let k = fnName && !fnName.startsWith('0x') && fnName !== '???' ? 'C:' + fnName : find(addr) ?? 'unknown';
  k = k.replace(/file:\/\/\/[^ ]*\/(dist\/)/, '$1');
  by.set(k, (by.get(k) ?? 0) + ir);
}
rmSync(out, { force: true });
const top = [...by].sort((x, y) => y[1] - x[1]);
console.log('total', (total / 1e6 / Number(passes)).toFixed(1), 'M per pass');
// By kind: V8's optimising compiler (and its zone allocator), the garbage collector, other C++, builtins, JS.
const kindOf = (k) => (/^C:v8::internal::(compiler|Zone|maglev|wasm)|^C:v8::internal::.*(Compil|Optimiz|Turbofan|Pipeline)/.test(k) ? 'V8 compiling' : /^C:.*(Heap|Scaveng|MarkCompact|Marking|Sweep|Evacuat|GC|Remembered|Slot|Page|Concurrent)/.test(k) ? 'garbage collector' : /^C:(std::_Rb_tree|.*LiveRange)/.test(k) ? 'V8 compiling' : /^C:Builtins_|^Builtin:|^BytecodeHandler:/.test(k) ? 'builtins' : k.startsWith('C:') ? 'other C++' : k.startsWith('JS:') ? 'JS' : k);
const kinds = new Map();
for (const [k, v] of top) kinds.set(kindOf(k), (kinds.get(kindOf(k)) ?? 0) + v);
console.log('by kind:', [...kinds].sort((x, y) => y[1] - x[1]).map(([k, v]) => `${k} ${(v / 1e6 / Number(passes)).toFixed(1)}`).join(', '));
for (const [k, v] of top.slice(0, Number(process.env.TOP ?? 60))) console.log((v / 1e6 / Number(passes)).toFixed(2).padStart(9), k.slice(0, 150));
