import { describe, expect, it } from '@jest/globals';
import { isPaperLink } from '../src/read/links.js';
import { lintText } from './helpers.js';

/** Papers written `- **Title.** Venue Year. [[pdf](url)]`: the list's paper link, bracketed, labelled `pdf`. */
const PAPERS: readonly [string, string, string][] = [
  ['Attention Is All You Need', 'NeurIPS 2017', '1706.03762'],
  [
    'BERT: Pre-training of Deep Bidirectional Transformers for Language Understanding',
    'NAACL 2019',
    '1810.04805',
  ],
  ['Deep Residual Learning for Image Recognition', 'CVPR 2016', '1512.03385'],
  ['Adam: A Method for Stochastic Optimization', 'ICLR 2015', '1412.6980'],
  ['Layer Normalization', 'arXiv 2016', '1607.06450'],
  ['Denoising Diffusion Probabilistic Models', 'NeurIPS 2020', '2006.11239'],
  ['Language Models are Few-Shot Learners', 'NeurIPS 2020', '2005.14165'],
  ['An Image is Worth 16x16 Words: Transformers for Image Recognition at Scale', 'ICLR 2021', '2010.11929'],
  ['LoRA: Low-Rank Adaptation of Large Language Models', 'ICLR 2022', '2106.09685'],
  ['Training language models to follow instructions with human feedback', 'NeurIPS 2022', '2203.02155'],
];
const entry = ([title, venue, id]: [string, string, string], link = `[[pdf](https://arxiv.org/abs/${id})]`) =>
  `- **${title}.** ${venue}. ${link}`;
const list = (entries: readonly string[], guide: readonly string[] = []) =>
  ['# Awesome Models', '', ...guide, '## Papers', '', ...entries, ''].join('\n');
const BASE = list(PAPERS.map((paper) => entry(paper)));
const FIRST = 5;
/** The list with its fifth entry (Layer Normalization) written otherwise. */
const withFifth = (written: string) => list(PAPERS.map((paper, i) => (i === 4 ? written : entry(paper))));
const FIFTH = FIRST + 4;
const pdfMissing = async (text: string, base = BASE) =>
  (await lintText(text, undefined, base)).findings.filter((f) => f.rule === 'pdf-missing');

describe('the paper link in another style', () => {
  it('is reported, written as the list writes it', async () => {
    const found = await pdfMissing(withFifth(entry(PAPERS[4], '[pdf](https://arxiv.org/abs/1607.06450)')));
    expect(found.map((f) => [f.line, f.message])).toEqual([
      [FIFTH, 'Write the paper link as `[[pdf](https://arxiv.org/abs/1607.06450)]`, as this list does.'],
    ]);
  });

  it('is not when its label is not one the list gives its paper links (another link, not theirs)', async () => {
    expect(
      await pdfMissing(withFifth(entry(PAPERS[4], '[Paper](https://arxiv.org/abs/1607.06450)'))),
    ).toEqual([]);
  });

  it('is not where the entries around it write theirs that way too', async () => {
    // Thirty papers, the last two written plain: the list brackets over 90% of its paper links.
    const many = Array.from({ length: 30 }, (_, n): [string, string, string] => [
      `Scaling Study Number ${n + 1} of Sparse Models`,
      'ICML 2021',
      `2101.0${String(n + 100).padStart(4, '0')}`,
    ]);
    const plain = (paper: [string, string, string]) =>
      entry(paper, `[pdf](https://arxiv.org/abs/${paper[2]})`);
    const base = list(many.map((paper, i) => (i >= 28 ? plain(paper) : entry(paper))));
    const text = list(many.map((paper, i) => (i >= 27 ? plain(paper) : entry(paper))));
    expect(await pdfMissing(text, base)).toEqual([]);
    // Among entries that bracket theirs, the same slip is reported.
    const early = list(many.map((paper, i) => (i >= 28 || i === 2 ? plain(paper) : entry(paper))));
    expect((await pdfMissing(early, base)).map((f) => f.line)).toEqual([FIRST + 2]);
  });

  it('is not when it renders alike: `[[pdf]](url)` shows `[pdf]` as `[[pdf](url)]` does', async () => {
    expect(
      await pdfMissing(withFifth(entry(PAPERS[4], '[[pdf]](https://arxiv.org/abs/1607.06450)'))),
    ).toEqual([]);
  });

  it('is not when the change writes most of its own links that way (its author’s way, not slips)', async () => {
    const plain = (paper: [string, string, string]) =>
      entry(paper, `[pdf](https://arxiv.org/abs/${paper[2]})`);
    const base = list(PAPERS.slice(0, 7).map((paper) => entry(paper)));
    const added = (written: (paper: [string, string, string]) => string) =>
      list([...PAPERS.slice(0, 7).map((paper) => entry(paper)), ...PAPERS.slice(7).map(written)]);
    expect(await pdfMissing(added(plain), base)).toEqual([]);
    // Writing most of them as the list does, the one written otherwise is a slip.
    const oneOff = (paper: [string, string, string]) => (paper === PAPERS[8] ? plain(paper) : entry(paper));
    expect((await pdfMissing(added(oneOff), base)).map((f) => f.line)).toEqual([FIRST + 8]);
  });

  it('is not when the change restyles the links of entries the list had (a maintainer’s new way)', async () => {
    // Each link on a line of its own under its title: the change rewrites only the link lines.
    const twoLines = (paper: [string, string, string], i: number, upTo: number) =>
      entry(paper)
        .replace(' [[pdf]', '\n  [[pdf]')
        .replace(/\[\[pdf\]\((.*)\)\]$/, i < upTo ? '[pdf]($1)' : '$&');
    const restyled = (upTo: number) => list(PAPERS.map((paper, i) => twoLines(paper, i, upTo)));
    // Three links rewritten one way, their titles left as they were.
    expect(await pdfMissing(restyled(3), restyled(0))).toEqual([]);
    // One rewritten alone is a slip.
    expect((await pdfMissing(restyled(1), restyled(0))).map((f) => f.line)).toEqual([FIRST + 1]);
  });

  it('is not when the change kept the link as it was (the entry had the problem before)', async () => {
    const slipped = entry(PAPERS[4], '[pdf](https://arxiv.org/abs/1607.06450)');
    const base = withFifth(slipped);
    // The change edits the entry's venue only.
    expect(await pdfMissing(withFifth(slipped.replace('arXiv 2016', 'arXiv 2016 (v2)')), base)).toEqual([]);
  });

  it('is not where the contribution guide writes the paper link that way', async () => {
    const guide = ['## Contributing', '', '```markdown', '- **Title.** Venue Year. [[pdf]](link)', '```', ''];
    const text = list(
      PAPERS.map((paper, i) =>
        i === 4 ? entry(paper, '[[pdf]](https://arxiv.org/abs/1607.06450)') : entry(paper),
      ),
      guide,
    );
    const base = list(
      PAPERS.map((paper) => entry(paper)),
      guide,
    );
    expect(await pdfMissing(text, base)).toEqual([]);
  });
});

describe('a missing paper link', () => {
  it('is reported where the change took it, naming the link as the list labels it', async () => {
    const found = await pdfMissing(withFifth(entry(PAPERS[4], '').trimEnd()));
    expect(found.map((f) => [f.line, f.message])).toEqual([
      [
        FIFTH,
        'Add a link to the paper itself, like `[[pdf](https://arxiv.org/abs/…)]`, as the other papers of this list have.',
      ],
    ]);
  });

  it('is asked for as a title link in a list that links its titles to the papers', async () => {
    const linked = ([title, venue, id]: [string, string, string]) =>
      `- [${title}](https://arxiv.org/abs/${id}), ${venue}`;
    const titled = (fifth: string) => list(PAPERS.map((paper, i) => (i === 4 ? fifth : linked(paper))));
    const found = await pdfMissing(
      titled(`- [${PAPERS[4][0]}], ${PAPERS[4][1]}`),
      list(PAPERS.filter((_, i) => i !== 4).map(linked)),
    );
    expect(found.map((f) => [f.line, f.message])).toEqual([
      [
        FIFTH,
        'Link the title to the paper, like `[Title](https://arxiv.org/abs/…)`, as the other papers of this list do.',
      ],
    ]);
  });

  it('is not when the entry lacked it before the change too', async () => {
    const unlinked = entry(PAPERS[4], '').trimEnd();
    expect(
      await pdfMissing(withFifth(unlinked.replace('arXiv 2016', 'arXiv 2016 (v2)')), withFifth(unlinked)),
    ).toEqual([]);
  });
});

describe('a venue index among the papers', () => {
  it('is not a paper: its links list a venue’s papers, none is one', async () => {
    const index =
      '- [IJCAI](https://dblp.org/search?q=venue%3AIJCAI%3A) [2025](https://www.ijcai.org/proceedings/2025/), [2024](https://www.ijcai.org/proceedings/2024/)';
    const text = list([
      ...PAPERS.slice(0, 5).map((paper) => entry(paper)),
      index,
      ...PAPERS.slice(5).map((paper) => entry(paper)),
    ]);
    const found = (await lintText(text, undefined, BASE)).findings;
    expect(found.filter((f) => f.line === FIRST + 5)).toEqual([]);
  });

  it('links pages that list papers, not papers', () => {
    const link = (url: string) => isPaperLink({ label: '2025', url });
    expect(
      [
        'https://www.ijcai.org/proceedings/2025/',
        'https://dl.acm.org/doi/proceedings/10.1145/3696410',
        'https://aclanthology.org/events/acl-2025/',
        'https://openaccess.thecvf.com/CVPR2025?day=all',
        'https://openreview.net/group?id=ICLR.cc/2025/Conference',
        'https://ieeexplore.ieee.org/xpl/conhome/9458599/proceeding',
        'http://proceedings.mlr.press/v238/',
      ].filter(link),
    ).toEqual([]);
    expect(
      [
        'https://www.ijcai.org/proceedings/2022/273',
        'https://dl.acm.org/doi/10.1145/3696410.3714884',
        'https://aclanthology.org/2021.findings-acl.46.pdf',
        'https://openaccess.thecvf.com/content/CVPR2025/html/Wang_Population_Normalization_CVPR_2025_paper.html',
        'https://openreview.net/forum?id=CMMpcs9prj',
        'https://proceedings.mlr.press/v286/akgul25a.html',
        'https://arxiv.org/abs/2106.09685',
      ].every(link),
    ).toBe(true);
  });
});

describe('a paper link the change took out', () => {
  /** Papers as paragraphs, each title line over a line that only links it: `PDF: <https://…>`. */
  const paragraphs = (link: (id: string) => string) =>
    [
      '# Awesome Models',
      '',
      '## Papers',
      '',
      ...PAPERS.flatMap(([title, , id]) => [`${title} ,`, link(id), '']),
    ].join('\n');
  const autolinked = paragraphs((id) => `PDF: <https://arxiv.org/pdf/${id}>`);

  it('is missed where the list links its papers by autolinks, and the label is left alone', async () => {
    // The fifth paper's link line is line 18; the scanner that learns the style sees the autolinks.
    const text = autolinked.replace('PDF: <https://arxiv.org/pdf/1607.06450>', 'PDF:');
    const found = await pdfMissing(text, autolinked);
    expect(found.map((f) => f.line)).toEqual([18]);
  });

  it('is missed where its line was emptied, leaving spaces: said on the line above it', async () => {
    // Author lines under the title carry on its item lazily, and so does the link line under them.
    const authored = [
      '# Awesome Models',
      '',
      '## Papers',
      '',
      ...PAPERS.flatMap(([title, venue, id]) => [
        `* **${title}**, ${venue}`,
        'Ashish Vaswani, Noam Shazeer',
        `[[page]](https://arxiv.org/abs/${id})`,
        '',
      ]),
    ].join('\n');
    // The fifth paper starts at line 21; its link line (23) now holds spaces only.
    const text = authored.replace('[[page]](https://arxiv.org/abs/1607.06450)', '    ');
    const found = await pdfMissing(text, authored);
    expect(found.map((f) => f.line)).toEqual([22]);
    // The same link taken out with its line is said there too.
    const gone = authored.replace('[[page]](https://arxiv.org/abs/1607.06450)\n', '');
    expect((await pdfMissing(gone, authored)).map((f) => f.line)).toEqual([22]);
  });
});
