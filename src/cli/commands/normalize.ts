import { NORMALIZE_SWITCHES, normalize, type NormalizeOperations, type NormalizeOptions } from '../../index.js';
import { oneOf, parse, type Options } from '../args.js';
import { checkReadable, lineLimitHelp, LINE_LIMIT_OPTION, mapLines, maxLineBytes } from '../io.js';

/** The on/off operations, each settable as `--NAME` or `--no-NAME` (camelCase or kebab-case). */
const SWITCHES = NORMALIZE_SWITCHES;

const kebab = (s: string) => s.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);

export const help = `usage: tahlil normalize [options] [files…]

Normalises Arabic text line by line (standard input when no file is given), streaming.

options:
  --preset display|standard|search   the base set of operations (default standard)
  --digits keep|latin|arabic          map digits
  --NAME / --no-NAME                  turn one operation on or off (the last one given wins), NAME one of:
      ${SWITCHES.join(', ')}
      (kebab-case works too: --no-teh-marbuta)
${lineLimitHelp(38)}
  -h, --help                          this help

examples:
  echo 'أعلنت الحكومةُ العراقيّة' | tahlil normalize                 # اعلنت الحكومة العراقية
  tahlil normalize --preset search --no-tehMarbuta articles.txt
  tahlil normalize --preset display --digits latin < in.txt > out.txt
`;

export async function run(argv: readonly string[]): Promise<number> {
  const spec: Options = { ...LINE_LIMIT_OPTION, preset: { type: 'string' }, digits: { type: 'string' } };
  for (const name of SWITCHES) {
    for (const n of new Set([name, kebab(name)])) {
      spec[n] = { type: 'boolean' };
      spec[`no-${n}`] = { type: 'boolean' };
    }
  }
  const p = parse(argv, spec);
  if (p.values.help) {
    process.stdout.write(help);
    return 0;
  }
  const options: { preset?: 'display' | 'standard' | 'search' } & Partial<NormalizeOperations> = {
    preset: oneOf(p, 'preset', ['display', 'standard', 'search'] as const, 'standard'),
  };
  const digits = oneOf(p, 'digits', ['keep', 'latin', 'arabic'] as const);
  if (digits) options.digits = digits;
  // Switches in command-line order, so the last one wins: `--no-alef --alef` turns alef on.
  const byFlag = new Map<string, [string, boolean]>();
  for (const name of SWITCHES) {
    for (const n of new Set([name, kebab(name)])) {
      byFlag.set(n, [name, true]);
      byFlag.set(`no-${n}`, [name, false]);
    }
  }
  for (const flag of p.order) {
    const set = byFlag.get(flag);
    if (set) (options as Record<string, unknown>)[set[0]] = set[1];
  }
  checkReadable(p.positionals);
  const opts: NormalizeOptions = options;
  await mapLines(p.positionals, (line) => normalize(line.text, opts) + '\n', { command: 'normalize', maxLineBytes: maxLineBytes(p) });
  return 0;
}
