import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, relative, resolve } from 'node:path';
import { defineConfig, type Options } from 'tsup';

type Plugin = NonNullable<Options['esbuildPlugins']>[number];

const libraryEntry = resolve('src/index.ts');

/**
 * The CLI uses the library through the package's own built entry instead of bundling a second
 * copy of it: every import that resolves to src/index.ts becomes the self-reference `tahlil`,
 * which Node resolves through this package's `exports` map to dist/index.js.
 */
const libraryAsExternal: Plugin = {
  name: 'tahlil-library-external',
  setup(build) {
    build.onResolve({ filter: /index\.js$/ }, (args) => {
      const target = resolve(args.resolveDir, args.path.replace(/\.js$/, '.ts'));
      return target === libraryEntry ? { path: 'tahlil', external: true } : undefined;
    });
  },
};

/**
 * Generated data (every `src/**\/generated/*.ts`: the gazetteer, the lexicon, models) is built once,
 * under dist/data/, and shared by both library builds: dist/index.cjs requires it and the ESM
 * chunks import it. Without this, index.js and index.cjs each carried their own copy of about 1 MB
 * of strings, and each source map a third and fourth. The data gets no source map: its source is
 * the generator (`npm run gazetteer`, or the model's own).
 *
 * Each module becomes `NAME.json` (the strings) and `NAME.cjs`, a few lines that require the JSON
 * and assign each export by name. Node finds those names without running the file (ESM imports of
 * CommonJS go through cjs-module-lexer), and JSON.parse reads the strings natively: when the
 * strings sat in the .cjs file itself, the lexer scanned all of them on every import, which cost
 * about 650 M instructions (`node --jitless`) of a cold start of 1.8 G. Bundlers read both files.
 */
function generatedModules(dir = 'src'): Record<string, string> {
  const out: Record<string, string> = {};
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) Object.assign(out, generatedModules(path));
    else if (entry.name.endsWith('.ts') && entry.name !== 'index.ts' && dir.split(/[\\/]/).pop() === 'generated') {
      // src/gazetteer/generated/builtin.ts → data/gazetteer-builtin
      const name = relative('src', path).replace(/\.ts$/, '').split(/[\\/]/).filter((p) => p !== 'generated').join('-');
      out[`data/${name}`] = resolve(path);
    }
  }
  return out;
}

const DATA = generatedModules();
const DATA_OUTPUT = new Map(Object.entries(DATA).map(([name, source]) => [source, `./${name}.cjs`]));

const dataAsExternal: Plugin = {
  name: 'tahlil-data-external',
  setup(build) {
    build.onResolve({ filter: /\/generated\/[^/]+\.js$/ }, (args) => {
      const output = DATA_OUTPUT.get(resolve(args.resolveDir, args.path.replace(/\.js$/, '.ts')));
      return output ? { path: output, external: true } : undefined;
    });
  },
};

/**
 * Rewrites each built dist/data/NAME.cjs as NAME.json (its exports) + a NAME.cjs that requires it.
 * A value export (a string, a number) is read when the module loads; an export that is a function
 * of no argument (`modelBase64()`) is loaded on its first call: the JSON of such a module is read
 * then, not at import. A function of one argument (`entryPart(k)`) returns the parts of a table
 * that is read a part at a time: each part goes to a file of its own, NAME.EXPORT.K.json, read on
 * the first call that asks for it (the gazetteer: one sentence needs a few of its parts).
 */
function splitData(): void {
  const require = createRequire(import.meta.url);
  for (const name of Object.keys(DATA)) {
    const file = resolve('dist', `${name}.cjs`);
    delete require.cache[file];
    const mod = require(file) as Record<string, unknown>;
    const keys = Object.keys(mod).sort();
    const fn = (k: string) => mod[k] as (...args: unknown[]) => unknown;
    const parted = keys.filter((k) => typeof mod[k] === 'function' && fn(k).length === 1);
    const whole = keys.filter((k) => !parted.includes(k));
    const lazy = whole.filter((k) => typeof mod[k] === 'function');
    if (lazy.length && lazy.length !== whole.length) throw new Error(`${name}: export only values or only functions of no argument, not both`);
    const value = (k: string) => (typeof mod[k] === 'function' ? fn(k)() : mod[k]);
    const base = name.split('/').pop()!;
    const lines = ["'use strict';", `// Generated data: the values are in ${base}*.json${lazy.length ? ', read on the first call' : ''}.`];
    if (whole.length) {
      writeFileSync(resolve('dist', `${name}.json`), JSON.stringify(Object.fromEntries(whole.map((k) => [k, value(k)]))));
      if (lazy.length) lines.push('let data;', `const load = () => (data ??= require('./${base}.json'));`, ...lazy.map((k) => `exports.${k} = () => load().${k};`));
      else lines.push(`const data = require('./${base}.json');`, ...whole.map((k) => `exports.${k} = data.${k};`));
    }
    // The part readers live in NAME.parts.cjs, required on the first part read: Node scans every
    // CommonJS module that ESM imports for its export names (cjs-module-lexer), and a hundred
    // require calls in NAME.cjs cost that scan on every import.
    const partLines = ["'use strict';", `// Generated data: the parts of ${base}, each read on first use.`];
    for (const k of parted) {
      const readers: string[] = [];
      for (let part = 0; ; part++) {
        const text = fn(k)(part);
        if (text === undefined) break;
        writeFileSync(resolve('dist', `${name}.${k}.${part}.json`), JSON.stringify(text));
        // One require a part, written out, so that bundlers see every file.
        readers.push(`  () => require('./${base}.${k}.${part}.json'),`);
      }
      partLines.push(`const ${k} = [`, ...readers, '];', `exports.${k} = (k) => ${k}[k]?.();`);
      lines.push(`exports.${k} = (k) => (parts ??= require('./${base}.parts.cjs')).${k}(k);`);
    }
    if (parted.length) {
      lines.splice(2, 0, 'let parts;');
      writeFileSync(resolve('dist', `${name}.parts.cjs`), partLines.join('\n') + '\n');
    }
    writeFileSync(file, lines.join('\n') + '\n');
  }
}

/**
 * Arabic letters as they are: esbuild's default ASCII output writes each one as `\u06xx` (6 bytes, not 2).
 *
 * Both option sets (this and {@link ascii}) write source maps without the sources' text
 * (`sourcesContent`): the maps still take a stack trace to its file and line in `src/` (`node
 * --enable-source-maps`, a bundler's), but no longer carry a copy of every source file. That copy
 * was 1.0 MB of the unpacked package, which `npm pack` reported as 4.1 MB (4,105,538 bytes) against
 * issue 12's 4 MB.
 */
const utf8: NonNullable<Options['esbuildOptions']> = (options) => {
  options.charset = 'utf8';
  options.sourcesContent = false;
};

/**
 * The ESM library build as ASCII (Arabic letters as `\u06xx` escapes) without white space or
 * comments: Node decodes a source file with any non-ASCII byte to two-byte UTF-16 and scans it
 * that way, and a cold start reads and compiles about 270 KB of chunks. ASCII and no comments:
 * 889 -> 880 M instructions for import + one `analyze` (callgrind, JIT on). Bundlers print their
 * own output (the browser sizes do not move); names stay, and the source maps lead to the source.
 */
const ascii: NonNullable<Options['esbuildOptions']> = (options) => {
  options.charset = 'ascii';
  options.sourcesContent = false;
};

/**
 * esbuild leaves regex literals as written: a regex literal with Arabic letters would make its
 * chunk two-byte again (write such a pattern as a string, `new RegExp('^س[يتن]')`). This escapes
 * what is left, so the code stays right, and says where (the source map of that line is then off
 * by a few columns).
 */
function asciiChunks(): void {
  // The files of this build: index.js, the layers, and the chunks they import (the CLI's chunks,
  // built beside them at the same time, are not touched).
  const files = ['index.js', ...readdirSync('dist/layers').filter((n) => n.endsWith('.js')).map((n) => `layers/${n}`)];
  for (let i = 0; i < files.length; i++) {
    const file = resolve('dist', files[i]!);
    const text = readFileSync(file, 'utf8');
    for (const m of text.matchAll(/from\s*["']\.{1,2}\/(chunk-[\w-]+\.js)["']/g)) if (!files.includes(m[1]!)) files.push(m[1]!);
    if (!/[^\0-\x7f]/.test(text)) continue;
    console.warn(`tsup.config: dist/${files[i]} has non-ASCII characters (a regex literal?): escaped`);
    writeFileSync(file, text.replace(/[^\0-\x7f]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`));
  }
}

/**
 * dist/node.js, what `import … from 'tahlil'` loads in Node (the `node` condition of the package's
 * `exports`): dist/index.cjs through `createRequire`, its exports named one by one. A cold start
 * (import + one `analyze`) costs 20-27 M instructions less this way than through the ESM chunks
 * (about 365 M over a bare \`node\`): Node's ESM loader reads, compiles and links each of the eight
 * chunks as a module, and scans each data \`.cjs\` it imports for its export names
 * (cjs-module-lexer); CommonJS reads one file and requires the data directly. Bundlers and browsers
 * keep the split ESM build (dist/index.js), whose layers they can leave out (package.json puts the
 * `module` condition before `node`: a bundler cannot follow `createRequire`); ESM and CommonJS users
 * in one Node process now share one copy of the library and its caches.
 */
function nodeEntry(): void {
  const names = [...readFileSync('dist/index.cjs', 'utf8').matchAll(/^exports\.([A-Za-z_$][\w$]*) = /gm)].map((m) => m[1]!);
  if (names.length < 10) throw new Error(`tsup.config: found only ${names.length} exports in dist/index.cjs`);
  const lines = [
    "// Node's entry for `import … from 'tahlil'` (package.json `exports`, condition `node`): the",
    '// CommonJS build, one file, which Node starts faster than the ESM chunks (tsup.config.ts, nodeEntry).',
    "import { createRequire } from 'node:module';",
    "const lib = createRequire(import.meta.url)('./index.cjs');",
    `export const { ${names.join(', ')} } = lib;`,
  ];
  writeFileSync('dist/node.js', lines.join('\n') + '\n');
}

/**
 * The ESM build is split at the layers, so that a bundler (the package has `sideEffects: false`)
 * keeps only the chunks an app's imports reach: `import { normalize } from 'tahlil'` then carries
 * no tokenizer, gazetteer or recogniser tables, whose top-level `new Set(…)` a single-file build
 * would keep. The layer entries themselves are only there to draw the chunk lines: nothing imports
 * them, and `files` in package.json leaves them out of the package.
 *
 * `search` is a layer too: left in index.js, its `new Set(STOPWORDS.split('\n'))` (a call, so not
 * droppable) stayed in every bundle and pulled in data/search-stopwords.json with it: `normalize`
 * alone was 8,189 bytes gzip of its 8 KB limit, 1.0 KB of it the stop words.
 */
const LAYERS = Object.fromEntries(['normalize', 'tokenize', 'gazetteer', 'ner', 'search'].map((l) => [`layers/${l}`, `src/${l}/index.ts`]));

export default defineConfig([
  {
    // The library as ESM: no Node built-ins; data from dist/data/; shared code in dist/chunk-*.js.
    entry: { index: 'src/index.ts', ...LAYERS },
    format: ['esm'],
    dts: { entry: { index: 'src/index.ts' } },
    sourcemap: true,
    clean: false, // `npm run build` empties dist/ once, before the builds run side by side
    target: 'es2022',
    platform: 'neutral',
    treeshake: true,
    splitting: true,
    // Chunks stay beside index.js: the data imports ('./data/….cjs') are written as they are.
    esbuildOptions: ascii,
    minifyWhitespace: true,
    esbuildPlugins: [dataAsExternal],
    onSuccess: async () => asciiChunks(),
  },
  {
    // The library as CommonJS, one file, for require() in Node, and for `import` in Node through
    // dist/node.js (see `nodeEntry`). No source map: its map was a second copy of every source file
    // (730 KB, a fifth of the unpacked package, which was at 3.82 of its 4 MB); the ESM build keeps
    // its maps. ASCII without white space, as the ESM chunks: 7 M instructions less to read and
    // compile at a cold start.
    entry: { index: 'src/index.ts' },
    format: ['cjs'],
    dts: true,
    sourcemap: false,
    clean: false,
    target: 'es2022',
    platform: 'neutral',
    treeshake: true,
    esbuildOptions: ascii,
    minifyWhitespace: true,
    esbuildPlugins: [dataAsExternal],
    onSuccess: async () => nodeEntry(),
  },
  {
    // The generated data, once, as CommonJS + JSON (see above), without source maps.
    entry: DATA,
    format: ['cjs'],
    outExtension: () => ({ js: '.cjs' }),
    sourcemap: false,
    clean: false,
    target: 'es2022',
    platform: 'neutral',
    esbuildOptions: utf8,
    onSuccess: async () => splitData(),
  },
  {
    // The command line: ESM only, Node only (it is the one place that reads files).
    entry: { 'cli/main': 'src/cli/main.ts', 'cli/worker': 'src/cli/worker.ts' },
    format: ['esm'],
    platform: 'node',
    target: 'node20',
    sourcemap: true,
    clean: false,
    splitting: true,
    banner: { js: '#!/usr/bin/env node' },
    esbuildOptions: utf8,
    esbuildPlugins: [libraryAsExternal],
  },
]);
