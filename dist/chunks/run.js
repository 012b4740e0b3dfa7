import { q as count, r as ruleDocUrl, t as terminalSafe, A as parsePatch, B as diffLines, o as lint, C as formatAnnotation, D as exactBudget } from './format.js';
import { t as toSource } from './record.js';
import { C as ConfigError } from './errors.js';
import { NotUtf8Error, refusal } from './api.js';
import { g as globMatcher } from './globs.js';
import { l as later, s as startReads } from './reads.js';
import { n as neutralize, t as tableCell, a as truncate, u as urlPath } from './markdown.js';
import { g as groupRepeated, r as repeatedMessage, i as isPaperlintPost, p as planReview } from './plan.js';
import { R as REVIEW_MARKER } from './marker.js';
import 'node:module';
import './_commonjsHelpers.js';
import './index2.js';

function jobSummary(findings, totals, lineUrl, notes = []) {
    const head = [
        '## paperlint',
        '',
        `${count(totals.checked, 'entry', 'entries')} checked in ${count(totals.files, 'file')}: ` +
            `${count(totals.errors, 'error')}, ${count(totals.warnings, 'warning')}.`,
        ...notes.flatMap((note) => ['', neutralize(note)]),
    ];
    if (findings.length === 0)
        return [...head, '', 'Nothing to fix. ✨'].join('\n');
    const { repeated, single } = groupRepeated(findings, (finding) => finding);
    const order = new Map(findings.map((finding, index) => [finding, index]));
    const shown = [
        ...single.map((finding) => ({ finding, message: finding.message })),
        ...repeated.map(({ items }) => ({ finding: items[0], message: repeatedMessage(items) })),
    ].sort((a, b) => order.get(a.finding) - order.get(b.finding));
    const rows = shown.map(({ finding: f, message }) => {
        const where = `[${tableCell(f.path)}:${f.line}](${lineUrl(f.path, f.line)})`;
        return `| ${where} | ${f.severity} | [${f.rule}](${ruleDocUrl(f.rule)}) | ${tableCell(message)} |`;
    });
    return truncate([...head, '', '| Where | Severity | Rule | What to do |', '| --- | --- | --- | --- |', ...rows].join('\n'), '_…the table was cut to fit GitHub’s limit._');
}
/** The summary of a run that stood down, saying why. */
function noteSummary(note) {
    return ['## paperlint', '', neutralize(note)].join('\n');
}

/** The base version of a list could not be read (the engine asked for it). */
class BaseUnread extends Error {
    reason;
    constructor(reason) {
        super('the base version could not be read');
        this.reason = reason;
    }
}
/** How many of the findings fail the step. */
function failingCount(failOn, totals) {
    if (failOn === 'never')
        return 0;
    return failOn === 'error' ? totals.errors : totals.errors + totals.warnings;
}
const FORK_NOTICE = 'paperlint could not post a review: this token cannot write to the pull request (a fork PR under the ' +
    '`pull_request` event gets a read-only token). The findings are shown as annotations and in the job summary. ' +
    'To get review comments on fork PRs, run paperlint on `pull_request_target`: it is safe here because ' +
    'paperlint reads the PR through the API and never checks out or runs its code.';
/** A named list past GitHub's 3,000-file listing: its diff is computed from the merge base. */
const UNLISTED = 'unlisted';
const status = (error) => error.status;
const superseded = (head) => `This run is for an older commit of the pull request; ${head.slice(0, 7)} has been pushed since. ` +
    'Leaving the review to the run for that push.';
/** `reads`: the opening reads, when the caller started them (before loading this module). */
async function reviewPullRequest(github, pr, options, host, reads = startReads(github, pr, options)) {
    const { earlier, headText } = reads;
    const [live, configText, prFiles] = await reads.opening;
    // The text is read at the event's head, but GitHub's file list and patches describe the PR's
    // head now: when they differ (a re-run of an old run, a run queued behind a newer push), they
    // must not be mixed, and the newer push has its own run.
    const standDown = !live.open
        ? `The pull request is ${live.merged ? 'merged' : 'closed'}; nothing to review.`
        : live.headSha !== pr.headSha
            ? superseded(live.headSha)
            : undefined;
    if (standDown) {
        host.notice(standDown);
        await host.summary(noteSummary(standDown));
        return { findings: [], carried: [], errors: 0, warnings: 0, entriesChecked: 0, reviewUrl: '' };
    }
    if (configText === undefined) {
        const missing = `${options.configPath} is not on the base branch (${pr.baseSha.slice(0, 7)})`;
        if (options.configRequired)
            throw new ConfigError(`${missing}: check the \`config\` input.`);
        host.info(`${missing}: using the style learned from the list itself.`);
    }
    // zod and the YAML parser load only for lists that have a config file.
    const settings = configText === undefined
        ? {}
        : (await import('./config.js')).parseConfig(configText, options.configPath);
    const wanted = globMatcher(options.files);
    const present = prFiles.filter((file) => file.status !== 'removed');
    const changed = present.filter((file) => wanted.matches(file.filename));
    const unread = new Set();
    const unanswered = new Set();
    // GitHub lists at most 3,000 of a PR's files. A list named outright is read directly past the
    // cap; one only a glob would find cannot be found, and the run says so and fails.
    let incomplete;
    let mergeBase;
    if (live.changedFiles > prFiles.length) {
        const listed = new Set(prFiles.map((file) => file.filename));
        const named = wanted.named.filter((path) => !listed.has(path));
        host.notice(`This PR changes ${live.changedFiles} files and GitHub lists only the first ${prFiles.length}.` +
            (named.length > 0 ? ` Reading ${named.join(', ')} directly at the head commit.` : ''));
        changed.push(...named.map((filename) => ({ filename, status: UNLISTED })));
        if (named.length > 0)
            mergeBase = later(github.mergeBase(pr));
        if (wanted.globs.length > 0) {
            incomplete =
                `Lists matching ${wanted.globs.join(', ')} among the files past GitHub's listing could not be found, so they were ` +
                    'not checked. Name the lists in `files` to have them read directly.';
        }
    }
    else {
        for (const pattern of wanted.unmatched(present.map((file) => file.filename))) {
            host.notice(`\`files\` pattern "${pattern}" matches no file this pull request changes; nothing checked for it.`);
        }
    }
    // One budget for mdast across the files: a PR adding many lists cannot multiply the work.
    const budget = exactBudget();
    const checked = await Promise.all(changed.map(async (file) => {
        let head;
        try {
            head = await (headText.get(file.filename) ?? github.fileText(pr, file.filename, pr.headSha));
        }
        catch (error) {
            if (!(error instanceof NotUtf8Error))
                throw error;
            host.notice(`${terminalSafe(error.message)}; skipped.`);
            unread.add(file.filename);
            return undefined;
        }
        if (head === undefined && file.status === UNLISTED)
            return undefined; // not in this PR
        if (head === undefined) {
            host.notice(`${terminalSafe(file.filename)} is not in the PR's head commit; skipped.`);
            unread.add(file.filename);
            return undefined;
        }
        const patch = file.patch !== undefined ? parsePatch(file.patch) : undefined;
        const baseRef = file.status === UNLISTED ? await mergeBase : pr.baseSha;
        // The base version, read once and only when needed: for the changed lines without GitHub's
        // patch (a large diff), or by the engine (a change touching most entries, a copy elsewhere).
        let baseRead;
        const baseText = () => (baseRead ??=
            file.status === 'added'
                ? Promise.resolve('')
                : github
                    .fileText(pr, file.previousFilename ?? file.filename, baseRef)
                    .then((text) => text ?? ''));
        let result;
        try {
            const change = patch ?? diffLines(toSource(await baseText()).lines, toSource(head).lines);
            result = await lint({
                path: file.filename,
                text: head,
                change,
                baseText,
                settings,
                papers: options.papers,
                exactBudget: budget,
            });
        }
        catch (error) {
            if (!(error instanceof BaseUnread))
                throw error;
            // A base that could not be read is a list that could not be checked: nothing about it is fixed.
            host.notice(`${terminalSafe(file.filename)}: its base version could not be read; not checked.`);
            unread.add(file.filename);
            return undefined;
        }
        result.unanswered.forEach((id) => unanswered.add(id));
        return {
            path: file.filename,
            source: result.source,
            findings: result.findings,
            commentable: patch?.commentable,
            guideUrl: guideUrl(options.serverUrl, pr, file.filename, result.source.lines),
            checked: result.checked,
        };
    }));
    const files = checked.filter((file) => file !== undefined);
    const entriesChecked = files.reduce((sum, file) => sum + file.checked, 0);
    const findings = files.flatMap((file) => file.findings);
    // The run knew everything it needed: every list read, every paper answered for.
    const knewEverything = unread.size === 0 && incomplete === undefined && unanswered.size === 0;
    let reviewUrl = '';
    let readOnly = false;
    let failure;
    let carried = [];
    try {
        const [comments, reviews] = await earlier;
        // Only this token's own posts count: anyone can write a marker (fingerprints are a public hash),
        // and a comment someone else wrote is never edited. Who the token is matters only when there
        // are markers to trust. A pending review is not posted yet: its comments prove nothing.
        const marked = [...comments, ...reviews].some((post) => isPaperlintPost(post.body));
        const self = marked ? await github.identity(pr) : undefined;
        const pending = new Set(reviews.filter((r) => r.state === 'PENDING').map((r) => r.id));
        const ours = reviews.filter((r) => r.author === self && !pending.has(r.id));
        const plan = planReview(files, {
            comments: comments.filter((c) => c.author === self && !pending.has(c.reviewId)),
            reviews: ours.filter((r) => r.body.startsWith(REVIEW_MARKER)),
            unread,
            partlyListed: live.changedFiles > prFiles.length,
            unanswered,
        }, {
            suggestions: options.suggestions,
            maxComments: options.maxComments,
            headSha: pr.headSha,
            entriesChecked,
        });
        carried = plan.carried;
        const failing = failingCount(options.failOn, tally(findings, carried)) > 0;
        // paperlint's own requests for changes, lifted once nothing fails the step, and only when the
        // run knew everything: never on what it could not see.
        const requested = failing || !knewEverything
            ? []
            : ours.filter((r) => r.state === 'CHANGES_REQUESTED' && r.body.startsWith(REVIEW_MARKER));
        const moved = plan.review || plan.fixed.length > 0 || requested.length > 0 ? await movedOn(github, pr) : undefined;
        const posted = moved ??
            (plan.review
                ? await postReview(github, pr, plan, {
                    event: options.reviewEvent === 'REQUEST_CHANGES' && failing ? 'REQUEST_CHANGES' : 'COMMENT',
                    earlierReviews: new Set(reviews.map((r) => r.id)),
                    host,
                })
                : undefined);
        if (posted !== undefined && 'standDown' in posted) {
            host.notice(posted.standDown);
        }
        else {
            if (posted) {
                reviewUrl = posted.url;
                host.info(`Posted a review with ${plan.review.comments.length} inline comments: ${reviewUrl}`);
            }
            else {
                host.info(findings.length === 0
                    ? 'No findings: no review posted.'
                    : 'Nothing new since the last review: no review posted.');
            }
            for (const comment of plan.fixed) {
                try {
                    await github.editComment(pr, comment.id, comment.body);
                }
                catch (error) {
                    // Deleted since, or no longer ours to edit: the review stands without it.
                    if (status(error) !== 403 && status(error) !== 404)
                        throw error;
                    host.info(`Could not mark comment ${comment.id} fixed (GitHub answered ${status(error)}).`);
                }
            }
            for (const review of requested)
                await dismissFixed(github, pr, review, host);
        }
    }
    catch (error) {
        if (status(error) === 403)
            readOnly = true;
        else
            failure = error;
    }
    const { errors, warnings } = tally(findings, carried);
    const lastKnown = carried.length > 0 ? carriedNotice(carried) : undefined;
    if (lastKnown)
        host.notice(lastKnown);
    const notes = [
        ...(readOnly ? [FORK_NOTICE] : []),
        ...(incomplete ? [incomplete] : []),
        ...(lastKnown ? [lastKnown] : []),
    ];
    if (readOnly || failure !== undefined) {
        for (const finding of findings)
            host.command(formatAnnotation(finding));
    }
    if (readOnly)
        host.notice(FORK_NOTICE);
    const lineUrl = (path, line) => `${options.serverUrl}/${pr.owner}/${pr.repo}/blob/${pr.headSha}/${urlPath(path)}#L${line}`;
    await host.summary(jobSummary(findings, { files: files.length, checked: entriesChecked, errors, warnings }, lineUrl, notes));
    return { findings, carried, errors, warnings, entriesChecked, reviewUrl, failure, incomplete };
}
function tally(findings, carried) {
    const errors = findings.filter((f) => f.severity === 'error').length +
        carried.filter((f) => f.severity === 'error').length;
    return { errors, warnings: findings.length + carried.length - errors };
}
function carriedNotice(carried) {
    const ids = [...new Set(carried.map((finding) => finding.arxivId))];
    const errors = carried.filter((finding) => finding.severity === 'error').length;
    return (`arXiv did not answer for ${ids.join(', ')}: the last review's findings about ` +
        `${ids.length === 1 ? 'that paper' : 'those papers'} stand (${count(errors, 'error')}, ` +
        `${count(carried.length - errors, 'warning')}), and none is marked fixed until arXiv answers.`);
}
/** Just before writing: has the PR moved on since this run read it? Then the run stands down. */
async function movedOn(github, pr) {
    const live = await github.pullRequest(pr);
    return live.headSha !== pr.headSha ? { standDown: superseded(live.headSha) } : undefined;
}
const ANOTHER_RUN = 'Another paperlint run reviewed this commit while this one ran; leaving the review to it.';
/**
 * Posts the review so that two runs on one commit never both do: it is created pending (GitHub
 * keeps one pending review per account and PR, so another run's creation waits for this one), the
 * PR's reviews are read again, and it is submitted only if no other run's review of this commit
 * appeared meanwhile. Nothing here waits on a clock: the submit follows at once (spaceWrites in
 * github/api.ts), which only shortens the time another run waits on this pending review.
 */
async function postReview(github, pr, plan, { event, earlierReviews, host }) {
    let body = plan.review.body;
    let created;
    try {
        created = await github.createReview(pr, plan.review);
    }
    catch (error) {
        if (refusal(error) !== 'invalid')
            throw error;
        host.info('GitHub refused an inline comment (422); posting every finding in the review body instead.');
        body = plan.bodyOnly;
        created = await github.createReview(pr, { body, comments: [] });
    }
    const { id, author } = created.review;
    const other = (await github.reviews(pr)).some((r) => r.id !== id &&
        !earlierReviews.has(r.id) &&
        r.author === author &&
        r.state !== 'PENDING' &&
        r.commitId === pr.headSha &&
        r.body.startsWith(REVIEW_MARKER));
    if (other) {
        await github.deletePendingReview(pr, id);
        return { standDown: ANOTHER_RUN };
    }
    try {
        return { url: await github.submitReview(pr, id, { body, event }) };
    }
    catch (error) {
        // Deleted as a killed run's leftover by another run that waited long enough: that one posts.
        if (status(error) === 404)
            return { standDown: ANOTHER_RUN };
        if (event !== 'REQUEST_CHANGES' || refusal(error) !== 'own pull request')
            throw error;
        host.notice('GitHub does not let an account request changes on its own pull request, and this token ' +
            "belongs to the PR's author: the review is posted as a comment instead.");
        return { url: await github.submitReview(pr, id, { body, event: 'COMMENT' }) };
    }
}
/** A link to the list's "Contributing…" heading, as GitHub anchors it. */
function guideUrl(serverUrl, pr, path, lines) {
    const headings = lines.filter((line) => /^#{1,6}\s+.*contribut/i.test(line));
    // "Contributing to this paper list" says how; a bare "Contribution" section often only lists people.
    const heading = headings.find((line) => /contributing/i.test(line)) ?? headings[0];
    if (!heading)
        return undefined;
    const slug = heading
        .replace(/^#+\s+/, '')
        .trim()
        .toLowerCase()
        .replace(/[^\p{L}\p{N}\s_-]/gu, '')
        .replace(/\s/g, '-');
    return `${serverUrl}/${pr.owner}/${pr.repo}/blob/${pr.baseSha}/${urlPath(path)}#${slug}`;
}
const DISMISS_MESSAGE = 'paperlint: nothing it asked to change is left; the requested changes are made.';
/** Dismisses paperlint's own request for changes; a refusal (a protected branch's rules) is a notice. */
async function dismissFixed(github, pr, review, host) {
    try {
        await github.dismissReview(pr, review.id, DISMISS_MESSAGE);
        host.info(`Nothing fails the check any more: dismissed the request for changes ${review.url}`);
    }
    catch (error) {
        host.notice(`Nothing fails the check any more, but GitHub refused to dismiss paperlint's request for changes ` +
            `(${status(error) ?? error.message}): ${review.url}. A maintainer can dismiss it.`);
    }
}

export { failingCount, reviewPullRequest };
