/**
 * The shape syntax of a template: literal text and `{slot}`s (`- **{title},** {venue} {year}.`), a
 * literal's `{`, `}` and `\\` escaped. Read by the learner, the framer and the writer alike.
 */

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

/** The shape text of a literal, as a template writes it. */
export function shapeLiteral(text: string): string {
  return text.replace(/[{}\\]/g, (ch) => `\\${ch}`);
}

/** The shape these pieces are read from (the inverse of `pieces`): literals escaped, slots named. */
export function shapeOf(parts: readonly Piece[]): string {
  return parts.map((piece) => ('slot' in piece ? `{${piece.slot}}` : shapeLiteral(piece.literal))).join('');
}
