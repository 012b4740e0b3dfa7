/**
 * What the audit's pull request says: its title, its commit message, and its body listing every
 * change (where, the entry, the text before and after, why, and what it rests on) and every finding
 * left to the maintainer. Text from the list is made inert (no mentions, no HTML, no forged marker).
 */
import { createHash } from 'node:crypto';
import { count } from '../report/format.js';
import { codeSpan, MAX_BODY, tableCell, urlPath } from '../review/markdown.js';
import type { AuditChange, AuditResult, UncheckedLink } from './audit.js';
import { AUDIT_CHECKS, auditDocUrl, type AuditFinding } from './checks.js';

/** One list's audit, as the pull request reports it. */
export interface ListAudit {
  readonly path: string;
  readonly changes: readonly AuditChange[];
  readonly final: AuditResult;
}

export interface Place {
  readonly serverUrl: string;
  readonly owner: string;
  readonly repo: string;
  readonly branch: string;
  readonly sha: string;
}

/** `<!-- paperlint audit proposal=… -->`: which changes a pull request proposes (its first line). */
const PROPOSAL = /^<!-- paperlint audit proposal=([0-9a-f]{16}) -->/;
/** The trailer of paperlint's own audit commits. */
export const COMMIT_TRAILER = 'Paperlint-Audit:';

/** A fingerprint of the changes proposed: the same changes give the same one, whatever the base. */
export function proposalOf(lists: readonly ListAudit[]): string {
  const lines = lists
    .flatMap((list) =>
      list.changes.map((c) => [list.path, c.rule, c.entryKey, c.removed, c.inserted].join('\u0000')),
    )
    .sort();
  return createHash('sha256').update(lines.join('\n')).digest('hex').slice(0, 16);
}

/** The proposal a pull request body names, if it is one of the audit's. */
export function proposalIn(body: string): string | undefined {
  return PROPOSAL.exec(body)?.[1];
}

const changeCount = (lists: readonly ListAudit[]) =>
  lists.reduce((sum, list) => sum + list.changes.length, 0);

export function pullTitle(lists: readonly ListAudit[]): string {
  const paths = lists.filter((list) => list.changes.length > 0).map((list) => list.path);
  const where = paths.length === 1 ? paths[0] : count(paths.length, 'list');
  return `paperlint audit: ${count(changeCount(lists), 'fix', 'fixes')} to ${where}`;
}

export function commitMessage(lists: readonly ListAudit[], proposal: string): string {
  const lines = lists.flatMap((list) =>
    list.changes.map((c) => `- ${list.path}:${c.line} ${c.rule}: ${oneLine(c.message)}`),
  );
  return `${pullTitle(lists)}\n\n${lines.join('\n')}\n\n${COMMIT_TRAILER} ${proposal}\n`;
}

const oneLine = (text: string) => text.replace(/\s+/g, ' ').trim();

function lineLink(place: Place, path: string, line: number): string {
  const url = `${place.serverUrl}/${place.owner}/${place.repo}/blob/${place.sha}/${urlPath(path)}#L${line}`;
  return `[${tableCell(`${path}:${line}`)}](${url})`;
}

function checkLink(rule: string): string {
  return `[${rule}](${auditDocUrl(rule)})`;
}

/** Findings left to the maintainer, the audit's own checks first, then errors, then warnings. */
function leftOver(findings: readonly AuditFinding[]): AuditFinding[] {
  const own = (f: AuditFinding) => AUDIT_CHECKS.some((check) => check.id === f.rule);
  const rank = (f: AuditFinding) => (own(f) ? 0 : f.severity === 'error' ? 1 : 2);
  return findings.filter((f) => f.fix === null).sort((a, b) => rank(a) - rank(b));
}

/** The shown text of a change: what it replaced and what it wrote, as code (nothing renders). */
function changeText(change: AuditChange): string {
  const show = (text: string) =>
    text === '' ? '(nothing)' : codeSpan(text.length > 160 ? `${text.slice(0, 160)}…` : text);
  return `${show(change.removed)} → ${show(change.inserted)}`;
}

export function pullBody(lists: readonly ListAudit[], place: Place, proposal: string): string {
  const changes = lists.flatMap((list) => list.changes.map((change) => ({ path: list.path, change })));
  const left = lists.flatMap((list) =>
    leftOver(list.final.findings).map((finding) => ({ path: list.path, finding })),
  );
  const unchecked: UncheckedLink[] = lists.flatMap((list) => list.final.unchecked);
  const head = [
    `<!-- paperlint audit proposal=${proposal} -->`,
    '### paperlint audit',
    '',
    `I checked every entry of ${lists.map((list) => codeSpan(list.path)).join(', ')} on ${codeSpan(place.branch)} ` +
      `at ${place.sha.slice(0, 7)} and made the ${count(changes.length, 'change')} below, each one certain from its ` +
      'source and checked to render as the list writes it. Merge as it is, or push edits to this branch: ' +
      'paperlint never overwrites commits it did not make.',
  ];
  const changeRows = changes.map(
    ({ path, change }) =>
      `| ${lineLink(place, path, change.line)} | ${tableCell(change.title)} | ${changeText(change)} | ` +
      `${tableCell(change.message)} ${checkLink(change.rule)} | ${tableCell(change.source)} |`,
  );
  const leftRows = left.map(
    ({ path, finding }) =>
      `| ${lineLink(place, path, finding.line)} | ${tableCell(finding.title)} | ${finding.severity} | ` +
      `${tableCell(finding.message)} ${checkLink(finding.rule)} | ${tableCell(finding.source)} |`,
  );
  // Every change is listed: in the body as far as it holds, in the commit message always.
  let room = MAX_BODY - head.join('\n').length - 1000;
  const take = (rows: readonly string[], more: (n: number) => string): string[] => {
    const kept: string[] = [];
    for (const row of rows) {
      if (row.length + 1 > room) break;
      kept.push(row);
      room -= row.length + 1;
    }
    return kept.length < rows.length ? [...kept, '', more(rows.length - kept.length)] : kept;
  };
  const uncheckedRows = unchecked.map(
    (link) => `- ${lineLink(place, link.path, link.line)} ${codeSpan(link.url)}: ${tableCell(link.reason)}`,
  );
  const sections = [
    ...head,
    '',
    `#### Changes (${changes.length})`,
    '',
    '| Where | Entry | Change | Why | Source |',
    '| --- | --- | --- | --- | --- |',
    ...take(changeRows, (n) => `_…and ${count(n, 'more change')}, listed in the commit message._`),
  ];
  if (left.length > 0) {
    sections.push(
      '',
      `#### Left for you (${left.length})`,
      '',
      'No change is certain for these: each needs a look.',
      '',
      '| Where | Entry | Severity | What | Source |',
      '| --- | --- | --- | --- | --- |',
      ...take(leftRows, (n) => `_…and ${count(n, 'more')}: \`paperlint audit\` lists them all._`),
    );
  }
  if (unchecked.length > 0) {
    sections.push(
      '',
      `<details><summary>${count(unchecked.length, 'link')} could not be checked this time (a busy or slow site, a refused robot): not reported as dead</summary>`,
      '',
      ...take(uncheckedRows, (n) => `…and ${count(n, 'more')}.`),
      '',
      '</details>',
    );
  }
  return sections.join('\n');
}
