// Every example in README.md and docs/*.md that shows an output is run, and its output compared
// with what the page shows (the convention of the project brief):
// - a ```js block that imports from 'tahlil' and is immediately followed by a ```text block: the
//   text block is the exact standard output of running the js block (as an ES module, against the
//   built package through its self-reference);
// - a ```sh block whose lines start with `$ `: each command (after `$ `, with `tahlil` meaning the
//   built CLI) is run in order in one shell, and the lines up to the next `$ ` are its exact output
//   (standard output and standard error together).
// Blocks in other languages are not executed. Relative links must point at files that exist.
// TAHLIL_UPDATE_DOCS=1 npx vitest run tests/docs.examples.test.ts writes the real outputs into the
// pages instead of failing: review the diff before committing it.
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensureBuilt, MAIN, ROOT, runProcess, SHARED } from './helpers/cli.js';

interface Fence {
  lang: string;
  body: string;
  line: number;
  end: number;
}

/** The fenced blocks of a markdown page, with the line (1-based) of their opening fence. */
function fences(markdown: string): Fence[] {
  const lines = markdown.split('\n');
  const out: Fence[] = [];
  for (let i = 0; i < lines.length; i++) {
    const open = /^(`{3,})([\w-]*)\s*$/.exec(lines[i]!);
    if (!open) continue;
    const close = lines.findIndex((l, j) => j > i && l.trimEnd() === open[1]);
    if (close < 0) break;
    out.push({ lang: open[2]!, body: lines.slice(i + 1, close).join('\n'), line: i + 1, end: close });
    i = close;
  }
  return out;
}

/** Lines [from, to) (0-based) of a page: the body of the block that holds the expected output. */
interface Body {
  from: number;
  to: number;
}

interface JsExample {
  line: number;
  body?: Body;
  code: string;
  expected: string;
}

/** ```js blocks importing from 'tahlil' whose next block, with only blank lines between, is ```text. */
function jsExamples(markdown: string): JsExample[] {
  const lines = markdown.split('\n');
  const fs = fences(markdown);
  const out: JsExample[] = [];
  for (let k = 0; k + 1 < fs.length; k++) {
    const [a, b] = [fs[k]!, fs[k + 1]!];
    if (a.lang !== 'js' || b.lang !== 'text' || !/from\s+['"]tahlil['"]/.test(a.body)) continue;
    if (lines.slice(a.end + 1, b.line - 1).some((l) => l.trim() !== '')) continue;
    out.push({ line: a.line, code: a.body, expected: b.body, body: { from: b.line, to: b.end } });
  }
  return out;
}

interface ShExample {
  line: number;
  body?: Body;
  commands: Array<{ command: string; expected: string }>;
}

/** ```sh blocks whose lines start with `$ `; the lines up to the next `$ ` are the expected output. */
function shExamples(markdown: string): ShExample[] {
  const out: ShExample[] = [];
  for (const f of fences(markdown)) {
    if (f.lang !== 'sh' || !f.body.startsWith('$ ')) continue;
    const commands: ShExample['commands'] = [];
    for (const l of f.body.split('\n')) {
      if (l.startsWith('$ ')) commands.push({ command: l.slice(2), expected: '' });
      else commands[commands.length - 1]!.expected += (commands[commands.length - 1]!.expected || l === '' ? '\n' : '') + l;
    }
    for (const c of commands) c.expected = c.expected.replace(/^\n/, '');
    out.push({ line: f.line, commands, body: { from: f.line, to: f.end } });
  }
  return out;
}

const run = runProcess;

const PAGES = ['README.md', ...readdirSync(join(ROOT, 'docs')).filter((f) => f.endsWith('.md')).sort().map((f) => `docs/${f}`)];
const read = (page: string) => readFileSync(join(ROOT, page), 'utf8');
const withoutFinalNewline = (s: string) => s.replace(/\n$/, '');
const UPDATE = process.env.TAHLIL_UPDATE_DOCS === '1';

/** Replaces block bodies of a page (bottom first, so earlier line numbers stay right). */
function rewrite(page: string, edits: Array<{ body: Body; text: string }>): void {
  const lines = read(page).split('\n');
  for (const e of [...edits].sort((a, b) => b.body.from - a.body.from)) lines.splice(e.body.from, e.body.to - e.body.from, ...e.text.split('\n'));
  writeFileSync(join(ROOT, page), lines.join('\n'));
}

let tmp: string;
let bin: string;

beforeAll(async () => {
  await ensureBuilt();
  tmp = mkdtempSync(join(tmpdir(), 'tahlil-docs-'));
  // Each shell example runs in its own tmp/work/ex-*, with fixtures/ in it and ../shared as in a checkout.
  bin = join(tmp, 'bin');
  mkdirSync(bin);
  writeFileSync(join(bin, 'tahlil'), `#!/bin/sh\nexec "${process.execPath}" "${MAIN}" "$@"\n`);
  chmodSync(join(bin, 'tahlil'), 0o755);
  mkdirSync(join(tmp, 'work'));
  if (existsSync(SHARED)) symlinkSync(SHARED, join(tmp, 'work', 'shared'));
});
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

describe('the example parser', () => {
  it('pairs a js block with the text block right after it, and reads $ commands with their output', () => {
    const page = ['```js', "import { normalize } from 'tahlil';", '```', '', '```text', 'x', '```', '```js', "import 'tahlil';", '```', 'prose', '```text', 'y', '```', '```sh', '$ echo a', 'a', '', 'b', '$ true', '```', '```sh', 'npm test', '```'].join('\n');
    expect(jsExamples(page)).toEqual([{ line: 1, code: "import { normalize } from 'tahlil';", expected: 'x', body: { from: 5, to: 6 } }]);
    expect(shExamples(page)).toEqual([{ line: 15, body: { from: 15, to: 20 }, commands: [{ command: 'echo a', expected: 'a\n\nb' }, { command: 'true', expected: '' }] }]);
  });
});

describe.each(PAGES)('%s', (page) => {
  const text = read(page);
  const js = jsExamples(text);
  const sh = shExamples(text);

  it('relative links point at files that exist', () => {
    const broken: string[] = [];
    for (const m of text.matchAll(/\]\(([^)\s#]+)(#[^)]*)?\)/g)) {
      const target = m[1]!;
      if (/^[a-z]+:/.test(target)) continue;
      if (!existsSync(join(ROOT, dirname(page), target))) broken.push(target);
    }
    expect(broken).toEqual([]);
  });

  it.skipIf(js.length === 0)('js examples print what the page shows', async () => {
    const results = await Promise.all(js.map((ex) => run(process.execPath, ['--input-type=module', '-'], { cwd: ROOT, input: ex.code })));
    js.forEach((ex, i) => {
      const r = results[i]!;
      expect.soft(r.stderr, `${page}:${ex.line}`).toBe('');
      if (!UPDATE) expect.soft(withoutFinalNewline(r.stdout), `${page}:${ex.line}`).toBe(ex.expected);
    });
    if (UPDATE) rewrite(page, js.map((ex, i) => ({ body: ex.body!, text: withoutFinalNewline(results[i]!.stdout) })));
  });

  it.skipIf(sh.length === 0)('shell examples print what the page shows', async () => {
    const edits: Array<{ body: Body; text: string }> = [];
    for (const ex of shExamples(read(page))) {
      const needsShared = ex.commands.some((c) => c.command.includes('../shared'));
      if (needsShared && !existsSync(SHARED)) continue;
      const cwd = mkdtempSync(join(tmp, 'work', 'ex-'));
      symlinkSync(join(ROOT, 'fixtures'), join(cwd, 'fixtures'));
      // One shell per block, so a file made by one command is there for the next; a marker line
      // before each command splits the output.
      const marker = '\u0001tahlil-docs-example\u0001';
      const script = ex.commands.map((c) => `printf '%s\\n' '${marker}'\n{\n${c.command}\n} 2>&1`).join('\n') + '\n';
      const r = await run('bash', ['-c', script], { cwd, env: { PATH: `${bin}:${process.env.PATH}`, NO_COLOR: '1' } });
      const outputs = r.stdout.split(`${marker}\n`).slice(1);
      ex.commands.forEach((c, i) => {
        if (!UPDATE) expect.soft(withoutFinalNewline(outputs[i] ?? ''), `${page}:${ex.line}: $ ${c.command}`).toBe(c.expected);
      });
      if (UPDATE) edits.push({ body: ex.body!, text: ex.commands.map((c, i) => [`$ ${c.command}`, ...(outputs[i] ? [withoutFinalNewline(outputs[i]!)] : [])].join('\n')).join('\n') });
    }
    if (UPDATE) rewrite(page, edits);
    // docs/cli.md runs the CLI over whole corpora: near a minute on a loaded 2-core host.
  }, 180_000);
});
