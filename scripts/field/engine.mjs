/**
 * Compiles paperlint's pure entry points (the engine, and the grammar module when it exists) with tsc
 * into node_modules/.cache/paperlint-field/<hash of src>/ (inside node_modules so their own imports
 * resolve) and loads them. The entry files are looked up with fallbacks, so this keeps working while
 * src/ is reorganised.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { pathToFileURL } from 'node:url';
import { compileCore } from '../compile-core.mjs';

const CANDIDATES = {
  engine: ['src/check/engine.ts', 'src/core/lint.ts', 'src/engine.ts', 'src/lint.ts'],
  grammar: ['src/grammar/index.ts', 'src/grammar.ts'],
};

function tsFiles(dir) {
  const out = [];
  for (const name of readdirSync(dir).sort()) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) out.push(...tsFiles(path));
    else if (name.endsWith('.ts')) out.push(path);
  }
  return out;
}

/** @returns {{ dir: string, engine: string, grammar: string | null, hash: string }} */
export function compile(root, log = console.error) {
  const found = Object.fromEntries(
    Object.entries(CANDIDATES).map(([name, list]) => [
      name,
      list.find((file) => existsSync(join(root, file))) ?? null,
    ]),
  );
  if (!found.engine) throw new Error(`no engine entry found (looked for ${CANDIDATES.engine.join(', ')})`);
  const hash = createHash('sha1');
  for (const file of tsFiles(join(root, 'src'))) hash.update(relative(root, file)).update(readFileSync(file));
  const digest = hash.digest('hex').slice(0, 12);
  const dir = join(root, 'node_modules', '.cache', 'paperlint-field', digest);
  const js = (file) => join(dir, relative('src', file).replace(/\.ts$/, '.js'));
  const done = join(dir, '.done');
  if (!existsSync(done)) {
    mkdirSync(dir, { recursive: true });
    const entries = Object.values(found).filter(Boolean);
    log(`field: compiling ${entries.join(', ')} → ${relative(root, dir)}`);
    try {
      compileCore(root, entries, dir, { stdio: ['ignore', 'pipe', 'pipe'] });
    } catch (error) {
      // Type errors still emit JavaScript; only a missing output is fatal.
      if (!existsSync(js(found.engine))) throw error;
      log(
        `field: tsc reported errors (using its output anyway):\n${String(error.stdout ?? '').slice(0, 2000)}`,
      );
    }
    writeFileSync(done, new Date().toISOString());
  }
  return {
    dir,
    hash: digest,
    engine: js(found.engine),
    grammar: found.grammar && existsSync(js(found.grammar)) ? js(found.grammar) : null,
    sources: found,
  };
}

/** The functions the field run calls; a missing one is undefined (its column shows n/a). */
export async function load(compiled) {
  const engine = await import(pathToFileURL(compiled.engine).href);
  const grammar = compiled.grammar ? await import(pathToFileURL(compiled.grammar).href) : {};
  const pick = (name) =>
    typeof grammar[name] === 'function'
      ? grammar[name]
      : typeof engine[name] === 'function'
        ? engine[name]
        : undefined;
  if (typeof engine.lint !== 'function') throw new Error(`${compiled.engine} exports no lint()`);
  return {
    lint: engine.lint,
    exportEntries: pick('exportEntries'),
    roundTrip: pick('roundTrip'),
    addRoundTrip: pick('addRoundTrip'),
  };
}
