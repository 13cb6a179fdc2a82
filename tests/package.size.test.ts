// The published package's shape and size (issue 12): data shared by the ESM and CJS builds, Arabic
// written as UTF-8, no source maps for data, and the limits of scripts/size.mjs (which builds
// browser bundles with esbuild and measures `npm pack`). Sizes are bytes, not timings.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createRequire } from 'node:module';
import { beforeAll, describe, expect, it } from 'vitest';
import { ensureBuilt, ROOT } from './helpers/cli.js';

interface Measured {
  sizes: Record<string, number>;
  files: { path: string; size: number }[];
}
let measured: Measured;
let LIMITS: Record<string, number>;
const DIST = join(ROOT, 'dist');

beforeAll(async () => {
  await ensureBuilt();
  const size = await import('../scripts/size.mjs');
  LIMITS = size.LIMITS;
  measured = await size.measure();
}, 180_000);

const read = (file: string) => readFileSync(join(DIST, file), 'utf8');

describe('the built package', () => {
  it('writes the data as UTF-8, not as \\u06xx escapes', () => {
    const parts = readdirSync(join(DIST, 'data')).filter((f) => f.startsWith('gazetteer-builtin.entryPart.'));
    expect(parts.some((f) => read(`data/${f}`).includes('بغداد'))).toBe(true);
    // A few escapes stay where the source itself writes them (ranges in regexes such as
    // [\u064B-\u065F]); an ASCII build had about 336,000 of them in index.js alone.
    const files = readdirSync(DIST, { recursive: true, encoding: 'utf8' }).filter((f) => (/\.(cjs|json)$/.test(f) && f !== 'index.cjs') || /^cli.*\.js$/.test(f));
    const escapes = files.map((f) => read(f).match(/\\u06[0-9a-f]{2}/gi)?.length ?? 0);
    expect(escapes.reduce((a, b) => a + b, 0)).toBeLessThan(200);
  });

  it('writes the library code (ESM and CommonJS) as ASCII (a cold start scans it one byte a character), its data still apart', () => {
    const code = readdirSync(DIST).filter((f) => f.endsWith('.js'));
    const esm = [...code.filter((f) => f === 'index.js' || read('index.js').includes(f)), 'index.cjs'];
    expect(esm.length).toBeGreaterThan(1);
    for (const f of esm) expect(/[^\0-\x7f]/.test(read(f)), f).toBe(false);
    // The letters the code itself names (clitics, particles, triggers), not data: about 4,400.
    const escapes = esm.map((f) => read(f).match(/\\u06[0-9a-f]{2}/gi)?.length ?? 0);
    expect(escapes.reduce((a, b) => a + b, 0)).toBeLessThan(10_000);
  });

  it('keeps one copy of the generated data, used by both index.js and index.cjs, without a source map', () => {
    const dataFiles = readdirSync(join(DIST, 'data'));
    expect(dataFiles).toEqual(expect.arrayContaining(['gazetteer-builtin.cjs', 'gazetteer-builtin.json', 'gazetteer-builtin.entryPart.0.json', 'gazetteer-builtin.indexPart.0.json']));
    expect(dataFiles.filter((f) => f.endsWith('.map'))).toEqual([]);
    const esm = readdirSync(DIST).filter((f) => f.endsWith('.js')).map(read).join('\n');
    expect(esm.includes("from './data/gazetteer-builtin.cjs'")).toBe(true);
    expect(read('index.cjs').includes("require('./data/gazetteer-builtin.cjs')")).toBe(true);
    // The gazetteer's entries are in the data files only, each in one part, read when a lookup
    // first needs it (one of them: the Central African Republic). A name whose 'search' key is the
    // name itself would also stand in the key index wherever a block starts with it (جزر توركس
    // وكايكوس did until entries added before it moved the blocks): this one's key is folded (ة، أ، ى).
    const entry = 'جمهورية أفريقيا الوسطى';
    const holding = readdirSync(DIST, { recursive: true, encoding: 'utf8' }).filter((f) => /\.(c?js|json|map)$/.test(f) && read(f).includes(entry));
    expect(holding).toHaveLength(1);
    expect(holding[0]).toMatch(/^data\/gazetteer-builtin\.entryPart\.\d+\.json$/);
  });

  it('gives the same entities through import and require', async () => {
    const text = 'وصل الرئيس العراقي إلى بغداد قادماً من دمشق.';
    const esm = (await import(join(DIST, 'index.js'))) as typeof import('../src/index.js');
    const cjs = createRequire(import.meta.url)(join(DIST, 'index.cjs')) as typeof import('../src/index.js');
    const spans = (m: typeof esm) => m.analyze(text).entities.map((e) => `${e.type} ${e.text}`);
    expect(spans(esm)).toContain('LOC بغداد');
    expect(spans(cjs)).toEqual(spans(esm));
  });

  it("gives Node's import the CommonJS build (dist/node.js), with every export of the ESM build", async () => {
    // package.json `exports`: `import` in Node resolves to dist/node.js, which requires
    // dist/index.cjs (one file, quicker to start than the ESM chunks); bundlers keep dist/index.js.
    const pkg = JSON.parse(read('../package.json')) as { exports: { '.': { import: Record<string, string> } } };
    // `module` first: bundlers (esbuild, webpack, Rollup, Vite) take the ESM build even for a
    // server bundle; Node knows no `module` condition and takes `node`.
    expect(Object.keys(pkg.exports['.'].import)).toEqual(['types', 'module', 'node', 'default']);
    expect(pkg.exports['.'].import.node).toBe('./dist/node.js');
    const node = (await import(join(DIST, 'node.js'))) as Record<string, unknown>;
    const esm = (await import(join(DIST, 'index.js'))) as Record<string, unknown>;
    const cjs = createRequire(import.meta.url)(join(DIST, 'index.cjs')) as Record<string, unknown>;
    expect(Object.keys(node).sort()).toEqual(Object.keys(esm).sort());
    for (const name of Object.keys(node)) expect(node[name], name).toBe(cjs[name]);
    expect((node.analyze as typeof import('../src/index.js').analyze)('قال الرئيس العراقي في بغداد').entities.map((e) => `${e.type} ${e.text}`)).toContain('LOC بغداد');
  });

  it('bundles for a server (esbuild, platform node) into a file that runs away from the package', async () => {
    // dist/node.js loads index.cjs with createRequire, which a bundler cannot follow: a server
    // bundle that took it would look for ./index.cjs beside the bundle and fail at start-up.
    const { build } = await import('esbuild');
    const dir = mkdtempSync(join(tmpdir(), 'tahlil-bundle-'));
    try {
      const outfile = join(dir, 'server.mjs');
      const app = "import { analyze } from 'tahlil'; console.log(analyze('التقى الرئيس السوري بشار الأسد في دمشق').entities.map((e) => e.text).join('|'));";
      await build({ stdin: { contents: app, resolveDir: ROOT, loader: 'js' }, bundle: true, platform: 'node', format: 'esm', outfile, logLevel: 'silent' });
      expect(execFileSync(process.execPath, [outfile], { cwd: dir, encoding: 'utf8' }).trim()).toBe('بشار الأسد|دمشق');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 60_000);

  it('publishes neither the layer entries nor the tests', () => {
    const paths = measured.files.map((f) => f.path);
    expect(paths).toContain('dist/index.js');
    expect(paths).toContain('dist/data/gazetteer-builtin.json');
    expect(paths).toContain('dist/data/gazetteer-builtin.indexPart.0.json');
    expect(paths.filter((p) => p.startsWith('dist/layers/') || p.startsWith('tests/') || p.startsWith('src/'))).toEqual([]);
  });

  it('stays within the size limits of issue 12', () => {
    for (const [name, limit] of Object.entries(LIMITS)) expect({ name, bytes: measured.sizes[name]! }).toEqual({ name, bytes: expect.toSatisfy((n: number) => n > 0 && n <= limit) });
    // normalize alone carries no gazetteer or recogniser: a small fraction of analyze's bundle.
    expect(measured.sizes['normalize (browser, gzip)']! * 20).toBeLessThan(measured.sizes['analyze (browser, gzip)']!);
  });
});
