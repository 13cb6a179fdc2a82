// The package as a user gets it: `npm pack`, installed into an empty project (offline: tahlil has
// no dependencies), then its bin, its library entries (ESM and CJS) and its shipped files used from there.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensureBuilt, ROOT } from './helpers/cli.js';

let tmp: string;
let app: string;
let installed: string;

function npm(args: string[], cwd: string): void {
  const r = spawnSync('npm', args, { cwd, encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`npm ${args.join(' ')} failed:\n${r.stdout}\n${r.stderr}`);
}

function run(cmd: string, args: string[], input = ''): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(cmd, args, { cwd: app, stdio: ['pipe', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString('utf8')));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString('utf8')));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
    child.stdin.end(input);
  });
}

beforeAll(async () => {
  await ensureBuilt();
  tmp = mkdtempSync(join(tmpdir(), 'tahlil-installed-'));
  npm(['pack', '--pack-destination', tmp, '--ignore-scripts', '--silent'], ROOT);
  const tarball = readdirSync(tmp).find((f) => f.endsWith('.tgz'))!;
  app = join(tmp, 'app');
  mkdirSync(app);
  writeFileSync(join(app, 'package.json'), '{ "name": "app", "private": true }\n');
  npm(['install', '--offline', '--no-audit', '--no-fund', '--ignore-scripts', join(tmp, tarball)], app);
  installed = join(app, 'node_modules', 'tahlil');
}, 240_000);
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

const bin = () => join(app, 'node_modules', '.bin', 'tahlil');

describe('the installed package', () => {
  it('ships its licence, the third-party notices and the demo fixtures, and no sources or tests', () => {
    const files = readdirSync(installed);
    expect(files).toEqual(expect.arrayContaining(['LICENSE', 'THIRD_PARTY_NOTICES', 'README.md', 'dist', 'fixtures', 'package.json']));
    expect(files).not.toContain('src');
    expect(files).not.toContain('tests');
    expect(readFileSync(join(installed, 'THIRD_PARTY_NOTICES'), 'utf8')).toContain('UNICODE LICENSE V3');
  });

  it('npx tahlil demo works from the installed package', async () => {
    const r = await run(bin(), ['demo']);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('tahlil demo: 2 articles');
    expect(r.stdout).toContain('بشار الأسد  [bashar-al-assad]');
  });

  it('eval --help points at a gold file the package has, and eval scores it', async () => {
    const help = await run(bin(), ['eval', '--help']);
    const path = /tahlil eval (node_modules\/tahlil\/\S+)/.exec(help.stdout)?.[1];
    expect(path).toBeDefined();
    expect(existsSync(join(app, path!))).toBe(true);
    const r = await run(bin(), ['eval', path!]);
    expect(r.stdout.split('\n')[3]).toBe('ALL\tP=1.000\tR=1.000\tF1=1.000');
  });

  it('analyze with worker threads finds its worker script in the installed layout', async () => {
    const input = ['{"id":"a","text":"وصل الوفد إلى بغداد"}', '{"id":"b","text":"في دمشق"}'].join('\n') + '\n';
    const r = await run(bin(), ['analyze', '--input', 'jsonl', '--format', 'tsv', '--workers', '1'], input);
    expect(r.stderr).toBe('');
    expect(r.stdout.split('\n').slice(1, 3).map((l) => l.split('\t').slice(0, 5).join(' '))).toEqual(['a 14 19 LOC بغداد', 'b 3 7 LOC دمشق']);
  });

  it('types a TypeScript consumer (strict, exactOptionalPropertyTypes) under moduleResolution node16 (ESM and CommonJS) and bundler, options with undefined values included', async () => {
    // The runtime takes an option whose value is undefined as left out; the declarations said
    // `types?: readonly EntityType[]`, which exactOptionalPropertyTypes reads as "absent, never
    // undefined", so `{ types: wanted.length ? wanted : undefined }` did not compile.
    const body = [
      "const pick = (s: string): string | undefined => (s === '' ? undefined : s);",
      "const types: ('PER' | 'LOC' | 'ORG')[] | undefined = pick('') === undefined ? undefined : ['LOC'];",
      'const doc = analyze(\'التقى بشار الأسد في دمشق\', { types, gazetteer: undefined, normalize: undefined, tagger: undefined, model: undefined });',
      'const a = createAnalyzer({ types, entries: undefined, disable: undefined, patterns: [{ type: \'ORG\', tokens: [{ text: \'مجموعة\', optional: undefined }, { text: \'البركة\' }], id: pick(\'\') }], lexicon: { common: undefined } });',
      "const g = createGazetteer([{ name: 'مجموعة البركة', type: 'ORG', id: pick(''), country: pick(''), aliases: undefined }], { extends: undefined });",
      "const n: string = normalize('مُحَمَّد', { preset: undefined, diacritics: undefined, digits: undefined });",
      "const t = tokenize('في دمشق', { normalize: undefined });",
      "const s = segment('وبالعراق', { isKnownName: undefined });",
      "const terms: string[] = termsOf('في دمشق', { stem: undefined, names: undefined });",
      "const docs: DocumentInput[] = ['في دمشق', { id: pick(''), text: 'في بغداد' }];",
      'const ids = [...analyzeMany(docs)].map((d) => d.id);',
      "const bytes: Uint8Array = trainTagger([{ text: 'قال المدرب جهاد الشماع', entities: [{ start: 11, end: 22, type: 'PER' }] }], { epochs: 1, seed: undefined, dev: undefined, onEpoch: undefined });",
      'const e: Entity | undefined = doc.entities[0];',
      'const opts: AnalyzerOptions = { model: bytes };',
      "const byPlace = summarise(new Set(doc.entities), 'LOC'); // its doc: an array or another iterable",
      'export const all = [doc, a, g, n, t, s, terms, ids, e, opts, byPlace, stem(\'المدارس\', { isKnownName: undefined })];',
    ].join('\n');
    const names = 'analyze, analyzeMany, createAnalyzer, createGazetteer, normalize, segment, stem, summarise, termsOf, tokenize, trainTagger, type AnalyzerOptions, type DocumentInput, type Entity';
    const dir = join(app, 'ts');
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, 'package.json'), '{ "type": "commonjs" }\n');
    writeFileSync(join(dir, 'esm.mts'), `import { ${names} } from 'tahlil';\n${body}\n`);
    writeFileSync(join(dir, 'cjs.cts'), `import { ${names} } from 'tahlil';\n${body}\n`);
    writeFileSync(join(dir, 'bundler.ts'), `import { ${names} } from 'tahlil';\n${body}\n`);
    const strict = { strict: true, exactOptionalPropertyTypes: true, noEmit: true, target: 'es2022', lib: ['es2022'], types: [], skipLibCheck: false };
    writeFileSync(join(dir, 'node16.json'), JSON.stringify({ compilerOptions: { ...strict, module: 'node16', moduleResolution: 'node16' }, files: ['esm.mts', 'cjs.cts'] }));
    writeFileSync(join(dir, 'bundler.json'), JSON.stringify({ compilerOptions: { ...strict, module: 'esnext', moduleResolution: 'bundler' }, files: ['bundler.ts'] }));
    const tsc = join(ROOT, 'node_modules', 'typescript', 'bin', 'tsc');
    for (const project of ['ts/node16.json', 'ts/bundler.json']) {
      const r = await run(process.execPath, [tsc, '-p', project]);
      expect([project, r.stdout + r.stderr, r.code]).toEqual([project, '', 0]);
    }
  });

  it('imports through ESM and requires through CommonJS', async () => {
    writeFileSync(join(app, 'esm.mjs'), "import { analyze } from 'tahlil';\nconsole.log(analyze('وصل الوفد إلى بغداد').entities.map((e) => e.id).join());\n");
    writeFileSync(join(app, 'cjs.cjs'), "const { normalize } = require('tahlil');\nconsole.log(normalize('أحمد في المدرسة', 'search'));\n");
    expect((await run(process.execPath, ['esm.mjs'])).stdout).toBe('iq-baghdad\n');
    expect((await run(process.execPath, ['cjs.cjs'])).stdout).toBe('احمد في المدرسه\n');
  });
});
