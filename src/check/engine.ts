/**
 * The pure engine: text in (and optionally the base version or the changed lines), findings out.
 * No I/O here, so the CLI, the Action and the tests all run exactly the same code.
 */
import {
  guideLinkStyles,
  paletteFromKeywordsSection,
  writtenRules,
  type Convention,
} from '../grammar/convention.js';
import { learnStyle, type TraitEvidence } from '../grammar/learn.js';
import { learnGrammar, renderThrough, valuesFor, type Grammar } from '../grammar/grammar.js';
import { cutEntry, entryText } from '../grammar/template.js';
import {
  diffLines,
  EVERY_LINE,
  hasLine,
  lineSetFrom,
  overlaps,
  type Change,
  type LineSet,
} from '../read/diff.js';
import { normaliseTitle, parseEntry, type Entry } from '../grammar/entry.js';
import { isPaperLink } from '../read/links.js';
import { findPaperList, type PaperList, type SectionFilter } from '../grammar/list.js';
import type { InlineView } from '../read/inline.js';
import { entryReader, type ExactBudget } from '../read/reader.js';
import { renderingGuard } from './render-check.js';
import { isListMarker, lineContent, segment, type ItemBlock, type Segments } from '../read/segment.js';
import { fromSource, isBlank, toSource, type SourceText } from '../read/text.js';
import { duplicateFinder, sectionOf } from './duplicates.js';
import { authorLinesSplitOff, movedEntry, takenOutOfEntries } from './moves.js';
import { styleAfterSweep } from './restyle.js';
import { suppression } from './suppression.js';
import { RULES } from './rules/index.js';
import {
  HABIT_MIN,
  OWN_WAY_MIN,
  type DuplicateHit,
  type Fix,
  type Problem,
  type RuleContext,
  type RuleId,
  type Severity,
} from './rules/types.js';
import type { PaperLookup, PaperRecord } from '../arxiv/record.js';
import { increment } from '../count.js';

export interface Settings {
  readonly rules?: Partial<Record<RuleId, Severity | 'off'>>;
  readonly style?: Partial<Convention>;
  readonly sections?: SectionFilter;
  /** The list-wide entry template, set by the config instead of learned. */
  readonly template?: string;
  /** Entries never checked, by title or arXiv id. */
  readonly ignore?: readonly string[];
}

export interface LintInput {
  readonly path: string;
  readonly text: string;
  /**
   * The base version: only entries touching lines that differ from it are checked, and when the
   * change touches most entries, the list's style is learned from it. A function is called only
   * then (with `change` given): the Action asks GitHub for the base only when it is needed.
   */
  readonly baseText?: string | (() => Promise<string>);
  /** Or the change directly (from a PR's patch); `baseText` then serves only to learn from. */
  readonly change?: Change;
  readonly settings?: Settings;
  /** The arXiv records of papers (the Action; the CLI with --arxiv): asked once, for the checked entries. */
  readonly papers?: PaperLookup;
  /** What mdast may parse, shared by the files of one review; else the file's own. */
  readonly exactBudget?: ExactBudget;
}

export interface Finding {
  readonly path: string;
  readonly line: number;
  readonly column: number;
  readonly endLine: number;
  readonly rule: RuleId;
  readonly severity: Severity;
  readonly message: string;
  readonly fix: Fix | null;
  /** The entry's identity (arXiv id or normalised title): stable across pushes, unlike line numbers. */
  readonly entryKey: string;
  /** The part of the entry it is on: stable across pushes, unlike its line or its rank. */
  readonly part: EntryPart;
}

export type EntryPart = 'title' | 'authors' | 'other';

export interface LintResult {
  readonly path: string;
  readonly source: SourceText;
  readonly findings: readonly Finding[];
  readonly entries: number;
  readonly checked: number;
  /** Entries read in full (checked, plus the sample the style was learned from): follows the change, not the list. */
  readonly parsed: number;
  /** Checked entries the fast scanner could not prove, read by mdast instead. */
  readonly readExactly: number;
  readonly convention: Convention;
  /** arXiv ids asked about that arXiv did not answer: what it would say of them is unknown. */
  readonly unanswered: readonly string[];
}

/**
 * The list as it was before the change: what its style is learned from and what says whether it
 * cross-lists papers. Usually the entries the change did not touch; the base version when the
 * change touches most of them, unless the entries it wrote agree on a new form (restyle.ts).
 */
interface ListAsItWas {
  readonly source: SourceText;
  readonly segments: Segments;
  readonly list: PaperList;
  readonly entries: readonly ItemBlock[];
}

/**
 * A change touching more than this share of the entries leaves too few untouched to speak for the
 * list: the base version does.
 */
const MOST_ENTRIES = 0.5;

/**
 * The grammar a list is held to: learned from its entries as they were, its palette from its own
 * Keywords Convention when it has one and its entries carry badges, the rules its contribution
 * guide writes down, and any setting of the config file on top.
 */
function resolveConvention(
  { source, segments, list, entries }: ListAsItWas,
  settings: Settings,
): {
  convention: Convention;
  /** The traits the config sets otherwise than the list shows them. */
  restyled: ReadonlySet<keyof Convention>;
  evidence: TraitEvidence;
  sampled: number;
  papers: readonly Entry[];
  grammar: Grammar;
} {
  const learned = learnStyle(source, entries, list.inCategory);
  const palette = learned.style.badges ? paletteFromKeywordsSection(source, segments) : undefined;
  // A guide whose example writes the paper link otherwise than most entries do allows both ways.
  const guideStyles = learned.style.linkStyle ? guideLinkStyles(source, segments) : [];
  const guideDisagrees = guideStyles.some((style) => style !== learned.style.linkStyle);
  const own: Convention = {
    ...learned.style,
    ...(palette ? { badgeColors: palette } : {}),
    ...(guideDisagrees ? { linkStyle: null, linkLabels: null } : {}),
    writtenRules: writtenRules(source, segments),
    // A config that names the papers headings asks for every paper to be under one.
    ...(settings.sections?.include ? { sections: true } : {}),
  };
  return {
    convention: { ...own, ...settings.style },
    // A style the config sets as the list has it (`--print-config` fed back) changes nothing.
    restyled: new Set(
      (Object.keys(settings.style ?? {}) as (keyof Convention)[]).filter(
        (trait) => JSON.stringify(settings.style?.[trait]) !== JSON.stringify(own[trait]),
      ),
    ),
    evidence: learned.evidence,
    sampled: learned.sampled,
    papers: learned.papers,
    grammar: learnGrammar(source, learned.papers, settings.template),
  };
}

/** The settings a file would be checked with: learned style, config on top, the severities it sets. */
export async function effectiveSettings(text: string, settings: Settings = {}) {
  const source = toSource(text);
  const segments = segment(source);
  const list = findPaperList(source, segments, settings.sections);
  const resolved = resolveConvention({ source, segments, list, entries: list.entries }, settings);
  const listWide = resolved.grammar.templates.find((template) => template.section?.length === 0);
  return {
    ...(listWide ? { template: listWide.shape } : {}),
    templates: resolved.grammar.templates,
    style: resolved.convention,
    evidence: resolved.evidence,
    rules: settings.rules ?? {},
    sections: settings.sections ?? {},
    ignore: settings.ignore ?? [],
    categories: list.categories,
    entries: list.entries.length,
  };
}

export async function lint(input: LintInput): Promise<LintResult> {
  const settings = input.settings ?? {};
  const source = toSource(input.text);
  const base = baseReader(input.baseText, settings);
  const change: Change =
    input.change ??
    (base
      ? diffLines((await base.source()).lines, source.lines)
      : { changed: EVERY_LINE, touched: EVERY_LINE });
  const { changed } = change;
  const segments = await segmentKeepingEntries(source, change, base);
  const list = findPaperList(source, segments, settings.sections);

  const moved = movedEntry(source, change);
  const takenOut = base ? await takenOutOfEntries(source, change, base.list) : () => undefined;
  const amongPapers = papersAround(source, list.entries, segments.items);
  const touched = (block: ItemBlock) =>
    overlaps(change.touched, block.startLine, block.endLine) &&
    (!moved(block) || takenOut(block) !== undefined);
  // A paper entry the change took what marks it as one from (its paper link, its bold title) may no
  // longer read as a paper; among the papers of its section it still is one to a reader, and the
  // rules check it as one.
  // The base is read for it only when a touched item may have lost what marks it as a paper.
  const mayBeUnmade =
    base !== undefined &&
    (change.removed?.length ?? 0) > 0 &&
    segments.items.some(
      (item) => touched(item) && (!amongPapers.listed(item) || lacksItsMarks(parseEntry(source, item))),
    );
  const unmade = mayBeUnmade ? await unmadePapers(source, change, base?.list) : () => false;
  const unlisted = segments.items.filter(
    (item) =>
      !amongPapers.listed(item) &&
      touched(item) &&
      (takenOut(item) !== undefined || (unmade(item) && amongPapers.beside(item))),
  );
  const checked = [...list.entries.filter(touched), ...unlisted].sort((a, b) => a.startLine - b.startLine);
  const checkedStarts = new Set(checked.map((block) => block.startLine));
  const unchecked = list.entries.filter((block) => !checkedStarts.has(block.startLine));
  // Without the base version (a whole file, or a patch alone), the entries the change did not touch
  // stand for the list as it was; the whole list when it touched them all.
  const untouched: ListAsItWas = {
    source,
    segments,
    list,
    entries: unchecked.length > 0 ? unchecked : list.entries,
  };
  const asItWas = async () => (await base?.list()) ?? untouched;
  const sweeping = checked.length > MOST_ENTRIES * list.entries.length && base !== undefined;
  const asItWasThen = sweeping ? await asItWas() : untouched;
  const asBefore = resolveConvention(asItWasThen, settings);
  // A change that rewrote most of the entries the list had may restyle it; one that mostly adds
  // entries (a short list doubled) is held to the list it adds to.
  const rewritten = checked.length - Math.max(0, list.entries.length - asItWasThen.entries.length);
  const asAfter =
    sweeping && rewritten > MOST_ENTRIES * asItWasThen.entries.length
      ? resolveConvention({ source, segments, list, entries: checked }, settings)
      : undefined;
  const { convention, grammar } = asAfter ? styleAfterSweep(asBefore, asAfter) : asBefore;
  const { restyled } = asBefore;
  const sampled = asBefore.sampled + (asAfter?.sampled ?? 0);
  const ignored = new Set((settings.ignore ?? []).map((item) => normaliseTitle(item)));
  const suppressed = suppression(segments.directives);

  const blockByStart = new Map(checked.map((block) => [block.startLine, block]));
  /** The entries of the checked blocks in a section (-1: all of them), and its papers, read once when a rule asks. */
  const checkedIn = new Map<number, Entry[]>();
  const checkedItemsIn = (section: number): readonly Entry[] => {
    let entries = checkedIn.get(section);
    if (!entries) {
      entries = checked
        .filter((other) => section === -1 || sectionOf(other) === section)
        .map((other) => parseEntry(source, other));
      checkedIn.set(section, entries);
    }
    return entries;
  };
  const papersIn = new Map<number, Entry[]>();
  const checkedPapersIn = (section: number): readonly Entry[] => {
    let papers = papersIn.get(section);
    if (!papers) {
      papers = checkedItemsIn(section).filter((other) => other.kind === 'paper');
      papersIn.set(section, papers);
    }
    return papers;
  };
  // Never in a whole-file run (no change to speak of); and a change that rewrote most of the list is
  // judged whole (its style read, or refused, above), not part by part, but for its author's habit.
  // The lines of the headings some untouched entry sits under, read once when a rule asks.
  let untouchedHeadings: Set<number> | undefined;
  const changesOwnWay: RuleContext['changesOwnWay'] = (entry, shown, listsWay, scope = 'change') => {
    const block = blockByStart.get(entry.startLine);
    if (base === undefined || block === undefined) return false;
    // Two papers written otherwise are the author's habit, where one might be a slip.
    if (scope === 'habit') {
      const otherwise = checkedPapersIn(-1).filter((other) =>
        shown(other).some(({ line, value }) => hasLine(changed, line) && !listsWay(value)),
      );
      return otherwise.length >= HABIT_MIN;
    }
    if (sweeping) return false;
    const section = sectionOf(block);
    const writtenOtherwise = (entries: readonly Entry[], every: boolean) => {
      const written = entries.flatMap(shown).filter(({ line }) => hasLine(changed, line));
      const otherwise = written.filter(({ value }) => !listsWay(value)).length;
      return (
        written.length >= OWN_WAY_MIN &&
        (every ? otherwise === written.length : otherwise * 2 > written.length)
      );
    };
    // Several items of its section written otherwise, however many it wrote the list's way: papers
    // a maintainer adds ahead of what they lack (accepted papers before their proceedings are out),
    // items not read as papers for want of it included.
    if (scope === 'batch') {
      const written = checkedItemsIn(section)
        .flatMap(shown)
        .filter(({ line }) => hasLine(changed, line));
      return written.filter(({ value }) => !listsWay(value)).length >= OWN_WAY_MIN;
    }
    if (scope === 'new-section') {
      // The widest part of the page the change wrote whole: its outermost heading over no untouched
      // entry (a new `## Datasets` with a few items under each of its subheadings is one new part).
      const underUntouched = (untouchedHeadings ??= new Set(
        untouched.entries.flatMap((other) => other.headings.map((h) => h.line)),
      ));
      const outermost = block.headings.find((heading) => !underUntouched.has(heading.line));
      if (outermost !== undefined && block.topic === undefined) {
        const under = checkedPapersIn(-1).filter((other) =>
          blockByStart.get(other.startLine)?.headings.some((h) => h.line === outermost.line),
        );
        return writtenOtherwise(under, true);
      }
      const newSection = section !== 0 && !untouched.entries.some((other) => sectionOf(other) === section);
      return newSection && writtenOtherwise(checkedPapersIn(section), true);
    }
    // Most of what it wrote in the entry's section (a batch of papers pasted in one style), or in the
    // whole list (a maintainer's restyle, an entry or two a section).
    return writtenOtherwise(checkedPapersIn(section), false) || writtenOtherwise(checkedPapersIn(-1), false);
  };

  const splitOff = authorLinesSplitOff(source, list.entries);
  const perSection = entriesPerSection(list.entries);
  // With arXiv to ask, the entries are read first (once) for their ids; else one at a time below.
  const asking = input.papers && settings.rules?.['arxiv-metadata'] !== 'off' ? input.papers : undefined;
  const reader = entryReader(source, segments.definitions, input.exactBudget);
  // An item between two papers of its section is a paper written without its link or authors (an
  // unmarked title alone, or an item the list does not read as a paper at all): what a reader of
  // the list takes it for, and what the rules should check.
  const readEntry = (block: ItemBlock) => {
    const view = reader.view(block);
    return view instanceof Promise ? view.then((exact) => readWith(block, exact)) : readWith(block, view);
  };
  const readWith = (block: ItemBlock, view: InlineView) => {
    const entry = parseEntry(source, block, view);
    // One the change unmade was a paper in the base: a paper beside it is enough (the item on its
    // other side may be a resource of the section, a tool or a survey's repository).
    const asPaper =
      entry.kind === 'resource' &&
      ((entry.unmarked && amongPapers(block)) ||
        (unmade(block) && amongPapers.beside(block)) ||
        takenOut(block) !== undefined ||
        copiesAPaper(block));
    return { view, entry: asPaper ? { ...entry, kind: 'paper' as const } : entry };
  };
  // A word-for-word copy of one of the list's papers is that paper again, wherever it stands: the
  // papers of its section may link theirs otherwise than the section it was copied from. The list's
  // entries are indexed by their text only when a checked entry reads as no paper.
  let entriesByText: Map<string, ItemBlock[]> | undefined;
  const copiesAPaper = (block: ItemBlock) => {
    entriesByText ??= groupedBy(list.entries, (other) => textOfEntry(source, other));
    return (entriesByText.get(textOfEntry(source, block)) ?? []).some(
      (other) => other.startLine !== block.startLine && parseEntry(source, other).kind === 'paper',
    );
  };
  const read = asking ? await Promise.all(checked.map(readEntry)) : undefined;
  const askedIds =
    asking && read
      ? [...new Set(read.flatMap(({ entry }) => (isIgnored(entry, ignored) ? [] : entry.arxivIds)))]
      : [];
  const records: ReadonlyMap<string, PaperRecord | null> =
    asking && askedIds.length > 0 ? await asking(askedIds) : new Map();
  // The list's entries by their first line, for a rule asking of one the change did not touch.
  let listed: Map<number, ItemBlock> | undefined;
  const listedAt = () => (listed ??= new Map(list.entries.map((block) => [block.startLine, block])));
  const findDuplicate = duplicateFinder(input.text, source, list.entries, checked, asItWas);
  const duplicates = new Map<number, DuplicateHit | undefined>();
  const context: RuleContext = {
    source,
    convention,
    categories: list.categories,
    // A section that holds other entries is one of the list's own, whatever its heading says.
    inCategory: (entry) => {
      const block = blockByStart.get(entry.startLine) ?? listedAt().get(entry.startLine);
      return block !== undefined && (list.inCategory(block) || (perSection.get(sectionOf(block)) ?? 0) > 1);
    },
    duplicateOf: (entry) => duplicates.get(entry.startLine),
    nearby: (entry) => nearbyEntries(source, untouched.entries, entry.startLine),
    setByConfig: (trait) => restyled.has(trait),
    changesOwnWay,
    paperRecord: (id) => records.get(id),
    takenOut: (entry) => {
      const block = blockByStart.get(entry.startLine);
      return block && takenOut(block);
    },
    authorLineSplitOff: (entry) => splitOff.has(entry.startLine),
  };

  // Where the list as it was is read from this text (not the base version), its accepted papers
  // can be checked as the change's entries are; a config that sets another style than the list's
  // asks for a change its papers do not show yet. Read when a rule first has something to report.
  let faultsAccepted: ReadonlySet<string> | undefined;
  const acceptedFaults = () =>
    (faultsAccepted ??=
      asItWasThen === untouched && restyled.size === 0
        ? faultsTheListAccepts(asBefore.papers, context, settings)
        : NO_FAULTS);

  // An old problem on a line the change edited elsewhere: the text it is about was there before.
  const heldBefore = ({ text, textOpensLine }: Problem) =>
    text !== undefined &&
    (change.removed ?? []).some((line) =>
      textOpensLine ? lineContent(line).startsWith(text) : line.includes(text),
    );
  const findings: Finding[] = [];
  /**
   * The entry of each finding on an entry the list may have had before (one the change did not write
   * whole, or whose text it took out somewhere): the entry may have had the problem then. Telling
   * needs the base version; a change that only adds entries never asks for it.
   */
  const entryOf = new Map<Finding, OnEntry>();
  const mayBeOld = (writtenWhole: boolean, entry: Entry) =>
    !writtenWhole ||
    change.removed === undefined ||
    identifyingTexts(entry).some((text) => change.removed?.some((line) => line.includes(text)));
  // A finding about the whole entry may sit on any of its lines only when the change wrote the
  // entry; an entry it edited is held to what the edit did, on the lines it changed.
  const written = (item: ItemBlock) => everyLineChanged(source, changed, item);
  // What the entry lacks because the change took it out is said on the line the change left: a
  // line it changed, or the line above lines it took out of the entry (its paper link's line).
  const atTheTaking = (problem: Problem, item: ItemBlock): Problem => {
    if (hasLine(changed, problem.line)) return problem;
    const line = unmade(item)
      ? firstLineIn(changed, item)
      : hasLine(change.touched, problem.line)
        ? undefined
        : firstLineIn(change.touched, item);
    return line === undefined ? problem : { ...problem, line, column: 1, endLine: undefined };
  };
  /**
   * What the rules report on one entry, as the change is to be told it. A synchronous function of
   * its own: called once per entry, V8 optimises it, where the same loop in the body of the async
   * lint (resumed after every await) ran unoptimised, for every rule of every entry.
   */
  const reportedOn = (
    block: ItemBlock,
    entry: Entry,
    writtenAsTheList: (rule: RuleId) => boolean,
  ): Reported[] => {
    const reported: Reported[] = [];
    const unread = reader.unread(block);
    // Of the entry, not of a rule: asked once, not once for every rule.
    const taken = takenOut(block) !== undefined;
    const isSplitOff = splitOff.has(block.startLine);
    const lostItsAuthorLine = splitOff.has(block.endLine + 1);
    for (const rule of RULES) {
      const configured = settings.rules?.[rule.id];
      if (configured === 'off' || (entry.kind === 'resource' && !rule.resources)) continue;
      // A line taken out of the entry above is no entry: only where it belongs is said of it.
      if (taken && rule.id !== 'indent') continue;
      // An author line split off as an item of its own (`* Names*`) is said of once, as an author
      // line; the entry above is not told it lacks the authors and links that item holds.
      if (isSplitOff && rule.id !== 'authors-format') continue;
      if (lostItsAuthorLine && (rule.reportsAbsence || rule.id === 'authors-format')) continue;
      if (unread && rule.reportsAbsence) continue;
      // Most entries have nothing to report to most rules.
      const told = rule.check(entry, context);
      if (told.length === 0) continue;
      const problems = told.filter((problem) => !acceptedFaults().has(faultOf(rule.id, problem)));
      if (problems.length === 0) continue;
      const found = problems
        .map((problem) => (problem.missing ? atTheTaking(problem, block) : problem))
        .filter(
          (problem) =>
            (hasLine(changed, problem.line) ||
              (rule.scope === 'entry' &&
                (written(block) ||
                  (!UNTOUCHED_BY_DELETIONS.has(rule.id) && hasLine(change.touched, problem.line))))) &&
            !heldBefore(problem) &&
            !suppressed(rule.id, problem.line, entry),
        );
      // An entry written as the list writes is not told how to write it; what it lacks still shows.
      const shapeHeld =
        found.some((problem) => !problem.missing) &&
        SHAPE_RULES.has(rule.id) &&
        !(convention.writtenRules as readonly string[]).includes(rule.id) &&
        writtenAsTheList(rule.id);
      for (const problem of capped(shapeHeld ? found.filter((problem) => problem.missing) : found))
        reported.push({ rule, problem, severity: configured ?? problem.severity ?? rule.severity });
    }
    return reported;
  };
  for (const [index, block] of checked.entries()) {
    // Awaited only when mdast reads the entry: most are read at once, without an await each.
    const reading = read ? read[index] : readEntry(block);
    const { view, entry } = reading instanceof Promise ? await reading : reading;
    if (isIgnored(entry, ignored)) continue;
    if (entry.kind === 'paper' && settings.rules?.duplicate !== 'off') {
      const duplicate = findDuplicate(entry);
      duplicates.set(entry.startLine, duplicate instanceof Promise ? await duplicate : duplicate);
    }
    // A config that sets another style says the list is changing it: the learned template then
    // proves nothing. Asked only when a shape rule has something to report (rendering every entry
    // through its template was a third of a whole-file run, and most entries have nothing to report).
    const followed = new Map<'own' | 'template', boolean>();
    const writtenAsTheList = (rule: RuleId) => {
      const spacing = LINE_PLACEMENT_RULES.has(rule) ? 'template' : 'own';
      let follows = followed.get(spacing);
      if (follows === undefined) {
        follows = restyled.size === 0 && followsTemplate(source, grammar, entry, spacing);
        followed.set(spacing, follows);
      }
      return follows;
    };
    // Set up (the definitions the entry uses found) only for an entry with a fix to check.
    let guard: ReturnType<typeof renderingGuard> | undefined;
    const keepIfRenderingHolds: ReturnType<typeof renderingGuard> = (rule, fix) =>
      (guard ??= renderingGuard(
        source,
        block,
        reader,
        view,
        { entry, grammar },
        segments.definitions.length > 0,
      ))(rule, fix);
    for (const { rule, problem, severity } of reportedOn(block, entry, writtenAsTheList)) {
      const finding: Finding = {
        path: input.path,
        line: problem.line,
        column: problem.column,
        endLine: problem.endLine ?? problem.line,
        rule: rule.id,
        severity,
        message: problem.message,
        fix: await keepIfRenderingHolds(rule.id, rule.fix?.(entry, problem, context) ?? null),
        entryKey: entry.key,
        part: partOf(entry, problem.line),
      };
      findings.push(finding);
      if (mayBeOld(written(block), entry)) entryOf.set(finding, { entry, missing: problem.missing === true });
    }
  }
  const old =
    base && entryOf.size > 0 ? await oldProblems(input, base, { source, list, context }, entryOf) : undefined;
  if (old) findings.splice(0, findings.length, ...findings.filter((finding) => !old.has(finding)));
  findings.sort((a, b) => a.line - b.line || a.column - b.column || a.rule.localeCompare(b.rule));
  return {
    path: input.path,
    source,
    findings,
    entries: list.entries.length,
    checked: checked.length,
    parsed: checked.length + sampled,
    readExactly: reader.counts.exact,
    convention,
    unanswered: askedIds.filter((id) => !records.has(id)),
  };
}

/**
 * A rule (or one aspect of it: a title left unmarked, a bold title's punctuation) that finds fault
 * with more than this share of the papers a list has accepted, and with at least ACCEPTED_FAULTS of
 * them, is wrong about that list: it misreads the list's form or holds it to what the list does not
 * keep. A convention is learned from 90% of the entries, so a rule true to it faults at most the
 * tenth that dissent; twice that is the rule's error, not the list's.
 */
const ACCEPTED_SHARE = 0.2;
const ACCEPTED_FAULTS = 3;
const NO_FAULTS: ReadonlySet<string> = new Set();
/** Rules about facts (what arXiv records, which papers the list already has), not the list's form. */
const FACT_RULES: ReadonlySet<RuleId> = new Set(['arxiv-metadata', 'duplicate']);

/** What kind of fault a problem is: its rule, and the aspect of the rule where it names one. */
const faultOf = (rule: RuleId, problem: Problem) => `${rule}:${problem.aspect ?? ''}`;

/**
 * The faults of form the list's own papers (the sample its style was learned from, as accepted)
 * show so often that the rules finding them are wrong about it. A rule the config names, or one the list's
 * contribution guide writes down, is held whatever the entries do: its maintainers asked for it.
 */
function faultsTheListAccepts(
  papers: readonly Entry[],
  context: RuleContext,
  settings: Settings,
): ReadonlySet<string> {
  const counts = new Map<string, number>();
  const calibrated = RULES.filter(
    (rule) =>
      !FACT_RULES.has(rule.id) &&
      settings.rules?.[rule.id] === undefined &&
      !(context.convention.writtenRules as readonly string[]).includes(rule.id),
  );
  for (const entry of papers) {
    const faults = new Set(
      calibrated.flatMap((rule) => rule.check(entry, context).map((problem) => faultOf(rule.id, problem))),
    );
    for (const fault of faults) increment(counts, fault);
  }
  return new Set(
    [...counts]
      .filter(([, n]) => n >= ACCEPTED_FAULTS && n > ACCEPTED_SHARE * papers.length)
      .map(([fault]) => fault),
  );
}

/** A problem a rule reports on an entry, and how severe it is there. */
interface Reported {
  readonly rule: (typeof RULES)[number];
  readonly problem: Problem;
  readonly severity: Severity;
}

/** The part of an entry a line is: its title line, its author line, or another. */
export function partOf(entry: Entry, line: number): EntryPart {
  if (line === entry.title.line) return 'title';
  return line === entry.authors?.line ? 'authors' : 'other';
}

/** How many untouched entries on each side show how the list writes entries at a place. */
const NEARBY = 2;

/** The paper entries among `entries` (in list order) nearest a line, up to NEARBY each side. */
function nearbyEntries(source: SourceText, entries: readonly ItemBlock[], line: number): Entry[] {
  let at = entries.findIndex((block) => block.startLine >= line);
  if (at === -1) at = entries.length;
  // The entry itself, when it is among them, is not its own neighbour.
  const after = entries[at]?.startLine === line ? at + 1 : at;
  return [...entries.slice(Math.max(0, at - NEARBY), at), ...entries.slice(after, after + NEARBY)]
    .map((block) => parseEntry(source, block))
    .filter((entry) => entry.kind === 'paper');
}

function firstLineIn(lines: Change['changed'], block: ItemBlock): number | undefined {
  for (let line = block.startLine; line <= block.endLine; line++) if (hasLine(lines, line)) return line;
  return undefined;
}

function everyLineChanged(source: SourceText, changed: Change['changed'], block: ItemBlock): boolean {
  for (let line = block.startLine; line <= block.endLine; line++) {
    if (source.lines[line - 1].trim() !== '' && !hasLine(changed, line)) return false;
  }
  return true;
}

/** The entry a finding is on, and whether the finding says what the entry lacks. */
interface OnEntry {
  readonly entry: Entry;
  readonly missing: boolean;
}

/**
 * Of the findings, those on an entry the list already had that it had before the change: the base
 * version's same entry (by its key) checked whole, in the base list, reports the same rule with the
 * same message. A PR is held to what its change did, not to an old problem of an entry it touched
 * (a new citation count, a moved line, a table turned into bullets). An entry is the list's old one
 * only when the change did not add a copy of it (a paper added again is new, and so are its problems).
 * What an entry lacks is the change's when the change took a link from it, whatever the rule made of
 * that link before (`[`PDF`](…)` on a host it does not know).
 */
async function oldProblems(
  input: LintInput,
  base: NonNullable<ReturnType<typeof baseReader>>,
  now: { readonly source: SourceText; readonly list: PaperList; readonly context: RuleContext },
  entryOf: ReadonlyMap<Finding, OnEntry>,
): Promise<Set<Finding>> {
  const before = await base.list();
  if (!before) return new Set();
  const thenBy = new Map<string, { block: ItemBlock; entry: Entry }[]>();
  for (const block of before.entries) {
    const entry = parseEntry(before.source, block);
    for (const id of identities(entry)) thenBy.set(id, [...(thenBy.get(id) ?? []), { block, entry }]);
  }
  // The entries of the list now that are the same paper (a plain text search first: few are).
  const copiesNow = (entry: Entry) => {
    const texts = identifyingTexts(entry);
    const ids = new Set(identities(entry));
    return now.list.entries.filter(
      (block) =>
        now.source.lines
          .slice(block.startLine - 1, block.endLine)
          .some((line) => texts.some((text) => line.includes(text))) &&
        identities(parseEntry(now.source, block)).some((id) => ids.has(id)),
    ).length;
  };
  const counterparts = new Map<Entry, { block: ItemBlock; entry: Entry; tookALink: boolean }[]>();
  for (const { entry } of entryOf.values()) {
    if (counterparts.has(entry)) continue;
    const then = [...new Set(identities(entry).flatMap((id) => thenBy.get(id) ?? []))];
    if (then.length === 0 || copiesNow(entry) > then.length) continue;
    const urls = new Set(entry.links.map((link) => link.url));
    counterparts.set(
      entry,
      then.map((was) => ({ ...was, tookALink: was.entry.links.some((link) => !urls.has(link.url)) })),
    );
  }
  if (counterparts.size === 0) return new Set();
  const checkedThen = [...new Set([...counterparts.values()].flat().map(({ block }) => block))];
  const lines = lineSetFrom(checkedThen.flatMap(linesOf));
  const then = await lint({
    path: input.path,
    text: fromSource(before.source),
    change: { changed: lines, touched: lines },
    ...(input.settings ? { settings: input.settings } : {}),
  });
  // Line numbers differ between the versions, and so may what a message quotes (a link relabelled):
  // the problem is the same.
  const problem = (block: ItemBlock, finding: Finding) => {
    const message = finding.message.replace(/\bline \d+/g, 'line');
    const rule = RULES.find(({ id }) => id === finding.rule);
    return `${block.startLine}\u0000${finding.rule}\u0000${rule?.sameProblem?.(message) ?? message}`;
  };
  const had = new Map<string, number>();
  for (const finding of then.findings) {
    const block = checkedThen.find((item) => item.startLine <= finding.line && finding.line <= item.endLine);
    if (block) increment(had, problem(block, finding));
  }
  // An entry that has a problem more often now than then (a second empty link) has a new one too.
  const hasNow = new Map<string, number>();
  for (const [finding, { entry }] of entryOf) {
    // A counterpart found by its id and by its title is listed twice: its block counts once.
    for (const block of new Set((counterparts.get(entry) ?? []).map(({ block }) => block)))
      increment(hasNow, problem(block, finding));
  }
  const hadAsOften = (block: ItemBlock, finding: Finding) => {
    const key = problem(block, finding);
    return (had.get(key) ?? 0) >= (hasNow.get(key) ?? 0);
  };
  // The version then, read as the paper it is now and held to the list's ways now: a change that
  // rewrote the entry's form (a table turned into bullets) did not make what the entry already lacked.
  const heldNow: RuleContext = {
    ...now.context,
    source: before.source,
    nearby: () => [],
    inCategory: () => true,
    changesOwnWay: () => false,
    takenOut: () => undefined,
    authorLineSplitOff: () => false,
    duplicateOf: () => undefined,
  };
  const hadByNow = (was: Entry, finding: Finding) =>
    RULES.find((rule) => rule.id === finding.rule)
      ?.check({ ...was, kind: 'paper' }, heldNow)
      .some((problem) => problem.message === finding.message) === true;
  return new Set(
    [...entryOf]
      .filter(([finding, { entry, missing }]) =>
        counterparts
          .get(entry)
          ?.some(
            ({ block, entry: was, tookALink }) =>
              !(missing && tookALink) && (hadAsOften(block, finding) || hadByNow(was, finding)),
          ),
      )
      .map(([finding]) => finding),
  );
}

/** What makes two versions of an entry the same paper: any of its arXiv ids, or its title. */
function identities(entry: Entry): string[] {
  const title = normaliseTitle(entry.title.text);
  return [...entry.arxivIds.map((id) => `arxiv:${id}`), ...(title.length >= 8 ? [`title:${title}`] : [])];
}

/**
 * The text an entry's identities are read from, as the entry writes it: its arXiv ids and its title
 * (without the punctuation that closes it, which another form of the entry, a table cell, may not have).
 */
function identifyingTexts(entry: Entry): string[] {
  return [...entry.arxivIds, entry.title.text.replace(/[\s.,;:]+$/u, '')].filter((text) => text.length >= 8);
}

function linesOf(block: ItemBlock): number[] {
  return Array.from({ length: block.endLine - block.startLine + 1 }, (_, i) => block.startLine + i);
}

/**
 * The base version, read once and only when asked for: its text (a function is called then), and
 * its paper list when it has entries to speak for the list.
 */
function baseReader(baseText: LintInput['baseText'], settings: Settings) {
  if (baseText === undefined) return undefined;
  let source: Promise<SourceText> | undefined;
  let list: Promise<ListAsItWas | undefined> | undefined;
  const read = () =>
    (source ??= (async () => toSource(typeof baseText === 'function' ? await baseText() : baseText))());
  return {
    source: read,
    list: () =>
      (list ??= read().then((base) => {
        const segments = segment(base);
        const found = findPaperList(base, segments, settings.sections);
        return found.entries.length > 0
          ? { source: base, segments, list: found, entries: found.entries }
          : undefined;
      })),
  };
}

/**
 * Rules about what a template shows: the title's and authors' form, the lines, the paper link's
 * place, the badges' spacing. Not badge-missing (badges are an optional run of a template), nor the
 * arXiv link's form or badge colours (values, not shape).
 */
const SHAPE_RULES: ReadonlySet<RuleId> = new Set([
  'title-format',
  'authors-format',
  'blank-line',
  'indent',
  'pdf-missing',
  'badge-spacing',
]);

/**
 * Rules about which paper an entry is, not how it is written: a line taken out beside an entry
 * changes neither, so an entry the change only stands beside is not asked again.
 */
const UNTOUCHED_BY_DELETIONS: ReadonlySet<RuleId> = new Set(['duplicate']);

/**
 * A template this share of its scope's entries follows is the list's clear form: an entry written
 * exactly that way is written as the list writes, whatever a single trait's count says.
 */
const CLEAR_TEMPLATE_SHARE = 0.5;
/** Fewer entries than this following a template are too few to call it the list's form. */
const MIN_TEMPLATE_EVIDENCE = 5;

/**
 * Whether the entry renders back byte for byte through a template most of its list follows. Style
 * rules are about how an entry differs from its list; such an entry does not differ.
 */
function followsTemplate(
  source: SourceText,
  grammar: Grammar,
  entry: Entry,
  spacing: 'own' | 'template' = 'own',
): boolean {
  const template = grammar.templateFor(entry);
  if (
    !template ||
    template.evidence.agree < MIN_TEMPLATE_EVIDENCE ||
    template.evidence.agree < CLEAR_TEMPLATE_SHARE * template.evidence.of
  )
    return false;
  const values = valuesFor(template, cutEntry(source, entry));
  // Read through its template, an entry keeps its own spacing (where its lines sit included): that
  // says nothing of a line moved out of the item or an empty line lost. Rules about those compare
  // the entry with the template's own spacing.
  const rendered = renderThrough(template, spacing === 'own' ? values : { ...values, spacing: undefined });
  return rendered === entryText(source, entry);
}

/** Shape rules about where an entry's lines sit, which an entry's own spacing cannot vouch for. */
const LINE_PLACEMENT_RULES: ReadonlySet<RuleId> = new Set(['indent', 'blank-line']);

/** An entry's lines without their indent: the same entry nested deeper or shallower is the same text. */
function textOfEntry(source: SourceText, block: ItemBlock): string {
  return source.lines
    .slice(block.startLine - 1, block.endLine)
    .map((line) => line.trim())
    .join('\n');
}

function groupedBy<T>(items: readonly T[], keyOf: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const key = keyOf(item);
    const group = groups.get(key);
    if (group) group.push(item);
    else groups.set(key, [item]);
  }
  return groups;
}

/** The words of a line as a reader sees them: link targets dropped. */
function wordsOf(line: string): string[] {
  // An HTML tag's name and attributes are markup, not words (`<td align='center'>-</td>` has none).
  return (
    line
      .replace(/\]\([^)\s]*\)/g, '] ')
      .replace(/<\/?[A-Za-z][^<>]*>/g, ' ')
      .toLowerCase()
      .match(/[\p{L}\p{N}]+/gu) ?? []
  );
}

/**
 * Whether an item was a paper entry before the change took something from it: one of its changed
 * lines keeps only words of a line the change removed from a paper entry of the base version (a
 * link emptied or taken out, bold markers dropped), or none (a line emptied to its indent). Without
 * the base version nothing says so.
 */
async function unmadePapers(
  source: SourceText,
  change: Change,
  baseList: (() => Promise<ListAsItWas | undefined>) | undefined,
): Promise<(item: ItemBlock) => boolean> {
  if (!baseList || !change.removed || change.removed.length === 0) return () => false;
  const before = await baseList();
  if (!before) return () => false;
  // An empty line taken out took no text from a paper (its spacing is the blank-line rule's).
  const removed = new Set(change.removed.map((line) => line.trim()).filter((line) => line !== ''));
  const paperLines: Set<string>[] = [];
  for (const block of before.entries) {
    const lines = before.source.lines.slice(block.startLine - 1, block.endLine).map((line) => line.trim());
    if (!lines.some((line) => removed.has(line))) continue;
    if (parseEntry(before.source, block).kind !== 'paper') continue;
    for (const line of lines) if (removed.has(line)) paperLines.push(new Set(wordsOf(line)));
  }
  if (paperLines.length === 0) return () => false;
  return (item) => {
    for (let line = item.startLine; line <= item.endLine; line++) {
      if (!hasLine(change.changed, line)) continue;
      // A line of the item the change emptied, leaving its indent, is where it took the text out.
      if (line > item.startLine && /^[ \t]+$/.test(source.lines[line - 1])) return true;
      const words = wordsOf(source.lines[line - 1]);
      if (words.length > 0 && paperLines.some((was) => words.every((word) => was.has(word)))) return true;
    }
    return false;
  };
}

/**
 * The page's blocks, with every paragraph entry the change unmade still read as an entry. A paper
 * written as a paragraph (no list marker) is an entry by its opening title alone (bold, a link): a
 * change that took the title's bold or link out leaves a paragraph of prose, which no rule would
 * see. A paragraph the change opened with the words of a paper entry's first line it took out
 * (`**Title**` now `Title`) is segmented as the entry it was, for the rules to say what it lost; so
 * is one whose first line stays as a paper entry's was, the change having taken a later line's link
 * (`Title` over `**[CVPR'21]** **[[PDF]](…)**`, now without the PDF).
 */
async function segmentKeepingEntries(
  source: SourceText,
  change: Change,
  base: ReturnType<typeof baseReader>,
): Promise<Segments> {
  const segments = segment(source);
  if (!base || !change.removed || change.removed.length === 0) return segments;
  const inItem = lineSetFrom(segments.items.flatMap(linesOf));
  const outside = [...linesIn(change.changed, source.lines.length)].filter(
    (line) => !isBlank(source.lines[line - 1]) && !hasLine(inItem, line),
  );
  if (outside.length === 0) return segments;
  // Each changed line's paragraph start, found once a paragraph: the lines above a changed one in its
  // paragraph are mostly changed too, and walking up from each would be quadratic in its length.
  const starts = new Map<number, number>();
  const startOf = (line: number) => {
    let at = line;
    while (at > 1 && !isBlank(source.lines[at - 2])) {
      const known = starts.get(at - 1);
      if (known !== undefined) {
        at = known;
        break;
      }
      at--;
    }
    starts.set(line, at);
    return at;
  };
  const opened = outside.filter((line) => line === startOf(line));
  // A paragraph the change took a later line from (its links' line), its first line as it was.
  const continued = [...new Set(outside.filter((line) => line !== startOf(line)).map(startOf))];
  const before = await base.list();
  if (!before) return segments;
  const removed = new Set(change.removed.map((line) => line.trim()));
  const papers = before.entries.filter(
    (block) =>
      block.marker === '' &&
      before.source.lines
        .slice(block.startLine - 1, block.endLine)
        .some((line) => removed.has(line.trim())) &&
      parseEntry(before.source, block).kind === 'paper',
  );
  const firstLines = papers
    .filter((block) => removed.has(before.source.lines[block.startLine - 1].trim()))
    .map((block) => new Set(wordsOf(before.source.lines[block.startLine - 1])));
  const unmade = opened.filter((line) => {
    const words = wordsOf(source.lines[line - 1]);
    return words.length > 0 && firstLines.some((was) => words.every((word) => was.has(word)));
  });
  const kept = new Set(papers.map((block) => before.source.lines[block.startLine - 1].trim()));
  for (const line of continued) if (kept.has(source.lines[line - 1].trim())) unmade.push(line);
  return unmade.length > 0 ? segment(source, new Set(unmade)) : segments;
}

/** The lines of a set, up to the last line of the text. */
function* linesIn(set: LineSet, last: number): Generator<number> {
  for (const [from, to] of set.ranges) for (let line = from; line <= Math.min(to, last); line++) yield line;
}

/** Whether an entry lacks what marks a paper (its paper link, a bold title), or reads as no paper. */
function lacksItsMarks(entry: Entry): boolean {
  return (
    entry.kind === 'resource' ||
    !entry.title.bold ||
    (entry.title.url === undefined && !entry.links.some((link) => isPaperLink(link)))
  );
}

/** Sections of one paper each, at least, for a list to give its papers headings of their own. */
const MIN_PAPER_SECTIONS = 3;
/** The share of a list's sections with papers that must hold one each. */
const MOST_SECTIONS = 2 / 3;

/**
 * Whether an item's neighbours in its own section (one or two) are paper entries, and whether the
 * list reads the item itself as an entry.
 */
function papersAround(source: SourceText, entries: readonly ItemBlock[], items: readonly ItemBlock[]) {
  // The list's own blocks: an item its section vouches for is read as the list reads it.
  const listed = new Map(entries.map((block) => [block.startLine, block]));
  const indexOf = new Map(items.map((item, at) => [item.startLine, at]));
  // The first or last item of its section has one neighbour there.
  const around = (block: ItemBlock) => {
    const at = indexOf.get(block.startLine);
    return at === undefined
      ? []
      : [items[at - 1], items[at + 1]].filter(
          (other) => other !== undefined && sectionOf(other) === sectionOf(block),
        );
  };
  const isPaperBeside = (block: ItemBlock) => (other: ItemBlock) => {
    const listedOther = listed.get(other.startLine);
    return (
      listedOther !== undefined &&
      isListMarker(other.marker) === isListMarker(block.marker) &&
      parseEntry(source, listedOther).kind === 'paper'
    );
  };
  // A section with no paper but this one, in a list that gives its papers headings of their own (most
  // of its sections with papers hold one, over its link and notes on it): the notes around it are no
  // papers, and it was the section's.
  // The list's paper entries and how many each section holds, read once when an item asks.
  let papers: { blocks: readonly ItemBlock[]; perSection: Map<number, number> } | undefined;
  const listPapers = () => {
    if (papers === undefined) {
      const blocks = entries.filter((block) => parseEntry(source, block).kind === 'paper');
      papers = { blocks, perSection: entriesPerSection(blocks) };
    }
    return papers;
  };
  const papersHaveHeadings = () => {
    const counts = [...listPapers().perSection.values()];
    const ones = counts.filter((n) => n === 1).length;
    return ones >= MIN_PAPER_SECTIONS && ones >= MOST_SECTIONS * counts.length;
  };
  const aloneInSection = (block: ItemBlock) =>
    sectionOf(block) !== 0 &&
    papersHaveHeadings() &&
    !listPapers().blocks.some(
      (other) => other.startLine !== block.startLine && sectionOf(other) === sectionOf(block),
    );
  return Object.assign(
    (block: ItemBlock) => {
      const neighbours = around(block);
      return neighbours.length > 0 && neighbours.every(isPaperBeside(block));
    },
    {
      listed: (block: ItemBlock) => listed.has(block.startLine),
      /**
       * Whether a paper entry of its section is next to it (on either side), or no item of its kind
       * is (a paper alone under its heading, or a paragraph among its own summary's bullets), or no
       * paper is in its section at all (a paper's own heading over its link and its notes): there
       * no neighbour can say what it is.
       */
      beside: (block: ItemBlock) => {
        const neighbours = around(block);
        return (
          neighbours.some(isPaperBeside(block)) ||
          neighbours.every((other) => isListMarker(other.marker) !== isListMarker(block.marker)) ||
          aloneInSection(block)
        );
      },
    },
  );
}

function entriesPerSection(entries: readonly ItemBlock[]): Map<number, number> {
  const counts = new Map<number, number>();
  for (const block of entries) increment(counts, sectionOf(block));
  return counts;
}

/**
 * One rule reports at most MAX_PER_ENTRY problems in one entry, the last saying how many more there
 * are: a line with 100,000 glued badges gets a readable report, not 100,000 copies of the line.
 */
const MAX_PER_ENTRY = 10;

function capped(problems: readonly Problem[]): readonly Problem[] {
  if (problems.length <= MAX_PER_ENTRY) return problems;
  const last = problems[MAX_PER_ENTRY - 1];
  const more = problems.length - MAX_PER_ENTRY;
  return [
    ...problems.slice(0, MAX_PER_ENTRY - 1),
    { ...last, message: `${last.message} (And ${more} more like it in this entry.)` },
  ];
}

/** Whether the config's `ignore` (titles and arXiv ids, normalised) names the entry. */
export function isIgnored(entry: Entry, ignored: ReadonlySet<string>): boolean {
  if (ignored.size === 0) return false;
  return (
    ignored.has(normaliseTitle(entry.title.text)) ||
    entry.arxivIds.some((id) => ignored.has(normaliseTitle(id)))
  );
}
