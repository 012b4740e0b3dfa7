/**
 * The add round trip where a list's entries take several forms, or an entry strays from its form:
 * what the editor wrote at a place of the entry's form (a venue as the paper link's label, a code
 * link, a tag) is written back at that place, never at a slot of another form that has its name;
 * an entry written otherwise than its form still gives its venue; and a field the record lacks is
 * refused, not written as the form's punctuation around nothing (`() **Title**`), nor as an arXiv link
 * where the list links the published paper (`[[PUB](arXiv link)]`).
 */
import { describe, expect, test } from '@jest/globals';
import { addRoundTrip, exportEntries } from '../src/grammar/index.js';

describe('a venue as the paper link label, tags in code spans, a code link on some entries', () => {
  const text = [
    '# Point clouds',
    '',
    '- [[CVPR](https://arxiv.org/abs/1612.00593)] PointNet: Deep Learning on Point Sets for 3D Classification and Segmentation. [__`cls.`__]',
    '- [[CVPR](https://arxiv.org/abs/1711.06396)] VoxelNet: End-to-End Learning for Point Cloud Based 3D Object Detection. [__`det.`__]',
    '- [[CVPR](https://arxiv.org/abs/1711.08488)] Frustum PointNets for 3D Object Detection from RGB-D Data. [__`det.`__]',
    '- [[CVPR](https://arxiv.org/abs/1802.08275)] SPLATNet: Sparse Lattice Networks for Point Cloud Processing. [__`seg.`__]',
    '- [[ICCV](https://arxiv.org/abs/1904.08889)] KPConv: Flexible and Deformable Convolution for Point Clouds. [__`seg.`__]',
    '- [[NeurIPS](https://arxiv.org/abs/1706.02413)] PointNet++: Deep Hierarchical Feature Learning on Point Sets in a Metric Space. [[code](https://github.com/charlesq34/pointnet2)] [__`cls.`__ __`seg.`__]',
    '- [[TOG](https://arxiv.org/abs/1801.07829)] Dynamic Graph CNN for Learning on Point Clouds. [[code](https://github.com/WangYueFt/dgcnn)] [__`cls.`__ __`seg.`__]',
    '- [[NeurIPS](https://arxiv.org/abs/1801.07791)] PointCNN: Convolution On X-Transformed Points. [[code](https://github.com/yangyanli/PointCNN)] [__`cls.`__ __`seg.`__]',
    '- [[CVPR](https://arxiv.org/abs/1812.05784)] PointPillars: Fast Encoders for Object Detection from Point Clouds. [__`det.`__ __`aut.`__]',
    '- [[CVPR](https://arxiv.org/abs/1812.04244)] PointRCNN: 3D Object Proposal Generation and Detection from Point Cloud. [__`det.`__ __`aut.`__]',
    '- [[arXiv](https://arxiv.org/abs/1912.12033)] Deep Learning for 3D Point Clouds: A Survey. [__`cls.`__ __`det.`__]',
    '',
  ].join('\n');

  test('each entry is written back in its own form: its code link is no tag, its venue stays its own', async () => {
    const trip = await addRoundTrip(text);
    // Written by slot name into the list's most common form, the code link's URL became a tag and
    // the venue `CVPR`: `- [[CVPR](…1706.02413)] PointNet++: … [__\`https://github.com/….\`__]`.
    expect(trip.misses).toEqual([]);
    expect(trip.identical).toBe(11);
  });
});

describe('a venue and year in parentheses before a bold title, an entry or two written otherwise', () => {
  const text = [
    '# Graph RAG',
    '',
    '- (NeurIPS 2020) **Retrieval-Augmented Generation for Knowledge-Intensive NLP Tasks** [[Paper]](https://arxiv.org/abs/2005.11401)',
    '- (arXiv 2024) **From Local to Global: A Graph RAG Approach to Query-Focused Summarization** [[Paper]](https://arxiv.org/abs/2404.16130)',
    '- (ICLR 2024) **Reasoning on Graphs: Faithful and Interpretable Large Language Model Reasoning** [[Paper]](https://arxiv.org/abs/2310.01061)',
    '- (arXiv 2023) **Unifying Large Language Models and Knowledge Graphs: A Roadmap** [[Paper]](https://arxiv.org/abs/2306.08302)',
    '- (NeurIPS 2024) **HippoRAG: Neurobiologically Inspired Long-Term Memory for Large Language Models** [Paper](https://arxiv.org/abs/2405.14831)',
    '- （arXiv 2024） **LightRAG: Simple and Fast Retrieval-Augmented Generation** [[Paper]](https://arxiv.org/abs/2410.05779)',
    '- **Graph Retrieval-Augmented Generation: A Survey** [[Paper]](https://arxiv.org/abs/2408.08921)',
    '',
  ].join('\n');

  test('an entry that links its paper otherwise, or parenthesises full width, still gives its venue and year', async () => {
    const [, , , , hippo, light] = await exportEntries(text);
    expect(hippo).toMatchObject({ venue: 'NeurIPS', year: '2024' });
    expect(light).toMatchObject({ venue: 'arXiv', year: '2024' });
  });

  test("those entries are written back in the list's own form, with their venue", async () => {
    const trip = await addRoundTrip(text);
    const rendered = (line: number) => trip.misses.find((miss) => miss.line === line)?.rendered;
    expect(rendered(7)).toBe(
      '- (NeurIPS 2024) **HippoRAG: Neurobiologically Inspired Long-Term Memory for Large Language Models** [[Paper]](https://arxiv.org/abs/2405.14831)',
    );
    expect(rendered(8)).toBe(
      '- (arXiv 2024) **LightRAG: Simple and Fast Retrieval-Augmented Generation** [[Paper]](https://arxiv.org/abs/2410.05779)',
    );
  });

  test('an entry that gives no venue or year is written without the parentheses, never with them empty', async () => {
    const trip = await addRoundTrip(text);
    expect(trip.misses.map((miss) => miss.line)).not.toContain(9);
    expect(trip.misses.map((miss) => miss.rendered).join('\n')).not.toContain('()');
  });
});

describe('a table whose paper link is the published paper’s page, arXiv among the other links', () => {
  // Real papers: the publisher's page under [[PUB]], arXiv's under [[PDF]], the code under [[CODE]].
  const rows = [
    [
      'Communication-Efficient Learning of Deep Networks from Decentralized Data',
      'AISTATS',
      '2017',
      'https://proceedings.mlr.press/v54/mcmahan17a.html',
      '1602.05629',
      'https://github.com/shaoxiongji/federated-learning',
    ],
    [
      'Federated Optimization in Heterogeneous Networks',
      'MLSys',
      '2020',
      'https://proceedings.mlsys.org/paper/2020/hash/38af86134b65d0f10fe33d30dd76442e-Abstract.html',
      '1812.06127',
      'https://github.com/litian96/FedProx',
    ],
    [
      'SCAFFOLD: Stochastic Controlled Averaging for Federated Learning',
      'ICML',
      '2020',
      'https://proceedings.mlr.press/v119/karimireddy20a.html',
      '1910.06378',
      'https://github.com/google-research/federated',
    ],
    [
      'Federated Learning with Matched Averaging',
      'ICLR',
      '2020',
      'https://openreview.net/forum?id=BkluqlSFDS',
      '2002.06440',
      'https://github.com/IBM/FedMA',
    ],
    [
      'Ditto: Fair and Robust Federated Learning Through Personalization',
      'ICML',
      '2021',
      'https://proceedings.mlr.press/v139/li21h.html',
      '2012.04221',
      'https://github.com/litian96/ditto',
    ],
  ] as const;
  const text = [
    '# Federated Learning',
    '',
    '| Title | Venue | Year | Materials |',
    '| --- | --- | --- | --- |',
    ...rows.map(
      ([title, venue, year, pub, id, code]) =>
        `| ${title} | ${venue} | ${year} | [[PUB](${pub})] [[PDF](https://arxiv.org/abs/${id})] [[CODE](${code})] |`,
    ),
    '',
  ].join('\n');

  test('is not given the arXiv link under the publisher’s label: the entry is refused', async () => {
    const trip = await addRoundTrip(text);
    expect(trip.misses).toHaveLength(rows.length);
    for (const miss of trip.misses) {
      expect(miss.rendered).toBe('');
      expect(miss.refusal).toMatch(/link the published paper/);
    }
  });
});
