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
import { costsByFunction, parseArgs, runUnderCallgrind } from './callgrind-run.mjs';

const { mode, dir, passes, ndocs } = parseArgs(process.argv.slice(2));
const run = await runUnderCallgrind({ tag: 'tahlil-cgjs', mode, dir, passes, ndocs });
/** One callgrind output: instructions by function (JS by the map, C++ by callgrind's names) and the total. */
function instructionsByFunction(file) {
  const { by, total } = costsByFunction(file, run.find, ['Ir']);
  return { by: new Map([...by].map(([k, [ir]]) => [k, ir])), total: total[0] };
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

const counts = run.files.map(instructionsByFunction);
run.remove();
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
