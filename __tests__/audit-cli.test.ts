/**
 * `paperlint audit` as the CLI runs it, in-process (the fakes answer on loopback in this process):
 * the command's own option table and run function, the file written in place, stdout and stderr.
 */
import { afterEach, beforeEach, describe, expect, it, jest } from '@jest/globals';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseCommandLine, UsageError } from '../src/args.js';
import { auditCommand } from '../src/audit/command.js';
import { writeInPlace } from '../src/write-file.js';
import { FakeArxiv, fixtureRecords } from './support/fake-arxiv.js';
import { FakeSites } from './support/fake-links.js';

let arxiv: FakeArxiv;
let sites: FakeSites;
beforeEach(async () => {
  arxiv = new FakeArxiv(
    fixtureRecords().map((record) =>
      record.id === '2106.09685' ? { ...record, journalRef: 'ICLR 2022' } : record,
    ),
  );
  sites = new FakeSites();
  await Promise.all([arxiv.start(), sites.start()]);
  process.env.ARXIV_API_URL = arxiv.url;
});
afterEach(async () => {
  delete process.env.ARXIV_API_URL;
  await Promise.all([arxiv.stop(), sites.stop()]);
});

const command = auditCommand({
  readText: (path) => readFileSync(path, 'utf8'),
  writeInPlace,
  settingsFor: async () => ({}),
  version: () => '0.0.0-test',
});

async function run(argv: string[]) {
  let stdout = '';
  let stderr = '';
  const out = jest.spyOn(process.stdout, 'write').mockImplementation((chunk) => ((stdout += chunk), true));
  const err = jest.spyOn(process.stderr, 'write').mockImplementation((chunk) => ((stderr += chunk), true));
  try {
    const status = await command.run(parseCommandLine(argv, command.options));
    return { status, stdout, stderr };
  } finally {
    out.mockRestore();
    err.mockRestore();
  }
}

function listFile(dir = mkdtempSync(join(tmpdir(), 'paperlint-audit-'))): string {
  const file = join(dir, 'README.md');
  writeFileSync(
    file,
    `# Papers

## Methods

- **LoRA: Low-Rank Adaptation of Large Language Models,** Preprint 2021. ![](https://img.shields.io/badge/LoRA-blue)

  *Edward J. Hu, Yelong Shen*. [[pdf](https://arxiv.org/abs/2106.09685)], [[code](${sites.url('/moved', '127.0.0.1')})]

- **Parameter-Efficient Transfer Learning for NLP,** ICML 2019. ![](https://img.shields.io/badge/Adapter-blue)

  *Neil Houlsby, Andrei Giurgiu*. [[pdf](https://arxiv.org/abs/1902.00751)], [[Project](${sites.url('/gone', '127.0.0.1')})], [[Slides](${sites.url('/broken', '127.0.0.1')})]

- **The Power of Scale for Parameter-Efficient Prompt Tuning,** EMNLP 2021. ![](https://img.shields.io/badge/Prompt-blue)

  *Brian Lester, Rami Al-Rfou, Noah Constant*. [[pdf](https://arxiv.org/abs/2104.08691)]
`,
  );
  return file;
}

describe('paperlint audit (CLI)', () => {
  it('reports, without asking anyone, unless told to', async () => {
    const file = listFile();
    const { status, stdout } = await run([file]);
    expect(status).toBe(0);
    expect(stdout).toMatch(/0 errors, 0 warnings in 3 entries checked/);
    expect(arxiv.requests).toEqual([]);
    expect(sites.requests).toEqual([]);
  });

  it('fixes what is certain in place, lists each fix on stderr, and reports the rest', async () => {
    const file = listFile();
    const { status, stdout, stderr } = await run([file, '--arxiv', '--links', '--fix', '--format', 'json']);
    expect(status).toBe(0);
    const text = readFileSync(file, 'utf8');
    expect(text).toContain('**LoRA: Low-Rank Adaptation of Large Language Models,** ICLR 2022.');
    expect(text).toContain(`[[code](${sites.url('/ok', '127.0.0.1')})]`);
    expect(stderr).toMatch(/README\.md:5:\d+ {2}fixed {2}Published since in ICLR 2022/);
    expect(stderr).toMatch(/README\.md:7:\d+ {2}fixed {2}This link has moved for good/);
    expect(stderr).toMatch(/Fixed 2 findings in .*README\.md\./);
    const report = JSON.parse(stdout);
    expect(report.findings).toEqual([
      expect.objectContaining({ rule: 'link-dead', line: 11, source: expect.stringContaining('→ 404') }),
    ]);
    expect(report.unchecked).toEqual([
      expect.objectContaining({ line: 11, reason: 'HTTP 500', url: sites.url('/broken', '127.0.0.1') }),
    ]);
    // One arXiv request for the whole list, every pass after answered from memory.
    expect(arxiv.requests).toHaveLength(1);
  });

  it('writes SARIF naming the audit’s own checks', async () => {
    const { stdout } = await run([listFile(), '--arxiv', '--format', 'sarif']);
    const sarif = JSON.parse(stdout);
    const rules = sarif.runs[0].tool.driver.rules.map((rule: { id: string }) => rule.id);
    expect(rules).toEqual(
      expect.arrayContaining(['published', 'arxiv-withdrawn', 'link-dead', 'link-moved']),
    );
    expect(sarif.runs[0].results).toEqual([
      expect.objectContaining({ ruleId: 'published', ruleIndex: rules.indexOf('published') }),
    ]);
  });

  it('keeps the link cache out of the repository', async () => {
    const repo = mkdtempSync(join(tmpdir(), 'paperlint-repo-'));
    execFileSync('git', ['init', '--quiet'], { cwd: repo });
    const file = listFile(repo);
    await expect(run([file, '--links', '--link-cache', join(repo, 'links.json')])).rejects.toThrow(
      UsageError,
    );
    writeFileSync(join(repo, '.gitignore'), '.cache/\n');
    const ignored = join(repo, '.cache', 'links.json');
    await run([file, '--links', '--link-cache', ignored]);
    expect(existsSync(ignored)).toBe(true);
    await expect(run([file, '--link-cache', ignored])).rejects.toThrow('--link-cache goes with --links');
  });

  it('answers from the link cache on the next run', async () => {
    const cache = join(mkdtempSync(join(tmpdir(), 'paperlint-cache-')), 'links.json');
    await run([listFile(), '--links', '--link-cache', cache]);
    const asked = sites.requests.length;
    const { stderr } = await run([listFile(), '--links', '--link-cache', cache]);
    expect(stderr).toMatch(/\(1 link from the cache\)/);
    // Only the dead and the unchecked links are asked again.
    expect(
      sites.requests
        .slice(asked)
        .map((r) => r.path)
        .sort(),
    ).toEqual(['/broken', '/broken', '/gone', '/gone']);
  });
});
