import { resolve } from 'node:path';
import { defineConfig, type Options } from 'tsup';

const libraryEntry = resolve('src/index.ts');

/**
 * The CLI uses the library through the package's own built entry instead of bundling a second
 * copy of it: every import that resolves to src/index.ts becomes the self-reference `tahlil`,
 * which Node resolves through this package's `exports` map to dist/index.js.
 */
const libraryAsExternal: NonNullable<Options['esbuildPlugins']>[number] = {
  name: 'tahlil-library-external',
  setup(build) {
    build.onResolve({ filter: /index\.js$/ }, (args) => {
      const target = resolve(args.resolveDir, args.path.replace(/\.js$/, '.ts'));
      return target === libraryEntry ? { path: 'tahlil', external: true } : undefined;
    });
  },
};

export default defineConfig([
  {
    // The library: ESM + CJS with declarations for both, no Node built-ins.
    entry: { index: 'src/index.ts' },
    format: ['esm', 'cjs'],
    dts: true,
    sourcemap: true,
    clean: false, // `npm run build` empties dist/ once, before both builds run side by side
    target: 'es2022',
    platform: 'neutral',
    treeshake: true,
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
    esbuildPlugins: [libraryAsExternal],
  },
]);
