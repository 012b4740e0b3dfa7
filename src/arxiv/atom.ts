/**
 * Reads the arXiv API's Atom feed (https://info.arxiv.org/help/api/user-manual.html). Pure. The
 * feed's shapes are few and fixed, so a small reader does: entries, their titles (hard-wrapped,
 * with runs of spaces), ids (versioned, `http` or `https`), authors, first submission, and the
 * `arxiv:` journal reference, comment and DOI, and when the latest version was submitted. A malformed id answers with one entry titled `Error`.
 */
import { canonicalArxivId, type PaperRecord } from './record.js';

export type Feed =
  | { readonly kind: 'papers'; readonly records: readonly PaperRecord[] }
  /** arXiv refused the query; `id` is the id it names as malformed, when it names one. */
  | { readonly kind: 'error'; readonly message: string; readonly id: string | undefined };

/** The feed, or undefined when the text is not an Atom feed at all (a proxy's page, `Rate exceeded.`). */
export function parseFeed(xml: string): Feed | undefined {
  if (!/<feed[\s>]/.test(xml)) return undefined;
  const records: PaperRecord[] = [];
  for (const body of elements(xml, 'entry')) {
    const id = text(body, 'id') ?? '';
    const title = text(body, 'title') ?? '';
    if (/\/api\/errors/.test(id) || (title === 'Error' && !/\/abs\//.test(id))) {
      const message = text(body, 'summary') ?? 'error';
      const named = /incorrect id format for (\S+)/i.exec(message);
      return { kind: 'error', message, id: named ? canonicalArxivId(named[1]) : undefined };
    }
    const abs = /arxiv\.org\/abs\/(.+?)(v\d+)?$/i.exec(id);
    if (!abs) continue;
    const journalRef = text(body, 'arxiv:journal_ref');
    const comment = text(body, 'arxiv:comment');
    const doi = text(body, 'arxiv:doi');
    const updated = text(body, 'updated');
    records.push({
      id: canonicalArxivId(abs[1]),
      version: abs[2] ?? '',
      title,
      authors: elements(body, 'author').map((author) => text(author, 'name') ?? ''),
      published: text(body, 'published') ?? '',
      ...(journalRef ? { journalRef } : {}),
      ...(comment ? { comment } : {}),
      ...(doi ? { doi } : {}),
      ...(updated ? { updated } : {}),
    });
  }
  return { kind: 'papers', records };
}

/** The bodies of every `<name …>…</name>` element (non-nested, as in the feed). */
function elements(xml: string, name: string): string[] {
  const bodies: string[] = [];
  const open = new RegExp(`<${name}(?:\\s[^>]*)?>`, 'g');
  const close = `</${name}>`;
  for (let match = open.exec(xml); match; match = open.exec(xml)) {
    const start = match.index + match[0].length;
    const end = xml.indexOf(close, start);
    if (end === -1) break;
    bodies.push(xml.slice(start, end));
    open.lastIndex = end + close.length;
  }
  return bodies;
}

/** The text of the first `<name>` element: entities decoded, whitespace runs collapsed, no controls. */
function text(xml: string, name: string): string | undefined {
  const body = elements(xml, name)[0];
  if (body === undefined) return undefined;
  // Controls (an escape sequence for a terminal) are never part of a title or a name.
  return decode(body)
    .replace(/\s+/g, ' ')
    .replace(/[\u0000-\u001f\u007f-\u009f]/g, '')
    .trim();
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

function decode(body: string): string {
  return body.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, name: string) => {
    if (name[0] !== '#') return ENTITIES[name] ?? whole;
    const code = name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : Number(name.slice(1));
    return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
  });
}
