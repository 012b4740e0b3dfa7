/**
 * Writes an entry: a template's shape with slot values put in, runs written in the list's style.
 * The one writer of entries: `add`, fixes that rewrite a slot, and the round trip all use it.
 */
import { isTextSlot, pieces, type Piece, type Slot } from './shape.js';
import { joinNames, type LabelledUrl, type RunStyle, type SlotValues } from './template.js';

function link(item: LabelledUrl, style: RunStyle['linkStyle']): string {
  if (style === 'bracketed') return `[[${item.label}](${item.url})]`;
  if (style === 'bracketed-label') return `[[${item.label}]](${item.url})`;
  return `[${item.label}](${item.url})`;
}

function run<T>(items: readonly T[], lead: string, separator: string, write: (item: T) => string): string {
  return items.length === 0 ? '' : lead + items.map(write).join(separator);
}

export function renderValue(slot: Slot, values: SlotValues, style: RunStyle): string {
  switch (slot) {
    case 'links':
      return run(values.links, style.linkLead, style.linkSeparator, (item) => link(item, style.linkStyle));
    case 'badges':
      return run(
        values.badges,
        style.badgeLead,
        style.badgeSeparator,
        (item) => `![${item.label}](${item.url})`,
      );
    case 'authors':
      return values.authors ? joinNames(values.authors, style) : '';
    case 'indent':
      // A new numbered item's text starts after its number, a full stop and a space.
      return values.indent ?? ' '.repeat((values.n ?? '1').length + 2);
    case 'n':
    case 'title':
    case 'venue':
    case 'year':
    case 'paper':
    case 'annotation':
      return values[slot] ?? '';
    default:
      return values.text?.[slot] ?? '';
  }
}

/** Brackets a list writes around a slot's value, emphasis and all (`(`, `[**`): the opening ones. */
const OPENING = /([([])(\*\*|\*|__|_)?$/;
const CLOSING: Readonly<Record<string, string>> = { '(': ')', '[': ']' };

/**
 * The pieces with the text slot at `at` taken out, and the brackets the list writes around its value
 * with it (`({when}) `, `[**{when}**] `), one space of those either side kept: an entry with no
 * venue is written without its venue's brackets, as the list writes such entries. Undefined where
 * the slot stands in no brackets.
 */
export function withoutBracketed(all: readonly Piece[], at: number): Piece[] | undefined {
  const [before, slot, after] = [all[at - 1], all[at], all[at + 1]];
  if (!slot || !('slot' in slot) || !isTextSlot(slot.slot)) return undefined;
  if (!before || !after || !('literal' in before) || !('literal' in after)) return undefined;
  const open = OPENING.exec(before.literal);
  const close = open && `${open[2] ?? ''}${CLOSING[open[1]]}`;
  if (!open || !close || !after.literal.startsWith(close)) return undefined;
  let head = before.literal.slice(0, open.index);
  let tail = after.literal.slice(close.length);
  // What stood before the brackets meets what stood after them with the one space between.
  const lineStart = (at === 1 && head === '') || /\n[ \t]*$/.test(head);
  if (lineStart || (/[ \t]$/.test(head) && /^[ \t]/.test(tail))) tail = tail.replace(/^[ \t]+/, '');
  else if (/[ \t]$/.test(head) && (tail === '' || /^[.,;:!?)\]]/.test(tail))) head = head.trimEnd();
  const joined = head + tail;
  return [...all.slice(0, at - 1), ...(joined === '' ? [] : [{ literal: joined }]), ...all.slice(at + 2)];
}

/**
 * The entry a shape describes, with these values, in this style. A text slot left empty is written
 * without the brackets around it: never a slot's punctuation without its value.
 */
export function render(shape: string, style: RunStyle, values: SlotValues): string {
  let all = pieces(shape);
  for (let at = all.length - 1; at >= 0; at--) {
    const piece = all[at];
    if (!('slot' in piece) || !isTextSlot(piece.slot) || renderValue(piece.slot, values, style) !== '')
      continue;
    const shorter = withoutBracketed(all, at);
    // The brackets' pieces are gone with the slot: go on from the piece before them.
    if (shorter) [all, at] = [shorter, at - 1];
  }
  return all
    .map((piece) => ('slot' in piece ? renderValue(piece.slot, values, style) : piece.literal))
    .join('');
}

/** A link as a run writes it in this style: the slot writer, for a fix that changes one link's style. */
export function writeLink(item: LabelledUrl, style: RunStyle['linkStyle']): string {
  return link(item, style);
}
