/**
 * Reads the arXiv API's Atom feed (https://info.arxiv.org/help/api/user-manual.html) as it arrives,
 * with saxes, a strict streaming XML parser: linear in the text, whatever the text, so the reading
 * fits in the request's own time limit. Pure. Of the feed it keeps the entries' ids (versioned,
 * `http` or `https`), titles (hard-wrapped, with runs of spaces), authors, first submission, and
 * the `arxiv:` journal reference, comment and DOI, and when the latest version was submitted. A
 * malformed id answers with one entry titled `Error`.
 *
 * An answer counts only when it is whole and says so: well-formed to its `</feed>`, and with as many
 * entries as its `opensearch:totalResults`. Anything else (a proxy's page, `Rate exceeded.`, a feed
 * cut short or miscounted, an entry without an arXiv id) is no answer, never "no such paper".
 */
import { SaxesParser, type SaxesTagNS } from 'saxes';
import { canonicalArxivId, type PaperRecord } from './record.js';

export type Feed =
  | { readonly kind: 'papers'; readonly records: readonly PaperRecord[] }
  /** arXiv refused the query; `id` is the id it names as malformed, when it names one. */
  | { readonly kind: 'error'; readonly message: string; readonly id: string | undefined };

const ATOM = 'http://www.w3.org/2005/Atom';
const ARXIV = 'http://arxiv.org/schemas/atom';
const OPENSEARCH = 'http://a9.com/-/spec/opensearch/1.1/';

/** What is read of an element: the feed's count, an entry's fields, an author's name. */
type Field =
  | 'totalResults'
  | 'id'
  | 'title'
  | 'summary'
  | 'published'
  | 'updated'
  | 'journalRef'
  | 'comment'
  | 'doi'
  | 'name';

/** The fields read, by the element they sit in and their own namespace and name. */
const FIELDS: Readonly<Record<string, Field>> = {
  [`feed ${OPENSEARCH} totalResults`]: 'totalResults',
  [`entry ${ATOM} id`]: 'id',
  [`entry ${ATOM} title`]: 'title',
  [`entry ${ATOM} summary`]: 'summary',
  [`entry ${ATOM} published`]: 'published',
  [`entry ${ARXIV} journal_ref`]: 'journalRef',
  [`entry ${ARXIV} comment`]: 'comment',
  [`entry ${ATOM} updated`]: 'updated',
  [`entry ${ARXIV} doi`]: 'doi',
  [`author ${ATOM} name`]: 'name',
};

/**
 * Deepest element read: arXiv's feed nests four deep (feed, entry, author, name). saxes resolves an
 * element's namespace up the open elements, so depth unbounded would make reading quadratic.
 */
const MAX_DEPTH = 8;

/** Most attributes on one element: arXiv's have up to four (a link's), its feed three namespaces. */
const MAX_ATTRIBUTES = 16;

/** Longest entry id read (an abs URL is under 60 characters): bounds the work on an id. */
const MAX_ID = 200;

interface EntryFields {
  readonly fields: Partial<Record<Field, string>>;
  readonly authors: string[];
}

/**
 * Reads one answer: `write` each piece of text as it comes, then `end`. An answer to n ids has at
 * most n entries: one with more is no answer, and is not read further.
 */
export class FeedReader {
  private readonly parser = new SaxesParser({ xmlns: true, position: false });
  /** The open elements' roles: `feed`, `entry`, `author`, or `other`. */
  private readonly open: string[] = [];
  private readonly entries: EntryFields[] = [];
  private totalResults: string | undefined;
  private reading: { readonly field: Field; readonly depth: number; readonly text: string[] } | undefined;
  private author: string[] | undefined;
  private attributes = 0;
  /** Characters written so far, and the last one: where markup arXiv never writes may start. */
  private written = 0;
  private last = '';
  private closed = false;
  private failed = false;

  constructor(private readonly maxEntries: number) {
    this.parser.on('opentagstart', () => (this.attributes = 0));
    this.parser.on('attribute', () => {
      if (++this.attributes > MAX_ATTRIBUTES) throw new Error('too many attributes');
    });
    this.parser.on('opentag', (tag) => this.opened(tag));
    this.parser.on('closetag', () => this.closedTag());
    this.parser.on('text', (text) => this.reading?.text.push(text));
    this.parser.on('cdata', (text) => this.reading?.text.push(text));
    // saxes throws on the first well-formedness error (its default); `write` stops reading there.
  }

  write(text: string): void {
    if (this.failed) return;
    // arXiv writes no comment, CDATA section, DOCTYPE or processing instruction (but its XML
    // declaration): text holding one is no answer, refused before saxes reads it, which it does
    // slowly and at a high cost in memory (about 1 s and 30 MB per MB of text).
    const joined = this.last + text;
    // The declaration is the document's first characters: an instruction anywhere after them is not.
    const start = this.written - this.last.length;
    if (joined.includes('<!') || joined.indexOf('<?', start === 0 ? 1 : 0) !== -1) {
      this.failed = true;
      return;
    }
    this.written += text.length;
    this.last = text.at(-1) ?? this.last;
    try {
      this.parser.write(text);
    } catch {
      this.failed = true;
    }
  }

  /** The feed, or undefined when the text was not one whole arXiv answer. */
  end(): Feed | undefined {
    if (!this.failed) {
      try {
        this.parser.close();
      } catch {
        this.failed = true;
      }
    }
    if (this.failed || !this.closed || !/^\d+$/.test(this.totalResults ?? '')) return undefined;
    if (Number(this.totalResults) !== this.entries.length) return undefined;
    const records: PaperRecord[] = [];
    for (const { fields, authors } of this.entries) {
      const id = fields.id ?? '';
      if (id.length > MAX_ID) return undefined;
      if (id.includes('/api/errors') || (fields.title === 'Error' && !id.includes('/abs/'))) {
        const message = fields.summary ?? 'error';
        const named = /incorrect id format for (\S+)/i.exec(message);
        return { kind: 'error', message, id: named ? canonicalArxivId(named[1]) : undefined };
      }
      const abs = /arxiv\.org\/abs\/(.+?)(v\d+)?$/i.exec(id);
      if (!abs) return undefined;
      records.push({
        id: canonicalArxivId(abs[1]),
        version: abs[2] ?? '',
        title: fields.title ?? '',
        authors,
        published: fields.published ?? '',
        ...(fields.journalRef ? { journalRef: fields.journalRef } : {}),
        ...(fields.comment ? { comment: fields.comment } : {}),
        ...(fields.doi ? { doi: fields.doi } : {}),
        ...(fields.updated ? { updated: fields.updated } : {}),
      });
    }
    return { kind: 'papers', records };
  }

  private opened(tag: SaxesTagNS): void {
    const parent = this.open.at(-1);
    if (parent === undefined && !(tag.uri === ATOM && tag.local === 'feed')) throw new Error('not a feed');
    if (this.open.length === MAX_DEPTH) throw new Error('nested too deep');
    let role = 'other';
    if (parent === undefined) role = 'feed';
    else if (parent === 'feed' && tag.uri === ATOM && tag.local === 'entry') {
      role = 'entry';
      if (this.entries.length === this.maxEntries) throw new Error('more entries than ids asked');
      this.entries.push({ fields: {}, authors: [] });
    } else if (parent === 'entry' && tag.uri === ATOM && tag.local === 'author') {
      role = 'author';
      this.author = [];
    }
    const field = parent && !this.reading ? FIELDS[`${parent} ${tag.uri} ${tag.local}`] : undefined;
    if (field) this.reading = { field, depth: this.open.length, text: [] };
    this.open.push(role);
  }

  private closedTag(): void {
    const role = this.open.pop();
    if (this.reading?.depth === this.open.length)
      this.keep(this.reading.field, clean(this.reading.text.join('')));
    if (role === 'author') this.entries.at(-1)?.authors.push(this.author?.[0] ?? '');
    if (role === 'feed') this.closed = true;
  }

  /** The first of each field counts, as in arXiv's own feed, where each appears once. */
  private keep(field: Field, text: string): void {
    this.reading = undefined;
    if (field === 'totalResults') this.totalResults ??= text;
    else if (field === 'name') this.author?.push(text);
    else {
      const entry = this.entries.at(-1);
      if (entry) entry.fields[field] ??= text;
    }
  }
}

/** Whitespace runs collapsed, no controls: an escape sequence for a terminal is never part of a title or a name. */
function clean(text: string): string {
  return text
    .replace(/\s+/g, ' ')
    .replace(/[\u0000-\u001f\u007f-\u009f]/g, '')
    .trim();
}
