/**
 * A fake GitHub REST API on 127.0.0.1 that keeps the rules paperlint depends on: review comments
 * only on lines of the diff (else 422 for the whole review), 403 on writes for a read-only token,
 * 401 for a bad token, 65,536-character bodies, paginated lists with Link headers, and every request
 * validated against GitHub's OpenAPI description.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { parsePatch, hasLine } from '../../src/read/diff.js';
import { matchOperation } from './openapi.js';

export interface PrFile {
  filename: string;
  status: 'added' | 'modified' | 'removed' | 'renamed';
  patch?: string;
  previous_filename?: string;
}

export interface Account {
  login: string;
  type: 'User' | 'Bot';
}

export interface StoredComment {
  id: number;
  review_id: number;
  path: string;
  line: number;
  start_line: number | null;
  body: string;
  user: Account;
  updated_at: string;
}

export interface StoredReview {
  id: number;
  body: string;
  event: string;
  /** As GitHub lists it: COMMENTED, CHANGES_REQUESTED, APPROVED, or DISMISSED once dismissed. */
  state: string;
  commit_id: string;
  html_url: string;
  user: Account;
  /** Absent while the review is pending. */
  submitted_at?: string;
}

export interface Fault {
  method: string;
  path: RegExp;
  status: number;
  headers?: Record<string, string>;
  /** How many matching requests fail before the fault clears. */
  times: number;
  /** How many matching requests pass untouched before the fault starts. */
  skip?: number;
  message?: string;
  /** Close the connection without answering. */
  hangUp?: boolean;
  /** Handle the request as usual, then close the connection instead of answering (a lost answer). */
  loseAnswer?: boolean;
  /** Never answer (the client must time out). */
  hold?: boolean;
}

export interface RecordedRequest {
  method: string;
  path: string;
  operation: string | undefined;
  status: number;
  body: unknown;
  /** When the request arrived (epoch ms), for the benchmark's cold-start figure. */
  at: number;
}

export const ACTIONS_BOT: Account = { login: 'github-actions[bot]', type: 'Bot' };
const REVIEW_STATES: Record<string, string> = {
  COMMENT: 'COMMENTED',
  REQUEST_CHANGES: 'CHANGES_REQUESTED',
  APPROVE: 'APPROVED',
};

export class FakeGitHub {
  readonly owner = 'thunlp';
  readonly repo = 'DeltaPapers';
  readonly number = 7;
  /** path -> text, per commit SHA. */
  readonly contents = new Map<string, Map<string, string | Buffer>>();
  files: PrFile[] = [];
  comments: StoredComment[] = [];
  reviews: StoredReview[] = [];
  /** The PR as GET /pulls/{n} shows it; `changedFiles` defaults to the number of files listed. */
  pull: {
    baseSha: string;
    headSha: string;
    author: string;
    state?: 'open' | 'closed';
    merged?: boolean;
    changedFiles?: number;
  } = { baseSha: '', headSha: '', author: 'contributor' };
  /**
   * The account the token belongs to, for GET /user; undefined for an installation token (an
   * Actions GITHUB_TOKEN, a GitHub App's), which GET /user refuses (403).
   */
  tokenUser: Account | undefined;
  /** Handles more operations (the Git data fake): true when it answered. */
  more:
    | ((
        operation: { id: string; params: Record<string, string> },
        body: unknown,
        query: URLSearchParams,
        send: (status: number, data: unknown, headers?: Record<string, string>) => void,
        paginate: (items: unknown[]) => void,
      ) => boolean)
    | undefined;
  /** A GitHub App's slug: an installation token of that App posts as `<slug>[bot]`. */
  app: string | undefined;
  /** Called before each request is handled (to let "another run" act at an exact moment). */
  onRequest: ((operation: string | undefined, method: string) => void) | undefined;
  /** Awaited before a request is handled: holds it back, to interleave two runs exactly. */
  gate: ((operation: string | undefined, method: string) => Promise<void>) | undefined;
  readOnly = false;
  faults: Fault[] = [];
  readonly requests: RecordedRequest[] = [];
  /** Requests whose shape GitHub's OpenAPI description does not allow. */
  readonly violations: string[] = [];
  private nextId = 1000;
  private server: Server | undefined;
  url = '';

  setFile(sha: string, path: string, text: string | Buffer) {
    if (!this.contents.has(sha)) this.contents.set(sha, new Map());
    this.contents.get(sha)!.set(path, text);
  }

  async start(): Promise<string> {
    this.server = createServer((req, res) => void this.handle(req, res));
    await new Promise<void>((resolve) => this.server!.listen(0, '127.0.0.1', resolve));
    this.url = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
    return this.url;
  }

  async stop() {
    this.server?.closeAllConnections();
    await new Promise((resolve) => this.server?.close(resolve));
  }

  /** The requests made, as `METHOD operation` strings. */
  calls(): string[] {
    return this.requests.map((r) => `${r.method} ${r.operation ?? r.path}`);
  }

  private async handle(req: IncomingMessage, res: ServerResponse) {
    const arrived = performance.timeOrigin + performance.now();
    const url = new URL(req.url ?? '/', this.url);
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const raw = Buffer.concat(chunks).toString('utf8');
    const body = raw === '' ? undefined : JSON.parse(raw);
    const method = req.method ?? 'GET';
    const operation = matchOperation(method, url.pathname, url.searchParams, body);
    const record = (status: number) =>
      this.requests.push({ method, path: url.pathname, operation: operation?.id, status, body, at: arrived });
    const send = (status: number, data: unknown, headers: Record<string, string> = {}) => {
      record(status);
      if (loseAnswer) {
        req.socket.destroy();
        return;
      }
      const text = typeof data === 'string' ? data : JSON.stringify(data);
      res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', ...headers });
      res.end(text);
    };

    let fault = this.faults.find((f) => f.times > 0 && f.method === method && f.path.test(url.pathname));
    if (fault?.skip) {
      fault.skip--;
      fault = undefined;
    }
    let loseAnswer = false;
    if (fault) {
      fault.times--;
      if (fault.hangUp || fault.hold) {
        record(0);
        if (fault.hangUp) req.socket.destroy();
        return;
      }
      if (fault.loseAnswer) loseAnswer = true;
      else return send(fault.status, { message: fault.message ?? `injected ${fault.status}` }, fault.headers);
    }
    if (req.headers.authorization !== 'token test-token') {
      return send(401, { message: 'Bad credentials', documentation_url: 'https://docs.github.com/rest' });
    }
    if (!operation) return send(404, { message: 'Not Found' });
    await this.gate?.(operation.id, method);
    this.onRequest?.(operation.id, method);
    if (operation.errors.length > 0) {
      this.violations.push(`${method} ${url.pathname}: ${operation.errors.join('; ')}`);
      return send(422, { message: 'Validation Failed', errors: operation.errors });
    }
    if (method !== 'GET' && this.readOnly)
      return send(403, { message: 'Resource not accessible by integration' });

    const page = Number(url.searchParams.get('page') ?? '1');
    const perPage = Math.min(100, Number(url.searchParams.get('per_page') ?? '30'));
    const paginate = (items: unknown[]) => {
      const last = Math.max(1, Math.ceil(items.length / perPage));
      const link = (p: number, rel: string) => {
        const next = new URL(url);
        next.searchParams.set('page', String(p));
        return `<${next}>; rel="${rel}"`;
      };
      const links = [...(page < last ? [link(page + 1, 'next'), link(last, 'last')] : [])];
      send(
        200,
        items.slice((page - 1) * perPage, page * perPage),
        links.length ? { link: links.join(', ') } : {},
      );
    };

    if (this.more?.(operation, body, url.searchParams, send, paginate)) return;
    switch (operation.id) {
      case 'pulls/get':
        return send(200, {
          number: this.number,
          state: this.pull.state ?? 'open',
          merged: this.pull.merged ?? false,
          changed_files: this.pull.changedFiles ?? this.files.length,
          base: { sha: this.pull.baseSha },
          head: { sha: this.pull.headSha },
          user: { login: this.pull.author, type: 'User' },
        });
      case 'repos/compare-commits-with-basehead':
        return send(200, { merge_base_commit: { sha: this.pull.baseSha }, files: [] });
      case 'users/get-authenticated':
        return this.tokenUser
          ? send(200, this.tokenUser)
          : send(403, { message: 'Resource not accessible by integration' });
      case 'pulls/list-files':
        return paginate(this.files);
      case 'pulls/list-review-comments':
        return paginate(this.comments);
      case 'pulls/list-reviews':
        return paginate(this.reviews);
      case 'repos/get-content': {
        const text = this.contents.get(url.searchParams.get('ref') ?? '')?.get(operation.params.path);
        if (text === undefined) return send(404, { message: 'Not Found' });
        record(200);
        const binary = Buffer.isBuffer(text);
        res.writeHead(200, {
          'content-type': binary ? 'application/octet-stream' : 'text/plain; charset=utf-8',
        });
        res.end(text);
        return;
      }
      case 'pulls/create-review':
        return this.createReview(body as ReviewRequest, send);
      case 'pulls/submit-review': {
        const review = this.reviews.find((r) => r.id === Number(operation.params.review_id));
        if (!review || review.user.login !== this.poster().login) return send(404, { message: 'Not Found' });
        if (review.state !== 'PENDING')
          return send(422, {
            message: 'Unprocessable Entity',
            errors: ['Review has already been submitted.'],
          });
        const { event, body: text } = body as { event: string; body?: string };
        const refused = this.refuseEvent(event);
        if (refused) return send(422, refused);
        if (text !== undefined) review.body = text;
        review.event = event;
        review.state = REVIEW_STATES[event];
        review.submitted_at = new Date().toISOString();
        return send(200, review);
      }
      case 'pulls/delete-pending-review': {
        const review = this.reviews.find((r) => r.id === Number(operation.params.review_id));
        if (!review || review.user.login !== this.poster().login) return send(404, { message: 'Not Found' });
        if (review.state !== 'PENDING')
          return send(422, {
            message: 'Unprocessable Entity',
            errors: ['Can not delete a non-pending review'],
          });
        this.reviews = this.reviews.filter((r) => r !== review);
        this.comments = this.comments.filter((c) => c.review_id !== review.id);
        return send(200, review);
      }
      case 'pulls/dismiss-review': {
        const review = this.reviews.find((r) => r.id === Number(operation.params.review_id));
        if (!review) return send(404, { message: 'Not Found' });
        // GitHub dismisses only reviews that approve or request changes.
        if (review.state !== 'CHANGES_REQUESTED' && review.state !== 'APPROVED')
          return send(422, {
            message: `Can not dismiss a ${review.state.toLowerCase()} pull request review`,
          });
        review.state = 'DISMISSED';
        return send(200, review);
      }
      case 'pulls/update-review-comment': {
        const comment = this.comments.find((c) => c.id === Number(operation.params.comment_id));
        if (!comment) return send(404, { message: 'Not Found' });
        if (comment.user.login !== this.poster().login) return send(403, { message: 'Forbidden' });
        const text = (body as { body: string }).body;
        if (text.length > 65536)
          return send(422, { message: 'body is too long (maximum is 65536 characters)' });
        comment.body = text;
        comment.updated_at = new Date().toISOString();
        return send(200, comment);
      }
    }
    return send(404, { message: 'Not Found' });
  }

  /** Who this token's posts are written by. */
  poster(): Account {
    return this.tokenUser ?? (this.app ? { login: `${this.app}[bot]`, type: 'Bot' } : ACTIONS_BOT);
  }

  /** GitHub refuses a request for changes (or an approval) by the PR's own author. */
  private refuseEvent(event: string | undefined) {
    if (this.poster().login !== this.pull.author) return undefined;
    if (event === 'REQUEST_CHANGES')
      return {
        message: 'Unprocessable Entity',
        errors: ['Can not request changes on your own pull request'],
      };
    if (event === 'APPROVE')
      return { message: 'Unprocessable Entity', errors: ['Can not approve your own pull request'] };
    return undefined;
  }

  private createReview(review: ReviewRequest, send: (status: number, data: unknown) => void) {
    // One pending review per account and PR; a submitted review is refused while one is pending too.
    if (this.reviews.some((r) => r.state === 'PENDING' && r.user.login === this.poster().login)) {
      return send(422, {
        message: 'Unprocessable Entity',
        errors: ['User can only have one pending review per pull request'],
      });
    }
    const refused = this.refuseEvent(review.event);
    if (refused) return send(422, refused);
    if ((review.body ?? '').length > 65536)
      return send(422, { message: 'body is too long (maximum is 65536 characters)' });
    for (const comment of review.comments ?? []) {
      const file = this.files.find((f) => f.filename === comment.path);
      const lines = file?.patch !== undefined ? parsePatch(file.patch).commentable : undefined;
      const onDiff = (line: number | undefined) =>
        line !== undefined && lines !== undefined && hasLine(lines, line);
      if (!onDiff(comment.line) || (comment.start_line !== undefined && !onDiff(comment.start_line))) {
        return send(422, { message: 'Unprocessable Entity', errors: ['Line could not be resolved'] });
      }
      if (comment.start_line !== undefined && comment.start_line >= comment.line!) {
        return send(422, { message: 'start_line must precede line' });
      }
      if (comment.body.length > 65536) return send(422, { message: 'comment body is too long' });
    }
    const id = this.nextId++;
    const html_url = `https://github.com/${this.owner}/${this.repo}/pull/${this.number}#pullrequestreview-${id}`;
    this.reviews.push({
      id,
      body: review.body ?? '',
      event: review.event ?? 'PENDING',
      state: REVIEW_STATES[review.event ?? ''] ?? 'PENDING',
      commit_id: review.commit_id ?? '',
      html_url,
      user: this.poster(),
      ...(review.event ? { submitted_at: new Date().toISOString() } : {}),
    });
    for (const comment of review.comments ?? []) {
      this.comments.push({
        id: this.nextId++,
        review_id: id,
        path: comment.path,
        line: comment.line!,
        start_line: comment.start_line ?? null,
        body: comment.body,
        user: this.poster(),
        updated_at: new Date().toISOString(),
      });
    }
    send(200, { id, html_url, state: this.reviews.at(-1)!.state, user: this.poster() });
  }
}

interface ReviewRequest {
  body?: string;
  event?: string;
  commit_id?: string;
  comments?: {
    path: string;
    line?: number;
    side?: string;
    start_line?: number;
    start_side?: string;
    body: string;
  }[];
}
