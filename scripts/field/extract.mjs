#!/usr/bin/env node
/**
 * Extracts the field corpus (see /work/shared/field/README.md) from git mirrors into a data folder
 * OUTSIDE the repository: the lists' text is never committed.
 *
 * For each list in lists.json, writes DATA/<owner>+<name>/:
 *   head.md                        the file at the pinned snapshot_head
 *   commits/<n>-<sha>.before.md    the file at the commit's first parent ('' when none)
 *   commits/<n>-<sha>.after.md     the file at the commit
 *   meta.json                      { repo, file, head, format, field, commits: [{ n, sha, subject, date }] }
 * for the last N (default 15) commits that touched the file at or before snapshot_head (commits whose
 * before and after are identical, e.g. merges, are skipped; n = 1 is the newest).
 *
 *   node scripts/field/extract.mjs [--lists FILE] [--mirrors DIR] [--out DIR] [--commits N]
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const args = process.argv.slice(2);
const option = (name, fallback) => {
  const at = args.indexOf(name);
  return at === -1 ? fallback : args[at + 1];
};
const listsFile = option('--lists', '/work/shared/field/lists.json');
const mirrors = option('--mirrors', '/work/.mirror');
const out = option('--out', '/work/field-data');
const wanted = Number(option('--commits', '15'));

const lists = JSON.parse(readFileSync(listsFile, 'utf8'));
const git = (dir, ...rest) =>
  execFileSync('git', ['--git-dir', dir, ...rest], {
    encoding: 'utf8',
    maxBuffer: 512 << 20,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
const show = (dir, rev, file) => {
  try {
    return git(dir, 'show', `${rev}:${file}`);
  } catch {
    return '';
  }
};

const missing = [];
let done = 0;
for (const [repo, info] of Object.entries(lists)) {
  const dir = join(mirrors, repo.replace('/', '+'), 'repo');
  if (!existsSync(dir)) {
    missing.push(`${repo}: no mirror at ${dir}`);
    continue;
  }
  let head;
  try {
    head = git(dir, 'show', `${info.snapshot_head}:${info.file}`);
  } catch (error) {
    missing.push(
      `${repo}: ${info.snapshot_head}:${info.file} not in the mirror (${String(error).split('\n')[0]})`,
    );
    continue;
  }
  const target = join(out, repo.replace('/', '+'));
  rmSync(target, { recursive: true, force: true });
  mkdirSync(join(target, 'commits'), { recursive: true });
  writeFileSync(join(target, 'head.md'), head);
  const shas = git(dir, 'log', '--format=%H', info.snapshot_head, '--', info.file)
    .split('\n')
    .filter(Boolean);
  const commits = [];
  for (const sha of shas) {
    if (commits.length >= wanted) break;
    const after = show(dir, sha, info.file);
    const before = show(dir, `${sha}^`, info.file);
    if (before === after) continue; // a merge (or mode change) that leaves the file as it was
    const n = commits.length + 1;
    const [subject, date, parents] = git(dir, 'show', '-s', '--format=%s%x00%cI%x00%P', sha)
      .trim()
      .split('\0');
    writeFileSync(join(target, 'commits', `${n}-${sha}.before.md`), before);
    writeFileSync(join(target, 'commits', `${n}-${sha}.after.md`), after);
    commits.push({ n, sha, subject, date, merge: parents.split(' ').length > 1 });
  }
  writeFileSync(
    join(target, 'meta.json'),
    JSON.stringify(
      { repo, file: info.file, head: info.snapshot_head, format: info.format, field: info.field, commits },
      null,
      1,
    ) + '\n',
  );
  done++;
}
console.log(`extracted ${done} of ${Object.keys(lists).length} lists into ${out}`);
if (missing.length > 0) {
  console.log(`not extracted:\n  ${missing.join('\n  ')}`);
  process.exitCode = 1;
}
