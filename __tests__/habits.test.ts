import { describe, expect, it } from '@jest/globals';
import { lint } from '../src/check/engine.js';

const PAPERS = [
  ['Attention Is All You Need', 'NeurIPS 2017', '1706.03762'],
  ['Deep Residual Learning for Image Recognition', 'CVPR 2016', '1512.03385'],
  ['Language Models are Few-Shot Learners', 'NeurIPS 2020', '2005.14165'],
  ['LoRA: Low-Rank Adaptation of Large Language Models', 'ICLR 2022', '2106.09685'],
  ['QLoRA: Efficient Finetuning of Quantized LLMs', 'NeurIPS 2023', '2305.14314'],
  ['Denoising Diffusion Probabilistic Models', 'NeurIPS 2020', '2006.11239'],
] as const;
const badge = (venue: string) => `![](https://img.shields.io/badge/${venue.split(' ')[0]}-blue)`;
const list = (glued: (index: number) => boolean) =>
  [
    '# Papers',
    '',
    '## Models',
    '',
    // Written three ways, so that no one template holds the list and only the habit speaks.
    ...PAPERS.map(([title, venue, id], index) => {
      const space = glued(index) ? '' : ' ';
      const link = `https://arxiv.org/abs/${id}`;
      return [
        `- **${title},** ${venue}.${space}${badge(venue)} [[pdf](${link})]`,
        `- **${title}** (${venue})${space}${badge(venue)} [paper](${link})`,
        `- [${title}](${link}) - ${venue}${space}${badge(venue)}`,
      ][index % 3];
    }),
    '',
  ].join('\n');
const spacing = async (text: string) =>
  (await lint({ path: 'README.md', text })).findings
    .filter((f) => f.rule === 'badge-spacing')
    .map((f) => f.line);

describe('badge spacing', () => {
  it('is asked of a badge glued where the entries around it space theirs', async () => {
    expect(await spacing(list((index) => index === 2))).toEqual([7]);
  });

  it('is not asked where the list glues its badges', async () => {
    expect(await spacing(list(() => true))).toEqual([]);
  });

  it('is not asked of badges a change brings to a list whose entries carried none', async () => {
    const plain = (withBadges: (index: number) => boolean) =>
      [
        '# Papers',
        '',
        ...PAPERS.map(
          ([title, venue, id], index) =>
            `- (*${venue}*) ${title} [[paper](https://arxiv.org/abs/${id})]${withBadges(index) ? badge(venue) : ''}`,
        ),
        '',
      ].join('\n');
    const review = async (baseText: string, text: string) =>
      (await lint({ path: 'README.md', text, baseText })).findings.filter((f) => f.rule === 'badge-spacing');
    expect(
      await review(
        plain(() => false),
        plain((index) => index < 2),
      ),
    ).toEqual([]);
    // Where the list's badges are spaced, the same glued badge is asked for its space.
    const spaced = plain(() => true).replaceAll(']![', '] ![');
    expect((await review(spaced, spaced.replace('] ![', ']!['))).map((f) => f.line)).toEqual([3]);
  });
});
