// A/B of two or more builds in FRESH processes, rounds rotated (issue 12): each round runs
// `bench/analyze-child.mjs MODE` once in every checkout, the order shifted by one each round, so that
// a host that drifts between fast and slow states (seen on the reference VM: passes of 0.28 s or
// 0.43 s from one process to the next) hits every build alike.
//
//   node bench/ab-fresh.mjs MODE ROUNDS DIR_A DIR_B [DIR…]   (each DIR a checkout with dist/ built)
//
// MODE: new, novel, aqmar, aqmar-after, steady (see analyze-child.mjs). Prints, per build, the median
// MB/s with its range, the median of the per-round ratios of process CPU seconds against DIR_A (the
// less noisy figure on a shared host) with their range, and for new/novel the median ratio to a bare
// split. Each child's JSON line is also written to stderr, for a record of the set.
import { execFileSync } from 'node:child_process';
import { resolve, join } from 'node:path';
import { median } from './corpus.mjs';

const [mode, roundsArg, ...dirsArg] = process.argv.slice(2);
const MODES = ['new', 'novel', 'aqmar', 'aqmar-after', 'steady'];
if (!MODES.includes(mode)) throw new TypeError(`bench/ab-fresh.mjs: MODE must be one of ${MODES.join(', ')}, got ${mode}`);
const rounds = Number(roundsArg);
if (!Number.isInteger(rounds) || rounds < 1) throw new RangeError(`bench/ab-fresh.mjs: ROUNDS must be a positive integer, got ${roundsArg}`);
if (dirsArg.length < 2) throw new TypeError('bench/ab-fresh.mjs: give at least two checkouts to compare');
const dirs = dirsArg.map((d) => resolve(d));

const range = (xs) => `${Math.min(...xs).toFixed(2)}–${Math.max(...xs).toFixed(2)}`;

/** results[round][build] = the child's JSON. */
const results = [];
for (let r = 0; r < rounds; r++) {
  const row = [];
  for (let k = 0; k < dirs.length; k++) {
    const i = (k + r) % dirs.length;
    const out = execFileSync(process.execPath, [join(dirs[i], 'bench', 'analyze-child.mjs'), mode], { cwd: dirs[i], encoding: 'utf8' });
    const line = out.trim().split('\n').pop();
    process.stderr.write(`${JSON.stringify({ round: r, dir: dirs[i], result: JSON.parse(line) })}\n`);
    row[i] = JSON.parse(line);
  }
  results.push(row);
}

for (let i = 0; i < dirs.length; i++) {
  const mbs = results.map((row) => row[i].bytes / 1e6 / row[i].seconds);
  const cpu = results.map((row) => row[i].cpuSeconds / row[0].cpuSeconds);
  const split = results.filter((row) => row[i].splitSeconds).map((row) => row[i].seconds / row[i].splitSeconds);
  const parts = [
    `${dirs[i]}: ${mode}, ${rounds} rounds`,
    `MB/s median ${median(mbs).toFixed(3)} (${range(mbs)})`,
    `CPU per round / first build ${median(cpu).toFixed(3)} (${range(cpu)})`,
  ];
  if (split.length) parts.push(`${median(split).toFixed(0)}× a bare split`);
  console.log(parts.join('; '));
}
