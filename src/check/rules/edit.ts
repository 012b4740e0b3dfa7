import { longestBacktickRun, type SourceText } from '../../read/text.js';
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

/** Longest text a message quotes; a message is a hint, the fix carries the full line. */
const MAX_QUOTE = 300;

/** Quotes text from the list as a markdown code span that its own backticks cannot close. */
export function code(full: string): string {
  const text = full.length > MAX_QUOTE ? `${full.slice(0, MAX_QUOTE)}…` : full;
  const fence = '`'.repeat(longestBacktickRun(text) + 1);
  const pad = text.startsWith('`') || text.endsWith('`') ? ' ' : '';
  return `${fence}${pad}${text}${pad}${fence}`;
}
