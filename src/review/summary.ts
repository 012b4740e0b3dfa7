/**
 * The job summary: every finding of the run in one table, with links to the lines; a deviation
 * repeated across many entries is one row.
 */
import type { Finding } from '../check/engine.js';
import { count } from '../report/format.js';
import { groupRepeated, repeatedMessage } from '../report/repeated.js';
import { ruleDocUrl } from '../check/rules/index.js';
import { neutralize, tableCell, truncate } from './markdown.js';

export function jobSummary(
  findings: readonly Finding[],
  totals: { files: number; checked: number; errors: number; warnings: number },
  lineUrl: (path: string, line: number) => string,
  notes: readonly string[] = [],
): string {
  const head = [
    '## paperlint',
    '',
    `${count(totals.checked, 'entry', 'entries')} checked in ${count(totals.files, 'file')}: ` +
      `${count(totals.errors, 'error')}, ${count(totals.warnings, 'warning')}.`,
    ...notes.flatMap((note) => ['', neutralize(note)]),
  ];
  if (findings.length === 0) return [...head, '', 'Nothing to fix. ✨'].join('\n');
  const { repeated, single } = groupRepeated(findings, (finding) => finding);
  const order = new Map(findings.map((finding, index) => [finding, index]));
  const shown = [
    ...single.map((finding) => ({ finding, message: finding.message })),
    ...repeated.map(({ items }) => ({ finding: items[0], message: repeatedMessage(items) })),
  ].sort((a, b) => order.get(a.finding)! - order.get(b.finding)!);
  const rows = shown.map(({ finding: f, message }) => {
    const where = `[${tableCell(f.path)}:${f.line}](${lineUrl(f.path, f.line)})`;
    return `| ${where} | ${f.severity} | [${f.rule}](${ruleDocUrl(f.rule)}) | ${tableCell(message)} |`;
  });
  return truncate(
    [...head, '', '| Where | Severity | Rule | What to do |', '| --- | --- | --- | --- |', ...rows].join(
      '\n',
    ),
    '_…the table was cut to fit GitHub’s limit._',
  );
}

/** The summary of a run that stood down, saying why. */
export function noteSummary(note: string): string {
  return ['## paperlint', '', neutralize(note)].join('\n');
}
