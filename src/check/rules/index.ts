import { arxivAbs } from './arxiv-abs.js';
import { arxivMetadata } from './arxiv-metadata.js';
import { authorsFormat } from './authors-format.js';
import { badgeColor } from './badge-color.js';
import { badgeMissing } from './badge-missing.js';
import { badgeSpacing } from './badge-spacing.js';
import { blankLine } from './blank-line.js';
import { duplicate } from './duplicate.js';
import { emptyLink } from './empty-link.js';
import { indent } from './indent.js';
import { pdfMissing } from './pdf-missing.js';
import { section } from './section.js';
import { tableRow } from './table-row.js';
import { titleFormat } from './title-format.js';
import type { Rule } from './types.js';

export const RULES: readonly Rule[] = [
  blankLine,
  indent,
  badgeMissing,
  badgeColor,
  badgeSpacing,
  arxivAbs,
  pdfMissing,
  emptyLink,
  titleFormat,
  authorsFormat,
  duplicate,
  section,
  tableRow,
  arxivMetadata,
];

const DOCS_BASE = 'https://github.com/paperlint/paperlint/blob/main/docs/rules';

export function ruleDocUrl(id: string): string {
  return `${DOCS_BASE}/${id}.md`;
}
