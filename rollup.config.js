// One build of the three entry points (the CLI, the Action, the markdownlint rules), so the
// libraries they share are bundled once, in chunks under dist/chunks/; dist/ needs no node_modules.
// What only some runs need (the config parser, the exact reader; for the Action, the engine, loaded
// while its first requests are answered, and @actions/github, behind a proxy) stays in chunks loaded
// on demand, so the Action's cold start stays short.
import { chmodSync } from 'node:fs';
import { builtinModules, createRequire } from 'node:module';
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
/**
 * Node's built-in modules whose ES facade loads what paperlint does not use. Importing a built-in
 * makes Node build its facade, which reads every export, lazy ones too: on Node 22 and later
 * `node:http`'s WebSocket and its events load Node's own copy of undici before any request needs it,
 * `node:tls` lists its root certificates, `node:crypto` loads WebCrypto.
 * Together a fifth of the Action's module loading on Node 24, a tenth on Node 20.
 */
const BY_REQUIRE = new Set(['http', 'https', 'tls', 'crypto', 'child_process']);

/**
 * These built-ins taken with `require`, not imported. Their named exports are read from the module
 * object where they are used (Rollup's synthetic named exports), and a namespace import keeps a lazy
 * export lazy: nothing is read that is not used.
 */
const builtinsByRequire = {
  name: 'builtins-by-require',
  resolveId(source) {
    const name = source.replace(/^node:/, '');
    return BY_REQUIRE.has(name) ? `${BUILTIN}${name}` : null;
  },
  load(id) {
    if (!id.startsWith(BUILTIN)) return null;
    const name = id.slice(BUILTIN.length);
    if (LOADED_WHEN_USED.has(name)) return { code: loadedWhenUsed(name), syntheticNamedExports: true };
    return {
      code: [
        "import { createRequire } from 'node:module';",
        `export default createRequire(import.meta.url)('node:${name}');`,
      ].join('\n'),
      syntheticNamedExports: true,
    };
  },
};

/**
 * Built-ins required only when one of their exports is first read, not when the bundle loads.
 * node:crypto serves the Action only at its end (@actions/core's output delimiters) and behind a
 * proxy; loaded at the start, it was a fifth of the CPU before the first request on Node 24.
 * node:child_process (with node:net and node:dgram under it) serves the CLI only to ask git, which
 * a run on a file outside a repository with a config, or a list in the Action, never does.
 */
const LOADED_WHEN_USED = new Set(['crypto', 'child_process']);

/**
 * The module object as getters for each export the built-in has (as of the Node that builds),
 * which require the built-in on first use: a namespace made of it (Rollup's merge of the exports
 * into `import * as`) copies the getters and stays lazy.
 */
function loadedWhenUsed(name) {
  const exported = Object.keys(createRequire(import.meta.url)(`node:${name}`)).filter(
    (key) => key !== 'default',
  );
  return [
    "import { createRequire } from 'node:module';",
    'let loaded;',
    `const load = () => (loaded ??= createRequire(import.meta.url)('node:${name}'));`,
    'const lazy = {};',
    `for (const name of ${JSON.stringify(exported)}) {`,
    '  Object.defineProperty(lazy, name, { enumerable: true, get: () => load()[name] });',
    '}',
    'export default lazy;',
  ].join('\n');
}

/**
 * @actions/core's OIDC client, which paperlint never asks for, imports @actions/http-client and
 * through it the undici and tunnel bundled with it: loading core would load them all. Marked as
 * without effects when loaded, it is left out, and they load only where the Action asks for them
 * (@actions/github, behind a proxy: github/client.ts).
 */
const UNUSED_WITHOUT_EFFECTS = /[\\/]@actions[\\/]core[\\/]lib[\\/]oidc-utils\.js$/;

/**
 * Bottleneck, the queue under the retry and rate-limit plugins (every request passes three of its
 * queues), yields to the event loop between its steps with `setTimeout(resolve, 0)`, which Node
 * makes a millisecond or more: three a queue, nine a request, 9 ms or more of waiting for nothing
 * on each request the review makes one after another. It yields with `setImmediate` instead (still
 * after pending I/O); a wait it is asked for (`t` > 0) is a timer as before.
 */
const BOTTLENECK = /[\\/]bottleneck[\\/]light\.js$/;
const BOTTLENECK_YIELD = 'return setTimeout(resolve, t);';
const promptBottleneck = {
  name: 'prompt-bottleneck',
  transform(code, id) {
    if (!BOTTLENECK.test(id)) return null;
    if (code.split(BOTTLENECK_YIELD).length !== 2) {
      this.error('bottleneck/light.js no longer yields as prompt-bottleneck expects: look at it again');
    }
    return code.replace(BOTTLENECK_YIELD, 'return t > 0 ? setTimeout(resolve, t) : setImmediate(resolve);');
  },
};

/**
 * Node's built-in modules do nothing a bundle relies on when imported: an import of one whose
 * bindings go unused (the libraries' `require('child_process')` for code the bundle left out) is
 * dropped, and the built-in is not loaded at the start of every run.
 */
const isBuiltin = (id) => builtinModules.includes(id.replace(/^node:/, ''));

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
  treeshake: {
    moduleSideEffects: (id, external) => !UNUSED_WITHOUT_EFFECTS.test(id) && !(external && isBuiltin(id)),
  },
  plugins: [
    builtinsByRequire,
    promptBottleneck,
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
