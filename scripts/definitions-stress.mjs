// node scripts/definitions-stress.mjs [SCENARIO N]: times lint() (the sources, through ts-hooks) on
// lists a hostile PR pads with reference definitions (issue 17, item 5), each scenario in a child
// process of its own so its peak memory is its own. Not a test: it measures, it asserts nothing.
//
//   duplicate N  the bundled DeltaPapers list, N definitions of the label every entry writes (`pdf`)
//   distinct N   the same list, N definitions with long titles, one added entry naming all their labels
//   large N      a 400-entry list that needs mdast for every entry, N definitions of `pdf`
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { register } from 'node:module';

const [scenario, count] = process.argv.slice(2);

if (!scenario) {
  const runs = [
    ['duplicate', 1000],
    ['duplicate', 4000],
    ['distinct', 1000],
    ['distinct', 4000],
    ['large', 1000],
    ['large', 4000],
  ];
  for (const [name, n] of runs) {
    const out = execFileSync(process.execPath, [new URL(import.meta.url).pathname, name, String(n)], {
      encoding: 'utf8',
      timeout: 600_000,
    });
    process.stdout.write(out);
  }
  process.exit(0);
}

register('./ts-hooks.mjs', import.meta.url);
const { lint } = await import('../src/check/engine.ts');
const delta = readFileSync(new URL('../__tests__/fixtures/DeltaPapers/README.md', import.meta.url), 'utf8');
const n = Number(count);
const range = (length) => Array.from({ length }, (_, i) => i);

/** A list of `entries` entries in DeltaPapers' shape, each with an `<img>` badge (read by mdast). */
function largeList(entries) {
  return [
    '# Papers',
    '',
    '## Methods',
    '',
    ...range(entries).flatMap((i) => [
      `- **Paper number ${i}: a study of things,** ICML 2023. <img src="https://img.shields.io/badge/M${i}-blue">`,
      '',
      `  *Ada Lovelace, Alan Turing*. [[pdf](https://arxiv.org/abs/2301.${String(10000 + i)})]`,
      '',
    ]),
  ].join('\n');
}

const definitions = {
  duplicate: () => range(n).map((i) => `[pdf]: https://example.org/${i}`),
  distinct: () => range(n).map((i) => `[d${i}]: https://example.org/${i} "${'t'.repeat(200)}"`),
  large: () => range(n).map((i) => `[pdf]: https://example.org/${i}`),
};
const base = scenario === 'large' ? largeList(400) : delta;
// Labels enough to fill an entry just short of the per-entry budget (4,000 characters).
const hostile = `- **A hostile entry,** ICML 2023. ${range(Math.min(n, 350))
  .map((i) => `[x][d${i}]`)
  .join(' ')}\n\n`;
const listed = scenario === 'distinct' ? base.replace('### Methodology\n\n', `$&${hostile}`) : base;
const text = `${listed}\n${definitions[scenario]().join('\n')}\n`;

const started = performance.now();
const result = await lint({ path: 'README.md', text });
const seconds = (performance.now() - started) / 1000;
const rss = Math.round(process.resourceUsage().maxRSS / 1024);
console.log(
  `${scenario} ${n}: ${seconds.toFixed(2)} s, peak RSS ${rss} MB, ${result.checked} entries checked, ` +
    `${result.readExactly} read by mdast, ${result.findings.length} findings`,
);
