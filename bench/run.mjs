// `npm run bench`: runs every bench/*.bench.mjs in name order against the built package (dist/).
import { readdirSync } from 'node:fs';
import { cpus } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { printTargets } from './targets.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const only = process.argv[2];
console.log(`tahlil benchmarks · ${new Date().toISOString().slice(0, 10)} · Node ${process.version} · ${cpus().length} × ${cpus()[0]?.model ?? 'cpu'}`);
/** Issue 12's targets that the benches checked (each bench returns its rows: bench/targets.mjs). */
const targets = [];
for (const file of readdirSync(here).filter((f) => f.endsWith('.bench.mjs')).sort()) {
  if (only && !file.includes(only)) continue;
  console.log(`\n## ${file.replace('.bench.mjs', '')}`);
  const mod = await import(pathToFileURL(join(here, file)).href);
  targets.push(...((await mod.default()) ?? []));
}
printTargets(targets);
