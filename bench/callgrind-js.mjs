// Instructions of passes of `analyze` by JS function, with V8's JIT on: callgrind runs
// `node --single-threaded --perf-basic-prof` (the optimising compiler on the main thread, and a map
// of the JIT's code addresses to function names), switched on with `callgrind_control` only after
// the warm-up. Each instruction is charged to the JS function whose code holds it (or to the C++
// function callgrind names), and summed by kind (V8's compiler, the garbage collector, builtins, JS).
// Per-function counts repeat between runs, where whole-pass totals move with what V8 compiles (the
// tagger and gazetteer helpers' method, 2026-12-06).
//
//   node bench/callgrind-js.mjs [DIR=.] [passes=1] [docs=2000]   steady: three warm-up passes over the last
//                                                                `docs` corpus documents, then `passes` counted
//   node bench/callgrind-js.mjs new [DIR=.]     the first pass over all corpus documents after the warm-up text
//                                                (bench/analyze-child.mjs new)
//   node bench/callgrind-js.mjs novel [DIR=.]   the warm-up text, the even documents, then the odd ones twice:
//                                                the first pass, the second and their difference by function
//                                                (what the odd documents' new spellings cost; the helpers'
//                                                cg-novel script, 2026-12-06)
//   TOP=60: how many functions.
//
// Linux only (V8 writes its map to /tmp/perf-PID.map). `unknown` is code neither the map nor
// callgrind names (it was 23–45% before 2026-12-06 10:40, when names callgrind gives first in a cfn=
// line were not read: node's own C++ and builtins). The child runs in the temporary directory, where
// V8 may leave an isolate-*.log.
import { spawn, execFileSync } from 'node:child_process';
import { readFileSync, readdirSync, writeFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const corpus = pathToFileURL(join(dirname(fileURLToPath(import.meta.url)), 'corpus.mjs')).href;
const args = process.argv.slice(2);
const mode = args[0] === 'new' || args[0] === 'novel' ? args.shift() : 'steady';
const [dir = '.', passesArg = '1', ndocs = '2000'] = args;
const passes = mode === 'steady' ? Number(passesArg) : 1;
const dist = pathToFileURL(join(resolve(dir), 'dist', 'index.js')).href;
const go = join(tmpdir(), `tahlil-cgjs-go.${process.pid}`);
const go2 = `${go}.2`;
const wait = (file) => `while (!existsSync(${JSON.stringify(file)})) { for (let i = 0; i < 1e5; i++); }`;
const head = `import { existsSync } from 'node:fs'; const { corpusDocuments, warmupDocuments } = await import(${JSON.stringify(corpus)}); const { analyze } = await import(${JSON.stringify(dist)});`;
const src = {
  steady: `${head} const docs = corpusDocuments().slice(-${ndocs}); for (let r = 0; r < 3; r++) for (const d of docs) analyze(d);
process.stdout.write('START\\n'); ${wait(go)} for (let r = 0; r < ${passes}; r++) for (const d of docs) analyze(d);`,
  new: `${head} const docs = corpusDocuments(); for (let r = 0; r < 3; r++) for (const d of warmupDocuments()) analyze(d);
process.stdout.write('START\\n'); ${wait(go)} for (const d of docs) analyze(d);`,
  novel: `${head} const docs = corpusDocuments(); const odd = docs.filter((_, i) => i % 2 === 1);
for (let r = 0; r < 3; r++) for (const d of warmupDocuments()) analyze(d); for (let i = 0; i < docs.length; i += 2) analyze(docs[i]);
process.stdout.write('START\\n'); ${wait(go)} for (const d of odd) analyze(d);
process.stdout.write('MID\\n'); ${wait(go2)} for (const d of odd) analyze(d);`,
}[mode];
const out = join(tmpdir(), `tahlil-cgjs.${process.pid}.out`);
const child = spawn('valgrind', ['--tool=callgrind', '--instr-atstart=no', '--dump-instr=yes', `--callgrind-out-file=${out}`, process.execPath, '--single-threaded', '--perf-basic-prof', '--no-compact-code-space', '--input-type=module', '-e', src], { stdio: ['ignore', 'pipe', 'pipe'], cwd: tmpdir() });
let err = '';
child.stderr.on('data', (d) => (err += d));
child.stdout.on('data', (d) => {
  const s = String(d);
  if (s.includes('START')) {
    execFileSync('callgrind_control', ['-i', 'on', String(child.pid)]);
    writeFileSync(go, '');
  }
  // novel: the first pass dumped apart (out.1), the second in the file written at exit.
  if (s.includes('MID')) {
    execFileSync('callgrind_control', ['-d', String(child.pid)]);
    writeFileSync(go2, '');
  }
});
await new Promise((r) => child.on('exit', r));
rmSync(go, { force: true });
rmSync(go2, { force: true });
const pid = /==(\d+)==/.exec(err)[1];
const map = readFileSync(`/tmp/perf-${pid}.map`, 'utf8').split('\n').filter(Boolean).map((l) => { const [a, s, ...n] = l.split(' '); return [parseInt(a, 16), parseInt(s, 16), n.join(' ')]; }).sort((x, y) => x[0] - y[0]);
rmSync(`/tmp/perf-${pid}.map`, { force: true });
const starts = map.map((m) => m[0]);
function find(a) { let lo = 0, hi = starts.length - 1, best = -1; while (lo <= hi) { const mid = (lo + hi) >> 1; if (starts[mid] <= a) { best = mid; lo = mid + 1; } else hi = mid - 1; } if (best >= 0 && a < map[best][0] + map[best][1]) return map[best][2]; return null; }

/** One callgrind output: instructions by function (JS by the map, C++ by callgrind's names) and the total. */
function instructionsByFunction(file) {
  const text = readFileSync(file, 'utf8').split('\n');
  let addr = 0, skipNext = false, total = 0, fnName = '';
  const by = new Map(); const names = new Map();
  for (const l of text) {
    if (l.startsWith('summary:') || l.startsWith('totals:')) { total = Number(l.split(/\s+/)[1]); continue; }
    if (l.startsWith('calls=')) { skipNext = true; continue; }
    if (l.startsWith('fn=')) { const m = /^fn=\((\d+)\)(?: (.*))?$/.exec(l); if (m) { if (m[2] !== undefined) names.set(m[1], m[2]); fnName = names.get(m[1]); } continue; }
    // callgrind compresses names: a function's name is given once, in whichever fn= or cfn= line names it
    // first (before this was read, code first named as a callee was counted as `unknown`).
    if (l.startsWith('cfn=')) { const m = /^cfn=\((\d+)\) (.*)$/.exec(l); if (m) names.set(m[1], m[2]); continue; }
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
  return { by, total };
}

// By kind: V8's optimising compiler (its zone sets are the _Rb_tree), the garbage collector, builtins, other C++, JS.
const kindOf = (k) => (/^C:v8::internal::(compiler|Zone|maglev|wasm)|^C:v8::internal::.*(Compil|Optimiz|Turbofan|Pipeline)/.test(k) ? 'V8 compiling' : /^C:.*(Heap|Scaveng|MarkCompact|Marking|Sweep|Evacuat|GC|Remembered|Slot|Page|Concurrent)/.test(k) ? 'garbage collector' : /^C:(std::_Rb_tree|.*LiveRange)/.test(k) ? 'V8 compiling' : /^C:Builtins_|^Builtin:|^BytecodeHandler:/.test(k) ? 'builtins' : k.startsWith('C:') ? 'other C++' : k.startsWith('JS:') ? 'JS' : k);
function byKind(by) {
  const kinds = new Map();
  for (const [k, v] of by) kinds.set(kindOf(k), (kinds.get(kindOf(k)) ?? 0) + v);
  return [...kinds].sort((x, y) => y[1] - x[1]).map(([k, v]) => `${k} ${(v / 1e6 / passes).toFixed(1)}`).join(', ');
}
const top = Number(process.env.TOP ?? 60);
const M = (v) => (v / 1e6 / passes).toFixed(2).padStart(9);

// `out`, written at exit; for novel first `out.1`, the first pass, dumped by MID (numbered dumps first).
const dumpNumber = (f) => (/\.out\.(\d+)$/.exec(f) ? Number(/\.out\.(\d+)$/.exec(f)[1]) : Infinity);
const files = readdirSync(tmpdir()).filter((f) => f.startsWith(`tahlil-cgjs.${process.pid}.out`)).map((f) => join(tmpdir(), f)).sort((a, b) => dumpNumber(a) - dumpNumber(b));
const counts = files.map(instructionsByFunction);
for (const f of files) rmSync(f, { force: true });
if (mode !== 'novel') {
  const { by, total } = counts[0];
  console.log('total', (total / 1e6 / passes).toFixed(1), 'M per pass');
  console.log('by kind:', byKind(by));
  for (const [k, v] of [...by].sort((x, y) => y[1] - x[1]).slice(0, top)) console.log(M(v), k.slice(0, 150));
} else {
  const [first, second] = counts;
  console.log(`first pass over the odd documents ${(first.total / 1e6).toFixed(1)} M, the second ${(second.total / 1e6).toFixed(1)} M`);
  console.log('first by kind:', byKind(first.by));
  console.log('second by kind:', byKind(second.by));
  console.log('    first    second  difference');
  const keys = new Set([...first.by.keys(), ...second.by.keys()]);
  const rows = [...keys].map((k) => [k, first.by.get(k) ?? 0, second.by.get(k) ?? 0]).sort((x, y) => y[1] - y[2] - (x[1] - x[2]));
  for (const [k, x, y] of rows.slice(0, top)) console.log(M(x), M(y), M(x - y), k.slice(0, 140));
}
