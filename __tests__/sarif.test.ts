import { describe, expect, it } from '@jest/globals';
import { toBeValidSarifLog } from '@microsoft/jest-sarif';
import type { Log, Region } from 'sarif';
import { applyFixes } from '../src/check/fix.js';
import { lint, type LintResult } from '../src/check/engine.js';
import { formatSarif } from '../src/report/sarif.js';
import { RULES, ruleDocUrl } from '../src/check/rules/index.js';
import { DELTA, deltaStyleList, readFixture } from './helpers.js';

const GOOD = readFixture(DELTA).split('\n').slice(78, 81).join('\n');
/** Entries whose fixes insert a line, re-indent, and edit twice within one line. */
const SPREAD = deltaStyleList(
  [
    GOOD.replace('\n\n', '\n'),
    GOOD.replace('LoRA: Low', 'QLoRA: Low')
      .replace('2106.09685', '2305.14314')
      .replace('  *Edward', '      *Edward'),
    GOOD.replace('LoRA: Low', 'DoRA: Low')
      .replace('2022. ![]', '2022.![]')
      .replace('arxiv.org/abs/2106.09685', 'arxiv.org/pdf/2402.09353v2.pdf'),
  ].join('\n\n'),
);

async function sarifOf(path: string, text: string): Promise<{ log: Log; result: LintResult }> {
  const result = await lint({ path, text });
  return { log: JSON.parse(formatSarif([result], '1.2.3')), result };
}

/** Replaces a SARIF region (1-based, end column exclusive) of `text`. */
function replaceRegion(text: string, region: Region, inserted: string): string {
  const lineStarts = [0];
  for (let i = 0; i < text.length; i++) if (text[i] === '\n') lineStarts.push(i + 1);
  const offset = (line: number, column: number) => lineStarts[line - 1] + column - 1;
  const from = offset(region.startLine!, region.startColumn!);
  const to = offset(region.endLine!, region.endColumn!);
  return text.slice(0, from) + inserted + text.slice(to);
}

describe('--format sarif', () => {
  it.each([
    ['the reference list', 'README.md', readFixture(DELTA)],
    ['a list needing line and in-line fixes', 'lists/new papers.md', SPREAD],
  ])('is a valid SARIF 2.1.0 log for %s', async (_name, path, text) => {
    const { log } = await sarifOf(path, text);
    const verdict = toBeValidSarifLog(log);
    expect(verdict.pass ? 'valid' : verdict.message()).toBe('valid');
    expect(log.version).toBe('2.1.0');
    expect(log.runs).toHaveLength(1);
    // The schema check can fail: a wrong level is caught.
    const results = log.runs[0].results!.map((r) => ({ ...r, level: 'fatal' }));
    expect(toBeValidSarifLog({ ...log, runs: [{ ...log.runs[0], results }] }).pass).toBe(false);
  });

  it('describes every rule: id, description, help URI, default level', async () => {
    const { log } = await sarifOf('README.md', readFixture(DELTA));
    const { driver } = log.runs[0].tool;
    expect(driver).toMatchObject({ name: 'paperlint', version: '1.2.3' });
    expect(driver.rules).toEqual(
      RULES.map((rule) => ({
        id: rule.id,
        shortDescription: { text: rule.description },
        helpUri: ruleDocUrl(rule.id),
        defaultConfiguration: { level: rule.severity },
        properties: { fixable: rule.fix !== undefined },
      })),
    );
  });

  it('has one result per finding: rule, level, message, file, line and column', async () => {
    const { log, result } = await sarifOf('lists/new papers.md', SPREAD);
    const results = log.runs[0].results!;
    expect(results.map((r) => [r.ruleId, log.runs[0].tool.driver.rules![r.ruleIndex!].id])).toEqual(
      result.findings.map((f) => [f.rule, f.rule]),
    );
    expect(
      results.map((r) => ({ level: r.level, text: r.message.text, at: r.locations![0].physicalLocation })),
    ).toEqual(
      result.findings.map((f) => ({
        level: f.severity,
        text: f.message,
        at: {
          artifactLocation: { uri: 'lists/new%20papers.md' },
          region: { startLine: f.line, startColumn: f.column, endLine: f.endLine },
        },
      })),
    );
  });

  it('carries each fix as the smallest replacement, which makes the same text as --fix', async () => {
    const { log, result } = await sarifOf('README.md', SPREAD);
    const results = log.runs[0].results!;
    const fixed = result.findings.filter((f) => f.fix);
    expect(fixed.map((f) => f.rule).sort()).toEqual(
      ['arxiv-abs', 'badge-spacing', 'blank-line', 'indent'].sort(),
    );
    result.findings.forEach((finding, i) => {
      const fixes = results[i].fixes;
      if (!finding.fix) return expect(fixes).toBeUndefined();
      expect(fixes).toHaveLength(1);
      const [change] = fixes![0].artifactChanges;
      expect(change.artifactLocation.uri).toBe('README.md');
      const [replacement] = change.replacements;
      expect(replaceRegion(SPREAD, replacement.deletedRegion, replacement.insertedContent!.text!)).toBe(
        applyFixes(SPREAD, [finding.fix]).text,
      );
      // The smallest edit: a URL fix does not rewrite the whole author line.
      if (finding.rule === 'arxiv-abs') expect(replacement.insertedContent!.text).toBe('abs/2402.09353v2');
    });
  });
});
