/**
 * The rows of an HTML table (`<table>`, `<tr>`, `<td>`), which GitHub renders from a README's raw
 * HTML as it renders a Markdown table: a list may write its papers so, one row each, its columns
 * named by the first row. Each row is read as a table row of the list (`|` its marker), its cells
 * placed under the columns they fall in, after the cells that rows above span into them
 * (`rowspan`, `colspan`), as a browser places them.
 */
import type { Heading, ItemBlock } from './segment.js';
import { indentWidth, isBlank } from './text.js';

/** A line that opens a table: `<table>`, `<table class="tg">`. */
export const TABLE_START = /^ {0,3}<table\b/i;
const TAG = /<(\/?)(table|tr|td|th)\b([^>]*)>/gi;
/** A link in a cell: what tells a header row (names) from the rows under it. */
const LINK_TAG = /<a\s[^>]*\bhref\s*=/i;

/** A cell of a row: where its text is (0-based offsets on its line, white space around it left out). */
export interface HtmlCell {
  readonly line: number;
  readonly start: number;
  readonly end: number;
  readonly colspan: number;
  readonly rowspan: number;
}

/** A whole number attribute (`colspan="2"`, `rowspan='27'`); 1 when absent or unreadable. */
function span(attributes: string, name: string): number {
  const value = new RegExp(String.raw`\b${name}\s*=\s*["']?(\d{1,3})`, 'i').exec(attributes)?.[1];
  return value === undefined ? 1 : Math.max(1, Number(value));
}

/**
 * The cells of the row on lines `startLine`..`endLine` (1-based), from its `<tr>` to its `</tr>`. A
 * cell over lines is read on its first line: its text there (if any) is what it names.
 */
export function rowCells(lines: readonly string[], startLine: number, endLine: number): HtmlCell[] {
  const cells: HtmlCell[] = [];
  let open: { line: number; start: number; colspan: number; rowspan: number } | undefined;
  let inRow = false;
  const close = (lineNo: number, at: number) => {
    if (!open) return;
    const line = lines[open.line - 1];
    let start = open.start;
    let end = open.line === lineNo ? at : line.length;
    while (start < end && /\s/.test(line[start])) start++;
    while (end > start && /\s/.test(line[end - 1])) end--;
    cells.push({ line: open.line, start, end, colspan: open.colspan, rowspan: open.rowspan });
    open = undefined;
  };
  for (let lineNo = startLine; lineNo <= endLine; lineNo++) {
    for (const tag of (lines[lineNo - 1] ?? '').matchAll(TAG)) {
      const closing = tag[1] === '/';
      const name = tag[2].toLowerCase();
      if (name === 'tr' && !closing && !inRow) {
        inRow = true;
        continue;
      }
      if (!inRow) continue;
      close(lineNo, tag.index);
      if (name !== 'td' && name !== 'th') return cells;
      if (!closing) {
        open = {
          line: lineNo,
          start: tag.index + tag[0].length,
          colspan: span(tag[3], 'colspan'),
          rowspan: span(tag[3], 'rowspan'),
        };
      }
    }
  }
  close(endLine + 1, 0);
  return cells;
}

/**
 * A row's cells by the column each falls in: past the columns that cells of rows above span into
 * (`spanned`), a cell spanning columns (`colspan`) taking the first of them. None where none falls.
 */
export function placedCells(
  cells: readonly HtmlCell[],
  spanned: readonly number[],
): (HtmlCell | undefined)[] {
  const taken = new Set(spanned);
  const byColumn: (HtmlCell | undefined)[] = [];
  let column = 0;
  for (const cell of cells) {
    while (taken.has(column)) column++;
    byColumn[column] = cell;
    column += cell.colspan;
  }
  return Array.from(byColumn);
}

/** A header cell's name: its text without tags. */
function cellName(lines: readonly string[], cell: HtmlCell): string {
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
  // Each row's lines: from its `<tr>` to its `</tr>`, or to the line before the next row or the table's end.
  const rows: { startLine: number; endLine: number }[] = [];
  let row: { startLine: number; endLine: number } | undefined;
  let end = -1;
  scan: for (let i = from; i < lines.length; i++) {
    const line = lines[i];
    if (isBlank(line)) {
      const next = lines.slice(i + 1).find((text) => !isBlank(text));
      if (next !== undefined && indentWidth(next) >= 4) return undefined;
      continue;
    }
    if (row) row.endLine = i + 1;
    for (const tag of line.matchAll(TAG)) {
      const closing = tag[1] === '/';
      const name = tag[2].toLowerCase();
      if (name === 'table' && !closing && i > from) return undefined;
      if (name === 'table' && closing) {
        end = i;
        break scan;
      }
      if (name !== 'tr') continue;
      if (closing) row = undefined;
      else {
        // A row left open ends where the next begins.
        if (row) row.endLine = Math.max(row.startLine, i);
        row = { startLine: i + 1, endLine: i + 1 };
        rows.push(row);
      }
    }
  }
  if (end === -1) return undefined;

  const cells = rows.map((r) => rowCells(lines, r.startLine, r.endLine));
  // By column: how many rows still to come a cell above spans into.
  const spanning: number[] = [];
  const spannedBefore = cells.map((own) => {
    const spanned = spanning.flatMap((rowsLeft, column) => (rowsLeft > 0 ? [column] : []));
    placedCells(own, spanned).forEach((cell, column) => {
      if (cell) for (let k = 0; k < cell.colspan; k++) spanning[column + k] = cell.rowspan;
    });
    spanning.forEach((_, column) => spanning[column]--);
    return spanned;
  });
  // The header: the rows before the first that links anything (names, over one row or two).
  const firstLinking = cells.findIndex((own) =>
    own.some((c) => LINK_TAG.test(lines[c.line - 1].slice(c.start, c.end))),
  );
  const headerRows = firstLinking === -1 ? rows.length : firstLinking;
  const columns: string[] = [];
  if (headerRows > 0) {
    placedCells(cells[0], []).forEach((c, at) => {
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
        htmlRow: { spannedColumns: spannedBefore[headerRows + at] },
      };
    }),
  };
}
