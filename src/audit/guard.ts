/**
 * Every audit fix is checked before it is offered. Against the entry's rendering: the entry is read
 * again, as mdast reads it, with the fix in, and the fix is kept only if what a reader sees changed
 * exactly as meant (a new link target shows nothing: the rendering must be the same; a new venue
 * shows its words in place of the old ones, and nothing else may change). And against the list's
 * grammar: a fix may bring an entry to the list's form, never take one out of it.
 */
import { parseEntry, type Entry } from '../grammar/entry.js';
import { roundTrip, type Grammar } from '../grammar/grammar.js';
import { entryReader, loadExact, type EntryReader } from '../read/reader.js';
import type { Definition, ItemBlock } from '../read/segment.js';
import type { SourceText } from '../read/text.js';
import { mergeFixes } from '../check/fix.js';
import type { Fix } from '../check/rules/types.js';

/** What a fix means to change in what a reader sees. */
export type MeantChange =
  | { readonly kind: 'link-target'; readonly url: string }
  | { readonly kind: 'words'; readonly from: string; readonly to: string };

/** How the list was read: its text, its reference definitions, and the reader (and its mdast budget). */
export interface ReadText {
  readonly source: SourceText;
  readonly definitions: readonly Definition[];
  readonly reader: EntryReader;
}

/** The entry at `block` read again from `lines` (the fixed text), within the same mdast budget. */
async function readAgain(read: ReadText, lines: readonly string[], block: ItemBlock): Promise<Entry> {
  const fixed: SourceText = { ...read.source, lines, endings: lines.map(() => '\n') };
  return parseEntry(fixed, block, await entryReader(fixed, read.definitions, read.reader.budget).view(block));
}

/** Text as the rendering compares it: white space and `,.;:` left out. */
const bare = (text: string) => text.replace(/[\s,.;:]+/g, '');

export async function keepsRendering(
  read: ReadText,
  block: ItemBlock,
  before: Entry,
  fix: Fix,
  meant: MeantChange,
): Promise<boolean> {
  const { source, reader } = read;
  if (fix.line < block.startLine || fix.endLine > block.endLine || fix.replacement.includes('\n'))
    return false;
  const definitions = reader.definitionsFor(block);
  // Two parses of the entry (as it is, and fixed), within what mdast may be handed in this run.
  if (!reader.budget.take(source.lines, block.startLine, block.endLine, definitions, 2)) return false;
  const lines = [...source.lines];
  lines[fix.line - 1] = fix.replacement;
  const after = await readAgain(read, lines, block);
  if (after.title.text !== before.title.text || after.links.length !== before.links.length) return false;
  if (meant.kind === 'link-target' && !after.links.some((link) => link.url === meant.url)) return false;

  const tail = definitions.length > 0 ? `\n\n${definitions.join('\n')}\n` : '';
  const text = (of: readonly string[]) => of.slice(block.startLine - 1, block.endLine).join('\n') + tail;
  const { rendering } = await loadExact();
  const was = rendering(text(source.lines));
  const is = rendering(text(lines));
  if (meant.kind === 'link-target') return was === is;
  // Words that do not show (in a comment, in HTML) are not the venue a reader sees.
  if (was === is) return false;
  // The same blocks and spans, in the same order; in their texts, only old words gave way to new.
  const markup = (rendered: string) => (rendered.match(MARKUP) ?? []).join('');
  if (markup(was) !== markup(is)) return false;
  const texts = is.split(MARKUP);
  return was.split(MARKUP).every((text, i) => {
    if (text === texts[i]) return true;
    const { removed, inserted } = difference(text, texts[i]);
    return bare(meant.from).includes(bare(removed)) && bare(meant.to).includes(bare(inserted));
  });
}

/** The rendering's marks of blocks and spans (`\u0001type\u0002` … `\u0003`), around its texts. */
const MARKUP = /\u0001[^\u0002]*\u0002|\u0003/g;

/** The one span where two texts differ: what the first has there, and what the second. */
function difference(a: string, b: string): { removed: string; inserted: string } {
  let prefix = 0;
  while (prefix < a.length && prefix < b.length && a[prefix] === b[prefix]) prefix++;
  let suffix = 0;
  while (
    suffix < a.length - prefix &&
    suffix < b.length - prefix &&
    a[a.length - 1 - suffix] === b[b.length - 1 - suffix]
  )
    suffix++;
  return { removed: a.slice(prefix, a.length - suffix), inserted: b.slice(prefix, b.length - suffix) };
}

/**
 * Whether an entry, with these fixes in, is written in its list's own form: the list's grammar
 * writes it back byte for byte through the template it learned for the entry's place. A fix the
 * rules ask for that leaves the entry in a form the list does not write (or takes it out of one it
 * does) is no fix the audit can be sure of. An entry whose place has no template is the rules' alone.
 */
export async function keepsListForm(
  read: ReadText,
  grammar: Grammar,
  block: ItemBlock,
  before: Entry,
  fixes: readonly Fix[],
): Promise<boolean> {
  const { source } = read;
  if (grammar.templateFor(before) === undefined) return true;
  if (fixes.some((fix) => fix.line < block.startLine || fix.endLine > block.endLine)) return false;
  const replacement = mergeFixes(source, block.startLine, block.endLine, fixes).split('\n');
  const lines = [...source.lines];
  lines.splice(block.startLine - 1, block.endLine - block.startLine + 1, ...replacement);
  const moved = { ...block, endLine: block.startLine + replacement.length - 1 };
  const after = await readAgain(read, lines, moved);
  return roundTrip({ ...source, lines }, grammar, [after]).identical === 1;
}
