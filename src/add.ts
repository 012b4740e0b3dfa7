/**
 * `paperlint add ID|URL --section NAME [--badge TEXT-COLOR]... [--print] FILE`: writes a new entry
 * from the paper's arXiv record, in the list's own learned form, at the end of a category. The new
 * entry is linted before anything is written; a refusal (the paper is already there, arXiv has no
 * such paper, the entry would not pass) leaves the file untouched and exits 2.
 */
import { COMMON_OPTIONS, defineCommand, UsageError, type Command, type ParsedArgs } from './args.js';
import { arxivClient } from './arxiv/client.js';
import { venueOf, type PaperRecord } from './arxiv/record.js';
import type { Convention } from './grammar/convention.js';
import { ARXIV_ID, parseArxivUrl, parseEntry, type Entry } from './grammar/entry.js';
import { effectiveSettings, lint, type Settings } from './check/engine.js';
import { entryKeys, findPaperList } from './grammar/list.js';
import { segment } from './read/segment.js';
import { toSource, type SourceText } from './read/text.js';
import { formatText, terminalSafeLines } from './report/format.js';
import { writeTitle } from './check/rules/title-format.js';

/** Something about the list or the paper that stops the entry being added. */
class Refusal extends Error {}

interface AddArgs {
  id: string;
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
  settingsFor(path: string, options: { config?: string; 'no-config'?: boolean }): Settings;
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
  config: {
    type: 'string',
    value: 'FILE',
    default: '.github/paperlint.yml at the git top level of FILE',
    help: 'config file',
  },
  'no-config': { type: 'boolean', help: 'use no config file' },
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
    const settings = io.settingsFor(args.file, options);
    const { text, entry, line } = await addEntry(original, args, settings);
    if (args.print) {
      process.stdout.write(`${entry}\n`);
    } else {
      io.writeInPlace(args.file, original, text);
      process.stdout.write(`Added arXiv ${args.id} to "${args.section}" at line ${line} of ${args.file}.\n`);
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
  const source = toSource(original);
  const segments = segment(source);
  const list = findPaperList(source, segments, settings.sections);
  const category = list.categories.find((name) => sameName(name, args.section));
  if (category === undefined) {
    throw new Refusal(
      `no section "${args.section}" in ${args.file}; its sections are: ${list.categories.join(', ') || '(none)'}.`,
    );
  }
  const already = list.entries.find((block) => entryKeys(source, block).arxivIds.includes(args.id));
  if (already) throw new Refusal(`arXiv ${args.id} is already in the list, at line ${already.startLine}.`);

  const record = await fetchRecord(args.id);
  const inSection = list.entries.filter((block) => sameName(block.headings.at(-1)?.text ?? '', category));
  const { style: convention } = await effectiveSettings(original, settings);
  const last = inSection.at(-1);
  const model = last ? parseEntry(source, last) : undefined;
  const lines = entryLines(record, args, convention, model, source);

  // At the end of the category: after its last entry, else under its heading (and its text).
  const heading = segments.headings.find((h) => sameName(h.text, category));
  const after = last ? last.endLine : endOfSection(source, heading?.line ?? 0, segments.headings);
  const text = insertAfter(original, source, after, lines);

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
  return { text, entry: lines.join('\n'), line: after + 2 };
}

/** Section names compared as they read: case, links (`[Survey papers](#content)`) and emphasis aside. */
function sameName(a: string, b: string): boolean {
  const read = (name: string) =>
    name
      .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
      .replace(/[*_`]/g, '')
      .trim()
      .toLowerCase();
  return read(a) === read(b);
}

async function fetchRecord(id: string): Promise<PaperRecord> {
  let unreachable = false;
  const { lookup } = arxivClient({ notice: () => (unreachable = true) });
  const record = (await lookup([id])).get(id);
  if (record === undefined || unreachable) throw new Refusal('arXiv not reachable; nothing was written.');
  if (record === null) throw new Refusal(`arXiv has no paper ${id}.`);
  return record;
}

/** The text with `lines` after line `after`, an empty line before them and, if needed, after. */
function insertAfter(original: string, source: SourceText, after: number, lines: readonly string[]): string {
  const eol = source.endings.find((ending) => ending !== '') ?? '\n';
  let offset = source.bom ? 1 : 0;
  for (let i = 0; i < after; i++) offset += source.lines[i].length + source.endings[i].length;
  const unterminated = after > 0 && source.endings[after - 1] === '';
  const next = source.lines[after];
  const block = [
    unterminated ? eol : '',
    eol,
    lines.join(eol),
    eol,
    next !== undefined && next.trim() !== '' ? eol : '',
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

type WrittenForm = {
  readonly [K in keyof Convention]: Exclude<Convention[K], null>;
};

/**
 * What `add` writes where the list shows no settled form (a list with few entries): the common
 * paper-list entry, `- **Title,** Venue Year. badges`, an empty line, `*Authors*. [[pdf](abs link)]`.
 */
const WRITTEN_FORM: Pick<
  WrittenForm,
  | 'marker'
  | 'titleBold'
  | 'titlePunctuation'
  | 'punctuationInsideBold'
  | 'yearAfterTitle'
  | 'blankLineBeforeAuthors'
  | 'authorIndent'
  | 'authorsItalic'
  | 'linkStyle'
  | 'arxivLink'
> = {
  marker: 'bullet',
  titleBold: true,
  titlePunctuation: ',',
  punctuationInsideBold: true,
  yearAfterTitle: true,
  blankLineBeforeAuthors: true,
  authorIndent: 0,
  authorsItalic: true,
  linkStyle: 'bracketed',
  arxivLink: 'abs',
};

/** The entry's lines, in the list's form; what the style leaves open is copied from `model`. */
function entryLines(
  record: PaperRecord,
  args: AddArgs,
  convention: Convention,
  model: Entry | undefined,
  source: SourceText,
): string[] {
  const style = <K extends keyof typeof WRITTEN_FORM>(key: K): (typeof WRITTEN_FORM)[K] =>
    (convention[key] ?? WRITTEN_FORM[key]) as (typeof WRITTEN_FORM)[K];
  const markerIndent = ' '.repeat((model?.markerColumn ?? 1) - 1);
  const marker =
    style('marker') === 'numbered'
      ? `${Number(/\d+/.exec(model?.marker ?? '')?.[0] ?? '0') + 1}.`
      : /^[-*+]$/.test(model?.marker ?? '')
        ? model!.marker
        : '-';
  const contentIndent = markerIndent.length + marker.length + 1;

  const title = writeTitle(record.title, {
    bold: style('titleBold'),
    punctuation: /[?!]$/.test(record.title) ? '' : style('titlePunctuation'),
    inside: style('punctuationInsideBold'),
  });
  const year = record.published.slice(0, 4);
  const venue = style('yearAfterTitle') ? ` ${venueOf(record) ?? `Preprint ${year}`}.` : '';
  const badges = args.badges.map(
    (badge) => ` ![](https://img.shields.io/badge/${shieldsText(badge.text)}-${badge.color})`,
  );

  const names = record.authors.join(', ');
  // Whether the full stop goes inside the italics (`*A, B.*`) or after them (`*A, B*.`): as the model.
  const modelAuthors = model?.authors ? source.lines[model.authors.line - 1] : '';
  const stopInside = /\.\*(\s|$)/.test(modelAuthors);
  const authors = style('authorsItalic') ? (stopInside ? `*${names}.*` : `*${names}*.`) : `${names}.`;
  const label = model?.links.find((link) => /^(pdf|paper)$/i.test(link.label))?.label ?? 'pdf';
  const url = `https://arxiv.org/${style('arxivLink')}/${record.id}`;
  const link =
    style('linkStyle') === 'bracketed'
      ? `[[${label}](${url})]`
      : style('linkStyle') === 'bracketed-label'
        ? `[[${label}]](${url})`
        : `[${label}](${url})`;
  const authorIndent = ' '.repeat(contentIndent + style('authorIndent'));

  return [
    `${markerIndent}${marker} ${title}${venue}${badges.join('')}`,
    ...(style('blankLineBeforeAuthors') ? [''] : []),
    `${authorIndent}${authors} ${link}`,
  ];
}

/** shields.io's path text: `-` doubled, spaces as `_`. */
function shieldsText(text: string): string {
  return encodeURIComponent(text.replace(/-/g, '--').replace(/ /g, '_')).replace(/%2D/g, '-');
}
