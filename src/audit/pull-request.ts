/**
 * The scheduled audit as one pull request (the Action's `mode: audit`): the lists are read on the
 * default branch through the API, audited, and every certain fix goes in one commit on the branch
 * `paperlint/audit`, made with the Git Data API (no checkout, no git). One pull request carries it:
 * opened once, edited by later runs (the branch moved to a fresh commit on the newest default
 * branch), closed with a comment when nothing is left. The default branch is never written; a
 * branch holding commits paperlint did not make is never overwritten (the run says so on the pull
 * request instead); a proposal a maintainer closed unmerged is not made again unchanged.
 */
import { ConfigError } from '../errors.js';
import type { Settings } from '../check/engine.js';
import type { GitHub } from '../github/api.js';
import {
  RefusedWrite,
  type AheadCommit,
  type GitData,
  type Pull,
  type Repository,
} from '../github/git-data.js';
import { count } from '../report/format.js';
import { codeSpan, neutralize } from '../review/markdown.js';
import { globMatcher } from '../review/globs.js';
import { auditAndFix, type AuditServices } from './audit.js';
import {
  COMMIT_TRAILER,
  commitMessage,
  proposalIn,
  proposalOf,
  pullBody,
  pullTitle,
  type ListAudit,
  type Place,
} from './body.js';

export const AUDIT_BRANCH = 'paperlint/audit';

export interface AuditPullOptions {
  /** The lists, as the `files` input names them (globs). */
  readonly files: readonly string[];
  readonly configPath: string;
  readonly configRequired: boolean;
  readonly serverUrl: string;
  readonly services: AuditServices;
}

export interface AuditHost {
  info(message: string): void;
  notice(message: string): void;
  summary(markdown: string): Promise<void>;
}

export type AuditPullAction =
  /** A pull request was opened, or the open one brought up to date. */
  | 'opened'
  | 'updated'
  /** The open pull request already proposes exactly this on this base. */
  | 'unchanged'
  /** Nothing left to fix: the open pull request was closed (or there was none). */
  | 'closed'
  | 'nothing'
  /** The branch has commits paperlint did not make: left as it is. */
  | 'held'
  /** A maintainer closed this very proposal unmerged: not made again. */
  | 'declined';

export interface AuditPullOutcome {
  readonly action: AuditPullAction;
  readonly url: string;
  readonly changes: number;
  /** Findings left without a fix. */
  readonly findings: number;
  readonly errors: number;
}

const heldMarker = (sha: string) => `<!-- paperlint audit held=${sha} -->`;

export async function auditPullRequest(
  github: GitHub,
  git: GitData,
  repository: Repository,
  options: AuditPullOptions,
  host: AuditHost,
): Promise<AuditPullOutcome> {
  const defaultBranch = await git.defaultBranch(repository);
  if (defaultBranch === AUDIT_BRANCH) {
    throw new RefusedWrite(`the default branch is ${AUDIT_BRANCH}: the audit will not write to it`);
  }
  const [baseSha, auditHead, openPulls] = await Promise.all([
    git.branchHead(repository, defaultBranch),
    git.branchHead(repository, AUDIT_BRANCH),
    git.pullsFrom(repository, AUDIT_BRANCH, 'open'),
  ]);
  if (baseSha === undefined) throw new Error(`the default branch ${defaultBranch} has no commit`);
  const base = await git.commit(repository, baseSha);
  const place: Place = { ...repository, serverUrl: options.serverUrl, branch: defaultBranch, sha: baseSha };

  const lists = await auditLists(github, git, repository, base, options, host);
  const changes = lists.reduce((sum, list) => sum + list.changes.length, 0);
  const left = lists.flatMap((list) => list.final.findings.filter((f) => f.fix === null));
  const outcome = (action: AuditPullAction, url = '') => ({
    action,
    url,
    changes,
    findings: left.length,
    errors: left.filter((f) => f.severity === 'error').length,
  });
  const proposal = proposalOf(lists);
  const body = pullBody(lists, place, proposal);
  await host.summary(changes > 0 ? body : nothingLeftSummary(lists, place));

  // Only a branch of this repository can head these pull requests, so only people who may push to
  // it can have opened one: the audit's is the one whose body starts with its marker. Another is a
  // maintainer's, and is left alone.
  const ours = openPulls.find((pull) => proposalIn(pull.body) !== undefined);
  if (openPulls.length > 0 && !ours) {
    host.notice(`A pull request from ${AUDIT_BRANCH} that paperlint did not open is open: leaving it alone.`);
    return outcome('held', openPulls[0].url);
  }
  const ahead = auditHead === undefined ? [] : await git.ahead(repository, baseSha, auditHead);
  const hold = async (foreign: AheadCommit) => {
    const note =
      `${AUDIT_BRANCH} has commits paperlint did not make (${foreign.sha.slice(0, 7)} by ${codeSpan(foreign.author)}): ` +
      'paperlint leaves the branch as it is and does not force-push.';
    host.notice(note.replace(/`/g, ''));
    if (ours)
      await commentOnce(
        git,
        repository,
        ours,
        heldComment(note, changes, auditHead!),
        heldMarker(auditHead!),
      );
    return outcome('held', ours?.url);
  };
  const unmarked = ahead.find((commit) => !commit.message.includes(COMMIT_TRAILER));
  if (unmarked) return hold(unmarked);

  if (changes === 0) {
    if (!ours) return outcome('nothing');
    await git.comment(repository, ours.number, closingComment(lists, place));
    await git.editPull(repository, ours.number, { state: 'closed' });
    host.info(`Nothing left to fix: closed ${ours.url}.`);
    return outcome('closed', ours.url);
  }

  const onBase = ahead.length === 1 && (await git.commit(repository, ahead[0].sha)).parents[0] === baseSha;
  if (ours && proposalIn(ours.body) === proposal && onBase && ours.headSha === auditHead) {
    host.info(`${ours.url} already proposes these ${count(changes, 'change')} on ${defaultBranch} as it is.`);
    return outcome('unchanged', ours.url);
  }
  if (!ours) {
    const declined = (await git.pullsFrom(repository, AUDIT_BRANCH, 'closed')).find(
      (pull) => !pull.merged && proposalIn(pull.body) === proposal,
    );
    if (declined) {
      host.notice(
        `${declined.url} proposed these same changes and was closed without merging: not proposing them again until they change.`,
      );
      return outcome('declined', declined.url);
    }
  }

  const files = lists
    .filter((list) => list.changes.length > 0)
    .map((list) => ({ path: list.path, mode: list.mode, text: list.text }));
  const commit = await git.commitFiles(repository, {
    parent: baseSha,
    parentTree: base.tree,
    files,
    message: commitMessage(lists, proposal),
  });
  // The token writes itself in a commit the way it wrote the branch's commits, or someone else did
  // (a maintainer's commit carrying the trailer, or one of paperlint's amended).
  const impostor = ahead.find((c) => c.author !== commit.author || c.committer !== commit.committer);
  if (impostor) return hold(impostor);
  await git.setBranch(repository, AUDIT_BRANCH, commit.sha, auditHead !== undefined);
  const title = pullTitle(lists);
  if (ours) {
    await git.editPull(repository, ours.number, { title, body });
    host.info(`Updated ${ours.url}: ${count(changes, 'change')}.`);
    return outcome('updated', ours.url);
  }
  const url = await git.openPull(repository, { head: AUDIT_BRANCH, base: defaultBranch, title, body });
  host.info(`Opened ${url}: ${count(changes, 'change')}.`);
  return outcome('opened', url);
}

interface AuditedList extends ListAudit {
  readonly mode: string;
  /** The fixed text. */
  readonly text: string;
}

/** Every list the `files` input names, read at the default branch's head and audited with its fixes. */
async function auditLists(
  github: GitHub,
  git: GitData,
  repository: Repository,
  base: { sha: string; tree: string },
  options: AuditPullOptions,
  host: AuditHost,
): Promise<AuditedList[]> {
  const [{ files, complete }, configText] = await Promise.all([
    git.files(repository, base.tree),
    github.fileText(repository, options.configPath, base.sha),
  ]);
  if (!complete)
    host.notice('GitHub cut the listing of this repository short: lists deep in it may be missed.');
  if (configText === undefined && options.configRequired) {
    throw new ConfigError(`${options.configPath} is not on the default branch: check the \`config\` input.`);
  }
  const settings: Settings =
    configText === undefined
      ? {}
      : (await import('../config.js')).parseConfig(configText, options.configPath);
  const wanted = globMatcher(options.files);
  const lists = files.filter((file) => wanted.matches(file.path));
  for (const pattern of wanted.unmatched(files.map((file) => file.path))) {
    host.notice(`No file on the default branch matches ${pattern}.`);
  }
  const audited: AuditedList[] = [];
  for (const file of lists) {
    const text = await github.fileText(repository, file.path, base.sha);
    if (text === undefined) continue;
    host.info(`Auditing ${file.path}.`);
    const fixed = await auditAndFix({ path: file.path, text, settings }, options.services);
    audited.push({
      path: file.path,
      mode: file.mode,
      text: fixed.text,
      changes: fixed.changes,
      final: fixed.final,
    });
  }
  return audited;
}

/** Posts a comment unless one with this marker is there already. */
async function commentOnce(git: GitData, repository: Repository, pull: Pull, body: string, marker: string) {
  const earlier = await git.comments(repository, pull.number);
  if (earlier.some((comment) => comment.startsWith(marker))) return;
  await git.comment(repository, pull.number, body);
}

function heldComment(note: string, changes: number, head: string): string {
  return [
    heldMarker(head),
    `paperlint: ${neutralize(note)}`,
    '',
    `Today's audit has ${count(changes, 'change')} to propose. To have them proposed again, merge or close this pull request ` +
      `and delete the branch ${codeSpan(AUDIT_BRANCH)}; the next run starts it afresh.`,
  ].join('\n');
}

function leftLine(lists: readonly ListAudit[]): string {
  const left = lists.reduce((sum, list) => sum + list.final.findings.length, 0);
  return left > 0
    ? ` ${count(left, 'finding')} without a certain fix remain: \`paperlint audit\` lists them.`
    : '';
}

function closingComment(lists: readonly ListAudit[], place: Place): string {
  return `paperlint: nothing is left to fix on ${codeSpan(place.branch)} at ${place.sha.slice(0, 7)} (these changes are in, or no longer apply), so I am closing this pull request.${leftLine(lists)}`;
}

function nothingLeftSummary(lists: readonly ListAudit[], place: Place): string {
  return `### paperlint audit\n\nNothing to fix in ${lists.map((list) => codeSpan(list.path)).join(', ') || 'the lists'} on ${codeSpan(place.branch)} at ${place.sha.slice(0, 7)}.${leftLine(lists)}`;
}
