/**
 * The audit's reports: the CLI's text, JSON and SARIF, with what only the audit has (what each
 * finding rests on, the links it could not check).
 */
import { formatJson, formatText, terminalSafe, count } from '../report/format.js';
import { formatSarif } from '../report/sarif.js';
import { AUDIT_CHECKS, auditDocUrl } from './checks.js';
import type { AuditResult } from './audit.js';

export const AUDIT_FORMATS = ['text', 'json', 'sarif'] as const;
export type AuditFormat = (typeof AUDIT_FORMATS)[number];

/** Links listed in the text report; JSON lists all of them. */
const SHOWN_UNCHECKED = 20;

export function formatAudit(
  format: AuditFormat,
  results: readonly AuditResult[],
  options: { version: string; color: boolean },
): string {
  const unchecked = results.flatMap((result) => result.unchecked);
  switch (format) {
    case 'json':
      return formatJson(results, { unchecked });
    case 'sarif':
      return formatSarif(
        results,
        options.version,
        AUDIT_CHECKS.map((check) => ({ ...check, helpUri: auditDocUrl(check.id) })),
      );
    case 'text': {
      const lines = [formatText(results, options.color)];
      if (unchecked.length > 0) {
        lines.push(
          `${count(unchecked.length, 'link')} could not be checked (not reported dead: the answer may be temporary):`,
          ...unchecked
            .slice(0, SHOWN_UNCHECKED)
            .map(
              (link) =>
                `  ${terminalSafe(link.path)}:${link.line}  ${terminalSafe(link.url)}  ${link.reason}`,
            ),
        );
        if (unchecked.length > SHOWN_UNCHECKED) {
          lines.push(`  …and ${unchecked.length - SHOWN_UNCHECKED} more (--format json lists them all).`);
        }
      }
      return lines.join('\n');
    }
  }
}
