import { r as ruleDocUrl } from './format.js';

const AUDIT_CHECKS = [
    {
        id: 'published',
        severity: 'warning',
        fix: true,
        description: "A paper the list still writes as a preprint has appeared since: arXiv's journal reference or DOI (or Semantic Scholar) names where; the venue and year written in the list's own form.",
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
];
const AUDIT_DOCS = 'https://github.com/paperlint/paperlint/blob/main/docs/audit.md';
/** The page explaining a check: a rule's own page, or the audit's section for an audit check. */
function auditDocUrl(id) {
    return AUDIT_CHECKS.some((check) => check.id === id) ? `${AUDIT_DOCS}#${id}` : ruleDocUrl(id);
}

export { AUDIT_CHECKS as A, auditDocUrl as a };
