/**
 * A fake arXiv query API on 127.0.0.1, answering `id_list` queries with the Atom feed the API user
 * manual describes (https://info.arxiv.org/help/api/user-manual.html): titles hard-wrapped with runs
 * of spaces, versioned ids with `http` and `https` mixed, an unknown id simply absent, a malformed
 * id answered with HTTP 200 and a single entry titled `Error`, and, on demand, throttling
 * (`Rate exceeded.` as plain text), 5xx, a connection closed or never answered.
 */
import { readFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface FakeRecord {
  id: string;
  version: string;
  title: string;
  authors: string[];
  /** Day of first submission, `YYYY-MM-DD`. */
  published: string;
  journalRef?: string;
  comment?: string;
  /** The DOI of where it appeared, as authors give it to arXiv. */
  doi?: string;
}

export interface ArxivFault {
  /**
   * `throttle`: `Rate exceeded.`; `status`: an HTTP error; `hangUp`: close unanswered; `hold`: never
   * answer; `cut`: start the feed, then close the connection; `empty`: a whole feed without entries;
   * `unclosed`: the feed without its `</feed>`; `miscount`: `opensearch:totalResults` one more than
   * the entries; `body`: `body`, HTTP 200.
   */
  kind: 'throttle' | 'status' | 'hangUp' | 'hold' | 'cut' | 'empty' | 'unclosed' | 'miscount' | 'body';
  status?: number;
  retryAfter?: string;
  body?: string;
  /** How many requests fail before the fault clears. */
  times: number;
}

/** The records of the papers the test lists cite (__tests__/fixtures/arxiv/records.json). */
export function fixtureRecords(): FakeRecord[] {
  const file = new URL('../fixtures/arxiv/records.json', import.meta.url);
  return (JSON.parse(readFileSync(file, 'utf8')) as { records: FakeRecord[] }).records;
}

const NEW_ID = /^\d{4}\.\d{4,5}(v\d+)?$/;
const OLD_ID = /^[a-z-]+(\.[A-Z]{2})?\/\d{7}(v\d+)?$/;

const escape = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** arXiv's hard wrap: lines of about 70 characters, continued after a newline and two spaces. */
function wrap(text: string): string {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(' ')) {
    if (line && line.length + word.length + 1 > 70) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  lines.push(line);
  return lines.join('\n  ');
}

export class FakeArxiv {
  readonly records = new Map<string, FakeRecord>();
  /** Ids this arXiv refuses as malformed though they are well-formed (a stricter reader of ids). */
  readonly refused = new Set<string>();
  faults: ArxivFault[] = [];
  /** The ids of each request, in order. */
  readonly requests: string[][] = [];
  /** When each request arrived (epoch ms). */
  readonly arrivals: number[] = [];
  private server: Server | undefined;
  private held: ServerResponse[] = [];
  url = '';

  constructor(records: readonly FakeRecord[] = fixtureRecords()) {
    for (const record of records) this.records.set(record.id, record);
  }

  async start(): Promise<void> {
    this.server = createServer((request, response) => this.handle(request, response));
    await new Promise<void>((resolve) => this.server!.listen(0, '127.0.0.1', resolve));
    this.url = `http://127.0.0.1:${(this.server!.address() as AddressInfo).port}/api/query`;
  }

  async stop(): Promise<void> {
    for (const response of this.held) response.destroy();
    this.server?.closeAllConnections();
    await new Promise((resolve) => this.server?.close(resolve));
  }

  private handle(request: IncomingMessage, response: ServerResponse) {
    const url = new URL(request.url ?? '/', 'http://127.0.0.1');
    const ids = (url.searchParams.get('id_list') ?? '').split(',').filter(Boolean);
    this.requests.push(ids);
    this.arrivals.push(Date.now());
    const fault = this.faults.find((f) => f.times > 0);
    if (fault) {
      fault.times--;
      if (fault.kind === 'hold') return void this.held.push(response);
      if (fault.kind === 'hangUp') return void response.socket?.destroy();
      if (fault.kind === 'cut') {
        response.writeHead(200, { 'content-type': 'application/atom+xml; charset=utf-8' });
        response.write(this.feed(ids, ids.length).slice(0, 300));
        return void setTimeout(() => response.socket?.destroy(), 20);
      }
      const maxResults = Number(url.searchParams.get('max_results') ?? '10');
      if (fault.kind === 'empty' || fault.kind === 'unclosed' || fault.kind === 'miscount') {
        const feed = fault.kind === 'empty' ? this.feed([], maxResults) : this.feed(ids, maxResults);
        response.writeHead(200, { 'content-type': 'application/atom+xml; charset=utf-8' });
        if (fault.kind === 'unclosed') return void response.end(feed.replace('</feed>', ''));
        if (fault.kind === 'empty') return void response.end(feed);
        return void response.end(
          feed.replace(
            />(\d+)<\/opensearch:totalResults>/,
            (_, count) => `>${Number(count) + 1}</opensearch:totalResults>`,
          ),
        );
      }
      if (fault.kind === 'body') {
        response.writeHead(200, { 'content-type': 'application/atom+xml; charset=utf-8' });
        return void response.end(fault.body ?? '');
      }
      const headers = fault.retryAfter ? { 'retry-after': fault.retryAfter } : {};
      if (fault.kind === 'throttle') {
        response.writeHead(fault.status ?? 503, { 'content-type': 'text/plain', ...headers });
        return void response.end('Rate exceeded.');
      }
      response.writeHead(fault.status ?? 500, { 'content-type': 'text/html', ...headers });
      return void response.end('<html><body>Internal Server Error</body></html>');
    }
    response.writeHead(ids.some((id) => this.malformed(id)) ? 400 : 200, {
      'content-type': 'application/atom+xml; charset=utf-8',
    });
    response.end(this.feed(ids, Number(url.searchParams.get('max_results') ?? '10')));
  }

  private malformed(id: string): boolean {
    return this.refused.has(id) || (!NEW_ID.test(id) && !OLD_ID.test(id));
  }

  private feed(ids: readonly string[], maxResults: number): string {
    const query = `search_query=&id_list=${ids.join(',')}&start=0&max_results=${maxResults}`;
    const malformed = ids.find((id) => this.malformed(id));
    const entries = malformed
      ? [errorEntry(`incorrect id format for ${malformed}`)]
      : ids
          .map((id) => this.records.get(id.replace(/v\d+$/, '').replace(/\.[A-Z]{2}\//, '/')))
          .filter((record) => record !== undefined)
          .slice(0, maxResults)
          .map((record, index) => entry(record, index));
    return [
      '<?xml version="1.0" encoding="UTF-8"?>',
      '<feed xmlns="http://www.w3.org/2005/Atom">',
      `  <link href="http://arxiv.org/api/query?${encodeURIComponent(query)}" rel="self" type="application/atom+xml"/>`,
      `  <title type="html">ArXiv Query: ${escape(query)}</title>`,
      '  <id>http://arxiv.org/api/Zxq1nB0gEoW0fHq5c1lGxCQ1k3M</id>',
      '  <updated>2026-11-29T00:00:00-05:00</updated>',
      `  <opensearch:totalResults xmlns:opensearch="http://a9.com/-/spec/opensearch/1.1/">${entries.length}</opensearch:totalResults>`,
      '  <opensearch:startIndex xmlns:opensearch="http://a9.com/-/spec/opensearch/1.1/">0</opensearch:startIndex>',
      `  <opensearch:itemsPerPage xmlns:opensearch="http://a9.com/-/spec/opensearch/1.1/">${maxResults}</opensearch:itemsPerPage>`,
      ...entries,
      '</feed>',
      '',
    ].join('\n');
  }
}

function entry(record: FakeRecord, index: number): string {
  // arXiv's ids come back versioned, some `http`, some `https`.
  const abs = `${index % 2 ? 'https' : 'http'}://arxiv.org/abs/${record.id}${record.version}`;
  const arxiv = 'xmlns:arxiv="http://arxiv.org/schemas/atom"';
  return [
    '  <entry>',
    `    <id>${abs}</id>`,
    `    <updated>${record.published}T00:00:00Z</updated>`,
    `    <published>${record.published}T00:00:00Z</published>`,
    `    <title>${escape(wrap(record.title))}</title>`,
    `    <summary>  The abstract of ${escape(record.id)}, hard-wrapped as arXiv\n  wraps it.\n</summary>`,
    ...record.authors.map((name) => `    <author>\n      <name>${escape(name)}</name>\n    </author>`),
    ...(record.comment
      ? [`    <arxiv:comment ${arxiv}>${escape(wrap(record.comment))}</arxiv:comment>`]
      : []),
    ...(record.journalRef
      ? [`    <arxiv:journal_ref ${arxiv}>${escape(record.journalRef)}</arxiv:journal_ref>`]
      : []),
    ...(record.doi ? [`    <arxiv:doi ${arxiv}>${escape(record.doi)}</arxiv:doi>`] : []),
    `    <link href="${abs}" rel="alternate" type="text/html"/>`,
    `    <link title="pdf" href="${abs.replace('/abs/', '/pdf/')}" rel="related" type="application/pdf"/>`,
    `    <arxiv:primary_category ${arxiv} term="cs.CL" scheme="http://arxiv.org/schemas/atom"/>`,
    '    <category term="cs.CL" scheme="http://arxiv.org/schemas/atom"/>',
    '  </entry>',
  ].join('\n');
}

function errorEntry(message: string): string {
  const id = `http://arxiv.org/api/errors#${message.replace(/ /g, '_')}`;
  return [
    '  <entry>',
    `    <id>${escape(id)}</id>`,
    '    <title>Error</title>',
    `    <summary>${escape(message)}</summary>`,
    '    <updated>2026-11-29T00:00:00-05:00</updated>',
    `    <link href="${escape(id)}" rel="alternate" type="text/html"/>`,
    '    <author>\n      <name>arXiv api core</name>\n    </author>',
    '  </entry>',
  ].join('\n');
}
