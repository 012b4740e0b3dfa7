/**
 * Applying fixes to a text. Fixes whose lines overlap are merged into one edit of those lines
 * (each reduced to the smallest span it changes), so one pass applies every fix of an entry.
 */
import type { Fix } from './rules/types.js';
import { fromSource, toSource, type SourceText } from '../read/text.js';

export function applyFixes(text: string, fixes: readonly Fix[]): { text: string; applied: number } {
  const source = toSource(text);
  const lines = [...source.lines];
  const endings = [...source.endings];
  let applied = 0;
  for (const group of overlapping(fixes).reverse()) {
    const ending = endings[group.start - 1] || endings.find((e) => e !== '') || '\n';
    const replacement = mergeFixes(source, group.start, group.end, group.fixes).split('\n');
    const lastEnding = endings[group.end - 1];
    const newEndings = replacement.map((_, i) => (i === replacement.length - 1 ? lastEnding : ending));
    lines.splice(group.start - 1, group.end - group.start + 1, ...replacement);
    endings.splice(group.start - 1, group.end - group.start + 1, ...newEndings);
    applied += group.fixes.length;
  }
  return { text: fromSource({ lines, endings, bom: source.bom }), applied };
}

/** Fixes grouped by overlapping line ranges, in file order. */
function overlapping(fixes: readonly Fix[]): { start: number; end: number; fixes: Fix[] }[] {
  const groups: { start: number; end: number; fixes: Fix[] }[] = [];
  for (const fix of [...fixes].sort((a, b) => a.line - b.line || a.endLine - b.endLine)) {
    const last = groups[groups.length - 1];
    if (last && fix.line <= last.end) {
      last.end = Math.max(last.end, fix.endLine);
      last.fixes.push(fix);
    } else {
      groups.push({ start: fix.line, end: fix.endLine, fixes: [fix] });
    }
  }
  return groups;
}

/**
 * The text of lines start..end with every fix applied. Each fix is reduced to the smallest span it
 * changes; spans are applied right to left, and one that overlaps another is left out.
 */
export function mergeFixes(source: SourceText, start: number, end: number, fixes: readonly Fix[]): string {
  const original = source.lines.slice(start - 1, end).join('\n');
  const edits = fixes.map((fix, order) => {
    const wanted = [
      ...source.lines.slice(start - 1, fix.line - 1),
      fix.replacement,
      ...source.lines.slice(fix.endLine, end),
    ].join('\n');
    return { ...smallestEdit(original, wanted), order };
  });
  edits.sort((a, b) => b.from - a.from || b.order - a.order);
  let text = original;
  let limit = Number.MAX_SAFE_INTEGER;
  for (const edit of edits) {
    if (edit.to > limit) continue;
    text = text.slice(0, edit.from) + edit.text + text.slice(edit.to);
    limit = edit.from;
  }
  return text;
}

/** The one span of `original` to replace (offsets `from`..`to`, end exclusive) to get `wanted`. */
export function smallestEdit(original: string, wanted: string): { from: number; to: number; text: string } {
  let prefix = 0;
  while (prefix < original.length && prefix < wanted.length && original[prefix] === wanted[prefix]) prefix++;
  let suffix = 0;
  while (
    suffix < original.length - prefix &&
    suffix < wanted.length - prefix &&
    original[original.length - 1 - suffix] === wanted[wanted.length - 1 - suffix]
  )
    suffix++;
  return { from: prefix, to: original.length - suffix, text: wanted.slice(prefix, wanted.length - suffix) };
}

/**
 * A fix as the smallest text edit it makes: replace from (startLine, startColumn) up to, not
 * including, (endLine, endColumn) with `text`. Lines and columns are 1-based, columns in UTF-16
 * code units, as SARIF and markdownlint count them. Editors apply two such edits on one line
 * independently, where two whole-line replacements would clash.
 */
export interface TextEdit {
  readonly startLine: number;
  readonly startColumn: number;
  readonly endLine: number;
  readonly endColumn: number;
  readonly text: string;
}

export function fixEdit(source: SourceText, fix: Fix): TextEdit {
  const original = source.lines.slice(fix.line - 1, fix.endLine).join('\n');
  const { from, to, text } = smallestEdit(original, fix.replacement);
  const at = (offset: number) => {
    const before = original.slice(0, offset);
    const newlines = before.split('\n').length - 1;
    return { line: fix.line + newlines, column: offset - (before.lastIndexOf('\n') + 1) + 1 };
  };
  const start = at(from);
  const end = at(to);
  return { startLine: start.line, startColumn: start.column, endLine: end.line, endColumn: end.column, text };
}
