// What bench/callgrind-js.mjs and bench/callgrind-misses.mjs share: a child `node` under callgrind that
// runs passes of `analyze` (switched on with `callgrind_control` only after the warm-up), V8's map of
// its JIT code to function names (`--perf-basic-prof`), and a reader of callgrind's output that charges
// each cost line to the JS function whose code holds it (or to the C++ function callgrind names).
// Linux only (V8 writes its map to /tmp/perf-PID.map). The child runs in the temporary directory,
// where V8 may leave an isolate-*.log.
//
// Modes (the scripts' first argument): steady (three warm-up passes over the last `docs` corpus
// documents, then `passes` counted), new (the first pass over all corpus documents after the warm-up
// text), novel (the warm-up text, the even documents, then the odd ones twice: the first pass dumped
// apart from the second).
import { spawn, execFileSync } from 'node:child_process';
import { readFileSync, readdirSync, writeFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const corpus = pathToFileURL(join(dirname(fileURLToPath(import.meta.url)), 'corpus.mjs')).href;

/** `[mode] [DIR=.] [passes=1] [docs=2000]` of a script's command line. */
export function parseArgs(argv) {
  const args = [...argv];
  const mode = args[0] === 'new' || args[0] === 'novel' ? args.shift() : 'steady';
  const [dir = '.', passesArg = '1', ndocs = '2000'] = args;
  const passes = mode === 'steady' ? Number(passesArg) : 1;
  if (!Number.isInteger(passes) || passes < 1) throw new RangeError(`passes must be a positive integer, got ${passesArg}`);
  return { mode, dir, passes, ndocs: Number(ndocs) };
}

/**
 * Runs the passes of `mode` under callgrind with `valgrindArgs` added; resolves to the output files in
 * order (for novel: the first pass, then the second) and `find`, the JS function of a code address.
 * The caller reads the files with {@link costsByFunction} and then calls `remove`.
 */
export async function runUnderCallgrind({ tag, mode, dir, passes, ndocs, valgrindArgs = [] }) {
  const dist = pathToFileURL(join(resolve(dir), 'dist', 'index.js')).href;
  const go = join(tmpdir(), `${tag}-go.${process.pid}`);
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
  const prefix = `${tag}.${process.pid}.out`;
  const out = join(tmpdir(), prefix);
  const child = spawn('valgrind', ['--tool=callgrind', ...valgrindArgs, '--instr-atstart=no', '--dump-instr=yes', `--callgrind-out-file=${out}`, process.execPath, '--single-threaded', '--perf-basic-prof', '--no-compact-code-space', '--input-type=module', '-e', src], { stdio: ['ignore', 'pipe', 'pipe'], cwd: tmpdir() });
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
  const pid = /==(\d+)==/.exec(err)?.[1];
  if (pid === undefined) throw new Error(`valgrind did not run the child:\n${err.slice(0, 2000)}`);
  const map = readFileSync(`/tmp/perf-${pid}.map`, 'utf8').split('\n').filter(Boolean).map((l) => { const [a, s, ...n] = l.split(' '); return [parseInt(a, 16), parseInt(s, 16), n.join(' ')]; }).sort((x, y) => x[0] - y[0]);
  rmSync(`/tmp/perf-${pid}.map`, { force: true });
  const starts = map.map((m) => m[0]);
  const find = (a) => { let lo = 0, hi = starts.length - 1, best = -1; while (lo <= hi) { const mid = (lo + hi) >> 1; if (starts[mid] <= a) { best = mid; lo = mid + 1; } else hi = mid - 1; } if (best >= 0 && a < map[best][0] + map[best][1]) return map[best][2]; return null; };
  // `out`, written at exit; for novel first `out.1`, the first pass, dumped by MID (numbered dumps first).
  const dumpNumber = (f) => (/\.out\.(\d+)$/.exec(f) ? Number(/\.out\.(\d+)$/.exec(f)[1]) : Infinity);
  const files = readdirSync(tmpdir()).filter((f) => f.startsWith(prefix)).map((f) => join(tmpdir(), f)).sort((a, b) => dumpNumber(a) - dumpNumber(b));
  return { files, find, remove: () => { for (const f of files) rmSync(f, { force: true }); } };
}

/**
 * One callgrind output: costs by function (JS by `find`, C++ by callgrind's names) and the totals, each an
 * array of the `events` (callgrind's event names; `A+B` sums two, e.g. `DLmr+DLmw`).
 */
export function costsByFunction(file, find, events) {
  const text = readFileSync(file, 'utf8').split('\n');
  let addr = 0, skipNext = false, fnName = '';
  let at = events.map(() => []);
  const by = new Map(); const names = new Map();
  let total = events.map(() => 0);
  const pick = (nums) => at.map((is) => is.reduce((s, i) => s + Number(nums[i] ?? 0), 0));
  for (const l of text) {
    if (l.startsWith('events:')) { const ev = l.slice(7).trim().split(/\s+/); at = events.map((e) => e.split('+').map((n) => ev.indexOf(n)).filter((i) => i >= 0)); continue; }
    if (l.startsWith('summary:') || l.startsWith('totals:')) { total = pick(l.split(/\s+/).slice(1)); continue; }
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
    const cost = pick(parts.slice(2));
    if (cost.every((v) => !v)) continue;
    let k = fnName && !fnName.startsWith('0x') && fnName !== '???' ? 'C:' + fnName : find(addr) ?? 'unknown';
    k = k.replace(/file:\/\/\/[^ ]*\/(dist\/)/, '$1');
    const t = by.get(k) ?? events.map(() => 0);
    for (let i = 0; i < t.length; i++) t[i] += cost[i];
    by.set(k, t);
  }
  return { by, total };
}
