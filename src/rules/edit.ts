import type { SourceText } from '../core/text.js';
import type { Fix } from './types.js';

/** A fix that replaces columns [column, endColumn) of one line (1-based, end exclusive). */
export function replaceSpan(
  source: SourceText,
  line: number,
  column: number,
  endColumn: number,
  text: string,
): Fix {
  const current = source.lines[line - 1];
  return {
    line,
    endLine: line,
    replacement: current.slice(0, column - 1) + text + current.slice(endColumn - 1),
  };
}

/** Quotes text from the list as a markdown code span that its own backticks cannot close. */
export function code(text: string): string {
  const longest = Math.max(0, ...(text.match(/`+/g) ?? []).map((run) => run.length));
  const fence = '`'.repeat(longest + 1);
  const pad = text.startsWith('`') || text.endsWith('`') ? ' ' : '';
  return `${fence}${pad}${text}${pad}${fence}`;
}
