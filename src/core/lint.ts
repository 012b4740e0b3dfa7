/**
 * The pure engine: text in (and optionally the base version or the changed lines), findings out.
 * No I/O here, so the CLI, the Action and the tests all run exactly the same code.
 */
import { paletteFromKeywordsSection, type Convention } from './convention.js';
import { learnStyle } from './learn.js';
import { changedLines, EVERY_LINE, hasLine, overlaps, type LineSet } from './diff.js';
import { normaliseTitle, parseEntry, type Entry } from './entry.js';
import { entryKeys, findPaperList, type EntryBlock, type SectionFilter } from './list.js';
import { segment, type Directive, type Segments } from './segment.js';
import { toSource, type SourceText } from './text.js';
import { RULES } from '../rules/index.js';
import type { DuplicateHit, Fix, RuleContext, RuleId, Severity } from '../rules/types.js';

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
  /** Or the changed lines directly (from a PR's patch). */
  readonly changed?: LineSet;
  readonly settings?: Settings;
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
  readonly convention: Convention;
}

/**
 * The style a list is held to: learned from its entries (minus those being checked), its palette
 * from its own Keywords Convention when it has one, and any setting of the config file on top.
 */
export function resolveConvention(
  source: SourceText,
  segments: Segments,
  examples: readonly EntryBlock[],
  style: Partial<Convention> = {},
): Convention {
  const palette = paletteFromKeywordsSection(source, segments);
  return { ...learnStyle(source, examples), ...(palette ? { badgeColors: palette } : {}), ...style };
}

/** The settings a file would be checked with: learned style, config on top, effective severities. */
export function effectiveSettings(text: string, settings: Settings = {}) {
  const source = toSource(text);
  const segments = segment(source);
  const list = findPaperList(source, segments, settings.sections);
  return {
    style: resolveConvention(source, segments, list.entries, settings.style),
    rules: Object.fromEntries(RULES.map((rule) => [rule.id, settings.rules?.[rule.id] ?? rule.severity])),
    sections: settings.sections ?? {},
    ignore: settings.ignore ?? [],
    categories: list.categories,
    entries: list.entries.length,
  };
}

export function lint(input: LintInput): LintResult {
  const settings = input.settings ?? {};
  const source = toSource(input.text);
  const segments = segment(source);
  const list = findPaperList(source, segments, settings.sections);
  const changed =
    input.changed ??
    (input.baseText !== undefined ? changedLines(toSource(input.baseText).lines, source.lines) : EVERY_LINE);

  const touched = list.entries.filter((block) => overlaps(changed, block.startLine, block.endLine));
  const checkedStarts = new Set(touched.map((block) => block.startLine));
  const untouched = list.entries.filter((block) => !checkedStarts.has(block.startLine));
  const convention = resolveConvention(
    source,
    segments,
    untouched.length > 0 ? untouched : list.entries,
    settings.style,
  );
  const ignored = new Set((settings.ignore ?? []).map((item) => normaliseTitle(item)));
  const suppressed = suppression(segments.directives);

  const blockByStart = new Map(list.entries.map((block) => [block.startLine, block]));
  const context: RuleContext = {
    source,
    convention,
    categories: list.categories,
    inCategory: (entry) => blockByStart.get(entry.startLine)?.inCategory ?? false,
    duplicateOf: duplicateFinder(source, list.entries, checkedStarts),
  };

  const findings: Finding[] = [];
  for (const block of touched) {
    const entry = parseEntry(source, block);
    if (isIgnored(entry, ignored)) continue;
    for (const rule of RULES) {
      const severity = settings.rules?.[rule.id] ?? rule.severity;
      if (severity === 'off') continue;
      for (const problem of rule.check(entry, context)) {
        if (rule.scope === 'line' && !hasLine(changed, problem.line)) continue;
        if (suppressed(rule.id, problem.line, entry)) continue;
        findings.push({
          path: input.path,
          line: problem.line,
          column: problem.column,
          endLine: problem.endLine ?? problem.line,
          rule: rule.id,
          severity,
          message: problem.message,
          fix: rule.fix?.(entry, problem, context) ?? null,
          entryKey: entry.key,
        });
      }
    }
  }
  findings.sort((a, b) => a.line - b.line || a.column - b.column || a.rule.localeCompare(b.rule));
  return {
    path: input.path,
    source,
    findings,
    entries: list.entries.length,
    checked: touched.length,
    convention,
  };
}

function isIgnored(entry: Entry, ignored: ReadonlySet<string>): boolean {
  if (ignored.size === 0) return false;
  return (
    ignored.has(normaliseTitle(entry.title.text)) ||
    entry.arxivIds.some((id) => ignored.has(normaliseTitle(id)))
  );
}

/** Finds, for a checked entry, an earlier entry (or one not being checked) with the same paper. */
function duplicateFinder(
  source: SourceText,
  entries: readonly EntryBlock[],
  checkedStarts: ReadonlySet<number>,
): (entry: Entry) => DuplicateHit | undefined {
  let byKey: Map<string, number[]> | undefined;
  const index = () => {
    if (byKey) return byKey;
    byKey = new Map();
    for (const block of entries) {
      const keys = entryKeys(source, block);
      const all = [
        ...keys.arxivIds.map((id) => `arxiv ${id}`),
        ...(keys.title ? [`title ${keys.title}`] : []),
      ];
      for (const key of all) {
        const lines = byKey.get(key) ?? [];
        lines.push(block.startLine);
        byKey.set(key, lines);
      }
    }
    return byKey;
  };
  return (entry) => {
    const keys = [
      ...entry.arxivIds.map((id) => ({ key: `arxiv ${id}`, reason: `same arXiv id ${id}` })),
      { key: `title ${normaliseTitle(entry.title.text)}`, reason: 'same title' },
    ];
    for (const { key, reason } of keys) {
      if (key === 'title ') continue;
      const other = index()
        .get(key)
        ?.find((line) => line !== entry.startLine && (line < entry.startLine || !checkedStarts.has(line)));
      if (other !== undefined) return { line: other, reason };
    }
    return undefined;
  };
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
