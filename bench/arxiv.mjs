// node bench/arxiv.mjs: what checking papers against arXiv costs the Action. A PR adds 3 entries to
// a 10,000-entry list; the Action runs with `arxiv: false` and with the check against a fake arXiv
// that answers at once, alternately. Prints the medians, their ratio (target ≤ 1.5×) and the arXiv
// requests per run (target: 1). Measures; asserts nothing but that the runs did what they should.
import { copyFileSync, mkdirSync, rmSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { addThreeEntries, generateList } from './generate.mjs';
import { transpile } from './transpile.mjs';

const root = fileURLToPath(new URL('../', import.meta.url));
const out = join(root, 'bench/.work/arxiv');
const RUNS = Number(process.env.BENCH_RUNS ?? 7);
const ENTRIES = 10_000;

const load = transpile(
  root,
  [
    'src/read/diff.ts',
    '__tests__/support/openapi.ts',
    '__tests__/support/fake-github.ts',
    '__tests__/support/fake-arxiv.ts',
    '__tests__/support/action-harness.ts',
  ],
  out,
);
mkdirSync(join(out, '__tests__/fixtures/arxiv'), { recursive: true });
for (const fixture of ['github-openapi.json', 'arxiv/records.json']) {
  copyFileSync(join(root, '__tests__/fixtures', fixture), join(out, '__tests__/fixtures', fixture));
}
for (const linked of ['action.yml', 'dist']) {
  rmSync(join(out, linked), { force: true, recursive: true });
  symlinkSync(join(root, linked), join(out, linked));
}
const harness = await load('__tests__/support/action-harness.ts');
const { FakeGitHub } = await load('__tests__/support/fake-github.ts');
const { FakeArxiv } = await load('__tests__/support/fake-arxiv.ts');

const base = generateList(ENTRIES);
const head = addThreeEntries(base, ENTRIES);
// The added papers' records, as arXiv would have them: the generated titles, authors and ids.
const baseLines = new Set(base.split('\n'));
const added = head.split('\n').filter((line) => !baseLines.has(line) && line.trim() !== '');
const records = [];
for (let i = 0; i < added.length; i += 2) {
  const id = /arxiv\.org\/(?:abs|pdf)\/(\d{4}\.\d{5})/.exec(added[i + 1])[1];
  records.push({
    id,
    version: 'v1',
    title: /^- \*\*(.+?),\*\*/.exec(added[i])[1],
    authors: /\*(.+?)\*/.exec(added[i + 1])[1].split(', '),
    published: `20${id.slice(0, 2)}-${id.slice(2, 4)}-01`,
  });
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
async function run(withArxiv) {
  const github = new FakeGitHub();
  const arxiv = new FakeArxiv(records);
  await Promise.all([github.start(), arxiv.start()]);
  harness.openPullRequest(github, base, head);
  const start = performance.now();
  const result = await harness.runAction(github, withArxiv ? { arxivUrl: arxiv.url } : {});
  const ms = performance.now() - start;
  await Promise.all([github.stop(), arxiv.stop()]);
  if (github.reviews.length !== 1 || result.outputs['entries-checked'] !== '3') {
    throw new Error(`the run did not review the three entries: ${result.stderr || result.stdout}`);
  }
  const arxivFindings = github.comments.filter((c) => c.body.includes('arxiv-metadata')).length;
  if (arxivFindings > 0) throw new Error('arxiv-metadata reported an entry whose record agrees');
  return { ms, requests: arxiv.requests.length };
}

const without = [];
const withCheck = [];
const requests = [];
await run(true); // warm the disk cache for both
for (let i = 0; i < RUNS; i++) {
  without.push((await run(false)).ms);
  const checked = await run(true);
  withCheck.push(checked.ms);
  requests.push(checked.requests);
}
const fmt = (ms) => `${ms.toFixed(0)} ms`;
console.log(`Action, ${ENTRIES} entries, a PR adding 3 (median of ${RUNS} runs each):`);
console.log(`  without the arXiv check  ${fmt(median(without))} (min ${fmt(Math.min(...without))})`);
console.log(`  with the arXiv check     ${fmt(median(withCheck))} (min ${fmt(Math.min(...withCheck))})`);
console.log(`  ratio ${(median(withCheck) / median(without)).toFixed(2)}× (target ≤ 1.5×)`);
console.log(`  arXiv requests per run: ${[...new Set(requests)].join(', ')} (target: 1)`);
