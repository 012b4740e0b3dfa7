/** Entries a change only moved or renumbered: not written by the change, so not checked. */
import { parseEntry } from '../grammar/entry.js';
import { isPaperLink } from '../read/links.js';
import { offsetOfColumn } from '../read/text.js';
import { hasLine, type Change } from '../read/diff.js';
import type { ItemBlock } from '../read/segment.js';
import { indentWidth, isBlank, type SourceText } from '../read/text.js';
import type { ListAsItWas } from './duplicates.js';

/** A line as compared for moves: no indentation, no list number, no trailing space. */
function movable(line: string): string {
  return line.trim().replace(/^\d{1,9}([.)])\s+/, '#$1 ');
}

/**
 * Whether an entry's changed lines all appear among the lines the change removed: it was moved
 * (a reorder) or renumbered (an insertion above it in a numbered list), not written by the change.
 * An entry the change only took a line out of has no changed line, and is still checked, unless
 * every line the change removed is back elsewhere (a pure reorder: its neighbours were not edited).
 */
export function movedEntry(source: SourceText, change: Change): (block: ItemBlock) => boolean {
  if (!change.removed || change.removed.length === 0) return () => false;
  const removed = new Set(change.removed.map(movable));
  const removedAsIs = new Set(change.removed);
  const added = new Set<string>();
  for (const [from, to] of change.changed.ranges) {
    for (let line = from; line <= Math.min(to, source.lines.length); line++)
      added.add(movable(source.lines[line - 1]));
  }
  const moved = [...removed].filter((text) => text !== '');
  const pureMove = moved.length > 0 && moved.every((text) => added.has(text));
  return (block) => {
    let changedLines = 0;
    for (let line = block.startLine; line <= block.endLine; line++) {
      if (!hasLine(change.changed, line)) continue;
      const text = movable(source.lines[line - 1]);
      if (text !== '' && !removed.has(text)) return false;
      // A line emptied to its indent (not a blank line moved with the entry) lost its text here.
      if (text === '' && source.lines[line - 1] !== '' && !removedAsIs.has(source.lines[line - 1]))
        return false;
      if (leftTheItem(source, block, line)) return false;
      changedLines++;
    }
    return changedLines > 0 || pureMove;
  };
}

/**
 * Whether a line of the entry stands, after an empty line, left of the item's text: it renders
 * outside the item. Indentation is otherwise not compared for moves (a renumbered item's lines
 * shift with its number), but a line the change took out of its item was not moved with it.
 */
function leftTheItem(source: SourceText, block: ItemBlock, line: number): boolean {
  return (
    line > block.startLine &&
    isBlank(source.lines[line - 2]) &&
    indentWidth(source.lines[line - 1]) < block.contentColumn - 1
  );
}

/**
 * Items a change made of a line it took out of an entry: the item's first line was a later line of
 * a paper entry in the base, indented under it (an author sub-bullet, a link line), and the change
 * moved it left, where it starts an item of its own and the entry above loses it. Its text is all
 * there still, so it reads as a moved line; it is the entry's line put in the wrong place. Answers
 * the indent the line had in its entry, or undefined. The base is read only when a changed line's
 * text was removed at a deeper indent.
 */
export async function takenOutOfEntries(
  source: SourceText,
  change: Change,
  baseList: () => Promise<ListAsItWas | undefined>,
): Promise<(block: ItemBlock) => number | undefined> {
  const none = () => undefined;
  if (!change.removed || change.removed.length === 0) return none;
  const deepest = new Map<string, number>();
  for (const line of change.removed) {
    const text = line.trim();
    if (text !== '') deepest.set(text, Math.max(deepest.get(text) ?? 0, indentWidth(line)));
  }
  const shallower = (line: string) => indentWidth(line) < (deepest.get(line.trim()) ?? 0);
  let candidates = false;
  for (const [from, to] of change.changed.ranges) {
    for (let line = from; line <= Math.min(to, source.lines.length); line++)
      candidates ||= shallower(source.lines[line - 1]);
  }
  const before = candidates ? await baseList() : undefined;
  if (!before) return none;
  const indentThen = new Map<string, number>();
  for (const block of before.entries) {
    const lines = before.source.lines.slice(block.startLine, block.endLine);
    const moved = lines.filter(
      (line) => deepest.get(line.trim()) === indentWidth(line) && indentWidth(line) > 0,
    );
    if (moved.length === 0 || parseEntry(before.source, block).kind !== 'paper') continue;
    for (const line of moved) indentThen.set(line.trim(), indentWidth(line));
  }
  return (block) => {
    const line = source.lines[block.startLine - 1];
    if (!hasLine(change.changed, block.startLine)) return undefined;
    const then = indentThen.get(line.trim());
    if (then === undefined || indentWidth(line) >= then) return undefined;
    // A line that is a paper of its own (nested under a topic the list read as one item) may be
    // lifted out of it; the lines under it that came along are not its own.
    const item = parseEntry(source, block);
    const ownPaper = item.links.some(
      (link) => link.line === block.startLine && (link.isTitle || isPaperLink(link)),
    );
    return ownPaper || item.title.url !== undefined ? undefined : then;
  };
}

/**
 * An item's text that is italic names but for the space after the opening star (`* A. One, B. Two*`):
 * no star unescaped before the closing one, then at most a line break (`<br>`, `\\`).
 */
const NAMES_AFTER_A_SPACE =
  /^(?:\\\*|[^*\s])(?:\\\*|[^*])*,(?:\\\*|[^*])*[^\s\\]\*\s*(?:<br\s*\/?>|\\)?\s*$/i;

/**
 * Items that are the author line of the paper right above them written `* Names*` for `*Names*`:
 * after a space the star is a list marker, so the names (and the lines under them, its links) start
 * an item of their own, and the entry above is left with its title alone. Answers the first line of
 * each such item; read off the text, so it holds in a whole-file run as in a change.
 */
export function authorLinesSplitOff(source: SourceText, entries: readonly ItemBlock[]): ReadonlySet<number> {
  const split = new Set<number>();
  for (let at = 1; at < entries.length; at++) {
    const [above, item] = [entries[at - 1], entries[at]];
    if (item.marker !== '*' || above.marker !== '*' || item.startLine !== above.endLine + 1) continue;
    if (item.contentColumn !== above.contentColumn) continue;
    const first = source.lines[item.startLine - 1];
    if (!NAMES_AFTER_A_SPACE.test(first.slice(offsetOfColumn(first, item.contentColumn)))) continue;
    if (parseEntry(source, above).authors === undefined) split.add(item.startLine);
  }
  return split;
}
