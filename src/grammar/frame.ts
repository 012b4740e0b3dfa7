/**
 * The frame of a shape: its markup, punctuation and slots, with each run of words in its literal
 * text as one "core". Entries whose frames are equal are written the same way but for their words;
 * across such entries a core whose words never change is a constant of the list (`[[paper]]`,
 * `Preprint`), one whose words change is a slot the list fills per entry (a date, a venue, a note).
 */
import { isTextSlot, pieces, type Slot } from './render.js';

export type FramePart =
  | { readonly kind: 'fixed'; readonly shape: string; readonly optional: boolean }
  | { readonly kind: 'core'; readonly text: string }
  | { readonly kind: 'slot'; readonly slot: Slot };

export interface Frame {
  /** Equal for shapes that differ only in their cores' words and their optional runs. */
  readonly key: string;
  /** Equal for shapes that differ only in their cores' words: the key with the optional runs in. */
  readonly layout: string;
  readonly parts: readonly FramePart[];
}

/** Text between markup: a run of it may hold a core. */
const PROSE = /[^[\]()*_`<>|!#\\{}"“”\n]+/gu;
/** A core runs from its first letter or digit to its last (`Cao, Z., & Sheikh, Y`). */
const FIRST_WORD_CHAR = /[\p{L}\p{N}]/u;
const LAST_WORD_CHAR = /[\p{L}\p{N}][^\p{L}\p{N}]*$/u;
const MARK = '\u0001';

/** The shape text of a literal, as a template writes it. */
export function shapeLiteral(text: string): string {
  return text.replace(/[{}\\]/g, (ch) => `\\${ch}`);
}

export function frameOf(shape: string): Frame {
  const parts: FramePart[] = [];
  for (const piece of pieces(shape)) {
    if ('slot' in piece) {
      if (isTextSlot(piece.slot)) parts.push({ kind: 'slot', slot: piece.slot });
      else
        parts.push({
          kind: 'fixed',
          shape: `{${piece.slot}}`,
          optional: piece.slot === 'links' || piece.slot === 'badges',
        });
      continue;
    }
    let at = 0;
    for (const match of piece.literal.matchAll(PROSE)) {
      const first = match[0].search(FIRST_WORD_CHAR);
      if (first === -1) continue;
      const start = match.index + first;
      const end = match.index + match[0].search(LAST_WORD_CHAR) + 1;
      if (start > at)
        parts.push({ kind: 'fixed', shape: shapeLiteral(piece.literal.slice(at, start)), optional: false });
      parts.push({ kind: 'core', text: piece.literal.slice(start, end) });
      at = end;
    }
    if (at < piece.literal.length)
      parts.push({ kind: 'fixed', shape: shapeLiteral(piece.literal.slice(at)), optional: false });
  }
  const key = parts
    .map((part) => (part.kind === 'fixed' ? (part.optional ? '' : part.shape) : MARK))
    .join('');
  const layout = parts.map((part) => (part.kind === 'fixed' ? part.shape : MARK)).join('');
  return { key, layout, parts };
}

/** The words of each core of a frame, in order. */
export function coreTexts(frame: Frame): string[] {
  return frame.parts.flatMap((part) => (part.kind === 'core' ? [part.text] : []));
}

/** The shape a frame describes, with each core (in order) written as `write` says. */
export function rebuild(frame: Frame, write: (index: number) => string): string {
  let index = 0;
  return frame.parts
    .map((part) => {
      if (part.kind === 'fixed') return part.shape;
      if (part.kind === 'slot') return `{${part.slot}}`;
      return write(index++);
    })
    .join('');
}

/**
 * The values an entry gives a template's text slots: the entry's words at each slot's place, when
 * the entry is framed as the template is; otherwise none.
 */
export function textValues(template: Frame, entry: Frame): Record<string, string> | undefined {
  if (template.key !== entry.key) return undefined;
  const words = coreTexts(entry);
  const values: Record<string, string> = {};
  let index = 0;
  for (const part of template.parts) {
    if (part.kind === 'fixed') continue;
    const text = words[index++] ?? '';
    if (part.kind === 'slot') values[part.slot] = text;
  }
  return values;
}
