/**
 * One worker process of `npm run field`: measures lists sent by run.mjs (over IPC) and answers with
 * their figures. Writes each list's history findings (with context, for the judge's sample) next to
 * its data, outside the repository.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { arxivIds, countEntries, normaliseTitle, titleOf } from './count.mjs';
import { lineDiff } from './diff.mjs';
import { load } from './engine.mjs';
import { conventions, KINDS, mutate, random } from './mutate.mjs';

const compiled = JSON.parse(process.argv[2]);
const api = await load(compiled);

const clip = (text, max) => (text.length > max ? `${text.slice(0, max)}…` : text);
const entryAt = (entries, line) => {
  let lo = 0;
  let hi = entries.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (entries[mid].end < line) lo = mid + 1;
    else if (entries[mid].start > line) hi = mid - 1;
    else return entries[mid];
  }
  return undefined;
};

/** The diff around new-file lines from..to: ' ' kept, '+' added, '-' removed (old text). */
function hunk(diff, from, to) {
  if (!diff.index) {
    diff.index = new Map();
    diff.ops.forEach((op, i) => op.b !== undefined && diff.index.set(op.b, i));
  }
  let start = diff.index.get(Math.max(1, from)) ?? 0;
  let end = diff.index.get(Math.min(diff.newLines.length, to)) ?? diff.ops.length - 1;
  while (start > 0 && diff.ops[start - 1].type === '-') start--;
  while (end + 1 < diff.ops.length && diff.ops[end + 1].type === '-') end++;
  return diff.ops
    .slice(start, end + 1)
    .map((op) =>
      op.type === '-'
        ? `-       | ${diff.oldLines[op.a - 1]}`
        : `${op.type === '+' ? '+' : ' '}${String(op.b).padStart(6)} | ${diff.newLines[op.b - 1]}`,
    );
}

/** Index of the first entry that ends at or after `line` (entries sorted, not overlapping). */
function firstEndingFrom(entries, line) {
  let lo = 0;
  let hi = entries.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (entries[mid].end < line) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * The text a finding's line stands for: the counted entry there, else the line with the lines nested
 * under it (a category bullet with its papers, which paperlint may read as one entry).
 */
function regionAt(entries, lines, line) {
  const entry = entryAt(entries, line);
  if (entry) return { text: entry.text, title: entry.title };
  const indent = (text) => text.match(/^\s*/)[0].length;
  const own = lines[line - 1] ?? '';
  const out = [own];
  for (let i = line; i < lines.length; i++) {
    if (lines[i].trim() === '') {
      if (i + 1 < lines.length && indent(lines[i + 1]) > indent(own)) continue;
      break;
    }
    if (indent(lines[i]) <= indent(own)) break;
    out.push(lines[i]);
  }
  const text = out.join('\n');
  return { text, title: titleOf(own) };
}

/**
 * A duplicate finding is right when its entry and the other one (the line its message names) share
 * the arXiv id the message names, or (a title match) the normalised title, or (a paper link match)
 * the address of a link.
 */
function checkDuplicate(f, entries, lines) {
  const otherLine = Number(f.message.match(/at line (\d+)/)?.[1] ?? 0);
  const own = regionAt(entries, lines, f.line);
  const other = otherLine ? regionAt(entries, lines, otherLine) : { text: '', title: undefined };
  const named = f.message.match(/arXiv id ([\w./-]+?)(?:v\d+)?[,;)\s]/i)?.[1]?.toLowerCase();
  const ownIds = arxivIds(own.text);
  const otherIds = arxivIds(other.text);
  const sameId = named
    ? ownIds.includes(named) && otherIds.includes(named)
    : ownIds.some((id) => otherIds.includes(id));
  const ownTitle = normaliseTitle(own.title ?? '');
  const otherTitle = normaliseTitle(other.title ?? '');
  const sameTitle =
    !named &&
    ((ownTitle.length >= 8 && normaliseTitle(other.text).includes(ownTitle)) ||
      (otherTitle.length >= 8 && normaliseTitle(own.text).includes(otherTitle)));
  // A finding on the same paper link (a DOI, a proceedings page): both texts link one address, not
  // a code host's.
  const urls = (text) =>
    new Set(
      (text.match(/https?:\/\/[^\s)>\]]+/gi) ?? [])
        .map((url) =>
          url
            .toLowerCase()
            .replace(/^https?:\/\/(www\.)?/, '')
            .replace(/\/+$/, ''),
        )
        .filter((url) => !/^(github\.com|gitlab\.com)\//.test(url)),
    );
  const ownUrls = urls(own.text);
  const samePage = /same paper link/.test(f.message) && [...urls(other.text)].some((url) => ownUrls.has(url));
  return {
    otherLine,
    named: named ?? null,
    sameId,
    sameTitle,
    samePage,
    ok: sameId || sameTitle || samePage,
  };
}

async function measure(name, dataDir) {
  const dir = join(dataDir, name);
  const meta = JSON.parse(readFileSync(join(dir, 'meta.json'), 'utf8'));
  const path = meta.file;
  const started = Date.now();
  const errors = [];
  const guard = async (what, run) => {
    try {
      return await run();
    } catch (error) {
      errors.push({ what, message: clip(String(error?.stack ?? error), 800) });
      return undefined;
    }
  };

  const head = readFileSync(join(dir, 'head.md'), 'utf8');
  const counted = countEntries(head);
  const result = { list: meta.repo, name, file: path, head: meta.head, count: counted.entries.length };

  // recognition
  const whole = await guard('whole list', () => api.lint({ path, text: head }));
  const exported = api.exportEntries
    ? await guard('exportEntries', () => api.exportEntries(head))
    : undefined;
  result.grammar = exported ? exported.length : whole ? whole.entries : null;
  result.grammarSource = exported ? 'exportEntries' : 'lint().entries';

  // round trips
  if (api.roundTrip) {
    const rt = await guard('roundTrip', () => api.roundTrip(head));
    result.roundTrip = rt
      ? { entries: rt.entries, identical: rt.identical, misses: rt.misses.slice(0, 20) }
      : null;
  }
  if (api.addRoundTrip) {
    const rt = await guard('addRoundTrip', () => api.addRoundTrip(head));
    // the grammar module's RoundTrip names the tried entries `entries`
    result.addRoundTrip = rt
      ? { tried: rt.tried ?? rt.entries, identical: rt.identical, misses: rt.misses.slice(0, 20) }
      : null;
  }

  // the whole list at HEAD
  if (whole) {
    const rules = {};
    for (const f of whole.findings) rules[f.rule] = (rules[f.rule] ?? 0) + 1;
    let flagged;
    if (exported) {
      const sorted = [...exported].sort((a, b) => a.line - b.line);
      const hit = new Set();
      for (const f of whole.findings) {
        const entry = sorted.find((e) => f.line >= e.line && f.line <= (e.endLine ?? e.line));
        if (entry) hit.add(entry.line);
      }
      flagged = hit.size;
    } else {
      flagged = new Set(whole.findings.map((f) => f.entryKey)).size;
    }
    const byCount = new Set(
      whole.findings.map((f) => entryAt(counted.entries, f.line)?.start).filter((x) => x !== undefined),
    ).size;
    result.whole = {
      findings: whole.findings.length,
      flagged,
      share: result.grammar ? flagged / result.grammar : null,
      flaggedByCount: byCount,
      rules,
    };
  }

  // history (diff mode)
  const records = [];
  const history = [];
  for (const commit of meta.commits) {
    const file = (side) => join(dir, 'commits', `${commit.n}-${commit.sha}.${side}.md`);
    const before = readFileSync(file('before'), 'utf8');
    const after = readFileSync(file('after'), 'utf8');
    const t = Date.now();
    let crashed = false;
    const linted = await guard(`commit ${commit.sha}`, () =>
      api.lint({ path, text: after, baseText: before }),
    );
    if (!linted) crashed = true;
    const ms = Date.now() - t;
    const findings = linted?.findings ?? [];
    const diff = lineDiff(before, after);
    const entries = countEntries(after).entries;
    const added = new Set(
      entries
        .filter((e) => {
          let lines = 0;
          let changed = 0;
          for (let l = e.start; l <= e.end; l++) {
            if (diff.newLines[l - 1].trim() === '') continue;
            lines++;
            if (diff.changed.has(l)) changed++;
          }
          return lines > 0 && changed * 2 >= lines;
        })
        .map((e) => e.start),
    );
    let offChange = 0;
    let badDuplicates = 0;
    for (const f of findings) {
      const entry = entryAt(entries, f.line);
      const off = !diff.changed.has(f.line) && !(entry && added.has(entry.start));
      if (off) offChange++;
      let duplicate;
      if (f.rule === 'duplicate') {
        duplicate = checkDuplicate(f, entries, diff.newLines);
        if (!duplicate.ok) badDuplicates++;
      }
      const from = entry ? entry.start : f.line;
      const to = entry ? entry.end : (f.endLine ?? f.line);
      const upTo = firstEndingFrom(entries, from);
      const above = entries.slice(Math.max(0, upTo - 8), upTo);
      records.push({
        list: meta.repo,
        commit: commit.sha,
        commit_n: commit.n,
        subject: commit.subject,
        line: f.line,
        endLine: f.endLine,
        column: f.column,
        rule: f.rule,
        severity: f.severity,
        message: f.message,
        fix: f.fix ?? null,
        entryKey: f.entryKey,
        off_change: off,
        ...(duplicate ? { duplicate } : {}),
        entry: entry
          ? { start: entry.start, end: entry.end, by: 'count', text: clip(entry.text, 4000) }
          : { start: from, end: to, by: 'finding lines', text: diff.newLines.slice(from - 1, to).join('\n') },
        changed_context: hunk(diff, from - 3, to + 3),
        entry_changed_lines: [...Array(to - from + 1).keys()]
          .map((i) => from + i)
          .filter((l) => diff.changed.has(l)),
        above: above.map((e) => ({ start: e.start, end: e.end, text: clip(e.text, 1500) })),
      });
    }
    history.push({
      n: commit.n,
      sha: commit.sha,
      changedLines: diff.changed.size,
      findings: findings.length,
      offChange,
      badDuplicates,
      crashed,
      ms,
    });
  }
  writeFileSync(
    join(dir, 'history-findings.jsonl'),
    records.map((r) => JSON.stringify(r)).join('\n') + (records.length ? '\n' : ''),
  );
  const historyRules = {};
  for (const r of records) historyRules[r.rule] = (historyRules[r.rule] ?? 0) + 1;
  result.history = {
    commits: history.length,
    findings: records.length,
    offChange: history.reduce((s, h) => s + h.offChange, 0),
    badDuplicates: history.reduce((s, h) => s + h.badDuplicates, 0),
    crashes: history.filter((h) => h.crashed).length,
    rules: historyRules,
    perCommit: history,
    offChangeCases: records
      .filter((r) => r.off_change)
      .slice(0, 30)
      .map((r) => ({ commit: r.commit, line: r.line, rule: r.rule, message: r.message })),
    badDuplicateCases: records
      .filter((r) => r.duplicate && !r.duplicate.ok)
      .slice(0, 30)
      .map((r) => ({ commit: r.commit, line: r.line, message: r.message })),
  };

  // mutation recall
  const kept = conventions(counted.entries);
  const mutations = [];
  for (const kind of KINDS) {
    const convention = kept[kind];
    const summary = { kind, share: Number(convention.share.toFixed(3)), of: convention.of };
    if (!convention.applies) {
      mutations.push({ ...summary, applied: false, why: 'convention not kept' });
      continue;
    }
    const m = mutate(
      head,
      counted.entries,
      kind,
      random(`${process.env.FIELD_SEED ?? '1'}:${meta.repo}:${kind}`),
      convention,
    );
    if (!m) {
      mutations.push({ ...summary, applied: false, why: 'no entry to mutate' });
      continue;
    }
    const linted = await guard(`mutation ${kind}`, () => api.lint({ path, text: m.text, baseText: head }));
    const findings = linted?.findings ?? [];
    const onEntry = findings.filter((f) => f.line <= m.end && (f.endLine ?? f.line) >= m.start);
    mutations.push({
      ...summary,
      applied: true,
      crashed: !linted,
      detected: onEntry.length > 0,
      rules: [...new Set(onEntry.map((f) => f.rule))],
      elsewhere: findings.length - onEntry.length,
      start: m.start,
      end: m.end,
      detail: m.detail,
      before: clip(m.entry.text, 3000),
      after: clip(
        m.text
          .split('\n')
          .slice(m.start - 1, m.end)
          .join('\n'),
        3000,
      ),
      messages: onEntry.map((f) => `${f.rule}: ${f.message}`).slice(0, 5),
    });
  }
  result.mutations = mutations;
  result.errors = errors;
  result.ms = Date.now() - started;
  return result;
}

process.on('message', async ({ name, dataDir }) => {
  try {
    process.send({ name, result: await measure(name, dataDir) });
  } catch (error) {
    process.send({ name, failed: clip(String(error?.stack ?? error), 2000) });
  }
});
process.send({ ready: true });
