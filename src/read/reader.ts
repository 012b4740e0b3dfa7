/**
 * How each entry's inline structure is read: by the fast scanner when it can prove its reading,
 * else by mdast (./exact.ts, imported the first time an entry needs it). Either way the entry is
 * read through the same InlineView, with exact file positions.
 */
import { offsetOfColumn } from './text.js';
import { scannedView, scannerProves, type InlineView } from './inline.js';
import { normaliseLabel } from './blocks.js';
import { isListMarker, type Definition, type ItemBlock } from './segment.js';
import type { SourceText } from './text.js';

type Exact = typeof import('./exact.js');
let exactModule: Promise<Exact> | undefined;

/** The exact reader, loaded once per process on first use. */
export function loadExact(): Promise<Exact> {
  exactModule ??= import('./exact.js');
  return exactModule;
}

/** One parse: an entry (with the definitions it uses) longer than this, or with more markup, is not parsed. */
const MAX_EXACT_LENGTH = 4000;
const MAX_EXACT_MARKUP = 300;
/** Characters micromark pairs up or nests on: its super-linear shapes are made of them (`~~` too). */
const MARKUP = new Set([...'*_[]-<>`~'].map((ch) => ch.charCodeAt(0)));
/** What one parse costs besides its characters (setting the parser up), counted as characters. */
const PARSE_COST = 250;
/**
 * One review (or one file on the command line): what mdast may be handed in all, parse costs
 * included; a few seconds of parsing at worst. Reading a whole real list takes at most a quarter
 * of it (of 60 lists tried, the most: 1,081 entries for mdast, 0.5 M).
 */
const MAX_EXACT_PER_RUN = 2_000_000;

/**
 * What mdast may be asked to parse, in one parse and in one run. micromark is super-linear on some
 * hostile shapes (thousands of `*_` runs, lists nested hundreds deep: 0.5 s for 2 kB), and a PR
 * must not be able to stall a review, whatever it writes (a long entry, definitions appended to
 * every entry, hundreds of entries that need mdast): past either budget an entry is read by the
 * scanner and none of its fixes is offered.
 */
export interface ExactBudget {
  /** Characters handed to mdast so far (and parse costs). */
  readonly spent: number;
  /**
   * Whether mdast may parse lines `first`..`last` followed by `also`, as one document, `times`
   * times: they fit one parse's budget and what is left of the run's, from which they are taken.
   */
  take(
    lines: readonly string[],
    first: number,
    last: number,
    also?: readonly string[],
    times?: number,
  ): boolean;
}

export function exactBudget(perRun = MAX_EXACT_PER_RUN): ExactBudget {
  let spent = 0;
  return {
    get spent() {
      return spent;
    },
    take(lines, first, last, also = [], times = 1) {
      let length = 0;
      let markup = 0;
      const count = (text: string) => {
        length += text.length + 1;
        if (length > MAX_EXACT_LENGTH) return false;
        for (let i = 0; i < text.length; i++) if (MARKUP.has(text.charCodeAt(i))) markup++;
        return true;
      };
      for (let line = first; line <= last; line++) if (!count(lines[line - 1])) return false;
      for (const text of also) if (!count(text)) return false;
      const cost = (length + PARSE_COST) * times;
      if (markup > MAX_EXACT_MARKUP || spent + cost > perRun) return false;
      spent += cost;
      return true;
    },
  };
}

/**
 * Columns before a list item's text: a line after an empty line short of them falls out of the item
 * (see exactView). 0 for other blocks, whose later lines are no item's (a heading entry's body).
 */
export function textIndent(block: ItemBlock): number {
  return isListMarker(block.marker) ? block.contentColumn - 1 : 0;
}

/**
 * The scanner's view of an item's lines, exact when it proves its reading of them. One view per
 * entry: the links the gate finds are the ones the entry reads, and they are let go with the entry
 * (a view kept for the whole file would hold every line's links).
 */
export function provedView(lines: readonly string[], block: ItemBlock, definitions: boolean): InlineView {
  const scanned = scannedView(lines);
  const title = lines[block.startLine - 1];
  const contentStart = Math.min(title.length, offsetOfColumn(title, block.contentColumn));
  const proves = scannerProves(
    lines,
    block.startLine,
    block.endLine,
    contentStart,
    block.contentColumn - 1,
    definitions,
    scanned.links,
  );
  return proves ? { ...scanned, exact: true } : scanned;
}

export interface EntryReader {
  /**
   * A view the scanner proves (nearly every entry) is given as it is, not in a promise: a whole
   * file's entries are read without an await each. Only mdast's is waited for (its module loads).
   */
  view(block: ItemBlock): InlineView | Promise<InlineView>;
  /**
   * The definitions an entry's text can use, to parse after it: for each label its brackets name,
   * the first definition of that label (the one CommonMark resolves it to), once.
   */
  definitionsFor(block: ItemBlock): readonly string[];
  /** Whether an entry the scanner cannot prove was left to it, mdast's budget being spent. */
  unread(block: ItemBlock): boolean;
  readonly budget: ExactBudget;
  /** Entries read so far by the scanner and by mdast. */
  readonly counts: { scanned: number; exact: number };
}

/** Bracketed text that may name a definition's label: `[label]`, `[text][label]`, `[label][]`. */
const BRACKETED = /\[((?:[^\\[\]]|\\[^]){1,999})\]/g;

export function entryReader(
  source: SourceText,
  definitions: readonly Definition[],
  budget: ExactBudget = exactBudget(),
): EntryReader {
  const { lines } = source;
  let byLabel: Map<string, string> | undefined;
  const firstOfLabel = () => {
    if (byLabel) return byLabel;
    byLabel = new Map();
    for (const definition of definitions) {
      if (!byLabel.has(definition.label)) byLabel.set(definition.label, definition.text);
    }
    return byLabel;
  };
  const counts = { scanned: 0, exact: 0 };
  const unread = new Set<number>();

  const definitionsFor = (block: ItemBlock) => {
    if (definitions.length === 0) return [];
    const known = firstOfLabel();
    // A label may wrap onto the next line. Past one parse's budget nothing is parsed: not read on.
    let text = '';
    for (let line = block.startLine; line <= block.endLine && text.length <= MAX_EXACT_LENGTH; line++) {
      text += `${lines[line - 1]}\n`;
    }
    const used = new Set<string>();
    for (const match of text.matchAll(BRACKETED)) {
      const definition = known.get(normaliseLabel(match[1]));
      if (definition !== undefined) used.add(definition);
    }
    return [...used];
  };

  return {
    counts,
    budget,
    definitionsFor,
    unread: (block) => unread.has(block.startLine),
    view(block) {
      // A table row is read cell by cell, by the scanner.
      if (block.columns) return scannedView(lines);
      const proved = provedView(lines, block, definitions.length > 0);
      if (proved.exact) {
        counts.scanned++;
        return proved;
      }
      const used = definitionsFor(block);
      if (!budget.take(lines, block.startLine, block.endLine, used)) {
        counts.scanned++;
        unread.add(block.startLine);
        return proved;
      }
      counts.exact++;
      return loadExact().then((exact) =>
        exact.exactView(lines, block.startLine, block.endLine, used, textIndent(block)),
      );
    },
  };
}
