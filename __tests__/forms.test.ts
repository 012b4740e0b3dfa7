/**
 * A scope's other forms: entries a list writes in more than one way (with and without a venue, with
 * and without links) each read and write back through the form they follow; `add` writes a new
 * entry in the form entries with its links follow.
 */
import { describe, expect, test } from '@jest/globals';
import { addRoundTrip, exportEntries, readList, roundTrip } from '../src/grammar/index.js';
import { cutEntry } from '../src/grammar/template.js';

const PAPERS = [
  {
    title: 'Attention Is All You Need',
    names: 'Vaswani, A., Shazeer, N., & Parmar, N.',
    venue: 'NeurIPS',
    year: '2017',
    id: '1706.03762',
    code: 'https://github.com/tensorflow/tensor2tensor',
  },
  {
    title: 'Deep Residual Learning for Image Recognition',
    names: 'He, K., Zhang, X., & Ren, S.',
    venue: 'CVPR',
    year: '2016',
    id: '1512.03385',
    code: 'https://github.com/KaimingHe/deep-residual-networks',
  },
  {
    title: 'Adam: A Method for Stochastic Optimization',
    names: 'Kingma, D. P., & Ba, J.',
    venue: 'ICLR',
    year: '2015',
    id: '1412.6980',
    code: '',
  },
  {
    title: 'Neural Machine Translation by Jointly Learning to Align and Translate',
    names: 'Bahdanau, D., Cho, K., & Bengio, Y.',
    venue: 'ICLR',
    year: '2015',
    id: '1409.0473',
    code: '',
  },
  {
    title: 'Batch Normalization: Accelerating Deep Network Training by Reducing Internal Covariate Shift',
    names: 'Ioffe, S., & Szegedy, C.',
    venue: 'ICML',
    year: '2015',
    id: '1502.03167',
    code: 'https://github.com/tensorflow/models',
  },
  {
    title: 'Generative Adversarial Networks',
    names: 'Goodfellow, I., Pouget-Abadie, J., & Mirza, M.',
    venue: 'NeurIPS',
    year: '2014',
    id: '1406.2661',
    code: 'https://github.com/goodfeli/adversarial',
  },
  {
    title: 'Dropout: A Simple Way to Prevent Neural Networks from Overfitting',
    names: 'Srivastava, N., Hinton, G., & Krizhevsky, A.',
    venue: 'JMLR',
    year: '2014',
    id: '1207.0580',
    code: '',
  },
  {
    title: 'Sequence to Sequence Learning with Neural Networks',
    names: 'Sutskever, I., Vinyals, O., & Le, Q. V.',
    venue: 'NeurIPS',
    year: '2014',
    id: '1409.3215',
    code: '',
  },
];

type Paper = (typeof PAPERS)[number];

function list(entry: (paper: Paper, index: number) => string): string {
  return `# Papers\n\n${PAPERS.map(entry).join('\n')}\n`;
}

describe('forms besides the template', () => {
  test('entries without a venue follow a form of their own, and both forms round-trip', async () => {
    // Five entries name the venue, three do not: both are the list's ways of writing an entry.
    const text = list((p, i) =>
      i < 5
        ? `- [${p.title}](https://arxiv.org/abs/${p.id}), ${p.venue} ${p.year}`
        : `- [${p.title}](https://arxiv.org/abs/${p.id})`,
    );
    const { grammar, papers } = await readList(text);
    expect(grammar.templateFor(papers[0])?.shape).toBe('- [{title}]({paper}), {venue} {year}');
    expect(await roundTrip(text)).toMatchObject({ entries: 8, identical: 8 });
    const entries = await exportEntries(text);
    expect(entries.map((entry) => entry.venue)).toEqual([
      ...PAPERS.slice(0, 5).map((p) => p.venue),
      null,
      null,
      null,
    ]);
  });

  test('one entry written its own way is no form of the list: it does not round-trip', async () => {
    const text = list((p, i) =>
      i === 3
        ? `- [${p.title}](https://arxiv.org/abs/${p.id}) (${p.venue} ${p.year})`
        : `- [${p.title}](https://arxiv.org/abs/${p.id}), ${p.venue} ${p.year}`,
    );
    const trip = await roundTrip(text);
    expect(trip.identical).toBe(7);
    expect(trip.misses.map((miss) => miss.source)).toEqual([expect.stringContaining(PAPERS[3].title)]);
  });

  test('two entries written alike are a form of the list: each reads back through it', async () => {
    // The list names each paper on its item and cites it below: most set the title in italics, two
    // quote it. Two entries written one way are the list's way, not one editor's slip.
    const text = list((p, i) => {
      const title = i === 2 || i === 5 ? `"${p.title}"` : `*${p.title}*`;
      return `* ${p.title.split(':')[0]} [[Paper](https://arxiv.org/abs/${p.id})]\n  * ${p.names}, ${title}, ${p.venue} ${p.year}`;
    });
    const trip = await roundTrip(text);
    expect(trip.misses).toEqual([]);
    expect(trip).toMatchObject({ entries: 8, identical: 8 });
  });

  test('a form two entries share is read, never written: a new entry takes the template', async () => {
    const text = list((p, i) =>
      i === 2 || i === 5
        ? `- [${p.title}](https://arxiv.org/abs/${p.id}) (${p.venue} ${p.year})`
        : `- [${p.title}](https://arxiv.org/abs/${p.id}), ${p.venue} ${p.year}`,
    );
    expect(await roundTrip(text)).toMatchObject({ entries: 8, identical: 8 });
    const { grammar, papers } = await readList(text);
    const template = grammar.templateFor(papers[0])!;
    expect(template.shape).toBe('- [{title}]({paper}), {venue} {year}');
    expect(grammar.formsToWrite(template, { links: false, badges: false })).toEqual([template]);
  });

  test('a form two entries of a section share yields to the list’s form that frames them too', async () => {
    // Most of the list gives the venue in brackets; a section mostly leaves it out, and two of its
    // entries give it as the list does: they are read through the list's form, venue and all.
    const cited = (p: Paper) =>
      `1. **${p.title}**. (${p.venue} ${p.year}) <br />\nA. Author, B. Author.\n [[paper](https://arxiv.org/abs/${p.id})]`;
    const bare = (p: Paper) =>
      `1. **${p.title}**. <br />\nA. Author, B. Author. [[paper](https://arxiv.org/abs/${p.id})]`;
    const surveys = PAPERS.map((p, i) => (i === 2 || i === 5 ? cited(p) : bare(p)));
    const text = `# Papers\n\n## Methods\n\n${PAPERS.map(cited).join('\n')}\n\n## Surveys\n\n${surveys.join('\n')}\n`;
    expect(await roundTrip(text)).toMatchObject({ entries: 16, identical: 16 });
    const entries = await exportEntries(text);
    expect(entries[10]).toMatchObject({
      title: PAPERS[2].title,
      venue: PAPERS[2].venue,
      year: PAPERS[2].year,
    });
    expect(entries[13]).toMatchObject({
      title: PAPERS[5].title,
      venue: PAPERS[5].venue,
      year: PAPERS[5].year,
    });
  });

  test('an entry no form frames is not written into one: no slot punctuation around nothing', async () => {
    const text = list((p, i) =>
      i === 4
        ? `* ${p.names}. ${p.title}. ${p.venue} ${p.year}. [[Paper](https://arxiv.org/abs/${p.id})]`
        : `* ${p.title.split(':')[0]} [[Paper](https://arxiv.org/abs/${p.id})]\n  * ${p.names}, *${p.title}*, ${p.venue} ${p.year}`,
    );
    const trip = await roundTrip(text);
    expect(trip.identical).toBe(7);
    expect(trip.misses).toEqual([
      {
        line: expect.any(Number),
        source: expect.stringContaining(PAPERS[4].names),
        rendered: '',
        heldTo: expect.stringContaining('*{note}*'),
      },
    ]);
  });

  test('an arXiv id ending the citation is no year, though its last digits read like one', async () => {
    // `arXiv:1506.02078` ends in `2078`, part of the id: the entry names no year.
    const karpathy = {
      ...PAPERS[6],
      title: 'Visualizing and Understanding Recurrent Networks',
      names: 'Karpathy, A., Johnson, J., & Fei-Fei, L.',
      id: '1506.02078',
    };
    const text = list((p, i) => {
      const paper = i === 6 ? karpathy : p;
      return `* ${paper.names}, [${paper.title}](https://arxiv.org/pdf/${paper.id}), arXiv:${paper.id}`;
    });
    const entries = await exportEntries(text);
    expect(entries[6]).toMatchObject({ venue: 'arXiv:1506.02078', year: null, arxiv: '1506.02078' });
    expect(await roundTrip(text)).toMatchObject({ entries: 8, identical: 8 });
  });

  test('a run of links takes the space before it: entries with and without links share the template', async () => {
    const text = list(
      (p) => `- [${p.title}](https://arxiv.org/abs/${p.id})${p.code ? ` [[code]](${p.code})` : ''}`,
    );
    const { grammar, papers } = await readList(text);
    expect(grammar.templateFor(papers[0])?.shape).toBe('- [{title}]({paper}){links}');
    expect(grammar.templates[0].style.linkLead).toBe(' ');
    expect(await roundTrip(text)).toMatchObject({ entries: 8, identical: 8 });
  });

  test('a year most entries share is still each entry’s own', async () => {
    const text = list(
      (p, i) => `- **${p.title}** ${i === 6 ? '2014' : '2015'} [[pdf](https://arxiv.org/abs/${p.id})]`,
    );
    const { grammar, papers } = await readList(text);
    expect(grammar.templateFor(papers[0])?.shape).not.toContain('2015');
    expect(await roundTrip(text)).toMatchObject({ entries: 8, identical: 8 });
  });
});

describe('writing in the form entries like it follow', () => {
  // The links between the title and the names stand apart with their own dashes: an entry without
  // code is written `- [Title](url) - Names (Venue Year)`, not with an empty run between two dashes.
  const text = list(
    (p) =>
      `- [${p.title}](https://arxiv.org/abs/${p.id}) -${p.code ? ` [[CODE]](${p.code}) -` : ''} ${p.names} (${p.venue} ${p.year})`,
  );

  test('entries with and without links each round-trip through their form', async () => {
    expect(await roundTrip(text)).toMatchObject({ entries: 8, identical: 8 });
  });

  test('add writes each entry back from its fields in its own form, names joined as the list joins them', async () => {
    const trip = await addRoundTrip(text);
    expect(trip.misses).toEqual([]);
    expect(trip).toMatchObject({ entries: 8, identical: 8 });
  });

  test('names written surname first are read whole, the comma inside each name kept', async () => {
    const entries = await exportEntries(text);
    // The last name's full stop is the template's own (`… Bengio, Y. (ICLR 2015)`): it is not read.
    expect(entries[3].authors.slice(0, 2)).toEqual(['Bahdanau, D.', 'Cho, K.']);
    expect(entries[7].authors).toHaveLength(3);
    expect(entries[7].authors[1]).toBe('Vinyals, O.');
  });
});

describe('names joined by "and", each written surname first', () => {
  // `_Vaswani, Ashish and Shazeer, Noam_`: the commas are inside the names, "and" between them.
  const FULL_NAMES = [
    'Vaswani, Ashish and Shazeer, Noam and Parmar, Niki',
    'He, Kaiming and Zhang, Xiangyu and Ren, Shaoqing',
    'Kingma, Diederik and Ba, Jimmy',
    'Bahdanau, Dzmitry and Cho, Kyunghyun and Bengio, Yoshua',
    'Ioffe, Sergey and Szegedy, Christian',
    'Goodfellow, Ian and Pouget-Abadie, Jean and Mirza, Mehdi',
    'Srivastava, Nitish and Hinton, Geoffrey and Krizhevsky, Alex',
    'Sutskever, Ilya and Vinyals, Oriol and Le, Quoc',
  ];
  const text = list(
    (p, i) => `1. __${p.title}.__ _${FULL_NAMES[i]}_. ${p.year} [[paper]](https://arxiv.org/abs/${p.id})`,
  );

  test('are exported whole and added back as the list writes them', async () => {
    const entries = await exportEntries(text);
    expect(entries[2].authors).toEqual(['Kingma, Diederik', 'Ba, Jimmy']);
    expect(entries[3].authors).toEqual(['Bahdanau, Dzmitry', 'Cho, Kyunghyun', 'Bengio, Yoshua']);
    const trip = await addRoundTrip(text);
    expect(trip.misses).toEqual([]);
    expect(trip).toMatchObject({ entries: 8, identical: 8 });
  });
});

describe('a note that ends the entry', () => {
  // An editor's annotation after the year: sentences with their own asides in brackets and quotes.
  // Split at those, every entry's note would be framed apart and none would round-trip.
  const text = `# Systems reading

* [The Google File System](papers/gfs.pdf) (2003): A file system for large sequential reads. It keeps the metadata on one master.
* [MapReduce: Simplified Data Processing on Large Clusters](papers/mapreduce.pdf) (2004): A programming model (borrowed from functional languages) and its runtime. Failures are handled by re-running tasks.
* [Bigtable: A Distributed Storage System for Structured Data](papers/bigtable.pdf) (2006): A sparse, sorted map built on the file system above. Its "tablets" split as they grow.
* [Paxos Made Simple](papers/paxos.pdf) (2001): Consensus explained in plain words. Still hard to implement (the paper leaves out a lot).
* [Dynamo: Amazon's Highly Available Key-value Store](papers/dynamo.pdf) (2007): Consistent hashing and vector clocks. Writes are never rejected [2].
`;

  test('runs to the entry’s end, asides and all, and every entry round-trips', async () => {
    const { grammar } = await readList(text);
    expect(grammar.templates[0].shape).toBe('* [{title}]({paper}) ({when}): {note}.');
    expect(await roundTrip(text)).toMatchObject({ entries: 5, identical: 5 });
    expect((await exportEntries(text)).map((entry) => entry.year)).toEqual([
      '2003',
      '2004',
      '2006',
      '2001',
      '2007',
    ]);
  });

  test('names and a venue in brackets after them are no note: the venue stays a field', async () => {
    const cited = `# Vision

- [Deep Residual Learning for Image Recognition](https://arxiv.org/abs/1512.03385), Kaiming He, Xiangyu Zhang, Shaoqing Ren and Jian Sun (CVPR 2016)
- [Mask R-CNN](https://arxiv.org/abs/1703.06870), Kaiming He, Georgia Gkioxari, Piotr Dollár and Ross Girshick (ICCV 2017)
- [Focal Loss for Dense Object Detection](https://arxiv.org/abs/1708.02002), Tsung-Yi Lin, Priya Goyal, Ross Girshick and Kaiming He (ICCV 2017)
`;
    expect((await exportEntries(cited)).map((entry) => [entry.venue, entry.year])).toEqual([
      ['CVPR', '2016'],
      ['ICCV', '2017'],
      ['ICCV', '2017'],
    ]);
    expect(await roundTrip(cited)).toMatchObject({ entries: 3, identical: 3 });
  });
});

describe('the link its editor labels as the paper', () => {
  test('is the entry’s paper link in its template, wherever it goes', async () => {
    const text = `# Papers of the week

- **Mixtral of Experts** - a sparse mixture of experts model. [Paper](https://arxiv.org/abs/2401.04088), [Code](https://github.com/mistralai/mistral-src)
- **Mamba** - a selective state space model. [Paper](https://arxiv.org/abs/2312.00752), [Code](https://github.com/state-spaces/mamba)
- **Phi-2** - a small language model. [Paper](https://www.microsoft.com/en-us/research/blog/phi-2-the-surprising-power-of-small-language-models/), [Code](https://huggingface.co/microsoft/phi-2)
- **Genie** - a generative interactive environment. [Paper](https://sites.google.com/view/genie-2024/), [Code](https://github.com/google-deepmind/genie)
- **Open-Sora** - an open video generation model. [Paper](https://github.com/hpcaitech/Open-Sora), [Code](https://github.com/hpcaitech/Open-Sora)
`;
    const { grammar } = await readList(text);
    expect(grammar.templates[0].shape).toBe('- **{title}** - {note}. [Paper]({paper}){links}');
    expect(await roundTrip(text)).toMatchObject({ entries: 5, identical: 5 });
  });
});

describe('a form’s runs of links', () => {
  test('are written as its own entries write them, not as the list’s other entries do', async () => {
    // The papers link their code `[[code]](…)`; three dataset items link their paper `[paper](…)`.
    const text = `# Action recognition

* [Large-scale Video Classification with Convolutional Neural Networks](https://static.googleusercontent.com/media/research.google.com/en//pubs/archive/42455.pdf) - A. Karpathy et al, CVPR2014. [[code]](https://github.com/karpathy/deepvideo)
* [Two-Stream Convolutional Networks for Action Recognition in Videos](https://arxiv.org/abs/1406.2199) - K. Simonyan et al, NIPS2014. [[code]](https://github.com/feichtenhofer/twostreamfusion)
* [Learning Spatiotemporal Features with 3D Convolutional Networks](https://arxiv.org/abs/1412.0767) - D. Tran et al, ICCV2015. [[code]](https://github.com/facebook/C3D)
* [Temporal Segment Networks: Towards Good Practices for Deep Action Recognition](https://arxiv.org/abs/1608.00859) - L. Wang et al, ECCV2016. [[code]](https://github.com/yjxiong/temporal-segment-networks)
* [Kinetics](https://deepmind.com/research/open-source/kinetics), [paper](https://arxiv.org/abs/1705.06950)
* [YouTube-8M](https://research.google.com/youtube8m/), [technical report](https://arxiv.org/abs/1609.08675)
* [AVA](https://research.google.com/ava/), [paper](https://arxiv.org/abs/1705.08421)
`;
    const { grammar } = await readList(text);
    expect(grammar.templates[0].style.linkStyle).toBe('bracketed-label');
    expect(await roundTrip(text)).toMatchObject({ entries: 7, identical: 7 });
  });
});

describe('a citation written out after the title', () => {
  // Each entry cites its venue as a reference manager wrote it: parentheses fall anywhere in it.
  const text = `# Grounding

1. Karpathy, Andrej, and Li Fei-Fei. **Deep Visual-Semantic Alignments for Generating Image Descriptions.** Proceedings of the IEEE Conference on Computer Vision and Pattern Recognition (CVPR). 2015. [[Paper]](https://arxiv.org/abs/1412.2306)
1. Mao, Junhua, et al. **Generation and Comprehension of Unambiguous Object Descriptions.** Computer Vision and Pattern Recognition (CVPR), 2016 IEEE Conference on. IEEE, 2016. [[Paper]](https://arxiv.org/abs/1511.02283)
1. Yu, Licheng, et al. **Modeling Context in Referring Expressions.** Proceedings of the European Conference on Computer Vision (ECCV). Springer, Cham, 2016. [[Paper]](https://arxiv.org/abs/1608.00272)
1. Anderson, Peter, et al. **Bottom-Up and Top-Down Attention for Image Captioning and Visual Question Answering.** arXiv preprint arXiv:1707.07998 (2017) (CVPR 2018). [[Paper]](https://arxiv.org/abs/1707.07998)
1. Krishna, Ranjay, et al. **Visual Genome: Connecting Language and Vision Using Crowdsourced Dense Image Annotations.** International Journal of Computer Vision 123.1 (2017): 32-73. [[Paper]](https://arxiv.org/abs/1602.07332)
`;

  test('holds its asides in its words: every entry round-trips through one template', async () => {
    const { grammar } = await readList(text);
    expect(grammar.templates[0].evidence).toEqual({ agree: 5, of: 5 });
    expect(await roundTrip(text)).toMatchObject({ entries: 5, identical: 5 });
  });

  test('a tag in parentheses before the title is still the list’s markup around its words', async () => {
    const tagged = `# Causality

1. (2021 IEEE) **Toward Causal Representation Learning.** _Bernhard Schölkopf, Francesco Locatello_. [[pdf](https://arxiv.org/abs/2102.11107)]
2. (2019 NeurIPS) **Causal Confusion in Imitation Learning.** _Pim de Haan, Dinesh Jayaraman, Sergey Levine_. [[pdf](https://arxiv.org/abs/1905.11979)]
3. (2018 ICML) **Invariant Models for Causal Transfer Learning.** _Mateo Rojas-Carulla, Bernhard Schölkopf_. [[pdf](https://arxiv.org/abs/1507.05333)]
`;
    const { grammar } = await readList(tagged);
    expect(grammar.templates[0].shape).toMatch(/^\{n\}\. \(\{\w+\}\) \*\*\{title\}\.\*\*/);
    expect(await roundTrip(tagged)).toMatchObject({ entries: 3, identical: 3 });
  });
});

describe('a name ending in pluses', () => {
  test('keeps them among its words: entries naming one are framed as the others', async () => {
    const text = `# Point clouds

- [PointNet: Deep Learning on Point Sets for 3D Classification and Segmentation](https://arxiv.org/abs/1612.00593) - model: PointNet
- [PointNet++: Deep Hierarchical Feature Learning on Point Sets in a Metric Space](https://arxiv.org/abs/1706.02413) - model: PointNet++
- [VoxelNet: End-to-End Learning for Point Cloud Based 3D Object Detection](https://arxiv.org/abs/1711.06396) - model: VoxelNet
- [Dynamic Graph CNN for Learning on Point Clouds](https://arxiv.org/abs/1801.07829) - model: DGCNN
`;
    const { grammar } = await readList(text);
    expect(grammar.templates[0].evidence).toEqual({ agree: 4, of: 4 });
    expect(await roundTrip(text)).toMatchObject({ entries: 4, identical: 4 });
  });
});

describe('marks after authors’ names', () => {
  // `*` and `†` after a name: equal contribution, the corresponding author.
  const text = `# Transformers

1. (2017 NeurIPS) **Attention Is All You Need.**
   _Ashish Vaswani*, Noam Shazeer*, Niki Parmar*, Jakob Uszkoreit*_.
   [[pdf](https://arxiv.org/abs/1706.03762)]
2. (2019 NAACL) **BERT: Pre-training of Deep Bidirectional Transformers for Language Understanding.**
   _Jacob Devlin, Ming-Wei Chang, Kenton Lee, Kristina Toutanova_.
   [[pdf](https://arxiv.org/abs/1810.04805)]
3. (2020 ICLR) **ELECTRA: Pre-training Text Encoders as Discriminators Rather Than Generators.**
   _Kevin Clark, Minh-Thang Luong, Quoc V. Le, Christopher D. Manning_.
   [[pdf](https://arxiv.org/abs/2003.10555)]
4. (2021 ICLR) **An Image is Worth 16x16 Words: Transformers for Image Recognition at Scale.**
   _Alexey Dosovitskiy, Lucas Beyer, Alexander Kolesnikov, Dirk Weissenborn_.
   [[pdf](https://arxiv.org/abs/2010.11929)]
`;

  test('are part of the names as written: every entry round-trips', async () => {
    expect(await roundTrip(text)).toMatchObject({ entries: 4, identical: 4 });
  });

  test('are not part of the names exported', async () => {
    const [first] = await exportEntries(text);
    expect(first.authors).toEqual(['Ashish Vaswani', 'Noam Shazeer', 'Niki Parmar', 'Jakob Uszkoreit']);
  });
});

describe('marks escaped after names, and nicknames within them', () => {
  // `\\*` is a star that opens no emphasis; `(Kenneth)` the name an author goes by: both the names'.
  const text = `# Robustness and stories

1. **Attention Is All You Need**

   *Ashish Vaswani\\*, Noam Shazeer\\*, Niki Parmar, Jakob Uszkoreit* [[pdf](https://arxiv.org/abs/1706.03762)] 2017.6
2. **Visual Storytelling**

   *Ting-Hao (Kenneth) Huang, Francis Ferraro, Nasrin Mostafazadeh, Ishan Misra* [[pdf](https://arxiv.org/abs/1604.03968)] 2016.4
3. **(Certified!!) Adversarial Robustness for Free!**

   *Nicholas Carlini, Florian Tramer, Krishnamurthy (Dj) Dvijotham, J. Zico Kolter* [[pdf](https://arxiv.org/abs/2206.10550)] 2022.6
4. **Deep Residual Learning for Image Recognition**

   *Kaiming He, Xiangyu Zhang, Shaoqing Ren, Jian Sun* [[pdf](https://arxiv.org/abs/1512.03385)] 2015.12
5. **Adam: A Method for Stochastic Optimization**

   *Diederik P. Kingma, Jimmy Ba* [[pdf](https://arxiv.org/abs/1412.6980)] 2014.12
`;

  test('are read as names: every entry round-trips through the one template', async () => {
    const { grammar } = await readList(text);
    expect(grammar.templates[0].evidence).toEqual({ agree: 5, of: 5 });
    expect(await roundTrip(text)).toMatchObject({ entries: 5, identical: 5 });
  });

  test('the marks are not exported, the nickname is', async () => {
    const [attention, stories] = await exportEntries(text);
    expect(attention.authors).toEqual(['Ashish Vaswani', 'Noam Shazeer', 'Niki Parmar', 'Jakob Uszkoreit']);
    expect(stories.authors[0]).toBe('Ting-Hao (Kenneth) Huang');
  });

  test('an entry added from its record writes the marks escaped, as the list does', async () => {
    expect(await addRoundTrip(text)).toMatchObject({ entries: 5, identical: 5 });
  });

  test('an affiliation in parentheses is no nickname', async () => {
    const affiliated = text.replace('Ishan Misra*', 'Ishan Misra (Carnegie Mellon)*');
    expect(await roundTrip(affiliated)).toMatchObject({ entries: 5, identical: 4 });
  });
});

describe('links written one per line', () => {
  // Each link a sub-item of its own: however many an entry has, they are its run of links.
  const text = `# Graph embeddings

- **DeepWalk: Online Learning of Social Representations (KDD 2014)**
  - Bryan Perozzi, Rami Al-Rfou, Steven Skiena
  - [[Paper]](https://arxiv.org/abs/1403.6652)
  - [[Python Reference]](https://github.com/phanein/deepwalk)
- **node2vec: Scalable Feature Learning for Networks (KDD 2016)**
  - Aditya Grover, Jure Leskovec
  - [[Paper]](https://arxiv.org/abs/1607.00653)
  - [[Python Reference]](https://github.com/aditya-grover/node2vec)
  - [[C++ Reference]](https://github.com/snap-stanford/snap)
- **LINE: Large-scale Information Network Embedding (WWW 2015)**
  - Jian Tang, Meng Qu, Mingzhe Wang, Ming Zhang, Jun Yan, Qiaozhu Mei
  - [[Paper]](https://arxiv.org/abs/1503.03578)
  - [[C++ Reference]](https://github.com/tangjianpku/LINE)
- **Semi-Supervised Classification with Graph Convolutional Networks (ICLR 2017)**
  - Thomas N. Kipf, Max Welling
  - [[Paper]](https://arxiv.org/abs/1609.02907)
- **Variational Graph Auto-Encoders (NIPS 2016 Workshop)**
  - Thomas N. Kipf, Max Welling
  - [[Paper]](https://arxiv.org/abs/1611.07308)
  - [[Python Reference]](https://github.com/tkipf/gae)
`;

  test('are one run: entries with one, two or no such links share the template and round-trip', async () => {
    const { grammar } = await readList(text);
    expect(grammar.templates[0].shape).toBe('- **{title}**\n  {authors}\n  - [[Paper]]({paper}){links}');
    expect(grammar.templates[0].evidence).toEqual({ agree: 5, of: 5 });
    expect(await roundTrip(text)).toMatchObject({ entries: 5, identical: 5 });
  });

  test('are the values of the entry’s run, after its paper link', async () => {
    const { source, papers } = await readList(text);
    expect(cutEntry(source, papers[1]).values.links).toEqual([
      { label: 'Python Reference', url: 'https://github.com/aditya-grover/node2vec' },
      { label: 'C++ Reference', url: 'https://github.com/snap-stanford/snap' },
    ]);
  });

  test('an entry added with a code link writes it on a line of its own, as the list does', async () => {
    expect(await addRoundTrip(text)).toMatchObject({ entries: 5, identical: 5 });
  });

  test('broken off each its own way (a line ending in spaces), stay the entry’s words and spacing', async () => {
    const spaced = text.replace(
      '(https://github.com/aditya-grover/node2vec)',
      '(https://github.com/aditya-grover/node2vec)  ',
    );
    const { source, papers } = await readList(spaced);
    expect(cutEntry(source, papers[1]).values.links).toEqual([]);
  });
});

describe('lines its editor breaks off under an entry', () => {
  // A remark under some entries, opened with `<br>`: the editor's words, asides, links and all.
  const text = `# Causality

1. (2021 IEEE) **Toward Causal Representation Learning.** _Bernhard Schölkopf, Francesco Locatello_. [[pdf](https://arxiv.org/abs/2102.11107)]
   <br>[Summary] Causal variables from low-level observations (a survey).
2. (2019 NeurIPS) **Causal Confusion in Imitation Learning.** _Pim de Haan, Dinesh Jayaraman, Sergey Levine_. [[pdf](https://arxiv.org/abs/1905.11979)]
3. (2018 ICML) **Invariant Models for Causal Transfer Learning.** _Mateo Rojas-Carulla, Bernhard Schölkopf_. [[pdf](https://arxiv.org/abs/1507.05333)]
   <br>[Summary] Closely related to [ICP](https://arxiv.org/abs/1501.01332), method: invariant prediction
4. (2020 ICLR) **A Meta-Transfer Objective for Learning to Disentangle Causal Mechanisms.** _Yoshua Bengio, Tristan Deleu_. [[pdf](https://arxiv.org/abs/1901.10912)]
5. (2020 ICML) **Invariant Risk Minimization.** _Martin Arjovsky, Léon Bottou_. [[pdf](https://arxiv.org/abs/1907.02893)]
`;

  test('are its annotation: entries with and without one share a form, and every entry round-trips', async () => {
    const { grammar, papers } = await readList(text);
    expect(grammar.templateFor(papers[0])?.evidence).toEqual({ agree: 5, of: 5 });
    expect(await roundTrip(text)).toMatchObject({ entries: 5, identical: 5 });
  });

  test('a line that holds the entry’s paper link is the entry’s own, not an annotation', async () => {
    const { source, papers } = await readList(
      text.replace(
        '. [[pdf](https://arxiv.org/abs/1905.11979)]',
        '.\n   <br>[[pdf](https://arxiv.org/abs/1905.11979)]',
      ),
    );
    const cut = cutEntry(source, papers[1]);
    expect(cut.shape).toContain('<br>[[pdf]({paper})]');
    expect(cut.values.annotation).toBeUndefined();
  });
});

describe('the lines under a numbered item', () => {
  const entries = PAPERS.map(
    (p, i) => `${i + 4}. **${p.title}**\n   ${p.names} [[pdf](https://arxiv.org/abs/${p.id})]`,
  );

  test('keep the indent of a shorter number under items 10 and on: every entry round-trips', async () => {
    const text = `# Papers\n\n${entries.join('\n')}\n`;
    const { grammar, papers } = await readList(text);
    expect(grammar.templateFor(papers[0])?.shape).toContain('\n{indent}');
    expect(grammar.templateFor(papers[0])?.evidence).toEqual({ agree: 8, of: 8 });
    expect(await roundTrip(text)).toMatchObject({ entries: 8, identical: 8 });
  });

  test('indented short of the text under one-digit numbers, keep their indent as the list’s spacing', async () => {
    const text = `# Papers\n\n${entries
      .slice(0, 5)
      .join('\n')
      .replace(/\n {3}/g, '\n  ')}\n`;
    const { grammar, papers } = await readList(text);
    expect(grammar.templateFor(papers[0])?.shape).not.toContain('{indent}');
    expect(await roundTrip(text)).toMatchObject({ entries: 5, identical: 5 });
  });
});

describe('an abbreviation closing the venue in brackets', () => {
  test('keeps its full stop among its words: the entry follows the others’ form', async () => {
    const text = `# Causal discovery

1. (2019 NeurIPS) **Causal Confusion in Imitation Learning.** _Pim de Haan, Dinesh Jayaraman, Sergey Levine_. [[pdf](https://arxiv.org/abs/1905.11979)]
2. (2018 ICML) **Invariant Models for Causal Transfer Learning.** _Mateo Rojas-Carulla, Bernhard Schölkopf_. [[pdf](https://arxiv.org/abs/1507.05333)]
3. (2019 Front. Genet.) **Review of Causal Discovery Methods Based on Graphical Models.** _Clark Glymour, Kun Zhang, Peter Spirtes_. [[pdf](https://www.frontiersin.org/articles/10.3389/fgene.2019.00524/full)]
4. (2020 ICML) **Invariant Risk Minimization.** _Martin Arjovsky, Léon Bottou_. [[pdf](https://arxiv.org/abs/1907.02893)]
`;
    const { grammar, papers } = await readList(text);
    expect(grammar.templateFor(papers[2])?.evidence).toEqual({ agree: 4, of: 4 });
    expect(await roundTrip(text)).toMatchObject({ entries: 4, identical: 4 });
  });
});

describe('a year written before the venue', () => {
  const text = `# Causality

1. (2021 arXiv) **Toward Causal Representation Learning.** _Bernhard Schölkopf, Francesco Locatello_. [[pdf](https://arxiv.org/abs/2102.11107)]
2. (2019 NeurIPS) **Causal Confusion in Imitation Learning.** _Pim de Haan, Dinesh Jayaraman, Sergey Levine_. [[pdf](https://arxiv.org/abs/1905.11979)]
3. (2018 ICML) **Invariant Models for Causal Transfer Learning.** _Mateo Rojas-Carulla, Bernhard Schölkopf_. [[pdf](https://arxiv.org/abs/1507.05333)]
4. (2020 ICML) **Invariant Risk Minimization.** _Martin Arjovsky, Léon Bottou_. [[pdf](https://arxiv.org/abs/1907.02893)]
`;

  test('is read apart from it: exported as the venue and the year', async () => {
    const entries = await exportEntries(text);
    expect(entries.map((entry) => [entry.venue, entry.year])).toEqual([
      ['arXiv', '2021'],
      ['NeurIPS', '2019'],
      ['ICML', '2018'],
      ['ICML', '2020'],
    ]);
  });

  test('is written back before it when an entry is added', async () => {
    expect(await addRoundTrip(text)).toMatchObject({ entries: 4, identical: 4 });
  });
});
