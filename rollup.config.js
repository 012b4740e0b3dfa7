// Each entry point is bundled on its own, so dist/cli.js and dist/index.js are self-contained.
import commonjs from '@rollup/plugin-commonjs';
import json from '@rollup/plugin-json';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import typescript from '@rollup/plugin-typescript';

const bundle = (input, file, banner) => ({
  input,
  output: { file, format: 'es', banner, inlineDynamicImports: true, sourcemap: false },
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
  bundle('src/cli.ts', 'dist/cli.js', '#!/usr/bin/env node'),
  bundle('src/action.ts', 'dist/index.js'),
];
