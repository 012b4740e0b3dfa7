import {
  compareTitles,
  namesAuthor,
  surname,
  writesFirstAuthor,
  type PaperRecord,
} from '../../arxiv/record.js';
import { type Entry, type Link } from '../../grammar/entry.js';
import { parseArxivUrl } from '../../read/links.js';
import type { SourceText } from '../../read/text.js';
import { code } from './edit.js';
import { expectedTitle, titleExtentCertain, titleForm } from './title-format.js';
import type { Problem, Rule, RuleContext } from './types.js';

/** The entry's own arXiv link (its first), and the record arXiv has for it. */
function paperOf(entry: Entry, context: RuleContext): { link: Link; record: PaperRecord | null } | undefined {
  const id = entry.arxivIds[0];
  const record = id === undefined ? undefined : context.paperRecord(id);
  const link = entry.links.find((l) => parseArxivUrl(l.url)?.id === id);
  return record === undefined || !link ? undefined : { link, record };
}

/** A line of the entry with its links and badges blanked out (by their parsed positions, in one pass). */
function withoutLinks(entry: Entry, source: SourceText, line: number): string {
  const text = source.lines[line - 1];
  const spans = [...entry.links, ...entry.badges]
    .filter((link) => link.line === line)
    .sort((a, b) => a.column - b.column);
  const parts: string[] = [];
  let at = 0;
  for (const span of spans) {
    const start = Math.max(at, span.column - 1);
    parts.push(text.slice(at, start), ' '.repeat(Math.max(0, span.endColumn - 1 - start)));
    at = Math.max(at, span.endColumn - 1);
  }
  parts.push(text.slice(at));
  return parts.join('');
}

/** The author line's names: its text without links. */
function authorText(entry: Entry, source: SourceText): string | undefined {
  if (!entry.authors) return undefined;
  return withoutLinks(entry, source, entry.authors.line).slice(entry.authors.column - 1);
}

/** `Hu et al.`, `Li and Liang`, or `Sanh`: who wrote it, short. */
function byline(record: PaperRecord): string {
  const [first, second] = record.authors.map(surname);
  if (record.authors.length > 2) return `${first} et al.`;
  return second ? `${first} and ${second}` : (first ?? 'unknown authors');
}

/** The record's title as the list would write it in this entry, or undefined where no fix is safe. */
function recordTitle(entry: Entry, record: PaperRecord, context: RuleContext): string | undefined {
  // Markdown or TeX in arXiv's title would need rewriting by hand.
  if (/[*_`[\]<>\\$|]/.test(record.title) || !titleExtentCertain(entry)) return undefined;
  return expectedTitle(entry, context.convention, record.title);
}

/** Years and dates the entry gives (`ICML 2019`, `[2023/10]`, `2023.4.28`), with where they stand. */
function datesOf(
  entry: Entry,
  source: SourceText,
): { text: string; year: number; month?: number; column: number }[] {
  const line = withoutLinks(entry, source, entry.title.line);
  const dates = [];
  for (const match of line.matchAll(/\b((?:19|20)\d{2})(?:[./-](\d{1,2})\b)?/g)) {
    const inTitle = match.index >= entry.title.column - 1 && match.index < entry.title.endColumn - 1;
    const month = match[2] !== undefined ? Number(match[2]) : undefined;
    if (inTitle || (month !== undefined && (month < 1 || month > 12))) continue;
    dates.push({ text: match[0], year: Number(match[1]), month, column: match.index + 1 });
  }
  return dates;
}

/** What the author line says of the record: its first author first (same paper), someone else, or nothing. */
function authorsSay(authors: string | undefined, record: PaperRecord): 'same' | 'other' | 'nothing' {
  if (authors === undefined || authors.trim() === '') return 'nothing';
  return writesFirstAuthor(authors, record) ? 'same' : 'other';
}

/**
 * The title against the record's. The author line settles what titles cannot: the record's first
 * author first on it is the same paper (renamed since, perhaps); someone else first makes even a
 * close title doubtful. `another paper` when the link is clearly some other paper's.
 */
function titleProblem(
  entry: Entry,
  record: PaperRecord,
  authors: string | undefined,
  context: RuleContext,
): Problem | 'another paper' | undefined {
  // A title whose extent the parser is unsure of (markup, a date before it) is not compared.
  if (!titleExtentCertain(entry)) return undefined;
  const match = compareTitles(entry.title.text, record.title);
  if (match === 'same') return undefined;
  const people = authorsSay(authors, record);
  if (match === 'different' && people !== 'same') return 'another paper';
  const { line, column } = entry.title;
  if (people === 'same' || (match === 'close' && people === 'nothing')) {
    const written = recordTitle(entry, record, context);
    const write = written ? `: write ${code(written)}` : '';
    return {
      line,
      column,
      message: `arXiv titles this paper ${code(record.title)}${write}.`,
      aspect: 'title',
    };
  }
  return { line, column, message: `${recordName(record)}: check that the link is this entry's paper.` };
}

/** A date in the entry before the paper's first submission, unless the record names that year. */
function dateProblem(entry: Entry, record: PaperRecord, source: SourceText): Problem | undefined {
  const published = /^(\d{4})-(\d{2})/.exec(record.published);
  if (!published) return undefined;
  const [year, month] = [Number(published[1]), Number(published[2])];
  // A venue year the record itself names (a paper posted after its conference) is no mistake.
  const named = `${record.journalRef ?? ''} ${record.comment ?? ''}`;
  const early = datesOf(entry, source).find(
    (date) =>
      (date.year < year || (date.year === year && date.month !== undefined && date.month < month)) &&
      !named.includes(String(date.year)),
  );
  if (!early) return undefined;
  return {
    line: entry.title.line,
    column: early.column,
    message: `arXiv ${record.id} was first submitted on ${record.published.slice(0, 10)}: this entry says ${early.text}.`,
  };
}

function recordName(record: PaperRecord): string {
  return `arXiv ${record.id} is ${code(record.title)} (${byline(record)})`;
}

export const arxivMetadata: Rule = {
  id: 'arxiv-metadata',
  severity: 'error',
  severityNote: "warning for a title, date or first author that differs from arXiv's",
  description:
    "An entry's arXiv link points to its own paper: the title, date and first author agree with arXiv's record.",
  scope: 'line',
  check(entry, context) {
    const paper = entry.kind === 'paper' ? paperOf(entry, context) : undefined;
    if (!paper) return [];
    const { link, record } = paper;
    if (record === null) {
      const message = `arXiv has no paper ${code(entry.arxivIds[0])}: check the link.`;
      return [{ line: link.line, column: link.urlColumn, message }];
    }
    const authors = authorText(entry, context.source);
    const title = titleProblem(entry, record, authors, context);
    if (title === 'another paper') {
      // A link copied from the entry next to it: nothing else about the record applies here.
      const message = `This links to another paper: ${recordName(record)}. Link this entry's own paper.`;
      return [{ line: link.line, column: link.urlColumn, message }];
    }
    const firstAuthor = record.authors[0];
    const missing =
      entry.authors && authors !== undefined && firstAuthor && !namesAuthor(authors, firstAuthor)
        ? {
            line: entry.authors.line,
            column: entry.authors.column,
            message: `arXiv's first author, ${code(firstAuthor)}, is not on the author line.`,
          }
        : undefined;
    // Everything but a wrong link is worth a second look, not a failed check.
    return [title, dateProblem(entry, record, context.source), missing]
      .filter((problem) => problem !== undefined)
      .map((problem) => ({ ...problem, severity: 'warning' as const }));
  },
  fix(entry, problem, context) {
    if (problem.aspect !== 'title') return undefined;
    const record = paperOf(entry, context)?.record;
    // The same conditions as the title the message quotes: the record's words, in the list's form.
    if (!record || !recordTitle(entry, record, context)) return undefined;
    return { title: { text: record.title, form: titleForm(entry, context.convention, record.title) } };
  },
};
