// node scripts/definitions-stress.mjs [SCENARIO N]: times lint() (the sources, through ts-hooks) on
// lists a hostile PR pads with reference definitions (issue 17, item 5), each scenario in a child
// process of its own so its peak memory is its own (at most 300 s each). Not a test: it measures,
// it asserts nothing.
//
//   duplicate N  the bundled DeltaPapers list, N definitions of the label every entry writes (`pdf`)
//   title N      the same list, one definition of `pdf` with an N kB title
//   large N      a 400-entry list that needs mdast for every entry, N definitions of `pdf`
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { register } from 'node:module';

const [scenario, count] = process.argv.slice(2);
const LIMIT_SECONDS = 300;

if (!scenario) {
  const runs = [
    ['duplicate', 1000],
    ['duplicate', 4000],
    ['title', 100],
    ['title', 1000],
    ['large', 1000],
    ['large', 4000],
  ];
  for (const [name, n] of runs) {
    const run = spawnSync(process.execPath, [new URL(import.meta.url).pathname, name, String(n)], {
      encoding: 'utf8',
      timeout: LIMIT_SECONDS * 1000,
    });
    process.stdout.write(run.stdout || `${name} ${n}: did not finish in ${LIMIT_SECONDS} s\n`);
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
  title: () => [`[pdf]: https://example.org "${'t'.repeat(n * 1000)}"`],
  large: () => range(n).map((i) => `[pdf]: https://example.org/${i}`),
};
const base = scenario === 'large' ? largeList(400) : delta;
const text = `${base}\n${definitions[scenario]().join('\n')}\n`;

/** Seconds lint() takes on `markdown`, and its result. */
async function timed(markdown) {
  const started = performance.now();
  const result = await lint({ path: 'README.md', text: markdown });
  return { seconds: (performance.now() - started) / 1000, result };
}

await timed(base); // warm-up: loads the exact reader, compiles the hot paths
const plain = await timed(base);
const { seconds, result } = await timed(text);
const rss = Math.round(process.resourceUsage().maxRSS / 1024);
console.log(
  `${scenario} ${n}: ${seconds.toFixed(2)} s (${plain.seconds.toFixed(2)} s without the definitions), ` +
    `peak RSS ${rss} MB, ${result.checked} entries checked, ${result.readExactly} read by mdast, ` +
    `${result.findings.length} findings`,
);
