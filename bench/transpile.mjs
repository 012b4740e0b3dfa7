// TypeScript sources transpiled (types dropped, nothing checked) for a benchmark script to import.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import ts from 'typescript';

/** Transpiles `files` (paths from `root`) into `out`, keeping their layout; returns a module importer. */
export function transpile(root, files, out) {
  for (const file of files) {
    const { outputText } = ts.transpileModule(readFileSync(join(root, file), 'utf8'), {
      compilerOptions: { module: ts.ModuleKind.ESNext, target: ts.ScriptTarget.ES2022 },
    });
    const target = join(out, file.replace(/\.ts$/, '.js'));
    mkdirSync(dirname(target), { recursive: true });
    writeFileSync(target, outputText);
  }
  return (file) => import(pathToFileURL(join(out, file.replace(/\.ts$/, '.js'))).href);
}
