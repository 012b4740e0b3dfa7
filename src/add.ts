/**
 * `paperlint add ID|URL --section NAME [--badge TEXT-COLOR]... [--print] FILE`: writes a new entry
 * from the paper's arXiv record, at the end of a section, rendered only through the list's grammar
 * (the section's template, else the list's, else write.ts's fallback; of its forms, the one entries
 * with the same runs of links and badges follow). The new entry is read back
 * and linted before anything is written; a refusal (the paper is already there, arXiv has no such
 * paper, the template has a note only an editor can write, the entry would not pass) leaves the file
 * untouched and exits 2.
 */
import {
  COMMON_OPTIONS,
  CONFIG_OPTIONS,
  defineCommand,
  UsageError,
  type Command,
  type ParsedArgs,
} from './args.js';
import { venueOf, type PaperRecord } from './arxiv/record.js';
import { type Entry } from './grammar/entry.js';
import { ARXIV_ID, parseArxivUrl } from './read/links.js';
import { renderThrough, type EntryTemplate } from './grammar/grammar.js';
import { readList } from './grammar/index.js';
import { entryKeys, findPaperList, type PaperList } from './grammar/list.js';
import { cutEntry, type SlotValues } from './grammar/template.js';
import {
  FALLBACK_TEMPLATE,
  learnWriting,
  LIVE_AT,
  nestingIn,
  writeNewEntry,
  UnwritableEntry,
  type ListWriting,
  type NewPaper,
} from './grammar/write.js';
import { lint, type Settings } from './check/engine.js';
import { segment, type Heading, type Segments } from './read/segment.js';
import type { SourceText } from './read/text.js';
import { formatText, terminalSafe, terminalSafeLines } from './report/format.js';

/** Something about the list or the paper that stops the entry being added. */
class Refusal extends Error {}

interface AddArgs {
  id: string;
  /** The arXiv link as given, when a link was. */
  url: string | undefined;
  section: string;
  badges: { text: string; color: string }[];
  print: boolean;
  file: string;
}

/** What `add` needs from the CLI: its reading and writing of files, and the config a FILE is held to. */
export interface AddIo {
  readText(path: string): string;
  /** Replaces the file's text, which must still be `expected`. */
  writeInPlace(path: string, expected: string, text: string): void;
  settingsFor(path: string, options: { config?: string; 'no-config'?: boolean }): Promise<Settings>;
}

const ADD_OPTIONS = {
  section: { type: 'string', value: 'NAME', help: 'the category to add the paper to (required)' },
  badge: {
    type: 'string',
    value: 'TEXT-COLOR',
    multiple: true,
    help: 'a keyword badge, like LoRA-blue',
  },
  print: { type: 'boolean', help: 'print the entry instead of writing it' },
  ...CONFIG_OPTIONS,
  ...COMMON_OPTIONS,
} as const;

/** `paperlint add`, with the CLI's file handling. */
export function addCommand(io: AddIo): Command {
  return defineCommand({
    usage: 'ID|URL --section NAME [--badge TEXT-COLOR]... [--print] FILE',
    summary:
      "write a new entry from the paper's arXiv record, in the list's own form, at the end of a section",
    options: ADD_OPTIONS,
    run: (parsed) => runAdd(addArgs(parsed), io, parsed.values),
  });
}

const BARE_ID = new RegExp(`^(?:arxiv:)?(${ARXIV_ID})(v\\d+)?$`, 'i');

function paperId(text: string): string {
  const id = parseArxivUrl(text)?.id ?? BARE_ID.exec(text.trim())?.[1]?.toLowerCase();
  if (!id) throw new UsageError(`"${text}" is not an arXiv id or link (like 2106.09685)`);
  return id;
}

function addArgs({ values, positionals }: ParsedArgs<typeof ADD_OPTIONS>): AddArgs {
  if (positionals.length !== 2) throw new UsageError('add: name the paper (ID or URL) and the FILE');
  if (!values.section) throw new UsageError('add: --section names the category to add the paper to');
  const badges = (values.badge ?? []).map((text) => {
    const badge = /^(.+)-([a-z]+|[0-9a-f]{6})$/i.exec(text);
    if (!badge) throw new UsageError('--badge is TEXT-COLOR, like LoRA-blue');
    return { text: badge[1], color: badge[2].toLowerCase() };
  });
  return {
    id: paperId(positionals[0]),
    url: parseArxivUrl(positionals[0]) ? positionals[0].trim() : undefined,
    section: values.section,
    badges,
    print: values.print ?? false,
    file: positionals[1],
  };
}

/** Runs `paperlint add`; returns the exit status. */
async function runAdd(
  args: AddArgs,
  io: AddIo,
  options: { config?: string; 'no-config'?: boolean },
): Promise<number> {
  try {
    const original = io.readText(args.file);
    const settings = await io.settingsFor(args.file, options);
    const { text, entry, line } = await addEntry(original, args, settings);
    if (args.print) {
      process.stdout.write(`${entry}\n`);
    } else {
      io.writeInPlace(args.file, original, text);
      process.stdout.write(
        `Added arXiv ${args.id} to "${terminalSafe(args.section)}" at line ${line} of ${terminalSafe(args.file)}.\n`,
      );
    }
    return 0;
  } catch (error) {
    if (!(error instanceof Refusal)) throw error;
    // A refusal quotes the list (its section names) and the arXiv record: shown inert, never obeyed.
    process.stderr.write(`paperlint add: ${terminalSafeLines(error.message)}\n`);
    return 2;
  }
}

async function addEntry(
  original: string,
  args: AddArgs,
  settings: Settings,
): Promise<{ text: string; entry: string; line: number }> {
  const { source, papers, grammar } = await readList(original, settings.sections);
  const segments = segment(source);
  const list = findPaperList(source, segments, settings.sections);
  const paperLines = new Set(papers.map((paper) => paper.startLine));
  const section = findSection(sectionsOf(segments, list, paperLines), args.section, args.file);
  const already = list.entries.find((block) => entryKeys(source, block).arxivIds.includes(args.id));
  if (already) throw new Refusal(`arXiv ${args.id} is already in the list, at line ${already.startLine}.`);

  const record = await fetchRecord(args.id);
  const items = list.entries.filter((block) => block.headings.at(-1) === section.heading);
  const inSection = papers.filter((paper) => items.some((item) => item.startLine === paper.startLine));
  const last = inSection.at(-1);
  const lastItem = items.at(-1);
  const template =
    (last && grammar.templateFor(last)) ??
    grammar.templates.find((t) => t.section?.length === 0) ??
    FALLBACK_TEMPLATE;
  const writing = learnWriting(source, grammar, papers);
  const number = last ? Number(cutEntry(source, last).values.n ?? '0') + 1 : 1;
  let form: EntryTemplate;
  let values: SlotValues;
  try {
    ({ template: form, values } = writeNewEntry(template, grammar, writing, {
      ...newPaper(record, args, writing, number, section.headings),
      // The new item, after the section's last: in its topic, if that is in one.
      nesting: lastItem && nestingIn(source, { topic: lastItem.topic, startLine: 0 }, items),
      // Its neighbours, where the list writes a run's separators more than one way: the section's last.
      line: lastItem ? lastItem.endLine + 1 : section.heading.line,
    }));
  } catch (error) {
    if (error instanceof UnwritableEntry) throw new Refusal(`${error.message}; nothing was written.`);
    throw error;
  }
  const written = renderThrough(form, values);

  // At the end of the section: after its last entry, else under its heading (and its text).
  const after = lastItem ? lastItem.endLine : endOfSection(source, section.heading.line, segments.headings);
  const apart = template.table === undefined && entriesStandApart(inSection.length > 1 ? inSection : papers);
  const text = insertAfter(original, source, after, written.split('\n'), apart);

  // The entry must read back with no markup but its own: a record's links, HTML or mentions, had
  // they slipped through the escaping, would show here.
  const added = (await readList(text, settings.sections)).papers.find((paper) => paper.startLine > after);
  const own = new Set([values.paper, ...values.badges.map((badge) => badge.url)]);
  const live =
    !added ||
    [...added.links, ...added.badges].some((link) => !own.has(link.url)) ||
    /(?<!\\)<[a-z/!]/i.test(written) ||
    LIVE_AT.test(written);
  if (live) throw new Refusal("the new entry would carry markup from arXiv's record; nothing was written.");
  // The entry must pass the list's own checks, arXiv's included.
  const check = await lint({
    path: args.file,
    text,
    baseText: original,
    settings,
    papers: async () => new Map([[args.id, record]]),
  });
  if (check.findings.length > 0) {
    throw new Refusal(
      `the new entry would not pass paperlint; nothing was written:\n${formatText([check], false)}`,
    );
  }
  return { text, entry: written, line: after + (apart ? 2 : 1) };
}

/** The paper as `add` writes it: arXiv's venue if it names one, else the list's word for a preprint. */
function newPaper(
  record: PaperRecord,
  { badges, url }: Pick<AddArgs, 'badges' | 'url'>,
  writing: ListWriting,
  number: number,
  section: readonly string[],
): NewPaper {
  const published = venueOf(record);
  const split = published === undefined ? undefined : /^(.*) (\d{4})$/.exec(published);
  return {
    id: record.id,
    version: record.version,
    url,
    title: record.title,
    authors: record.authors,
    venue: split?.[1] ?? writing.preprintVenue,
    year: split?.[2] ?? record.published.slice(0, 4),
    date: record.published,
    badges: badges.map((badge) => ({
      label: badge.text,
      url: `https://img.shields.io/badge/${shieldsText(badge.text)}-${badge.color}`,
    })),
    n: String(number),
    section,
  };
}

/** Whether the list leaves an empty line between its entries: as most neighbours in one section do. */
function entriesStandApart(entries: readonly Entry[]): boolean {
  let apart = 0;
  let close = 0;
  for (let i = 1; i < entries.length; i++) {
    if (entries[i].section.join('\u0000') !== entries[i - 1].section.join('\u0000')) continue;
    if (entries[i].startLine > entries[i - 1].endLine + 1) apart++;
    else close++;
  }
  return apart >= close;
}

/** A heading that holds papers, with its path of heading names, outermost first. */
interface Section {
  readonly heading: Heading;
  readonly path: readonly string[];
  /** The path as its entries' `section` names it: the headings' text as written. */
  readonly headings: readonly string[];
}

/**
 * Every heading that holds papers: the list's categories, and any heading with paper entries
 * directly under it (a list's paper headings are not always below one "Papers" heading).
 */
function sectionsOf(segments: Segments, list: PaperList, paperLines: ReadonlySet<number>): Section[] {
  const holding = new Set(
    segments.items.filter((item) => paperLines.has(item.startLine)).map((item) => item.headings.at(-1)),
  );
  const sections: Section[] = [];
  let chain: Heading[] = [];
  for (const heading of segments.headings) {
    chain = [...chain.filter((h) => h.level < heading.level), heading];
    if (holding.has(heading) || list.categories.includes(heading.text)) {
      sections.push({
        heading,
        path: chain.map((h) => readableName(h.text)),
        headings: chain.map((h) => h.text),
      });
    }
  }
  return sections;
}

/** A heading's name as it reads: links, images, HTML, emphasis and emoji aside. */
function readableName(text: string): string {
  return text
    .replace(/!\[[^\]]*\]\([^)]*\)/g, '')
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/<[^>]*>/g, '')
    .replace(/:[a-z0-9_+-]+:/g, '')
    .replace(/\p{Extended_Pictographic}|\p{Emoji_Modifier}|\u200d|\ufe0f|\u20e3/gu, '')
    .replace(/[*_`~]/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}

const sameName = (a: string, b: string) => a.toLowerCase() === b.toLowerCase();

/** The shortest end of each section's path that no other section's path ends with. */
function shortestPaths(sections: readonly Section[]): string[] {
  return sections.map(({ path }) => {
    for (let take = 1; take < path.length; take++) {
      const tail = path.slice(-take);
      const endsSo = (other: Section) =>
        other.path.length >= take && other.path.slice(-take).every((name, i) => sameName(name, tail[i]));
      if (sections.filter(endsSo).length === 1) return tail.join('/');
    }
    return path.join('/');
  });
}

/** The section `--section` names: by its name, or by a path (`Analysis/2024`) where names repeat. */
function findSection(sections: readonly Section[], wanted: string, file: string): Section {
  const name = readableName(wanted);
  const parts = name.split('/').map((part) => part.trim());
  const byName = sections.filter((section) => sameName(section.path.at(-1)!, name));
  const matches =
    byName.length > 0 || parts.length === 1
      ? byName
      : sections.filter(
          ({ path }) =>
            path.length >= parts.length &&
            path.slice(-parts.length).every((part, i) => sameName(part, parts[i])),
        );
  const shown = (names: readonly string[]) => names.map((text) => `"${terminalSafe(text)}"`).join(', ');
  if (matches.length === 1) return matches[0];
  if (matches.length > 1) {
    throw new Refusal(
      `section "${terminalSafe(wanted)}" is in more than one place in ${terminalSafe(file)}; name one by its path: ${shown(shortestPaths(matches))}.`,
    );
  }
  throw new Refusal(
    `no section "${terminalSafe(wanted)}" in ${terminalSafe(file)}; its sections are: ${shown(shortestPaths(sections)) || '(none)'}.`,
  );
}

async function fetchRecord(id: string): Promise<PaperRecord> {
  let unreachable = false;
  const { arxivClient } = await import('./arxiv/client.js');
  const { lookup } = arxivClient({ notice: () => (unreachable = true) });
  const record = (await lookup([id])).get(id);
  if (record === undefined || unreachable) throw new Refusal('arXiv not reachable; nothing was written.');
  if (record === null) throw new Refusal(`arXiv has no paper ${id}.`);
  return record;
}

/**
 * The text with `lines` after line `after`: apart from their neighbours by an empty line where the
 * list's entries stand apart, else directly after line `after` (a table row, a tight list).
 */
function insertAfter(
  original: string,
  source: SourceText,
  after: number,
  lines: readonly string[],
  apart: boolean,
): string {
  const eol = source.endings.find((ending) => ending !== '') ?? '\n';
  let offset = source.bom ? 1 : 0;
  for (let i = 0; i < after; i++) offset += source.lines[i].length + source.endings[i].length;
  const unterminated = after > 0 && source.endings[after - 1] === '';
  const next = source.lines[after];
  const block = [
    unterminated ? eol : '',
    apart ? eol : '',
    lines.join(eol),
    eol,
    apart && next !== undefined && next.trim() !== '' ? eol : '',
  ].join('');
  return original.slice(0, offset) + block + original.slice(offset);
}

/** The last non-blank line of a section that has no entries yet. */
function endOfSection(
  source: SourceText,
  headingLine: number,
  headings: readonly { line: number }[],
): number {
  const next = headings.find((h) => h.line > headingLine)?.line ?? source.lines.length + 1;
  let end = next - 1;
  while (end > headingLine && source.lines[end - 1].trim() === '') end--;
  return end;
}

/** shields.io's path text: `-` doubled, spaces as `_`. */
function shieldsText(text: string): string {
  return encodeURIComponent(text.replace(/-/g, '--').replace(/ /g, '_')).replace(/%2D/g, '-');
}
