/**
 * The frame of a shape: its markup, punctuation and slots, with each run of words in its literal
 * text as one "core". Entries whose frames are equal are written the same way but for their words;
 * across such entries a core whose words never change is a constant of the list (`[[paper]]`,
 * `Preprint`), one whose words change is a slot the list fills per entry (a date, a venue, a note).
 * Spacing (the runs of spaces and tabs in the markup: a table cell's padding, a trailing run) is a
 * value too, not part of the frame: entries that differ only in it share a frame, and each keeps
 * its own when written back through the template (`spacingOf`, `respace`).
 */
import { isTextSlot, pieces, shapeLiteral, type Slot } from './shape.js';

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

/**
 * Text between markup: a run of it may hold a core. A parenthesised aside after words is part of
 * them (`Computer Vision (ICCV). 2017`, `arXiv:1909.00301 (2019) (EMNLP 2019). [[Paper]]`): a citation's
 * parentheses are its editor's words, not the list's markup; split at them, each citation would
 * frame its entry apart. Parentheses before any words (`1. (2021) **Title**`) or ending a line
 * (`Kaiming He (CVPR 2016)`: a venue and year the list closes its entries with) stay markup.
 */
const PROSE =
  /(?:[^[\]()*_`<>|!#\\{}"“”\n]|(?<=[\p{L}\p{N}][^[\]*_`<>|!#\\{}"“”\n]*)\([^[\]()*_`<>|!#\\{}"“”\n]*\)(?![ \t.,;:]*(?:\n|$)))+/gu;
/**
 * A core runs from its first letter or digit to its last word (`Cao, Z., & Sheikh, Y`): a word ends
 * with the pluses of its name (`C++`, `RefCOCO+`), or with the parenthesis closing an aside in the
 * run (a run holds no other).
 */
const FIRST_WORD_CHAR = /[\p{L}\p{N}]/u;
const LAST_WORD = /([\p{L}\p{N}]\+*|\))[^\p{L}\p{N})]*$/u;
const MARK = '\u0001';
/** Where an optional run stands in a stretch of markup: it has no spacing of its own. */
const ANCHOR = '\u0002';
const SPACE_RUN = /[ \t]+/g;

/**
 * An annotation that ends an entry: prose of sentences (a word ending one, a capital starting the
 * next) with no markup in it (no emphasis, code, HTML, table cells, images or headings). Its asides (`(from 1970)`,
 * `"cloud"`, `[1]`) are the editor's words, not the list's markup: split at them, each entry's
 * note would frame it apart from the others.
 */
const NOTE_TAIL = /^[^*_`<>|!#\\{}\n]*$/u;
const LAST_NOTE_CHAR = /[\p{L}\p{N})\]"”][^\p{L}\p{N})\]"”]*$/u;
const SENTENCE_BREAK = /\p{Ll}{3,}[.!?]["”)]?\s+["“(]?\p{Lu}/u;

/** Whether a literal's text from `start` on is such a note; it opens outside any aside of its own. */
function isNoteTail(literal: string, start: number): boolean {
  const text = literal.slice(start);
  return (
    !/[([“"][ \t]*$/.test(literal.slice(0, start)) &&
    NOTE_TAIL.test(text) &&
    !text.includes('](') &&
    SENTENCE_BREAK.test(text)
  );
}

/**
 * Frames already read, by shape. A list's entries share a handful of shapes, and learning its
 * grammar, then checking entries against it, asks for the same shape's frame again and again (a
 * frame is never changed once made). Emptied when it holds FRAMES_KEPT, so a run over many lists
 * keeps no more than a list's worth.
 */
const framesByShape = new Map<string, Frame>();
const FRAMES_KEPT = 2000;

export function frameOf(shape: string): Frame {
  let frame = framesByShape.get(shape);
  if (!frame) {
    if (framesByShape.size >= FRAMES_KEPT) framesByShape.clear();
    framesByShape.set(shape, (frame = readFrame(shape)));
  }
  return frame;
}

/** A Markdown table row: one line that opens with a cell's `|`. */
const TABLE_ROW = /^[ \t]*\|[^\n]*$/;

function readFrame(shape: string): Frame {
  const parts: FramePart[] = [];
  const all = pieces(shape);
  const row = TABLE_ROW.test(shape);
  for (const [number, piece] of all.entries()) {
    if ('slot' in piece) {
      if (isTextSlot(piece.slot)) parts.push({ kind: 'slot', slot: piece.slot });
      else
        parts.push({
          kind: 'fixed',
          shape: `{${piece.slot}}`,
          optional: piece.slot === 'links' || piece.slot === 'badges' || piece.slot === 'annotation',
        });
      continue;
    }
    let at = 0;
    const last = number === all.length - 1;
    for (const run of row ? rowRuns(piece.literal) : wordRuns(piece.literal)) {
      const first = run.whole ? 0 : run.text.search(FIRST_WORD_CHAR);
      if (first === -1) continue;
      const start = run.index + first;
      const tail = last && !run.whole && isNoteTail(piece.literal, start);
      // A note ends with its last word, or with the aside that closes it (`… (2001)`).
      const end = run.whole
        ? run.index + run.text.length
        : tail
          ? start + piece.literal.slice(start).search(LAST_NOTE_CHAR) + 1
          : abbreviationEnd(piece.literal, run.index + lastWordEnd(run.text));
      if (start > at)
        parts.push({ kind: 'fixed', shape: shapeLiteral(piece.literal.slice(at, start)), optional: false });
      parts.push({ kind: 'core', text: piece.literal.slice(start, end) });
      at = end;
      if (tail) break;
    }
    if (at < piece.literal.length)
      parts.push({ kind: 'fixed', shape: shapeLiteral(piece.literal.slice(at)), optional: false });
  }
  const key = parts
    .map((part, at) => (part.kind === 'fixed' ? (part.optional ? '' : unspaced(part.shape, at)) : MARK))
    .join('');
  const layout = parts.map((part, at) => (part.kind === 'fixed' ? unspaced(part.shape, at) : MARK)).join('');
  return { key, layout, parts };
}

/**
 * The end of a core, past the full stop of an abbreviation that closes an aside (`(2019 Front.
 * Genet.)`): a list closes no aside of its own with a full stop, so it is the words'.
 */
function abbreviationEnd(literal: string, end: number): number {
  return literal.startsWith('.)', end) ? end + 1 : end;
}

/** Where the last word of a run of prose (holding one) ends. */
function lastWordEnd(text: string): number {
  const word = LAST_WORD.exec(text)!;
  return word.index + word[1].length;
}

/** A link's target left in the literal text (one the reader places in no slot): `](…)`. */
const LINK_TARGET = /\]\([ \t]*([^\s()]+)/g;

/**
 * An HTML table cell's text (no markup in it but line breaks): `<td align='center'>w/ tools</td>`,
 * `<td>-</td>`, `<td>Read/Write/<br>Reflection</td>`.
 */
const HTML_CELL_TEXT = /<t[dh]\b[^<>]*>((?:[^<>]|<br\s*\/?>)*)<\/t[dh]>/gi;

/**
 * The runs of a table row's literal that may hold a core: each cell it holds whole (between two of
 * its `|`, no slot the reader placed in it) is one value, whatever it writes there (`-`, `N/A`,
 * links one per line joined by `<br>`, an image): a row's value in its column, as an HTML cell's
 * text is. Split at its markup, rows writing one more link, or an image another way, in a column
 * would each frame their row apart. The rest (the cells a slot stands in) is read as any literal.
 * An empty cell holds no value: it is what a cell whose run is empty writes.
 */
function* rowRuns(literal: string): Generator<{ text: string; index: number; whole: boolean }> {
  const pipes: number[] = [];
  for (let at = 0; at < literal.length; at++) {
    if (literal[at] === '\\') at++;
    else if (literal[at] === '|') pipes.push(at);
  }
  const wholes: { text: string; index: number; whole: boolean; from: number; to: number }[] = [];
  const value = (from: number, to: number) => {
    const text = literal.slice(from, to).trim();
    wholes.push({ text, index: from + literal.slice(from, to).indexOf(text), whole: true, from, to });
  };
  if (pipes.length > 0) {
    // The lines a cell writes under its slots (`{title} <br> *Names* <br> > Venue'23`) close it as one
    // value: how many it writes, and how, is the row's own.
    const br = /<br[ \t]*\/?>/i.exec(literal.slice(0, pipes[0]));
    if (br) value(br.index + br[0].length, pipes[0]);
    for (let next = 1; next < pipes.length; next++) value(pipes[next - 1] + 1, pipes[next]);
  }
  // The rest is read as any literal, in its whole text (an aside before a cell's end is no line's end).
  const inside = (at: number) => wholes.some(({ from, to }) => at >= from && at < to);
  const runs = [
    ...[...wordRuns(literal)].filter((run) => !inside(run.index)),
    ...wholes.filter(({ text }) => text !== '').map(({ text, index, whole }) => ({ text, index, whole })),
  ];
  yield* runs.sort((a, b) => a.index - b.index);
}

/**
 * The runs of a literal that may hold a core: the prose between markup, each link target and each
 * HTML table cell's text (`whole`: the core is all of it). A URL is one value however many `_`,
 * `#`, `~` or trailing `/` it holds: split at them, links to other places would frame the entries
 * holding them apart. So is a cell's text, words or none (`-`, `&check;`): a row's value in its
 * column, as a Markdown row's cells are values between its `|`.
 */
function* wordRuns(literal: string): Generator<{ text: string; index: number; whole: boolean }> {
  let at = 0;
  const prose = function* (end: number) {
    for (const match of literal.slice(at, end).matchAll(PROSE))
      yield { text: match[0], index: at + match.index, whole: false };
  };
  const wholes = [...literal.matchAll(LINK_TARGET)];
  if (literal.includes('</t')) {
    wholes.push(...literal.matchAll(HTML_CELL_TEXT));
    wholes.sort((a, b) => a.index - b.index);
  }
  for (const whole of wholes) {
    const value = whole[1].trim();
    const start =
      whole.index + whole[0].lastIndexOf(whole[1]) + (whole[1].length - whole[1].trimStart().length);
    yield* prose(start);
    yield { text: value, index: start, whole: true };
    at = start + value.length;
  }
  yield* prose(literal.length);
}

/**
 * Markup without its spacing. An entry's indent is not spacing but where it stands (a nested item):
 * it stays in the frame, written as marks, so entries indented otherwise are framed otherwise.
 */
function unspaced(text: string, at: number): string {
  const indent = at === 0 ? (/^[ \t]*/.exec(text)?.[0] ?? '') : '';
  return indentMarks(indent) + text.slice(indent.length).replace(SPACE_RUN, '');
}

const INDENT_MARKS: Record<string, string> = { ' ': '\u0004', '\t': '\u0005' };
const indentMarks = (indent: string) => indent.replace(/[ \t]/g, (ch) => INDENT_MARKS[ch]);
const fromIndentMarks = (text: string) =>
  text.replace(/[\u0004\u0005]/g, (ch) => (ch === '\u0004' ? ' ' : '\t'));

/**
 * The markup between a frame's words, one stretch per run of fixed parts, optional runs as anchors.
 * Frames with one key have the same stretches but for their spacing and anchors.
 */
function stretches(frame: Frame): string[] {
  const out = [''];
  frame.parts.forEach((part, at) => {
    if (part.kind !== 'fixed') out.push('');
    else if (part.optional) out[out.length - 1] += ANCHOR;
    else out[out.length - 1] += at === 0 ? part.shape.replace(/^[ \t]*/, indentMarks) : part.shape;
  });
  return out;
}

/** A stretch cut at each character of markup: the spacing in each gap, with the anchors there. */
function gaps(stretch: string): string[] {
  const out = [''];
  for (const ch of stretch) {
    if (ch === ' ' || ch === '\t' || ch === ANCHOR) out[out.length - 1] += ch;
    else out.push('');
  }
  return out;
}

/**
 * An entry's spacing: the run of spaces and tabs in each gap of its markup, in order (empty where
 * it has none). Any two frames with one key have as many gaps. With `runs`, a gap keeps where its
 * optional runs stand among its spaces (`{links} ` is not ` {links}`), as a mark for each.
 */
export function spacingOf(frame: Frame, runs = false): string[] {
  return stretches(frame).flatMap((stretch) =>
    gaps(stretch).map((gap) => (runs ? gap : gap.replaceAll(ANCHOR, ''))),
  );
}

/** The optional runs (`{links}`, `{badges}`) in each gap of a frame, as `spacingOf` counts its gaps. */
function runsInGaps(frame: Frame): string[][] {
  const optionals = frame.parts.flatMap((part) =>
    part.kind === 'fixed' && part.optional ? [part.shape] : [],
  );
  let next = 0;
  return stretches(frame).flatMap((stretch) =>
    gaps(stretch).map((gap) => [...gap].filter((ch) => ch === ANCHOR).map(() => optionals[next++])),
  );
}

/**
 * An entry's spacing with its optional runs written in each gap (`' {links}'`), for an entry that
 * has a run its template has no place for (most entries have no code link; the few that do put it
 * where the list does, but not in the template's fullest layout): the template then takes the run
 * where the entry has it. Undefined when the entry has no such run, or puts a run the template has
 * elsewhere than the template does: that entry is written otherwise.
 */
export function spacingWithRuns(template: Frame, entry: Frame): string[] | undefined {
  const theirs = runsInGaps(template);
  const mine = runsInGaps(entry);
  const known = new Set(theirs.flat());
  if (mine.flat().every((run) => known.has(run))) return undefined;
  if (mine.some((runs, at) => runs.some((run) => known.has(run) && !theirs[at]?.includes(run))))
    return undefined;
  const optionals = mine.flat();
  let next = 0;
  return stretches(entry).flatMap((stretch) =>
    gaps(stretch).map((gap) => gap.replace(new RegExp(ANCHOR, 'g'), () => optionals[next++])),
  );
}

/**
 * The shape of a frame with another entry's spacing in its gaps (from `spacingOf` of a frame with
 * the same key): each gap's spacing where the frame has its own, after the gap's optional runs
 * where it has none; around them as the entry has them when it has as many there. A gap given with
 * runs in it (`spacingWithRuns`) is written as given.
 */
export function respace(frame: Frame, spacing: readonly string[]): string {
  const optionals = frame.parts.flatMap((part) =>
    part.kind === 'fixed' && part.optional ? [part.shape] : [],
  );
  const between = frame.parts.flatMap((part) =>
    part.kind === 'core' ? [part.text] : part.kind === 'slot' ? [`{${part.slot}}`] : [],
  );
  let index = 0;
  let optional = 0;
  const written = stretches(frame).map((stretch) => {
    const markup = [...stretch.replace(/[ \t\u0002]/g, '')];
    return gaps(stretch)
      .map((gap, at) => {
        const space = spacing[index++] ?? '';
        const runs = [...gap.replace(/[ \t]/g, '')].map(() => optionals[optional++]);
        const after = markup[at] ?? '';
        if (space.includes('{')) return space + after;
        const marks = space.replace(/[ \t]/g, '').length;
        if (marks > 0 && marks === runs.length) {
          let next = 0;
          return space.replace(new RegExp(ANCHOR, 'g'), () => runs[next++]) + after;
        }
        const own = gap.search(/[ \t]/);
        const before = own === -1 ? runs.length : own;
        const plain = space.replaceAll(ANCHOR, '');
        return runs.slice(0, before).join('') + plain + runs.slice(before).join('') + after;
      })
      .join('');
  });
  return fromIndentMarks(written.map((stretch, at) => (at === 0 ? '' : between[at - 1]) + stretch).join(''));
}

/**
 * The frame with other words at some of its places (counted over its cores and text slots, as an
 * entry's cores line up with them): a constant worded as one entry words it.
 */
export function reword(frame: Frame, words: Readonly<Record<number, string>>): Frame {
  let index = 0;
  const parts = frame.parts.map((part): FramePart => {
    if (part.kind === 'fixed') return part;
    const text = words[index++];
    return part.kind === 'core' && text !== undefined ? { kind: 'core', text } : part;
  });
  return { ...frame, parts };
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
 * The markup beside a frame's part (`at`), before it (`step` -1) or after it (1): the fixed parts up
 * to the words or text slot next to it, as far as a slot the reader places (`{title}`), without
 * spacing, and with characters written full width as their ASCII selves (`（arXiv 2025）` is
 * parenthesised as `(arXiv 2025)` is).
 */
export function markupBeside(frame: Frame, at: number, step: 1 | -1): string {
  const { parts } = frame;
  let text = '';
  for (let next = at + step; parts[next]?.kind === 'fixed'; next += step) {
    const { shape } = parts[next] as { shape: string };
    text = step === 1 ? text + shape : shape + text;
    if (pieces(shape).some((piece) => 'slot' in piece)) break;
  }
  return text.normalize('NFKC').replace(SPACE_RUN, '');
}

/** The markup on each side of a frame's words and text slots (`markupBeside`), in order. */
function surroundings(frame: Frame): { before: string; after: string }[] {
  return frame.parts.flatMap((part, at) =>
    part.kind === 'fixed' ? [] : [{ before: markupBeside(frame, at, -1), after: markupBeside(frame, at, 1) }],
  );
}

/**
 * The words an entry framed otherwise than its template (a link written `[Paper](…)` where the
 * list writes `[[Paper]](…)`) gives the template's text slots: of an entry with as many runs of
 * words as the template has places for them, at each slot whose markup on both sides
 * (`surroundings`) stands around exactly one run of the entry's words, and around no other place
 * of the template, those words. A slot with no such place in the entry has no value.
 */
export function alignedTextValues(template: Frame, entry: Frame): Record<string, string> | undefined {
  const key = ({ before, after }: { before: string; after: string }) => `${before}\u0000${after}`;
  const count = (keys: readonly string[]) => {
    const counts = new Map<string, number>();
    for (const one of keys) counts.set(one, (counts.get(one) ?? 0) + 1);
    return counts;
  };
  const words = coreTexts(entry);
  const places = template.parts.filter((part) => part.kind !== 'fixed');
  // An entry with words the template has no place for, or places it has no words for, is another
  // kind of entry: its words are not read as the template's.
  if (words.length !== places.length) return undefined;
  const entryKeys = surroundings(entry).map(key);
  const templateKeys = surroundings(template).map(key);
  const inEntry = count(entryKeys);
  const inTemplate = count(templateKeys);
  let values: Record<string, string> | undefined;
  places.forEach((part, index) => {
    const place = templateKeys[index];
    if (part.kind !== 'slot' || inEntry.get(place) !== 1 || inTemplate.get(place) !== 1) return;
    (values ??= {})[part.slot] = words[entryKeys.indexOf(place)];
  });
  return values;
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
