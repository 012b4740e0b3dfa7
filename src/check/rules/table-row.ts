import type { Rule } from './types.js';

export const tableRow: Rule = {
  id: 'table-row',
  severity: 'warning',
  severityNote: 'error for a row with more cells than columns, which GitHub does not show',
  description: "A table row has one cell per column of its table's header.",
  scope: 'line',
  resources: true,
  check(entry, { convention }) {
    const cells = entry.cells;
    // GitHub drops the cells past the header's last column, and leaves missing ones empty. A row that
    // loses only what shows nothing or what its author hides on purpose (`| [//]: #note`) loses nothing.
    if (!cells || cells.count === cells.columns || cells.count - cells.unshown === cells.columns) return [];
    const extra = cells.count > cells.columns;
    // A short row renders whole (its missing cells show empty): a slip only where the list fills its rows.
    if (!extra && !convention.tableRowsFull) return [];
    return [
      {
        line: entry.startLine,
        column: 1,
        message: extra
          ? `This row has ${cells.count} cells but the table has ${cells.columns} columns: the last ${cells.count - cells.columns} will not be shown. Is a \`|\` missing its \`\\\`, or a column missing from the header?`
          : `This row has ${cells.count} cells but the table has ${cells.columns} columns: add the missing ${cells.columns - cells.count === 1 ? 'cell' : 'cells'} (empty if need be: \`| |\`).`,
        severity: extra ? 'error' : 'warning',
      },
    ];
  },
};
