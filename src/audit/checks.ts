/**
 * What an audit finds besides the rules: the checks that need the world outside the list (arXiv,
 * Semantic Scholar, the web), each with an id, a severity and a page, like a rule.
 */
import type { Finding } from '../check/engine.js';
import { ruleDocUrl } from '../check/rules/index.js';
import type { RuleId, Severity } from '../check/rules/types.js';

export const AUDIT_CHECKS = [
  {
    id: 'published',
    severity: 'warning',
    fix: true,
    description:
      "A paper the list still writes as a preprint has appeared since: arXiv's journal reference or DOI (or Semantic Scholar) names where; the venue and year written in the list's own form.",
  },
  {
    id: 'arxiv-withdrawn',
    severity: 'warning',
    fix: false,
    description: "arXiv's latest version of the paper withdraws it.",
  },
  {
    id: 'link-dead',
    severity: 'warning',
    fix: false,
    description: 'A link answers 404 or 410, or its host does not exist or refuses connections.',
  },
  {
    id: 'link-moved',
    severity: 'warning',
    fix: true,
    description: 'A link redirects for good (301, 308) to a page that answers: the new URL.',
  },
] as const satisfies readonly { id: string; severity: Severity; fix: boolean; description: string }[];

export type AuditCheckId = (typeof AUDIT_CHECKS)[number]['id'];

/** A finding of the audit: a rule's or an audit check's, with the entry it is about and what it rests on. */
export interface AuditFinding extends Omit<Finding, 'rule'> {
  readonly rule: RuleId | AuditCheckId;
  /** The entry's place among the list's entries (0 for the first): fixes move lines, never entries. */
  readonly rank: number;
  /** The entry's title, as the list writes it. */
  readonly title: string;
  /** What the finding rests on: the house style, arXiv's record, Semantic Scholar, the HTTP answer. */
  readonly source: string;
}

const AUDIT_DOCS = 'https://github.com/paperlint/paperlint/blob/main/docs/audit.md';

/** The page explaining a check: a rule's own page, or the audit's section for an audit check. */
export function auditDocUrl(id: string): string {
  return AUDIT_CHECKS.some((check) => check.id === id) ? `${AUDIT_DOCS}#${id}` : ruleDocUrl(id);
}
