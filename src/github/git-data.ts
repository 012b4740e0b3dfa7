/**
 * What the scheduled audit asks of GitHub beyond reading files: the repository's default branch,
 * its Git data (refs, commits, trees, blobs) to write one commit without a checkout or a git
 * binary, and the audit's pull request and its comments. Writes go only to branches under
 * `paperlint/`: whatever calls this, no other branch is ever moved.
 */
import type { OctokitLike } from './api.js';

export interface Repository {
  readonly owner: string;
  readonly repo: string;
}

export interface TreeFile {
  readonly path: string;
  readonly mode: string;
}

export interface CommitInfo {
  readonly sha: string;
  readonly tree: string;
  readonly parents: readonly string[];
}

/** Who a commit says wrote and committed it, as Git records them: `Name <email>`. */
export interface CommitPeople {
  readonly author: string;
  readonly committer: string;
}

/** A commit on a branch and not on its base, as the compare API shows it. */
export interface AheadCommit extends CommitPeople {
  readonly sha: string;
  readonly message: string;
}

type Person = { name?: string; email?: string } | null | undefined;

const person = (who: Person) => `${who?.name ?? ''} <${who?.email ?? ''}>`;

export interface Pull {
  readonly number: number;
  readonly merged: boolean;
  readonly body: string;
  readonly url: string;
  readonly headSha: string;
}

/** The only branches paperlint writes. */
export const OWN_BRANCHES = 'paperlint/';

/** A write paperlint refuses to make, whoever asks. */
export class RefusedWrite extends Error {}

const status = (error: unknown) => (error as { status?: number }).status;

export class GitData {
  constructor(private readonly octokit: OctokitLike) {}

  /** One request about the repository: its answer's data. */
  private async call<T>(route: string, repository: Repository, parameters: Record<string, unknown> = {}) {
    const { data } = await this.octokit.request(route, { ...repository, ...parameters });
    return data as T;
  }

  async defaultBranch(repository: Repository): Promise<string> {
    return (await this.call<{ default_branch: string }>('GET /repos/{owner}/{repo}', repository))
      .default_branch;
  }

  /** The commit a branch points at, or undefined when there is no such branch. */
  async branchHead(repository: Repository, branch: string): Promise<string | undefined> {
    try {
      const ref = await this.call<{ object: { sha: string } }>(
        'GET /repos/{owner}/{repo}/git/ref/{ref}',
        repository,
        {
          ref: `heads/${branch}`,
        },
      );
      return ref.object.sha;
    } catch (error) {
      if (status(error) === 404) return undefined;
      throw error;
    }
  }

  async commit(repository: Repository, sha: string): Promise<CommitInfo> {
    const commit = await this.call<{ sha: string; tree: { sha: string }; parents: { sha: string }[] }>(
      'GET /repos/{owner}/{repo}/git/commits/{commit_sha}',
      repository,
      { commit_sha: sha },
    );
    return { sha: commit.sha, tree: commit.tree.sha, parents: commit.parents.map((parent) => parent.sha) };
  }

  /** Every file of a tree, with its mode; `complete` is false when GitHub cut the listing short. */
  async files(repository: Repository, tree: string): Promise<{ files: TreeFile[]; complete: boolean }> {
    const listing = await this.call<{
      tree: { path: string; mode: string; type: string }[];
      truncated: boolean;
    }>('GET /repos/{owner}/{repo}/git/trees/{tree_sha}', repository, { tree_sha: tree, recursive: '1' });
    return {
      files: listing.tree.filter((item) => item.type === 'blob').map(({ path, mode }) => ({ path, mode })),
      complete: !listing.truncated,
    };
  }

  /** The commits on `head` that `base` does not have. */
  async ahead(repository: Repository, base: string, head: string): Promise<AheadCommit[]> {
    const compared = await this.call<{
      commits: { sha: string; commit: { message: string; author: Person; committer: Person } }[];
    }>('GET /repos/{owner}/{repo}/compare/{basehead}', repository, {
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
  async commitFiles(
    repository: Repository,
    change: {
      readonly parent: string;
      readonly parentTree: string;
      readonly files: readonly { path: string; mode: string; text: string }[];
      readonly message: string;
    },
  ): Promise<{ sha: string } & CommitPeople> {
    const blobs = await Promise.all(
      change.files.map(async (file) => {
        const blob = await this.call<{ sha: string }>('POST /repos/{owner}/{repo}/git/blobs', repository, {
          content: file.text,
          encoding: 'utf-8',
        });
        return { path: file.path, mode: file.mode, type: 'blob', sha: blob.sha };
      }),
    );
    const tree = await this.call<{ sha: string }>('POST /repos/{owner}/{repo}/git/trees', repository, {
      base_tree: change.parentTree,
      tree: blobs,
    });
    const commit = await this.call<{ sha: string; author: Person; committer: Person }>(
      'POST /repos/{owner}/{repo}/git/commits',
      repository,
      { message: change.message, tree: tree.sha, parents: [change.parent] },
    );
    return { sha: commit.sha, author: person(commit.author), committer: person(commit.committer) };
  }

  /**
   * Points one of paperlint's own branches at a commit: creates it, or moves it there (a force
   * update: the branch holds one commit of paperlint's, made again on each run).
   */
  async setBranch(repository: Repository, branch: string, sha: string, exists: boolean): Promise<void> {
    if (!branch.startsWith(OWN_BRANCHES))
      throw new RefusedWrite(`paperlint writes only its own branches, not ${branch}`);
    if (exists) {
      await this.call('PATCH /repos/{owner}/{repo}/git/refs/{ref}', repository, {
        ref: `heads/${branch}`,
        sha,
        force: true,
      });
    } else {
      await this.call('POST /repos/{owner}/{repo}/git/refs', repository, {
        ref: `refs/heads/${branch}`,
        sha,
      });
    }
  }

  /** The pull requests from a branch of this repository, newest first. */
  async pullsFrom(repository: Repository, branch: string, state: 'open' | 'closed'): Promise<Pull[]> {
    const pulls = await this.call<
      {
        number: number;
        merged_at: string | null;
        body: string | null;
        html_url: string;
        head: { sha: string };
      }[]
    >('GET /repos/{owner}/{repo}/pulls', repository, {
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

  async openPull(
    repository: Repository,
    pull: { head: string; base: string; title: string; body: string },
  ): Promise<string> {
    const created = await this.call<{ html_url: string }>(
      'POST /repos/{owner}/{repo}/pulls',
      repository,
      pull,
    );
    return created.html_url;
  }

  async editPull(
    repository: Repository,
    number: number,
    edit: { title?: string; body?: string; state?: 'closed' },
  ): Promise<void> {
    await this.call('PATCH /repos/{owner}/{repo}/pulls/{pull_number}', repository, {
      pull_number: number,
      ...edit,
    });
  }

  /** The bodies of the comments on a pull request. */
  async comments(repository: Repository, number: number): Promise<string[]> {
    const comments = (await this.octokit.paginate(
      'GET /repos/{owner}/{repo}/issues/{issue_number}/comments',
      {
        ...repository,
        issue_number: number,
        per_page: 100,
      },
    )) as { body?: string }[];
    return comments.map((comment) => comment.body ?? '');
  }

  async comment(repository: Repository, number: number, body: string): Promise<void> {
    await this.call('POST /repos/{owner}/{repo}/issues/{issue_number}/comments', repository, {
      issue_number: number,
      body,
    });
  }
}
