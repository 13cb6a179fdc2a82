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
const code = process.env.MISSES === 'code';
/** Instructions, then D1 misses and last-level data misses (or I1 and last-level instruction misses) by function. */
const costsOf = (file) => costsByFunction(file, run.find, code ? ['Ir', 'I1mr', 'ILmr'] : ['Ir', 'D1mr+D1mw', 'DLmr+DLmw']);

const top = Number(process.env.TOP ?? 40);
const counts = run.files.map(costsOf);
run.remove();
const { by, total } = counts[0];
const per = (x) => (x / passes / 1e3).toFixed(1).padStart(10);
if (code) {
  console.log(`${mode}, per pass (thousands): instructions ${(total[0] / passes / 1e3).toFixed(0)}, I1 misses ${(total[1] / passes / 1e3).toFixed(1)}, LL instruction misses ${(total[2] / passes / 1e3).toFixed(1)}`);
  console.log('   I1 miss   LL imiss      Ir (k)  function');
  for (const [k, [ir, i1, il]] of [...by].sort((x, y) => y[1][1] - x[1][1]).slice(0, top)) console.log(per(i1), per(il), per(ir), k.slice(0, 120));
} else {
  console.log(`${mode}, per pass (thousands): instructions ${(total[0] / passes / 1e3).toFixed(0)}, D1 misses ${(total[1] / passes / 1e3).toFixed(1)}, LL data misses ${(total[2] / passes / 1e3).toFixed(1)}`);
  console.log('   LL miss    D1 miss      Ir (k)  function');
  for (const [k, [ir, d1, ll]] of [...by].sort((x, y) => y[1][2] - x[1][2]).slice(0, top)) console.log(per(ll), per(d1), per(ir), k.slice(0, 120));
}
