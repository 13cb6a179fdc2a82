// The functions with the most self time in one or more .cpuprofile files (from
// TAHLIL_BENCH_PROFILE=FILE node bench/analyze-child.mjs new, or node --cpu-prof):
//   node bench/profile-top.mjs FILE… [--top 30] [--inclusive]
// --inclusive: time with callees (each function counted once per sample however deep it recurses).
import { readFileSync } from 'node:fs';

const args = process.argv.slice(2);
const topAt = args.indexOf('--top');
const top = topAt >= 0 ? Number(args.splice(topAt, 2)[1]) : 30;
const incAt = args.indexOf('--inclusive');
const inclusive = incAt >= 0;
if (inclusive) args.splice(incAt, 1);
const self = new Map();
let total = 0;
const keyOf = (n) => {
  const where = n.callFrame.url ? `${n.callFrame.url.split('/').slice(-2).join('/')}:${n.callFrame.lineNumber + 1}` : '';
  return `${n.callFrame.functionName || '(anonymous)'} ${where}`.trim();
};
for (const file of args) {
  const p = JSON.parse(readFileSync(file, 'utf8'));
  const nodes = new Map(p.nodes.map((n) => [n.id, n]));
  const parent = new Map();
  for (const n of p.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  for (let i = 0; i < p.samples.length; i++) {
    const dt = p.timeDeltas[i] ?? 0;
    total += dt;
    if (!inclusive) {
      const key = keyOf(nodes.get(p.samples[i]));
      self.set(key, (self.get(key) ?? 0) + dt);
      continue;
    }
    const seen = new Set();
    for (let id = p.samples[i]; id !== undefined; id = parent.get(id)) seen.add(keyOf(nodes.get(id)));
    for (const key of seen) self.set(key, (self.get(key) ?? 0) + dt);
  }
}
for (const [key, us] of [...self].sort((a, b) => b[1] - a[1]).slice(0, top)) {
  console.log(`${(us / 1000).toFixed(0).padStart(7)} ms ${((100 * us) / total).toFixed(1).padStart(5)}%  ${key}`);
}
console.log(`${(total / 1000).toFixed(0).padStart(7)} ms  total`);
