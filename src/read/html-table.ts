/**
 * The rows of an HTML table (`<table>`, `<tr>`, `<td>`), which GitHub renders from a README's raw
 * HTML as it renders a Markdown table: a list may write its papers so, one row each, its columns
 * named by the first row. Each row is read as a table row of the list (`|` its marker), its cells
 * placed under the columns they fall in, after the cells that rows above span into them
 * (`rowspan`, `colspan`), as a browser places them.
 */
import type { Heading, HtmlCell, ItemBlock } from './segment.js';
import { indentWidth, isBlank } from './text.js';

/** A line that opens a table: `<table>`, `<table class="tg">`. */
export const TABLE_START = /^ {0,3}<table\b/i;
const TAG = /<(\/?)(table|tr|td|th)\b([^>]*)>/gi;
/** A link in a cell: what tells a header row (names) from the rows under it. */
const LINK_TAG = /<a\s[^>]*\bhref\s*=/i;

interface OpenCell {
  readonly line: number;
  readonly start: number;
  readonly colspan: number;
  readonly rowspan: number;
}

interface Row {
  readonly startLine: number;
  endLine: number;
  readonly cells: (HtmlCell & { readonly colspan: number; readonly rowspan: number })[];
}

/** A whole number attribute (`colspan="2"`, `rowspan='27'`); 1 when absent or unreadable. */
function span(attributes: string, name: string): number {
  const value = new RegExp(String.raw`\b${name}\s*=\s*["']?(\d{1,3})`, 'i').exec(attributes)?.[1];
  return value === undefined ? 1 : Math.max(1, Number(value));
}

/** A cell's text from `start` to `end` of its line, without the white space around it. */
function trimmed(line: string, lineNo: number, start: number, end: number) {
  while (start < end && /\s/.test(line[start])) start++;
  while (end > start && /\s/.test(line[end - 1])) end--;
  return { line: lineNo, start, end };
}

/** A header cell's name: its text without tags. */
function cellName(lines: readonly string[], cell: Omit<HtmlCell, 'spansRows'>): string {
  return lines[cell.line - 1]
    .slice(cell.start, cell.end)
    .replace(/<[^>]*>/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * The table that opens on line index `from` (0-based): its rows under the header, as items, and
 * the index of the line that closes it. Undefined when it is no table this reader can vouch for: no
 * `</table>`, a table inside it, or a blank line inside it before a line indented as code (GitHub
 * ends the HTML there and shows the rest as code).
 */
export function readHtmlTable(
  lines: readonly string[],
  from: number,
  headings: readonly Heading[],
): { rows: ItemBlock[]; end: number } | undefined {
  const rows: Row[] = [];
  let row: Row | undefined;
  let cell: OpenCell | undefined;
  let end = -1;
  const closeCell = (lineNo: number, at: number) => {
    if (!cell || !row) return;
    // A cell over lines is read on its first line: its text there (if any) is what it names.
    const line = lines[cell.line - 1];
    const content = trimmed(line, cell.line, cell.start, cell.line === lineNo ? at : line.length);
    row.cells.push({ ...content, spansRows: cell.rowspan > 1, colspan: cell.colspan, rowspan: cell.rowspan });
    cell = undefined;
  };
  scan: for (let i = from; i < lines.length; i++) {
    const line = lines[i];
    const lineNo = i + 1;
    if (isBlank(line)) {
      const next = lines.slice(i + 1).find((text) => !isBlank(text));
      if (next !== undefined && indentWidth(next) >= 4) return undefined;
      continue;
    }
    if (row) row.endLine = lineNo;
    for (const tag of line.matchAll(TAG)) {
      const closing = tag[1] === '/';
      const name = tag[2].toLowerCase();
      if (name === 'table') {
        if (!closing && i > from) return undefined;
        if (!closing) continue;
        closeCell(lineNo, tag.index);
        end = i;
        break scan;
      }
      if (name === 'tr') {
        closeCell(lineNo, tag.index);
        if (closing) {
          if (row) row.endLine = lineNo;
          row = undefined;
        } else {
          // A row left open ends where the next begins.
          if (row) row.endLine = Math.max(row.startLine, lineNo - 1);
          row = { startLine: lineNo, endLine: lineNo, cells: [] };
          rows.push(row);
        }
        continue;
      }
      closeCell(lineNo, tag.index);
      if (!closing && row) {
        cell = {
          line: lineNo,
          start: tag.index + tag[0].length,
          colspan: span(tag[3], 'colspan'),
          rowspan: span(tag[3], 'rowspan'),
        };
      }
    }
  }
  if (end === -1) return undefined;

  // The header: the rows before the first that links anything (names, over one row or two).
  const firstLinking = rows.findIndex((r) =>
    r.cells.some((c) => LINK_TAG.test(lines[c.line - 1].slice(c.start, c.end))),
  );
  const headerRows = firstLinking === -1 ? rows.length : firstLinking;
  const placed = placeCells(rows);
  const columns: string[] = [];
  if (headerRows > 0) {
    placed[0].forEach((c, at) => {
      if (c) for (let k = 0; k < c.colspan; k++) columns[at + k] = cellName(lines, c);
    });
  }
  const names = Array.from(columns, (name) => name ?? '');
  return {
    end,
    rows: rows.slice(headerRows).map((r, at) => {
      let endLine = r.endLine;
      while (endLine > r.startLine && isBlank(lines[endLine - 1])) endLine--;
      return {
        startLine: r.startLine,
        endLine,
        marker: '|',
        markerColumn: 1,
        contentColumn: 1,
        headings,
        columns: names,
        htmlCells: placed[headerRows + at].map(
          (c) => c && { line: c.line, start: c.start, end: c.end, spansRows: c.spansRows },
        ),
      };
    }),
  };
}

/**
 * Each row's cells by the column each falls in: past the columns that cells of the rows above span
 * into (`rowspan`), a cell spanning columns (`colspan`) taking the first of them.
 */
function placeCells<T extends { readonly colspan: number; readonly rowspan: number }>(
  rows: readonly { readonly cells: readonly T[] }[],
): (T | undefined)[][] {
  const spannedFor: number[] = []; // by column: rows still to come that a cell above spans into
  return rows.map(({ cells }) => {
    const spanned = spannedFor.map((n) => n > 0);
    const byColumn: (T | undefined)[] = [];
    let column = 0;
    for (const c of cells) {
      while (spanned[column]) column++;
      byColumn[column] = c;
      for (let k = 0; k < c.colspan; k++) spannedFor[column + k] = c.rowspan - 1;
      column += c.colspan;
    }
    spanned.forEach((was, at) => {
      if (was) spannedFor[at]--;
    });
    return Array.from(byColumn);
  });
}
