/**
 * A fake Semantic Scholar graph API on 127.0.0.1: `POST /graph/v1/paper/batch?fields=…` with
 * `{"ids": ["ARXIV:…"]}` answers one item per id, in order, null for a paper it does not know (as
 * https://api.semanticscholar.org/api-docs/graph describes), and on demand 429 with Retry-After,
 * 5xx, or no answer at all.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface FakeScholarPaper {
  venue?: string;
  year?: number;
  publicationVenue?: { name: string; alternate_names?: string[] } | null;
  externalIds?: Record<string, string>;
}

export interface ScholarFault {
  kind: 'throttle' | 'status' | 'hold';
  status?: number;
  retryAfter?: string;
  times: number;
}

export class FakeScholar {
  /** Papers by arXiv id. */
  readonly papers = new Map<string, FakeScholarPaper>();
  faults: ScholarFault[] = [];
  /** The ids of each request. */
  readonly requests: string[][] = [];
  url = '';
  private server: Server | undefined;
  private readonly held: ServerResponse[] = [];

  async start(): Promise<void> {
    this.server = createServer((request, response) => void this.handle(request, response));
    await new Promise<void>((resolve) => this.server!.listen(0, '127.0.0.1', resolve));
    this.url = `http://127.0.0.1:${(this.server!.address() as AddressInfo).port}/graph/v1`;
  }

  async stop(): Promise<void> {
    for (const response of this.held) response.destroy();
    this.server?.closeAllConnections();
    await new Promise((resolve) => this.server?.close(resolve));
  }

  private async handle(request: IncomingMessage, response: ServerResponse) {
    const chunks: Buffer[] = [];
    for await (const chunk of request) chunks.push(chunk as Buffer);
    const url = new URL(request.url ?? '/', 'http://127.0.0.1');
    if (
      request.method !== 'POST' ||
      url.pathname !== '/graph/v1/paper/batch' ||
      !url.searchParams.get('fields')
    ) {
      response.writeHead(404, { 'content-type': 'application/json' });
      return void response.end('{"error":"Not found"}');
    }
    const ids = (JSON.parse(Buffer.concat(chunks).toString('utf8')) as { ids: string[] }).ids;
    this.requests.push(ids);
    const fault = this.faults.find((f) => f.times > 0);
    if (fault) {
      fault.times--;
      if (fault.kind === 'hold') return void this.held.push(response);
      const headers = fault.retryAfter ? { 'retry-after': fault.retryAfter } : {};
      response.writeHead(fault.kind === 'throttle' ? 429 : (fault.status ?? 500), {
        'content-type': 'application/json',
        ...headers,
      });
      return void response.end('{"message":"Too Many Requests"}');
    }
    const answer = ids.map((id) => {
      const paper = this.papers.get(id.replace(/^ARXIV:/, ''));
      return paper ? { paperId: `s2-${id}`, ...paper } : null;
    });
    response.writeHead(200, { 'content-type': 'application/json' });
    response.end(JSON.stringify(answer));
  }
}
