/**
 * Fixes checked against the rendering. A rule's field change is first written through the grammar
 * (fix.ts `renderChange`) and read back: the fixed entry, read and cut again, must hold the values
 * and shape the change meant, or the fix is dropped. Then a fix is applied to its entry, both
 * versions are parsed by mdast (unless the scanner's exact reading already proves the case, below),
 * and the fix is kept only if what a reader sees is unchanged apart from what its rule means to
 * change: white space, the punctuation `,.;:`, an added or removed empty line, a link target, and
 * per rule below. A fix that would change the rendered text otherwise (an empty line inside a bold
 * title, brackets around a title link, markup left visible, words moved out of the item, bold put
 * on what may not be the title) is dropped, and its finding stays without it.
 */
import type { FieldChange, Fix, RuleId } from './rules/types.js';
import { parseEntry, type Entry } from '../grammar/entry.js';
import { PAPER_LABEL } from '../read/links.js';
import { offsetOfColumn } from '../read/text.js';
import type { Grammar } from '../grammar/grammar.js';
import { cutEntry } from '../grammar/template.js';
import { renderChange, smallestEdit, type RenderedChange } from './fix.js';
import type { RenderingOptions } from '../read/exact.js';
import { loadExact, provedView, textIndent, type EntryReader } from '../read/reader.js';
import { indentWidth, isBlank } from '../read/text.js';
import { scannedView, scannerProves, type InlineView } from '../read/inline.js';
import { isListMarker, type ItemBlock } from '../read/segment.js';
import type { SourceText } from '../read/text.js';

/** What a rule's fix may change besides what every fix may. */
const MEANT: Partial<Record<RuleId, RenderingOptions>> = {
  // The bold title's words, corrected to the title arXiv gives the paper.
  'arxiv-metadata': { boldTitle: true },
  // Where the author line belongs: inside the item, not after it or in a code block.
  indent: { blocks: true },
  // The paper link's style: `[pdf](...)` or `[[pdf](...)]`.
  'pdf-missing': { bracketedLabel: PAPER_LABEL },
};

/** A fix longer than this is not checked, nor kept (no real entry needs one). */
const MAX_REPLACEMENT = 4000;

/**
 * For one entry: its fixes, each kept only if it leaves the entry's rendering as its rule means.
 * The reference definitions the entry uses are parsed with it, within the reader's mdast budget.
 * A field change is written through `through`'s grammar for the entry, and kept only if it reads back.
 */
export function renderingGuard(
  source: SourceText,
  block: ItemBlock,
  reader: EntryReader,
  view: InlineView,
  through?: { readonly entry: Entry; readonly grammar: Grammar },
  fileHasDefinitions = true,
): (rule: RuleId, fix: FieldChange | Fix | null) => Promise<Fix | null> {
  const before = new Map<RuleId, string>();
  const definitions = reader.definitionsFor(block);
  const tail = definitions.length > 0 ? `\n\n${definitions.join('\n')}\n` : '';
  return async (rule, proposed) => {
    if (!proposed) return null;
    let fix: Fix;
    if ('replacement' in proposed) fix = proposed;
    else {
      const rendered = through && renderChange(source, through.entry, through.grammar, proposed);
      const readBack =
        rendered && (await readsBack(source, block, view, definitions, reader, rendered, fileHasDefinitions));
      if (!rendered || !readBack) return null;
      fix = rendered.fix;
    }
    const first = Math.min(block.startLine, fix.line);
    const last = Math.max(block.endLine, fix.endLine);
    const lines = source.lines;
    if (
      view.exact &&
      (evidentlyRendersSame(lines, fix, view) || onlyEmptyLinesChange(lines, block, fix, fileHasDefinitions))
    )
      return fix;
    // Two parses at most: the entry as it is (once per rule) and as fixed.
    if (fix.replacement.length > MAX_REPLACEMENT || !reader.budget.take(lines, first, last, definitions, 2)) {
      return null;
    }
    const { rendering } = await loadExact();
    const original = lines.slice(first - 1, last).join('\n');
    const fixed = [
      ...lines.slice(first - 1, fix.line - 1),
      fix.replacement,
      ...lines.slice(fix.endLine, last),
    ].join('\n');
    const options = MEANT[rule] ?? {};
    let expected = before.get(rule);
    if (expected === undefined) before.set(rule, (expected = rendering(original + tail, options)));
    return rendering(fixed + tail, options) === expected ? fix : null;
  };
}

/**
 * Whether the entry as fixed, read the way it was read (mdast where it was and the budget allows,
 * else the scanner) and cut again, has the shape and slot values the change meant: the fix says
 * what it means to a reader of the list as much as to a reader of the text.
 */
async function readsBack(
  source: SourceText,
  block: ItemBlock,
  view: InlineView,
  definitions: readonly string[],
  reader: EntryReader,
  rendered: RenderedChange,
  fileHasDefinitions: boolean,
): Promise<boolean> {
  const { fix, intended } = rendered;
  // The entry as fixed, alone: its lines from line 1 (both readers read an entry's own lines only,
  // and its shape and values hold no line number), not a copy of the whole file for every fix.
  const first = Math.min(block.startLine, fix.line);
  const last = Math.max(block.endLine, fix.endLine);
  const lines = [
    ...source.lines.slice(first - 1, fix.line - 1),
    ...fix.replacement.split('\n'),
    ...source.lines.slice(fix.endLine, last),
  ];
  const fixed: SourceText = { lines, endings: lines.map(() => '\n'), bom: source.bom };
  const moved = movedBlock(
    block,
    block.startLine - first + 1,
    block.endLine + lines.length - (last - first + 1) - first + 1,
  );
  // Read as the entry was: exactly when it was (by the scanner where it proves its reading, as
  // entryReader does, else mdast); out of mdast's budget, the scanner reads it: a reading that
  // differs from the one meant drops the fix.
  const scanned = view.exact ? provedView(lines, moved, fileHasDefinitions) : scannedView(lines);
  const again =
    !view.exact || scanned.exact
      ? scanned
      : reader.budget.take(lines, moved.startLine, moved.endLine, definitions, 1)
        ? (await loadExact()).exactView(lines, moved.startLine, moved.endLine, definitions, textIndent(moved))
        : scanned;
  const cut = cutEntry(fixed, parseEntry(fixed, moved, again));
  return cut.shape === intended.shape && JSON.stringify(cut.values) === JSON.stringify(intended.values);
}

/**
 * The block at other lines, its properties set in the order the reader sets a block's (segment.ts),
 * the others added after them as the block has them. A copy spread from the block is an object of
 * another shape to V8: met after thousands of the reader's own, it made V8 throw the compiled entry
 * parser away and compile it again, in a whole-file run with fixes to check. Nor is a line written
 * over once set (as copying the whole block onto the new one did): a field written again is no
 * longer constant to V8, which then throws away all the compiled code that read a block's lines.
 */
function movedBlock(block: ItemBlock, startLine: number, endLine: number): ItemBlock {
  const { marker, markerColumn, contentColumn, headings } = block;
  const moved: Record<string, unknown> = {
    startLine,
    endLine,
    marker,
    markerColumn,
    contentColumn,
    headings,
  };
  for (const [key, value] of Object.entries(block)) if (!Object.hasOwn(moved, key)) moved[key] = value;
  return moved as unknown as ItemBlock;
}

/** Characters a link destination may hold whatever they are replaced with (no space, `()<>\\`). */
const PLAIN_DESTINATION = /^[\w\-.~:/?#@!$&'*+,;=%[\]]*$/;

/**
 * The cases the entry's own (exact) view proves without parsing again, as the scanner does for
 * reading: one line, and the only change is a link's or image's written target (`](url)`, a plain
 * URL for a plain one), or white space added or taken away before a link or image that follows
 * another one or plain text.
 */
function evidentlyRendersSame(lines: readonly string[], fix: Fix, view: InlineView): boolean {
  if (fix.line !== fix.endLine || fix.replacement.includes('\n')) return false;
  const original = lines[fix.line - 1];
  const { from, to, text: inserted } = smallestEdit(original, fix.replacement);
  const removed = original.slice(from, to);
  const links = view.links(fix.line).filter((link) => link.endLine === undefined);
  const inTarget = links.some(
    (link) =>
      original[link.urlStart - 1] === '(' &&
      link.urlStart <= from &&
      to <= link.urlEnd &&
      PLAIN_DESTINATION.test(original.slice(link.urlStart, link.urlEnd)) &&
      PLAIN_DESTINATION.test(inserted),
  );
  if (inTarget) return true;
  const blank = (text: string) => /^[ \t]*$/.test(text);
  if (!blank(inserted) || !blank(removed) || !links.some((right) => right.start === to)) return false;
  // Spaces before a link or image, after another one or after plain text (a word, a full stop):
  // not after markup, whose meaning can hang on what touches it, nor in the line's indentation.
  const before = original[from - 1] ?? '';
  return (
    links.some((left) => left.end === from) ||
    (/[\p{L}\p{N}.,;:)?]/u.test(before) && original.slice(0, from).trim() !== '')
  );
}

/** A line that would begin a (footnote) definition where a block may begin: `[label]:`, `[^1]:`. */
const DEFINITION_START = /^\[[^\]]*\]:/;

/**
 * A fix that only adds or takes away empty lines after the title line of a list item the scanner
 * reads exactly (the blank-line rule's), proved without parsing. The scanner proved that every construct
 * of every line opens and closes on that line, so each line reads as it did; what an empty line
 * can change is which block a line is in. It changes nothing when, before and after the fix, no
 * line after an empty line falls out of the item (short of its text) or into a code block (four
 * spaces past it), and no line can open a block only an empty line lets open (a definition) or
 * carry lines after it lazily into its own (a quote). Paragraph breaks are not part of the rendering
 * compared: the text reads the same in one paragraph or two.
 */
function onlyEmptyLinesChange(
  lines: readonly string[],
  block: ItemBlock,
  fix: Fix,
  fileHasDefinitions: boolean,
): boolean {
  // A list item's lines: text that is not in one (a paragraph) has the page's margin for its own.
  if (!isListMarker(block.marker) || fix.line <= block.startLine || fix.endLine > block.endLine) return false;
  // Read by the scanner (an entry mdast read may have markup running from line to line).
  const title = lines[block.startLine - 1];
  const contentStart = Math.min(title.length, offsetOfColumn(title, block.contentColumn));
  const indent = block.contentColumn - 1;
  if (!scannerProves(lines, block.startLine, block.endLine, contentStart, indent, fileHasDefinitions)) {
    return false;
  }
  const replaced = lines.slice(fix.line - 1, fix.endLine);
  const replacement = fix.replacement.split('\n');
  const filled = (part: readonly string[]) => part.filter((line) => !isBlank(line)).join('\n');
  if (filled(replaced) !== filled(replacement)) return false;
  const original = lines.slice(block.startLine - 1, block.endLine);
  const fixed = [
    ...lines.slice(block.startLine - 1, fix.line - 1),
    ...replacement,
    ...lines.slice(fix.endLine, block.endLine),
  ];
  return staysInItsParagraphs(original, block) && staysInItsParagraphs(fixed, block);
}

/** Every line of an entry's text is a paragraph line of its item, whatever empty lines sit between. */
function staysInItsParagraphs(entryLines: readonly string[], block: ItemBlock): boolean {
  const contentIndent = block.contentColumn - 1;
  const title = entryLines[0];
  if (
    DEFINITION_START.test(title.slice(Math.min(title.length, offsetOfColumn(title, block.contentColumn))))
  ) {
    return false;
  }
  let previousBlank = false;
  for (const line of entryLines.slice(1)) {
    if (isBlank(line)) {
      previousBlank = true;
      continue;
    }
    const text = line.trimStart();
    if (text.startsWith('>') || DEFINITION_START.test(text)) return false;
    const indent = indentWidth(line);
    if (previousBlank && (indent < contentIndent || indent >= contentIndent + 4)) return false;
    previousBlank = false;
  }
  return true;
}
