#!/usr/bin/env node
/**
 * Measures paperlint on real paper lists, as a new user would meet it (zero config):
 * - diff mode on each list's last N README commits (base = the parent's README), as in a PR;
 * - the whole list at its HEAD (what its maintainers accepted).
 * Reads git mirrors at run time (default /work/.mirror/<owner>+<name>/repo) and never copies their
 * text anywhere; exits quietly when there are none. Compiles the pure core (src/read, src/grammar, src/check) to
 * a temporary directory with tsc and calls lint() in-process, exactly as the CLI's --base-file does.
 * Not used by the tests.
 *
 *   node scripts/evaluate.mjs [--mirrors DIR] [--commits N] [--samples K] [--json]
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { compileCore, scratchFolder } from './compile-core.mjs';

const args = process.argv.slice(2);
const option = (name, fallback) => {
  const at = args.indexOf(name);
  return at === -1 ? fallback : args[at + 1];
};
const mirrors = option('--mirrors', '/work/.mirror');
const commits = Number(option('--commits', '15'));
const samples = Number(option('--samples', '0'));
const asJson = args.includes('--json');
const root = join(dirname(fileURLToPath(import.meta.url)), '..');

if (!existsSync(mirrors)) process.exit(0);
const lists = readdirSync(mirrors)
  .map((name) => ({ name, dir: join(mirrors, name, 'repo') }))
  .filter((list) => existsSync(list.dir))
  .sort((a, b) => a.name.localeCompare(b.name));
if (lists.length === 0) process.exit(0);

const work = scratchFolder(root, 'paperlint-eval-');
compileCore(root, ['src/check/engine.ts'], work);
const { lint } = await import(join(work, 'check', 'engine.js'));
const git = (dir, ...rest) =>
  execFileSync('git', ['-C', dir, ...rest], {
    encoding: 'utf8',
    maxBuffer: 256 << 20,
    stdio: ['ignore', 'pipe', 'ignore'],
  });
const show = (dir, rev) => {
  try {
    return git(dir, 'show', `${rev}:README.md`);
  } catch {
    return '';
  }
};

function paperlint(text, baseText) {
  return lint({ path: 'README.md', text, baseText });
}

/** A rough count of the paper entries a reader sees: lines (or table rows) carrying a paper link. */
const PAPER_LINK =
  /arxiv\.org\/(abs|pdf|html)|openreview\.net\/(forum|pdf)|aclanthology\.org|aclweb\.org\/anthology|doi\.org\/|papers\.nips\.cc|ieeexplore|dl\.acm\.org|link\.springer|openaccess\.thecvf|ojs\.aaai|\[\[?(pdf|paper|link)\]/i;
function roughPaperCount(text) {
  return text.split('\n').filter((line) => PAPER_LINK.test(line) && !/^\s*#/.test(line)).length;
}

const report = [];
for (const list of lists) {
  const revs = git(list.dir, 'log', '--format=%H', '-n', String(commits), '--', 'README.md')
    .split('\n')
    .filter(Boolean);
  if (revs.length === 0) continue;
  const head = show(list.dir, revs[0]);
  const wholeFile = await paperlint(head);
  const wholeFindings = wholeFile.findings;
  const entriesWithFindings = new Set(wholeFindings.map((f) => f.entryKey)).size;
  const perRule = {};
  const perCommit = [];
  const sampled = [];
  for (const rev of revs) {
    const text = show(list.dir, rev);
    const base = show(list.dir, `${rev}^`);
    const found = (await paperlint(text, base)).findings;
    perCommit.push(found.length);
    for (const f of found) perRule[f.rule] = (perRule[f.rule] ?? 0) + 1;
    if (samples > 0) {
      for (const f of found.slice(0, samples)) {
        const lines = text.split('\n');
        sampled.push({
          rev: rev.slice(0, 8),
          rule: f.rule,
          line: f.line,
          message: f.message,
          text: lines.slice(f.line - 2, f.line + 1),
        });
      }
    }
  }
  const wholeRule = {};
  const headLines = head.split('\n');
  for (const f of wholeFindings) {
    wholeRule[f.rule] = (wholeRule[f.rule] ?? 0) + 1;
    if (samples > 0 && wholeRule[f.rule] <= samples) {
      sampled.push({
        rev: 'HEAD',
        rule: f.rule,
        line: f.line,
        message: f.message,
        text: headLines.slice(f.line - 2, f.line + 1),
      });
    }
  }
  report.push({
    list: list.name,
    entries: wholeFile.entries,
    rough: roughPaperCount(head),
    headFindings: wholeFindings.length,
    headEntriesWithFindings: entriesWithFindings,
    headShare: wholeFile.entries ? entriesWithFindings / wholeFile.entries : 0,
    headPerRule: wholeRule,
    commits: revs.length,
    diffFindings: perCommit.reduce((a, b) => a + b, 0),
    commitsWithFindings: perCommit.filter((n) => n > 0).length,
    perCommit,
    perRule,
    sampled,
  });
}
rmSync(work, { recursive: true, force: true });

if (asJson) {
  process.stdout.write(`${JSON.stringify(report, null, 2)}\n`);
} else {
  const pct = (x) => `${Math.round(x * 100)}%`;
  for (const r of report) {
    console.log(
      `${r.list.padEnd(46)} entries ${String(r.entries).padStart(4)} (rough ${String(r.rough).padStart(4)})  HEAD: ${String(r.headFindings).padStart(4)} findings on ${pct(r.headShare).padStart(4)} of entries  diff: ${String(r.diffFindings).padStart(4)} findings, ${r.commitsWithFindings}/${r.commits} commits [${r.perCommit.join(' ')}]`,
    );
    console.log(
      `    diff per rule ${JSON.stringify(r.perRule)}  head per rule ${JSON.stringify(r.headPerRule)}`,
    );
    for (const s of r.sampled)
      console.log(
        `      ${s.rev} ${s.rule}@${s.line}: ${s.message}\n        | ${s.text.join('\n        | ')}`,
      );
  }
  const shares = report.map((r) => r.headShare).sort((a, b) => a - b);
  const median = shares[Math.floor(shares.length / 2)];
  console.log(
    `median HEAD share ${pct(median)}, worst ${pct(shares[shares.length - 1])}; diff findings ${report.reduce((a, r) => a + r.diffFindings, 0)} on ${report.reduce((a, r) => a + r.commitsWithFindings, 0)}/${report.reduce((a, r) => a + r.commits, 0)} commits`,
  );
}
