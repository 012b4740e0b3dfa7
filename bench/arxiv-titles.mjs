// node bench/arxiv-titles.mjs: measures arxiv-metadata's title thresholds on the real lists in
// /work/.mirror (not part of the repo). For every entry with an arXiv link, the most similar title of
// another paper in the same list (a neighbour's link copied by mistake is the case to get right), and
// every title an arXiv id has had in the lists' history (typo fixes, renamed papers).
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { transpile } from './transpile.mjs';

const root = fileURLToPath(new URL('../', import.meta.url));
const MIRRORS = process.env.PAPERLINT_MIRRORS ?? '/work/.mirror';
const core = [
  'grammar/entry',
  'grammar/dates',
  'grammar/list',
  'read/inline',
  'read/segment',
  'read/text',
  'read/links',
  'read/blocks',
  'read/html-table',
  'count',
].map((name) => `src/${name}.ts`);
const load = transpile(root, [...core, 'src/arxiv/record.ts'], join(root, 'bench/.work/titles'));
const { toSource } = await load('src/read/text.ts');
const { segment } = await load('src/read/segment.ts');
const { findPaperList } = await load('src/grammar/list.ts');
const { parseEntry } = await load('src/grammar/entry.ts');
const { comparableTitle, compareTitles, wordSimilarity } = await load('src/arxiv/record.ts');

const git = (dir, ...args) =>
  execFileSync('git', ['-C', dir, ...args], { encoding: 'utf8', maxBuffer: 1 << 28 });
/** Entries with one arXiv link and a title that reads like one (not a date or markup). */
function papers(text) {
  const source = toSource(text);
  return findPaperList(source, segment(source))
    .entries.map((block) => parseEntry(source, block))
    .filter(
      (e) => e.arxivIds.length === 1 && /[a-z]{3}/i.test(e.title.text) && !/[[\]<>*]/.test(e.title.text),
    );
}

const titlesById = new Map();
const neighbours = [];
for (const name of readdirSync(MIRRORS).filter((n) => existsSync(join(MIRRORS, n, 'repo')))) {
  const dir = join(MIRRORS, name, 'repo');
  const revisions = git(dir, 'log', '--format=%H', '--', 'README.md').trim().split('\n').filter(Boolean);
  if (revisions.length === 0) continue;
  const step = Math.max(1, Math.floor(revisions.length / 80));
  for (const revision of revisions.filter((_, i) => i % step === 0)) {
    for (const entry of papers(git(dir, 'show', `${revision}:README.md`))) {
      const titles = titlesById.get(entry.arxivIds[0]) ?? new Set();
      titles.add(entry.title.text);
      titlesById.set(entry.arxivIds[0], titles);
    }
  }
  const head = papers(git(dir, 'show', `${revisions[0]}:README.md`)).map((e) => ({
    id: e.arxivIds[0],
    title: e.title.text,
    comparable: comparableTitle(e.title.text),
  }));
  for (const entry of head) {
    // The 15 most word-similar other papers, then the one compareTitles finds closest.
    const others = head
      .filter((other) => other.id !== entry.id && other.comparable !== entry.comparable)
      .map((other) => ({ other, words: wordSimilarity(entry.comparable, other.comparable) }))
      .sort((a, b) => b.words - a.words)
      .slice(0, 15);
    const rank = { close: 3, unsure: 2, different: 1, same: 4 };
    const worst = others
      .map(({ other }) => ({
        list: name,
        a: entry.title,
        b: other.title,
        match: compareTitles(entry.title, other.title),
      }))
      .sort((x, y) => rank[y.match] - rank[x.match])[0];
    if (worst) neighbours.push(worst);
  }
}

const count = (pairs) => pairs.reduce((n, p) => ({ ...n, [p.match]: (n[p.match] ?? 0) + 1 }), {});
console.log(
  `Different papers (an entry and its most similar neighbour): ${neighbours.length}`,
  count(neighbours),
);
for (const p of neighbours.filter((p) => p.match === 'close' || p.match === 'same')) {
  console.log(`  ${p.match}: ${p.a} | ${p.b} (${p.list})`);
}
const renamed = [];
for (const [id, titles] of titlesById) {
  const list = [...titles];
  for (let i = 0; i < list.length; i++)
    for (let j = i + 1; j < list.length; j++) {
      const match = compareTitles(list[i], list[j]);
      if (match !== 'same') renamed.push({ id, a: list[i], b: list[j], match });
    }
}
console.log(`Titles one arXiv id had in the lists' history: ${renamed.length} pairs`, count(renamed));
for (const p of renamed) console.log(`  ${p.match}: ${p.a} | ${p.b} (${p.id})`);
