// Module hooks that let a plain node script import the TypeScript sources (src/*.ts) directly:
// `import { register } from 'node:module'; register('./ts-hooks.mjs', import.meta.url)`.
// Types are only stripped (transpileModule), not checked: `npm run typecheck` does that.
import { readFile } from 'node:fs/promises';
import ts from 'typescript';

/** Sources import each other as `./x.js` (NodeNext); on disk that is `./x.ts`. */
export async function resolve(specifier, context, nextResolve) {
  if (context.parentURL?.endsWith('.ts') && /^\.{1,2}\/.*\.js$/.test(specifier)) {
    return nextResolve(specifier.replace(/\.js$/, '.ts'), context);
  }
  return nextResolve(specifier, context);
}

export async function load(url, context, nextLoad) {
  if (!url.endsWith('.ts')) return nextLoad(url, context);
  const { outputText } = ts.transpileModule(await readFile(new URL(url), 'utf8'), {
    fileName: url,
    compilerOptions: { module: ts.ModuleKind.ESNext, target: ts.ScriptTarget.ES2022 },
  });
  return { format: 'module', source: outputText, shortCircuit: true };
}
