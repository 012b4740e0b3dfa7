/**
 * A new entry's slot values, from what is known of the paper (an arXiv record, the user's badges):
 * the paper link in the list's arXiv form, "et al." where the list abbreviates, dates and venues in
 * the list's own forms, and every piece of text escaped so it renders as the text it is.
 */
import { type Entry } from './entry.js';
import { parseArxivUrl } from '../read/links.js';
import {
  arxivUrlForm,
  renderThrough,
  templateSlots,
  valuesFor,
  type EntryTemplate,
  type Grammar,
} from './grammar.js';
import { frameOf, markupBeside, respace, spacingOf } from './frame.js';
import { CLEAR_MAJORITY } from './learn.js';
import { renderValue } from './render.js';
import { isTextSlot, pieces, type Slot } from './shape.js';
import {
  cutEntry,
  entryText,
  type Authors,
  type LabelledUrl,
  type RunStyle,
  type SlotValues,
} from './template.js';
import type { ItemBlock } from '../read/segment.js';
import type { SourceText } from '../read/text.js';
import { increment } from '../count.js';
import { isMonthDay, venueDate, YEAR_IN_WHEN } from './dates.js';

export interface NewPaper {
  readonly id: string;
  /** `v2`, or empty for none. */
  readonly version: string;
  /**
   * The arXiv link the contributor gave (none for a bare id): written as given where the list writes
   * its arXiv links more than one way and this way is one of them.
   */
  readonly url?: string;
  readonly title: string;
  readonly authors: readonly string[];
  readonly venue: string | undefined;
  readonly year: string | undefined;
  /** First submission, ISO 8601 (`2021-06-17`): for lists that date their entries. */
  readonly date?: string;
  readonly links?: readonly LabelledUrl[];
  readonly badges?: readonly LabelledUrl[];
  /** The item's number, in a numbered list. */
  readonly n?: string;
  /**
   * Words for the template's editor slots (`editorSlots`: its `{note}`s, and a `{names}` beside the
   * authors), by the slot's place in its form (`notePlaces`), where the editor writes them.
   */
  readonly notes?: Readonly<Record<string, string>>;
  /**
   * Words the editor writes in place of the list's usual ones, where its entries vary them (a venue
   * cell that is mostly `ICML`, an icon before a link), keyed by the usual words.
   */
  readonly rewords?: Readonly<Record<string, string>>;
  /** The heading path of the section it goes in: where a section has habits of its own. */
  readonly section?: readonly string[];
  /**
   * The indent it stands at (`nestingIn`): a section that nests some of its items under a topic and
   * not others writes it as it stands.
   */
  readonly nesting?: string;
  /**
   * The line it goes at (after the section's last entry, for `add`): the entries nearest it show how
   * the list writes what it has no one way for (`[[Paper]](…) [[Code]](…)` or without the space).
   */
  readonly line?: number;
  /**
   * The list's marks its editor gives the entry (`:fire:`, `✨`): a form of the scope that adds them
   * to another (`markOf`). None: the unmarked form, as a contributor's entry is.
   */
  readonly marks?: readonly string[];
}

/** The list's arXiv link for an id, in its own form (its section's, if it has one; abstract page by default). */
export function arxivLink(
  grammar: Grammar,
  id: string,
  version: string,
  template?: EntryTemplate,
  section?: readonly string[],
): string {
  const form =
    (template ? grammar.arxivUrlFor(template, section) : grammar.arxivUrl) ?? 'https://arxiv.org/abs/{id}';
  return form.replace('{id}', id).replace('{v}', version || '');
}

/**
 * The paper's arXiv page of the kind asked for (abstract or PDF), in the form the list writes arXiv
 * links where that form is of that kind (`www.`, `http://` for a plain link, `.pdf`), else arXiv's
 * own; the version the link names is kept. Undefined when the link is no arXiv link, or already
 * one of that kind.
 */
export function arxivUrlOf(form: string | undefined, url: string, kind: 'abs' | 'pdf'): string | undefined {
  const arxiv = parseArxivUrl(url);
  if (!arxiv || arxiv.kind === kind) return undefined;
  const own = form?.includes(`/${kind}/{id}`) ? form : `https://arxiv.org/${kind}/{id}{v}`;
  const written = own.replace('{v}', '').replace('{id}', arxiv.id + arxiv.version);
  // Nor is a secure link made a plain one, whatever most of the list writes.
  return /^https:/i.test(url) ? written.replace(/^http:/i, 'https:') : written;
}

/**
 * Words in brackets (`[Re]`, `[Sep 2024]`), no task box (`[x]`) or footnote (`[^1]`): GitHub shows
 * them as written unless a link's target or label follows (`(`, `[`) or they start a definition (`:`).
 */
const ASIDE = /\[(?!\^)[^[\]\\]*\p{L}[^[\]\\]*\](?<=\[[^\]]{2,}\])/gu;

/**
 * Text from a record as it must stand in a list: markdown, HTML and mentions shown as the
 * characters they are. Backslash escapes render as the character (an entity's `&` too, so
 * `&lt;` stays those four characters). GitHub links bare URLs and pings `@name` whatever the
 * escaping, so a word joiner (invisible) breaks `https://`, `www.` and `@name` apart. Words in
 * brackets stay as the list writes them where what `followedBy` them (the entry's text after
 * these words, when known) keeps them words. A `|` parts a table's cells, and is text anywhere
 * else: it is escaped only where the text may stand in a table row (`inTable`).
 */
export function plainText(text: string, followedBy?: string, inTable = true): string {
  const words = text.replace(/\s+/g, ' ').trim();
  const asides = new Set<number>();
  for (const aside of words.matchAll(ASIDE)) {
    const end = aside.index + aside[0].length;
    const next = end < words.length ? words[end] : followedBy?.[0];
    if (next !== undefined && !/[([:]/.test(next) && words[aside.index - 1] !== '!')
      asides.add(aside.index).add(end - 1);
  }
  return words
    .replace(/[\\`*_[\]<>|#~]|&(?=#?\w+;)/g, (ch, at: number) =>
      asides.has(at) || (ch === '|' && !inTable) ? ch : `\\${ch}`,
    )
    .replace(/\b(https?|ftp):\/\//gi, '$1:\u2060//')
    .replace(/\bwww\./gi, 'www\u2060.')
    .replace(new RegExp(LIVE_AT.source, 'g'), '@\u2060');
}

/**
 * An `@` GitHub makes live: a mention (`@name`, no word right before it) or an e-mail address's
 * (`a@b.org`, a domain with a dot after it). Inside a word with no such domain (`Gen-IR@SIGIR`,
 * `Recall@5`) it is text.
 */
export const LIVE_AT = /(?<!\w)@(?=\w)|@(?=[\w-]+\.[\w-])/;

/** Whether a list that names its first `after` authors, then "et al.", names only those of `authors`. */
function abbreviates(writing: ListWriting, after: number | undefined, authors: number): boolean {
  if (after === undefined || authors <= after) return false;
  return !(writing.pairsInFull && after === 1 && authors === 2);
}

export function newEntryValues(
  grammar: Grammar,
  writing: ListWriting,
  paper: NewPaper,
  template?: EntryTemplate,
): SlotValues {
  const abbreviate = abbreviates(writing, grammar.etAlAfter, paper.authors.length);
  const inTable = template?.table !== undefined;
  const names = (abbreviate ? paper.authors.slice(0, grammar.etAlAfter) : paper.authors).map((name) =>
    plainText(name, undefined, inTable),
  );
  return {
    n: paper.n ?? '1',
    title: plainText(paper.title, undefined, inTable),
    venue: paper.venue === undefined ? undefined : plainText(paper.venue, undefined, inTable),
    year: paper.year,
    authors: { names, etAl: abbreviate },
    paper: arxivLink(grammar, paper.id, paper.version, template, paper.section),
    links: paper.links ?? [],
    badges: paper.badges ?? [],
  };
}

/** What a list's entries show of how it writes the parts its templates leave as text. */
export interface ListWriting {
  /**
   * The venue its arXiv-linked entries give a preprint (`arXiv`, `Preprint`, `CoRR`); none where
   * more of them give their date alone (`(2021-01)`) than name a preprint.
   */
  readonly preprintVenue: string | undefined;
  /** A `{when}` text: `{venue} {yyyy}`, `{venue}'{yy}`, `{venue}, {yyyy}`. */
  readonly whenForm: string;
  /**
   * A `{when}` that gives a date where others give a venue (`Mar. 20, 2025` beside `CVPR 2025`):
   * its month and day go before the year the date's own way, not the venue's.
   */
  readonly datedWhenForm: string | undefined;
  /**
   * Per template, the form most of its entries write at each `{when}` slot: a table may give the
   * year alone in one column and the venue with it in another (`| 2024 | … | ICML 2024 |`).
   */
  readonly slotWhenForms: ReadonlyMap<EntryTemplate, ReadonlyMap<string, string>>;
  /**
   * Per template, the `{when}` slots whose entries with no venue there give a date (`2021-01`) more
   * often than the year alone, with the form most write it in: a paper with no venue is dated so.
   */
  readonly slotBareDateForms: ReadonlyMap<EntryTemplate, ReadonlyMap<string, string>>;
  /**
   * Per template, the `{when}` slots most of whose entries give a date by its month's name there
   * (`25 Aug 2022`), with the form most write it in (`{d} {Mon} {yyyy}`): the paper's date goes there.
   */
  readonly slotDateForms: ReadonlyMap<EntryTemplate, ReadonlyMap<string, string>>;
  /**
   * Per template, the `{when}` slots where most entries naming a preprint (`arXiv 2023.05`), or
   * most naming another venue, give the month with the year: the form they write it in
   * (`{venue} {yyyy}.{mm}`), for a paper of that kind with a date.
   */
  readonly slotVenueDateForms: ReadonlyMap<EntryTemplate, ReadonlyMap<string, VenueDateForms>>;
  /**
   * Per template, the editor slots (`{note}`) that hold a venue and year all the same (`*{names}.*
   * {note}.` of `*A, B.* ICLR 2018.`, a journal's long name making it no `{when}`): the form nearly
   * all of them write it in. A new entry gets the paper's venue and year there.
   */
  readonly slotNoteWhenForms: ReadonlyMap<EntryTemplate, ReadonlyMap<string, string>>;
  /**
   * Per section, the form its entries of a template keep at a `{when}` slot, where at least
   * `SECTION_WHEN_MIN` do: a section written by one hand writes `ICML2021` where the list writes
   * `ICML 2021`.
   */
  readonly sectionWhenForms: ReadonlyMap<string, ReadonlyMap<EntryTemplate, ReadonlyMap<string, string>>>;
  /** A `{date}` text: `{yyyy}/{mm}/{dd}`, `{yyyy}.{mm}`, `{m}/{yyyy}`. */
  readonly dateForm: string;
  /** The word a `{names}` text opens with before the names (`by `), where most of them open so. */
  readonly namesLead: string;
  /** A `{names}` text names this many authors, then "et al." (undefined: every author). */
  readonly namesEtAlAfter: number | undefined;
  /** What a `{names}` text writes between names (`, `, ` and ` all along) and before its last. */
  readonly namesSeparator: string | undefined;
  readonly namesLastSeparator: string | undefined;
  /** What it writes between two names, when it has no comma before "and" there (`A and B`, `A, B, and C`). */
  readonly namesPairSeparator: string | undefined;
  /**
   * Enough of its entries name two authors in full (`A and B`) for a pair to be how the list writes
   * two authors: where it abbreviates after one name, "et al." starts at three (as APA writes them).
   */
  readonly pairsInFull: boolean;
  /**
   * The list ends its author names with a full stop inside the markup around them (`*A, B.*`): the
   * reader keeps that stop on the last name, so a new entry's last name needs it too.
   */
  readonly authorsStop: boolean;
  /**
   * Its titles that end with their own `?` or `!` take the form's full stop after them all the same
   * (`**Why?.**`): most of its entries with such a title write it. Otherwise such a title goes
   * without (`**Why?**`), as most lists write it.
   */
  readonly stopAfterQuestion: boolean;
  /** Badges carry their text as alt text (`![LoRA](…)`) rather than none (`![](…)`). */
  readonly badgeAlt: boolean;
  /** Per template, the text slots some of its entries leave empty: a new entry may too. */
  readonly emptyTextSlots: ReadonlyMap<EntryTemplate, ReadonlySet<string>>;
  /**
   * Per section and runs (`sectionKey`), how many of its entries follow each form: entries with
   * links, badges, both or neither may each have their own.
   */
  readonly sectionForms: ReadonlyMap<string, ReadonlyMap<EntryTemplate, number>>;
  /**
   * Per section and number width (`spacingKey`), the spacing most of its entries of each form keep,
   * where enough do: a section written by one hand spaces its entries its own way (`</a>**` where
   * the list writes `</a> **`, an indent that stays put as the numbers grow).
   */
  readonly sectionSpacing: ReadonlyMap<string, ReadonlyMap<EntryTemplate, readonly string[]>>;
  /**
   * Per form with no place for a run (`{links}`, `{badges}`) that some of its entries have, and per
   * runs those entries have (`runsKey`), the spacing most of them keep with the runs in it, where
   * enough do: most of a form's entries have no code link, so its shape has no place for one, and
   * the few that have one write it where a new entry with one goes (`… 2017. [[Post](…)]`).
   */
  readonly runSpacing: ReadonlyMap<EntryTemplate, ReadonlyMap<string, readonly string[]>>;
  /**
   * How many spaces in the lines under a numbered item stand whatever the number's width, where
   * most of the list's items numbered 10 and on keep the indent most one-digit items have
   * (`10. **Title**` and, four spaces in, `*Names*`, as under `9. `). Undefined where they move
   * with the number.
   */
  readonly numberIndent: number | undefined;
  /**
   * Per padded table (by its template's `table`), each column between its pipes: the width its rows
   * pad every cell to (a cell too long for it overflows, one space before its pipe), and where in
   * that width they place the text.
   */
  readonly cellWidths: ReadonlyMap<string, readonly PaddedColumn[]>;
  /**
   * Per form with no place for the paper's own link, how its entries link the paper among their
   * other links (`[Repo](…) [Paper](arXiv link)`): the label most of them give it, and whether it
   * comes first or last.
   */
  readonly paperInLinks: ReadonlyMap<EntryTemplate, { readonly label: string; readonly first: boolean }>;
  /**
   * Forms whose paper link is the published paper's page, not arXiv's (`[[PUB](nature.com/…)]
   * [[PDF](arXiv link)]`): most of their entries that link arXiv do so among their other links. An
   * arXiv link at their paper's place would be labelled as the publisher's.
   */
  readonly publishedPaper: ReadonlySet<EntryTemplate>;
  /**
   * How the list separates its runs (before and between links, between badges), and writes a venue
   * with its year at a `{when}` (`ICML2021`, `ICML 2021`): the way it keeps, and its entries' own
   * where they stand, for a list written one way by one hand and another by the next.
   */
  readonly runSeparators: Readonly<Record<RunSeparator, Habit>>;
  readonly whenForms: Habit;
  /** How many entries write their arXiv link in each form (`arxivUrlForm`): the list's, by section. */
  readonly arxivForms: {
    readonly list: ReadonlyMap<string, number>;
    readonly sections: ReadonlyMap<string, ReadonlyMap<string, number>>;
  };
}

/** A `{when}` slot's forms of a venue with a date, for preprints and for other venues. */
export interface VenueDateForms {
  readonly preprint?: string;
  readonly published?: string;
}

const sectionKey = (section: readonly string[] | undefined, links: boolean, badges: boolean) =>
  [...(section ?? []), `${links}+${badges}`].join('\u0000');
/** A numbered item's continuation lines may be indented by its number's width: entries of one width go together. */
const spacingKey = (section: readonly string[] | undefined, n: string | undefined) =>
  [...(section ?? []), `${n?.length ?? 0}`].join('\u0000');
/** Entries of a section and form that must keep one spacing for it to be the section's. */
const SECTION_SPACING_MIN = 3;
/** Entries of a section that must follow a form the list writes nowhere else for it to be the section's. */
const SECTION_FORM_MIN = 3;
/** Entries of a form that must place a run it has no place for one way for a new entry to place it so. */
const RUN_SPACING_MIN = 3;
/** Which runs an entry has, as `runSpacing` keys them. */
const runsKey = (links: boolean, badges: boolean) => `${links ? 'links' : ''}+${badges ? 'badges' : ''}`;

/** Run separators a list may write more than one way (`[[Paper]](…)[[Code]](…)`, or with a space). */
const RUN_SEPARATORS = ['linkLead', 'linkSeparator', 'badgeSeparator'] as const;
type RunSeparator = (typeof RUN_SEPARATORS)[number];

/** One entry's way of writing something, and the line it starts at. */
interface Placed {
  readonly line: number;
  readonly way: string;
}

/** How a list writes one thing: the way a clear majority of its entries keep, and each one's own by section. */
export interface Habit {
  readonly kept: string | undefined;
  readonly bySection: ReadonlyMap<string, readonly Placed[]>;
}

/**
 * How many of the entries nearest a new one speak for where it goes, and how many of them must
 * write a thing one way for that to be how it is written there: a way one neighbour in two
 * writes is no one's.
 */
const NEAREST_ENTRIES = 5;
const NEAREST_AGREEING = 4;

const keptBy = (ways: readonly string[], way: string | undefined) =>
  way !== undefined && ways.filter((shown) => shown === way).length / ways.length >= CLEAR_MAJORITY;

/** A habit from each entry's own way, by section. */
function habitOf(placed: readonly (Placed & { readonly section: string })[]): Habit {
  const ways = placed.map(({ way }) => way);
  const most = mostCommon(ways);
  const bySection = new Map<string, Placed[]>();
  for (const { section, line, way } of placed) {
    const here = bySection.get(section) ?? bySection.set(section, []).get(section)!;
    here.push({ line, way });
  }
  return { kept: keptBy(ways, most) ? most : undefined, bySection };
}

/**
 * The way the entries nearest a line write a thing, where its section does not keep the list's way
 * (one hand wrote `[[Paper]](…)[[Code]](…)` and `NeurIPS2021`, a later one puts a space in): as four
 * of the five nearest of the section that show it write it. None where the section keeps the list's
 * way, or its entries near the line are split.
 */
function nearestWay(
  habit: Habit,
  section: readonly string[] | undefined,
  line: number | undefined,
): string | undefined {
  const placed = line === undefined ? undefined : habit.bySection.get((section ?? []).join('\u0000'));
  const others = placed?.filter((entry) => entry.line !== line) ?? [];
  const ways = others.map(({ way }) => way);
  if (ways.length === 0 || keptBy(ways, habit.kept)) return undefined;
  const near = others
    .sort((a, b) => Math.abs(a.line - line!) - Math.abs(b.line - line!))
    .slice(0, NEAREST_ENTRIES)
    .map(({ way }) => way);
  const most = mostCommon(near);
  return most !== undefined && near.filter((way) => way === most).length >= NEAREST_AGREEING
    ? most
    : undefined;
}

/**
 * Runs glued or parted by a space (`[[Paper]](…)[[Code]](…)`, or with a space): what one hand and
 * the next vary. More spaces than one are a slip, not a way of writing.
 */
const SPACES = /^ ?$/;

/**
 * A new entry's run separators where the entries nearest it written in its form agree on a way the
 * list does not keep: a space or none where the form writes a space or none. A separator with words or
 * punctuation (`, `) is the form's own.
 */
function nearestSeparators(
  writing: ListWriting,
  form: EntryTemplate,
  own: Partial<RunStyle> | undefined,
  section: readonly string[] | undefined,
  line: number | undefined,
): Partial<RunStyle> | undefined {
  const nearest = Object.fromEntries(
    RUN_SEPARATORS.flatMap((name) => {
      const way = nearestWay(writing.runSeparators[name], [formKey(section, form)], line);
      return way === undefined || !SPACES.test(way) || !SPACES.test(own?.[name] ?? form.style[name])
        ? []
        : [[name, way]];
    }),
  );
  return Object.keys(nearest).length > 0 ? nearest : undefined;
}

/** Venues that say "not published yet", as lists write them for arXiv papers. */
const PREPRINT_VENUE = /^(?:arxiv(?: preprint)?|preprint|corr)$/i;
/** What a list with no preprints of its own gets: the venue most lists write. */
const DEFAULT_PREPRINT_VENUE = 'arXiv';
const DEFAULT_WHEN_FORM = '{venue} {yyyy}';
const DEFAULT_DATE_FORM = '{yyyy}-{mm}-{dd}';

/** `ICLR 2022`, `ICLR'22`, `(ICLR, 2022)` cut into venue, separator and year. */
const WHEN_PARTS = /^(.*?)([\s,]*'?)((?:19|20)\d{2}|\d{2})$/;
/** `2023 arXiv`, `2024, ICML`: the year before the venue. */
const YEAR_FIRST_WHEN = /^((?:19|20)\d{2})([\s,]+)(\D.*)$/;
const YEAR_FIRST_DATE = /^((?:19|20)\d{2})([/.-])(\d{1,2})(?:([/.-])(\d{1,2}))?$/;
const YEAR_LAST_DATE = /^(\d{1,2})([/.-])((?:19|20)\d{2})$/;
const ET_AL = /,?\s*et al\.?$/;
/** A link's target, which may end in digits: no venue and year. */
const URL_LIKE = /^(?:[a-z][\w+.-]*:|www\.|[#/.])/i;
/** `by ` before a list's names (`by Lang et al.`): the list's word, not the first author's name. */
export const NAMES_LEAD = /^by\s+/i;
/** The last `and` or `&` between names, with the comma and spaces around it. */
const LAST_NAME_SEPARATOR = /(,? (?:and|&) )(?!.*,? (?:and|&) )/;
/** Entries with two names a list needs before its way of joining two is its own. */
const PAIR_EVIDENCE = 3;
/** Two names with one separator between them and no comma within either. */
const TWO_NAMES = /^[^,;&]+?(,? (?:and|&) |, )[^,;&]+$/;

/** A section writes arXiv links its own way with this many of them (as the grammar's scopes do). */
const SECTION_ARXIV_MIN = 3;
/** Entries that must link arXiv the contributor's way for it to be one of the list's ways. */
const KEPT_FORM_MIN = 3;
/** Entries of a section that must write their venue and year one way for it to be the section's. */
const SECTION_WHEN_MIN = 3;

/**
 * The contributor's arXiv link as given, where the list holds no one form (its section's, when the
 * section has enough links to tell, else the list's) and the list writes enough links this way: a
 * list that keeps both `/abs/` and `/pdf/` takes either, and a form nobody uses is not the list's.
 */
function keptUrl(writing: ListWriting, paper: NewPaper): string | undefined {
  const form = paper.url === undefined ? undefined : arxivUrlForm(paper.url);
  if (form === undefined || (writing.arxivForms.list.get(form) ?? 0) < KEPT_FORM_MIN) return undefined;
  const section = writing.arxivForms.sections.get((paper.section ?? []).join('\u0000'));
  const total = (counts: ReadonlyMap<string, number>) => [...counts.values()].reduce((a, b) => a + b, 0);
  const scope = section && total(section) >= SECTION_ARXIV_MIN ? section : writing.arxivForms.list;
  return Math.max(...scope.values()) / total(scope) < CLEAR_MAJORITY ? paper.url : undefined;
}

function mostCommon<T>(values: readonly T[]): T | undefined {
  const counts = new Map<T, number>();
  for (const value of values) increment(counts, value);
  let best: T | undefined;
  for (const [value, n] of counts) if (best === undefined || n > counts.get(best)!) best = value;
  return best;
}

const MONTH_NAMES = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];
/** `25 Aug`, `Mar. 20`, `September`: a day (or none) and a month's name or its first three letters. */
const NAMED_MONTH_DAY = /^(?:(\d{1,2}) )?([A-Z][a-z]+)(\.?)(?: (\d{1,2}))?$/;

/** The month a name or its first three letters names (0 for January), with how it is written. */
function namedMonth(word: string): { month: number; slot: string } | undefined {
  const month = MONTH_NAMES.findIndex((name) => name === word || name.slice(0, 3) === word);
  if (month === -1) return undefined;
  return { month, slot: word.length === 3 && MONTH_NAMES[month] !== word ? '{Mon}' : '{Month}' };
}

/**
 * A `{when}` text that gives a date by its month's name (`25 Aug 2022`, `Mar. 20, 2025`) as a date
 * form (`{d} {Mon} {yyyy}`) and the ISO date it gives; undefined for any other text.
 */
export function namedDate(text: string): { form: string; iso: string } | undefined {
  const parts = WHEN_PARTS.exec(text.trim());
  const named = parts && parts[3].length === 4 ? NAMED_MONTH_DAY.exec(parts[1]) : null;
  const month = named && namedMonth(named[2]);
  if (!parts || !named || !month || (named[1] !== undefined && named[4] !== undefined)) return undefined;
  const day = named[1] ?? named[4];
  const daySlot = day === undefined ? '' : day.startsWith('0') ? '{dd}' : '{d}';
  const monthDay =
    named[1] !== undefined
      ? `${daySlot} ${month.slot}${named[3]}`
      : `${month.slot}${named[3]}${day === undefined ? '' : ` ${daySlot}`}`;
  const mm = String(month.month + 1).padStart(2, '0');
  return { form: `${monthDay}${parts[2]}{yyyy}`, iso: `${parts[3]}-${mm}-${(day ?? '01').padStart(2, '0')}` };
}

/**
 * The form of a `{when}` text (`{venue} {yyyy}`), of a venue and year or, `dated`, of a month and
 * day and year: a list may write both in one place, each its own way.
 */
function whenForm(text: string, dated = false): string | undefined {
  const parts = WHEN_PARTS.exec(text.trim());
  if (!parts) {
    const yearFirst = dated ? null : YEAR_FIRST_WHEN.exec(text.trim());
    return yearFirst ? `{yyyy}${yearFirst[2]}{venue}` : undefined;
  }
  if (isMonthDay(parts[1]) !== dated) return undefined;
  // Two digits after a venue's name are its year (`ICLR'23`, `ACMMM22`); after a number, a month
  // (`arXiv 2023.05`).
  if (parts[3].length === 2 && !/\p{L}$/u.test(parts[1])) return undefined;
  const year = parts[3].length === 4 ? '{yyyy}' : '{yy}';
  return parts[1] === '' ? year : `{venue}${parts[2]}${year}`;
}

/**
 * A date's form: zero-padded (`{mm}`) where the date pads, bare (`{m}`) where it does not. A month or
 * day of two digits that starts with no zero (`2022.10`) is written so either way: it reads as padded.
 */
export function dateForm(text: string): string | undefined {
  const part = (digits: string, name: string) => (digits.length === 2 ? `{${name}${name}}` : `{${name}}`);
  const first = YEAR_FIRST_DATE.exec(text.trim());
  if (first) {
    const day = first[5] === undefined ? '' : `${first[4]}${part(first[5], 'd')}`;
    return `{yyyy}${first[2]}${part(first[3], 'm')}${day}`;
  }
  const last = YEAR_LAST_DATE.exec(text.trim());
  return last ? `${part(last[1], 'm')}${last[2]}{yyyy}` : undefined;
}

/**
 * The list's date form: the form most of its dates follow, its month and day zero-padded or not as
 * most of the dates that tell write them (`2022.1` and `2022.01` tell, `2022.10` does not).
 */
function listDateForm(dates: readonly string[]): string | undefined {
  const form = mostCommon(dates.flatMap((text) => dateForm(text) ?? []));
  if (form === undefined) return undefined;
  const votes = { m: 0, d: 0 };
  for (const text of dates) {
    const first = YEAR_FIRST_DATE.exec(text.trim());
    const last = first ? null : YEAR_LAST_DATE.exec(text.trim());
    const parts = { m: first?.[3] ?? last?.[1], d: first?.[5] };
    for (const name of ['m', 'd'] as const) {
      const digits = parts[name];
      if (digits?.length === 1) votes[name]--;
      else if (digits?.startsWith('0')) votes[name]++;
    }
  }
  return (['m', 'd'] as const).reduce(
    (written, name) => (votes[name] < 0 ? written.replace(`{${name}${name}}`, `{${name}}`) : written),
    form,
  );
}

function venueOfWhen(text: string): string | undefined {
  // `2021-01` is a date, not the venue `2021-` and the year's last two digits.
  if (dateForm(text) !== undefined) return undefined;
  const dated = venueDate(text);
  if (dated) return dated.venue;
  const venue =
    WHEN_PARTS.exec(text.trim())?.[1].replace(/^\(/, '') ?? YEAR_FIRST_WHEN.exec(text.trim())?.[3];
  return venue === '' ? undefined : venue;
}

/** Learns how the list writes what its templates leave as text, from its paper entries. */
export function learnWriting(source: SourceText, grammar: Grammar, papers: readonly Entry[]): ListWriting {
  const whens: string[] = [];
  const slotWhens = new Map<EntryTemplate, Map<string, string[]>>();
  const slotTexts = new Map<EntryTemplate, Map<string, string[]>>();
  /** Per template and note slot, the form of a venue and year of each of its words there (none: other words). */
  const noteWhens = new Map<EntryTemplate, Map<string, NoteWhen[]>>();
  /** Per template and `{when}` slot, its entries that name a venue there, with a date or the year alone. */
  const venueWhens = new Map<EntryTemplate, Map<string, VenueWhen[]>>();
  const sectionWhens = new Map<string, Map<EntryTemplate, Map<string, string[]>>>();
  const dates: string[] = [];
  const preprintVenues: string[] = [];
  const namesCounts: (number | undefined)[] = [];
  const separators: string[] = [];
  const lastSeparators: string[] = [];
  const pairSeparators: string[] = [];
  const badgeLabels: string[] = [];
  const lastNames: string[] = [];
  const namesLeads: string[] = [];
  /** arXiv-linked entries that give their date or year alone, naming no venue (`(2021-01)`). */
  let preprintsUnnamed = 0;
  let pairs = 0;
  const questionStops = { stopped: 0, bare: 0 };
  const emptyTextSlots = new Map<EntryTemplate, Set<string>>();
  const sectionForms = new Map<string, Map<EntryTemplate, number>>();
  const spacings = new Map<string, Map<EntryTemplate, string[]>>();
  const runSpacings = new Map<EntryTemplate, Map<string, string[]>>();
  const tableRows = new Map<string, string[][]>();
  const paperLinks = new Map<EntryTemplate, { label: string; first: boolean }[]>();
  /** Per form with a paper link, how many of its entries linking arXiv link it there and how many elsewhere. */
  const arxivPlaces = new Map<EntryTemplate, { paper: number; links: number }>();
  const arxivForms = { list: new Map<string, number>(), sections: new Map<string, Map<string, number>>() };
  /** How far in the lines under numbered items stand, by the number's width. */
  const numberIndents = new Map<number, number[]>();
  /** Each entry's own run separators and `{when}` forms, where it stands. */
  const placedSeparators: (Partial<Record<RunSeparator, string>> & { section: string; line: number })[] = [];
  const placedWhens: (Placed & { section: string })[] = [];
  for (const entry of papers) {
    const arxivForm = entry.links.map((link) => arxivUrlForm(link.url)).find((form) => form !== undefined);
    if (arxivForm !== undefined) {
      const inSection = arxivForms.sections.get(entry.section.join('\u0000')) ?? new Map<string, number>();
      arxivForms.sections.set(entry.section.join('\u0000'), increment(inSection, arxivForm));
      increment(arxivForms.list, arxivForm);
    }
    const table = entry.cells && grammar.templateFor(entry)?.table;
    if (table)
      tableRows.set(table, [...(tableRows.get(table) ?? []), cellsOf(source.lines[entry.startLine - 1])]);
    if (/[?!]$/.test(entry.title.text))
      questionStops[stopsAfter(entryText(source, entry), entry.title.text) ? 'stopped' : 'bare']++;
    const cut = cutEntry(source, entry);
    const under = cut.values.indent === undefined ? undefined : continuationIndent(source, entry);
    if (cut.values.n !== undefined && under !== undefined) {
      const width = cut.values.n.length;
      numberIndents.set(width, [...(numberIndents.get(width) ?? []), under]);
    }
    const template = grammar.formFor(entry, cut.shape);
    // Separators are compared between entries of one form: a form whose run is its linked author
    // names (`*[A](…), [B](…)*`) separates them otherwise than one whose run is `[[Paper]](…)`.
    if (template)
      placedSeparators.push({
        section: formKey(entry.section, template),
        line: entry.startLine,
        ...pickSeparators(cut.style),
      });
    if (template) {
      const key = sectionKey(entry.section, cut.values.links.length > 0, cut.values.badges.length > 0);
      sectionForms.set(key, increment(sectionForms.get(key) ?? new Map<EntryTemplate, number>(), template));
      const frame = frameOf(cut.shape);
      // A table row's spacing is its cells' padding, which the table's widths give.
      if (!entry.cells && frame.key === frameOf(template.shape).key) {
        const at = spacingKey(entry.section, cut.values.n);
        const forms = spacings.get(at) ?? spacings.set(at, new Map()).get(at)!;
        forms
          .set(template, forms.get(template) ?? [])
          .get(template)!
          .push(JSON.stringify(spacingOf(frame)));
      }
    }
    const values = template ? valuesFor(template, cut) : cut.values;
    // An entry whose runs its form has no place for has them written in its spacing.
    if (template && values.spacing?.some((gap) => gap.includes('{'))) {
      const runs = runsKey(values.links.length > 0, values.badges.length > 0);
      const forms = runSpacings.get(template) ?? runSpacings.set(template, new Map()).get(template)!;
      forms.set(runs, [...(forms.get(runs) ?? []), JSON.stringify(values.spacing)]);
    }
    const paperAt = values.links.findIndex((link) => parseArxivUrl(link.url) !== undefined);
    if (template && templateSlots(template).includes('paper')) {
      const places =
        arxivPlaces.get(template) ?? arxivPlaces.set(template, { paper: 0, links: 0 }).get(template)!;
      if (values.paper !== undefined && parseArxivUrl(values.paper) !== undefined) places.paper++;
      else if (paperAt !== -1) places.links++;
    }
    if (template && paperAt !== -1 && !templateSlots(template).includes('paper')) {
      const seen = paperLinks.get(template) ?? paperLinks.set(template, []).get(template)!;
      seen.push({ label: values.links[paperAt].label, first: paperAt === 0 && values.links.length > 1 });
    }
    badgeLabels.push(...values.badges.map((badge) => badge.label));
    if (values.authors && !values.authors.etAl) {
      lastNames.push(values.authors.names.at(-1) ?? '');
      if (values.authors.names.length === 2) pairs++;
    }
    let venue = values.venue;
    let datedAlone = false;
    for (const [slot, text] of Object.entries(values.text ?? {})) {
      if (text === '' && template) {
        emptyTextSlots.set(template, (emptyTextSlots.get(template) ?? new Set()).add(slot));
      }
      const kind = slot.replace(/\d+$/, '');
      if (kind === 'when') {
        whens.push(text);
        const form = whenForm(text);
        if (template) {
          const slots = slotTexts.get(template) ?? slotTexts.set(template, new Map()).get(template)!;
          slots.set(slot, [...(slots.get(slot) ?? []), text]);
        }
        // How a venue meets its year (`ICML2021`, `ICML 2021`), at this slot of the section's entries.
        if (form?.includes('{venue}'))
          placedWhens.push({
            section: [...entry.section, slot].join('\u0000'),
            line: entry.startLine,
            way: form,
          });
        if (template && form) {
          const slots = slotWhens.get(template) ?? slotWhens.set(template, new Map()).get(template)!;
          slots.set(slot, [...(slots.get(slot) ?? []), form]);
          const key = entry.section.join('\u0000');
          const templates = sectionWhens.get(key) ?? sectionWhens.set(key, new Map()).get(key)!;
          const here = templates.get(template) ?? templates.set(template, new Map()).get(template)!;
          here.set(slot, [...(here.get(slot) ?? []), form]);
        }
        const named = venueOfWhen(text);
        if (template && named !== undefined) {
          const slots = venueWhens.get(template) ?? venueWhens.set(template, new Map()).get(template)!;
          const seen = slots.get(slot) ?? slots.set(slot, []).get(slot)!;
          seen.push({ preprint: PREPRINT_VENUE.test(named), dated: venueDate(text) });
        }
        venue ??= named;
        // A date or a year with no venue (`(2021-01)`, `(2021)`): how the entry gives its date alone.
        if (!venueOfWhen(text) && YEAR_IN_WHEN.test(text)) datedAlone = true;
      } else if (kind === 'note' && template && text !== '') {
        const slots = noteWhens.get(template) ?? noteWhens.set(template, new Map()).get(template)!;
        const seen = slots.get(slot) ?? slots.set(slot, []).get(slot)!;
        const form = URL_LIKE.test(text) ? undefined : whenForm(text);
        seen.push({ form, venue: form && venueOfWhen(text) });
        // A preprint named there is named as the list names preprints (`Arxiv 2024`).
        if (form) venue ??= venueOfWhen(text);
      } else if (kind === 'date') dates.push(text);
      else if (kind === 'names' && text !== '') {
        namesLeads.push(NAMES_LEAD.exec(text)?.[0] ?? '');
        const names = text.replace(NAMES_LEAD, '');
        // Names are counted by their commas: a list of "A, B et al." counts two.
        namesCounts.push(ET_AL.test(names) ? names.replace(ET_AL, '').split(',').length : undefined);
        const listed = names.replace(ET_AL, '');
        const pair = ET_AL.test(names) ? null : TWO_NAMES.exec(listed);
        // Each of two names has a given name and a surname: `Liu, Shikun` and `Toshev, A.` are one
        // name written surname first.
        const twoNames = pair !== null && listed.split(pair[1]).every((part) => /\S\s+\S/.test(part.trim()));
        if (twoNames) pairSeparators.push(pair[1]);
        if (!ET_AL.test(names) && /,| and | & /.test(listed)) {
          const list = listed.includes(';') ? '; ' : ', ';
          const last = LAST_NAME_SEPARATOR.exec(listed)?.[1];
          // Before the last of three or more names; two names' separator is learned on its own.
          if (!twoNames) lastSeparators.push(last ?? list);
          // `A and B and C` joins every name with its `and`.
          separators.push(last !== undefined && listed.split(last).length > 2 ? last : list);
        }
      }
    }
    const preprint = values.paper !== undefined && parseArxivUrl(values.paper) !== undefined;
    if (preprint && venue && PREPRINT_VENUE.test(venue)) preprintVenues.push(venue);
    else if (preprint && !venue && datedAlone) preprintsUnnamed++;
  }
  const abbreviated = namesCounts.filter((n) => n !== undefined);
  return {
    preprintVenue:
      preprintsUnnamed > preprintVenues.length
        ? undefined
        : (mostCommon(preprintVenues) ?? DEFAULT_PREPRINT_VENUE),
    whenForm: mostCommon(whens.flatMap((text) => whenForm(text) ?? [])) ?? DEFAULT_WHEN_FORM,
    datedWhenForm: mostCommon(whens.flatMap((text) => whenForm(text, true) ?? [])),
    slotWhenForms: new Map(
      [...slotWhens].map(([template, slots]) => [
        template,
        new Map([...slots].map(([slot, forms]) => [slot, mostCommon(forms)!])),
      ]),
    ),
    slotBareDateForms: new Map(
      [...slotTexts].map(([template, slots]) => [
        template,
        new Map(
          [...slots].flatMap(([slot, texts]) => {
            const dates = texts.filter((text) => dateForm(text) !== undefined);
            const years = texts.filter((text) => /^(?:19|20)\d{2}$/.test(text.trim())).length;
            const form = dates.length > years ? listDateForm(dates) : undefined;
            return form ? [[slot, form]] : [];
          }),
        ),
      ]),
    ),
    slotDateForms: new Map(
      [...slotTexts].map(([template, slots]) => [
        template,
        new Map(
          [...slots].flatMap(([slot, texts]) => {
            const forms = texts.flatMap((text) => namedDate(text)?.form ?? []);
            return forms.length * 2 > texts.length ? [[slot, mostCommon(forms)!]] : [];
          }),
        ),
      ]),
    ),
    slotVenueDateForms: new Map(
      [...venueWhens].map(([template, slots]) => [
        template,
        new Map([...slots].map(([slot, seen]) => [slot, venueDateForms(seen)])),
      ]),
    ),
    slotNoteWhenForms: new Map(
      [...noteWhens].map(([template, slots]) => [
        template,
        new Map(
          [...slots].flatMap(([slot, seen]) => {
            const whens = seen.flatMap(({ form }) => form ?? []);
            const kept = whens.length >= seen.length * CLEAR_MAJORITY && !wrapsVenues(seen);
            return kept ? [[slot, mostCommon(whens)!]] : [];
          }),
        ),
      ]),
    ),
    sectionWhenForms: new Map(
      [...sectionWhens].map(([key, templates]) => [
        key,
        new Map(
          [...templates].map(([template, slots]) => [
            template,
            new Map(
              [...slots].flatMap(([slot, forms]) => {
                const most = mostCommon(forms)!;
                return forms.filter((form) => form === most).length >= SECTION_WHEN_MIN ? [[slot, most]] : [];
              }),
            ),
          ]),
        ),
      ]),
    ),
    dateForm: listDateForm(dates) ?? DEFAULT_DATE_FORM,
    namesEtAlAfter: abbreviated.length * 2 >= namesCounts.length ? mostCommon(abbreviated) : undefined,
    namesLead:
      namesLeads.filter((lead) => lead !== '').length * 2 > namesLeads.length
        ? mostCommon(namesLeads.filter((lead) => lead !== ''))!
        : '',
    namesSeparator: mostCommon(separators),
    namesLastSeparator: mostCommon(lastSeparators) ?? mostCommon(pairSeparators),
    namesPairSeparator: pairSeparators.length >= PAIR_EVIDENCE ? mostCommon(pairSeparators) : undefined,
    pairsInFull: pairs + pairSeparators.length >= PAIR_EVIDENCE,
    authorsStop: lastNames.filter((name) => name.endsWith('.')).length * 2 > lastNames.length,
    stopAfterQuestion: questionStops.stopped > questionStops.bare,
    badgeAlt: badgeLabels.filter((label) => label !== '').length * 2 > badgeLabels.length,
    emptyTextSlots,
    sectionForms,
    sectionSpacing: new Map(
      [...spacings].map(([key, forms]) => [
        key,
        new Map(
          [...forms].flatMap(([form, seen]) => {
            const most = mostCommon(seen)!;
            const kept = seen.filter((spacing) => spacing === most).length;
            return kept >= SECTION_SPACING_MIN ? [[form, JSON.parse(most) as string[]] as const] : [];
          }),
        ),
      ]),
    ),
    runSpacing: new Map(
      [...runSpacings].map(([form, byRuns]) => [
        form,
        new Map(
          [...byRuns].flatMap(([runs, seen]) => {
            const most = mostCommon(seen)!;
            const kept = seen.filter((spacing) => spacing === most).length;
            return kept >= RUN_SPACING_MIN ? [[runs, JSON.parse(most) as string[]] as const] : [];
          }),
        ),
      ]),
    ),
    numberIndent: numberIndent(numberIndents),
    arxivForms,
    runSeparators: runSeparatorsOf(placedSeparators),
    whenForms: habitOf(placedWhens),
    publishedPaper: new Set(
      [...arxivPlaces].flatMap(([form, { paper, links }]) =>
        links > 0 && links / (paper + links) >= CLEAR_MAJORITY ? [form] : [],
      ),
    ),
    paperInLinks: new Map(
      [...paperLinks].map(([form, seen]) => [
        form,
        {
          label: mostCommon(seen.map((link) => link.label))!,
          first: seen.filter((link) => link.first).length * 2 > seen.length,
        },
      ]),
    ),
    cellWidths: new Map(
      [...tableRows].flatMap(([table, rows]) => {
        const widths = paddedWidths(rows);
        return widths ? [[table, widths] as const] : [];
      }),
    ),
  };
}

/** How many spaces in an entry's first line under its own stands. */
function continuationIndent(source: SourceText, entry: Entry): number | undefined {
  for (let no = entry.startLine + 1; no <= entry.endLine; no++) {
    const text = source.lines[no - 1] ?? '';
    if (text.trim() !== '') return /^ */.exec(text)![0].length;
  }
  return undefined;
}

/** Items numbered 10 and on that must show how the list indents under them. */
const WIDE_NUMBER_MIN = 2;

/**
 * The indent most one-digit items give the lines under them, where most items numbered 10 and on
 * indent theirs as far (GitHub renders either) rather than one space further per digit.
 */
function numberIndent(indents: ReadonlyMap<number, readonly number[]>): number | undefined {
  const narrow = mostCommon(indents.get(1) ?? []);
  const wide = [...indents].flatMap(([width, seen]) => (width > 1 ? seen : []));
  const stays =
    narrow !== undefined &&
    wide.length >= WIDE_NUMBER_MIN &&
    wide.filter((indent) => indent === narrow).length / wide.length >= CLEAR_MAJORITY;
  return stays ? narrow : undefined;
}

/** A note's words as a venue and year (`ICLR 2018`): their form and venue; none for other words. */
interface NoteWhen {
  readonly form: string | undefined;
  readonly venue: string | undefined;
}

/**
 * Whether a note place writes its venues inside words of the list's own (`Proceedings of ACL`): a
 * word most of its venues other than preprints share. A record's venue (`ACL`) would stand there
 * without them.
 */
function wrapsVenues(seen: readonly NoteWhen[]): boolean {
  const venues = seen.flatMap(({ venue }) =>
    venue === undefined || PREPRINT_VENUE.test(venue) ? [] : [venue],
  );
  const words = new Map<string, number>();
  for (const venue of venues) for (const word of new Set(venue.split(/\s+/))) increment(words, word);
  return venues.length > 1 && [...words.values()].some((n) => n * 2 > venues.length);
}

/** A `{when}` that names a venue: a preprint or not, and its date where it gives one with the venue. */
interface VenueWhen {
  readonly preprint: boolean;
  readonly dated: ReturnType<typeof venueDate>;
}

/**
 * The forms a `{when}` slot writes a venue with a date in: for preprints, and for other venues, where
 * most entries of the kind give the date rather than the year alone. What parts the venue from
 * the date is the one most of them write, the date's form the one most of their dates follow.
 */
function venueDateForms(seen: readonly VenueWhen[]): VenueDateForms {
  const formOf = (preprint: boolean) => {
    const kind = seen.filter((when) => when.preprint === preprint);
    const dated = kind.flatMap((when) => (when.dated ? [when.dated] : []));
    const date = listDateForm(dated.map((when) => when.date));
    if (dated.length * 2 <= kind.length || date === undefined) return undefined;
    return `{venue}${mostCommon(dated.map((when) => when.separator))!}${date}`;
  };
  const [preprint, published] = [formOf(true), formOf(false)];
  return { ...(preprint ? { preprint } : {}), ...(published ? { published } : {}) };
}

/** A section and a form of it: where entries' run separators are compared. */
const formKey = (section: readonly string[] | undefined, form: EntryTemplate) =>
  [...(section ?? []), form.shape].join('\u0000');

const pickSeparators = (style: Partial<RunStyle>): Partial<Record<RunSeparator, string>> =>
  Object.fromEntries(
    RUN_SEPARATORS.flatMap((name) => (style[name] === undefined ? [] : [[name, style[name]]])),
  );

/** How the list writes each run separator, from its entries' own. */
function runSeparatorsOf(
  placed: readonly (Partial<Record<RunSeparator, string>> & { section: string; line: number })[],
): Record<RunSeparator, Habit> {
  // Where the entries with both write the space before their links as the space between them, an
  // entry that shows one (two links: `[[Paper]](…) [[Code]](…)`) speaks for the other too.
  const both = placed.filter((entry) => entry.linkLead !== undefined && entry.linkSeparator !== undefined);
  const alike =
    both.length > 0 &&
    both.filter((entry) => entry.linkLead === entry.linkSeparator).length / both.length >= CLEAR_MAJORITY;
  const habit = (name: RunSeparator) =>
    habitOf(
      placed.flatMap(({ section, line, ...separators }) => {
        const way =
          separators[name] ??
          (alike && name.startsWith('link') ? (separators.linkLead ?? separators.linkSeparator) : undefined);
        return way === undefined ? [] : [{ section, line, way }];
      }),
    );
  return {
    linkLead: habit('linkLead'),
    linkSeparator: habit('linkSeparator'),
    badgeSeparator: habit('badgeSeparator'),
  };
}

/** The text between a row's pipes, cell by cell (an escaped `\|` is text). */
function cellsOf(row: string): string[] {
  return row.split(/(?<!\\)\|/).slice(1, -1);
}

const cellWidth = (cell: string) => [...cell].length;

/**
 * A padded table's column: its width, and whether its rows centre their text in it (as table
 * formatters write a `:---:` column), the odd space of padding before the text (`left`) or after.
 */
export interface PaddedColumn {
  readonly width: number;
  readonly centred?: { readonly oddSpace: 'left' | 'right' };
}

/** Share of a table's rows that must keep its columns' widths for the table to be padded. */
const PADDED_SHARE = 0.6;
const PADDED_MIN = 3;

/**
 * The widths a table pads its cells to: each column's most common width, when most rows keep every
 * one (a cell too long for its column overflows by its text and one space). Undefined for a table
 * whose cells are as wide as their text.
 */
function paddedWidths(rows: readonly string[][]): PaddedColumn[] | undefined {
  const columns = rows[0]?.length ?? 0;
  if (rows.length < PADDED_MIN || rows.some((row) => row.length !== columns)) return undefined;
  const widths = Array.from({ length: columns }, (_, at) =>
    mostCommon(rows.map((row) => cellWidth(row[at])))!,
  );
  const keeps = (cell: string, width: number) =>
    cellWidth(cell) === width || (cellWidth(cell) > width && / $/.test(cell) && !/ {2}$/.test(cell));
  const kept = rows.filter((row) => row.every((cell, at) => keeps(cell, widths[at]))).length;
  // Padding shows as a cell at its column's width with more than the one space before its pipe: a
  // column whose cells are all as wide as their text says nothing.
  const padded = rows.some((row) =>
    row.some((cell, at) => cellWidth(cell) === widths[at] && / {2}$/.test(cell)),
  );
  if (!padded || kept < PADDED_SHARE * rows.length) return undefined;
  return widths.map((width, at) => {
    const centred = centring(rows.flatMap((row) => (cellWidth(row[at]) === width ? [row[at]] : [])));
    return centred ? { width, centred } : { width };
  });
}

/**
 * How a column's cells at its width place their text: centred where most of those with padding to
 * tell (three spaces or more) keep it on both sides, as much before as after, or one more on one side
 * (which side, by most of those with an odd space); undefined for text at the left.
 */
function centring(cells: readonly string[]): PaddedColumn['centred'] {
  const spaces = cells
    .filter((cell) => cell.trim() !== '')
    .map((cell) => [/^ */.exec(cell)![0].length, / *$/.exec(cell)![0].length] as const)
    .filter(([before, after]) => before + after >= 3);
  const centred = spaces.filter(([before, after]) => before >= 2 && Math.abs(before - after) <= 1);
  if (centred.length * 2 <= spaces.length) return undefined;
  const odd = centred.filter(([before, after]) => before !== after);
  return {
    oddSpace: odd.filter(([before, after]) => before > after).length * 2 >= odd.length ? 'left' : 'right',
  };
}

/** A table form whose cells are padded to the table's widths around these values. */
function padCells(form: EntryTemplate, values: SlotValues, columns: readonly PaddedColumn[]): EntryTemplate {
  // The shape's cells are the row's, between the text before the first pipe and after the last.
  const shapeCells = form.shape.split(/(?<!\\)\|/);
  if (shapeCells.length !== columns.length + 2) return form;
  // Each cell's own spacing is the entry it was learned from: a new cell is its text and one space
  // (a centred one, a space either side).
  const unpadded = {
    ...form,
    shape: shapeCells
      .map((cell, at) =>
        at === 0 || at > columns.length
          ? cell
          : columns[at - 1].centred
            ? ` ${cell.trim()} `
            : `${cell.trimEnd()} `,
      )
      .join('|'),
  };
  const cells = cellsOf(renderThrough(unpadded, values));
  if (cells.length !== columns.length) return form;
  const shape = unpadded.shape
    .split(/(?<!\\)\|/)
    .map((cell, at) => {
      const column = columns[at - 1];
      const padding = column === undefined ? 0 : Math.max(0, column.width - cellWidth(cells[at - 1] ?? ''));
      if (!column?.centred) return cell + ' '.repeat(padding);
      const before = column.centred.oddSpace === 'left' ? Math.ceil(padding / 2) : Math.floor(padding / 2);
      return ' '.repeat(before) + cell + ' '.repeat(padding - before);
    })
    .join('|');
  return { ...form, shape };
}

/**
 * What `add` writes in a list that has no entries to learn from: the common paper-list entry,
 * `- **Title.** Venue Year.` and badges, an empty line, `*Authors*. [[pdf](abs link)]`.
 */
export const FALLBACK_TEMPLATE: EntryTemplate = {
  shape: '- **{title}.** {venue} {year}.{badges}\n\n  *{authors}*. [[pdf]({paper})]',
  style: {
    linkLead: ' ',
    linkSeparator: ' ',
    linkStyle: 'bracketed',
    badgeLead: ' ',
    badgeSeparator: ' ',
    nameSeparator: ', ',
    lastNameSeparator: ', ',
    etAlSeparator: ' ',
  },
  evidence: { agree: 0, of: 0 },
  section: [],
};

/** A new entry the list's template cannot hold as it stands, named by what is missing. */
export class UnwritableEntry extends Error {}

/** The form a template's `{when}` slot is written in: its entries' there, else the list's. */
/** The form of a `{when}` slot: its section's own, else the one its template keeps there, else the list's. */
function whenFormAt(
  writing: ListWriting,
  template: EntryTemplate,
  slot: string,
  section: readonly string[] = [],
): string {
  return (
    writing.sectionWhenForms.get(section.join('\u0000'))?.get(template)?.get(slot) ??
    writing.slotWhenForms.get(template)?.get(slot) ??
    writing.whenForm
  );
}

/**
 * The form a new entry's `{when}` slot is written in: where the slot gives a venue with its year, as
 * the entries nearest it join them, where they agree on a way the list does not keep.
 */
function whenFormNear(writing: ListWriting, template: EntryTemplate, slot: string, paper: NewPaper): string {
  const form = whenFormAt(writing, template, slot, paper.section);
  const near = form.includes('{venue}')
    ? nearestWay(writing.whenForms, [...(paper.section ?? []), slot], paper.line)
    : undefined;
  return near ?? form;
}

/**
 * The form a `{when}` slot writes this venue with a date in (`{venue} {yyyy}.{mm}`), where the slot's
 * entries naming a venue of its kind (a preprint, or not) give the month with the year.
 */
function venueDateFormAt(
  writing: ListWriting,
  template: EntryTemplate,
  slot: string,
  venue: string,
): string | undefined {
  const forms = writing.slotVenueDateForms.get(template)?.get(slot);
  return PREPRINT_VENUE.test(venue) ? forms?.preprint : forms?.published;
}

/** `2021-06-17` in a date form. */
function writeDate(form: string, isoDate: string): string {
  const [yyyy, mm, dd] = isoDate.slice(0, 10).split('-');
  return form
    .replace('{Month}', MONTH_NAMES[Number(mm) - 1])
    .replace('{Mon}', MONTH_NAMES[Number(mm) - 1].slice(0, 3))
    .replace('{yyyy}', yyyy)
    .replace('{mm}', mm)
    .replace('{m}', String(Number(mm)))
    .replace('{dd}', dd)
    .replace('{d}', String(Number(dd)));
}

/** Authors with the list's full stop after the last name, where it writes one and no "et al.". */
function stopped(authors: Authors, stop: boolean): Authors {
  const last = authors.names.at(-1);
  if (!stop || authors.etAl || last === undefined || last.endsWith('.')) return authors;
  return { ...authors, names: [...authors.names.slice(0, -1), `${last}.`] };
}

/** The template's text right after a slot. */
function literalAfter(template: EntryTemplate, slot: Slot): string {
  const all = pieces(template.shape);
  const next = all[all.findIndex((piece) => 'slot' in piece && piece.slot === slot) + 1];
  return next !== undefined && 'literal' in next ? next.literal : '';
}

/**
 * What the template writes right after a slot: its next literal, or the lead of a run of links or
 * badges there (an empty run writes nothing); the end of the entry is a line break. Undefined where
 * a text slot follows: its words are not known yet.
 */
function textAfter(template: EntryTemplate, slot: Slot, values: SlotValues): string | undefined {
  const all = pieces(template.shape);
  for (
    let at = all.findIndex((piece) => ('slot' in piece) && piece.slot === slot) + 1;
    at < all.length;
    at++
  ) {
    const piece = all[at];
    if ('literal' in piece) return piece.literal;
    const run = piece.slot === 'links' ? values.links : piece.slot === 'badges' ? values.badges : undefined;
    if (run === undefined) return undefined;
    // A run with no lead starts with its own bracket.
    if (run.length > 0)
      return (piece.slot === 'links' ? template.style.linkLead : template.style.badgeLead) || '[';
  }
  return '\n';
}

/** A `{when}`: the venue and year as the list writes them together. */
function writeWhen(form: string, venue: string | undefined, year: string | undefined): string {
  if (year === undefined) return venue ?? '';
  // A venue that names the year before words that qualify it (`EMNLP 2025 Findings`, `ACL 2022
  // (Findings)`) says it all.
  if (
    form.includes('{venue}') &&
    venue !== undefined &&
    new RegExp(`\\b${year}\\s+\\(?\\p{L}`, 'u').test(venue)
  )
    return venue;
  const written = form.replace('{yyyy}', year).replace('{yy}', year.slice(2));
  return venue === undefined
    ? written.replace(/^\{venue\}\W*|\W*\{venue\}$/, '')
    : written.replace('{venue}', venue);
}

/**
 * The text slots of a template only the list's editors can write: its notes, and names beside the
 * entry's authors. An entry has one list of authors: a `{names}` beside an `{authors}` or after
 * another `{names}` holds other words that read like names (`Preprint, May 2023`).
 */
export function editorSlots(template: EntryTemplate): string[] {
  const slots = templateSlots(template);
  let authorsPlaced = slots.includes('authors');
  return slots.filter((slot) => {
    const kind = slot.replace(/\d+$/, '');
    if (kind !== 'names') return kind === 'note';
    const editors = authorsPlaced;
    authorsPlaced = true;
    return editors;
  });
}

/**
 * Where each editor slot of a form stands: the markup on either side of it, up to the words or
 * slot next to it (`- [[` and `]({paper}` around a venue), spacing and punctuation aside (a note
 * the list mostly closes with a full stop is the same note without it), and how many slots before
 * it stand so. A note is known by its place, not by its slot's name: a `{note2}` is a
 * link's label in one form and a tag in another, and a note written at another place than its own
 * would say what it does not (a tag where the venue goes).
 */
export function notePlaces(template: EntryTemplate): Map<string, string> {
  const editors = new Set(editorSlots(template));
  const frame = frameOf(template.shape);
  const markup = (at: number, step: 1 | -1) => markupBeside(frame, at, step).replace(/[.,;:]+/g, '');
  const places = new Map<string, string>();
  const seen = new Map<string, number>();
  frame.parts.forEach((part, at) => {
    if (part.kind !== 'slot' || !editors.has(part.slot)) return;
    const around = `${markup(at, -1)}\u0000${markup(at, 1)}`;
    const nth = seen.get(around) ?? 0;
    seen.set(around, nth + 1);
    places.set(part.slot, `${around}\u0000${nth}`);
  });
  return places;
}

/**
 * The new entry's values for its template, text slots included. An editor slot (`editorSlots`: a
 * `{note}`, a `{names}` beside the authors) holds words only the list's editors write (a summary, a
 * category): it is left empty where the list's entries leave it empty, and never guessed. With
 * `noteWhens`, a note place that nearly always holds a venue and year (`slotNoteWhenForms`) gets the
 * paper's.
 */
export function templateValues(
  template: EntryTemplate,
  grammar: Grammar,
  writing: ListWriting,
  paper: NewPaper,
  noteWhens = false,
): SlotValues {
  const values = newEntryValues(grammar, writing, paper, template);
  const slots = templateSlots(template);
  if (writing.publishedPaper.has(template)) {
    throw new UnwritableEntry(
      `the list's entries here link the published paper where this form links the paper, and arXiv among their other links (template: ${template.shape.split('\n')[0]})`,
    );
  }
  // A form whose entries with badges write them outside its shape (`runSpacing`) carries them there.
  const badgesPlaced = writing.runSpacing.get(template)?.has(runsKey((paper.links ?? []).length > 0, true));
  if (!slots.includes('badges') && values.badges.length > 0 && !badgesPlaced) {
    throw new UnwritableEntry("this list's entries here carry no badges; leave out --badge");
  }
  const authors = values.authors && stopped(values.authors, writing.authorsStop);
  const badges = values.badges.map((badge) => (writing.badgeAlt ? badge : { ...badge, label: '' }));
  const text: Record<string, string> = {};
  const editors = notePlaces(template);
  for (const slot of slots) {
    const kind = slot.replace(/\d+$/, '');
    const place = editors.get(slot);
    if (place !== undefined) {
      const note = paper.notes?.[place];
      if (note !== undefined) {
        text[slot] = note;
        continue;
      }
      // Written where the paper has what the slot's entries give: a venue, where they name one.
      const when = noteWhens ? writing.slotNoteWhenForms.get(template)?.get(slot) : undefined;
      if (
        when !== undefined &&
        values.year !== undefined &&
        (values.venue !== undefined || !when.includes('{venue}'))
      ) {
        text[slot] = writeWhen(when, values.venue, values.year);
        continue;
      }
      if (!writing.emptyTextSlots.get(template)?.has(slot)) {
        throw new UnwritableEntry(
          `the list's entries here have a {${slot}} text that only its editors can write (template: ${template.shape.split('\n')[0]}); write this entry by hand`,
        );
      }
      text[slot] = '';
    } else if (kind === 'when') {
      // Words given as the month and day (`Feb`) stand as given; else a slot of dates takes the paper's.
      const given = isMonthDay(values.venue) ? writing.datedWhenForm : undefined;
      // A paper with no venue is dated as the slot's entries with none are, where they give a date.
      const dated = given
        ? undefined
        : (writing.slotDateForms.get(template)?.get(slot) ??
          (values.venue === undefined
            ? writing.slotBareDateForms.get(template)?.get(slot)
            : venueDateFormAt(writing, template, slot, values.venue)));
      text[slot] =
        dated && paper.date
          ? writeDate(dated, paper.date).replace('{venue}', () => values.venue ?? '')
          : writeWhen(given ?? whenFormNear(writing, template, slot, paper), values.venue, values.year);
    } else if (kind === 'date') text[slot] = paper.date ? writeDate(writing.dateForm, paper.date) : '';
    else if (kind === 'names') {
      const after = grammar.etAlAfter ?? writing.namesEtAlAfter;
      const etAl = abbreviates(writing, after, paper.authors.length);
      const names = {
        names: paper.authors
          .slice(0, etAl ? after : undefined)
          .map((name) => plainText(name, undefined, template.table !== undefined)),
        etAl,
      };
      const style = {
        ...template.style,
        nameSeparator: writing.namesSeparator ?? template.style.nameSeparator,
        lastNameSeparator:
          (names.names.length === 2 && !etAl ? writing.namesPairSeparator : undefined) ??
          writing.namesLastSeparator ??
          template.style.lastNameSeparator,
      };
      const written = renderValue('authors', { ...values, authors: names }, style);
      // "et al." before the template's own full stop ends with one: `Hu et al. **Title**`.
      const stop = literalAfter(template, slot).startsWith('.');
      text[slot] = writing.namesLead + (stop ? written.replace(/\.$/, '') : written);
    }
  }
  const wording = rewording(template, paper.rewords);
  const url = keptUrl(writing, paper) ?? values.paper;
  const title = plainText(paper.title, textAfter(template, 'title', values), template.table !== undefined);
  // A form with no place for the paper's link links it among the others, as its entries do, unless
  // they link it already.
  const paperLink = !slots.includes('paper') && url !== undefined && writing.paperInLinks.get(template);
  const linked = values.links.some((link) => parseArxivUrl(link.url)?.id === paper.id);
  const links =
    paperLink && !linked
      ? paperLink.first
        ? [{ label: paperLink.label, url }, ...values.links]
        : [...values.links, { label: paperLink.label, url }]
      : values.links;
  const empty = emptyPlace(template, writing, {
    title,
    venue: values.venue,
    year: values.year,
    authors,
    text,
  });
  if (empty !== undefined) {
    throw new UnwritableEntry(
      `the list's entries here give a {${empty}} that the paper's record has none of (template: ${template.shape.split('\n')[0]})`,
    );
  }
  return { ...values, title, paper: url, links, authors, badges, text, ...(wording ? { wording } : {}) };
}

/**
 * The first slot a form would write empty that its entries never leave empty (a title, a venue, a
 * year, authors, a `{when}`): written so, the entry would show the form's punctuation around nothing
 * (`() **Title**`, `[](…)`), which no entry of the list does. Editor slots are `templateValues`' own.
 */
function emptyPlace(
  template: EntryTemplate,
  writing: ListWriting,
  values: Pick<SlotValues, 'title' | 'venue' | 'year' | 'authors' | 'text'>,
): string | undefined {
  const editors = new Set(editorSlots(template));
  const filled: Record<string, boolean> = {
    title: (values.title ?? '') !== '',
    venue: (values.venue ?? '') !== '',
    year: (values.year ?? '') !== '',
    authors: (values.authors?.names.length ?? 0) > 0,
  };
  return templateSlots(template).find((slot) => {
    if (slot in filled) return !filled[slot];
    if (!isTextSlot(slot) || editors.has(slot)) return false;
    return values.text?.[slot] === '' && !writing.emptyTextSlots.get(template)?.has(slot);
  });
}

/** The editor's words at the template's varying constants, by place (as `valuesFor` reads them). */
function rewording(
  template: EntryTemplate,
  rewords: NewPaper['rewords'],
): Record<number, string> | undefined {
  if (!template.varying || !rewords) return undefined;
  const constants = frameOf(template.shape).parts.filter((part) => part.kind !== 'fixed');
  let wording: Record<number, string> | undefined;
  for (const index of template.varying) {
    const constant = constants[index];
    const words = constant?.kind === 'core' ? rewords[constant.text] : undefined;
    if (words !== undefined) (wording ??= {})[index] = words;
  }
  return wording;
}

/**
 * How much of the paper a form would lose or leave blank: a field the paper has that the form has
 * no place for (a venue, authors, links, an editor's note), and a venue or authors the form has a place
 * for that the paper lacks. A paper with a venue belongs in the form its scope gives entries with
 * a venue. (A note the form's entries may leave empty costs nothing: templateValues refuses the rest.)
 */
function misfit(form: EntryTemplate, writing: ListWriting, paper: NewPaper): number {
  const slots = new Set<string>(templateSlots(form));
  const kinds = new Set([...slots].map((slot) => slot.replace(/\d+$/, '')));
  const has = (...names: string[]) => names.some((name) => kinds.has(name));
  // A `{when}` holds a venue where the list's write one with their year, else the year alone.
  const venuePlace =
    has('venue') ||
    [...slots].some((slot) => slot.startsWith('when') && whenFormAt(writing, form, slot).includes('{venue}'));
  // A paper with no venue is at home where the list dates entries that name none (`(2021-01)`).
  const datedAlone = [...slots].some((slot) => writing.slotBareDateForms.get(form)?.has(slot));
  const notes = Object.entries(paper.notes ?? {}).filter(([, note]) => note !== '');
  const places = new Set(notePlaces(form).values());
  // A preprint is at home in either: lists leave "arXiv" out as often as they write it.
  const preprint = paper.venue !== undefined && PREPRINT_VENUE.test(paper.venue);
  return (
    Number(!preprint && (paper.venue !== undefined ? !venuePlace : venuePlace && !datedAlone)) +
    Number(paper.authors.length > 0 !== has('authors', 'names')) +
    Number((paper.links ?? []).length > 0 && !has('links')) +
    notes.filter(([place]) => !places.has(place)).length
  );
}

/** A mark: emoji or symbols (`★`), as characters or GitHub's `:name:` codes, a few of them at most. */
const MARK = /^(?:(?::[a-z0-9_+-]+:|\p{Extended_Pictographic}\uFE0F?|\p{So})\s*){1,5}$/u;
/** HTML a mark may be written in (`<sup>&#x2605;</sup>`): tags, and characters by their number. */
const TAG = /<\/?[a-z][^<>]{0,200}>/gi;
const NUMBERED_CHARACTER = /&#(?:x([\da-f]{1,6})|(\d{1,7}));/gi;

/** What a run of markup shows: its text without its tags, characters written by number as themselves. */
function shown(markup: string): string {
  return markup
    .replace(TAG, '')
    .replace(NUMBERED_CHARACTER, (written, hex: string | undefined, decimal: string | undefined) => {
      const code = hex ? parseInt(hex, 16) : Number(decimal);
      return code <= 0x10ffff ? String.fromCodePoint(code) : written;
    });
}

/**
 * The mark a form adds to another form of its scope (`:fire:`, `✨`, `:star::star:`, a star in HTML):
 * the one run of emoji or symbols where the other has none. Empty for the same form; undefined when
 * the two differ otherwise.
 */
export function markOf(form: EntryTemplate, base: EntryTemplate): string | undefined {
  const [long, short] = [form.shape, base.shape];
  if (long === short) return '';
  let start = 0;
  while (start < short.length && long[start] === short[start]) start++;
  let end = 0;
  while (end < short.length - start && long[long.length - 1 - end] === short[short.length - 1 - end]) end++;
  if (start + end !== short.length) return undefined;
  const mark = long.slice(start, long.length - end).trim();
  return MARK.test(shown(mark).trim()) ? mark : undefined;
}

/** Of a form's marked and unmarked kin among the scope's forms, the one with exactly these marks. */
function markedForm(
  form: EntryTemplate,
  forms: readonly EntryTemplate[],
  marks: readonly string[],
): EntryTemplate | undefined {
  // The unmarked form: the chosen one, or the form it is a mark on.
  const base = forms.find((other) => other !== form && markOf(form, other)) ?? form;
  if (marks.length === 0) return base;
  return marks.length === 1 ? forms.find((other) => markOf(other, base) === marks[0]) : undefined;
}

/** A form's shape as a top-level item: its lines without their indent. */
const unnested = (form: EntryTemplate) => form.shape.replace(/^[ \t]+/gm, '');
const indentOf = (form: EntryTemplate) => /^[ \t]*/.exec(form.shape)![0];

const ITEM_START = /^[ \t]*(?:\d+[.)]|[-*+])[ \t]+/;

/**
 * The indent a new item takes where a block stands: a topic's items' (`  ` under `- Topic`), or, out
 * of any topic, the indent most of its section's other items out of topics have.
 */
export function nestingIn(
  source: SourceText,
  block: Pick<ItemBlock, 'topic' | 'startLine'>,
  section: readonly Pick<ItemBlock, 'topic' | 'startLine'>[],
): string | undefined {
  const line = (no: number) => source.lines[no - 1] ?? '';
  const indent = (no: number) => /^[ \t]*/.exec(line(no))![0];
  if (block.topic !== undefined) {
    // As deep under its topic as the section's other items stand under theirs (`    * ` under
    // `* Topic`, as some lists nest), those of its own topic first; else at the topic's text.
    const under = (items: typeof section) =>
      mostCommon(
        items.flatMap(({ topic, startLine }) => {
          const own = indent(startLine);
          const outer = topic === undefined || startLine === block.startLine ? undefined : indent(topic);
          return outer !== undefined && own.startsWith(outer) ? [own.slice(outer.length)] : [];
        }),
      );
    const depth = under(section.filter((item) => item.topic === block.topic)) ?? under(section);
    return depth === undefined
      ? ITEM_START.exec(line(block.topic))?.[0].replace(/\S/g, ' ')
      : indent(block.topic) + depth;
  }
  const outside = section.filter((item) => item.topic === undefined && item.startLine !== block.startLine);
  if (outside.length > 0) return mostCommon(outside.map((item) => indent(item.startLine)));
  // The only item out of a topic stands beside the section's outermost topics.
  const topics = section.flatMap((item) => (item.topic === undefined ? [] : [indent(item.topic)]));
  return topics.length > 0 ? topics.reduce((a, b) => (b.length < a.length ? b : a)) : undefined;
}

/**
 * An item's form moved to stand at an indent, its later lines moved as far: where the scope has no
 * form at that depth (its nested items all have links, this one has none), the nearest form nested.
 */
function nestedAt(form: EntryTemplate, indent: string): EntryTemplate {
  const own = indentOf(form);
  if (own === indent || form.table !== undefined || !ITEM_START.test(form.shape)) return form;
  const moved = form.shape
    .split('\n')
    .map((text) => (text.trim() !== '' && text.startsWith(own) ? indent + text.slice(own.length) : text));
  return { ...form, shape: moved.join('\n') };
}

/**
 * A new entry in the form of its scope that entries like it follow (those with links, badges, or
 * neither, as it has them): of the forms that can hold it, the one that fits the paper best (the
 * more followed of equally fitting ones), its values for that form. Throws what the scope's own
 * template says it cannot hold when no form can.
 */
export function writeNewEntry(
  template: EntryTemplate,
  grammar: Grammar,
  writing: ListWriting,
  paper: NewPaper,
): { template: EntryTemplate; values: SlotValues } {
  const runs = { links: (paper.links ?? []).length > 0, badges: (paper.badges ?? []).length > 0 };
  let refusal: UnwritableEntry | undefined;
  let best: { template: EntryTemplate; values: SlotValues; misfit: number; noteWhens: boolean } | undefined;
  // Of equally fitting forms, the one the section's own entries with the same runs follow most: a
  // section of a few top-level items in a list of nested ones keeps its items' form.
  const inSection = writing.sectionForms.get(sectionKey(paper.section, runs.links, runs.badges));
  const scopeForms = grammar.formsToWrite(template, runs);
  // A form too few of the list's entries follow to be written anywhere is its section's way where
  // most of the section's entries with these runs follow it (`[Title](…) by Names` in a section of
  // surveys, in a list that dates its papers): a new one there is written as its neighbours are.
  const sectionTotal = [...(inSection?.values() ?? [])].reduce((sum, n) => sum + n, 0);
  const sectionOwn = [...(inSection ?? [])].flatMap(([form, n]) =>
    // A table's rows are written in its own columns, not in another table's of the section.
    !scopeForms.includes(form) &&
    form.table === template.table &&
    n >= SECTION_FORM_MIN &&
    n * 2 > sectionTotal
      ? [form]
      : [],
  );
  const forms = [...scopeForms, ...sectionOwn];
  // The template comes last when none of its entries has these runs: a form no entry like this one
  // follows (`*{links}: [{title}]` for a paper without links leaves its `: ` hanging). The section's
  // entries that no form frames stand as its template's, and do not make it followed.
  const unfollowed = scopeForms.length > 1 && scopeForms.at(-1) === template ? template : undefined;
  const followed = (form: EntryTemplate) => (form === unfollowed ? 0 : (inSection?.get(form) ?? 0));
  // A note place that holds venues and years is filled only where no form can hold the paper
  // otherwise: it makes writable what was not, and takes no entry from a form it could be written in.
  for (const noteWhens of [false, true]) {
    if (best) break;
    for (const form of forms) {
      try {
        const values = templateValues(form, grammar, writing, paper, noteWhens);
        const fit = misfit(form, writing, paper);
        if (!best || fit < best.misfit || (fit === best.misfit && followed(form) > followed(best.template)))
          best = { template: form, values, misfit: fit, noteWhens };
      } catch (error) {
        if (!(error instanceof UnwritableEntry)) throw error;
        if (!noteWhens && (form === template || !refusal)) refusal = error;
      }
    }
  }
  // Nested as it stands, where the scope has forms for items in a topic and items not.
  const chosen = best?.template;
  const nested =
    chosen &&
    paper.nesting !== undefined &&
    forms.find((form) => unnested(form) === unnested(chosen) && indentOf(form) === paper.nesting);
  if (best && nested) best = { ...best, template: nested };
  // With the marks its editor gives it, or none: the form that is the chosen one with those marks.
  const marked = best && markedForm(best.template, forms, paper.marks ?? []);
  if (best && marked && marked !== best.template) {
    try {
      best = {
        ...best,
        template: marked,
        values: templateValues(marked, grammar, writing, paper, best.noteWhens),
      };
    } catch (error) {
      if (!(error instanceof UnwritableEntry)) throw error;
    }
  }
  const widths = best?.template.table === undefined ? undefined : writing.cellWidths.get(best.template.table);
  const numbered = best && templateSlots(best.template).includes('n');
  const spacing =
    best &&
    writing.sectionSpacing
      .get(spacingKey(paper.section, numbered ? best.values.n : undefined))
      ?.get(best.template);
  if (!best) throw refusal!;
  const written = widths
    ? padCells(best.template, best.values, widths)
    : paper.nesting === undefined
      ? best.template
      : nestedAt(best.template, paper.nesting);
  // Runs the form has no place for go where its entries with those runs write them.
  const slots = templateSlots(best.template);
  const unplaced =
    (runs.links && !slots.includes('links')) || (runs.badges && !slots.includes('badges'))
      ? writing.runSpacing.get(best.template)?.get(runsKey(runs.links, runs.badges))
      : undefined;
  // The section's spacing is its entries' where they stand; an item moved elsewhere keeps its form's.
  const placed = unplaced ?? spacing;
  const kept = placed && (widths || written === best.template);
  // Runs separated as the entries around it separate theirs, where the list has no one way.
  const separators = nearestSeparators(
    writing,
    best.template,
    best.values.separators,
    paper.section,
    paper.line,
  );
  const respaced = {
    ...best.values,
    ...(kept ? { spacing: placed } : {}),
    ...(separators ? { separators: { ...best.values.separators, ...separators } } : {}),
  };
  // Lines under a number of two digits or more stand where they stand under one digit, where the
  // list keeps them there and the section shows no spacing of its own for such numbers.
  const values =
    kept || (respaced.n?.length ?? 1) < 2 ? respaced : indentedAt(written, respaced, writing.numberIndent);
  // A title that ends with its own `?` or `!` takes no full stop after it, as most lists write such
  // titles (`**Why?**`, not `**Why?.**`): the stop comes out of the shape as the entry is spaced.
  // One that ends with its own full stop never takes a second (`Medicine..`).
  const title = paper.title.trim();
  const stopped = title.endsWith('.') || (!writing.stopAfterQuestion && /[?!]$/.test(title));
  if (!stopped || !TITLE_STOP.test(written.shape) || values.wording) return { template: written, values };
  const { spacing: spaced, ...unspaced } = values;
  const shape = spaced ? respace(frameOf(written.shape), spaced) : written.shape;
  return { template: { ...written, shape: shape.replace(TITLE_STOP, '{title}$1') }, values: unspaced };
}

/**
 * Values whose `{indent}` puts the lines under the item `spaces` in (the form's own spaces after
 * its indent counted); as they are where no indent is asked, or the form writes none there.
 */
function indentedAt(form: EntryTemplate, values: SlotValues, spaces: number | undefined): SlotValues {
  if (spaces === undefined || !form.shape.includes('\n{indent}')) return values;
  const indent = ' '.repeat((values.n ?? '1').length + 2);
  const under = renderThrough(form, { ...values, indent })
    .split('\n')
    .slice(1)
    .find((text) => text.trim() !== '');
  const shown = under === undefined ? undefined : /^ */.exec(under)![0].length;
  if (shown === undefined || shown === spaces || indent.length - (shown - spaces) < 0) return values;
  return { ...values, indent: ' '.repeat(indent.length - (shown - spaces)) };
}

/** A full stop after a title, inside its emphasis (`**{title}.**`) or after it (`**{title}**.`). */
const TITLE_STOP = /\{title\}([*_]*)\./;

/** Whether an entry's text puts a full stop after its title, inside or after its emphasis. */
function stopsAfter(text: string, title: string): boolean {
  const at = text.indexOf(title);
  return at !== -1 && /^[*_]*\./.test(text.slice(at + title.length));
}
