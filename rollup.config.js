// One build of the three entry points (the CLI, the Action, the markdownlint rules), so the
// libraries they share are bundled once, in chunks under dist/chunks/; dist/ needs no node_modules.
// What only some runs need (the config parser, the exact reader) stays in chunks loaded on demand,
// so the Action's cold start stays short.
import { chmodSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import commonjs from '@rollup/plugin-commonjs';
import json from '@rollup/plugin-json';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import typescript from '@rollup/plugin-typescript';
import { thirdPartyLicenses } from './scripts/third-party-licenses.mjs';

const CLI = 'cli';

/** The CLI runs as `paperlint` from PATH (npm sets the mode when it installs; git and a clone do not). */
const executableCli = {
  name: 'executable-cli',
  writeBundle(options) {
    chmodSync(join(options.dir, `${CLI}.js`), 0o755);
  },
};

const BUILTIN = '\0builtin:';
const IDENTIFIER = /^[A-Za-z_$][\w$]*$/;
/** The built-in modules whose ES facade loads what paperlint does not use (see below). */
const BY_REQUIRE = new Set(['http', 'https', 'tls', 'crypto']);

/**
 * Node's built-in modules taken with `require`, not imported: importing one makes Node build its
 * ES module facade, which reads every export, and on Node 22 and later `node:http`'s lazy exports
 * (WebSocket and its events) load Node's own copy of undici, which paperlint never uses (the
 * Action's requests go through the bundled one): tens of milliseconds of the Action's cold start.
 * Of its named exports, only those a module imports are read.
 */
const builtinsByRequire = {
  name: 'builtins-by-require',
  resolveId(source) {
    const name = source.replace(/^node:/, '');
    if (!BY_REQUIRE.has(name)) return null;
    return `${BUILTIN}${name}`;
  },
  load(id) {
    if (!id.startsWith(BUILTIN)) return null;
    const name = id.slice(BUILTIN.length);
    const builtin = createRequire(import.meta.url)(`node:${name}`);
    const names = Object.keys(builtin).filter((key) => key !== 'default' && IDENTIFIER.test(key));
    return [
      "import { createRequire } from 'node:module';",
      `const builtin = createRequire(import.meta.url)('node:${name}');`,
      'export default builtin;',
      // Read only if imported: an export no module uses is dropped with its read.
      ...names.map((key) => `export const ${key} = /*#__PURE__*/ (() => builtin.${key})();`),
    ].join('\n');
  },
};

export default {
  input: { [CLI]: 'src/cli.ts', index: 'src/action.ts', markdownlint: 'src/markdownlint.ts' },
  output: {
    dir: 'dist',
    format: 'es',
    sourcemap: false,
    entryFileNames: '[name].js',
    chunkFileNames: 'chunks/[name].js',
    banner: (chunk) => (chunk.isEntry && chunk.name === CLI ? '#!/usr/bin/env node' : ''),
  },
  plugins: [
    builtinsByRequire,
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
    thirdPartyLicenses('THIRD_PARTY_LICENSES.txt'),
    executableCli,
  ],
  onwarn(warning, warn) {
    // @actions/* and Octokit compile `this` at module scope to undefined in ESM; harmless.
    if (warning.code === 'THIS_IS_UNDEFINED' || warning.code === 'CIRCULAR_DEPENDENCY') return;
    warn(warning);
  },
};
