/**
 * The pure engine: text in (and optionally the base version or the changed lines), findings out.
 * No I/O here, so the CLI, the Action and the tests all run exactly the same code.
 */
import { paletteFromKeywordsSection, writtenRules, type Convention } from './convention.js';
import { learnStyle, type TraitEvidence } from './learn.js';
import { diffLines, EVERY_LINE, hasLine, overlaps, type Change } from './diff.js';
import { normaliseTitle, parseEntry, type Entry } from './entry.js';
import { entryKeys, findPaperList, type PaperList, type SectionFilter } from './list.js';
import { entryReader } from './reader.js';
import { renderingGuard } from './render-check.js';
import { segment, type Directive, type ItemBlock, type Segments } from './segment.js';
import { toSource, type SourceText } from './text.js';
import { RULES } from '../rules/index.js';
import type { DuplicateHit, Fix, Problem, RuleContext, RuleId, Severity } from '../rules/types.js';
import type { PaperLookup, PaperRecord } from '../arxiv/record.js';

export interface Settings {
  readonly rules?: Partial<Record<RuleId, Severity | 'off'>>;
  readonly style?: Partial<Convention>;
  readonly sections?: SectionFilter;
  /** Entries never checked, by title or arXiv id. */
  readonly ignore?: readonly string[];
}

export interface LintInput {
  readonly path: string;
  readonly text: string;
  /** The base version: only entries touching lines that differ from it are checked. */
  readonly baseText?: string;
  /** Or the change directly (from a PR's patch). */
  readonly change?: Change;
  readonly settings?: Settings;
  /** The arXiv records of papers (the Action; the CLI with --arxiv): asked once, for the checked entries. */
  readonly papers?: PaperLookup;
}

export interface Finding {
  readonly path: string;
  readonly line: number;
  readonly column: number;
  readonly endLine: number;
  readonly rule: RuleId;
  readonly severity: Severity;
  readonly message: string;
  readonly fix: Fix | null;
  /** The entry's identity (arXiv id or normalised title): stable across pushes, unlike line numbers. */
  readonly entryKey: string;
}

export interface LintResult {
  readonly path: string;
  readonly source: SourceText;
  readonly findings: readonly Finding[];
  readonly entries: number;
  readonly checked: number;
  /** Entries read in full (checked, plus the sample the style was learned from): follows the change, not the list. */
  readonly parsed: number;
  /** Checked entries the fast scanner could not prove, read by mdast instead. */
  readonly readExactly: number;
  readonly convention: Convention;
}

/**
 * The grammar a list is held to: learned from its entries (minus those being checked), its palette
 * from its own Keywords Convention when it has one and its entries carry badges, the rules its
 * contribution guide writes down, and any setting of the config file on top.
 */
function resolveConvention(
  source: SourceText,
  segments: Segments,
  list: PaperList,
  examples: readonly ItemBlock[],
  settings: Settings,
): { convention: Convention; evidence: TraitEvidence; sampled: number } {
  const learned = learnStyle(source, examples, list.inCategory);
  const palette = learned.style.badges ? paletteFromKeywordsSection(source, segments) : undefined;
  return {
    convention: {
      ...learned.style,
      ...(palette ? { badgeColors: palette } : {}),
      writtenRules: writtenRules(source, segments),
      // A config that names the papers headings asks for every paper to be under one.
      ...(settings.sections?.include ? { sections: true } : {}),
      ...settings.style,
    },
    evidence: learned.evidence,
    sampled: learned.sampled,
  };
}

/** The settings a file would be checked with: learned style, config on top, effective severities. */
export async function effectiveSettings(text: string, settings: Settings = {}) {
  const source = toSource(text);
  const segments = segment(source);
  const list = findPaperList(source, segments, settings.sections);
  const resolved = resolveConvention(source, segments, list, list.entries, settings);
  return {
    style: resolved.convention,
    evidence: resolved.evidence,
    rules: Object.fromEntries(RULES.map((rule) => [rule.id, settings.rules?.[rule.id] ?? rule.severity])),
    sections: settings.sections ?? {},
    ignore: settings.ignore ?? [],
    categories: list.categories,
    entries: list.entries.length,
  };
}

export async function lint(input: LintInput): Promise<LintResult> {
  const settings = input.settings ?? {};
  const source = toSource(input.text);
  const segments = segment(source);
  const list = findPaperList(source, segments, settings.sections);
  const change: Change =
    input.change ??
    (input.baseText !== undefined
      ? diffLines(toSource(input.baseText).lines, source.lines)
      : { changed: EVERY_LINE, touched: EVERY_LINE });
  const { changed } = change;

  const moved = movedEntry(source, change);
  const checked = list.entries.filter(
    (block) => overlaps(change.touched, block.startLine, block.endLine) && !moved(block),
  );
  const checkedStarts = new Set(checked.map((block) => block.startLine));
  const unchecked = list.entries.filter((block) => !checkedStarts.has(block.startLine));
  const { convention, sampled } = resolveConvention(
    source,
    segments,
    list,
    unchecked.length > 0 ? unchecked : list.entries,
    settings,
  );
  const ignored = new Set((settings.ignore ?? []).map((item) => normaliseTitle(item)));
  const suppressed = suppression(segments.directives);

  const blockByStart = new Map(checked.map((block) => [block.startLine, block]));
  const perSection = entriesPerSection(list.entries);
  // With arXiv to ask, the entries are read first (once) for their ids; else one at a time below.
  const asking = input.papers && settings.rules?.['arxiv-metadata'] !== 'off' ? input.papers : undefined;
  const reader = entryReader(source);
  const readEntry = async (block: ItemBlock) => {
    const view = await reader.view(block);
    return { view, entry: parseEntry(source, block, view) };
  };
  const read = asking ? await Promise.all(checked.map(readEntry)) : undefined;
  const records: ReadonlyMap<string, PaperRecord | null> =
    asking && read
      ? await paperRecords(
          asking,
          read.map(({ entry }) => entry).filter((entry) => !isIgnored(entry, ignored)),
        )
      : new Map();
  const context: RuleContext = {
    source,
    convention,
    categories: list.categories,
    // A section that holds other entries is one of the list's own, whatever its heading says.
    inCategory: (entry) => {
      const block = blockByStart.get(entry.startLine);
      return block !== undefined && (list.inCategory(block) || (perSection.get(sectionOf(block)) ?? 0) > 1);
    },
    duplicateOf: duplicateFinder(input.text, source, list.entries, checked),
    paperRecord: (id) => records.get(id),
  };

  const findings: Finding[] = [];
  for (const [index, block] of checked.entries()) {
    const { view, entry } = read ? read[index] : await readEntry(block);
    if (isIgnored(entry, ignored)) continue;
    const keepIfRenderingHolds = renderingGuard(source, block, reader.definitionsFor(block), view);
    for (const rule of RULES) {
      const configured = settings.rules?.[rule.id];
      if (configured === 'off' || (entry.kind === 'resource' && !rule.resources)) continue;
      const problems = rule
        .check(entry, context)
        .filter(
          (problem) =>
            (rule.scope === 'entry' || hasLine(changed, problem.line)) &&
            !suppressed(rule.id, problem.line, entry),
        );
      for (const problem of capped(problems)) {
        findings.push({
          path: input.path,
          line: problem.line,
          column: problem.column,
          endLine: problem.endLine ?? problem.line,
          rule: rule.id,
          severity: configured ?? problem.severity ?? rule.severity,
          message: problem.message,
          fix: await keepIfRenderingHolds(rule.id, rule.fix?.(entry, problem, context) ?? null),
          entryKey: entry.key,
        });
      }
    }
  }
  const diffMode = input.change !== undefined || input.baseText !== undefined;
  const reported = diffMode ? summariseRestyle(findings, checked.length) : findings;
  reported.sort((a, b) => a.line - b.line || a.column - b.column || a.rule.localeCompare(b.rule));
  return {
    path: input.path,
    source,
    findings: reported,
    entries: list.entries.length,
    checked: checked.length,
    parsed: checked.length + sampled,
    readExactly: reader.counts.exact,
    convention,
  };
}

/** The line of an entry's deepest heading (0 above every heading). */
function sectionOf(block: ItemBlock): number {
  return block.headings[block.headings.length - 1]?.line ?? 0;
}

function entriesPerSection(entries: readonly ItemBlock[]): Map<number, number> {
  const counts = new Map<number, number>();
  for (const block of entries) counts.set(sectionOf(block), (counts.get(sectionOf(block)) ?? 0) + 1);
  return counts;
}

/** A line as compared for moves: no indentation, no list number, no trailing space. */
function movable(line: string): string {
  return line.trim().replace(/^\d{1,9}([.)])\s+/, '#$1 ');
}

/**
 * Whether an entry's changed lines all appear among the lines the change removed: it was moved
 * (a reorder) or renumbered (an insertion above it in a numbered list), not written by the change.
 * An entry the change only took a line out of has no changed line, and is still checked, unless
 * every line the change removed is back elsewhere (a pure reorder: its neighbours were not edited).
 */
function movedEntry(source: SourceText, change: Change): (block: ItemBlock) => boolean {
  if (!change.removed || change.removed.length === 0) return () => false;
  const removed = new Set(change.removed.map(movable));
  const added = new Set<string>();
  for (const [from, to] of change.changed.ranges) {
    for (let line = from; line <= Math.min(to, source.lines.length); line++)
      added.add(movable(source.lines[line - 1]));
  }
  const moved = [...removed].filter((text) => text !== '');
  const pureMove = moved.length > 0 && moved.every((text) => added.has(text));
  return (block) => {
    let changedLines = 0;
    for (let line = block.startLine; line <= block.endLine; line++) {
      if (!hasLine(change.changed, line)) continue;
      const text = movable(source.lines[line - 1]);
      if (text !== '' && !removed.has(text)) return false;
      changedLines++;
    }
    return changedLines > 0 || pureMove;
  };
}

/** Rules about how an entry is written, as opposed to what is wrong with it (a duplicate, a dead link). */
const STYLE_RULES: ReadonlySet<RuleId> = new Set([
  'title-format',
  'authors-format',
  'blank-line',
  'indent',
  'pdf-missing',
  'badge-missing',
  'badge-color',
  'badge-spacing',
  'arxiv-abs',
]);
/**
 * At least this many entries one change writes the same way the list does not are one style
 * difference (a restyle, a pasted section, a contributor's habit): one line says it, not one per entry.
 */
const RESTYLE_MIN_ENTRIES = 3;

/**
 * A change that writes many entries the same way the list does not (a maintainer's restyle, or a
 * section pasted in from elsewhere) gets one summary line, whatever rules it trips, not one finding
 * per entry and rule.
 */
function summariseRestyle(findings: readonly Finding[], checked: number): Finding[] {
  const byRule = new Map<RuleId, Finding[]>();
  for (const finding of findings) {
    if (!STYLE_RULES.has(finding.rule)) continue;
    byRule.set(finding.rule, [...(byRule.get(finding.rule) ?? []), finding]);
  }
  const restyled = [...byRule.values()]
    .map((group) => ({ group, entries: new Set(group.map((finding) => finding.entryKey)).size }))
    .filter(({ entries }) => entries >= RESTYLE_MIN_ENTRIES)
    .sort((a, b) => b.entries - a.entries);
  if (restyled.length === 0) return [...findings];
  const summarised = new Set(restyled.map(({ group }) => group[0].rule));
  const entries = new Set(restyled.flatMap(({ group }) => group.map((finding) => finding.entryKey))).size;
  const first = restyled[0].group[0];
  const rules = restyled.length > 1 ? ` (${[...summarised].join(', ')})` : '';
  const summary: Finding = {
    ...first,
    severity: 'warning',
    fix: null,
    message: `${entries} of the ${checked} entries this change touches differ from the rest of the list the same way${rules} (here: ${first.message}) If the list is changing its style, set it in the config (\`paperlint --print-config\` shows the learned one); otherwise write them as the other entries are.`,
  };
  return [...findings.filter((finding) => !summarised.has(finding.rule)), summary];
}

/** The arXiv records of the entries' papers, in one lookup. */
async function paperRecords(
  papers: PaperLookup,
  entries: readonly Entry[],
): Promise<ReadonlyMap<string, PaperRecord | null>> {
  const ids = [...new Set(entries.flatMap((entry) => entry.arxivIds))];
  return ids.length > 0 ? papers(ids) : new Map();
}

/**
 * One rule reports at most MAX_PER_ENTRY problems in one entry, the last saying how many more there
 * are: a line with 100,000 glued badges gets a readable report, not 100,000 copies of the line.
 */
const MAX_PER_ENTRY = 10;

function capped(problems: readonly Problem[]): readonly Problem[] {
  if (problems.length <= MAX_PER_ENTRY) return problems;
  const last = problems[MAX_PER_ENTRY - 1];
  const more = problems.length - MAX_PER_ENTRY;
  return [
    ...problems.slice(0, MAX_PER_ENTRY - 1),
    { ...last, message: `${last.message} (And ${more} more like it in this entry.)` },
  ];
}

function isIgnored(entry: Entry, ignored: ReadonlySet<string>): boolean {
  if (ignored.size === 0) return false;
  return (
    ignored.has(normaliseTitle(entry.title.text)) ||
    entry.arxivIds.some((id) => ignored.has(normaliseTitle(id)))
  );
}

/**
 * Finds, for a checked entry, an earlier entry (or one not being checked) with the same paper.
 * Entries' keys (arXiv ids, normalised title) are indexed once. A whole-file run indexes every
 * entry. A PR checks a few: one native regular-expression pass over the text finds the only entries
 * that could share their keys, so the keys of the other 10,000 are never computed.
 */
function duplicateFinder(
  text: string,
  source: SourceText,
  entries: readonly ItemBlock[],
  checked: readonly ItemBlock[],
): (entry: Entry) => DuplicateHit | undefined {
  const checkedStarts = new Set(checked.map((block) => block.startLine));
  const isCandidate = (entry: Entry, line: number) =>
    line !== entry.startLine && (line < entry.startLine || !checkedStarts.has(line));
  const keysOf = (entry: Entry) => {
    const title = normaliseTitle(entry.title.text);
    return [
      ...entry.arxivIds.map((id) => ({
        key: `arxiv ${id}`,
        reason: `same arXiv id ${id}`,
        pattern: escapeRegExp(id),
      })),
      ...(title ? [{ key: `title ${title}`, reason: 'same title', pattern: titlePattern(title) }] : []),
    ];
  };

  let byKey: Map<string, number[]> | undefined;
  const index = () => {
    if (byKey) return byKey;
    byKey = new Map();
    const indexed =
      checked.length <= TARGETED_LOOKUP_LIMIT
        ? entriesMatching(
            text,
            entries,
            checked.flatMap((block) => keysOf(parseEntry(source, block)).map((key) => key.pattern)),
          )
        : entries;
    for (const block of indexed) {
      const keys = entryKeys(source, block);
      for (const key of [
        ...keys.arxivIds.map((id) => `arxiv ${id}`),
        ...(keys.title ? [`title ${keys.title}`] : []),
      ]) {
        const lines = byKey.get(key) ?? [];
        lines.push(block.startLine);
        byKey.set(key, lines);
      }
    }
    return byKey;
  };
  // A list that already repeats papers under two sections does so on purpose (cross-listing).
  let crossLists: boolean | undefined;
  const listCrossLists = () => (crossLists ??= countCrossListed(source, entries) >= 2);
  const sectionAt = (line: number) => {
    const block = blockAt(entries, line);
    return block ? sectionOf(block) : 0;
  };
  return (entry) => {
    const title = normaliseTitle(entry.title.text);
    for (const { key, reason } of keysOf(entry)) {
      for (const other of index().get(key) ?? []) {
        if (!isCandidate(entry, other)) continue;
        const block = blockAt(entries, other);
        const otherTitle = block ? entryKeys(source, block).title : '';
        // One arXiv id under two different titles is a copy-pasted wrong link, wherever it is.
        const wrongLink = key.startsWith('arxiv') && !sameTitle(title, otherTitle);
        if (wrongLink)
          return { line: other, reason: `${reason}, under a different title: is one link wrong?` };
        if (sectionAt(other) !== sectionAt(entry.startLine) && listCrossLists()) continue;
        return { line: other, reason };
      }
    }
    return undefined;
  };
}

/**
 * Whether two normalised titles name the same paper: equal, one inside the other (`(ELMo) Deep
 * contextualized…`), or sharing most of their words. An empty title could be anything.
 */
function sameTitle(a: string, b: string): boolean {
  if (a === '' || b === '' || a.includes(b) || b.includes(a)) return true;
  const words = new Set(a.split(' '));
  const other = b.split(' ');
  const shared = other.filter((word) => words.has(word)).length;
  return shared / Math.max(words.size, other.length) >= 0.5;
}

/** How many papers (by arXiv id or title) the list already has under more than one section. */
function countCrossListed(source: SourceText, entries: readonly ItemBlock[]): number {
  const sections = new Map<string, Set<number>>();
  for (const block of entries) {
    const keys = entryKeys(source, block);
    for (const key of [...keys.arxivIds, ...(keys.title ? [`title ${keys.title}`] : [])]) {
      const seen = sections.get(key) ?? new Set<number>();
      seen.add(sectionOf(block));
      sections.set(key, seen);
    }
  }
  return [...sections.values()].filter((seen) => seen.size > 1).length;
}

/** Up to this many checked entries, duplicates are searched for rather than indexed. */
const TARGETED_LOOKUP_LIMIT = 16;

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** The entries holding a line that any of the patterns matches, in one pass over the text. */
function entriesMatching(
  text: string,
  entries: readonly ItemBlock[],
  patterns: readonly string[],
): ItemBlock[] {
  if (patterns.length === 0) return [];
  const found = new Set<ItemBlock>();
  for (const line of linesMatching(text, new RegExp(patterns.join('|'), 'gim'))) {
    const block = blockAt(entries, line);
    if (block) found.add(block);
  }
  return [...found].sort((a, b) => a.startLine - b.startLine);
}

/**
 * Matches wherever the normalised title could start: its first words in order, anything
 * non-alphanumeric between them, any case, and any accent on a letter (a normalised title has lost
 * its accents, the list's text has not). A title with other letters matches every line start; the
 * exact key is compared afterwards either way.
 */
function titlePattern(normalised: string): string {
  if (!/^[a-z0-9 ]*$/.test(normalised)) return '^';
  const word = (w: string) => [...w].map((ch) => ACCENTED[ch] ?? ch).join('');
  // The first words are enough to narrow the search, and keep the scan linear on any title.
  return normalised.split(' ').slice(0, TITLE_PATTERN_WORDS).map(word).join('[^a-z0-9]+');
}

/** Letters and their common precomposed accented forms. */
const ACCENTED: Record<string, string> = {
  a: '[aàáâãäåāą]',
  c: '[cçćč]',
  e: '[eèéêëēęě]',
  i: '[iìíîïī]',
  l: '[lł]',
  n: '[nñńň]',
  o: '[oòóôõöøō]',
  s: '[sśš]',
  u: '[uùúûüūů]',
  y: '[yýÿ]',
  z: '[zźżž]',
};

const TITLE_PATTERN_WORDS = 8;

/** 1-based numbers of the lines where `pattern` (global) matches, each once, in order. */
function linesMatching(text: string, pattern: RegExp): number[] {
  const lines: number[] = [];
  let line = 1;
  let lineStart = 0;
  pattern.lastIndex = 0;
  for (let match = pattern.exec(text); match; match = pattern.exec(text)) {
    for (
      let nl = text.indexOf('\n', lineStart);
      nl !== -1 && nl < match.index;
      nl = text.indexOf('\n', lineStart)
    ) {
      line++;
      lineStart = nl + 1;
    }
    lines.push(line);
    // One match is enough for a line: the search goes on from the next one, so a long line of
    // repeated words is scanned once, not once per match.
    const end = text.indexOf('\n', match.index);
    if (end === -1) break;
    line++;
    lineStart = end + 1;
    pattern.lastIndex = lineStart;
  }
  return lines;
}

/** The entry whose lines include `line` (entries are in file order). */
function blockAt(entries: readonly ItemBlock[], line: number): ItemBlock | undefined {
  let lo = 0;
  let hi = entries.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (entries[mid].endLine < line) lo = mid + 1;
    else if (entries[mid].startLine > line) hi = mid - 1;
    else return entries[mid];
  }
  return undefined;
}

/** `paperlint-disable[-next-line] [rules]` and `paperlint-enable [rules]` comments. */
function suppression(
  directives: readonly Directive[],
): (rule: RuleId, line: number, entry: Entry) => boolean {
  if (directives.length === 0) return () => false;
  const names = (directive: Directive, rule: string) =>
    directive.rules.length === 0 || directive.rules.includes(rule);
  return (rule, line, entry) => {
    let disabled = false;
    for (const directive of directives) {
      if (directive.kind === 'disable-next-line') {
        const target = directive.line + 1;
        if (names(directive, rule) && (target === line || target === entry.startLine)) return true;
      } else if (directive.line < line && names(directive, rule)) {
        disabled = directive.kind === 'disable';
      }
    }
    return disabled;
  };
}
