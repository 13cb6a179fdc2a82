import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyze, type SummaryItem } from '../../index.js';
import { noPositionals, parse } from '../args.js';
import { packageRoot } from '../package.js';

export const help = `usage: tahlil demo

Analyses the built-in fixtures (two Arabic news articles, shipped in the package's fixtures/) and
prints, for each, the people, places and organisations it names, with how often.

examples:
  npm run demo
  tahlil demo
`;

export async function run(argv: readonly string[]): Promise<number> {
  const p = parse(argv, {});
  if (p.values.help) {
    process.stdout.write(help);
    return 0;
  }
  noPositionals(p, 'demo');
  const dir = join(packageRoot(), 'fixtures');
  const files = readdirSync(dir).filter((f) => f.endsWith('.txt')).sort();
  const color = process.stdout.isTTY === true && !process.env.NO_COLOR;
  const bold = (s: string) => (color ? `\x1b[1m${s}\x1b[22m` : s);
  const dim = (s: string) => (color ? `\x1b[2m${s}\x1b[22m` : s);
  const lines: string[] = [`tahlil demo: ${files.length} articles from fixtures/`, ''];
  for (const f of files) {
    const text = readFileSync(join(dir, f), 'utf8');
    const a = analyze(text);
    lines.push(bold(`== fixtures/${f}`) + dim(` · ${text.length.toLocaleString('en')} characters · ${a.entities.length} entities`));
    const section = (label: string, items: readonly SummaryItem[]) => {
      lines.push(`  ${bold(label)} (${items.length})`);
      if (items.length === 0) lines.push(dim('    none'));
      for (const it of items) lines.push(`    ${String(it.count).padStart(3)} ×  ${it.name}${it.id ? dim(`  [${it.id}]`) : ''}`);
    };
    section('People · أشخاص', a.people);
    section('Places · أماكن', a.places);
    section('Organisations · منظمات', a.organisations);
    lines.push('');
  }
  lines.push(dim(`next: node dist/cli/main.js --help (installed: tahlil --help) · tahlil render fixtures/${files[0] ?? "file.txt"} > page.html`));
  process.stdout.write(lines.join('\n') + '\n');
  return 0;
}
