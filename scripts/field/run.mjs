#!/usr/bin/env node
/**
 * `npm run field`: measures paperlint on the field corpus (58 real paper lists, pinned; see
 * /work/shared/field/) and writes bench/FIELD.md. Not part of CI; the lists' text stays outside the
 * repository (DATA, written by scripts/field/extract.mjs).
 *
 *   node scripts/field/run.mjs [--data DIR] [--out FILE] [--label NAME] [--seed N] [--sample N]
 *                              [--workers N] [--only a,b] [--timeout SECONDS]
 *
 * Writes: FILE (default bench/FIELD.md); DATA/<label>.json (per-list figures; default label
 * "latest"); DATA/sample.jsonl (a seeded random sample of history findings for a judge);
 * DATA/mutations-undetected.json; DATA/<list>/history-findings.jsonl (every history finding).
 */
import { fork } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { setTimeout, clearTimeout } from 'node:timers';
import { fileURLToPath } from 'node:url';
import { execFileSync } from 'node:child_process';
import { compile } from './engine.mjs';
import { KINDS, random } from './mutate.mjs';

const args = process.argv.slice(2);
const option = (name, fallback) => {
  const at = args.indexOf(name);
  return at === -1 ? fallback : args[at + 1];
};
const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, '..', '..');
const data = option('--data', '/work/field-data');
const out = option('--out', join(root, 'bench', 'FIELD.md'));
const label = option('--label', 'latest');
const seed = option('--seed', '1');
const sampleSize = Number(option('--sample', '240'));
const workers = Math.max(1, Number(option('--workers', '2')));
const only = option('--only', '')
  .split(',')
  .map((s) => s.trim().replace('/', '+'))
  .filter(Boolean);
const timeout = Number(option('--timeout', '400')) * 1000;

const lists = existsSync(data)
  ? readdirSync(data)
      .filter((name) => existsSync(join(data, name, 'meta.json')))
      .filter((name) => only.length === 0 || only.includes(name))
      .sort()
  : [];
if (lists.length === 0) {
  console.error(
    `field: no corpus in ${data}. Fetch the mirrors and run \`node scripts/field/extract.mjs --out ${data}\` first.`,
  );
  process.exit(0);
}

const started = Date.now();
const compiled = compile(root);
const revision = (() => {
  try {
    const sha = execFileSync('git', ['-C', root, 'rev-parse', '--short', 'HEAD'], {
      encoding: 'utf8',
    }).trim();
    const dirty = execFileSync('git', ['-C', root, 'status', '--porcelain', '--', 'src'], {
      encoding: 'utf8',
    }).trim();
    return dirty ? `${sha}+uncommitted src` : sha;
  } catch {
    return 'unknown';
  }
})();
console.error(
  `field: ${lists.length} lists, ${workers} workers, engine ${relative(root, compiled.engine)}, grammar ${compiled.grammar ? relative(root, compiled.grammar) : 'absent'}`,
);

// --- run the lists in worker processes, largest first ---
const queue = [...lists].sort(
  (a, b) => statSync(join(data, b, 'head.md')).size - statSync(join(data, a, 'head.md')).size,
);
const results = new Map();
await new Promise((resolve) => {
  let running = 0;
  const spawn = () => {
    if (queue.length === 0) {
      if (running === 0) resolve();
      return;
    }
    running++;
    const child = fork(join(here, 'worker.mjs'), [JSON.stringify(compiled)], {
      env: { ...process.env, FIELD_SEED: seed },
      stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
    });
    let current;
    let timer;
    const next = () => {
      clearTimeout(timer);
      current = queue.shift();
      if (!current) {
        child.disconnect();
        return;
      }
      timer = setTimeout(() => {
        results.set(current, { name: current, failed: `timeout after ${timeout / 1000}s` });
        console.error(`field: ${current} timed out`);
        current = undefined;
        child.kill();
      }, timeout);
      child.send({ name: current, dataDir: data });
    };
    child.on('message', (message) => {
      if (message.ready) return next();
      results.set(
        message.name,
        message.failed ? { name: message.name, failed: message.failed } : message.result,
      );
      const r = message.result;
      console.error(
        `field: ${message.name} ${r ? `${(r.ms / 1000).toFixed(1)}s` : `FAILED ${message.failed.split('\n')[0]}`} (${results.size}/${lists.length})`,
      );
      next();
    });
    child.on('exit', () => {
      clearTimeout(timer);
      if (current && !results.has(current)) results.set(current, { name: current, failed: 'worker exited' });
      running--;
      spawn();
    });
  };
  for (let i = 0; i < Math.min(workers, queue.length); i++) spawn();
});
const elapsed = (Date.now() - started) / 1000;

// --- figures ---
const rows = lists.map((name) => results.get(name) ?? { name, failed: 'not run' });
const ok = rows.filter((r) => !r.failed);
const pct = (x) => (x === null || x === undefined || Number.isNaN(x) ? 'n/a' : `${(100 * x).toFixed(1)}%`);
const median = (values) => {
  const v = values.filter((x) => typeof x === 'number' && !Number.isNaN(x)).sort((a, b) => a - b);
  if (v.length === 0) return null;
  return v.length % 2 ? v[(v.length - 1) / 2] : (v[v.length / 2 - 1] + v[v.length / 2]) / 2;
};
const figures = (r) => {
  const applied = r.mutations.filter((m) => m.applied);
  return {
    grammar: r.grammar,
    count: r.count,
    ratio: r.grammar !== null && r.count > 0 ? r.grammar / r.count : null,
    roundTrip: r.roundTrip
      ? r.roundTrip.entries
        ? r.roundTrip.identical / r.roundTrip.entries
        : null
      : null,
    addRoundTrip: r.addRoundTrip
      ? r.addRoundTrip.tried
        ? r.addRoundTrip.identical / r.addRoundTrip.tried
        : null
      : null,
    whole: r.whole ? r.whole.share : null,
    history: r.history.findings,
    perCommit: r.history.commits ? r.history.findings / r.history.commits : null,
    offChange: r.history.offChange,
    badDuplicates: r.history.badDuplicates,
    crashes: r.history.crashes + r.errors.filter((e) => !e.what.startsWith('commit')).length,
    detected: applied.filter((m) => m.detected).length,
    applied: applied.length,
    recall: applied.length ? applied.filter((m) => m.detected).length / applied.length : null,
    seconds: r.ms / 1000,
  };
};
const perList = Object.fromEntries(ok.map((r) => [r.list, { ...figures(r), name: r.name }]));
const F = Object.values(perList);
const has = (key) => F.some((f) => f[key] !== null && f[key] !== undefined);

const totalApplied = F.reduce((s, f) => s + f.applied, 0);
const totalDetected = F.reduce((s, f) => s + f.detected, 0);
const byKind = Object.fromEntries(
  KINDS.map((kind) => {
    const all = ok.flatMap((r) => r.mutations.filter((m) => m.kind === kind && m.applied));
    return [kind, { applied: all.length, detected: all.filter((m) => m.detected).length }];
  }),
);
const historyRules = {};
const wholeRules = {};
for (const r of ok) {
  for (const [rule, n] of Object.entries(r.history.rules)) historyRules[rule] = (historyRules[rule] ?? 0) + n;
  for (const [rule, n] of Object.entries(r.whole?.rules ?? {}))
    wholeRules[rule] = (wholeRules[rule] ?? 0) + n;
}

// worst: the list farthest from the goal for each column
const worst = (key, pick) => {
  const candidates = F.filter((f) => typeof f[key] === 'number');
  if (candidates.length === 0) return null;
  return candidates.reduce((a, b) => (pick(b[key]) > pick(a[key]) ? b : a));
};
const distance = (x) => Math.abs(Math.log(Math.max(x, 1e-3)));
const summary = {
  ratio: { median: median(F.map((f) => f.ratio)), worst: worst('ratio', distance) },
  roundTrip: { median: median(F.map((f) => f.roundTrip)), worst: worst('roundTrip', (x) => -x) },
  addRoundTrip: { median: median(F.map((f) => f.addRoundTrip)), worst: worst('addRoundTrip', (x) => -x) },
  whole: { median: median(F.map((f) => f.whole)), worst: worst('whole', (x) => x) },
  history: { median: median(F.map((f) => f.history)), worst: worst('history', (x) => x) },
  offChange: { median: median(F.map((f) => f.offChange)), worst: worst('offChange', (x) => x) },
  badDuplicates: { median: median(F.map((f) => f.badDuplicates)), worst: worst('badDuplicates', (x) => x) },
  crashes: { median: median(F.map((f) => f.crashes)), worst: worst('crashes', (x) => x) },
  recall: { median: median(F.map((f) => f.recall)), worst: worst('recall', (x) => -x) },
  seconds: { median: median(F.map((f) => f.seconds)), worst: worst('seconds', (x) => x) },
};

// --- the judge's sample: seeded, uniform over every history finding ---
const pool = [];
for (const r of ok) {
  const file = join(data, r.name, 'history-findings.jsonl');
  if (!existsSync(file)) continue;
  const lines = readFileSync(file, 'utf8').split('\n').filter(Boolean);
  lines.forEach((_, i) => pool.push([r.name, i, lines]));
}
const rnd = random(`sample:${seed}`);
for (let i = pool.length - 1; i > 0; i--) {
  const j = Math.floor(rnd() * (i + 1));
  [pool[i], pool[j]] = [pool[j], pool[i]];
}
const sample = pool
  .slice(0, Math.max(200, sampleSize))
  .map(([, i, lines], n) => ({ sample: n + 1, seed, ...JSON.parse(lines[i]) }));
writeFileSync(join(data, 'sample.jsonl'), sample.map((s) => JSON.stringify(s)).join('\n') + '\n');

const undetected = ok.flatMap((r) =>
  r.mutations.filter((m) => m.applied && !m.detected).map((m) => ({ list: r.list, ...m })),
);
writeFileSync(join(data, 'mutations-undetected.json'), JSON.stringify(undetected, null, 1) + '\n');

const json = {
  label,
  date: new Date().toISOString(),
  revision,
  seed,
  engine: compiled.sources,
  elapsedSeconds: elapsed,
  summary: Object.fromEntries(
    Object.entries(summary).map(([k, v]) => [
      k,
      { median: v.median, worst: v.worst ? { list: v.worst.name, value: v.worst[k] } : null },
    ]),
  ),
  mutationRecall: { applied: totalApplied, detected: totalDetected, byKind },
  historyRules,
  wholeRules,
  sample: { size: sample.length, pool: pool.length },
  failed: rows.filter((r) => r.failed).map((r) => ({ list: r.name, failed: r.failed })),
  lists: Object.fromEntries(ok.map((r) => [r.list, { figures: perList[r.list], ...r }])),
};
writeFileSync(join(data, `${label}.json`), JSON.stringify(json, null, 1) + '\n');

// --- FIELD.md ---
let baseline;
const baselineFile = join(data, 'baseline.json');
if (label !== 'baseline' && existsSync(baselineFile))
  baseline = JSON.parse(readFileSync(baselineFile, 'utf8'));

const cell = {
  ratio: (x) => (x === null ? 'n/a' : x.toFixed(2)),
  share: (x) => pct(x),
  int: (x) => (x === null || x === undefined ? 'n/a' : String(Math.round(x * 10) / 10)),
  seconds: (x) => (x === null ? 'n/a' : `${x.toFixed(1)}s`),
};
const short = (list) => list.split('/')[1];
const table = [];
table.push(
  '| list | entries (grammar) | entries (count) | ratio | round trip | add round trip | HEAD: entries with findings | history findings (per commit) | off-change | bad duplicates | crashes | mutations detected | time |',
  '|---|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|',
);
for (const r of rows) {
  if (r.failed) {
    table.push(
      `| ${r.name.replace('+', '/')} | ${'failed: ' + r.failed.split('\n')[0].replace(/\|/g, '\\|')} |||||||||||| `,
    );
    continue;
  }
  const f = perList[r.list];
  table.push(
    `| ${r.list} | ${f.grammar ?? 'n/a'} | ${f.count} | ${cell.ratio(f.ratio)} | ${r.roundTrip === undefined ? 'n/a' : pct(f.roundTrip)} | ${r.addRoundTrip === undefined ? 'n/a' : pct(f.addRoundTrip)} | ${pct(f.whole)} | ${f.history} (${cell.int(f.perCommit)}) | ${f.offChange} | ${f.badDuplicates} | ${f.crashes} | ${f.applied ? `${f.detected}/${f.applied}` : '–'} | ${cell.seconds(f.seconds)} |`,
  );
}
const med = (key, fmt) => fmt(summary[key].median);
const worstCell = (key, fmt) => {
  const w = summary[key].worst;
  if (!w) return 'n/a';
  // a count that is 0 everywhere has no worst list
  if (['offChange', 'badDuplicates', 'crashes', 'history'].includes(key) && w[key] === 0) return fmt(0);
  return `${fmt(w[key])} (${short(w.name.replace('+', '/'))})`;
};
table.push(
  `| **median** | | | **${med('ratio', cell.ratio)}** | **${has('roundTrip') ? med('roundTrip', pct) : 'n/a'}** | **${has('addRoundTrip') ? med('addRoundTrip', pct) : 'n/a'}** | **${med('whole', pct)}** | **${med('history', cell.int)}** | **${med('offChange', cell.int)}** | **${med('badDuplicates', cell.int)}** | **${med('crashes', cell.int)}** | **${med('recall', pct)}** | **${med('seconds', cell.seconds)}** |`,
  `| **worst** | | | ${worstCell('ratio', cell.ratio)} | ${has('roundTrip') ? worstCell('roundTrip', pct) : 'n/a'} | ${has('addRoundTrip') ? worstCell('addRoundTrip', pct) : 'n/a'} | ${worstCell('whole', pct)} | ${worstCell('history', cell.int)} | ${worstCell('offChange', cell.int)} | ${worstCell('badDuplicates', cell.int)} | ${worstCell('crashes', cell.int)} | ${worstCell('recall', pct)} | ${worstCell('seconds', cell.seconds)} |`,
);
if (baseline) {
  const b = baseline.summary;
  const bm = (key, fmt) =>
    b[key]?.median === null || b[key]?.median === undefined ? 'n/a' : fmt(b[key].median);
  table.push(
    `| *baseline median (${baseline.date.slice(0, 10)}, ${baseline.revision})* | | | ${bm('ratio', cell.ratio)} | ${bm('roundTrip', pct)} | ${bm('addRoundTrip', pct)} | ${bm('whole', pct)} | ${bm('history', cell.int)} | ${bm('offChange', cell.int)} | ${bm('badDuplicates', cell.int)} | ${bm('crashes', cell.int)} | ${bm('recall', pct)} | ${bm('seconds', cell.seconds)} |`,
  );
}

const sum = (key) => F.reduce((s, f) => s + (f[key] ?? 0), 0);
const ruleLine = (rules) =>
  Object.entries(rules)
    .sort((a, b) => b[1] - a[1])
    .map(([rule, n]) => `${rule} ${n}`)
    .join(', ') || 'none';

const flags = [];
const named = (pick) =>
  F.filter(pick)
    .map((f) => f.name.replace('+', '/'))
    .join(', ');
if (F.some((f) => f.grammar === 0))
  flags.push(`no paper entry recognised at all: ${named((f) => f.grammar === 0)}`);
if (F.some((f) => f.ratio !== null && f.grammar > 0 && (f.ratio < 0.5 || f.ratio > 2))) {
  flags.push(
    `grammar and count disagree by more than 2×: ${named((f) => f.ratio !== null && f.grammar > 0 && (f.ratio < 0.5 || f.ratio > 2))}`,
  );
}
for (const [key, what] of [
  ['offChange', 'off-change findings'],
  ['badDuplicates', 'bad duplicates'],
  ['crashes', 'crashes'],
]) {
  const hit = F.filter((f) => f[key] > 0).sort((a, b) => b[key] - a[key]);
  if (hit.length)
    flags.push(
      `${what} (${sum(key)}): ${hit.map((f) => `${f.name.replace('+', '/')} ${f[key]}`).join(', ')}`,
    );
}
if (rows.some((r) => r.failed))
  flags.push(
    `failed: ${rows
      .filter((r) => r.failed)
      .map((r) => `${r.name} (${r.failed.split('\n')[0]})`)
      .join(', ')}`,
  );

const md = `# Field figures: paperlint on ${lists.length} real paper lists

**${label === 'baseline' ? 'Baseline' : `Run "${label}"`}**: measured ${new Date().toISOString().slice(0, 10)} on revision \`${revision}\`
(engine \`${compiled.sources.engine}\`, grammar module ${compiled.sources.grammar ? `\`${compiled.sources.grammar}\`` : 'absent'}), seed ${seed}, ${ok.length} lists measured${rows.length - ok.length ? `, ${rows.length - ok.length} failed` : ''}, ${elapsed.toFixed(0)}s wall time with ${workers} workers.

Generated by \`npm run field\` (scripts/field/run.mjs). Not part of CI. The corpus is the 58 lists of
\`/work/shared/field/lists.json\`, each pinned at its \`snapshot_head\` and its last 15 commits that
changed the list file (commits that leave the file as it was, such as merges, skipped); it is read from
a data folder outside the repository (\`scripts/field/extract.mjs\` writes it from git mirrors). No text
of the lists is kept in this repository: only counts.

## Columns

- **entries (grammar)**: the paper entries paperlint recognises at HEAD: \`exportEntries(text).length\`
  from the grammar module when it exists, else the engine's \`lint({ path, text }).entries\` (today's
  figures use ${compiled.sources.grammar ? 'the grammar module' : '`lint().entries`: the grammar module is not there yet'}).
- **entries (count)**: an independent count (scripts/field/count.mjs, no code shared with src/), see
  *The independent count* below.
- **ratio**: grammar ÷ count. 1.00 means both see as many entries; far from 1 means one of them misreads
  the list (the count is deliberately simple, so look before blaming either). *Worst* = farthest from 1.
- **round trip**: the share of paper entries whose grammar parse renders back byte-identical
  (\`roundTrip(text)\`: identical ÷ entries). n/a while the grammar module does not export it.
- **add round trip**: for the entries with an arXiv link: remove the entry, \`add\` it back from a record
  made of its own fields, compare byte for byte (\`addRoundTrip(text)\`: identical ÷ tried). n/a while
  not exported.
- **HEAD: entries with findings**: the whole list at its pinned HEAD, linted whole-file
  (\`lint({ path, text })\`): entries with at least one finding ÷ entries (grammar). Entries are told apart
  by the grammar's line ranges when \`exportEntries\` exists, else by the findings' \`entryKey\`. The
  maintainers accepted these entries, so a high share means paperlint disagrees with the list's own
  house style (or the list really is untidy).
- **history findings (per commit)**: the 15 commits in diff mode (\`lint({ path, text: after, baseText:
  before })\`, before = the first parent's file, as in a pull request): findings over all 15 (mean per
  commit). A sample of these goes to a judge (below).
- **off-change** (must be 0): history findings on a line the commit did not change AND not inside an
  entry the commit added. Changed lines come from an independent line diff (scripts/field/diff.mjs:
  common prefix/suffix, then Myers' shortest edit script); an entry (by the independent count) is
  *added* when at least half of its non-blank lines are changed lines.
- **bad duplicates** (must be 0): history findings of rule \`duplicate\` whose other entry (the line the
  message names, widened to the count's entry there) shares neither an arXiv id nor the normalised
  title (lower-cased, punctuation dropped; either title contained in the other entry's text) with the
  flagged entry, nor (for a finding on the same paper link) the address of a link not to GitHub.
- **crashes**: exceptions thrown by paperlint for this list (history commits, the whole list, the
  grammar calls, mutations).
- **mutations detected**: mutation recall (below): detected ÷ mutations applied to this list. The
  median row gives the median of the per-list recall; overall recall is in *Mutation recall*.
- **time**: wall time for the list (all of the above), in one worker.

## The independent count

${readFileSync(join(here, 'count.mjs'), 'utf8')
  .split('*/')[0]
  .replace(/^\/\*\*\n/, '')
  .split('\n')
  .map((line) => line.replace(/^ \* ?/, ''))
  .join('\n')
  .trim()}

## Mutation recall

For each list, the conventions it keeps in ≥ 90% of its paper entries (by the independent count, and
at least 10 entries) and still keeps in its newest entries (two thirds or more of the latest fifth of
those with an arXiv id, by the id's month, when 5 or more: a convention the newest entries have left
is one the list no longer keeps) are found; for each kept convention one seeded random entry (seed
${seed}) has exactly that convention broken, and paperlint runs in diff mode with the original as
base. A mutation is *detected* when any finding lands on the mutated entry's lines.

| kind | convention kept (≥ 90% of entries) | mutation | applied | detected | recall |
|---|---|---|--:|--:|--:|
${[
  [
    'abs-pdf',
    'arXiv links use one form, /abs/ or /pdf/ (of the entries with an arXiv link)',
    'the other form',
  ],
  [
    'remove-link',
    'the entry has a paper link',
    'remove it (a linked title is unlinked; a `[paper]` link is removed); only entries with exactly one paper link, to a paper host or labelled as the paper',
  ],
  ['empty-link', 'the entry has a paper link', 'empty its target: `[…]()`'],
  [
    'unbold',
    'the entry has a bold span of ≥ 2 words (the title; not a tag in brackets, `**[ICCV 2021]**`)',
    'remove the bold markers',
  ],
  [
    'blank-line',
    'the entry has a blank line inside (title line, blank, author line)',
    'remove that blank line',
  ],
  [
    'indent',
    'the entry has an indented line whose indent matters for rendering (after a blank line, or a nested item)',
    'indent it 0 spaces',
  ],
  ['badges', 'the entry has badges (an image inside a link, or a shields/badge image)', 'drop them'],
  [
    'duplicate',
    'papers are unique (no shared arXiv id or normalised title) and there are ≥ 2 sections; only papers (entries that link a paper or nothing)',
    'copy an entry as a new entry after an entry of another section; where the list has 2 papers or more under two sections (it may cross-list on purpose), after an entry of its own section',
  ],
]
  .map(
    ([kind, convention, mutation]) =>
      `| ${kind} | ${convention} | ${mutation} | ${byKind[kind].applied} | ${byKind[kind].detected} | ${byKind[kind].applied ? pct(byKind[kind].detected / byKind[kind].applied) : 'n/a'} |`,
  )
  .join('\n')}
| **all** | | | **${totalApplied}** | **${totalDetected}** | **${totalApplied ? pct(totalDetected / totalApplied) : 'n/a'}** |

The undetected cases (with the entry before and after) are written to \`DATA/mutations-undetected.json\`.

## Per list

${table.join('\n')}

Totals: ${sum('history')} history findings (${ruleLine(historyRules)}); ${sum('offChange')} off-change;
${sum('badDuplicates')} bad duplicates; ${sum('crashes')} crashes. Whole lists at HEAD:
${ok.reduce((s, r) => s + (r.whole?.findings ?? 0), 0)} findings (${ruleLine(wholeRules)}).

## Flags

${flags.length ? flags.map((f) => `- ${f}`).join('\n') : '- none'}

## The judge's sample

\`DATA/sample.jsonl\`: ${sample.length} history findings drawn uniformly (seed ${seed}) from all ${pool.length}; each with the
list, commit, line, rule, severity, message, fix, the entry's text (by the independent count), the diff
around it (±3 lines) and the 8 entries above it. Judge them by /work/shared/field/RUBRIC.md.

## Re-running

\`\`\`sh
# once: fetch the 58 mirrors (the fetch tool, github:OWNER/NAME → /work/.mirror/OWNER+NAME/repo), then
node scripts/field/extract.mjs                 # → /work/field-data (outside the repo)
npm run field                                  # → bench/FIELD.md, /work/field-data/latest.json, sample.jsonl
npm run field -- --label baseline              # the same, kept as /work/field-data/baseline.json
npm run field -- --only owner/name --workers 1 # one list
\`\`\`
`;
writeFileSync(out, md);
console.error(
  `field: wrote ${relative(root, out)}, ${join(data, `${label}.json`)}, ${sample.length}-finding sample (${elapsed.toFixed(0)}s)`,
);
