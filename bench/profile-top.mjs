// The functions with the most self time in one or more .cpuprofile files (from
// TAHLIL_BENCH_PROFILE=FILE node bench/analyze-child.mjs new, or node --cpu-prof):
//   node bench/profile-top.mjs FILE… [--top 30] [--inclusive]
// --inclusive: time with callees (each function counted once per sample however deep it recurses).
import { readFileSync } from 'node:fs';
import { addProfile } from './cpuprofile.mjs';

const args = process.argv.slice(2);
const topAt = args.indexOf('--top');
const top = topAt >= 0 ? Number(args.splice(topAt, 2)[1]) : 30;
const incAt = args.indexOf('--inclusive');
const inclusive = incAt >= 0;
if (inclusive) args.splice(incAt, 1);
const self = new Map();
let total = 0;
for (const file of args) total += addProfile(self, JSON.parse(readFileSync(file, 'utf8')), inclusive);
for (const [key, us] of [...self].sort((a, b) => b[1] - a[1]).slice(0, top)) {
  console.log(`${(us / 1000).toFixed(0).padStart(7)} ms ${((100 * us) / total).toFixed(1).padStart(5)}%  ${key}`);
}
console.log(`${(total / 1000).toFixed(0).padStart(7)} ms  total`);
