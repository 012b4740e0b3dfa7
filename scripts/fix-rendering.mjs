// node scripts/fix-rendering.mjs [MIRROR_DIR]: runs `paperlint --fix` (dist/cli.js, so build first)
// on the README of every list in a mirror of real paper lists (default /work/.mirror, one
// <owner>+<name>/repo git directory each), and checks that the fix leaves what the list renders
// unchanged, and that a second --fix changes nothing. Reads the lists at run time and writes
// nothing back: no list text enters the repository. Not a test: the lists are not ours to ship.
//
// "Unchanged" is compared on mdast's rendering (src/read/exact.ts): strictly (only white space,
// the punctuation `,.;:`, paragraph breaks and link targets may differ), and with what the rules
// mean to change on top (brackets around a paper link, which block holds a line).
import { execFileSync, spawnSync } from 'node:child_process';
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import ts from 'typescript';

const root = fileURLToPath(new URL('../', import.meta.url));
const mirror = process.argv[2] ?? '/work/.mirror';
const cli = join(root, 'dist/cli.js');

/** The pure folders (src/read, src/grammar, src/check) transpiled for this script (like bench/run.mjs does for its harness). */
async function loadCore() {
  const out = join(root, 'scripts/.work');
  for (const dir of ['src/read', 'src/grammar', 'src/check', 'src/check/rules']) {
    for (const file of readdirSync(join(root, dir)).filter(
      (f) => f.endsWith('.ts') && !f.endsWith('.d.ts'),
    )) {
      const { outputText } = ts.transpileModule(readFileSync(join(root, dir, file), 'utf8'), {
        compilerOptions: { module: ts.ModuleKind.ESNext, target: ts.ScriptTarget.ES2022 },
      });
      const target = join(out, dir, file.replace(/\.ts$/, '.js'));
      mkdirSync(dirname(target), { recursive: true });
      writeFileSync(target, outputText);
    }
  }
  const load = (path) => import(pathToFileURL(join(out, path)).href);
  return { ...(await load('src/read/exact.js')), ...(await load('src/read/links.js')) };
}

function readme(repo) {
  for (const name of ['README.md', 'readme.md', 'Readme.md']) {
    try {
      return execFileSync('git', ['--git-dir', repo, 'show', `HEAD:${name}`], {
        encoding: 'utf8',
        maxBuffer: 1 << 28,
        stdio: ['ignore', 'pipe', 'ignore'],
      });
    } catch {
      // try the next spelling
    }
  }
  return undefined;
}

function fix(file) {
  const run = spawnSync(process.execPath, [cli, '--fix', '--format', 'json', file], {
    encoding: 'utf8',
    maxBuffer: 1 << 28,
  });
  if (run.status === null || run.status > 1) throw new Error(`paperlint --fix failed: ${run.stderr}`);
  return readFileSync(file, 'utf8');
}

/** Where two renderings first differ, with some context, for a human to look at. */
function firstDifference(a, b) {
  let i = 0;
  while (i < a.length && a[i] === b[i]) i++;
  const show = (s) => JSON.stringify(s.slice(Math.max(0, i - 60), i + 60).replace(/[\u0001-\u0003]/g, '|'));
  return `${show(a)}\n      vs ${show(b)}`;
}

const changedLines = (a, b) => {
  const x = a.split('\n');
  const y = b.split('\n');
  let n = Math.abs(x.length - y.length);
  for (let i = 0; i < Math.min(x.length, y.length); i++) if (x[i] !== y[i]) n++;
  return n;
};

if (!existsSync(cli)) throw new Error('build first: npm run package');
const { rendering, PAPER_LABEL } = await loadCore();
const meant = { bracketedLabel: PAPER_LABEL, blocks: true };
const work = mkdtempSync(join(tmpdir(), 'paperlint-fix-'));
const rows = [];
try {
  for (const name of readdirSync(mirror).sort()) {
    const repo = join(mirror, name, 'repo');
    if (!existsSync(repo)) continue;
    const text = readme(repo);
    if (text === undefined) continue;
    const file = join(work, `${name}.md`);
    writeFileSync(file, text);
    const once = fix(file);
    const twice = fix(file);
    const strict = rendering(once) === rendering(text);
    const asMeant = rendering(once, meant) === rendering(text, meant);
    rows.push({
      list: name,
      lines: text.split('\n').length,
      changed: changedLines(text, once),
      strict,
      asMeant,
      idempotent: twice === once,
    });
    if (!asMeant)
      console.error(`${name}: ${firstDifference(rendering(text, meant), rendering(once, meant))}`);
  }
} finally {
  rmSync(work, { recursive: true, force: true });
}

const yes = (b) => (b ? 'yes' : 'NO');
console.log(
  '| list | lines | lines changed by --fix | rendering unchanged (strict) | as the rules mean | 2nd --fix changes nothing |',
);
console.log('| --- | ---: | ---: | :---: | :---: | :---: |');
for (const r of rows) {
  console.log(
    `| ${r.list} | ${r.lines} | ${r.changed} | ${yes(r.strict)} | ${yes(r.asMeant)} | ${yes(r.idempotent)} |`,
  );
}
const failed = rows.filter((r) => !r.asMeant || !r.idempotent);
console.log(
  `\n${rows.length} lists, ${rows.length - failed.length} fixed without changing what they render.`,
);
process.exitCode = failed.length > 0 ? 1 : 0;
