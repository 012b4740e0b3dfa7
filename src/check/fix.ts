/**
 * Fixes: a rule's field change rendered through the list's grammar (`renderChange`, the one place a
 * fix writes an entry), and applying fixes to a text. Fixes whose lines overlap are merged into one
 * edit of those lines (each reduced to the smallest span it changes), so one pass applies every fix
 * of an entry.
 */
import type { FieldChange, Fix } from './rules/types.js';
import { titleEnd, writeTitle } from './rules/title-format.js';
import type { Entry } from '../grammar/entry.js';
import { entryStyle, type Grammar } from '../grammar/grammar.js';
import { render, writeLink } from '../grammar/render.js';
import { pieces, shapeOf, type Piece } from '../grammar/shape.js';
import { arxivUrlOf } from '../grammar/write.js';
import {
  cutEntry,
  entryText,
  type Cut,
  type LabelledUrl,
  type RunStyle,
  type SlotValues,
} from '../grammar/template.js';
import { fromSource, toSource, type SourceText } from '../read/text.js';

/** A field change written out: the fix (the lines it changes) and the entry's cut as the change means it. */
export interface RenderedChange {
  readonly fix: Fix;
  readonly intended: Pick<Cut, 'shape' | 'values'>;
}

/** Where on one line (0-based offsets, `to` exclusive) a change may touch the text. */
interface Span {
  readonly line: number;
  readonly from: number;
  readonly to: number;
}

/** The entry as it is cut, and what a change does to it. */
interface Draft {
  parts: Piece[];
  values: SlotValues;
  style: RunStyle;
}

/**
 * The entry with the change, written through the grammar: the entry is cut into its own shape and
 * slot values, the change sets values or the form around a slot, and render.ts's slot writers write
 * it in the entry's own run style (its template's where it shows none). Undefined when no slot holds
 * what the change is about, or when the text would change anywhere else: where the entry's own cut
 * does not write it back byte for byte, a change is written only if that difference is the change.
 */
export function renderChange(
  source: SourceText,
  entry: Entry,
  grammar: Grammar,
  change: FieldChange,
): RenderedChange | undefined {
  const original = entryText(source, entry);
  const cut = cutEntry(source, entry);
  const style = entryStyle(grammar.templateFor(entry), cut);
  const changes = [
    change.title && titleChange(source, entry, change.title),
    change.link && linkChange(source, grammar, cut, change.link),
    change.badges && badgeChange(entry, change.badges.spaceBefore),
  ].filter((one) => one !== undefined);
  if (changes.length !== 1) return undefined;
  const own = render(cut.shape, style, cut.values);
  // A change may hold in more than one way (a URL in two slots): the first that keeps to its span.
  for (const attempt of changes[0]) {
    const draft = attempt.apply({ parts: pieces(cut.shape), values: cut.values, style });
    if (!draft) continue;
    const shape = shapeOf(draft.parts);
    const rendered = render(shape, draft.style, draft.values);
    for (const text of [rendered, own === original ? undefined : carried(original, own, rendered)]) {
      const fix = text === undefined ? undefined : changedLines(entry, original, text);
      if (fix && within(source, fix, attempt.span)) return { fix, intended: { shape, values: draft.values } };
    }
  }
  return undefined;
}

/**
 * The change alone, carried onto the entry as written, for an entry whose own cut writes some other
 * part of it otherwise (a label the reader cut short): the edit the change makes to the cut's
 * rendering, made at the same place of the written text. Undefined where the two edits meet.
 */
function carried(original: string, own: string, rendered: string): string | undefined {
  const change = smallestEdit(own, rendered);
  const drift = smallestEdit(original, own);
  const driftEnd = drift.from + drift.text.length;
  let shift: number;
  if (change.to < drift.from) shift = 0;
  else if (change.from > driftEnd) shift = drift.to - driftEnd;
  else return undefined;
  return original.slice(0, change.from + shift) + change.text + original.slice(change.to + shift);
}

interface Attempt {
  readonly span: Span;
  apply(draft: Draft): Draft | undefined;
}

/** The title's words (the `{title}` slot) and its form (the shape's text around the slot). */
function titleChange(source: SourceText, entry: Entry, to: NonNullable<FieldChange['title']>): Attempt[] {
  const { title } = entry;
  const line = source.lines[title.line - 1];
  const at = line.indexOf(title.text, title.column - 1);
  const end = titleEnd(entry) - 1;
  if (title.text === '' || at === -1 || at + title.text.length > end) return [];
  // As written: the title's markup before its words and after them (bold, its punctuation).
  const before = line.slice(title.column - 1, at);
  const after = line.slice(at + title.text.length, end);
  const span = { line: title.line, from: title.column - 1, to: end };
  return [
    {
      span,
      apply(draft) {
        const slot = draft.parts.findIndex((piece) => 'slot' in piece && piece.slot === 'title');
        if (slot === -1) return undefined;
        const parts = [...draft.parts];
        if (to.form) {
          const [opening, closing] = around((text) => writeTitle(text, to.form!));
          if (!reform(parts, slot, before, after, opening, closing)) return undefined;
        }
        return { ...draft, parts, values: { ...draft.values, title: to.text ?? draft.values.title } };
      },
    },
  ];
}

/** What a writer puts before and after a slot's value. */
function around(write: (text: string) => string): [string, string] {
  const marker = '\u0000';
  const [opening, closing] = write(marker).split(marker);
  return [opening, closing];
}

/**
 * The shape's text around slot `index` rewritten: `before` (which the literal before it must end
 * with) becomes `opening`, `after` (which the literal after it must start with) becomes `closing`.
 */
function reform(
  parts: Piece[],
  index: number,
  before: string,
  after: string,
  opening: string,
  closing: string,
) {
  const previous = parts[index - 1];
  const next = parts[index + 1];
  const literal = (piece: Piece | undefined) => (piece && 'literal' in piece ? piece.literal : '');
  if (before !== '' && !literal(previous).endsWith(before)) return false;
  if (after !== '' && !literal(next).startsWith(after)) return false;
  const head = literal(previous).slice(0, literal(previous).length - before.length) + opening;
  const tail = closing + literal(next).slice(after.length);
  const edited: Piece[] = [];
  if (head !== '') edited.push({ literal: head });
  edited.push(parts[index]);
  if (tail !== '') edited.push({ literal: tail });
  const from = previous && 'literal' in previous ? index - 1 : index;
  const to = next && 'literal' in next ? index + 1 : index;
  parts.splice(from, to - from + 1, ...edited);
  return true;
}

/**
 * One link's target or style. The link is the `{paper}` slot or a member of the `{links}` run,
 * whichever holds its target and changes only where the link is written.
 */
function linkChange(
  source: SourceText,
  grammar: Grammar,
  cut: Cut,
  to: NonNullable<FieldChange['link']>,
): Attempt[] {
  const link = to.at;
  const line = source.lines[link.line - 1];
  const written = line.slice(link.urlColumn - 1, link.urlEndColumn - 1);
  const url = to.arxiv ? arxivUrlOf(grammar.arxivUrl, link.url, to.arxiv) : written;
  if (url === undefined) return [];
  const start = link.bracketed ? link.column - 2 : link.column - 1;
  const end = link.bracketed ? link.endColumn : link.endColumn - 1;
  const span = { line: link.line, from: start, to: end };
  const label = link.label.replace(/^\[|\]$/g, '');
  const paper: Attempt = {
    span,
    apply(draft) {
      if (draft.values.paper !== written) return undefined;
      const parts = [...draft.parts];
      if (to.style) {
        const slot = parts.findIndex((piece) => 'slot' in piece && piece.slot === 'paper');
        const [opening, closing] = around((text) => writeLink({ label, url: text }, to.style!));
        const before = line.slice(start, link.urlColumn - 1);
        const after = line.slice(link.urlEndColumn - 1, end);
        if (slot === -1 || !reform(parts, slot, before, after, opening, closing)) return undefined;
      }
      return { ...draft, parts, values: { ...draft.values, paper: url } };
    },
  };
  // The run's members written with this link's label and target.
  const members = cut.values.links.flatMap((item, index): Attempt[] =>
    item.url === written && item.label === link.label
      ? [
          {
            span,
            apply(draft) {
              // A run has one link style: the others keep theirs only if it is already theirs
              // (else the text changes outside this link, and the change is refused).
              const links = [...draft.values.links];
              links[index] = { label: to.style ? label : item.label, url } satisfies LabelledUrl;
              const style = to.style ? { ...draft.style, linkStyle: to.style } : draft.style;
              return { ...draft, style, values: { ...draft.values, links } };
            },
          },
        ]
      : [],
  );
  // A link the entry's shape holds as literal text (in no slot: a link further on, in a note): its
  // target rewritten there, where the shape writes it once. Not its style, which is the run's.
  const outer = line.slice(start, end);
  const urlAt = link.urlColumn - 1 - start;
  const literal: Attempt = {
    span,
    apply(draft) {
      const holding = draft.parts.filter((piece) => 'literal' in piece && piece.literal.includes(outer));
      const literals = draft.parts.flatMap((piece) => ('literal' in piece ? [piece.literal] : []));
      if (to.style || holding.length !== 1 || literals.join('\u0000').split(outer).length !== 2)
        return undefined;
      const rewritten = outer.slice(0, urlAt) + url + outer.slice(urlAt + written.length);
      const parts = draft.parts.map((piece) =>
        piece === holding[0] && 'literal' in piece
          ? { literal: piece.literal.replace(outer, () => rewritten) }
          : piece,
      );
      return { ...draft, parts };
    },
  };
  return [paper, ...members, literal];
}

/**
 * A space before a glued badge: the badge run's lead when it is the run's first badge, else the
 * run's separator (every badge after the first is glued then, and each gets its space).
 */
function badgeChange(entry: Entry, at: { line: number; column: number }): Attempt[] {
  const index = entry.badges.findIndex((badge) => badge.line === at.line && badge.column === at.column);
  if (index === -1) return [];
  const onLine = entry.badges.filter((badge) => badge.line === at.line);
  const span = {
    line: at.line,
    from: at.column - 1,
    to: Math.max(...onLine.map((badge) => badge.endColumn - 1)),
  };
  return [
    {
      span,
      apply(draft) {
        const { badgeLead, badgeSeparator } = draft.style;
        if (index === 0 && badgeLead === '') return { ...draft, style: { ...draft.style, badgeLead: ' ' } };
        if (index > 0 && badgeSeparator === '')
          return { ...draft, style: { ...draft.style, badgeSeparator: ' ' } };
        return undefined;
      },
    },
  ];
}

/** The fix that turns `original` (the entry's text) into `rendered`: only the lines that differ. */
function changedLines(entry: Entry, original: string, rendered: string): Fix | undefined {
  if (rendered === original) return undefined;
  const was = original.split('\n');
  const now = rendered.split('\n');
  let head = 0;
  while (head < was.length && head < now.length && was[head] === now[head]) head++;
  let tail = 0;
  while (
    tail < was.length - head &&
    tail < now.length - head &&
    was[was.length - 1 - tail] === now[now.length - 1 - tail]
  )
    tail++;
  if (head + tail === was.length) return undefined;
  return {
    line: entry.startLine + head,
    endLine: entry.startLine + was.length - 1 - tail,
    replacement: now.slice(head, now.length - tail).join('\n'),
  };
}

/** Whether the fix changes only the span its change is about. */
function within(source: SourceText, fix: Fix, span: Span): boolean {
  if (fix.line !== span.line || fix.endLine !== span.line || fix.replacement.includes('\n')) return false;
  const { from, to } = smallestEdit(source.lines[span.line - 1], fix.replacement);
  return from >= span.from && to <= span.to;
}

export function applyFixes(text: string, fixes: readonly Fix[]): { text: string; applied: number } {
  const source = toSource(text);
  const lines = [...source.lines];
  const endings = [...source.endings];
  let applied = 0;
  for (const group of overlapping(fixes).reverse()) {
    const ending = endings[group.start - 1] || endings.find((e) => e !== '') || '\n';
    const replacement = mergeFixes(source, group.start, group.end, group.fixes).split('\n');
    const lastEnding = endings[group.end - 1];
    const newEndings = replacement.map((_, i) => (i === replacement.length - 1 ? lastEnding : ending));
    lines.splice(group.start - 1, group.end - group.start + 1, ...replacement);
    endings.splice(group.start - 1, group.end - group.start + 1, ...newEndings);
    applied += group.fixes.length;
  }
  return { text: fromSource({ lines, endings, bom: source.bom }), applied };
}

/** Fixes grouped by overlapping line ranges, in file order. */
function overlapping(fixes: readonly Fix[]): { start: number; end: number; fixes: Fix[] }[] {
  const groups: { start: number; end: number; fixes: Fix[] }[] = [];
  for (const fix of [...fixes].sort((a, b) => a.line - b.line || a.endLine - b.endLine)) {
    const last = groups[groups.length - 1];
    if (last && fix.line <= last.end) {
      last.end = Math.max(last.end, fix.endLine);
      last.fixes.push(fix);
    } else {
      groups.push({ start: fix.line, end: fix.endLine, fixes: [fix] });
    }
  }
  return groups;
}

/**
 * The text of lines start..end with every fix applied. Each fix is reduced to the smallest span it
 * changes; spans are applied right to left, and one that overlaps another is left out.
 */
export function mergeFixes(source: SourceText, start: number, end: number, fixes: readonly Fix[]): string {
  const original = source.lines.slice(start - 1, end).join('\n');
  const edits = fixes.map((fix, order) => {
    const wanted = [
      ...source.lines.slice(start - 1, fix.line - 1),
      fix.replacement,
      ...source.lines.slice(fix.endLine, end),
    ].join('\n');
    return { ...smallestEdit(original, wanted), order };
  });
  edits.sort((a, b) => b.from - a.from || b.order - a.order);
  let text = original;
  let limit = Number.MAX_SAFE_INTEGER;
  for (const edit of edits) {
    if (edit.to > limit) continue;
    text = text.slice(0, edit.from) + edit.text + text.slice(edit.to);
    limit = edit.from;
  }
  return text;
}

/** The one span of `original` to replace (offsets `from`..`to`, end exclusive) to get `wanted`. */
export function smallestEdit(original: string, wanted: string): { from: number; to: number; text: string } {
  let prefix = 0;
  while (prefix < original.length && prefix < wanted.length && original[prefix] === wanted[prefix]) prefix++;
  let suffix = 0;
  while (
    suffix < original.length - prefix &&
    suffix < wanted.length - prefix &&
    original[original.length - 1 - suffix] === wanted[wanted.length - 1 - suffix]
  )
    suffix++;
  return { from: prefix, to: original.length - suffix, text: wanted.slice(prefix, wanted.length - suffix) };
}

/**
 * A fix as the smallest text edit it makes: replace from (startLine, startColumn) up to, not
 * including, (endLine, endColumn) with `text`. Lines and columns are 1-based, columns in UTF-16
 * code units, as SARIF and markdownlint count them. Editors apply two such edits on one line
 * independently, where two whole-line replacements would clash.
 */
export interface TextEdit {
  readonly startLine: number;
  readonly startColumn: number;
  readonly endLine: number;
  readonly endColumn: number;
  readonly text: string;
}

export function fixEdit(source: SourceText, fix: Fix): TextEdit {
  const original = source.lines.slice(fix.line - 1, fix.endLine).join('\n');
  const { from, to, text } = smallestEdit(original, fix.replacement);
  const at = (offset: number) => {
    const before = original.slice(0, offset);
    const newlines = before.split('\n').length - 1;
    return { line: fix.line + newlines, column: offset - (before.lastIndexOf('\n') + 1) + 1 };
  };
  const start = at(from);
  const end = at(to);
  return { startLine: start.line, startColumn: start.column, endLine: end.line, endColumn: end.column, text };
}
