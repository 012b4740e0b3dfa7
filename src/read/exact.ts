/**
 * The exact reader: an entry's lines as GitHub renders them, by mdast (mdast-util-from-markdown
 * with GFM). Loaded on demand (a chunk of its own), only for the entries the fast scanner cannot
 * prove and for checking fixes against the rendering; a run that needs neither never loads it.
 */
import type { Nodes, Parent, PhrasingContent, Root } from 'mdast';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { gfmFromMarkdown } from 'mdast-util-gfm';
import { gfm } from 'micromark-extension-gfm';
import { attribute, htmlImages, type InlineLink, type InlineView, type Span } from './inline.js';

const syntax = { extensions: [gfm()], mdastExtensions: [gfmFromMarkdown()] };

function parse(markdown: string): Root {
  return fromMarkdown(markdown, syntax);
}

/**
 * Lines `first`..`last` of `lines` parsed on their own, with the list's reference definitions they
 * use appended after them (a definition anywhere in a file serves every reference in it). An entry
 * nested in another item (its first line indented) is parsed with that indent taken off each line
 * that has it, as the item it is rather than as indented code; `stripped` says how much per line.
 */
function parseEntry(
  lines: readonly string[],
  first: number,
  last: number,
  definitions: readonly string[],
  contentIndent: number,
): { tree: Root; stripped: readonly number[] } {
  const indent = /^ */.exec(lines[first - 1] ?? '')![0].length;
  const stripped: number[] = [];
  let previousBlank = false;
  const body = lines
    .slice(first - 1, last)
    .map((line, at) => {
      const spaces = /^ */.exec(line)![0].length;
      // A line after an empty line short of the item's text falls out of the item (the reader kept
      // it, an author line under its title: see segment). Read at the page's margin, as the
      // paragraph it is meant to be, not as the code block four spaces make of it there: the indent
      // rule tells it to move in, the other rules read what it says.
      const fallsOut = at > 0 && previousBlank && spaces < contentIndent;
      previousBlank = line.trim() === '';
      const cut = fallsOut ? spaces : Math.min(indent, spaces);
      stripped.push(cut);
      return line.slice(cut);
    })
    .join('\n');
  const tree = parse(definitions.length > 0 ? `${body}\n\n${definitions.join('\n')}\n` : body);
  return { tree, stripped };
}

export function exactView(
  lines: readonly string[],
  first: number,
  last: number,
  definitions: readonly string[],
  /** Columns before a list item's text (see textIndent); 0 reads every line as written. */
  contentIndent = 0,
): InlineView {
  const { tree, stripped } = parseEntry(lines, first, last, definitions, contentIndent);
  const targets = new Map<string, string>();
  for (const node of tree.children) {
    if (node.type === 'definition' && !targets.has(node.identifier)) targets.set(node.identifier, node.url);
  }
  const at = (point: { line: number; column: number }) => ({
    line: point.line + first - 1,
    offset: point.column - 1 + (stripped[point.line - 1] ?? 0),
  });
  const lineText = (line: number) => lines[line - 1] ?? '';
  /** Source text from one point to another (across lines joined by "\n"). */
  const between = (from: { line: number; offset: number }, to: { line: number; offset: number }) =>
    from.line === to.line
      ? lineText(from.line).slice(from.offset, to.offset)
      : [
          lineText(from.line).slice(from.offset),
          ...lines.slice(from.line, to.line - 1),
          lineText(to.line).slice(0, to.offset),
        ].join('\n');

  const links = new Map<number, InlineLink[]>();
  const strong = new Map<string, Span>();
  const emphasis = new Map<string, Span>();
  const addLink = (line: number, link: InlineLink) => {
    const list = links.get(line) ?? [];
    list.push(link);
    links.set(line, list);
  };

  const visit = (node: Nodes, siblings: readonly Nodes[], index: number) => {
    const position = node.position;
    if (position && position.start.line + first - 1 <= last) {
      const start = at(position.start);
      const end = at(position.end);
      const endLine = end.line !== start.line ? { endLine: end.line } : {};
      const line = lineText(start.line);
      switch (node.type) {
        case 'strong':
        case 'emphasis': {
          const size = node.type === 'strong' ? 2 : 1;
          (node.type === 'strong' ? strong : emphasis).set(`${start.line}:${start.offset}`, {
            start: start.offset,
            end: end.offset,
            innerStart: start.offset + size,
            innerEnd: end.offset - size,
            ...endLine,
          });
          break;
        }
        case 'link':
        case 'image': {
          if (line[start.offset] === '<') {
            // An autolink: `<https://...>`.
            addLink(start.line, {
              image: false,
              text: between({ ...start, offset: start.offset + 1 }, { ...end, offset: end.offset - 1 }),
              url: node.url,
              start: start.offset,
              end: end.offset,
              urlStart: start.offset + 1,
              urlEnd: end.offset - 1,
              ...endLine,
            });
            break;
          }
          if (line[start.offset] !== '[' && line[start.offset] !== '!') {
            // A bare URL GFM links by itself.
            addLink(start.line, {
              image: false,
              text: between(start, end),
              url: node.url,
              start: start.offset,
              end: end.offset,
              urlStart: start.offset,
              urlEnd: end.offset,
              ...endLine,
            });
            break;
          }
          const textStart = { ...start, offset: start.offset + (node.type === 'image' ? 2 : 1) };
          const textEnd = labelEnd(node, textStart);
          const destination = destinationAt(lineText(textEnd.line), textEnd.offset + 2);
          addLink(start.line, {
            image: node.type === 'image',
            text: between(textStart, textEnd),
            url: node.url,
            start: start.offset,
            end: end.offset,
            urlStart: destination.start,
            urlEnd: destination.end,
            ...endLine,
          });
          break;
        }
        case 'linkReference':
        case 'imageReference': {
          const textStart = { ...start, offset: start.offset + (node.type === 'imageReference' ? 2 : 1) };
          const textEnd = labelEnd(node, textStart);
          // The target lives in a definition elsewhere: no URL columns in this entry to rewrite.
          addLink(start.line, {
            image: node.type === 'imageReference',
            text: between(textStart, textEnd),
            url: targets.get(node.identifier) ?? '',
            start: start.offset,
            end: end.offset,
            urlStart: end.offset,
            urlEnd: end.offset,
            ...endLine,
          });
          break;
        }
        case 'html':
          for (const link of htmlLinks(node.value, siblings, index)) {
            const from = offsetPoint(between(start, end), start, link.start);
            const to = offsetPoint(between(start, end), start, link.end);
            const url = offsetPoint(between(start, end), start, link.urlStart);
            addLink(from.line, {
              image: link.image,
              text: link.text,
              url: link.url,
              start: from.offset,
              end: to.offset,
              urlStart: url.offset,
              urlEnd: url.offset + (link.urlEnd - link.urlStart),
              ...(to.line !== from.line ? { endLine: to.line } : {}),
            });
          }
          break;
      }
    }
    if ('children' in node) {
      const children = node.children as Nodes[];
      children.forEach((child, i) => visit(child, children, i));
    }
  };
  visit(tree, [], 0);

  /** Where a link's bracketed text ends: after its last child, or right away when it has none. */
  function labelEnd(node: Nodes, textStart: { line: number; offset: number }) {
    const children = 'children' in node ? (node.children as PhrasingContent[]) : [];
    const last = children[children.length - 1]?.position?.end;
    if (last) return at(last);
    if (node.type === 'image' || node.type === 'imageReference') return closingBracket(textStart);
    return textStart;
  }
  /** The `]` closing an image's alt text (brackets nest; escaped ones do not count). */
  function closingBracket(from: { line: number; offset: number }) {
    let depth = 0;
    for (let line = from.line; line <= last; line++) {
      const text = lineText(line);
      for (let i = line === from.line ? from.offset : 0; i < text.length; i++) {
        if (text[i] === '\\') i++;
        else if (text[i] === '[') depth++;
        else if (text[i] === ']' && depth-- === 0) return { line, offset: i };
      }
    }
    return from;
  }

  for (const list of links.values()) list.sort((a, b) => a.start - b.start);
  return {
    exact: true,
    links: (line) => links.get(line) ?? [],
    strongAt: (line, offset) => strong.get(`${line}:${offset}`),
    emphasisAt: (line, offset) => emphasis.get(`${line}:${offset}`),
    firstStrong: (line, from, before = Number.MAX_SAFE_INTEGER) => {
      let first: Span | undefined;
      for (const [key, span] of strong) {
        const onLine = key.startsWith(`${line}:`) && span.endLine === undefined;
        if (onLine && span.start >= from && span.start < before && (!first || span.start < first.start))
          first = span;
      }
      return first;
    },
  };
}

/** A link destination starting at `from` (after `](`): `<url>` or a run without spaces, parentheses balanced. */
function destinationAt(line: string, from: number): { start: number; end: number } {
  let start = from;
  while (line[start] === ' ' || line[start] === '\t') start++;
  if (line[start] === '<') {
    const close = line.indexOf('>', start);
    return { start: start + 1, end: close === -1 ? start + 1 : close };
  }
  let depth = 0;
  let end = start;
  for (; end < line.length; end++) {
    const ch = line[end];
    if (ch === '\\') end++;
    else if (ch === ' ' || ch === '\t') break;
    else if (ch === '(') depth++;
    else if (ch === ')' && depth-- === 0) break;
  }
  return { start, end: Math.min(end, line.length) };
}

/** The point `index` characters into `text`, which starts at `origin` (lines joined by "\n"). */
function offsetPoint(text: string, origin: { line: number; offset: number }, index: number) {
  const before = text.slice(0, index);
  const newline = before.lastIndexOf('\n');
  if (newline === -1) return { line: origin.line, offset: origin.offset + index };
  return { line: origin.line + before.split('\n').length - 1, offset: index - newline - 1 };
}

/** A link or image written in HTML; its offsets are in the HTML node's text. */
type HtmlLink = Omit<InlineLink, 'endLine'>;

const A_OPEN = /^<a\b[^>]*>$/i;

/**
 * `<img src=... alt=...>` tags in an HTML node (inline or block), and an inline `<a href=...>`
 * whose `</a>` follows among its siblings (its text is what lies between).
 */
function htmlLinks(html: string, siblings: readonly Nodes[], index: number): HtmlLink[] {
  const found: HtmlLink[] = htmlImages(html);
  const href = A_OPEN.test(html) ? attribute(html, 'href') : undefined;
  if (href) {
    const close = siblings.findIndex(
      (node, i) => i > index && node.type === 'html' && /^<\/a\s*>$/i.test(node.value),
    );
    const text = siblings
      .slice(index + 1, close)
      .map((node) => ('value' in node ? node.value : ''))
      .join('');
    const closeEnd = close === -1 ? undefined : siblings[close].position?.end;
    const open = siblings[index].position?.start;
    if (closeEnd && open) {
      // The span from `<a` to the end of `</a>`, in the opening tag's coordinates when on one line.
      const length = closeEnd.line === open.line ? closeEnd.column - open.column : html.length;
      found.push({
        image: false,
        text,
        url: href.value,
        start: 0,
        end: length,
        urlStart: href.start,
        urlEnd: href.end,
      });
    }
  }
  return found;
}

export interface RenderingOptions {
  /** Brackets written around a link labelled `label` are markup, not text. */
  readonly bracketedLabel?: RegExp;
  /**
   * Which block holds a line may change (into the list item, out of a code block): list items are
   * not marked, and an indented code block counts as the text it would be outside one.
   */
  readonly blocks?: boolean;
  /** The words of the bold title (the first bold span) may change: it is the title being corrected. */
  readonly boldTitle?: boolean;
}

/**
 * What a reader sees of some markdown, as one string: its text (white space and the punctuation
 * `,.;:` left out), the blocks and inline spans that hold it, images by their alt text; not link
 * targets, nor where paragraphs break. Two entries with the same rendering say the same thing.
 */
export function rendering(markdown: string, options: RenderingOptions = {}): string {
  let out = '';
  const text = (value: string) => {
    out += value.replace(/[\s,.;:]+/g, '');
  };
  const marked = (node: Nodes) =>
    !(
      node.type === 'paragraph' ||
      node.type === 'root' ||
      ((node.type === 'list' || node.type === 'listItem') && options.blocks)
    );
  let titleSeen = false;
  const visit = (node: Nodes, siblings: readonly Nodes[], index: number): void => {
    if (node.type === 'strong' && options.boldTitle && !titleSeen) {
      titleSeen = true;
      out += '\u0001title\u0003';
      return;
    }
    switch (node.type) {
      case 'definition':
      case 'break':
        return;
      case 'text': {
        let value = node.value;
        const isLabelled = (sibling: Nodes | undefined) =>
          !!options.bracketedLabel &&
          sibling?.type === 'link' &&
          options.bracketedLabel.test(sibling.children.map((c) => ('value' in c ? c.value : '')).join(''));
        if (isLabelled(siblings[index + 1]) && value.endsWith('[')) value = value.slice(0, -1);
        if (isLabelled(siblings[index - 1]) && value.startsWith(']')) value = value.slice(1);
        text(value);
        return;
      }
      case 'code':
        if (options.blocks && node.lang == null) {
          visit(parse(node.value), [], 0);
          return;
        }
        out += `\u0001${node.type}\u0002${node.value.replace(/\s+/g, ' ')}\u0003`;
        return;
      case 'inlineCode':
      case 'html':
        out += `\u0001${node.type}\u0002${node.value.replace(/\s+/g, ' ')}\u0003`;
        return;
      case 'image':
      case 'imageReference':
        out += `\u0001image\u0002`;
        text(node.alt ?? '');
        out += '\u0003';
        return;
    }
    if (marked(node)) out += `\u0001${node.type}\u0002`;
    const children = 'children' in node ? (node as Parent).children : [];
    children.forEach((child, i) => visit(child, children, i));
    if (marked(node)) out += '\u0003';
  };
  visit(parse(markdown), [], 0);
  return out;
}
