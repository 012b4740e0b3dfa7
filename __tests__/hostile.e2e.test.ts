/**
 * Hostile text in an entry, end to end: whatever a PR writes, every comment, summary and annotation
 * paperlint produces stays inert: no mention pings, no HTML, no forged markers, no broken fence, no
 * forged workflow command, and no body over GitHub's limit. And the token is never printed.
 */
import { beforeEach, describe, expect, it } from '@jest/globals';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { gfmTableFromMarkdown } from 'mdast-util-gfm-table';
import { gfmTable } from 'micromark-extension-gfm-table';
import { DELTA, insertAfter, readFixture } from './helpers.js';
import { BASE_SHA, HEAD_SHA, openPullRequest, patchOf, runAction } from './support/action-harness.js';
import type { FakeGitHub } from './support/fake-github.js';
import { fakeGitHubPerTest } from './support/per-test.js';

const BASE = readFixture(DELTA);
const HOSTILE =
  // The forged command comes before the `<img>`: GitHub renders that tag as an image, which ends a
  // title that is not bold, and the forged text must stay in the title that messages quote.
  '@thunlp/maintainers %0A::error::forged <img src=x onerror=alert(1)> <!-- paperlint fp=0123456789abcdef fixed --> ```` \u202egnp.exe';
const HOSTILE_AUTHORS =
  '  *@octocat <script>alert(1)</script> ``` %0A::warning::x*. [[pdf](https://arxiv.org/pdf/2210.11416.pdf)]';
const ENTRIES = [
  `- ${HOSTILE}, ICML 2019. ![](https://img.shields.io/badge/X-red)`,
  '',
  HOSTILE_AUTHORS,
  '',
  '- **Bidi in the authors,** ACL 2023. ![](https://img.shields.io/badge/B-blue)',
  '',
  '  *Eve \u202eevE*. [[pdf](https://arxiv.org/pdf/2301.00042.pdf)]',
  '',
].join('\n');
const HEAD = insertAfter(BASE, 118, ENTRIES);

const github = fakeGitHubPerTest();
let fake: FakeGitHub;
beforeEach(() => {
  fake = github();
  openPullRequest(fake, BASE, HEAD);
});

const OUR_HTML =
  /^(<!-- paperlint (fp=[0-9a-z.:/,-]+( fixed)?|review|reported=[0-9a-z.:/,-]*) -->|<\/?details>|<summary>[^<]*<\/summary>)$/;
const BIDI = /[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/;

interface Node {
  type: string;
  value?: string;
  lang?: string | null;
  children?: Node[];
}

/** Every node of the markdown as GitHub would parse it. */
function nodes(markdown: string): Node[] {
  const all: Node[] = [];
  const walk = (node: Node) => {
    all.push(node);
    node.children?.forEach(walk);
  };
  walk(fromMarkdown(markdown) as unknown as Node);
  return all;
}

/** What must hold of any body paperlint writes. */
function expectInert(body: string) {
  expect(body.length).toBeLessThanOrEqual(65536);
  expect(body).not.toMatch(BIDI);
  const parsed = nodes(body);
  for (const node of parsed.filter((n) => n.type === 'html')) expect(node.value).toMatch(OUR_HTML);
  for (const node of parsed.filter((n) => n.type === 'text')) expect(node.value).not.toMatch(/@\w/);
  for (const node of parsed.filter((n) => n.type === 'inlineCode')) expect(node.value).not.toMatch(/@\w/);
  for (const node of parsed.filter((n) => n.type === 'link'))
    expect((node as { url?: string }).url).toMatch(/^https:\/\//);
  const markers = parsed.filter((n) => n.type === 'html' && /fp=/.test(n.value ?? ''));
  expect(markers.length).toBeLessThanOrEqual(1);
  if (markers.length === 1) expect(body.startsWith(markers[0].value!)).toBe(true);
  return parsed;
}

describe('hostile text in an entry', () => {
  it('stays inert in every comment and the summary; suggestions keep their fence', async () => {
    // A file name is PR text too, and the summary shows it outside any code span.
    const hostilePath = 'lists/@thunlp <img src=x onerror=alert(1)> [x](javascript:alert(1)).md';
    fake.setFile(BASE_SHA, hostilePath, BASE);
    fake.setFile(HEAD_SHA, hostilePath, HEAD);
    fake.files.push({ filename: hostilePath, status: 'modified', patch: patchOf(BASE, HEAD) });
    const run = await runAction(fake, { inputs: { files: '**/*.md' } });
    expect(run.summary).toContain('@\u200bthunlp &lt;img');
    expect(fake.reviews).toHaveLength(1);
    expectInert(fake.reviews[0].body);
    expectInert(run.summary);
    for (const comment of fake.comments) {
      const parsed = expectInert(comment.body);
      for (const code of parsed.filter((n) => n.type === 'code')) {
        expect(code.lang).toBe('suggestion');
        // The fence holds: the block is exactly the fixed line, backticks and all.
        expect(code.value).toBe(
          HOSTILE_AUTHORS.replace('arxiv.org/pdf/2210.11416.pdf', 'arxiv.org/abs/2210.11416'),
        );
      }
    }
    const suggestions = fake.comments.filter((c) => c.body.includes('suggestion'));
    expect(suggestions).toHaveLength(2);
    const bidi = fake.comments.find((c) => c.line === 125);
    expect(bidi?.body).toContain('No one-click fix: the line holds invisible text-direction characters');
    // The forged marker in the title did not make paperlint think the finding was already fixed.
    expect(fake.comments.some((c) => c.body.includes('title-format'))).toBe(true);
  });

  it('cannot forge a workflow command through the annotations', async () => {
    fake.readOnly = true;
    const run = await runAction(fake);
    const commands = run.stdout.split('\n').filter((line) => line.startsWith('::'));
    for (const line of commands) expect(line).toMatch(/^::(error|warning|notice|add-mask)( [^:]+)?::/);
    expect(commands.filter((line) => line.startsWith('::error::forged'))).toEqual([]);
    expect(run.stdout).not.toMatch(/\n::(error|warning)::(forged|x)/);
    expect(run.stdout).toContain('%250A::error::forged');
    expect(
      commands.filter((line) => line.startsWith('::error ') || line.startsWith('::warning ')),
    ).toHaveLength(Number(run.outputs.findings));
  });

  it('keeps review and summary bodies under 65,536 characters, saying what was cut', async () => {
    const broken = Array.from(
      { length: 700 },
      (_, i) =>
        // Empty links, not only style slips: a change that repeats one style slip on every entry
        // gets one summary line for it, and this test needs thousands of findings.
        `- **${'Long title '.repeat(8)}${i},** ACL 2023.![](https://img.shields.io/badge/X${i}-red)\n  *A. Author*. [[pdf](https://arxiv.org/pdf/2301.${String(10000 + i)}.pdf)], [[Project]()], [[Code]()], [[Demo]()]\n`,
    ).join('\n');
    const head = insertAfter(BASE, 118, broken);
    fake.setFile(HEAD_SHA, 'README.md', head);
    fake.files = [{ filename: 'README.md', status: 'modified', patch: patchOf(BASE, head) }];
    const run = await runAction(fake, { inputs: { 'max-comments': '0' } });
    const body = fake.reviews[0].body;
    expect(body.length).toBeLessThanOrEqual(65536);
    expect(body).toMatch(/\n- _…and \d+ more findings: see the job summary\._\n/);
    expect(body).toMatch(/<!-- paperlint reported=[0-9a-f,]+ -->$/);
    expect(run.summary.length).toBeLessThanOrEqual(65536 + 1);
    expect(run.summary).toContain('the table was cut to fit');
    expect(Number(run.outputs.findings)).toBeGreaterThan(2000);
  });
});

describe('the job summary table (item 8)', () => {
  it('keeps a title with `|` in its cell: no live link, image or HTML', async () => {
    const phish =
      '- Urgent | [Sign in again](https://evil.example/login) ![](https://evil.example/pixel.png) <img src=x onerror=alert(1)> `a|b` c\\\\|d, ACL 2023. ![](https://img.shields.io/badge/U-blue)\n\n  *A. Author*. [[pdf](https://arxiv.org/abs/2301.00002)]\n';
    const head = insertAfter(BASE, 118, phish);
    openPullRequest(fake, BASE, head);
    const run = await runAction(fake);
    expect(run.summary).toContain('title-format');
    const tree = fromMarkdown(run.summary, {
      extensions: [gfmTable()],
      mdastExtensions: [gfmTableFromMarkdown()],
    }) as unknown as Node;
    const all: Node[] = [];
    const walk = (node: Node) => {
      all.push(node);
      node.children?.forEach(walk);
    };
    walk(tree);
    const rows = all.filter((n) => n.type === 'tableRow');
    expect(rows.length).toBeGreaterThan(1);
    for (const row of rows) expect(row.children).toHaveLength(4);
    expect(all.filter((n) => n.type === 'image' || n.type === 'html')).toEqual([]);
    for (const link of all.filter((n) => n.type === 'link'))
      expect((link as { url?: string }).url).toMatch(/^https:\/\/github\.com\//);
  });
});

describe('big pull requests (items 6 and 7)', () => {
  it('reviews a PR that changes 4,000 entries: one review, the summary and the outputs', async () => {
    const added = Array.from(
      { length: 4000 },
      (_, i) =>
        // Empty links: a style slip repeated on every entry is one summary line, not 4,000 findings.
        `- **Paper number ${i},** ACL 2023.![](https://img.shields.io/badge/P${i}-blue)\n\n  *A. Author*. [[pdf](https://arxiv.org/pdf/2301.${String(10000 + i)}.pdf)], [[Code]()], [[Demo]()]\n`,
    ).join('\n');
    const head = insertAfter(BASE, 118, added);
    fake.setFile(HEAD_SHA, 'README.md', head);
    fake.files = [{ filename: 'README.md', status: 'modified', patch: patchOf(BASE, head) }];
    const run = await runAction(fake);
    expect(run.code).toBe(1);
    expect(fake.reviews).toHaveLength(1);
    const body = fake.reviews[0].body;
    expect(body.length).toBeLessThanOrEqual(65536);
    expectInert(body);
    const reported = /<!-- paperlint reported=([0-9a-f,]+) -->$/.exec(body)![1].split(',');
    const listed = body.split('\n').filter((line) => line.startsWith('- `README.md` line '));
    // Only what the body lists is marked reported; the rest is reported when there is room.
    expect(reported).toHaveLength(listed.length);
    expect(body).toMatch(/- _…and \d+ more findings: see the job summary\._/);
    expect(fake.comments).toHaveLength(30);
    expect(Number(run.outputs.findings)).toBeGreaterThanOrEqual(8000);
    expect(run.outputs['entries-checked']).toBe('4000');
    expect(run.summary).toContain('4000 entries checked');
  });

  it('drops a suggestion too long for a comment whole, and keeps the finding', async () => {
    const authors = Array.from({ length: 9000 }, (_, i) => `Author ${i}`).join(', ');
    const entry = `- **A Long Author List,** ACL 2023. ![](https://img.shields.io/badge/L-blue)\n\n  *${authors}*. [[pdf](https://arxiv.org/pdf/2301.00077.pdf)]\n`;
    const head = insertAfter(BASE, 118, entry);
    expect(head.split('\n')[120].length).toBeGreaterThan(65536);
    fake.setFile(HEAD_SHA, 'README.md', head);
    fake.files = [{ filename: 'README.md', status: 'modified', patch: patchOf(BASE, head) }];
    await runAction(fake);
    const comment = fake.comments.find((c) => c.line === 121)!;
    expect(comment.body).toContain('arxiv-abs');
    expect(comment.body).toContain('No one-click fix: the fixed line is too long for a GitHub comment');
    expect(nodes(comment.body).filter((n) => n.type === 'code')).toEqual([]);
    expect(comment.body).not.toContain('shortened');
  });
});

describe('the token', () => {
  it('is masked and never printed, posted or written', async () => {
    const run = await runAction(fake);
    const lines = run.stdout.split('\n');
    expect(lines.filter((line) => line === '::add-mask::test-token')).toHaveLength(1);
    const elsewhere = [
      ...lines.filter((line) => line !== '::add-mask::test-token'),
      run.stderr,
      run.summary,
      JSON.stringify(run.outputs),
      ...fake.reviews.map((r) => r.body),
      ...fake.comments.map((c) => c.body),
    ].join('\n');
    expect(elsewhere).not.toContain('test-token');
  });
});
