import { describe, expect, it } from '@jest/globals';
import { lint } from '../src/check/engine.js';
import { exportEntries, roundTrip } from '../src/grammar/index.js';

/**
 * `- [arXiv 2023.07](url), Title`: a link whose text is a venue and its date (or a site's label)
 * tags the entry; the title is the plain text after it, commas and all. Read as the title, the
 * label would make two papers of the same month one paper written twice.
 */
const PAPERS = [
  ['arXiv 2022.04', '2204.01691', 'Do As I Can, Not As I Say: Grounding Language in Robotic Affordances'],
  ['arXiv 2023.03', '2303.04137', 'Diffusion Policy: Visuomotor Policy Learning via Action Diffusion'],
  ['arXiv 2023.04', '2304.13705', 'Learning Fine-Grained Bimanual Manipulation with Low-Cost Hardware'],
  [
    'arXiv 2023.07',
    '2307.15818',
    'RT-2: Vision-Language-Action Models Transfer Web Knowledge to Robotic Control',
  ],
  ['arXiv 2024.06', '2406.09246', 'OpenVLA: An Open-Source Vision-Language-Action Model'],
] as const;
const SITE =
  '- [website](https://robotics-transformer1.github.io/), RT-1: Robotics Transformer for Real-World Control at Scale';
const VOXPOSER =
  '- [arXiv 2023.07](https://arxiv.org/abs/2307.05973), VoxPoser: Composable 3D Value Maps for Robotic Manipulation with Language Models';

const entry = ([label, id, title]: readonly [string, string, string]) =>
  `- [${label}](https://arxiv.org/abs/${id}), ${title}`;
const list = (entries: readonly string[]) => ['# Robot learning papers', '', ...entries, ''].join('\n');
const BASE = list([...PAPERS.map(entry), SITE]);

describe('a title after a link labelled with a date or a site', () => {
  it('reads the text after the label as the title, commas and all', async () => {
    const titles = (await exportEntries(BASE)).map((e) => [e.title, e.arxiv]);
    // The site's entry links no paper: it is a resource, not exported as one.
    expect(titles).toEqual(PAPERS.map(([, id, title]) => [title, id]));
  });

  it('writes every entry back as it was', async () => {
    expect((await roundTrip(BASE)).misses).toEqual([]);
  });

  it('does not take a new paper of the same month for one already listed', async () => {
    const after = list([VOXPOSER, ...PAPERS.map(entry), SITE]);
    const found = await lint({ path: 'README.md', text: after, baseText: BASE });
    expect(found.findings.filter((f) => f.rule === 'duplicate')).toEqual([]);
  });

  it('still reports the same paper added twice', async () => {
    const after = list([entry(PAPERS[3]), ...PAPERS.map(entry), SITE]);
    const found = await lint({ path: 'README.md', text: after, baseText: BASE });
    expect(found.findings.filter((f) => f.rule === 'duplicate').map((f) => f.line)).toEqual([3]);
  });
});
