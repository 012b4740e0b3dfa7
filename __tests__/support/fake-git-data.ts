/**
 * The Git side of the fake GitHub, for the scheduled audit: the repository and its default branch,
 * refs, commits, trees and blobs (the Git Data API), the compare API over them, pull requests from a
 * branch (list, create, update, close) and their comments, with GitHub's refusals: 422 for a ref
 * that exists or a move that is not a fast-forward without `force`, and for a second open pull
 * request from the same branch. Requests are validated by the fake GitHub it plugs into.
 */
import { createHash } from 'node:crypto';
import type { Account, FakeGitHub } from './fake-github.js';

interface Commit {
  tree: string;
  parents: string[];
  message: string;
  author: Account;
}

export interface FakePull {
  number: number;
  state: 'open' | 'closed';
  merged: boolean;
  title: string;
  body: string;
  head: string;
  base: string;
  user: Account;
  closedAt: string | null;
}

export interface FakeIssueComment {
  id: number;
  issue_number: number;
  body: string;
  user: Account;
}

export const MAINTAINER: Account = { login: 'maintainer', type: 'User' };

const hash = (...parts: string[]) => createHash('sha1').update(parts.join('\u0000')).digest('hex');

/** An account as Git records it in a commit. */
const person = (account: Account) => ({
  name: account.login,
  email: `${account.login}@users.noreply.github.com`,
});

export class FakeGitData {
  defaultBranch = 'main';
  /** `heads/main` → commit sha. */
  readonly refs = new Map<string, string>();
  readonly commits = new Map<string, Commit>();
  /** Tree sha → path → blob. */
  readonly trees = new Map<string, Map<string, { mode: string; sha: string }>>();
  readonly blobs = new Map<string, string>();
  readonly pulls: FakePull[] = [];
  readonly comments: FakeIssueComment[] = [];
  private nextNumber = 100;
  private nextComment = 5000;

  constructor(private readonly github: FakeGitHub) {
    github.more = (operation, body, query, send, paginate) =>
      this.handle(operation, body, query, send, paginate);
  }

  /** Commits files (path → text) on a branch, by `author`, and serves them at the new commit. */
  commitOn(
    branch: string,
    files: Record<string, string>,
    author: Account = MAINTAINER,
    message = 'Update',
  ): string {
    const parent = this.refs.get(`heads/${branch}`);
    const tree = new Map(parent ? this.trees.get(this.commits.get(parent)!.tree) : []);
    for (const [path, text] of Object.entries(files)) {
      const sha = hash('blob', text);
      this.blobs.set(sha, text);
      tree.set(path, { mode: '100644', sha });
    }
    const treeSha = this.storeTree(tree);
    const sha = hash('commit', treeSha, parent ?? '', message, author.login, String(this.commits.size));
    this.commits.set(sha, { tree: treeSha, parents: parent ? [parent] : [], message, author });
    this.refs.set(`heads/${branch}`, sha);
    this.serve(sha);
    return sha;
  }

  /** A file's text on a branch. */
  fileOn(branch: string, path: string): string | undefined {
    const head = this.refs.get(`heads/${branch}`);
    const blob = head ? this.trees.get(this.commits.get(head)!.tree)?.get(path) : undefined;
    return blob ? this.blobs.get(blob.sha) : undefined;
  }

  /** The commits on `head` that `base` lacks, oldest first. */
  private ahead(base: string, head: string): string[] {
    const reachable = (from: string) => {
      const seen = new Set<string>();
      const stack = [from];
      while (stack.length > 0) {
        const sha = stack.pop()!;
        if (seen.has(sha)) continue;
        seen.add(sha);
        stack.push(...(this.commits.get(sha)?.parents ?? []));
      }
      return seen;
    };
    const inBase = reachable(base);
    return [...reachable(head)].filter((sha) => !inBase.has(sha)).reverse();
  }

  private storeTree(tree: Map<string, { mode: string; sha: string }>): string {
    const sha = hash('tree', JSON.stringify([...tree].sort()));
    this.trees.set(sha, tree);
    return sha;
  }

  /** The commit's files, for the contents API. */
  private serve(commit: string) {
    for (const [path, blob] of this.trees.get(this.commits.get(commit)!.tree)!) {
      this.github.setFile(commit, path, this.blobs.get(blob.sha)!);
    }
  }

  private pullJson(pull: FakePull) {
    return {
      number: pull.number,
      state: pull.state,
      merged_at: pull.merged ? '2026-01-01T00:00:00Z' : null,
      closed_at: pull.closedAt,
      title: pull.title,
      body: pull.body,
      user: pull.user,
      html_url: `https://github.com/${this.github.owner}/${this.github.repo}/pull/${pull.number}`,
      head: { ref: pull.head, sha: this.refs.get(`heads/${pull.head}`) ?? '' },
      base: { ref: pull.base },
    };
  }

  private handle(
    operation: { id: string; params: Record<string, string> },
    body: unknown,
    query: URLSearchParams,
    send: (status: number, data: unknown) => void,
    paginate: (items: unknown[]) => void,
  ): boolean {
    const input = (body ?? {}) as Record<string, unknown>;
    const { params } = operation;
    const poster = this.github.poster();
    switch (operation.id) {
      case 'repos/get':
        send(200, {
          name: this.github.repo,
          full_name: `${this.github.owner}/${this.github.repo}`,
          default_branch: this.defaultBranch,
        });
        return true;
      case 'git/get-ref': {
        const sha = this.refs.get(params.ref);
        if (sha) send(200, { ref: `refs/${params.ref}`, object: { sha, type: 'commit' } });
        else send(404, { message: 'Not Found' });
        return true;
      }
      case 'git/get-commit': {
        const commit = this.commits.get(params.commit_sha);
        if (!commit) send(404, { message: 'Not Found' });
        else
          send(200, {
            sha: params.commit_sha,
            tree: { sha: commit.tree },
            parents: commit.parents.map((sha) => ({ sha })),
            message: commit.message,
          });
        return true;
      }
      case 'git/get-tree': {
        const tree = this.trees.get(params.tree_sha);
        if (!tree) send(404, { message: 'Not Found' });
        else
          send(200, {
            sha: params.tree_sha,
            tree: [...tree].map(([path, blob]) => ({ path, mode: blob.mode, type: 'blob', sha: blob.sha })),
            truncated: false,
          });
        return true;
      }
      case 'git/create-blob': {
        const text = String(input.content);
        const sha = hash('blob', text);
        this.blobs.set(sha, text);
        send(201, { sha });
        return true;
      }
      case 'git/create-tree': {
        const base = input.base_tree ? this.trees.get(String(input.base_tree)) : new Map();
        if (!base) {
          send(422, { message: 'base_tree is not a tree' });
          return true;
        }
        const tree = new Map(base);
        for (const item of input.tree as { path: string; mode: string; sha: string }[]) {
          if (!this.blobs.has(item.sha)) {
            send(422, { message: `tree.sha ${item.sha} is not a valid blob` });
            return true;
          }
          tree.set(item.path, { mode: item.mode, sha: item.sha });
        }
        send(201, { sha: this.storeTree(tree) });
        return true;
      }
      case 'git/create-commit': {
        const parents = input.parents as string[];
        if (!this.trees.has(String(input.tree)) || parents.some((sha) => !this.commits.has(sha))) {
          send(422, { message: 'Tree or parent SHA does not exist' });
          return true;
        }
        const sha = hash(
          'commit',
          String(input.tree),
          parents.join(','),
          String(input.message),
          poster.login,
        );
        this.commits.set(sha, {
          tree: String(input.tree),
          parents,
          message: String(input.message),
          author: poster,
        });
        this.serve(sha);
        send(201, { sha, author: person(poster), committer: person(poster), message: input.message });
        return true;
      }
      case 'git/create-ref': {
        const ref = String(input.ref).replace(/^refs\//, '');
        if (this.refs.has(ref)) send(422, { message: 'Reference already exists' });
        else {
          this.refs.set(ref, String(input.sha));
          send(201, { ref: `refs/${ref}`, object: { sha: input.sha } });
        }
        return true;
      }
      case 'git/update-ref': {
        const current = this.refs.get(params.ref);
        const sha = String(input.sha);
        if (!current) send(422, { message: 'Reference does not exist' });
        // A fast-forward leaves behind no commit of the branch; anything else needs force.
        else if (!input.force && this.ahead(sha, current).length > 0)
          send(422, { message: 'Update is not a fast forward' });
        else {
          this.refs.set(params.ref, sha);
          send(200, { ref: `refs/${params.ref}`, object: { sha } });
        }
        return true;
      }
      case 'repos/compare-commits-with-basehead': {
        const [base, head] = params.basehead.split('...');
        if (!this.commits.has(base) || !this.commits.has(head)) return false;
        const ahead = this.ahead(base, head);
        send(200, {
          status: ahead.length > 0 ? 'ahead' : 'identical',
          ahead_by: ahead.length,
          behind_by: this.ahead(head, base).length,
          total_commits: ahead.length,
          merge_base_commit: { sha: base },
          commits: ahead.map((sha) => {
            const commit = this.commits.get(sha)!;
            return {
              sha,
              commit: {
                message: commit.message,
                author: person(commit.author),
                committer: person(commit.author),
              },
              author: commit.author,
              committer: commit.author,
            };
          }),
          files: [],
        });
        return true;
      }
      case 'pulls/list': {
        const head = query.get('head') ?? '';
        const state = query.get('state') ?? 'open';
        const branch = head.replace(/^[^:]+:/, '');
        paginate(
          this.pulls
            .filter((pull) => (!head || pull.head === branch) && (state === 'all' || pull.state === state))
            .sort((a, b) => b.number - a.number)
            .map((pull) => this.pullJson(pull)),
        );
        return true;
      }
      case 'pulls/create': {
        const head = String(input.head);
        if (!this.refs.has(`heads/${head}`)) send(422, { message: `head ${head} does not exist` });
        else if (this.pulls.some((pull) => pull.head === head && pull.state === 'open'))
          send(422, { message: `A pull request already exists for ${this.github.owner}:${head}.` });
        else {
          const pull: FakePull = {
            number: this.nextNumber++,
            state: 'open',
            merged: false,
            title: String(input.title),
            body: String(input.body ?? ''),
            head,
            base: String(input.base),
            user: poster,
            closedAt: null,
          };
          this.pulls.push(pull);
          send(201, this.pullJson(pull));
        }
        return true;
      }
      case 'pulls/update': {
        const pull = this.pulls.find((p) => p.number === Number(params.pull_number));
        if (!pull) send(404, { message: 'Not Found' });
        else {
          if (typeof input.title === 'string') pull.title = input.title;
          if (typeof input.body === 'string') pull.body = input.body;
          if (input.state === 'closed') {
            pull.state = 'closed';
            pull.closedAt = '2026-01-02T00:00:00Z';
          }
          send(200, this.pullJson(pull));
        }
        return true;
      }
      case 'issues/create-comment': {
        const comment = {
          id: this.nextComment++,
          issue_number: Number(params.issue_number),
          body: String(input.body),
          user: poster,
        };
        this.comments.push(comment);
        send(201, comment);
        return true;
      }
      case 'issues/list-comments':
        paginate(this.comments.filter((c) => c.issue_number === Number(params.issue_number)));
        return true;
    }
    return false;
  }
}
