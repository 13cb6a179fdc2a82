// Data-cache misses of passes of `analyze` by JS function, with V8's JIT on: bench/callgrind-js.mjs with
// callgrind's cache simulation (`--cache-sim=yes`), its last level sized as this VM's L2 (1 MB, 16 ways:
// `LL=bytes,ways,line` to change it), so that "LL misses" are the loads and stores that leave the
// core's own caches: what a first pass over new text and the spelling cache's lookups wait on, which
// instruction counts do not show and this VM's wall clock shows only through the noise of the other
// jobs. The simulated caches start cold when counting starts (after the warm-up), alike for both builds;
// compare two builds, not absolute figures (words helper, round 11).
//
//   node bench/callgrind-misses.mjs [DIR=.] [passes=1] [docs=2000]   steady (as callgrind-js)
//   node bench/callgrind-misses.mjs new [DIR=.]                       the new pass
//   node bench/callgrind-misses.mjs novel [DIR=.]                     the odd documents' first pass (the second
//                                                                    is run and left out)
//   TOP=40: how many functions.
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
const go = join(tmpdir(), `tahlil-cgmiss-go.${process.pid}`);
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
const out = join(tmpdir(), `tahlil-cgmiss.${process.pid}.out`);
const child = spawn('valgrind', ['--tool=callgrind', '--cache-sim=yes', `--LL=${process.env.LL ?? '1048576,16,64'}`, '--D1=32768,8,64', '--I1=32768,8,64', '--instr-atstart=no', '--dump-instr=yes', `--callgrind-out-file=${out}`, process.execPath, '--single-threaded', '--perf-basic-prof', '--no-compact-code-space', '--input-type=module', '-e', src], { stdio: ['ignore', 'pipe', 'pipe'], cwd: tmpdir() });
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

/** One callgrind output: by function (JS by the map, C++ by callgrind's names), [Ir, D1 misses, LL data misses]. */
function costsByFunction(file) {
  const text = readFileSync(file, 'utf8').split('\n');
  let addr = 0, skipNext = false, fnName = '';
  let ev = [];
  const by = new Map(); const names = new Map();
  const total = [0, 0, 0];
  for (const l of text) {
    if (l.startsWith('events:')) { ev = l.slice(7).trim().split(/\s+/); continue; }
    if (l.startsWith('calls=')) { skipNext = true; continue; }
    if (l.startsWith('fn=')) { const m = /^fn=\((\d+)\)(?: (.*))?$/.exec(l); if (m) { if (m[2] !== undefined) names.set(m[1], m[2]); fnName = names.get(m[1]); } continue; }
    if (l.startsWith('cfn=')) { const m = /^cfn=\((\d+)\) (.*)$/.exec(l); if (m) names.set(m[1], m[2]); continue; }
    const c = l.charCodeAt(0);
    if (!(c === 48 || c === 43 || c === 45 || c === 42)) continue;
    const parts = l.split(' ');
    const a = parts[0];
    if (a.startsWith('0x')) addr = parseInt(a, 16); else if (a[0] === '+') addr += parseInt(a.slice(1), 16); else if (a[0] === '-') addr -= parseInt(a.slice(1), 16);
    if (skipNext) { skipNext = false; continue; }
    const v = (name) => { const i = ev.indexOf(name); return i < 0 ? 0 : Number(parts[2 + i] ?? 0); };
    const cost = [v('Ir'), v('D1mr') + v('D1mw'), v('DLmr') + v('DLmw')];
    if (!cost[0] && !cost[1] && !cost[2]) continue;
    let k = fnName && !fnName.startsWith('0x') && fnName !== '???' ? 'C:' + fnName : find(addr) ?? 'unknown';
    k = k.replace(/file:\/\/\/[^ ]*\/(dist\/)/, '$1');
    const t = by.get(k) ?? [0, 0, 0];
    for (let i = 0; i < 3; i++) { t[i] += cost[i]; total[i] += cost[i]; }
    by.set(k, t);
  }
  return { by, total };
}

const top = Number(process.env.TOP ?? 40);
const dumpNumber = (f) => (/\.out\.(\d+)$/.exec(f) ? Number(/\.out\.(\d+)$/.exec(f)[1]) : Infinity);
const files = readdirSync(tmpdir()).filter((f) => f.startsWith(`tahlil-cgmiss.${process.pid}.out`)).map((f) => join(tmpdir(), f)).sort((a, b) => dumpNumber(a) - dumpNumber(b));
const counts = files.map(costsByFunction);
for (const f of files) rmSync(f, { force: true });
const { by, total } = counts[0];
const per = (x) => (x / passes / 1e3).toFixed(1).padStart(10);
console.log(`${mode}, per pass (thousands): instructions ${(total[0] / passes / 1e3).toFixed(0)}, D1 misses ${(total[1] / passes / 1e3).toFixed(1)}, LL data misses ${(total[2] / passes / 1e3).toFixed(1)}`);
console.log('   LL miss    D1 miss      Ir (k)  function');
for (const [k, [ir, d1, ll]] of [...by].sort((x, y) => y[1][2] - x[1][2]).slice(0, top)) console.log(per(ll), per(d1), per(ir), k.slice(0, 120));
