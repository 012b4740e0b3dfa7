#!/usr/bin/env node
/**
 * Measures `paperlint audit --fix` on real paper lists, with an arXiv that knows their papers: each
 * entry's arXiv id answers with a record carrying the entry's own title, and, for an entry the list
 * marks as a preprint, a journal reference naming a venue the next year; every fifth paper has been
 * retitled since. Then, per list:
 * - every fix keeps the entry in its list's form: the fixed list has the same entries, and each
 *   fixed entry reads back with the same marker, title markup, links, badges and author line
 *   (its title text changed only by a retitling, its venue only by a publication);
 * - every entry a publication was written into keeps its form: its shape as the grammar cuts it
 *   (slots for title, venue, year, authors, links…), with venue names, preprint marks and years as
 *   placeholders, is what it was; and every entry the grammar learned from the list as it was
 *   writes back byte for byte (its round trip) still does after the fixes, through that grammar;
 * - a second audit of the fixed list, its style learned afresh, proposes nothing.
 *
 * Reads the lists from a folder of `<owner>+<name>/head.md` (default ../field-data, written by the
 * field corpus's extract script) and never copies their text anywhere. Not used by the tests.
 *
 *   node scripts/audit-field.mjs [--lists DIR] [--json]
 */
import { existsSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { compileCore, scratchFolder } from './compile-core.mjs';

const args = process.argv.slice(2);
const option = (name, fallback) => {
  const at = args.indexOf(name);
  return at === -1 ? fallback : args[at + 1];
};
const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const listsDir = option('--lists', join(root, '..', 'field-data'));
if (!existsSync(listsDir)) process.exit(0);

const work = scratchFolder(root, 'paperlint-audit-field-');
compileCore(root, ['src/audit/audit.ts', 'src/grammar/index.ts'], work);
const load = (path) => import(join(work, path));
const { auditAndFix, audit } = await load('audit/audit.js');
const { blankedLines, venueState } = await load('audit/venue.js');
const { parseEntry } = await load('grammar/entry.js');
const { findPaperList } = await load('grammar/list.js');
const { segment } = await load('read/segment.js');
const { toSource } = await load('read/text.js');
const { entryReader } = await load('read/reader.js');
const { readList } = await load('grammar/index.js');
const { roundTrip } = await load('grammar/grammar.js');
const { cutEntry } = await load('grammar/template.js');
const { knownVenue } = await load('audit/published.js');

/** An entry's shape as the grammar cuts it, with any venue name or preprint mark `{V}` and any year `{Y}`. */
function venueFreeShape(source, entry) {
  return cutEntry(source, entry)
    .shape.replace(/[A-Za-z][A-Za-z-]{1,14}/g, (word) =>
      knownVenue(word) || /^(?:arxiv|preprint|corr)$/i.test(word) ? '{V}' : word,
    )
    .replace(/(?<!\d)(?:(?:19|20)\d{2}|\d{2})(?!\d)/g, '{Y}');
}

/** Whether each paper entry (by its rank in the list) writes back byte for byte through `grammar`. */
function roundTripped({ source, papers }, grammar) {
  const missed = new Set(roundTrip(source, grammar, papers).misses.map((miss) => miss.line));
  return papers.map((entry) => !missed.has(entry.startLine));
}

async function entriesOf(text) {
  const source = toSource(text);
  const segments = segment(source);
  const list = findPaperList(source, segments);
  const reader = entryReader(source, segments.definitions);
  const entries = [];
  for (const block of list.entries) entries.push(parseEntry(source, block, await reader.view(block)));
  return { source, entries };
}

/** The records an arXiv that knows the list's papers would give. */
async function recordsFor(text) {
  const { source, entries } = await entriesOf(text);
  const records = new Map();
  let paper = 0;
  for (const entry of entries) {
    const id = entry.arxivIds[0];
    if (entry.kind !== 'paper' || id === undefined || records.has(id)) continue;
    paper++;
    // The paper appeared the year after the latest year the entry gives (its preprint's).
    const years = blankedLines(entry, source).flatMap(({ text }) => text.match(/\b(?:19|20)\d{2}\b/g) ?? []);
    const year = Math.max(Number(entry.year ?? 2020), ...years.map(Number));
    const retitled = paper % 5 === 0 && entry.title.text.length > 10;
    records.set(id, {
      id,
      version: retitled ? 'v2' : 'v1',
      title: retitled ? `${entry.title.text}: Revisited` : entry.title.text,
      authors: [],
      published: `${Math.min(year, 2025)}-01-01T00:00:00Z`,
      ...(venueState(entry, source) === 'preprint' ? { journalRef: `ICLR ${year + 1}` } : {}),
    });
  }
  return records;
}

/** What must not change when an entry is fixed: its kind, marker, markup, links, badges, author line. */
function shape(entry) {
  return JSON.stringify({
    kind: entry.kind,
    marker: entry.marker,
    bold: entry.title.bold,
    titleLink: entry.title.url,
    punctuation: entry.title.punctuation,
    links: entry.links.map((link) => link.label),
    badges: entry.badges.map((badge) => badge.url),
    authors: entry.authors && {
      italic: entry.authors.italic,
      indent: entry.authors.indent,
      blank: entry.authors.blankBefore,
    },
  });
}

const report = [];
for (const name of readdirSync(listsDir).sort()) {
  const file = join(listsDir, name, 'head.md');
  if (!existsSync(file)) continue;
  const text = readFileSync(file, 'utf8');
  const records = await recordsFor(text);
  const papers = async (ids) => new Map(ids.map((id) => [id, records.get(id) ?? null]));
  const started = Date.now();
  const fixed = await auditAndFix({ path: 'README.md', text }, { papers });
  const before = await entriesOf(text);
  const after = await entriesOf(fixed.text);
  const changedBy = (rule) => fixed.changes.filter((change) => change.rule === rule);
  const problems = [];
  if (before.entries.length !== after.entries.length) {
    problems.push(`entries ${before.entries.length} → ${after.entries.length}`);
  } else {
    // Entries are compared by rank (their place in the list): an audit never adds or drops one.
    const retitled = new Set(changedBy('arxiv-metadata').map((change) => change.rank));
    before.entries.forEach((entry, i) => {
      const now = after.entries[i];
      const restyled = fixed.changes.some(
        (c) => c.rank === i && !['published', 'arxiv-metadata'].includes(c.rule),
      );
      if (!restyled && shape(entry) !== shape(now))
        problems.push(`shape of ${entry.title.text.slice(0, 40)}`);
      if (!retitled.has(i) && !restyled && entry.title.text !== now.title.text) {
        problems.push(`title of ${entry.title.text.slice(0, 40)}`);
      }
    });
  }
  const rankOf = new Map(before.entries.map((entry, i) => [entry.startLine, i]));
  // Entries whose only change is a publication: its form must be what it was.
  const published = new Set(
    changedBy('published')
      .map((change) => change.rank)
      .filter((rank) => fixed.changes.every((c) => c.rank !== rank || c.rule === 'published')),
  );
  const [listBefore, listAfter] = await Promise.all([readList(text), readList(fixed.text)]);
  const tripBefore = roundTripped(listBefore, listBefore.grammar);
  const tripAfter = roundTripped(listAfter, listBefore.grammar);
  const lost =
    tripBefore.length === tripAfter.length
      ? tripBefore.filter((held, i) => held && !tripAfter[i]).length
      : NaN;
  if (lost !== 0) problems.push(`round trip lost on ${lost} entries`);
  const reshaped = listBefore.papers.filter(
    (entry, i) =>
      published.has(rankOf.get(entry.startLine)) &&
      venueFreeShape(listBefore.source, entry) !== venueFreeShape(listAfter.source, listAfter.papers[i]),
  );
  if (reshaped.length > 0) problems.push(`${reshaped.length} publications changed form`);
  const again = await audit({ path: 'README.md', text: fixed.text }, { papers });
  const second = again.findings.filter((f) => f.fix !== null);
  const preprints = before.entries.filter(
    (e) => e.kind === 'paper' && e.arxivIds.length > 0 && venueState(e, before.source) === 'preprint',
  ).length;
  report.push({
    list: name,
    entries: before.entries.length,
    arxivPapers: records.size,
    preprints,
    published: changedBy('published').length,
    publishedUnfixed: fixed.final.findings.filter((f) => f.rule === 'published').length,
    retitled: changedBy('arxiv-metadata').length,
    restyled: fixed.changes.length - changedBy('published').length - changedBy('arxiv-metadata').length,
    secondAudit: second.length,
    secondRules: [...new Set(second.map((f) => f.rule))],
    roundTripHeld: tripAfter.filter(Boolean).length,
    problems,
    ms: Date.now() - started,
    samples: changedBy('published')
      .slice(0, 2)
      .map((c) => `${c.removed} → ${c.inserted}`),
  });
}
rmSync(work, { recursive: true, force: true });

if (args.includes('--json')) {
  process.stdout.write(`${JSON.stringify(report, null, 2)}\n`);
} else {
  for (const r of report) {
    console.log(
      `${r.list.padEnd(58)} entries ${String(r.entries).padStart(4)} arXiv ${String(r.arxivPapers).padStart(4)} ` +
        `preprints ${String(r.preprints).padStart(4)} published ${String(r.published).padStart(4)} ` +
        `(unfixed ${r.publishedUnfixed}) retitled ${String(r.retitled).padStart(3)} restyled ${String(r.restyled).padStart(4)} ` +
        `round trip ${r.roundTripHeld} second audit ${r.secondAudit}${r.secondRules.length ? ` ${r.secondRules.join(',')}` : ''}` +
        `${r.problems.length ? `  PROBLEMS ${r.problems.length}: ${r.problems.slice(0, 3).join('; ')}` : ''}  ${r.ms} ms` +
        `${r.samples.length ? `\n    e.g. ${r.samples.join(' | ')}` : ''}`,
    );
  }
  const sum = (key) => report.reduce((total, r) => total + r[key], 0);
  console.log(
    `${report.length} lists: ${sum('published')} venues written of ${sum('preprints')} preprints (${sum('publishedUnfixed')} left without a fix), ` +
      `${sum('retitled')} titles, ${sum('restyled')} style fixes; lists with a second-audit fix: ${report.filter((r) => r.secondAudit > 0).length}; ` +
      `lists with shape problems: ${report.filter((r) => r.problems.length > 0).length}`,
  );
}
