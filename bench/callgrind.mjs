// Instruction counts with callgrind, for comparing changes on a host whose clock is too noisy for
// wall-clock comparisons (six jobs share two cores). `node --jitless` makes the count repeatable
// (no background compiler threads); it measures interpreted work, so use it to compare two builds,
// not as a speed.
//
//   node bench/callgrind.mjs [scenario…]        scenarios: baseline cold tokenize normalize analyze-new analyze-twice analyze-new-rules
//   node bench/callgrind.mjs --top analyze-new   also the 25 functions with the most instructions (self)
//   node bench/callgrind.mjs steady-jit         the instructions of ONE steady pass with V8's JIT on
//   node bench/callgrind.mjs new-jit            the instructions of the `new` pass with V8's JIT on, compiles included
//
// steady-jit runs `node --single-threaded` (the JIT on, its compiler on the main thread, so that
// callgrind sees it and the count repeats within about 1%) over the last 2,000 corpus documents:
// import + 1 pass, and import + 7 passes, in two processes; it prints (second − first) / 6, the
// instructions of a steady pass as the optimised code runs it (the method of the tagger helper,
// 2026-12-06). The same build repeats within 0.1% (d4cb16d: 856.5, 857.2 M), but builds that differ
// in code the pass never runs moved by up to 8% (V8's inlining and tier-up choices: 905–942 M for
// commits after d4cb16d that change nothing on its path): trust a difference only well above that,
// or compare several neighbouring commits.
//
// new-jit is `bench/analyze-child.mjs new` counted the same way: import + the warm-up text three times,
// and the same + one pass over the 1.75 MB of corpus documents the process has never seen; it prints the
// difference, the pass's instructions with V8 compiling its code for the first time on the main thread
// (`--single-threaded`), the garbage collector's too: what a first pass costs the whole process, which
// wall-clock pairs on this host cannot resolve below about 7%.
//
// Each scenario runs in a fresh `valgrind --tool=callgrind node --jitless` process on the built
// package (dist/); the corpus documents come from bench/corpus.mjs.
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const dist = pathToFileURL(join(here, '..', 'dist', 'index.js')).href;
const corpus = pathToFileURL(join(here, 'corpus.mjs')).href;

const SENTENCE = 'التقى الرئيس السوري بشار الأسد في دمشق وزير الخارجية العراقي.';

/** Scenario → module source run under callgrind. */
export const SCENARIOS = {
  // `node` starting and reading the corpus, nothing of tahlil: subtract from the others.
  baseline: `await import(${JSON.stringify(corpus)});`,
  // import + one analyze of one sentence, importing the package as a user does (in Node, package.json
  // `exports` leads to dist/node.js); before 2026-12-05 this imported dist/index.js by path.
  cold: `const { analyze } = await import('tahlil'); analyze(${JSON.stringify(SENTENCE)});`,
  // tokenize 300 corpus documents once.
  tokenize: `const { benchDocuments } = await import(${JSON.stringify(corpus)}); const { tokenize } = await import(${JSON.stringify(dist)});
for (const d of benchDocuments().slice(0, 300)) tokenize(d);`,
  // normalize 300 corpus documents once, 'search'.
  normalize: `const { benchDocuments } = await import(${JSON.stringify(corpus)}); const { normalize } = await import(${JSON.stringify(dist)});
for (const d of benchDocuments().slice(0, 300)) normalize(d, 'search');`,
  // analyze 1,500 ANERcorp/AQMAR documents never seen by the process (first pass).
  'analyze-new': `const { benchDocuments } = await import(${JSON.stringify(corpus)}); const { analyze } = await import(${JSON.stringify(dist)});
const docs = benchDocuments(); for (const d of docs.slice(docs.length - 1500)) analyze(d);`,
  // the same 1,500 documents twice: minus analyze-new, the steady state (every spelling seen).
  'analyze-twice': `const { benchDocuments } = await import(${JSON.stringify(corpus)}); const { analyze } = await import(${JSON.stringify(dist)});
const docs = benchDocuments().slice(-1500); for (let r = 0; r < 2; r++) for (const d of docs) analyze(d);`,
  // the same with the rules alone (createAnalyzer({ tagger: false })).
  'analyze-new-rules': `const { benchDocuments } = await import(${JSON.stringify(corpus)}); const { createAnalyzer } = await import(${JSON.stringify(dist)});
const { analyze } = createAnalyzer({ tagger: false }); const docs = benchDocuments(); for (const d of docs.slice(docs.length - 1500)) analyze(d);`,
};

/** `import + (1 + passes)` passes over the last 2,000 corpus documents (steady-jit). */
const passesSource = (passes) => `const { benchDocuments } = await import(${JSON.stringify(corpus)}); const { analyze } = await import(${JSON.stringify(dist)});
const docs = benchDocuments().slice(-2000); for (let r = 0; r < ${1 + passes}; r++) for (const d of docs) analyze(d);`;
const STEADY_PASSES = 6;

/** import + the warm-up three times (+ with `pass`, one pass over the corpus documents never seen): new-jit. */
const newSource = (pass) => `const { warmupDocuments, corpusDocuments } = await import(${JSON.stringify(corpus)}); const { analyze } = await import(${JSON.stringify(dist)});
const warm = warmupDocuments(); const docs = corpusDocuments(); for (let r = 0; r < 3; r++) for (const d of warm) analyze(d);
${pass ? 'for (const d of docs) analyze(d);' : ''}`;

/** Runs one scenario under callgrind; returns total instructions and, with `top`, the heaviest functions. */
export function instructions(scenario, { top = 0, jit = false, source = SCENARIOS[scenario] } = {}) {
  const dir = mkdtempSync(join(tmpdir(), 'tahlil-callgrind-'));
  const out = join(dir, 'callgrind.out');
  try {
    // From the package root, so that `import('tahlil')` resolves to this package.
    const r = spawnSync('valgrind', ['--tool=callgrind', `--callgrind-out-file=${out}`, process.execPath, jit ? '--single-threaded' : '--jitless', '--input-type=module', '-e', source], { encoding: 'utf8', maxBuffer: 64 << 20, cwd: join(here, '..') });
    if (r.status !== 0) throw new Error(`callgrind ${scenario} failed: ${r.stderr.slice(-2000)}`);
    const total = Number(/^(?:summary|totals):\s*(\d+)/m.exec(readFileSync(out, 'utf8'))[1]);
    let functions = [];
    if (top) {
      const text = execFileSync('callgrind_annotate', ['--inclusive=no', `--threshold=100`, out], { encoding: 'utf8', maxBuffer: 256 << 20 });
      functions = text.split('\n').filter((l) => /^\s*[\d,]+ \(/.test(l)).slice(0, top).map((l) => l.trim());
    }
    return { total, functions };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const top = process.argv.includes('--top') ? 25 : 0;
  const names = process.argv.slice(2).filter((a) => !a.startsWith('--'));
  if (names.includes('steady-jit')) {
    const one = instructions('steady-jit-1', { jit: true, source: passesSource(0) }).total;
    const many = instructions('steady-jit-7', { jit: true, source: passesSource(STEADY_PASSES) }).total;
    console.log(`steady-jit   ${((many - one) / STEADY_PASSES / 1e6).toFixed(1).padStart(8)} M instructions a steady pass over 2,000 documents (import + 1 pass ${(one / 1e6).toFixed(0)} M, + ${STEADY_PASSES} more ${(many / 1e6).toFixed(0)} M)`);
    names.splice(names.indexOf('steady-jit'), 1);
    if (!names.length) process.exit(0);
  }
  if (names.includes('new-jit')) {
    const warm = instructions('new-jit-0', { jit: true, source: newSource(false) }).total;
    const pass = instructions('new-jit-1', { jit: true, source: newSource(true) }).total;
    console.log(`new-jit      ${((pass - warm) / 1e6).toFixed(1).padStart(8)} M instructions of the new pass over the corpus documents, compiles included (import + warm-up ${(warm / 1e6).toFixed(0)} M, + the pass ${(pass / 1e6).toFixed(0)} M)`);
    names.splice(names.indexOf('new-jit'), 1);
    if (!names.length) process.exit(0);
  }
  const chosen = names.length ? names : Object.keys(SCENARIOS);
  const base = chosen.includes('baseline') || !names.length ? instructions('baseline').total : undefined;
  for (const name of chosen) {
    const { total, functions } = name === 'baseline' && base !== undefined ? { total: base, functions: [] } : instructions(name, { top });
    const over = base !== undefined && name !== 'baseline' ? `  (${((total - base) / 1e6).toFixed(0)} M over baseline)` : '';
    console.log(`${name.padEnd(12)} ${(total / 1e6).toFixed(0).padStart(8)} M instructions${over}`);
    for (const f of functions) console.log(`    ${f}`);
  }
}
