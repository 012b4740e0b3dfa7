/**
 * One review of one pull request: read the changed lists through the API, lint what the PR
 * touches, post one review (or fall back to annotations), and report. Shared by the Action and
 * the standalone `paperlint review` command; the Host says how to talk to the user.
 */
import { diffLines, parsePatch } from '../core/diff.js';
import { lint, type Finding, type Settings } from '../core/lint.js';
import { toSource } from '../core/text.js';
import { NotUtf8Error, type GitHub, type PullRequest, type Review } from '../github/api.js';
import { formatAnnotation } from '../report/format.js';
import { globMatcher } from './globs.js';
import { urlPath } from './markdown.js';
import { planReview, REVIEW_MARKER, type FileFindings } from './plan.js';
import { jobSummary } from './summary.js';

export interface Host {
  info(message: string): void;
  notice(message: string): void;
  /** Prints workflow-command lines (annotations). */
  command(line: string): void;
  summary(markdown: string): Promise<void>;
}

export interface ReviewOptions {
  readonly files: readonly string[];
  readonly configPath: string;
  readonly reviewEvent: 'COMMENT' | 'REQUEST_CHANGES';
  readonly suggestions: boolean;
  readonly maxComments: number;
  readonly serverUrl: string;
}

export interface ReviewOutcome {
  readonly findings: readonly Finding[];
  readonly errors: number;
  readonly warnings: number;
  readonly entriesChecked: number;
  readonly reviewUrl: string;
}

const FORK_NOTICE =
  'paperlint could not post a review: this token cannot write to the pull request (a fork PR under the ' +
  '`pull_request` event gets a read-only token). The findings are shown as annotations and in the job summary. ' +
  'To get review comments on fork PRs, run paperlint on `pull_request_target`: it is safe here because ' +
  'paperlint reads the PR through the API and never checks out or runs its code.';

const status = (error: unknown) => (error as { status?: number }).status;

export async function reviewPullRequest(
  github: GitHub,
  pr: PullRequest,
  options: ReviewOptions,
  host: Host,
): Promise<ReviewOutcome> {
  // Everything that does not depend on the files is asked for at once: at most three round trips
  // (these, the files' text, the review), however many files and findings there are.
  const earlier = Promise.all([github.reviewComments(pr), github.reviews(pr)]);
  earlier.catch(() => undefined); // awaited below, where a 403 means a read-only token
  // A list named outright (the default `README.md`) is read at the head commit right away, saving a
  // round trip; it is used only if the PR changes it.
  const headText = new Map(
    options.files
      .filter((pattern) => !/[*?[\]{}]/.test(pattern))
      .map((path) => {
        const text = github.fileText(pr, path, pr.headSha);
        text.catch(() => undefined); // awaited below if the PR changes the file
        return [path, text] as const;
      }),
  );
  // The config comes from the base branch: a PR cannot switch off the checks it is held to.
  const [configText, prFiles] = await Promise.all([
    github.fileText(pr, options.configPath, pr.baseSha),
    github.changedFiles(pr),
  ]);
  // zod and the YAML parser load only for lists that have a config file.
  const settings: Settings =
    configText === undefined
      ? {}
      : (await import('../config.js')).parseConfig(configText, options.configPath);

  const wanted = globMatcher(options.files);
  const present = prFiles.filter((file) => file.status !== 'removed');
  const changed = present.filter((file) => wanted.matches(file.filename));
  for (const pattern of wanted.unmatched(present.map((file) => file.filename))) {
    host.notice(
      `\`files\` pattern "${pattern}" matches no file this pull request changes; nothing checked for it.`,
    );
  }
  const checked = await Promise.all(
    changed.map(async (file): Promise<(FileFindings & { checked: number }) | undefined> => {
      let head: string | undefined;
      try {
        head = await (headText.get(file.filename) ?? github.fileText(pr, file.filename, pr.headSha));
      } catch (error) {
        if (!(error instanceof NotUtf8Error)) throw error;
        host.notice(`${error.message}; skipped.`);
        return undefined;
      }
      if (head === undefined) {
        host.notice(`${file.filename} is not in the PR's head commit; skipped.`);
        return undefined;
      }
      const patch = file.patch !== undefined ? parsePatch(file.patch) : undefined;
      // Without GitHub's patch (a large diff), the changed lines come from the two versions.
      const change =
        patch ??
        diffLines(
          toSource(
            file.status === 'added'
              ? ''
              : ((await github.fileText(pr, file.previousFilename ?? file.filename, pr.baseSha)) ?? ''),
          ).lines,
          toSource(head).lines,
        );
      const result = await lint({ path: file.filename, text: head, change, settings });
      return {
        path: file.filename,
        source: result.source,
        findings: result.findings,
        commentable: patch?.commentable,
        guideUrl: guideUrl(options.serverUrl, pr, file.filename, result.source.lines),
        checked: result.checked,
      };
    }),
  );
  const files = checked.filter((file) => file !== undefined);
  const entriesChecked = files.reduce((sum, file) => sum + file.checked, 0);
  const findings = files.flatMap((file) => file.findings);
  const errors = findings.filter((f) => f.severity === 'error').length;
  const warnings = findings.length - errors;

  let reviewUrl = '';
  let readOnly = false;
  try {
    const [comments, reviews] = await earlier;
    // Markers from the PR's own author are not trusted: they could be forged to silence a finding.
    const trusted = (item: { author: string; authorType: string }) =>
      item.authorType === 'Bot' || item.author !== pr.author;
    const plan = planReview(
      files,
      {
        comments: comments.filter(trusted),
        reviewBodies: reviews
          .filter((r) => trusted(r) && r.body.startsWith(REVIEW_MARKER))
          .map((r) => r.body),
      },
      {
        suggestions: options.suggestions,
        maxComments: options.maxComments,
        headSha: pr.headSha,
        entriesChecked,
      },
    );
    if (plan.review) {
      try {
        reviewUrl = await github.createReview(pr, { ...plan.review, event: options.reviewEvent });
      } catch (error) {
        if (status(error) !== 422) throw error;
        host.info(
          'GitHub refused an inline comment (422); posting every finding in the review body instead.',
        );
        reviewUrl = await github.createReview(pr, {
          body: plan.bodyOnly,
          event: options.reviewEvent,
          comments: [],
        });
      }
      host.info(`Posted a review with ${plan.review.comments.length} inline comments: ${reviewUrl}`);
    } else {
      host.info(
        findings.length === 0
          ? 'No findings: no review posted.'
          : 'Nothing new since the last review: no review posted.',
      );
    }
    for (const comment of plan.fixed) await github.editComment(pr, comment.id, comment.body);
    if (findings.length === 0) {
      // Clean now: the changes paperlint requested are made, so its request must not block the merge.
      const requested = reviews.filter(
        (r) => trusted(r) && r.state === 'CHANGES_REQUESTED' && r.body.startsWith(REVIEW_MARKER),
      );
      for (const review of requested) await dismissFixed(github, pr, review, host);
    }
  } catch (error) {
    if (status(error) !== 403) throw error;
    readOnly = true;
  }

  if (readOnly) {
    for (const finding of findings) host.command(formatAnnotation(finding));
    host.notice(FORK_NOTICE);
  }
  const lineUrl = (path: string, line: number) =>
    `${options.serverUrl}/${pr.owner}/${pr.repo}/blob/${pr.headSha}/${urlPath(path)}#L${line}`;
  await host.summary(
    jobSummary(
      findings,
      { files: files.length, checked: entriesChecked, errors, warnings },
      lineUrl,
      readOnly ? FORK_NOTICE : undefined,
    ),
  );
  return { findings, errors, warnings, entriesChecked, reviewUrl };
}

/** A link to the list's "Contributing…" heading, as GitHub anchors it. */
function guideUrl(
  serverUrl: string,
  pr: PullRequest,
  path: string,
  lines: readonly string[],
): string | undefined {
  const headings = lines.filter((line) => /^#{1,6}\s+.*contribut/i.test(line));
  // "Contributing to this paper list" says how; a bare "Contribution" section often only lists people.
  const heading = headings.find((line) => /contributing/i.test(line)) ?? headings[0];
  if (!heading) return undefined;
  const slug = heading
    .replace(/^#+\s+/, '')
    .trim()
    .toLowerCase()
    .replace(/[^\p{L}\p{N}\s_-]/gu, '')
    .replace(/\s/g, '-');
  return `${serverUrl}/${pr.owner}/${pr.repo}/blob/${pr.baseSha}/${urlPath(path)}#${slug}`;
}

const DISMISS_MESSAGE = 'paperlint: every finding of this review is fixed; the requested changes are made.';

/** Dismisses paperlint's own request for changes; a refusal (a protected branch's rules) is a notice. */
async function dismissFixed(github: GitHub, pr: PullRequest, review: Review, host: Host) {
  try {
    await github.dismissReview(pr, review.id, DISMISS_MESSAGE);
    host.info(`The pull request is clean: dismissed the request for changes ${review.url}`);
  } catch (error) {
    host.notice(
      `The pull request is clean, but GitHub refused to dismiss paperlint's request for changes ` +
        `(${status(error) ?? (error as Error).message}): ${review.url}. A maintainer can dismiss it.`,
    );
  }
}
