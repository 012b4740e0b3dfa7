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
