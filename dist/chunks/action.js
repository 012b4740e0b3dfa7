import { l as lazy, g as getInput, a as getBooleanInput, s as summary, n as notice, i as info, b as setOutput } from '../index.js';
import { homedir } from 'node:os';
import { GitHub } from './api.js';
import './record.js';
import { R as REVIEW_MARKER } from './marker.js';
import { parseGlobs } from './patterns.js';
import { C as ConfigError } from './errors.js';
import { q as count } from './format.js';
import { c as codeSpan, t as tableCell, u as urlPath, M as MAX_BODY, n as neutralize } from './markdown.js';
import { g as globMatcher } from './globs.js';
import { auditAndFix } from './audit.js';
import { a as auditDocUrl, A as AUDIT_CHECKS } from './checks.js';
import { openServices } from './services.js';
import 'os';
import 'node:module';
import 'fs';
import 'node:fs';
import './index.js';
import './index2.js';
import './reads.js';
import './_commonjsHelpers.js';
import './checker.js';
import './_builtin_http.js';
import './_builtin_https.js';
import './client.js';
import 'node:string_decoder';
import 'net';
import './_builtin_tls.js';
import 'tty';
import 'util';
import 'events';
import 'url';
import 'assert';
import 'node:path';

const person = (who) => `${who?.name ?? ''} <${who?.email ?? ''}>`;
/** The only branches paperlint writes. */
const OWN_BRANCHES = 'paperlint/';
/** A write paperlint refuses to make, whoever asks. */
class RefusedWrite extends Error {
}
const status = (error) => error.status;
class GitData {
    octokit;
    constructor(octokit) {
        this.octokit = octokit;
    }
    /** One request about the repository: its answer's data. */
    async call(route, repository, parameters = {}) {
        const { data } = await this.octokit.request(route, { ...repository, ...parameters });
        return data;
    }
    async defaultBranch(repository) {
        return (await this.call('GET /repos/{owner}/{repo}', repository))
            .default_branch;
    }
    /** The commit a branch points at, or undefined when there is no such branch. */
    async branchHead(repository, branch) {
        try {
            const ref = await this.call('GET /repos/{owner}/{repo}/git/ref/{ref}', repository, {
                ref: `heads/${branch}`,
            });
            return ref.object.sha;
        }
        catch (error) {
            if (status(error) === 404)
                return undefined;
            throw error;
        }
    }
    async commit(repository, sha) {
        const commit = await this.call('GET /repos/{owner}/{repo}/git/commits/{commit_sha}', repository, { commit_sha: sha });
        return { sha: commit.sha, tree: commit.tree.sha, parents: commit.parents.map((parent) => parent.sha) };
    }
    /** Every file of a tree, with its mode; `complete` is false when GitHub cut the listing short. */
    async files(repository, tree) {
        const listing = await this.call('GET /repos/{owner}/{repo}/git/trees/{tree_sha}', repository, { tree_sha: tree, recursive: '1' });
        return {
            files: listing.tree.filter((item) => item.type === 'blob').map(({ path, mode }) => ({ path, mode })),
            complete: !listing.truncated,
        };
    }
    /** The commits on `head` that `base` does not have. */
    async ahead(repository, base, head) {
        const compared = await this.call('GET /repos/{owner}/{repo}/compare/{basehead}', repository, {
            basehead: `${base}...${head}`,
            per_page: 100,
        });
        return compared.commits.map((commit) => ({
            sha: commit.sha,
            message: commit.commit.message,
            author: person(commit.commit.author),
            committer: person(commit.commit.committer),
        }));
    }
    /**
     * One commit on top of `parent` whose tree is `parentTree` with these files' new text: blobs,
     * a tree on the parent's, the commit. Nothing is on any branch until a ref points at it. Who
     * the commit says made it is how GitHub writes this token in a commit.
     */
    async commitFiles(repository, change) {
        const blobs = await Promise.all(change.files.map(async (file) => {
            const blob = await this.call('POST /repos/{owner}/{repo}/git/blobs', repository, {
                content: file.text,
                encoding: 'utf-8',
            });
            return { path: file.path, mode: file.mode, type: 'blob', sha: blob.sha };
        }));
        const tree = await this.call('POST /repos/{owner}/{repo}/git/trees', repository, {
            base_tree: change.parentTree,
            tree: blobs,
        });
        const commit = await this.call('POST /repos/{owner}/{repo}/git/commits', repository, { message: change.message, tree: tree.sha, parents: [change.parent] });
        return { sha: commit.sha, author: person(commit.author), committer: person(commit.committer) };
    }
    /**
     * Points one of paperlint's own branches at a commit: creates it, or moves it there (a force
     * update: the branch holds one commit of paperlint's, made again on each run).
     */
    async setBranch(repository, branch, sha, exists) {
        if (!branch.startsWith(OWN_BRANCHES))
            throw new RefusedWrite(`paperlint writes only its own branches, not ${branch}`);
        if (exists) {
            await this.call('PATCH /repos/{owner}/{repo}/git/refs/{ref}', repository, {
                ref: `heads/${branch}`,
                sha,
                force: true,
            });
        }
        else {
            await this.call('POST /repos/{owner}/{repo}/git/refs', repository, {
                ref: `refs/heads/${branch}`,
                sha,
            });
        }
    }
    /** The pull requests from a branch of this repository, newest first. */
    async pullsFrom(repository, branch, state) {
        const pulls = await this.call('GET /repos/{owner}/{repo}/pulls', repository, {
            head: `${repository.owner}:${branch}`,
            state,
            sort: 'created',
            direction: 'desc',
            per_page: 10,
        });
        return pulls.map((pull) => ({
            number: pull.number,
            merged: pull.merged_at !== null,
            body: pull.body ?? '',
            url: pull.html_url,
            headSha: pull.head.sha,
        }));
    }
    async openPull(repository, pull) {
        const created = await this.call('POST /repos/{owner}/{repo}/pulls', repository, pull);
        return created.html_url;
    }
    async editPull(repository, number, edit) {
        await this.call('PATCH /repos/{owner}/{repo}/pulls/{pull_number}', repository, {
            pull_number: number,
            ...edit,
        });
    }
    /** The bodies of the comments on a pull request. */
    async comments(repository, number) {
        const comments = (await this.octokit.paginate('GET /repos/{owner}/{repo}/issues/{issue_number}/comments', {
            ...repository,
            issue_number: number,
            per_page: 100,
        }));
        return comments.map((comment) => comment.body ?? '');
    }
    async comment(repository, number, body) {
        await this.call('POST /repos/{owner}/{repo}/issues/{issue_number}/comments', repository, {
            issue_number: number,
            body,
        });
    }
}

/**
 * What the audit's pull request says: its title, its commit message, and its body listing every
 * change (where, the entry, the text before and after, why, and what it rests on) and every finding
 * left to the maintainer. Text from the list is made inert (no mentions, no HTML, no forged marker).
 */
/** `<!-- paperlint audit proposal=… -->`: which changes a pull request proposes (its first line). */
const PROPOSAL = /^<!-- paperlint audit proposal=([0-9a-f]{16}) -->/;
/** The trailer of paperlint's own audit commits. */
const COMMIT_TRAILER = 'Paperlint-Audit:';
/** A fingerprint of the changes proposed: the same changes give the same one, whatever the base. */
function proposalOf(lists) {
    const lines = lists
        .flatMap((list) => list.changes.map((c) => [list.path, c.rule, c.entryKey, c.removed, c.inserted].join('\u0000')))
        .sort();
    return lazy.createHash('sha256').update(lines.join('\n')).digest('hex').slice(0, 16);
}
/** The proposal a pull request body names, if it is one of the audit's. */
function proposalIn(body) {
    return PROPOSAL.exec(body)?.[1];
}
const changeCount = (lists) => lists.reduce((sum, list) => sum + list.changes.length, 0);
function pullTitle(lists) {
    const paths = lists.filter((list) => list.changes.length > 0).map((list) => list.path);
    const where = paths.length === 1 ? paths[0] : count(paths.length, 'list');
    return `paperlint audit: ${count(changeCount(lists), 'fix', 'fixes')} to ${where}`;
}
function commitMessage(lists, proposal) {
    const lines = lists.flatMap((list) => list.changes.map((c) => `- ${list.path}:${c.line} ${c.rule}: ${oneLine(c.message)}`));
    return `${pullTitle(lists)}\n\n${lines.join('\n')}\n\n${COMMIT_TRAILER} ${proposal}\n`;
}
const oneLine = (text) => text.replace(/\s+/g, ' ').trim();
function lineLink(place, path, line) {
    const url = `${place.serverUrl}/${place.owner}/${place.repo}/blob/${place.sha}/${urlPath(path)}#L${line}`;
    return `[${tableCell(`${path}:${line}`)}](${url})`;
}
function checkLink(rule) {
    return `[${rule}](${auditDocUrl(rule)})`;
}
/** Findings left to the maintainer, the audit's own checks first, then errors, then warnings. */
function leftOver(findings) {
    const own = (f) => AUDIT_CHECKS.some((check) => check.id === f.rule);
    const rank = (f) => (own(f) ? 0 : f.severity === 'error' ? 1 : 2);
    return findings.filter((f) => f.fix === null).sort((a, b) => rank(a) - rank(b));
}
/** The shown text of a change: what it replaced and what it wrote, as code (nothing renders). */
function changeText(change) {
    const show = (text) => text === '' ? '(nothing)' : codeSpan(text.length > 160 ? `${text.slice(0, 160)}…` : text);
    return `${show(change.removed)} → ${show(change.inserted)}`;
}
function pullBody(lists, place, proposal) {
    const changes = lists.flatMap((list) => list.changes.map((change) => ({ path: list.path, change })));
    const left = lists.flatMap((list) => leftOver(list.final.findings).map((finding) => ({ path: list.path, finding })));
    const unchecked = lists.flatMap((list) => list.final.unchecked);
    const head = [
        `<!-- paperlint audit proposal=${proposal} -->`,
        '### paperlint audit',
        '',
        `I checked every entry of ${lists.map((list) => codeSpan(list.path)).join(', ')} on ${codeSpan(place.branch)} ` +
            `at ${place.sha.slice(0, 7)} and made the ${count(changes.length, 'change')} below, each one certain from its ` +
            'source and checked to render as the list writes it. Merge as it is, or push edits to this branch: ' +
            'paperlint never overwrites commits it did not make.',
    ];
    const changeRows = changes.map(({ path, change }) => `| ${lineLink(place, path, change.line)} | ${tableCell(change.title)} | ${changeText(change)} | ` +
        `${tableCell(change.message)} ${checkLink(change.rule)} | ${tableCell(change.source)} |`);
    const leftRows = left.map(({ path, finding }) => `| ${lineLink(place, path, finding.line)} | ${tableCell(finding.title)} | ${finding.severity} | ` +
        `${tableCell(finding.message)} ${checkLink(finding.rule)} | ${tableCell(finding.source)} |`);
    // Every change is listed: in the body as far as it holds, in the commit message always.
    let room = MAX_BODY - head.join('\n').length - 1000;
    const take = (rows, more) => {
        const kept = [];
        for (const row of rows) {
            if (row.length + 1 > room)
                break;
            kept.push(row);
            room -= row.length + 1;
        }
        return kept.length < rows.length ? [...kept, '', more(rows.length - kept.length)] : kept;
    };
    const uncheckedRows = unchecked.map((link) => `- ${lineLink(place, link.path, link.line)} ${codeSpan(link.url)}: ${tableCell(link.reason)}`);
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
        sections.push('', `#### Left for you (${left.length})`, '', 'No change is certain for these: each needs a look.', '', '| Where | Entry | Severity | What | Source |', '| --- | --- | --- | --- | --- |', ...take(leftRows, (n) => `_…and ${count(n, 'more')}: \`paperlint audit\` lists them all._`));
    }
    if (unchecked.length > 0) {
        sections.push('', `<details><summary>${count(unchecked.length, 'link')} could not be checked this time (a busy or slow site, a refused robot): not reported as dead</summary>`, '', ...take(uncheckedRows, (n) => `…and ${count(n, 'more')}.`), '', '</details>');
    }
    return sections.join('\n');
}

/**
 * The scheduled audit as one pull request (the Action's `mode: audit`): the lists are read on the
 * default branch through the API, audited, and every certain fix goes in one commit on the branch
 * `paperlint/audit`, made with the Git Data API (no checkout, no git). One pull request carries it:
 * opened once, edited by later runs (the branch moved to a fresh commit on the newest default
 * branch), closed with a comment when nothing is left. The default branch is never written; a
 * branch holding commits paperlint did not make is never overwritten (the run says so on the pull
 * request instead); a proposal a maintainer closed unmerged is not made again unchanged.
 */
const AUDIT_BRANCH = 'paperlint/audit';
const heldMarker = (sha) => `<!-- paperlint audit held=${sha} -->`;
async function auditPullRequest(github, git, repository, options, host) {
    const defaultBranch = await git.defaultBranch(repository);
    if (defaultBranch === AUDIT_BRANCH) {
        throw new RefusedWrite(`the default branch is ${AUDIT_BRANCH}: the audit will not write to it`);
    }
    const [baseSha, auditHead, openPulls] = await Promise.all([
        git.branchHead(repository, defaultBranch),
        git.branchHead(repository, AUDIT_BRANCH),
        git.pullsFrom(repository, AUDIT_BRANCH, 'open'),
    ]);
    if (baseSha === undefined)
        throw new Error(`the default branch ${defaultBranch} has no commit`);
    const base = await git.commit(repository, baseSha);
    const place = { ...repository, serverUrl: options.serverUrl, branch: defaultBranch, sha: baseSha };
    const lists = await auditLists(github, git, repository, base, options, host);
    const changes = lists.reduce((sum, list) => sum + list.changes.length, 0);
    const left = lists.flatMap((list) => list.final.findings.filter((f) => f.fix === null));
    const outcome = (action, url = '') => ({
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
    const hold = async (foreign) => {
        const note = `${AUDIT_BRANCH} has commits paperlint did not make (${foreign.sha.slice(0, 7)} by ${codeSpan(foreign.author)}): ` +
            'paperlint leaves the branch as it is and does not force-push.';
        host.notice(note.replace(/`/g, ''));
        if (ours)
            await commentOnce(git, repository, ours, heldComment(note, changes, auditHead), heldMarker(auditHead));
        return outcome('held', ours?.url);
    };
    const unmarked = ahead.find((commit) => !commit.message.includes(COMMIT_TRAILER));
    if (unmarked)
        return hold(unmarked);
    if (changes === 0) {
        if (!ours)
            return outcome('nothing');
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
        const declined = (await git.pullsFrom(repository, AUDIT_BRANCH, 'closed')).find((pull) => !pull.merged && proposalIn(pull.body) === proposal);
        if (declined) {
            host.notice(`${declined.url} proposed these same changes and was closed without merging: not proposing them again until they change.`);
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
    if (impostor)
        return hold(impostor);
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
/** Every list the `files` input names, read at the default branch's head and audited with its fixes. */
async function auditLists(github, git, repository, base, options, host) {
    const [{ files, complete }, configText] = await Promise.all([
        git.files(repository, base.tree),
        github.fileText(repository, options.configPath, base.sha),
    ]);
    if (!complete)
        host.notice('GitHub cut the listing of this repository short: lists deep in it may be missed.');
    if (configText === undefined && options.configRequired) {
        throw new ConfigError(`${options.configPath} is not on the default branch: check the \`config\` input.`);
    }
    const settings = configText === undefined
        ? {}
        : (await import('./config.js')).parseConfig(configText, options.configPath);
    const wanted = globMatcher(options.files);
    const lists = files.filter((file) => wanted.matches(file.path));
    for (const pattern of wanted.unmatched(files.map((file) => file.path))) {
        host.notice(`No file on the default branch matches ${pattern}.`);
    }
    const audited = [];
    for (const file of lists) {
        const text = await github.fileText(repository, file.path, base.sha);
        if (text === undefined)
            continue;
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
async function commentOnce(git, repository, pull, body, marker) {
    const earlier = await git.comments(repository, pull.number);
    if (earlier.some((comment) => comment.startsWith(marker)))
        return;
    await git.comment(repository, pull.number, body);
}
function heldComment(note, changes, head) {
    return [
        heldMarker(head),
        `paperlint: ${neutralize(note)}`,
        '',
        `Today's audit has ${count(changes, 'change')} to propose. To have them proposed again, merge or close this pull request ` +
            `and delete the branch ${codeSpan(AUDIT_BRANCH)}; the next run starts it afresh.`,
    ].join('\n');
}
function leftLine(lists) {
    const left = lists.reduce((sum, list) => sum + list.final.findings.length, 0);
    return left > 0
        ? ` ${count(left, 'finding')} without a certain fix remain: \`paperlint audit\` lists them.`
        : '';
}
function closingComment(lists, place) {
    return `paperlint: nothing is left to fix on ${codeSpan(place.branch)} at ${place.sha.slice(0, 7)} (these changes are in, or no longer apply), so I am closing this pull request.${leftLine(lists)}`;
}
function nothingLeftSummary(lists, place) {
    return `### paperlint audit\n\nNothing to fix in ${lists.map((list) => codeSpan(list.path)).join(', ') || 'the lists'} on ${codeSpan(place.branch)} at ${place.sha.slice(0, 7)}.${leftLine(lists)}`;
}

/**
 * The Action's `mode: audit` (for `schedule` and `workflow_dispatch`): the inputs it reads, the
 * audit's pull request, the outputs, and the job log and summary. The step fails only when the
 * audit could not do its work; what it finds goes in the pull request.
 */
const DEFAULT_CONFIG = '.github/paperlint.yml';
/** `~/x` as the runner's home: the path actions/cache is given is written that way. */
function expandHome(path) {
    return path.startsWith('~/') ? `${homedir()}${path.slice(1)}` : path;
}
async function runAuditMode(octokit) {
    const [owner, repo] = (process.env.GITHUB_REPOSITORY ?? '').split('/');
    if (!owner || !repo)
        throw new Error('GITHUB_REPOSITORY is not set to OWNER/NAME.');
    const configInput = getInput('config') || DEFAULT_CONFIG;
    const cache = getInput('link-cache').trim();
    const services = openServices({
        arxiv: getBooleanInput('arxiv'),
        scholar: getBooleanInput('scholar'),
        links: getBooleanInput('links'),
        linkCache: cache === '' ? undefined : expandHome(cache),
        say: (message) => info(message),
    });
    let outcome;
    try {
        outcome = await auditPullRequest(new GitHub(octokit, REVIEW_MARKER), new GitData(octokit), { owner, repo }, {
            files: parseGlobs(getInput('files') || 'README.md'),
            configPath: configInput,
            configRequired: configInput !== DEFAULT_CONFIG,
            serverUrl: process.env.GITHUB_SERVER_URL ?? 'https://github.com',
            services,
        }, {
            info: (message) => info(message),
            notice: (message) => notice(message),
            summary: async (markdown) => {
                if (process.env.GITHUB_STEP_SUMMARY)
                    await summary.addRaw(markdown, true).write();
            },
        });
    }
    catch (error) {
        if (error.status !== 403)
            throw error;
        throw new Error('GitHub refused a write (403): the audit needs `contents: write` and `pull-requests: write` in the ' +
            "workflow's permissions, and the repository setting that allows GitHub Actions to create pull requests.", { cause: error });
    }
    finally {
        services.finish();
    }
    setOutput('findings', outcome.findings);
    setOutput('errors', outcome.errors);
    setOutput('warnings', outcome.findings - outcome.errors);
    setOutput('pull-request', outcome.url);
    setOutput('audit', outcome.action);
}

export { runAuditMode };
