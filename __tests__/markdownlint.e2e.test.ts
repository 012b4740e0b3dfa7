import { describe, expect, it } from '@jest/globals';
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { applyFixes } from '../src/check/fix.js';

// markdownlint-cli2 loading the bundled rules (dist/markdownlint.js), as an editor or CI would.
const root = fileURLToPath(new URL('..', import.meta.url));
const EXAMPLE = readFileSync(join(root, 'example/README.md'), 'utf8');
const node = process.env.PAPERLINT_NODE ?? process.execPath;

interface CliFinding {
  line: number;
  column: number;
  rule: string;
  message: string;
  fix: { line: number; endLine: number; replacement: string } | null;
}

/** A folder with the list and a .markdownlint-cli2.jsonc that runs only paperlint's rules. */
function project(text: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'paperlint-mdl-'));
  writeFileSync(join(dir, 'README.md'), text);
  writeFileSync(
    join(dir, '.markdownlint-cli2.jsonc'),
    JSON.stringify({
      config: { default: false, paperlint: true },
      customRules: [join(root, 'dist/markdownlint.js')],
    }),
  );
  return dir;
}

function markdownlint(dir: string, ...args: string[]) {
  const bin = join(root, 'node_modules/markdownlint-cli2/markdownlint-cli2-bin.mjs');
  const result = spawnSync(node, [bin, ...args, 'README.md'], { cwd: dir, encoding: 'utf8' });
  const reported = `${result.stdout}${result.stderr}`
    .split('\n')
    .flatMap((line) => {
      const match = /^README\.md:(\d+)(?::(\d+))? error paperlint-(\S+) .*? \[(.*)\]$/.exec(line);
      return match ? [`${match[1]}:${match[2]} ${match[3]} ${match[4]}`] : [];
    })
    .sort();
  return { status: result.status, reported };
}

function paperlint(dir: string): CliFinding[] {
  const cli = join(root, 'dist/cli.js');
  const result = spawnSync(node, [cli, '--format', 'json', 'README.md'], { cwd: dir, encoding: 'utf8' });
  return JSON.parse(result.stdout).findings;
}

const asReported = (findings: CliFinding[]) =>
  findings.map((f) => `${f.line}:${f.column} ${f.rule} ${f.message}`).sort();

describe('paperlint/markdownlint under markdownlint-cli2', () => {
  it('reports the findings the CLI reports on the example list', () => {
    const dir = project(EXAMPLE);
    const findings = paperlint(dir);
    expect(findings.length).toBeGreaterThan(5);
    const { status, reported } = markdownlint(dir);
    expect(status).toBe(1);
    expect(reported).toEqual(asReported(findings));
  });

  it('applies the same fixes with --fix, two on one line included', () => {
    const dir = project(EXAMPLE);
    const findings = paperlint(dir);
    const fixes = findings.flatMap((f) => (f.fix ? [f.fix] : []));
    const fixedLines = fixes.map((fix) => fix.line);
    expect(fixedLines.length).toBeGreaterThan(new Set(fixedLines).size); // some line has two fixes
    markdownlint(dir, '--fix');
    expect(readFileSync(join(dir, 'README.md'), 'utf8')).toBe(applyFixes(EXAMPLE, fixes).text);
  });

  it("reads the repository's .github/paperlint.yml, as the CLI does", () => {
    const dir = project(EXAMPLE);
    execFileSync('git', ['init', '-q'], { cwd: dir });
    mkdirSync(join(dir, '.github'));
    writeFileSync(join(dir, '.github/paperlint.yml'), 'rules:\n  arxiv-abs: off\n');
    const findings = paperlint(dir);
    expect(findings.map((f) => f.rule)).not.toContain('arxiv-abs');
    expect(markdownlint(dir).reported).toEqual(asReported(findings));
  });
});
