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
import { costsByFunction, parseArgs, runUnderCallgrind } from './callgrind-run.mjs';

const { mode, dir, passes, ndocs } = parseArgs(process.argv.slice(2));
const valgrindArgs = ['--cache-sim=yes', `--LL=${process.env.LL ?? '1048576,16,64'}`, '--D1=32768,8,64', '--I1=32768,8,64'];
const run = await runUnderCallgrind({ tag: 'tahlil-cgmiss', mode, dir, passes, ndocs, valgrindArgs });
/** Instructions, D1 misses and last-level data misses by function. */
const costsOf = (file) => costsByFunction(file, run.find, ['Ir', 'D1mr+D1mw', 'DLmr+DLmw']);

const top = Number(process.env.TOP ?? 40);
const counts = run.files.map(costsOf);
run.remove();
const { by, total } = counts[0];
const per = (x) => (x / passes / 1e3).toFixed(1).padStart(10);
console.log(`${mode}, per pass (thousands): instructions ${(total[0] / passes / 1e3).toFixed(0)}, D1 misses ${(total[1] / passes / 1e3).toFixed(1)}, LL data misses ${(total[2] / passes / 1e3).toFixed(1)}`);
console.log('   LL miss    D1 miss      Ir (k)  function');
for (const [k, [ir, d1, ll]] of [...by].sort((x, y) => y[1][2] - x[1][2]).slice(0, top)) console.log(per(ll), per(d1), per(ir), k.slice(0, 120));
