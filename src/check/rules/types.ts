import type { Convention } from '../../grammar/convention.js';
import type { Entry, Link } from '../../grammar/entry.js';
import type { SourceText } from '../../read/text.js';
import type { PaperRecord } from '../../arxiv/record.js';

export type Severity = 'error' | 'warning';

export const RULE_IDS = [
  'blank-line',
  'indent',
  'badge-missing',
  'badge-color',
  'badge-spacing',
  'arxiv-abs',
  'pdf-missing',
  'empty-link',
  'title-format',
  'authors-format',
  'duplicate',
  'section',
  'table-row',
  'arxiv-metadata',
] as const;

export type RuleId = (typeof RULE_IDS)[number];

/** What a rule found, before the engine adds path, rule id and severity. */
export interface Problem {
  readonly line: number;
  readonly column: number;
  readonly endLine?: number;
  readonly message: string;
  /** Which of a rule's checks found it, when the rule's fix applies to only some of them. */
  readonly aspect?: string;
  /**
   * Says a part the list's entries keep is missing (not how a part is written): an entry that renders
   * through the list's template may still lack it, where the template's run for it is optional.
   */
  readonly missing?: boolean;
  /**
   * The text the problem is about, as the line has it (a title with its marker, a link's URL): in diff
   * mode a change whose removed lines already held it did not write it, and is not asked to fix it.
   */
  readonly text?: string;
  /** `text` opens the line's content (after its indent and list marker), not just somewhere in it. */
  readonly textOpensLine?: boolean;
  /** Overrides the rule's severity for this problem (an error only where the list writes the rule down). */
  readonly severity?: Severity;
}

/** Replace lines `line`..`endLine` with `replacement` (lines joined by "\n"; no final newline). */
export interface Fix {
  readonly line: number;
  readonly endLine: number;
  readonly replacement: string;
}

/** A title's form: bold or not (with the list's delimiter), its punctuation inside the bold or after it. */
export interface TitleForm {
  readonly bold: boolean;
  readonly punctuation: string;
  readonly inside: boolean;
  readonly mark?: string;
}

/**
 * What a fix changes in an entry's fields, as the list's grammar names them. fix.ts renders the
 * entry through its own shape with the change (`renderChange`): the rule says what, the grammar
 * writes it, and nothing else in the entry changes.
 */
export interface FieldChange {
  /** The title's words, its form, or both. */
  readonly title?: { readonly text?: string; readonly form?: TitleForm };
  /** One of the entry's links: its target made the arXiv page the list links (in its form for one), its style. */
  readonly link?: {
    readonly at: Link;
    readonly arxiv?: 'abs' | 'pdf';
    readonly style?: 'bracketed' | 'plain' | 'bracketed-label';
  };
  /** The badges' spacing: a space before a badge glued to the text before it. */
  readonly badges?: { readonly spaceBefore: { readonly line: number; readonly column: number } };
}

/** Another entry of the list that shares a key (arXiv id or normalised title) with one being checked. */
export interface DuplicateHit {
  readonly line: number;
  readonly reason: string;
  /**
   * The other entry has the same arXiv id under another title: a wrong link, or the same paper
   * under another name (its preprint's title and its venue's); the two entries tell which.
   */
  readonly otherTitle?: boolean;
  /**
   * The other entry has the same title but links another paper (another arXiv id, another page of
   * the same site): one of the two titles is likely a slip, pasted from the entry above.
   */
  readonly otherPaper?: boolean;
}

/** A change shows its own way in a section with at least this many values written one way. */
export const OWN_WAY_MIN = 3;

/** A change writes a value as its author's habit when it writes it on at least this many papers. */
export const HABIT_MIN = 2;

/** A value an entry shows (a link's style, a title's form) and the line it is written on. */
export interface Shown<T> {
  readonly line: number;
  readonly value: T;
}

export interface RuleContext {
  readonly source: SourceText;
  readonly convention: Convention;
  /** The list's paper categories, for messages that say where an entry belongs. */
  readonly categories: readonly string[];
  /** Whether the entry sits in a category (a section under the list's papers heading). */
  inCategory(entry: Entry): boolean;
  /**
   * The paper entries nearest this one in the list (up to two each side) that the change did not
   * touch: how the list writes entries where this one goes, now, whatever its older entries do.
   */
  nearby(entry: Entry): readonly Entry[];
  /**
   * Whether the config sets this trait otherwise than the list shows it: then every entry is held
   * to it, whatever is around it. A config that says what the list does (`--print-config` fed back)
   * changes nothing.
   */
  setByConfig(trait: keyof Convention): boolean;
  /**
   * Whether the change has its own way: of the values `shown` reads off the paper entries it checks
   * (a link's style, a title's marks), those on lines the change wrote, in the entry's section or in
   * the whole list, at least OWN_WAY_MIN, and most of them not the list's way. That is its author's choice (a maintainer restyling the list, an
   * owner's tooling), not a slip in each entry; a change that writes most of them as the list does has
   * slipped on the others. For what a reader sees (a title left unmarked, the page an arXiv link
   * opens), only in a section the change wrote whole, every value there otherwise (a new week's
   * papers written its own way). For a `batch`, at least OWN_WAY_MIN of the items it wrote in the
   * section (papers or not) are otherwise, however much else it wrote the list's way (papers added
   * ahead of their links). For a `habit`, at least HABIT_MIN papers it wrote anywhere in the list are
   * otherwise: its author writes that way, not one slip, which is enough for a value never wrong in
   * itself (arXiv's abstract page). Never in a whole-file run: there is no change to speak of.
   */
  changesOwnWay<T>(
    entry: Entry,
    shown: (other: Entry) => readonly Shown<T>[],
    listsWay: (value: T) => boolean,
    scope?: 'change' | 'new-section' | 'batch' | 'habit',
  ): boolean;
  /** The earlier (or unchecked) entry this one repeats, if any. */
  duplicateOf(entry: Entry): DuplicateHit | undefined;
  /**
   * In a PR, for an item the change made of a later line of the entry above (moved left out of it),
   * the indent that line had in the entry; else undefined.
   */
  takenOut(entry: Entry): number | undefined;
  /**
   * Whether the entry is the author line of the paper item right above it, written `* Names*` for
   * `*Names*`: the space after the star made it an item of its own.
   */
  authorLineSplitOff(entry: Entry): boolean;
  /** arXiv's record of a paper: null when arXiv has none, undefined when it was not asked. */
  paperRecord(id: string): PaperRecord | null | undefined;
}

export interface Rule {
  readonly id: RuleId;
  /** The severity of its findings, unless the config sets one or `severityNote` says otherwise. */
  readonly severity: Severity;
  /** When some findings take the other severity (README's rules table and --help say so). */
  readonly severityNote?: string;
  readonly description: string;
  /**
   * `entry`: in diff mode the whole of a touched entry is checked. `line`: only the touched lines,
   * so a PR is never asked to fix what it did not write.
   */
  readonly scope: 'entry' | 'line';
  /** Also checks resources (tools, blogs, news); most rules are about papers only. */
  readonly resources?: boolean;
  /**
   * Says something is missing from the entry: not said where mdast's budget left an entry to the
   * scanner, which does not see every link or badge (references, autolinks, `<img>`).
   */
  readonly reportsAbsence?: boolean;
  /**
   * What of a message says which problem it is, where the message quotes text a change may rename
   * without touching the problem (an empty link relabelled is as empty): two versions of an entry
   * have the same problem when these agree. Else the whole message.
   */
  sameProblem?(message: string): string;
  check(entry: Entry, context: RuleContext): Problem[];
  /** A field change (rendered through the grammar), or a text edit where no field says it. */
  fix?(entry: Entry, problem: Problem, context: RuleContext): FieldChange | Fix | undefined;
}
