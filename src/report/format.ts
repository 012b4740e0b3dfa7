/** Plain reporters for the CLI: text (one line a finding), JSON, and GitHub workflow commands. */
import type { Finding, LintResult } from '../check/engine.js';

/** What the reporters show of a finding: a rule's, or an audit check's (`rule` is its id). */
export interface ReportedFinding extends Omit<Finding, 'rule' | 'entryKey' | 'part'> {
  readonly rule: string;
  /** What the finding rests on (the audit's: arXiv's record, the HTTP answer), when it says. */
  readonly source?: string;
}

/** What the reporters show of a file's results. */
export interface ReportedResult extends Omit<
  LintResult,
  'findings' | 'convention' | 'parsed' | 'unanswered'
> {
  readonly findings: readonly ReportedFinding[];
}

export interface Summary {
  readonly files: number;
  readonly entries: number;
  readonly checked: number;
  /** Checked entries read by the exact (mdast) reader because the fast scanner could not prove them. */
  readonly readExactly: number;
  readonly errors: number;
  readonly warnings: number;
}

export function summarise(results: readonly ReportedResult[]): Summary {
  const findings = results.flatMap((result) => result.findings);
  return {
    files: results.length,
    entries: results.reduce((sum, result) => sum + result.entries, 0),
    checked: results.reduce((sum, result) => sum + result.checked, 0),
    readExactly: results.reduce((sum, result) => sum + result.readExactly, 0),
    errors: findings.filter((finding) => finding.severity === 'error').length,
    warnings: findings.filter((finding) => finding.severity === 'warning').length,
  };
}

/** `{"findings":[…],"summary":{…}}`, and any more top-level keys given (the audit's unchecked links). */
export function formatJson(results: readonly ReportedResult[], more: Record<string, unknown> = {}): string {
  const findings = results.flatMap((result) =>
    result.findings.map(({ path, line, column, endLine, rule, severity, message, fix, source }) => ({
      path,
      line,
      column,
      endLine,
      rule,
      severity,
      message,
      fix,
      ...(source === undefined ? {} : { source }),
    })),
  );
  return JSON.stringify({ findings, ...more, summary: summarise(results) }, null, 2);
}

const COLORS = { error: '\u001b[31m', warning: '\u001b[33m', dim: '\u001b[2m', reset: '\u001b[0m' };

export function formatText(results: readonly ReportedResult[], color: boolean): string {
  const paint = (code: string, text: string) => (color ? `${code}${text}${COLORS.reset}` : text);
  const lines = results.flatMap((result) =>
    result.findings.map(
      (f) =>
        `${terminalSafe(f.path)}:${f.line}:${f.column}  ${paint(COLORS[f.severity], f.severity)}  ${terminalSafe(f.message)}  ${paint(COLORS.dim, f.rule)}`,
    ),
  );
  const s = summarise(results);
  lines.push(
    `${count(s.errors, 'error')}, ${count(s.warnings, 'warning')} in ${count(s.checked, 'entry', 'entries')} checked ` +
      `(${count(s.entries, 'entry', 'entries')} in ${count(s.files, 'file')}).`,
  );
  return lines.join('\n');
}

export function count(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}

/**
 * C0 and C1 controls (ESC starts colour, cursor and OSC sequences: clipboard writes, links, titles;
 * BEL ends them) and the invisible characters that make text read other than it is.
 */
const CONTROLS =
  /[\u0000-\u0008\u000a-\u001f\u007f-\u009f\u061c\u200b-\u200f\u202a-\u202e\u2060-\u2069\ufeff]/g;

/** Shows each control as its escape (`\u001b`): visible, and inert. */
function showControls(text: string): string {
  return text.replace(CONTROLS, (ch) => `\\u${ch.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/** Text from a list or a PR as one inert line of terminal or log output. */
export function terminalSafe(text: string): string {
  return showControls(text.replace(/[\r\n]+/g, ' '));
}

/** A message of several lines, each made inert as by terminalSafe, its line breaks kept. */
export function terminalSafeLines(text: string): string {
  return text.split(/\r?\n/).map(terminalSafe).join('\n');
}

/** `::error file=…,line=…::message` — escaped so text from a PR cannot end the command or start another. */
export function formatAnnotation(finding: ReportedFinding): string {
  const properties = [
    `file=${escapeProperty(finding.path)}`,
    `line=${finding.line}`,
    `endLine=${finding.endLine}`,
    `col=${finding.column}`,
    `title=${escapeProperty(`paperlint ${finding.rule}`)}`,
  ].join(',');
  return `::${finding.severity} ${properties}::${escapeData(finding.message)}`;
}

export function formatGithub(results: readonly ReportedResult[]): string {
  return results.flatMap((result) => result.findings.map(formatAnnotation)).join('\n');
}

/** Workflow-command data: `%`, CR and LF encoded as the runner expects, other controls shown inert. */
function escapeData(text: string): string {
  return showControls(text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A'));
}

function escapeProperty(text: string): string {
  return escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');
}
