/** The job summary: every finding of the run in one table, with links to the lines. */
import type { Finding } from '../check/engine.js';
import { count } from '../report/format.js';
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
  const rows = findings.map((f) => {
    const where = `[${tableCell(f.path)}:${f.line}](${lineUrl(f.path, f.line)})`;
    return `| ${where} | ${f.severity} | [${f.rule}](${ruleDocUrl(f.rule)}) | ${tableCell(f.message)} |`;
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
