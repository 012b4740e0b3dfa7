// Each entry point is bundled on its own; dist/ needs no node_modules.
import commonjs from '@rollup/plugin-commonjs';
import json from '@rollup/plugin-json';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import typescript from '@rollup/plugin-typescript';

// The CLI is one file; the Action keeps what only some runs need (the config parser) in a chunk
// loaded on demand, so its cold start stays short.
const bundle = (input, output) => ({
  input,
  output: { format: 'es', sourcemap: false, ...output },
  plugins: [
    typescript({
      tsconfig: './tsconfig.json',
      include: ['src/**/*.ts'],
      noEmit: false,
      outDir: 'dist',
      declaration: false,
    }),
    nodeResolve({ preferBuiltins: true, exportConditions: ['node'] }),
    commonjs(),
    json(),
  ],
  onwarn(warning, warn) {
    // @actions/* and Octokit compile `this` at module scope to undefined in ESM; harmless.
    if (warning.code === 'THIS_IS_UNDEFINED' || warning.code === 'CIRCULAR_DEPENDENCY') return;
    warn(warning);
  },
});

export default [
  bundle('src/cli.ts', { file: 'dist/cli.js', banner: '#!/usr/bin/env node', inlineDynamicImports: true }),
  bundle('src/action.ts', { dir: 'dist', entryFileNames: 'index.js', chunkFileNames: 'chunks/[name].js' }),
  // markdownlint custom rules (package export `paperlint/markdownlint`), one file like the CLI.
  bundle('src/markdownlint.ts', { file: 'dist/markdownlint.js', inlineDynamicImports: true }),
];
