/**
 * SARIF 2.1.0, for GitHub code scanning and other SARIF viewers: the rules paperlint runs (id,
 * description, doc page, default level) and one result per finding, with its place and, where
 * there is one, its fix as the smallest text replacement.
 */
import { isAbsolute, sep } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { ArtifactLocation, Fix, Log, ReportingDescriptor, Result } from 'sarif';
import { fixEdit } from '../check/fix.js';
import type { ReportedFinding, ReportedResult } from './format.js';
import type { SourceText } from '../read/text.js';
import { RULES, ruleDocUrl } from '../check/rules/index.js';

const INFORMATION_URI = 'https://github.com/paperlint/paperlint';

/** A check SARIF describes besides the rules (the audit's). */
export interface CheckDescriptor {
  readonly id: string;
  readonly description: string;
  readonly helpUri: string;
  readonly severity: 'error' | 'warning';
  readonly fix: boolean;
}

export function formatSarif(
  results: readonly ReportedResult[],
  version: string,
  checks: readonly CheckDescriptor[] = [],
): string {
  const rules: ReportingDescriptor[] = [
    ...RULES.map((rule) => ({
      id: rule.id,
      description: rule.description,
      helpUri: ruleDocUrl(rule.id),
      severity: rule.severity,
      fix: rule.fix !== undefined,
    })),
    ...checks,
  ].map((check) => ({
    id: check.id,
    shortDescription: { text: check.description },
    helpUri: check.helpUri,
    defaultConfiguration: { level: check.severity },
    properties: { fixable: check.fix },
  }));
  const ruleIndex = new Map(rules.map((rule, index) => [rule.id, index]));
  const log: Log = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: { driver: { name: 'paperlint', version, informationUri: INFORMATION_URI, rules } },
        columnKind: 'utf16CodeUnits',
        results: results.flatMap((result) =>
          result.findings.map((finding) => toResult(finding, result.source, ruleIndex.get(finding.rule))),
        ),
      },
    ],
  };
  return JSON.stringify(log, null, 2);
}

function toResult(finding: ReportedFinding, source: SourceText, ruleIndex: number | undefined): Result {
  const artifactLocation = artifactOf(finding.path);
  return {
    ruleId: finding.rule,
    ...(ruleIndex === undefined ? {} : { ruleIndex }),
    level: finding.severity,
    message: { text: finding.message },
    locations: [
      {
        physicalLocation: {
          artifactLocation,
          region: { startLine: finding.line, startColumn: finding.column, endLine: finding.endLine },
        },
      },
    ],
    ...(finding.fix ? { fixes: [toFix(finding, source, artifactLocation)] } : {}),
  };
}

function toFix(finding: ReportedFinding, source: SourceText, artifactLocation: ArtifactLocation): Fix {
  const edit = fixEdit(source, finding.fix!);
  return {
    description: { text: `Fix ${finding.rule}` },
    artifactChanges: [
      {
        artifactLocation,
        replacements: [
          {
            deletedRegion: {
              startLine: edit.startLine,
              startColumn: edit.startColumn,
              endLine: edit.endLine,
              endColumn: edit.endColumn,
            },
            insertedContent: { text: edit.text },
          },
        ],
      },
    ],
  };
}

/** A relative path stays relative (code scanning resolves it from the checkout); an absolute one becomes a file: URI. */
function artifactOf(path: string): ArtifactLocation {
  if (isAbsolute(path)) return { uri: pathToFileURL(path).href };
  return { uri: path.split(sep).map(encodeURIComponent).join('/') };
}
