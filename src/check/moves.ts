/** Entries a change only moved or renumbered: not written by the change, so not checked. */
import { hasLine, type Change } from '../read/diff.js';
import type { ItemBlock } from '../read/segment.js';
import { indentWidth, isBlank, type SourceText } from '../read/text.js';

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
