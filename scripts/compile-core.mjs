/**
 * The one tsc call the measuring scripts (scripts/evaluate.mjs, scripts/audit-field.mjs and the
 * field run's scripts/field/engine.mjs) compile paperlint's sources with: types dropped, nothing
 * bundled, into a folder under node_modules/.cache, inside node_modules so that the core's own
 * imports (the mdast reader) resolve.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync } from 'node:fs';
import { join } from 'node:path';

/** A new empty folder under node_modules/.cache, named from `prefix`. */
export function scratchFolder(root, prefix) {
  const cache = join(root, 'node_modules', '.cache');
  mkdirSync(cache, { recursive: true });
  return mkdtempSync(join(cache, prefix));
}

/**
 * Compiles `entries` (paths from `root`, under src/) and what they import into `outDir`, keeping
 * src/'s layout. Throws when tsc reports errors (it still writes the JavaScript it can); `stdio`
 * is passed to the child process.
 */
export function compileCore(root, entries, outDir, { stdio = 'inherit' } = {}) {
  execFileSync(
    join(root, 'node_modules', '.bin', 'tsc'),
    [
      ...entries,
      '--ignoreConfig',
      '--outDir',
      outDir,
      '--rootDir',
      'src',
      '--module',
      'NodeNext',
      '--moduleResolution',
      'NodeNext',
      '--target',
      'ES2022',
      '--skipLibCheck',
      '--resolveJsonModule',
      '--types',
      'node',
    ],
    { cwd: root, stdio },
  );
}
