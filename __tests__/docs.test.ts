/** The README says what the code does: its rules table is generated from the rule objects. */
import { describe, expect, it } from '@jest/globals';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { RULES } from '../src/rules/index.js';

const root = fileURLToPath(new URL('..', import.meta.url));
const README = readFileSync(join(root, 'README.md'), 'utf8');

const rulesTable = (...args: string[]) =>
  spawnSync(process.execPath, [join(root, 'scripts/rules-table.mjs'), ...args], { encoding: 'utf8' });

describe("README's rules table (issue 17, item 23)", () => {
  it('is what `npm run rules-table` writes from the rule objects now', () => {
    const run = rulesTable('--check');
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
  });

  it('lists every rule once, with its default severity and when findings differ', () => {
    const rows = README.split('\n').filter((line) => line.startsWith('| [`'));
    expect(rows.map((row) => /^\| \[`([^`]+)`\]/.exec(row)?.[1])).toEqual(RULES.map((rule) => rule.id));
    expect(README).toContain(
      "| [`blank-line`](docs/rules/blank-line.md) | warning (error where the list's contribution guide asks for it) | yes |",
    );
    expect(README).toContain('| [`table-row`](docs/rules/table-row.md) | warning (error for a row with more');
    expect(README).toContain('| [`pdf-missing`](docs/rules/pdf-missing.md) | warning | yes |');
  });

  it('is found stale when a row no longer says what the rule does', () => {
    const copy = join(mkdtempSync(join(tmpdir(), 'paperlint-readme-')), 'README.md');
    writeFileSync(
      copy,
      README.replace(
        '| [`section`](docs/rules/section.md) | warning |',
        '| [`section`](docs/rules/section.md) | error |',
      ),
    );
    const stale = rulesTable('--check', copy);
    expect(stale.status).toBe(1);
    expect(stale.stderr).toContain('is stale: run npm run rules-table');
    expect(rulesTable(copy).status).toBe(0);
    expect(readFileSync(copy, 'utf8')).toBe(README);
  });
});
