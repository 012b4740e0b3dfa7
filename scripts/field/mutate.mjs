/**
 * Mutation recall for `npm run field`: find the conventions a list keeps (in ≥ 90% of the paper
 * entries the independent counter finds) and break exactly one of them in one seeded random entry.
 * Shares no code with src/.
 */
import { isPaperLink, linksOf, normaliseTitle, PAPER_HOST, PAPER_ITSELF } from './count.mjs';

export const KINDS = [
  'abs-pdf',
  'remove-link',
  'empty-link',
  'unbold',
  'blank-line',
  'indent',
  'badges',
  'duplicate',
];

export const KEPT = 0.9;
const MIN_ENTRIES = 10;
/**
 * A convention most of a list keeps but its newest entries have left (the latest fifth of those with
 * an arXiv id, by the id's month: where the list is going) is one it no longer keeps: breaking it
 * in one entry is what its recent entries do. They keep it when this share of them shows it.
 */
const NEWEST_SHARE = 0.2;
const MIN_NEWEST = 5;
const NEWEST_KEEP = 2 / 3;
/** Two papers or more under two sections are the list's habit (one may be a slip). */
const CROSS_LISTING_HABIT = 2;

/** A small seeded PRNG (mulberry32) from a string. */
export function random(seedText) {
  let h = 1779033703;
  for (const ch of seedText) h = Math.imul(h ^ ch.charCodeAt(0), 3432918353);
  let a = (h ^ (h >>> 16)) >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const ARXIV_LINK = /arxiv\.org\/(abs|pdf)\/([^\s)>\]"']+)/i;
const BOLD = /\*\*([^*\n]+?)\*\*|__([^_\n]+?)__/g;
/**
 * An entry's first bold span that is not a tag in brackets (`**[arXiv' 20]**`, `**[ICCV 2021]**`,
 * a venue or a date): its title, when bold.
 */
const boldTitle = (text) => [...text.matchAll(BOLD)].find((m) => !/^\[.*\]$/.test((m[1] ?? m[2]).trim()));
const wordCount = (text) => (text.match(/[\p{L}\p{N}]+/gu) ?? []).length;
const badgeTokens = (text) =>
  linksOf(text).filter(
    (link) =>
      !link.inside &&
      ((link.kind === 'md' && link.label.trim().startsWith('![')) ||
        (link.kind === 'image' && text.slice(link.start, link.start + 2) === '![')),
  );
const htmlBadges = (text) => [
  ...text.matchAll(/<img\b[^>]*src=["'][^"']*(?:shields\.io|badge)[^"']*["'][^>]*>/gi),
];
const hasBadge = (text) => badgeTokens(text).length > 0 || htmlBadges(text).length > 0;
/** Paper links a reader clicks (a badge's link is a badge: see 'badges'). */
const paperLinks = (text) =>
  linksOf(text).filter((link) => isPaperLink(link) && !link.inside && !link.label.trim().startsWith('!['));
/** A link that is the paper itself: to a paper's host, or labelled as the paper (a `[link]` may be a demo's page). */
const isThePaper = (link) => PAPER_HOST.test(link.url) || PAPER_ITSELF.test(link.label);

/** When an entry's paper appeared, by its first arXiv id (YYMM), else undefined. */
const monthOf = (entry) => {
  const id = entry.arxiv.find((one) => /^\d{4}\./.test(one));
  return id === undefined ? undefined : Number(id.slice(0, 4));
};

/** Which entries are the list's newest: the latest fifth of those with an arXiv id. */
function newestOf(entries) {
  const months = entries.flatMap((entry) => monthOf(entry) ?? []).sort((a, b) => b - a);
  if (months.length === 0) return () => false;
  const from = months[Math.max(0, Math.ceil(months.length * NEWEST_SHARE) - 1)];
  return (entry) => (monthOf(entry) ?? -Infinity) >= from;
}

/** An entry's section: the path of its headings (`2022 > ICML` is not `2025 > ICML`). */
const sectionPath = (entry) => entry.section.join('\n');

/** Whether a non-blank line less indented than the entry stands between two entries (a topic item). */
function shallowerBetween(lines, entry, other) {
  const from = Math.min(entry.start, other.start);
  const to = Math.max(entry.end, other.end);
  for (let at = from; at <= to; at++) {
    const line = lines[at - 1] ?? '';
    if (line.trim() !== '' && line.length - line.trimStart().length < entry.indent) return true;
  }
  return false;
}

/** How many papers the list has under two sections or more. */
function crossListed(entries, keysOf) {
  const sectionsOf = new Map();
  for (const e of entries) {
    const section = sectionPath(e);
    for (const key of new Set(keysOf(e)))
      sectionsOf.set(key, (sectionsOf.get(key) ?? new Set()).add(section));
  }
  return [...sectionsOf.values()].filter((sections) => sections.size > 1).length;
}

/** Lines of an entry (0-based, relative) that carry the rendering-relevant indent. */
function indentedLines(entry) {
  if (entry.kind !== 'item') return [];
  const lines = entry.text.split('\n');
  const out = [];
  for (let i = 1; i < lines.length; i++) {
    if (!/^[ \t]+\S/.test(lines[i])) continue;
    const afterBlank = lines[i - 1].trim() === '';
    const nestedItem = /^\s+(?:[-*+]|\d+[.)])\s/.test(lines[i]);
    if (afterBlank || nestedItem) out.push(i);
  }
  return out;
}

const internalBlank = (entry) => {
  const lines = entry.text.split('\n');
  return lines.findIndex((line, i) => i > 0 && i < lines.length - 1 && line.trim() === '');
};

/** Whether (and how) each convention is kept: { kind: { kept, of, share, applies, candidates } }. */
export function conventions(entries) {
  const out = {};
  const newest = newestOf(entries);
  const record = (kind, of, keeps, candidate = keeps) => {
    const kept = entries.filter(keeps);
    const base = of === entries.length ? entries : entries.filter((e) => of.includes(e));
    const share = base.length > 0 ? kept.length / base.length : 0;
    const recent = base.filter(newest);
    const recentShare = recent.length > 0 ? recent.filter(keeps).length / recent.length : 1;
    const drifted = recent.length >= MIN_NEWEST && recentShare < NEWEST_KEEP;
    out[kind] = {
      kept: kept.length,
      of: base.length,
      share,
      ...(drifted ? { drifted: { kept: recent.filter(keeps).length, of: recent.length } } : {}),
      applies: base.length >= MIN_ENTRIES && share >= KEPT && !drifted,
      // a heading that links a paper is counted, but it is no list entry to mutate
      candidates: entries.filter((e) => e.kind !== 'heading' && keeps(e) && candidate(e)),
    };
  };
  const arxivLinked = entries.filter((e) => ARXIV_LINK.test(e.text));
  const abs = arxivLinked.filter((e) => e.text.match(ARXIV_LINK)[1].toLowerCase() === 'abs').length;
  const form = abs >= arxivLinked.length - abs ? 'abs' : 'pdf';
  record(
    'abs-pdf',
    arxivLinked,
    (e) => ARXIV_LINK.test(e.text) && e.text.match(ARXIV_LINK)[1].toLowerCase() === form,
  );
  out['abs-pdf'].form = form;
  // The link taken out is the paper's own (not a `[link]` to a demo the counter also counts).
  record(
    'remove-link',
    entries.length,
    (e) => paperLinks(e.text).length > 0,
    (e) => paperLinks(e.text).length === 1 && isThePaper(paperLinks(e.text)[0]),
  );
  record(
    'empty-link',
    entries.length,
    (e) => paperLinks(e.text).length > 0,
    (e) => paperLinks(e.text).length === 1 && paperLinks(e.text)[0].kind === 'md',
  );
  record('unbold', entries.length, (e) => {
    const m = boldTitle(e.text);
    return m !== undefined && wordCount(m[1] ?? m[2]) >= 2;
  });
  record('blank-line', entries.length, (e) => internalBlank(e) > 0);
  record('indent', entries.length, (e) => indentedLines(e).length > 0);
  record('badges', entries.length, (e) => hasBadge(e.text));
  // duplicates: the list keeps its papers unique (≥ 90% of entries share no arXiv id or title)
  const keyCount = new Map();
  const keysOf = (e) => [
    ...e.arxiv.map((id) => `arxiv:${id}`),
    ...(e.title ? [`title:${normaliseTitle(e.title)}`] : []),
  ];
  for (const e of entries)
    for (const key of new Set(keysOf(e))) keyCount.set(key, (keyCount.get(key) ?? 0) + 1);
  const sections = new Set(entries.map(sectionPath));
  record(
    'duplicate',
    entries.length,
    (e) => keysOf(e).every((key) => keyCount.get(key) === 1),
    // a paper: an entry that links only other pages (a blog post, a tool) is none
    (e) =>
      keysOf(e).length > 0 &&
      (e.title === undefined || wordCount(e.title) >= 3) &&
      (e.paperLinks > 0 || linksOf(e.text).length === 0),
  );
  if (sections.size < 2) out.duplicate.applies = false;
  // A list that files papers under two sections (twice or more) may do it on purpose between any
  // two: a copy in another section may be its habit, a second copy in the same section never is.
  out.duplicate.within = crossListed(entries, keysOf) >= CROSS_LISTING_HABIT;
  return out;
}

/**
 * Breaks one convention in one entry. Returns { text, start, end, entry, detail } (start..end: the
 * mutated entry's lines in the new text, 1-based) or undefined when nothing could be changed.
 */
export function mutate(text, entries, kind, rnd, convention) {
  const candidates = convention.candidates;
  if (candidates.length === 0) return undefined;
  const lines = text.split('\n');
  const replaceEntry = (entry, newBody, detail) => {
    if (newBody === entry.text) return undefined;
    const newLines = newBody.split('\n');
    const next = [...lines.slice(0, entry.start - 1), ...newLines, ...lines.slice(entry.end)];
    return {
      text: next.join('\n'),
      start: entry.start,
      end: entry.start + newLines.length - 1,
      entry,
      detail,
    };
  };
  // Try a few random candidates: a mutation may not apply to the one drawn.
  const order = [...candidates];
  for (let i = order.length - 1; i > 0; i--) {
    const j = Math.floor(rnd() * (i + 1));
    [order[i], order[j]] = [order[j], order[i]];
  }
  for (const entry of order.slice(0, 20)) {
    const body = entry.text;
    let result;
    switch (kind) {
      case 'abs-pdf': {
        const m = body.match(ARXIV_LINK);
        const id = m[2].replace(/\.pdf$/i, '');
        const to = m[1].toLowerCase() === 'abs' ? `arxiv.org/pdf/${id}` : `arxiv.org/abs/${id}`;
        result = replaceEntry(entry, body.replace(ARXIV_LINK, to), `${m[0]} → ${to}`);
        break;
      }
      case 'remove-link': {
        const link = paperLinks(body)[0];
        let start = link.start;
        let end = link.end;
        let replacement = '';
        if (link.kind === 'md' && wordCount(link.label.replace(/[[\]]/g, '')) >= 3) {
          replacement = link.label; // the title itself is the link: unlink it
        } else {
          if (body[start - 1] === '[' && body[end] === ']') {
            start--;
            end++;
          }
          if (body[start - 1] === ' ') start--;
        }
        result = replaceEntry(
          entry,
          body.slice(0, start) + replacement + body.slice(end),
          `removed ${body.slice(link.start, link.end).slice(0, 120)}`,
        );
        break;
      }
      case 'empty-link': {
        const link = paperLinks(body)[0];
        result = replaceEntry(
          entry,
          body.slice(0, link.targetStart) + '()' + body.slice(link.targetEnd),
          `emptied the target of ${body.slice(link.start, link.end).slice(0, 120)}`,
        );
        break;
      }
      case 'unbold': {
        const m = boldTitle(body);
        const inner = m[1] ?? m[2];
        result = replaceEntry(
          entry,
          body.slice(0, m.index) + inner + body.slice(m.index + m[0].length),
          `unbolded ${m[0].slice(0, 120)}`,
        );
        break;
      }
      case 'blank-line': {
        const at = internalBlank(entry);
        const parts = body.split('\n');
        parts.splice(at, 1);
        result = replaceEntry(entry, parts.join('\n'), `removed the blank line ${at + 1} of the entry`);
        break;
      }
      case 'indent': {
        const at = indentedLines(entry)[0];
        const parts = body.split('\n');
        parts[at] = parts[at].replace(/^[ \t]+/, '');
        result = replaceEntry(entry, parts.join('\n'), `unindented line ${at + 1} of the entry`);
        break;
      }
      case 'badges': {
        let next = body;
        for (const token of [...badgeTokens(body)].reverse())
          next = next.slice(0, token.start) + next.slice(token.end);
        next = next.replace(/<img\b[^>]*src=["'][^"']*(?:shields\.io|badge)[^"']*["'][^>]*>/gi, '');
        next = next
          .split('\n')
          .map((line) =>
            line
              .replace(/(\S) {2,}(?=\S)/g, '$1 ')
              .replace(/[ \t]+$/, (tail) => (tail.length >= 2 ? '  ' : '')),
          )
          .filter(
            (line, i, all) => !(line.trim() === '' && body.split('\n')[i]?.trim() !== '' && all.length > 1),
          )
          .join('\n');
        result = replaceEntry(
          entry,
          next,
          `dropped ${badgeTokens(body).length + htmlBadges(body).length} badge(s)`,
        );
        break;
      }
      case 'duplicate': {
        // Within a section, also under the same topic item (`* Data Collection` over its papers):
        // no line of a shallower item between the two.
        const sameSection = (other) =>
          sectionPath(other) === sectionPath(entry) && !shallowerBetween(lines, entry, other);
        // Not right before the entry: of two identical entries side by side, a diff may take either
        // for the one added (and a finding on the other is as right).
        const before = entries[entries.indexOf(entry) - 1];
        const others = entries.filter(
          (other) =>
            other !== entry &&
            other !== before &&
            other.kind === entry.kind &&
            sameSection(other) === Boolean(convention.within),
        );
        if (others.length === 0) break;
        const host = others[Math.floor(rnd() * others.length)];
        const delta = host.indent - entry.indent;
        const copy = body
          .split('\n')
          .map((line) =>
            delta >= 0 ? ' '.repeat(delta) + line : line.replace(new RegExp(`^ {0,${-delta}}`), ''),
          );
        // A table's rows follow one another: a blank line before the copy would end the table, and
        // leave a line of pipes GitHub shows as text (no entry to find a duplicate in).
        const blankAfter =
          host.kind !== 'row' && (lines[host.end] ?? '').trim() === '' && host.end < lines.length;
        const insert = blankAfter ? ['', ...copy] : copy;
        const next = [...lines.slice(0, host.end), ...insert, ...lines.slice(host.end)];
        const start = host.end + (blankAfter ? 2 : 1);
        result = {
          text: next.join('\n'),
          start,
          end: start + copy.length - 1,
          entry,
          detail: `copied the entry at line ${entry.start} [${entry.section.at(-1) ?? ''}] after line ${host.end} [${host.section.at(-1) ?? ''}]`,
        };
        break;
      }
    }
    if (result) return result;
  }
  return undefined;
}
