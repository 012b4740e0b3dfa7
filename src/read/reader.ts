/**
 * How each entry's inline structure is read: by the fast scanner when it can prove its reading,
 * else by mdast (./exact.ts, imported the first time an entry needs it). Either way the entry is
 * read through the same InlineView, with exact file positions.
 */
import { offsetOfColumn } from '../grammar/entry.js';
import { scannedView, scannerProves, type InlineView } from './inline.js';
import type { ItemBlock } from './segment.js';
import type { SourceText } from './text.js';

type Exact = typeof import('./exact.js');
let exactModule: Promise<Exact> | undefined;

/** The exact reader, loaded once per process on first use. */
export function loadExact(): Promise<Exact> {
  exactModule ??= import('./exact.js');
  return exactModule;
}

/**
 * Whether mdast may be asked to read lines `first`..`last`. micromark is super-linear on some
 * hostile shapes (thousands of `*_` runs, lists nested hundreds deep: 0.5 s for 2 kB), and a PR
 * must not be able to stall a review, so an entry past this budget, which no real list writes, is
 * read by the scanner and none of its fixes is offered.
 */
export function withinExactBudget(lines: readonly string[], first: number, last: number): boolean {
  let length = 0;
  let markup = 0;
  for (let line = first; line <= last; line++) {
    const text = lines[line - 1];
    length += text.length + 1;
    if (length > MAX_EXACT_LENGTH) return false;
    for (let i = 0; i < text.length; i++) if (MARKUP.has(text.charCodeAt(i))) markup++;
  }
  return markup <= MAX_EXACT_MARKUP;
}

const MAX_EXACT_LENGTH = 4000;
const MAX_EXACT_MARKUP = 300;
const MARKUP = new Set([...'*_[]-<>`'].map((ch) => ch.charCodeAt(0)));

export interface EntryReader {
  view(block: ItemBlock): Promise<InlineView>;
  /** The list's reference definitions an entry's text names (as lines to parse with it). */
  definitionsFor(block: ItemBlock): readonly string[];
  /** Entries read so far by the scanner and by mdast. */
  readonly counts: { scanned: number; exact: number };
}

/** `[label]: destination`, the start of a reference definition (its title, if any, is not needed). */
const DEFINITION = /^ {0,3}\[((?:[^\]\\]|\\.){1,999})\]:[ \t]*\S/;

/** A label as CommonMark matches it: case-folded, inner white space collapsed. */
function normaliseLabel(label: string): string {
  return label
    .replace(/[ \t\r\n]+/g, ' ')
    .trim()
    .toLowerCase()
    .toUpperCase();
}

export function entryReader(source: SourceText): EntryReader {
  const { lines } = source;
  let definitions: Map<string, string[]> | undefined;
  const index = () => {
    if (definitions) return definitions;
    definitions = new Map();
    for (const line of lines) {
      if (!line.includes(']:')) continue;
      const match = DEFINITION.exec(line);
      if (!match) continue;
      const label = normaliseLabel(match[1]);
      definitions.set(label, [...(definitions.get(label) ?? []), line.trim()]);
    }
    return definitions;
  };
  const counts = { scanned: 0, exact: 0 };

  const definitionsFor = (block: ItemBlock) => {
    const known = index();
    if (known.size === 0) return [];
    const used: string[] = [];
    for (let line = block.startLine; line <= block.endLine; line++) {
      for (const match of lines[line - 1].matchAll(/\[([^[\]]{1,999})\]/g)) {
        used.push(...(known.get(normaliseLabel(match[1])) ?? []));
      }
    }
    return [...new Set(used)];
  };

  return {
    counts,
    definitionsFor,
    async view(block) {
      // One scanner view per entry: the links the gate finds are the ones the entry reads, and they
      // are let go with the entry (a view kept for the whole file would hold every line's links).
      const scanned = scannedView(lines);
      // A table row is read cell by cell, by the scanner.
      if (block.columns) return scanned;
      const title = lines[block.startLine - 1];
      const contentStart = Math.min(title.length, offsetOfColumn(title, block.contentColumn));
      if (
        scannerProves(
          lines,
          block.startLine,
          block.endLine,
          contentStart,
          block.contentColumn - 1,
          index().size > 0,
          scanned.links,
        )
      ) {
        counts.scanned++;
        return { ...scanned, exact: true };
      }
      if (!withinExactBudget(lines, block.startLine, block.endLine)) {
        counts.scanned++;
        return scanned;
      }
      counts.exact++;
      const exact = await loadExact();
      return exact.exactView(lines, block.startLine, block.endLine, definitionsFor(block));
    },
  };
}
