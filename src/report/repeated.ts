/**
 * A deviation a change repeats across many entries (a restyle, a section pasted in from elsewhere,
 * a contributor's habit) is said once in the text a reader reads, not once per entry. Presentation
 * only: every finding keeps its entry and its severity, and JSON, SARIF and annotations list each.
 */
import type { Finding } from '../check/engine.js';
import type { RuleId } from '../check/rules/types.js';
import { count } from './format.js';

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

/** At least this many entries written the same way the list does not are one deviation. */
const REPEATED_MIN_ENTRIES = 3;

/** Line numbers a repeated deviation's line names before "and N more". */
const LINES_NAMED = 5;

export interface Repeated<T> {
  /** File, rule and severity: what the findings share. */
  readonly key: string;
  /** The findings, in the order given. */
  readonly items: readonly T[];
}

/**
 * Splits findings (or things carrying one) into repeated deviations, one per file, style rule and
 * severity found in at least REPEATED_MIN_ENTRIES entries, and the rest, each kept in its order.
 */
export function groupRepeated<T>(
  items: readonly T[],
  findingOf: (item: T) => Finding,
): { repeated: Repeated<T>[]; single: T[] } {
  const byKey = new Map<string, T[]>();
  for (const item of items) {
    const finding = findingOf(item);
    if (!STYLE_RULES.has(finding.rule)) continue;
    const key = `${finding.path}\u0000${finding.rule}\u0000${finding.severity}`;
    byKey.set(key, [...(byKey.get(key) ?? []), item]);
  }
  const repeated = [...byKey]
    .filter(
      ([, group]) => new Set(group.map((item) => findingOf(item).entryKey)).size >= REPEATED_MIN_ENTRIES,
    )
    .map(([key, group]) => ({ key, items: group }));
  const grouped = new Set(repeated.flatMap((group) => group.items));
  return { repeated, single: items.filter((item) => !grouped.has(item)) };
}

/** What a repeated deviation's one line says: how many entries, where, the first finding, what to do. */
export function repeatedMessage(findings: readonly Finding[]): string {
  const entries = new Set(findings.map((finding) => finding.entryKey)).size;
  const lines = [...new Set(findings.map((finding) => finding.line))];
  const named = lines.slice(0, LINES_NAMED).join(', ');
  const where = lines.length > LINES_NAMED ? `${named} and ${lines.length - LINES_NAMED} more` : named;
  return (
    `${count(entries, 'entry', 'entries')} differ from the rest of the list the same way ` +
    `(line${lines.length > 1 ? 's' : ''} ${where}). The first: ${findings[0].message} ` +
    'If the list is changing its style, set it in the config (`paperlint --print-config` shows the ' +
    'learned one); otherwise write them as the other entries are.'
  );
}
