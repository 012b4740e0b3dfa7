/**
 * Deciding what to post: which findings become inline comments (only on lines GitHub will accept),
 * which go in the review body, which earlier comments are now fixed, and whether a review is needed
 * at all. Pure: it sees findings and earlier comments, and returns what to send.
 */
import type { LineSet } from '../read/diff.js';
import { hasLine } from '../read/diff.js';
import type { Finding } from '../check/engine.js';
import type { Severity } from '../check/rules/types.js';
import type { SourceText } from '../read/text.js';
import { mergeFixes } from '../check/fix.js';
import { ruleDocUrl } from '../check/rules/index.js';
import { count } from '../report/format.js';
import { groupRepeated, repeatedMessage } from '../report/repeated.js';
import { codeSpan, hasDirectionControls, MAX_BODY, neutralize, suggestionBlock } from './markdown.js';
import { REVIEW_MARKER } from './marker.js';

export interface FileFindings {
  readonly path: string;
  readonly source: SourceText;
  readonly findings: readonly Finding[];
  /** Lines a review comment may sit on; undefined when GitHub shows no diff for the file. */
  readonly commentable: LineSet | undefined;
  /** Link to the list's contribution guide, if it has one. */
  readonly guideUrl?: string;
}

export interface EarlierComment {
  readonly id: number;
  readonly body: string;
  readonly path: string;
  /** When it was last edited: for a comment marked fixed, when that happened. */
  readonly updatedAt: string;
}

export interface EarlierReview {
  readonly body: string;
  readonly submittedAt: string;
}

/** What paperlint itself posted on this PR before (only its own posts: others' markers prove nothing). */
export interface Earlier {
  readonly comments: readonly EarlierComment[];
  readonly reviews: readonly EarlierReview[];
  /** Files this run could not read: their comments are neither fixed nor open. */
  readonly unread: ReadonlySet<string>;
  /**
   * GitHub listed only some of the PR's files: a comment on a file this run did not read may be on
   * one it could not find, so it is not fixed either.
   */
  readonly partlyListed: boolean;
  /** arXiv ids arXiv did not answer for: findings about them are unknown, neither fixed nor gone. */
  readonly unanswered: ReadonlySet<string>;
}

/** An earlier finding about a paper arXiv did not answer for this time: it stands as last reported. */
export interface CarriedFinding {
  readonly arxivId: string;
  readonly severity: Severity;
}

export interface PlanOptions {
  readonly suggestions: boolean;
  readonly maxComments: number;
  readonly headSha: string;
  readonly entriesChecked: number;
}

export interface PlannedComment {
  readonly path: string;
  readonly line: number;
  readonly startLine?: number;
  readonly body: string;
}

export interface ReviewPlan {
  /** Undefined when nothing is new: no review is posted. */
  readonly review: { readonly body: string; readonly comments: readonly PlannedComment[] } | undefined;
  /** The same review with every finding in the body, for when GitHub rejects an inline comment. */
  readonly bodyOnly: string;
  /** Earlier comments whose findings are gone, with their new text. */
  readonly fixed: readonly { readonly id: number; readonly body: string }[];
  readonly newFindings: number;
  /** Earlier findings about papers arXiv did not answer for: the last known word on them. */
  readonly carried: readonly CarriedFinding[];
}

const COMMENT_MARKER = /^<!-- paperlint fp=([0-9a-z.:/,-]+)( fixed)? -->/;
const BODY_MARKER = /<!-- paperlint reported=([0-9a-z.:/,-]*) -->/;
export { REVIEW_MARKER };

/** Whether a comment or review carries paperlint's markers (whoever wrote it). */
export function isPaperlintPost(body: string): boolean {
  return COMMENT_MARKER.test(body) || body.startsWith(REVIEW_MARKER);
}

/**
 * One finding in a marker: its fingerprint and, for a finding that depends on arXiv's answer, the
 * paper and severity (`<fingerprint>:e:2106.09685`), so a run that arXiv does not answer can keep it.
 */
interface Print {
  readonly hash: string;
  readonly arxiv?: { readonly id: string; readonly severity: Severity };
}

const PRINT = /^([0-9a-f]{16})(?::([ew]):([a-z0-9./-]+))?$/;

/** A marker's findings; undefined when any of them is malformed (then the marker is not paperlint's). */
function readPrints(list: string): Print[] | undefined {
  const prints: Print[] = [];
  for (const item of list.split(',')) {
    if (item === '') continue;
    const match = PRINT.exec(item);
    if (!match) return undefined;
    const [, hash, severity, id] = match;
    prints.push(id ? { hash, arxiv: { id, severity: severity === 'e' ? 'error' : 'warning' } } : { hash });
  }
  return prints;
}

function writePrint({ hash, arxiv }: Print): string {
  return arxiv ? `${hash}:${arxiv.severity[0]}:${arxiv.id}` : hash;
}

/** FNV-1a, twice with different seeds: a short stable id, not a security boundary. */
function hash(text: string): string {
  const fnv = (seed: number) => {
    let h = seed >>> 0;
    for (let i = 0; i < text.length; i++) {
      h ^= text.charCodeAt(i);
      h = Math.imul(h, 0x01000193) >>> 0;
    }
    return h.toString(16).padStart(8, '0');
  };
  return fnv(0x811c9dc5) + fnv(0x050c5d1f);
}

/**
 * A finding's identity across pushes: what it is about. The file, the rule, the entry (arXiv id or
 * title), the part of the entry it is on, and its subject: the message without its numbers (line
 * numbers, dates, counts change when nothing about the finding does). Never its line, or its rank
 * among other findings: fixing one of two must not make the other look fixed.
 */
function fingerprint(finding: Finding): Print {
  const subject = finding.message.replace(/\d+/g, '');
  const hashed = hash([finding.path, finding.rule, finding.entryKey, finding.part, subject].join('\u0000'));
  const paper = /^arxiv:(.+)$/.exec(finding.entryKey)?.[1];
  return finding.rule === 'arxiv-metadata' && paper !== undefined && /^[a-z0-9./-]+$/.test(paper)
    ? { hash: hashed, arxiv: { id: paper, severity: finding.severity } }
    : { hash: hashed };
}

interface Located {
  readonly file: FileFindings;
  readonly finding: Finding;
  readonly print: Print;
}

export function planReview(
  files: readonly FileFindings[],
  earlier: Earlier,
  options: PlanOptions,
): ReviewPlan {
  const all: Located[] = files.flatMap((file) =>
    file.findings.map((finding) => ({ file, finding, print: fingerprint(finding) })),
  );
  const current = new Set(all.map((item) => item.print.hash));
  const read = new Set(files.map((file) => file.path));
  const unknown = (print: Print) => print.arxiv !== undefined && earlier.unanswered.has(print.arxiv.id);
  // A file this run could not read, or may not have found, proves nothing fixed.
  const checkedNow = (path: string) => !earlier.unread.has(path) && (read.has(path) || !earlier.partlyListed);

  // A finding is known (not reported again) while a comment about it is open, or when a review
  // reported it after the last time it was marked fixed: a finding that comes back is new again.
  const open = new Map<number, { comment: EarlierComment; prints: Print[] }>();
  const fixedAt = new Map<string, number>();
  const known = new Map<string, Print>();
  for (const comment of earlier.comments) {
    const marker = COMMENT_MARKER.exec(comment.body);
    const prints = marker ? readPrints(marker[1]) : undefined;
    if (!marker || !prints) continue;
    if (marker[2]) {
      const when = Date.parse(comment.updatedAt);
      for (const { hash } of prints) fixedAt.set(hash, Math.max(when, fixedAt.get(hash) ?? -Infinity));
      continue;
    }
    for (const print of prints) known.set(print.hash, print);
    if (checkedNow(comment.path)) open.set(comment.id, { comment, prints });
  }
  for (const review of earlier.reviews) {
    const when = Date.parse(review.submittedAt);
    const marker = BODY_MARKER.exec(review.body);
    for (const print of (marker && readPrints(marker[1])) ?? []) {
      if (!(when <= (fixedAt.get(print.hash) ?? -Infinity))) known.set(print.hash, print);
    }
  }

  // What arXiv did not answer for is neither fixed nor gone: its last known findings stand.
  const carried = [...known.values()]
    .filter((print) => unknown(print) && !current.has(print.hash))
    .map((print) => ({ arxivId: print.arxiv!.id, severity: print.arxiv!.severity }));

  const fixed = [...open.values()]
    .filter(({ prints }) => prints.every((print) => !current.has(print.hash) && !unknown(print)))
    .map(({ comment, prints }) => {
      const thanks = `<!-- paperlint fp=${prints.map(writePrint).join(',')} fixed -->\n**Fixed** in ${options.headSha.slice(0, 7)}, thank you!`;
      const rest = comment.body.replace(COMMENT_MARKER, '').trimStart();
      const quoted = `${thanks}\n\n<details><summary>Earlier comment</summary>\n\n${rest}\n\n</details>`;
      // The earlier comment is quoted whole or not at all: half of it could leave a fence open.
      return { id: comment.id, body: quoted.length <= MAX_BODY ? quoted : thanks };
    });

  // A deviation repeated across entries is one line of the body, known by a fingerprint of its own
  // (what it is, not which entries: one more such entry later is the same news).
  const { repeated, single } = groupRepeated(all, (item) => item.finding);
  const freshRepeated = repeated
    .map((group) => ({ group, print: { hash: hash(`repeated\u0000${group.key}`) } }))
    .filter(({ print }) => !known.has(print.hash));
  const repeatedLines: BodyLine[] = freshRepeated.map(({ group, print }) => {
    const findings = group.items.map((item) => item.finding);
    return {
      text: bodyLine(group.items[0].file, { ...findings[0], message: repeatedMessage(findings) }),
      print,
    };
  });
  const fresh = single.filter((item) => !known.has(item.print.hash));
  const groups = groupByLines(fresh);
  const inline: PlannedComment[] = [];
  const inBody: Located[] = [];
  for (const group of groups) {
    const { file } = group.items[0];
    const anchored =
      file.commentable !== undefined &&
      Array.from({ length: group.end - group.start + 1 }, (_, i) => group.start + i).every((line) =>
        hasLine(file.commentable!, line),
      );
    if (anchored && inline.length < options.maxComments) {
      inline.push(commentFor(group, options.suggestions));
    } else {
      inBody.push(...group.items);
    }
  }

  const totals = {
    errors: all.filter((item) => item.finding.severity === 'error').length,
    warnings: all.filter((item) => item.finding.severity === 'warning').length,
  };
  const guide = files.find((file) => file.guideUrl)?.guideUrl;
  const located = (items: readonly Located[]) =>
    items.map((item) => ({ text: bodyLine(item.file, item.finding), print: item.print }));
  const body = reviewBody(
    totals,
    options.entriesChecked,
    inline.length,
    [...repeatedLines, ...located(inBody)],
    guide,
  );
  const bodyOnly = reviewBody(
    totals,
    options.entriesChecked,
    0,
    [...repeatedLines, ...located(fresh)],
    guide,
  );
  const newFindings = fresh.length + freshRepeated.reduce((sum, { group }) => sum + group.items.length, 0);
  return {
    review: newFindings > 0 ? { body, comments: inline } : undefined,
    bodyOnly,
    fixed,
    newFindings,
    carried,
  };
}

interface Group {
  readonly start: number;
  readonly end: number;
  readonly items: Located[];
}

/**
 * Findings whose lines (and fixes' lines) overlap share one comment, so their suggestions do not
 * clash. One sort and one sweep per file: linear after the sort, however many findings there are.
 */
function groupByLines(items: readonly Located[]): Group[] {
  const spans = items.map((item, order) => {
    const { finding } = item;
    const start = Math.min(finding.line, finding.fix?.line ?? finding.line);
    const end = Math.max(finding.endLine, finding.fix?.endLine ?? finding.endLine);
    return { item, order, start, end };
  });
  const files = new Map(items.map((item, i) => [item.file, i]));
  spans.sort(
    (a, b) => files.get(a.item.file)! - files.get(b.item.file)! || a.start - b.start || a.order - b.order,
  );
  const groups: { start: number; end: number; spans: typeof spans }[] = [];
  for (const span of spans) {
    const last = groups[groups.length - 1];
    if (last && last.spans[0].item.file === span.item.file && span.start <= last.end) {
      last.end = Math.max(last.end, span.end);
      last.spans.push(span);
    } else {
      groups.push({ start: span.start, end: span.end, spans: [span] });
    }
  }
  // Comments, and findings within one, keep the findings' own order (file, then line).
  const ordered = (group: (typeof groups)[number]) => group.spans.sort((a, b) => a.order - b.order);
  return groups
    .map((group) => ({
      start: group.start,
      end: group.end,
      first: ordered(group)[0].order,
      spans: group.spans,
    }))
    .sort((a, b) => a.first - b.first)
    .map((group) => ({ start: group.start, end: group.end, items: group.spans.map((span) => span.item) }));
}

function describe(finding: Finding): string {
  return `**${finding.severity === 'error' ? 'Error' : 'Warning'}** · ${neutralize(finding.message)} ([${finding.rule}](${ruleDocUrl(finding.rule)}))`;
}

/**
 * As many of `lines` as fit in `budget` characters (each costing its length, a newline and
 * `extra(i)`), whole lines only, and a note saying how many were left out.
 */
function fitLines(
  lines: readonly string[],
  budget: number,
  more: (left: number) => string,
  extra: (index: number) => number = () => 0,
): { lines: string[]; count: number } {
  const reserve = more(lines.length).length + 1;
  let used = 0;
  let count = 0;
  while (count < lines.length) {
    const cost = lines[count].length + 1 + extra(count);
    const last = count === lines.length - 1;
    if (used + cost > budget - (last ? 0 : reserve)) break;
    used += cost;
    count++;
  }
  const kept = lines.slice(0, count);
  return { lines: count < lines.length ? [...kept, more(lines.length - count)] : kept, count };
}

const NO_ROOM_FOR_FIX =
  '_No one-click fix: the fixed line is too long for a GitHub comment; please edit it by hand._';

function commentFor(group: Group, suggestions: boolean): PlannedComment {
  const { file } = group.items[0];
  const marker = `<!-- paperlint fp=${group.items.map((item) => writePrint(item.print)).join(',')} -->`;
  const fixes = group.items.flatMap((item) => (item.finding.fix ? [item.finding.fix] : []));
  const merged =
    suggestions && fixes.length > 0 ? mergeFixes(file.source, group.start, group.end, fixes) : undefined;
  let fix: string | undefined;
  if (merged !== undefined && hasDirectionControls(merged)) {
    // A suggestion is the line's real text, so these cannot be stripped; shown, they could make the
    // suggested line read other than it is. Better no one-click fix than a misleading one.
    fix = '_No one-click fix: the line holds invisible text-direction characters; please edit it by hand._';
  } else if (merged !== undefined) {
    fix = suggestionBlock(merged);
  }
  // A suggestion is committed as it stands, so it goes in whole or not at all: cut, it would write
  // the cut into the list. The findings are kept either way.
  const room = (tail: string) => MAX_BODY - marker.length - 1 - (tail ? tail.length + 2 : 0);
  const describeAll = (tail: string) =>
    fitLines(
      group.items.map((item) => `- ${describe(item.finding)}`),
      room(tail),
      (left) => `- _…and ${count(left, 'more finding')} on these lines._`,
    ).lines;
  if (fix !== undefined && room(fix) < 1000) fix = NO_ROOM_FOR_FIX;
  const parts = [marker, ...describeAll(fix ?? ''), ...(fix !== undefined ? ['', fix] : [])];
  return {
    path: file.path,
    line: group.end,
    ...(group.start < group.end ? { startLine: group.start } : {}),
    body: parts.join('\n'),
  };
}

/** A line of the review body, and the fingerprint that marks it reported. */
interface BodyLine {
  readonly text: string;
  readonly print: Print;
}

/** A finding in the review body: where it is, and what to do. */
function bodyLine(file: FileFindings, finding: Finding): string {
  return `- ${codeSpan(file.path)} line ${finding.line}: ${describe(finding)}`;
}

function reviewBody(
  totals: { errors: number; warnings: number },
  checked: number,
  inlineCount: number,
  inBody: readonly BodyLine[],
  guide: string | undefined,
): string {
  const head = [
    REVIEW_MARKER,
    '### paperlint',
    '',
    `Thanks for adding to the list! I checked ${count(checked, 'entry', 'entries')} this PR touches and found ` +
      `${count(totals.errors, 'error')} and ${count(totals.warnings, 'warning')}.` +
      (inlineCount > 0
        ? ` ${count(inlineCount, 'comment')} below point at the lines, with one-click fixes where there is one.`
        : ''),
  ];
  const intro = inBody.length > 0 ? ['', inlineCount > 0 ? 'Also to change:' : 'What to change:'] : [];
  const tail = ['', guide ? `The list's [contribution guide](${guide}) has the details.` : ''];
  // Bounded by construction: every listed finding pays for its line and its fingerprint in the
  // marker, and only what is listed is marked reported (the rest is reported by a later review).
  const fixedPart = [...head, ...intro, ...tail].join('\n').length + '\n<!-- paperlint reported= -->'.length;
  const listed = fitLines(
    inBody.map((line) => line.text),
    MAX_BODY - fixedPart - 1,
    (left) => `- _…and ${count(left, 'more finding')}: see the job summary._`,
    (i) => writePrint(inBody[i].print).length + 1,
  );
  const reported = inBody.slice(0, listed.count).map((line) => writePrint(line.print));
  return [
    ...head,
    ...intro,
    ...listed.lines,
    ...tail,
    `<!-- paperlint reported=${reported.join(',')} -->`,
  ].join('\n');
}
