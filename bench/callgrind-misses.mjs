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
//   MISSES=code: instruction-cache misses instead (I1 and last-level, by function, sorted by I1): what
//                fetching the code itself costs. A first pass runs each new spelling's once-only code
//                (its segmentation, facts, trie starts, model lookups) between every other stage's
//                code, and the novel pass's top function for I1 misses is the recogniser's
//                `computeFacts`: 616 thousand for 9.6 M instructions (words helper, round 12).
import { costsByFunction, parseArgs, runUnderCallgrind } from './callgrind-run.mjs';

const { mode, dir, passes, ndocs } = parseArgs(process.argv.slice(2));
const valgrindArgs = ['--cache-sim=yes', `--LL=${process.env.LL ?? '1048576,16,64'}`, '--D1=32768,8,64', '--I1=32768,8,64'];
const run = await runUnderCallgrind({ tag: 'tahlil-cgmiss', mode, dir, passes, ndocs, valgrindArgs });
/** What is counted: data misses (the default) or, with MISSES=code, instruction-cache misses. */
const COUNTS = {
  // `shown`: the columns of the costs listed, by index (0 is the instructions), sorted by the first:
  // data misses last level first (what leaves the core), code misses I1 first.
  data: { events: ['D1mr+D1mw', 'DLmr+DLmw'], names: ['D1 misses', 'LL data misses'], columns: '   LL miss    D1 miss', shown: [2, 1] },
  code: { events: ['I1mr', 'ILmr'], names: ['I1 misses', 'LL instruction misses'], columns: '   I1 miss   LL imiss', shown: [1, 2] },
};
const { events, names, columns, shown } = COUNTS[process.env.MISSES === 'code' ? 'code' : 'data'];
/** Instructions, then the two kinds of miss, by function. */
const costsOf = (file) => costsByFunction(file, run.find, ['Ir', ...events]);

const top = Number(process.env.TOP ?? 40);
const counts = run.files.map(costsOf);
run.remove();
const { by, total } = counts[0];
const per = (x) => (x / passes / 1e3).toFixed(1).padStart(10);
console.log(`${mode}, per pass (thousands): instructions ${(total[0] / passes / 1e3).toFixed(0)}, ${names[0]} ${(total[1] / passes / 1e3).toFixed(1)}, ${names[1]} ${(total[2] / passes / 1e3).toFixed(1)}`);
console.log(`${columns}      Ir (k)  function`);
for (const [k, m] of [...by].sort((x, y) => y[1][shown[0]] - x[1][shown[0]]).slice(0, top)) console.log(...shown.map((j) => per(m[j])), per(m[0]), k.slice(0, 120));
