/**
 * The list's grammar: the templates its entries follow, learned from the entries themselves. One
 * template for the list, and one for each section or table whose entries are written otherwise.
 * Everything that reads or writes an entry's form goes through it: the round trip, `add`, `export`.
 */
import type { Evidence } from './convention.js';
import { type Entry } from './entry.js';
import { parseArxivUrl } from '../read/links.js';
import {
  alignedTextValues,
  coreTexts,
  frameOf,
  rebuild,
  respace,
  reword,
  spacingOf,
  spacingWithRuns,
  textValues,
  type Frame,
} from './frame.js';
import { render, withoutBracketed } from './render.js';
import { isTextSlot, pieces, shapeLiteral, shapeOf, slotsOf, type Slot } from './shape.js';
import {
  cutEntry,
  entryText,
  nestedAsAnnotation,
  venueAsWords,
  type Cut,
  type RunStyle,
  type SlotValues,
} from './template.js';
import type { SourceText } from '../read/text.js';
import { increment } from '../count.js';

export interface EntryTemplate {
  /** The shape, as `--print-config` shows it and a config may set it. */
  readonly shape: string;
  readonly style: RunStyle;
  /** Entries of its scope written this way (optional runs aside), of the paper entries there. */
  readonly evidence: Evidence;
  /** Where it applies: the whole list (`[]`), a section's heading path, or a table's columns. */
  readonly section?: readonly string[];
  readonly table?: string;
  /**
   * The template's constant words that a share of its entries word otherwise (`:star:` before most
   * code links, `:house:` before some): places, counted among the entries' runs of words, where an
   * entry's own words are its values. A constant nearly every entry keeps is the list's, and an
   * entry wording it otherwise does not follow the template.
   */
  readonly varying?: readonly number[];
}

export interface Grammar {
  readonly templates: readonly EntryTemplate[];
  /** How the list writes an arXiv link: `https://arxiv.org/abs/{id}`, `…/pdf/{id}{v}.pdf`. */
  readonly arxivUrl: string | undefined;
  /**
   * The arXiv form a new entry of a template's scope takes: the one most entries of its section
   * write (when enough do: a section is often written by one hand, at one time), else the one most
   * entries of the template's scope write, else the list's.
   */
  arxivUrlFor(template: EntryTemplate, section?: readonly string[]): string | undefined;
  /** The list writes "et al." after this many names (undefined: it writes every name). */
  readonly etAlAfter: number | undefined;
  templateFor(entry: Pick<Entry, 'section' | 'cells'>): EntryTemplate | undefined;
  /**
   * The form an entry of that scope follows: the scope's template, or another form enough of the
   * scope's entries share (entries with and without a venue, with links written apart), whichever
   * frames the entry's shape; the scope's template when none does.
   */
  formFor(entry: Pick<Entry, 'section' | 'cells'>, shape: string): EntryTemplate | undefined;
  /**
   * The forms of a template's scope a new entry may be written in, best first: the template when
   * some of its entries have the same runs (links, badges, or none) as the new one; then the other
   * forms such entries follow, the most followed first; the template last.
   */
  formsToWrite(template: EntryTemplate, runs: Runs): readonly EntryTemplate[];
}

/** Which runs an entry has. */
export interface Runs {
  readonly links: boolean;
  readonly badges: boolean;
}

const runsKey = (runs: Runs) => `${runs.links ? 'links' : ''}+${runs.badges ? 'badges' : ''}`;

/** Share of a scope's entries a template needs before it is that scope's own (a section's, a table's). */
const OWN_TEMPLATE_SHARE = 0.6;
const OWN_TEMPLATE_MIN = 4;

const DEFAULT_STYLE: RunStyle = {
  linkLead: ' ',
  linkSeparator: ' ',
  linkStyle: 'plain',
  badgeLead: ' ',
  badgeSeparator: ' ',
  nameSeparator: ', ',
  lastNameSeparator: ', ',
  etAlSeparator: ' ',
};

function mode<T>(values: readonly T[]): { value: T; n: number } | undefined {
  const counts = new Map<T, number>();
  for (const value of values) increment(counts, value);
  let best: { value: T; n: number } | undefined;
  for (const [value, n] of counts) if (!best || n > best.n) best = { value, n };
  return best;
}

interface Sample {
  readonly entry: Entry;
  readonly cut: Cut;
  readonly frame: Frame;
  readonly table: string | undefined;
}

/** A table by its section and width: rows of one table share both. */
function tableOf(entry: Pick<Entry, 'section' | 'cells'>): string | undefined {
  return entry.cells ? `${entry.section.join(' / ')} | ${entry.cells.columns}` : undefined;
}

/** Share of a frame's entries that must write a core with the same words for it to be a constant. */
const CONSTANT_SHARE = 0.6;
/**
 * Share of them that keeps a constant's words for an entry worded otherwise to be off the template;
 * below it the words vary (the share a convention needs, learn.ts).
 */
const KEPT_CONSTANT_SHARE = 0.9;

const DATE = /^(?:\d{4}[/.-]\d{1,2}(?:[/.-]\d{1,2})?|\d{1,2}[/.-]\d{4})$/;
const WHEN = /(?:^|[^\d])(?:(?:19|20)\d{2}|'?\d{2})$|^(?:19|20)\d{2}\b/;
const COUNT = /^(?!(?:19|20)\d{2}$)\d+\+?$/;
const URL_LIKE = /^(?:[a-z][\w+.-]*:|www\.|[#/.])/i;
const NAMES = /\bet al\b|^(?:\p{Lu}[\p{L}.'-]*\.?(?: \p{Lu}[\p{L}.'-]*\.?){0,3}(?:,| and| &) ){1,}/u;

/** What the words at one place of a list's entries are: the kind most of them are. */
function textKind(values: readonly string[]): string {
  const share = (pattern: RegExp) => values.filter((value) => pattern.test(value)).length / values.length;
  // A link's target (frame.ts keeps it one core) is no date, venue or name, whatever it ends with.
  if (share(URL_LIKE) >= 0.5) return 'note';
  // A count (`221`, `999+`, a table's citations) is no year, though it may end in two digits.
  if (share(COUNT) >= 0.5) return 'note';
  if (share(DATE) >= 0.5) return 'date';
  if (share(WHEN) >= 0.5 && values.every((value) => value.length <= 40)) return 'when';
  if (share(NAMES) >= 0.5) return 'names';
  return 'note';
}

/**
 * A form besides a scope's template is read when this many of its entries share it: two entries
 * written alike (`Authors, "Title", venue` where most write `Authors, *Title*, venue`) are a way the
 * list writes, and entries written so are read through it; one entry's own way of writing is not.
 */
const READ_FORM_MIN = 2;
/**
 * A new entry is written in a form only when this many of the scope's entries, and this share of
 * them, follow it: two entries show how the list reads, not what it asks of a new one.
 */
const FORM_MIN = 3;
const FORM_SHARE = 0.03;

type Learned = Omit<EntryTemplate, 'section' | 'table'>;

interface Form {
  readonly learned: Learned;
  /** How many of the entries that follow it have each combination of runs. */
  readonly runs: ReadonlyMap<string, number>;
  /** Enough of the scope follows it for a new entry to be written in it. */
  readonly writable: boolean;
}

/** The scope's template (its most common frame) and the other forms enough of its entries follow. */
function learnForms(samples: readonly Sample[]): Form[] {
  const counts = new Map<string, number>();
  for (const sample of samples) increment(counts, sample.frame.key);
  // Most common first; a stable sort keeps the first-seen of equally common frames first.
  return [...counts]
    .sort((a, b) => b[1] - a[1])
    .filter(([, n], index) => index === 0 || n >= READ_FORM_MIN)
    .map(([key, n], index) => {
      const runs = new Map<string, number>();
      for (const { frame, cut } of samples) {
        if (frame.key !== key) continue;
        const which = runsKey({ links: cut.values.links.length > 0, badges: cut.values.badges.length > 0 });
        increment(runs, which);
      }
      const writable = index === 0 || (n >= FORM_MIN && n >= FORM_SHARE * samples.length);
      return { learned: learnTemplate(samples, key, writable, index === 0), runs, writable };
    });
}

/**
 * One sample per paper, the first the list gives: entries that link one arXiv paper are one paper
 * (a title is no such key: a misread one, `EN-ZH`, repeats across papers).
 */
function distinctPapers(samples: readonly Sample[]): Sample[] {
  const seen = new Set<string>();
  return samples.filter(({ entry }) => {
    const paper = entry.arxivIds[0];
    if (paper !== undefined && seen.has(paper)) return false;
    if (paper !== undefined) seen.add(paper);
    return true;
  });
}

/**
 * The template of the entries framed as `key`: their fullest shape, its cores constants or text
 * slots. What a slot's words are (a date, names) is learned from a form enough entries follow; the
 * words of a form only a few follow are notes: three entries do not tell names from a subtitle.
 * `main`: the form is its scope's template, not one of the other forms a share of it follows.
 */
function learnTemplate(samples: readonly Sample[], key: string, named = true, main = true): Learned {
  const members = samples.filter((sample) => sample.frame.key === key);
  const layouts = new Map<string, { n: number; frame: Frame }>();
  for (const { frame } of members) {
    const seen = layouts.get(frame.layout);
    layouts.set(frame.layout, { n: (seen?.n ?? 0) + 1, frame });
  }
  const most = Math.max(...[...layouts.values()].map(({ n }) => n));
  // The fullest layout that enough entries share: where the list puts its badges and extra links.
  const optional = (frame: Frame) =>
    frame.parts.filter((part) => part.kind === 'fixed' && part.optional).length;
  const fullest = [...layouts.values()]
    .filter(({ n }) => n >= Math.max(2, most * 0.1) || n === most)
    .sort((a, b) => optional(b.frame) - optional(a.frame) || b.n - a.n)[0].frame;
  const words = members.map((member) => coreTexts(member.frame));
  // A paper the list repeats (in each section it fits) shows its words once: its authors' names are
  // no constant of a form, however many sections list it.
  const paperWords = distinctPapers(members).map((member) => coreTexts(member.frame));
  const used = new Set(slotsOf(rebuild(fullest, () => '')) as string[]);
  const varying: number[] = [];
  const written = rebuild(fullest, (index) => {
    const here = words.map((cores) => cores[index] ?? '');
    const perPaper = paperWords.map((cores) => cores[index] ?? '');
    const constant = mode(perPaper);
    // A number (a year, a date, a count) is the list's constant only where every entry of its
    // template writes it: the few entries of another form that share one (`arXiv 2023`, all of one
    // year) share a field's value, not the list's form. A number stands as a word of its own
    // (`2023`), not inside one (`x2605` of `&#x2605;`).
    const numeric = constant && /(?<![\p{L}\d])\d/u.test(constant.value);
    const share = numeric ? (main ? 1 : Infinity) : CONSTANT_SHARE;
    if (constant && constant.n / perPaper.length >= share) {
      if (constant.n / perPaper.length < KEPT_CONSTANT_SHARE) varying.push(index);
      return shapeLiteral(constant.value);
    }
    const kind = named ? textKind(here) : 'note';
    let name = kind;
    for (let n = 2; used.has(name); n++) name = `${kind}${n}`;
    used.add(name);
    return `{${name}}`;
  });
  // Spacing is each entry's own: a new entry gets the spacing most entries have, all gaps together
  // (a padded cell and the cell after it go together).
  const spacings = members.map((member) => JSON.stringify(spacingOf(member.frame)));
  const shape = respace(frameOf(written), JSON.parse(mode(spacings)!.value) as string[]);
  // A form's runs are written as its own entries write them (a few dataset items linking their
  // paper `[paper](…)` where the list's papers write `[[code]](…)`); the scope's way where none shows one.
  const style = { ...DEFAULT_STYLE } as { -readonly [K in keyof RunStyle]: RunStyle[K] };
  const shown = (of: readonly Sample[], name: keyof RunStyle) =>
    mode(of.flatMap((sample) => (sample.cut.style[name] === undefined ? [] : [sample.cut.style[name]])));
  for (const name of Object.keys(DEFAULT_STYLE) as (keyof RunStyle)[]) {
    const seen = shown(members, name) ?? shown(samples, name);
    if (seen) (style as Record<string, unknown>)[name] = seen.value;
  }
  if (style.lastNameSeparator === DEFAULT_STYLE.lastNameSeparator)
    style.lastNameSeparator = style.nameSeparator;
  return {
    shape,
    style,
    evidence: { agree: members.length, of: samples.length },
    ...(varying.length > 0 ? { varying } : {}),
  };
}

/** Learns the grammar from paper entries (all of a list's, or a sample of them). */
export function learnGrammar(source: SourceText, papers: readonly Entry[], configured?: string): Grammar {
  const samples: Sample[] = papers.map((entry) => {
    const cut = cutEntry(source, entry);
    return { entry, cut, frame: frameOf(cut.shape), table: tableOf(entry) };
  });
  const templates: EntryTemplate[] = [];
  /** Each template's other forms, in order of how many entries follow them: all, and those written. */
  const others = new Map<EntryTemplate, EntryTemplate[]>();
  const writable = new Map<EntryTemplate, EntryTemplate[]>();
  const runsOf = new Map<EntryTemplate, ReadonlyMap<string, number>>();
  /** The forms fewer than FORM_MIN entries follow: read, never written, and read last. */
  const pairs = new Set<EntryTemplate>();
  const add = (forms: readonly Form[], scope: Pick<EntryTemplate, 'section' | 'table'>) => {
    const [main, ...rest] = forms.map(({ learned, runs }, index) => {
      const form = { ...learned, ...scope };
      runsOf.set(form, runs);
      if (index > 0 && learned.evidence.agree < FORM_MIN) pairs.add(form);
      return form;
    });
    templates.push(main);
    others.set(main, rest);
    writable.set(
      main,
      rest.filter((_, index) => forms[index + 1].writable),
    );
    return main;
  };
  const prose = samples.filter((sample) => sample.table === undefined);
  const learned = learnForms(prose);
  const listWide =
    configured === undefined
      ? learned.length > 0
        ? add(learned, { section: [] })
        : undefined
      : add(
          [
            {
              learned: configuredTemplate(configured, prose, learned[0]?.learned),
              runs: new Map(),
              writable: true,
            },
          ],
          { section: [] },
        );
  const groups = new Map<string, Sample[]>();
  for (const sample of samples) {
    const name = sample.table ?? `section ${sample.entry.section.join('\u0000')}`;
    groups.set(name, [...(groups.get(name) ?? []), sample]);
  }
  for (const members of groups.values()) {
    const forms = learnForms(members);
    const own = forms[0]?.learned;
    if (!own) continue;
    const table = members[0].table;
    // A section spaced otherwise (its continuation lines indented one more) writes new entries so.
    const differs =
      table !== undefined ||
      !listWide ||
      frameOf(own.shape).key !== frameOf(listWide.shape).key ||
      spacingOf(frameOf(own.shape)).join('\u0000') !== spacingOf(frameOf(listWide.shape)).join('\u0000');
    const clear =
      members.length >= OWN_TEMPLATE_MIN && own.evidence.agree / members.length >= OWN_TEMPLATE_SHARE;
    if (differs && (clear || table !== undefined)) {
      add(forms, table !== undefined ? { table } : { section: members[0].entry.section });
    }
  }
  const bySection = new Map(
    templates.filter((t) => t.section && t.section.length > 0).map((t) => [t.section!.join('\u0000'), t]),
  );
  const byTable = new Map(templates.filter((t) => t.table).map((t) => [t.table!, t]));
  const templateFor = (entry: Pick<Entry, 'section' | 'cells'>) => {
    const table = tableOf(entry);
    if (table !== undefined) return byTable.get(table);
    return bySection.get(entry.section.join('\u0000')) ?? listWide;
  };
  const arxivUrl = learnArxivUrl(papers);
  const scopes = new Map<EntryTemplate, Entry[]>();
  for (const { entry } of samples) {
    const template = templateFor(entry);
    if (template) scopes.set(template, [...(scopes.get(template) ?? []), entry]);
  }
  const scopeArxivUrls = new Map(
    [...scopes].map(([template, entries]) => [template, learnArxivUrl(entries, SCOPE_ARXIV_MIN)]),
  );
  const sections = new Map<string, Entry[]>();
  for (const entry of papers) {
    const key = entry.section.join('\u0000');
    sections.set(key, [...(sections.get(key) ?? []), entry]);
  }
  const sectionArxivUrls = new Map(
    [...sections].map(([key, entries]) => [key, learnArxivUrl(entries, SCOPE_ARXIV_MIN)]),
  );
  /**
   * Where none of a scope's forms has a place for a run (its one entry with a code link is too few
   * for its template's fullest layout), the list's templates that are the scope's template with the
   * run in it: the run goes where the list writes it, rather than left out.
   */
  const withRuns = (template: EntryTemplate, forms: readonly EntryTemplate[], runs: Runs) => {
    const wanted = (['links', 'badges'] as const).filter((run) => runs[run]);
    const holds = (form: EntryTemplate) => {
      const slots = templateSlots(form);
      return wanted.every((run) => slots.includes(run));
    };
    if (wanted.length === 0 || forms.some(holds)) return [];
    const bare = withoutRuns(template.shape);
    return templates.filter(
      (other) => other !== template && holds(other) && withoutRuns(other.shape) === bare,
    );
  };
  /** Every scope's forms, the scope's template first. */
  const everyForm = templates.flatMap((scope) => [scope, ...(others.get(scope) ?? [])]);
  return {
    templates,
    arxivUrl,
    arxivUrlFor: (template, section) =>
      (section && sectionArxivUrls.get(section.join('\u0000'))) ?? scopeArxivUrls.get(template) ?? arxivUrl,
    etAlAfter: learnEtAl(samples),
    templateFor,
    formFor(entry, shape) {
      const template = templateFor(entry);
      if (!template) return undefined;
      const key = frameOf(shape).key;
      const framed = (form: EntryTemplate) => templateFrame(form).key === key;
      if (framed(template)) return template;
      // A section with a form of its own still holds entries written in a form of the list's.
      const wider = listWide && listWide !== template ? [listWide, ...(others.get(listWide) ?? [])] : [];
      // A form of another scope is still the list's way of writing an entry (a venue-less form a
      // few entries of each section share) when the entry keeps its constant words; one whose
      // words are not the entry's is another table's columns, or another kind of item.
      const words = coreTexts(frameOf(shape));
      const fits = (form: EntryTemplate) => framed(form) && keepsConstants(form, words);
      const find = (usable: (form: EntryTemplate) => boolean) =>
        others.get(template)?.find((form) => usable(form) && framed(form)) ??
        wider.find((form) => usable(form) && framed(form)) ??
        everyForm.find((form) => usable(form) && fits(form));
      // A form only two entries share yields to one more of the list follows that frames the entry
      // too: that one's slots are named (a venue, names), the pair's are notes.
      const found = find((form) => !pairs.has(form)) ?? find(() => true);
      if (found) return found;
      // An entry of the scope that leaves out a bracketed slot of one of its forms (no venue).
      const bracketless = (form: EntryTemplate) => bracketedOut(form).some((out) => out.frame.key === key);
      return [template, ...(others.get(template) ?? [])].find(bracketless) ?? template;
    },
    formsToWrite(template, runs) {
      const which = runsKey(runs);
      const followed = (form: EntryTemplate) => runsOf.get(form)?.get(which) ?? 0;
      // A stable sort: of forms equally followed, the scope's more common first.
      const following = (forms: readonly EntryTemplate[]) =>
        forms.filter((form) => followed(form) > 0).sort((a, b) => followed(b) - followed(a));
      const forms = following(writable.get(template) ?? []);
      if (followed(template) > 0)
        return [template, ...forms, ...withRuns(template, [template, ...forms], runs)];
      // A section none of whose own entries has these runs (none of its few has a code link) may
      // write them as the list's entries with them do, rather than leave them out.
      const wider =
        forms.length === 0 && template.section?.length && listWide && listWide !== template
          ? following([listWide, ...(writable.get(listWide) ?? [])])
          : [];
      const chosen = [...forms, ...wider, template];
      return [...forms, ...wider, ...withRuns(template, chosen, runs), template];
    },
  };
}

/** A template the config sets: its evidence is how many entries it fits, its run style still learned. */
function configuredTemplate(
  shape: string,
  samples: readonly Sample[],
  learned: Learned | undefined,
): Learned {
  const key = frameOf(shape).key;
  return {
    shape,
    style: learned?.style ?? DEFAULT_STYLE,
    evidence: { agree: samples.filter((sample) => sample.frame.key === key).length, of: samples.length },
  };
}

/** A scope writes arXiv links its own way when this many of its entries write them so. */
const SCOPE_ARXIV_MIN = 3;

/** An arXiv URL's form, the id and version as slots: `https://arxiv.org/pdf/{id}{v}.pdf`. */
export function arxivUrlForm(url: string): string | undefined {
  const arxiv = parseArxivUrl(url);
  const at = arxiv ? url.toLowerCase().indexOf(arxiv.id) : -1;
  if (!arxiv || at === -1) return undefined;
  const rest = url.slice(at + arxiv.id.length);
  return `${url.slice(0, at)}{id}${arxiv.version ? '{v}' : ''}${rest.slice(arxiv.version.length)}`;
}

/**
 * The form most of the entries' arXiv links take, with the id and version as slots (when that form
 * has `at least` followers).
 */
function learnArxivUrl(papers: readonly Entry[], atLeast = 1): string | undefined {
  const forms = papers.flatMap((entry) => {
    const form = entry.links.map((link) => arxivUrlForm(link.url)).find((found) => found !== undefined);
    return form === undefined ? [] : [form];
  });
  const most = mode(forms);
  return most && most.n >= atLeast ? most.value : undefined;
}

/** After how many names the list writes "et al.", when most of its author lists do. */
function learnEtAl(samples: readonly Sample[]): number | undefined {
  const authors = samples.flatMap((sample) => (sample.cut.values.authors ? [sample.cut.values.authors] : []));
  const abbreviated = authors.filter((a) => a.etAl);
  if (authors.length === 0 || abbreviated.length / authors.length < 0.5) return undefined;
  return mode(abbreviated.map((a) => a.names.length))?.value;
}

/**
 * Run style an entry's template holds it to, where its own is not a value: the link style, and the
 * space before its badges (rule badge-spacing asks for the list's).
 */
const FORM_STYLE: ReadonlySet<string> = new Set<keyof RunStyle>(['linkStyle', 'badgeLead']);

/** An entry's values for its template: what the reader placed, and the words at the template's text slots. */
export function valuesFor(template: EntryTemplate, cut: Cut): SlotValues {
  const frame = frameOf(cut.shape);
  const text = textValues(templateFrame(template), frame);
  const separators = Object.fromEntries(
    Object.entries(cut.style).filter(([name]) => !FORM_STYLE.has(name)),
  ) as Partial<RunStyle>;
  if (!text) {
    // An entry that leaves a bracketed slot out (no venue, so no `(…)`) gives it no words; written
    // back, the slot's brackets go with it, and the template's own spacing is the entry's.
    const without = bracketedOut(template).find((form) => form.frame.key === frame.key);
    const words = without && textValues(without.frame, frame);
    if (words) {
      const all = Object.fromEntries(
        slotsOf(template.shape).flatMap((slot) => (isTextSlot(slot) ? [[slot, words[slot] ?? '']] : [])),
      );
      return { ...cut.values, text: all, separators };
    }
    // An entry written otherwise than its form still gives the words it writes where the form does.
    const aligned = alignedTextValues(templateFrame(template), frame);
    return aligned ? { ...cut.values, text: aligned } : cut.values;
  }
  const wording = varyingWords(template, frame);
  const spacing = spacingWithRuns(templateFrame(template), frame) ?? spacingOf(frame, true);
  return { ...cut.values, text, spacing, separators, ...(wording ? { wording } : {}) };
}

/**
 * Whether an entry with these words (its cores, in order) keeps each of a template's constant words,
 * those the list varies too: an entry of another scope does not vary the form's words.
 */
function keepsConstants(template: EntryTemplate, words: readonly string[]): boolean {
  return templateFrame(template)
    .parts.filter((part) => part.kind !== 'fixed')
    .every((part, index) => part.kind !== 'core' || words[index] === part.text);
}

/** The entry's words at its template's varying constants, where they differ from the constant's. */
function varyingWords(template: EntryTemplate, frame: Frame): Record<number, string> | undefined {
  if (!template.varying) return undefined;
  const words = coreTexts(frame);
  const constants = templateFrame(template).parts.filter((part) => part.kind !== 'fixed');
  let wording: Record<number, string> | undefined;
  for (const index of template.varying) {
    const constant = constants[index];
    if (constant?.kind === 'core' && words[index] !== undefined && words[index] !== constant.text)
      (wording ??= {})[index] = words[index];
  }
  return wording;
}

/**
 * A template's frames with one of its bracketed text slots left out (`withoutBracketed`): how its
 * entries that leave that slot empty are written. Read once per template.
 */
const bracketedFrames = new WeakMap<EntryTemplate, readonly { slot: Slot; frame: Frame }[]>();
function bracketedOut(template: EntryTemplate): readonly { slot: Slot; frame: Frame }[] {
  let forms = bracketedFrames.get(template);
  if (!forms) {
    const all = pieces(template.shape);
    forms = all.flatMap((piece, at) => {
      const without = 'slot' in piece ? withoutBracketed(all, at) : undefined;
      return without && 'slot' in piece ? [{ slot: piece.slot, frame: frameOf(shapeOf(without)) }] : [];
    });
    bracketedFrames.set(template, forms);
  }
  return forms;
}

/** A template's frame, read once per template, not once per entry it is matched against. */
const templateFrames = new WeakMap<EntryTemplate, Frame>();
function templateFrame(template: EntryTemplate): Frame {
  let frame = templateFrames.get(template);
  if (!frame) templateFrames.set(template, (frame = frameOf(template.shape)));
  return frame;
}

/** A template's run style with an entry's own separators in it. */
function separated(style: RunStyle, separators: Partial<RunStyle>): RunStyle {
  const own = { ...style, ...separators };
  // Names joined without a last separator of their own (`A, B`) end with the entry's usual one.
  return separators.lastNameSeparator === undefined && separators.nameSeparator !== undefined
    ? { ...own, lastNameSeparator: separators.nameSeparator }
    : own;
}

/** An entry written through its template with its own values: identical when it follows the template. */
export function renderThrough(template: EntryTemplate, values: SlotValues): string {
  // An entry read through its template has its spacing, and its wording where the list varies it.
  const frame = values.wording ? reword(templateFrame(template), values.wording) : templateFrame(template);
  // A new entry reworded by its editor has the template's own spacing.
  const shape = values.spacing
    ? respace(frame, values.spacing)
    : values.wording
      ? respace(frame, spacingOf(templateFrame(template)))
      : template.shape;
  return render(
    shape,
    values.separators ? separated(template.style, values.separators) : template.style,
    values,
  );
}

export interface RoundTrip {
  readonly entries: number;
  readonly identical: number;
  readonly misses: readonly RoundTripMiss[];
}

export interface RoundTripMiss {
  readonly line: number;
  readonly source: string;
  /** The entry written through its form: how the list writes it. Empty when it cannot be (`heldTo`). */
  readonly rendered: string;
  /**
   * The shape of the form the entry was held to when the entry has no value for one of its slots
   * (no form of the list frames it): written into that form, the slot's punctuation would stand
   * around nothing (`, **, `), so it is not written.
   */
  readonly heldTo?: string;
  /** Why `add` refused to write the entry back (the add round trip), when it did. */
  readonly refusal?: string;
}

/** Slots an entry may leave empty: its optional runs, and what a numbered item's number gives. */
const OPTIONAL_SLOTS: ReadonlySet<string> = new Set(['links', 'badges', 'annotation', 'n', 'indent']);

/** Whether the entry's values fill every slot of the form that an entry must fill. */
function fills(template: EntryTemplate, values: SlotValues): boolean {
  return templateSlots(template).every((slot) => {
    if (OPTIONAL_SLOTS.has(slot)) return true;
    if (isTextSlot(slot)) return values.text?.[slot] !== undefined;
    return values[slot as keyof SlotValues] !== undefined;
  });
}

/**
 * The form an entry follows and its cut, read through it: the form that frames its cut, or, where
 * none does, the form that frames it with its venue and year as words (`Nature 2015` where its
 * section's entries close with `arXiv:1503.04069`); else the form formFor gives it, with its cut.
 */
export function readEntry(
  source: SourceText,
  grammar: Grammar,
  entry: Entry,
): { cut: Cut; template: EntryTemplate | undefined } {
  const cut = cutEntry(source, entry);
  const template = grammar.formFor(entry, cut.shape);
  const frames = (form: EntryTemplate | undefined, shape: string) =>
    form !== undefined && templateFrame(form).key === frameOf(shape).key;
  if (!template || frames(template, cut.shape)) return { cut, template };
  const asWords = venueAsWords(cut);
  const wordsForm = asWords && grammar.formFor(entry, asWords.shape);
  if (asWords && frames(wordsForm, asWords.shape)) return { cut: asWords, template: wordsForm };
  // Else the form that frames its first lines, the items it nests under them its remarks.
  const remarks = nestedAsAnnotation(source, entry, cut);
  const remarksForm = remarks && grammar.formFor(entry, remarks.shape);
  return remarks && frames(remarksForm, remarks.shape)
    ? { cut: remarks, template: remarksForm }
    : { cut, template };
}

/** How many entries render back byte for byte through their template. */
export function roundTrip(source: SourceText, grammar: Grammar, papers: readonly Entry[]): RoundTrip {
  let identical = 0;
  const misses: RoundTripMiss[] = [];
  for (const entry of papers) {
    const { cut, template } = readEntry(source, grammar, entry);
    const original = entryText(source, entry);
    const values = template && valuesFor(template, cut);
    if (template && values && !fills(template, values)) {
      misses.push({ line: entry.startLine, source: original, rendered: '', heldTo: template.shape });
      continue;
    }
    const rendered = template ? renderThrough(template, values!) : '';
    if (rendered === original) identical++;
    else misses.push({ line: entry.startLine, source: original, rendered });
  }
  return { entries: papers.length, identical, misses };
}

/** The slots a template has, so a writer knows what it can place. */
/** A shape without its runs of links and badges. */
const withoutRuns = (shape: string) => shape.replace(/\{(?:links|badges)\}/g, '');

export function templateSlots(template: EntryTemplate) {
  return slotsOf(template.shape);
}

/**
 * The run style an entry is written in: its own where it shows one (its separators, its link
 * style), its template's (or the default) for the rest. Rendering its own cut in it gives it back.
 */
export function entryStyle(template: EntryTemplate | undefined, cut: Cut): RunStyle {
  const own = cut.style;
  // Names joined without a last separator of their own (`A, B`) end with the usual one.
  const last = own.lastNameSeparator ?? own.nameSeparator;
  return {
    ...(template?.style ?? DEFAULT_STYLE),
    ...own,
    ...(last === undefined ? {} : { lastNameSeparator: last }),
  };
}
