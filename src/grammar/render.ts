/**
 * Writes an entry: a template's shape with slot values put in, runs written in the list's style.
 * The one writer of entries: `add`, fixes that rewrite a slot, and the round trip all use it.
 */
import { joinNames, type LabelledUrl, type RunStyle, type SlotValues } from './template.js';

/** Slots the entry reader fills from the entry's structure. */
export const SLOTS = [
  'n',
  'indent',
  'title',
  'venue',
  'year',
  'authors',
  'paper',
  'links',
  'badges',
  'annotation',
] as const;
/**
 * Slots for text the list varies from entry to entry that the reader does not place itself, named by
 * what the text is across the list's entries: a date, a venue and year together, names, or a note.
 * A template may have several of one kind (`{note}`, `{note2}`).
 */
export const TEXT_SLOTS = ['date', 'when', 'names', 'note'] as const;
export type Slot = (typeof SLOTS)[number] | `${(typeof TEXT_SLOTS)[number]}${string}`;

/** A shape read into literal text and slots, in order. */
export type Piece = { readonly literal: string } | { readonly slot: Slot };

const PIECE = /\\([{}\\])|\{([a-z]+)(\d*)\}|([^\\{]+|[\\{])/g;

export function isTextSlot(slot: string): boolean {
  return (TEXT_SLOTS as readonly string[]).includes(slot.replace(/\d+$/, ''));
}

export function pieces(shape: string): Piece[] {
  const out: Piece[] = [];
  let text = '';
  for (const match of shape.matchAll(PIECE)) {
    const name = match[2];
    const slot = name === undefined ? undefined : ((name + match[3]) as Slot);
    const known =
      name !== undefined &&
      ((match[3] === '' && (SLOTS as readonly string[]).includes(name)) ||
        (TEXT_SLOTS as readonly string[]).includes(name));
    if (slot !== undefined && known) {
      if (text !== '') out.push({ literal: text });
      text = '';
      out.push({ slot });
    } else {
      text += match[1] ?? match[0];
    }
  }
  if (text !== '') out.push({ literal: text });
  return out;
}

export function slotsOf(shape: string): Slot[] {
  return pieces(shape).flatMap((piece) => ('slot' in piece ? [piece.slot] : []));
}

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

/** The shape these pieces are read from (the inverse of `pieces`): literals escaped, slots named. */
export function shapeOf(parts: readonly Piece[]): string {
  return parts
    .map((piece) =>
      'slot' in piece ? `{${piece.slot}}` : piece.literal.replace(/[{}\\]/g, (ch) => `\\${ch}`),
    )
    .join('');
}

/** A link as a run writes it in this style: the slot writer, for a fix that changes one link's style. */
export function writeLink(item: LabelledUrl, style: RunStyle['linkStyle']): string {
  return link(item, style);
}
