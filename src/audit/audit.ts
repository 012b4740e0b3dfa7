/**
 * The whole-list audit: every rule over every entry (the engine's whole-file mode, duplicates
 * across the list included), and what only the world outside the list can tell: papers published
 * since (arXiv, Semantic Scholar), papers withdrawn, links dead or moved. Every fix it offers is
 * certain from its source and checked against the entry's rendering; everything else is reported
 * without one. I/O only through the services it is given.
 */
import type { PaperLookup, PaperRecord } from '../arxiv/record.js';
import { isWithdrawn } from '../arxiv/record.js';
import { applyFixes, smallestEdit } from '../check/fix.js';
import { count } from '../report/format.js';
import { isIgnored, lint, partOf, type Finding, type Settings } from '../check/engine.js';
import { code } from '../check/rules/edit.js';
import { suppression } from '../check/suppression.js';
import type { Convention } from '../grammar/convention.js';
import type { Fix } from '../check/rules/types.js';
import { normaliseTitle, parseEntry, type Entry, type Link } from '../grammar/entry.js';
import { parseArxivUrl } from '../read/links.js';
import { findPaperList } from '../grammar/list.js';
import { checkableUrl, type Hop, type LinkChecker, type LinkVerdict } from '../links/checker.js';
import { entryReader, exactBudget } from '../read/reader.js';
import { segment, type ItemBlock } from '../read/segment.js';
import type { SourceText } from '../read/text.js';
import type { ScholarLookup, ScholarPaper } from '../scholar/client.js';
import type { AuditFinding } from './checks.js';
import { keepsListForm, keepsRendering, type ReadText } from './guard.js';
import { learnGrammar, type Grammar } from '../grammar/grammar.js';
import { recordPublication, scholarPublication, type Appearance, type Publication } from './published.js';
import { venueEdit, venueState, venueStyle, type VenueStyle } from './venue.js';
import { increment } from '../count.js';

export interface AuditServices {
  /** arXiv's records (`--arxiv`): the rules' arXiv check, published since, withdrawn. */
  readonly papers?: PaperLookup;
  /** Semantic Scholar (`--scholar`): where papers appeared, when arXiv does not say. */
  readonly scholar?: ScholarLookup;
  /** The link checker (`--links`). */
  readonly links?: LinkChecker;
  /** Progress and notices. */
  readonly say?: (message: string) => void;
}

/** A link the audit could not settle, and why: never reported as dead. */
export interface UncheckedLink {
  readonly path: string;
  readonly line: number;
  readonly url: string;
  readonly reason: string;
  readonly title: string;
}

export interface AuditResult {
  readonly path: string;
  readonly source: SourceText;
  readonly findings: readonly AuditFinding[];
  readonly unchecked: readonly UncheckedLink[];
  readonly entries: number;
  readonly checked: number;
  readonly readExactly: number;
  readonly convention: Convention;
}

export interface AuditInput {
  readonly path: string;
  readonly text: string;
  readonly settings?: Settings;
}

/**
 * What one pass of an audit learnt that the next (over the fixed text) need not ask again, and the
 * list's grammar as it was first read: fixes are held to it, never to what earlier fixes made.
 */
export interface AuditMemory {
  readonly links: Map<string, LinkVerdict>;
  grammar?: Grammar;
}

export const auditMemory = (): AuditMemory => ({ links: new Map() });

interface ReadEntry {
  readonly block: ItemBlock;
  readonly entry: Entry;
  /** Its place among the list's entries: fixes move lines, never entries. */
  readonly rank: number;
}

/**
 * What mdast may read in one audit pass. A review's budget (2 M characters) keeps a hostile PR from
 * stalling it; an audit reads a whole list its maintainers wrote, and checks its fixes too: ten
 * times as much, a few seconds of parsing at worst.
 */
const AUDIT_EXACT_BUDGET = 20_000_000;

/** A link that can be written over: its target as written in the text is the one the parser read. */
const PLAIN_DESTINATION = /^[\w\-.~:/?#@!$&'*+,;=%]+$/;

export async function audit(
  input: AuditInput,
  services: AuditServices = {},
  memory: AuditMemory = auditMemory(),
): Promise<AuditResult> {
  const settings = input.settings ?? {};
  const budget = exactBudget(AUDIT_EXACT_BUDGET);
  const linted = await lint({
    path: input.path,
    text: input.text,
    settings,
    papers: services.papers,
    exactBudget: budget,
  });
  const { source } = linted;
  const segments = segment(source);
  const list = findPaperList(source, segments, settings.sections);
  const ignored = new Set((settings.ignore ?? []).map((item) => normaliseTitle(item)));
  const suppressed = suppression(segments.directives);
  const reader = entryReader(source, segments.definitions, budget);
  const entries: ReadEntry[] = [];
  for (const block of list.entries) {
    const entry = parseEntry(source, block, await reader.view(block));
    if (!isIgnored(entry, ignored)) entries.push({ block, entry, rank: entries.length });
  }
  const papers = entries.filter(({ entry }) => entry.kind === 'paper' && entry.arxivIds.length > 0);
  // The engine asked for these already: the client answers from what it knows.
  const records: ReadonlyMap<string, PaperRecord | null> = services.papers
    ? await services.papers([...new Set(papers.map(({ entry }) => entry.arxivIds[0]))])
    : new Map();

  const context: Context = {
    path: input.path,
    source,
    suppressed,
    text: { source, definitions: segments.definitions, reader },
  };
  const grammar = (memory.grammar ??= learnGrammar(
    source,
    entries.filter(({ entry }) => entry.kind === 'paper').map(({ entry }) => entry),
  ));
  const found: AuditFinding[] = [
    ...linted.findings.map((finding) => withSource(finding, entryAt(entries, finding.line), records)),
    ...withdrawn(papers, records, context),
    ...(await published(
      papers,
      records,
      services.scholar,
      venueStyle(
        source,
        entries.map((e) => e.entry),
      ),
      context,
    )),
  ];
  const unchecked: UncheckedLink[] = [];
  if (services.links) {
    const checked = await linkFindings(entries, services.links, memory, context, services.say);
    found.push(...checked.findings);
    unchecked.push(...checked.unchecked);
  }
  // A publication is written in the place and shape of the entry's own preprint mark (venueEdit);
  // every other fix, a rule's included, is held to the list's form as its grammar reads it: an
  // entry's fixes are kept together, if together they leave it written as the list writes.
  const fixing = new Map<ReadEntry, Fix[]>();
  for (const finding of found) {
    const read = finding.fix && finding.rule !== 'published' ? entryAt(entries, finding.line) : undefined;
    if (read) fixing.set(read, [...(fixing.get(read) ?? []), finding.fix!]);
  }
  const unsure = new Set<Fix>();
  for (const [read, fixes] of fixing) {
    if (!(await keepsListForm(context.text, grammar, read.block, read.entry, fixes)))
      fixes.forEach((fix) => unsure.add(fix));
  }
  const findings = found.map((finding) =>
    finding.fix && unsure.has(finding.fix) ? { ...finding, fix: null } : finding,
  );
  findings.sort((a, b) => a.line - b.line || a.column - b.column || a.rule.localeCompare(b.rule));
  return {
    path: input.path,
    source,
    findings,
    unchecked,
    entries: linted.entries,
    checked: linted.checked,
    readExactly: linted.readExactly,
    convention: linted.convention,
  };
}

interface Context {
  readonly path: string;
  readonly source: SourceText;
  readonly suppressed: (check: string, line: number, entry: Entry) => boolean;
  /** The list as read, for checking fixes: its reference definitions, the reader and its mdast budget. */
  readonly text: ReadText;
}

/** The entry whose lines hold `line` (entries are in file order). */
function entryAt(entries: readonly ReadEntry[], line: number): ReadEntry | undefined {
  let lo = 0;
  let hi = entries.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const { block } = entries[mid];
    if (block.endLine < line) lo = mid + 1;
    else if (block.startLine > line) hi = mid - 1;
    else return entries[mid];
  }
  return undefined;
}

/** A rule's finding, with the entry it is about and what it rests on. */
function withSource(
  finding: Finding,
  read: ReadEntry | undefined,
  records: ReadonlyMap<string, PaperRecord | null>,
): AuditFinding {
  const entry = read?.entry;
  const id = entry?.arxivIds[0];
  const record = id === undefined ? undefined : records.get(id);
  // A title that differs from the record's is checked against the latest version: it names it.
  const latest = record?.updated ? `, its latest version (${record.updated.slice(0, 10)})` : '';
  const source =
    finding.rule === 'arxiv-metadata'
      ? record
        ? `arXiv ${record.id}${record.version}${latest}`
        : 'arXiv'
      : finding.rule === 'duplicate'
        ? 'the list itself'
        : "the list's house style";
  return { ...finding, rank: read?.rank ?? -1, title: entry?.title.text ?? '', source };
}

function finding(
  context: Context,
  { entry, rank }: ReadEntry,
  at: { line: number; column: number },
  rule: AuditFinding['rule'],
  message: string,
  source: string,
  fix: AuditFinding['fix'] = null,
): AuditFinding {
  return {
    path: context.path,
    line: at.line,
    column: at.column,
    endLine: at.line,
    rule,
    severity: 'warning',
    message,
    fix,
    entryKey: entry.key,
    part: partOf(entry, at.line),
    rank,
    title: entry.title.text,
    source,
  };
}

function withdrawn(
  papers: readonly ReadEntry[],
  records: ReadonlyMap<string, PaperRecord | null>,
  context: Context,
): AuditFinding[] {
  return papers.flatMap((read) => {
    const { entry } = read;
    const record = records.get(entry.arxivIds[0]);
    if (!record || !isWithdrawn(record) || context.suppressed('arxiv-withdrawn', entry.title.line, entry)) {
      return [];
    }
    const comment = record.comment ?? '';
    return [
      finding(
        context,
        read,
        entry.title,
        'arxiv-withdrawn',
        `arXiv's latest version of this paper (${record.version || 'v1'}) withdraws it: ${code(comment)}. Check that it still belongs in the list.`,
        `arXiv ${record.id}${record.version}: comment "${comment}"`,
      ),
    ];
  });
}

/** Where a paper appeared: arXiv's word first, Semantic Scholar's when arXiv names no venue. */
function publicationOf(
  id: string,
  record: PaperRecord | null | undefined,
  scholar: ReadonlyMap<string, ScholarPaper | null>,
): Publication | Appearance | undefined {
  const fromArxiv = record ? recordPublication(record) : undefined;
  if (fromArxiv?.venue !== undefined) return fromArxiv;
  const paper = scholar.get(id);
  const fromScholar = paper ? scholarPublication(id, paper) : undefined;
  return fromScholar?.venue !== undefined ? fromScholar : (fromArxiv ?? fromScholar);
}

async function published(
  papers: readonly ReadEntry[],
  records: ReadonlyMap<string, PaperRecord | null>,
  scholar: ScholarLookup | undefined,
  style: VenueStyle,
  context: Context,
): Promise<AuditFinding[]> {
  const candidates = papers
    .map((read) => ({ ...read, state: venueState(read.entry, context.source) }))
    .filter(({ state }) => state === 'preprint' || (state === 'none' && style.writesVenues));
  const askScholar = candidates
    .map(({ entry }) => entry.arxivIds[0])
    .filter((id) => {
      const record = records.get(id);
      return !(record && recordPublication(record)?.venue !== undefined);
    });
  const scholarPapers = scholar && askScholar.length > 0 ? await scholar(askScholar) : new Map();
  const found: AuditFinding[] = [];
  for (const read of candidates) {
    const { block, entry, state } = read;
    const id = entry.arxivIds[0];
    const publication = publicationOf(id, records.get(id), scholarPapers);
    if (!publication || context.suppressed('published', entry.title.line, entry)) continue;
    const named = publication.venue === undefined ? undefined : `${publication.venue} ${publication.year}`;
    const where = state === 'preprint' ? 'the entry still calls it a preprint' : 'the entry names no venue';
    if (named === undefined) {
      const message = `This paper has appeared (${publication.source}), but ${where}: write where it appeared.`;
      found.push(finding(context, read, entry.title, 'published', message, publication.source));
      continue;
    }
    const edit =
      state === 'preprint'
        ? venueEdit(entry, publication as Publication, { source: context.source, style })
        : undefined;
    const certain =
      edit !== undefined &&
      (await keepsRendering(context.text, block, entry, edit.fix, {
        kind: 'words',
        from: edit.from,
        to: edit.to,
      }));
    const message = certain
      ? `Published since in ${named}: write ${code(edit.to)} for ${code(edit.from)}.`
      : `Published since in ${named}, but ${where}, in a form paperlint does not rewrite: write it as the list does.`;
    const at = certain ? { line: edit.fix.line, column: edit.column } : entry.title;
    found.push(
      finding(context, read, at, 'published', message, publication.source, certain ? edit.fix : null),
    );
  }
  return found;
}

/** `HEAD https://a → 301, HEAD https://b → 200`: the answers a verdict rests on. */
function hopsText(hops: readonly Hop[]): string {
  return hops.map((hop) => `${hop.method} ${hop.url} → ${hop.status}`).join(', ');
}

function verdictSource(verdict: LinkVerdict): string {
  const answers = verdict.hops.length > 0 ? hopsText(verdict.hops) : '';
  const reason = verdict.kind === 'dead' || verdict.kind === 'unchecked' ? verdict.reason : '';
  const when =
    verdict.cachedAt === undefined
      ? ''
      : ` (checked ${new Date(verdict.cachedAt).toISOString().slice(0, 10)})`;
  return `${[answers, reason].filter(Boolean).join('; ')}${when}`;
}

async function linkFindings(
  entries: readonly ReadEntry[],
  checker: LinkChecker,
  memory: AuditMemory,
  context: Context,
  say: ((message: string) => void) | undefined,
): Promise<{ findings: AuditFinding[]; unchecked: UncheckedLink[] }> {
  // arXiv's own links are checked through its API (`--arxiv`), never by crawling arxiv.org.
  const targets = entries.flatMap((read) =>
    read.entry.links
      .filter((link) => checkableUrl(link.url) !== undefined && parseArxivUrl(link.url) === undefined)
      .map((link) => ({ ...read, link, url: link.url.trim() })),
  );
  const asked = [...new Set(targets.map(({ url }) => url))].filter((url) => !memory.links.has(url));
  if (asked.length > 0) {
    const hosts = new Set(asked.map((url) => checkableUrl(url)!.host)).size;
    say?.(`Checking ${count(asked.length, 'link')} on ${count(hosts, 'site')}.`);
    for (const [url, verdict] of await checker.check(asked)) memory.links.set(url, verdict);
  }
  const findings: AuditFinding[] = [];
  const unchecked: UncheckedLink[] = [];
  for (const target of targets) {
    const { block, entry, link, url } = target;
    const verdict = memory.links.get(url);
    if (!verdict || verdict.kind === 'ok') continue;
    const at = { line: link.line, column: link.urlColumn };
    if (verdict.kind === 'unchecked') {
      unchecked.push({
        path: context.path,
        line: link.line,
        url,
        reason: verdict.reason,
        title: entry.title.text,
      });
      continue;
    }
    const check = verdict.kind === 'dead' ? 'link-dead' : 'link-moved';
    if (context.suppressed(check, link.line, entry)) continue;
    const source = verdictSource(verdict);
    if (verdict.kind === 'dead') {
      const message = `This link is dead (${verdict.reason}): ${code(url)}. Find where the page went, or remove the link.`;
      findings.push(finding(context, target, at, 'link-dead', message, source));
      continue;
    }
    const fix =
      verdict.doubt === undefined ? await movedFix(context.text, block, entry, link, verdict.to) : null;
    // The new URL is known to answer: the next pass need not ask it.
    if (fix) memory.links.set(verdict.to, { kind: 'ok', hops: [] });
    const message = fix
      ? `This link has moved for good: write ${code(verdict.to)}.`
      : `This link redirects for good to ${code(verdict.to)}${verdict.doubt ? `, but ${verdict.doubt}` : ''}: check it by hand.`;
    findings.push(finding(context, target, at, 'link-moved', message, source, fix));
  }
  return { findings, unchecked };
}

/** The fix that writes a moved link's new URL over the old one, where that is a plain edit of its target. */
async function movedFix(
  read: ReadText,
  block: ItemBlock,
  entry: Entry,
  link: Link,
  to: string,
): Promise<AuditFinding['fix']> {
  const text = read.source.lines[link.line - 1];
  const written = text.slice(link.urlColumn - 1, link.urlEndColumn - 1);
  if (written !== link.url || !PLAIN_DESTINATION.test(written) || !PLAIN_DESTINATION.test(to)) return null;
  const fix = {
    line: link.line,
    endLine: link.line,
    replacement: text.slice(0, link.urlColumn - 1) + to + text.slice(link.urlEndColumn - 1),
  };
  return (await keepsRendering(read, block, entry, fix, { kind: 'link-target', url: to })) ? fix : null;
}

const MAX_FIX_PASSES = 5;

export interface FixedAudit {
  /** The audit of the text as given. */
  readonly first: AuditResult;
  /** The audit of the fixed text: what is left. */
  readonly final: AuditResult;
  /** The fixed text. */
  readonly text: string;
  /** Each change made, as the finding that asked for it. */
  readonly changes: readonly AuditChange[];
}

/** A change the audit made: the finding that asked for it, and the text it replaced and wrote. */
export interface AuditChange extends AuditFinding {
  readonly removed: string;
  readonly inserted: string;
}

/**
 * The audit, and its fixes applied until none is left (one can reveal another: a re-indented line
 * may then need its empty line), with the style held as it was read: fixes must not move it.
 */
export async function auditAndFix(input: AuditInput, services: AuditServices = {}): Promise<FixedAudit> {
  const memory = auditMemory();
  const first = await audit(input, services, memory);
  const held: Settings = { ...input.settings, style: first.convention };
  const changes: AuditChange[] = [];
  let result = first;
  let text = input.text;
  for (let pass = 0; pass < MAX_FIX_PASSES; pass++) {
    const fixing = result.findings.filter((f) => f.fix !== null);
    if (fixing.length === 0) break;
    text = applyFixes(
      text,
      fixing.map((f) => f.fix!),
    ).text;
    const next = await audit({ ...input, text, settings: held }, services, memory);
    changes.push(...gone(fixing, next.findings).map((f) => asChange(result.source, f)));
    result = next;
  }
  return { first, final: result, text, changes };
}

function asChange(source: SourceText, finding: AuditFinding): AuditChange {
  const fix = finding.fix!;
  const original = source.lines.slice(fix.line - 1, fix.endLine).join('\n');
  const edit = smallestEdit(original, fix.replacement);
  return { ...finding, removed: original.slice(edit.from, edit.to), inserted: edit.text };
}

/** The findings of `before` that `after` no longer has (by entry, check and message). */
function gone(before: readonly AuditFinding[], after: readonly AuditFinding[]): AuditFinding[] {
  const key = (f: AuditFinding) => `${f.rank}\u0000${f.rule}\u0000${f.message}`;
  const left = new Map<string, number>();
  for (const f of after) increment(left, key(f));
  return before.filter((f) => {
    const count = left.get(key(f)) ?? 0;
    if (count > 0) left.set(key(f), count - 1);
    return count === 0;
  });
}
