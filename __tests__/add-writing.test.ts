/**
 * The add round trip on small lists: each entry with an arXiv link, taken out and written back from
 * a record of its own fields, comes back as it was where the list's own ways say how: a padded
 * table's widths (its text centred where its rows centre it), the arXiv link as the contributor gave
 * it in a list that keeps more than one form, the form its section's entries follow, the words an
 * editor varies in a mostly constant cell, the nesting where it stood, the spacing its section's
 * entries keep, a date where its entries give one, and a question's own mark at a title's end.
 */
import { describe, expect, test } from '@jest/globals';
import { addRoundTrip, exportEntries, roundTrip } from '../src/grammar/index.js';
import { FALLBACK_TEMPLATE, markOf } from '../src/grammar/write.js';
import { PAPERS as SUPPORT } from './support/papers.js';

const PAPERS = [
  { title: 'Attention Is All You Need', venue: 'NeurIPS', id: '1706.03762' },
  { title: 'Deep Residual Learning for Image Recognition', venue: 'CVPR', id: '1512.03385' },
  { title: 'Adam: A Method for Stochastic Optimization', venue: 'ICLR', id: '1412.6980' },
  {
    title: 'Neural Machine Translation by Jointly Learning to Align and Translate',
    venue: 'ICLR',
    id: '1409.0473',
  },
  { title: 'Batch Normalization: Accelerating Deep Network Training', venue: 'ICML', id: '1502.03167' },
  { title: 'Generative Adversarial Networks', venue: 'NeurIPS', id: '1406.2661' },
  {
    title: 'Dropout: A Simple Way to Prevent Neural Networks from Overfitting',
    venue: 'JMLR',
    id: '1207.0580',
  },
  { title: 'Sequence to Sequence Learning with Neural Networks', venue: 'NeurIPS', id: '1409.3215' },
];

const cell = (text: string, width: number) => ` ${text}`.padEnd(width);

describe('a padded table', () => {
  // Every cell padded to its column's width, as table formatters write them.
  const link = (p: (typeof PAPERS)[number]) => `[${p.title}](https://arxiv.org/abs/${p.id})`;
  const widths = [Math.max(...PAPERS.map((p) => link(p).length)) + 4, 10, 7];
  const row = (cells: string[]) => `|${cells.map((text, at) => cell(text, widths[at])).join('|')}|`;
  const text = [
    '# Papers',
    '',
    row(['Title', 'Venue', 'Year']),
    `|${widths.map((width) => '-'.repeat(width)).join('|')}|`,
    ...PAPERS.map((p) => row([link(p), p.venue, '2015'])),
    '',
  ].join('\n');

  test('a row written back pads its cells to the columns’ widths', async () => {
    expect(await roundTrip(text)).toMatchObject({ entries: 8, identical: 8 });
    const trip = await addRoundTrip(text);
    expect(trip.misses).toEqual([]);
    expect(trip).toMatchObject({ entries: 8, identical: 8 });
  });

  test('a row written back centres its text in the columns its rows centre it in', async () => {
    // `:---:` columns as table formatters pad them: the odd space before the text.
    const centre = (text: string, width: number) => {
      const before = Math.ceil((width - text.length) / 2);
      return ' '.repeat(before) + text + ' '.repeat(width - text.length - before);
    };
    const centred = [
      '# Papers',
      '',
      `|${cell('Title', widths[0])}|${centre('Venue', 11)}|${centre('Year', 8)}|`,
      `|${'-'.repeat(widths[0])}|:${'-'.repeat(9)}:|:${'-'.repeat(6)}:|`,
      ...PAPERS.map((p) => `|${cell(link(p), widths[0])}|${centre(p.venue, 11)}|${centre('2015', 8)}|`),
      '',
    ].join('\n');
    const trip = await addRoundTrip(centred);
    expect(trip.misses).toEqual([]);
    expect(trip.identical).toBe(8);
  });

  test('a table whose cells are as wide as their text stays unpadded', async () => {
    const tight = text.replace(/ +\|/g, ' |');
    const trip = await addRoundTrip(tight);
    expect(trip.misses).toEqual([]);
    expect(trip.identical).toBe(8);
  });
});

describe('the arXiv link as the contributor gave it', () => {
  const abs = (id: string) => `https://arxiv.org/abs/${id}`;
  const pdf = (id: string) => `https://arxiv.org/pdf/${id}.pdf`;
  const list = (url: (id: string, at: number) => string) =>
    `# Papers\n\n${PAPERS.map((p, at) => `- [${p.title}](${url(p.id, at)}), ${p.venue} 2015`).join('\n')}\n`;

  test('is kept in a list that writes its arXiv links both ways', async () => {
    const trip = await addRoundTrip(list((id, at) => (at % 2 === 0 ? abs(id) : pdf(id))));
    expect(trip.misses).toEqual([]);
    expect(trip.identical).toBe(8);
  });

  test('gives way to the list’s one form where the list keeps one', async () => {
    const trip = await addRoundTrip(list((id, at) => (at === 3 ? pdf(id) : abs(id))));
    expect(trip.identical).toBe(7);
    expect(trip.misses).toEqual([
      expect.objectContaining({ source: expect.stringContaining(pdf(PAPERS[3].id)) }),
    ]);
    expect(trip.misses[0].rendered).toContain(abs(PAPERS[3].id));
  });
});

describe('the form a section’s entries follow', () => {
  // Most of the list nests its papers under a topic; one short section lists them at the top level.
  const nested = PAPERS.slice(0, 5)
    .map((p) => `  * [${p.title}](https://arxiv.org/abs/${p.id})`)
    .join('\n');
  const top = PAPERS.slice(5)
    .map((p) => `* [${p.title}](https://arxiv.org/abs/${p.id})`)
    .join('\n');
  const text = `# Papers\n\n## Vision\n\n* Backbones\n${nested}\n\n## Generative\n\n${top}\n`;

  test('a short section of top-level items gets a top-level item back', async () => {
    const trip = await addRoundTrip(text);
    expect(trip.misses).toEqual([]);
    expect(trip).toMatchObject({ entries: 8, identical: 8 });
  });
});

describe('a mostly constant cell', () => {
  // Six of eight rows say `ICML`: the column is the list's constant, and the editor varies it.
  const text = [
    '# Papers',
    '',
    '| Title | Venue |',
    '|---|---|',
    ...PAPERS.map(
      (p, at) => `| [${p.title}](https://arxiv.org/abs/${p.id}) | ${at % 4 === 1 ? 'ICLR' : 'ICML'} |`,
    ),
    '',
  ].join('\n');

  test('is written back with the editor’s words where they differ', async () => {
    const trip = await addRoundTrip(text);
    expect(trip.misses).toEqual([]);
    expect(trip).toMatchObject({ entries: 8, identical: 8 });
  });
});

describe('words beside the authors that read like names', () => {
  // `*Preprint, May 2015*` under the author line reads like a list of names (a journal's name is too long
  // for a venue and year); the authors are on the line above it.
  const AUTHORS = ['Ashish Vaswani, Noam Shazeer, Niki Parmar', 'Kaiming He, Xiangyu Zhang, Shaoqing Ren'];
  const JOURNALS = ['Preprint', 'Nature Communications', 'Journal of Chemical Information and Modeling'];
  const text = `# Papers\n\n${PAPERS.map(
    (p, at) =>
      `**${p.title}.**  \n${AUTHORS[at % 2]}.  \n*${JOURNALS[at % 3]}, May 2015.*  \n[[arXiv](https://arxiv.org/abs/${p.id})]`,
  ).join('\n\n')}\n`;

  test('are the editor’s words, not the authors written twice', async () => {
    const trip = await addRoundTrip(text);
    expect(trip.misses).toEqual([]);
    expect(trip).toMatchObject({ entries: 8, identical: 8 });
  });
});

describe('a section that nests some of its items under a topic', () => {
  // Top-level papers, then a topic whose papers sit under it, in one section.
  const item = (p: (typeof PAPERS)[number]) => `* [${p.title}](https://arxiv.org/abs/${p.id})`;
  const text = [
    '# Papers',
    '',
    '## Vision',
    '',
    ...PAPERS.slice(0, 4).map(item),
    '* Generative models',
    ...PAPERS.slice(4).map((p) => `  ${item(p)}`),
    '',
  ].join('\n');

  test('gets each item back as it stood: in the topic, or at the top level', async () => {
    const trip = await addRoundTrip(text);
    expect(trip.misses).toEqual([]);
    expect(trip).toMatchObject({ entries: 8, identical: 8 });
  });
});

describe('a numbered list whose author lines keep one indent', () => {
  // The author line is indented four spaces under `1.` and under `10.` alike, not to the item's text.
  const MORE = [
    { title: 'Distilling the Knowledge in a Neural Network', venue: 'arXiv', id: '1503.02531' },
    { title: 'Auto-Encoding Variational Bayes', venue: 'ICLR', id: '1312.6114' },
    { title: 'Going Deeper with Convolutions', venue: 'CVPR', id: '1409.4842' },
    {
      title: 'Very Deep Convolutional Networks for Large-Scale Image Recognition',
      venue: 'ICLR',
      id: '1409.1556',
    },
  ];
  const text = `# Papers\n\n${[...PAPERS, ...MORE]
    .map(
      (p, at) =>
        `${at + 1}. **${p.title}.** ${p.venue}, 2015. [paper](https://arxiv.org/abs/${p.id})\n\n    *Ada Lovelace, Alan Turing*`,
    )
    .join('\n\n')}\n`;

  test('gets that indent back whatever its number’s width', async () => {
    const trip = await addRoundTrip(text);
    expect(trip.misses).toEqual([]);
    expect(trip).toMatchObject({ entries: 12, identical: 12 });
  });
});

describe('a mark the editor gives some entries', () => {
  // Three of eight papers carry the list's `:fire:` before their venue tag; the rest carry none.
  const text = `# Papers\n\n${PAPERS.map(
    (p, at) =>
      `- ${at % 3 === 0 ? ':fire: ' : ''}[${p.venue}] **${p.title}**, 2015 [[paper](https://arxiv.org/abs/${p.id})]`,
  ).join('\n')}\n`;

  test('is written where the editor gives it, and nowhere else', async () => {
    const trip = await addRoundTrip(text);
    expect(trip.misses).toEqual([]);
    expect(trip).toMatchObject({ entries: 8, identical: 8 });
  });
});

describe('a star the editor gives some entries in HTML', () => {
  // Three of eight papers carry a star written as HTML after their venue tag; the rest carry none.
  const star = '<sup><span class="star">&#x2605;</span></sup>';
  const text = `# Papers\n\n${PAPERS.map(
    (p, at) =>
      `- ${p.venue}${at % 3 === 0 ? star : ''}: [${p.title}](https://arxiv.org/abs/${p.id}) (${p.venue} 2015)`,
  ).join('\n')}\n`;

  test('is a mark, written where the editor gives it and nowhere else', async () => {
    const trip = await addRoundTrip(text);
    expect(trip.misses).toEqual([]);
    expect(trip).toMatchObject({ entries: 8, identical: 8 });
  });

  test('words in HTML are no mark', () => {
    // The round trip writes those entries in their own form all the same: the venue its editor wrote
    // stands before the HTML there, a place only that form has (notePlaces).
    const form = (shape: string) => ({ ...FALLBACK_TEMPLATE, shape });
    const unmarked = form('- {note}: [{title}]({paper}) ({note2} 2015)');
    const marked = (html: string) => form(`- {note}${html}: [{title}]({paper}) ({note2} 2015)`);
    expect(markOf(marked(star), unmarked)).toBe(star);
    expect(markOf(marked(star.replace('&#x2605;', 'best')), unmarked)).toBeUndefined();
  });
});

describe('a list that abbreviates after one name but names two in full', () => {
  const text = `# Papers

- [Attention Is All You Need](https://arxiv.org/abs/1706.03762), A. Vaswani et al., *NeurIPS*, 2017.
- [Auto-Encoding Variational Bayes](https://arxiv.org/abs/1312.6114), D. P. Kingma and M. Welling, *ICLR*, 2014.
- [Deep Residual Learning for Image Recognition](https://arxiv.org/abs/1512.03385), K. He et al., *CVPR*, 2016.
- [Very Deep Convolutional Networks for Large-Scale Image Recognition](https://arxiv.org/abs/1409.1556), K. Simonyan and A. Zisserman, *ICLR*, 2015.
- [Generative Adversarial Networks](https://arxiv.org/abs/1406.2661), I. J. Goodfellow et al., *NeurIPS*, 2014.
- [Decoupled Weight Decay Regularization](https://arxiv.org/abs/1711.05101), I. Loshchilov and F. Hutter, *ICLR*, 2019.
- [LoRA: Low-Rank Adaptation of Large Language Models](https://arxiv.org/abs/2106.09685), E. J. Hu et al., *ICLR*, 2022.
`;

  test('gets a pair back whole and "et al." from three names', async () => {
    const trip = await addRoundTrip(text);
    expect(trip.misses).toEqual([]);
    expect(trip).toMatchObject({ entries: 7, identical: 7 });
  });
});

describe('links a dash apart', () => {
  // The paper's link labelled with its venue, then code and project links, ` - ` between them all.
  const text = `# Papers\n\n${PAPERS.map(
    (p, at) =>
      `- ${p.title} [[${p.venue} 2015]](https://arxiv.org/abs/${p.id})${at % 2 === 0 ? ` - [[Code]](https://github.com/example/${p.id})` : ''}${at % 4 === 0 ? ` - [[Project]](https://example.org/${p.id})` : ''}`,
  ).join('\n')}\n`;

  test('are one run: every entry comes back with all its links', async () => {
    expect(await roundTrip(text)).toMatchObject({ entries: 8, identical: 8 });
    const trip = await addRoundTrip(text);
    expect(trip.misses).toEqual([]);
    expect(trip).toMatchObject({ entries: 8, identical: 8 });
  });
});

describe('a section that writes venue and year its own way', () => {
  // The list writes `[[ICLR 2015]]`; one section, written by another hand, `[[ICLR2015]]`.
  const entry = (p: (typeof PAPERS)[number], space: string) =>
    `- ${p.title} [[${p.venue}${space}2015]](https://arxiv.org/abs/${p.id})`;
  const text = `# Papers\n\n## Language\n\n${PAPERS.slice(0, 5)
    .map((p) => entry(p, ' '))
    .join('\n')}\n\n## Vision\n\n${PAPERS.slice(5)
    .map((p) => entry(p, ''))
    .join('\n')}\n`;

  test('gets its own way back, and the rest of the list the list’s', async () => {
    const trip = await addRoundTrip(text);
    expect(trip.misses).toEqual([]);
    expect(trip).toMatchObject({ entries: 8, identical: 8 });
  });
});

describe('topics with sub-topics', () => {
  // A paper beside the topics, a topic's papers, and a sub-topic's papers one level deeper; the
  // sub-topic's one paper without a code link has no form of its own at its depth.
  const paper = (p: (typeof PAPERS)[number], code = false) =>
    `* [${p.title}](https://arxiv.org/abs/${p.id})${code ? `<br>:star:[code](https://github.com/example/${p.id})` : ''}`;
  const text = [
    '# Papers',
    '',
    '## Vision',
    '',
    paper(PAPERS[0]),
    '* Backbones',
    `  ${paper(PAPERS[1])}`,
    `  ${paper(PAPERS[2])}`,
    '  * Residual networks',
    `    ${paper(PAPERS[3], true)}`,
    `    ${paper(PAPERS[4], true)}`,
    `    ${paper(PAPERS[5], true)}`,
    `    ${paper(PAPERS[6])}`,
    '* Generative models',
    `  ${paper(PAPERS[7])}`,
    '',
  ].join('\n');

  test('each paper comes back at its own depth: beside the topics, in a topic, in a sub-topic', async () => {
    const trip = await addRoundTrip(text);
    expect(trip.misses).toEqual([]);
    expect(trip).toMatchObject({ entries: 8, identical: 8 });
  });
});

describe('a list that nests its topics’ papers four spaces deep', () => {
  // `    * ` under `* Topic`: deeper than the topic's text, in every topic, one of a single paper.
  const paper = (p: (typeof PAPERS)[number]) => `    * [${p.title}](https://arxiv.org/abs/${p.id})`;
  const text = [
    '# Papers',
    '',
    '* Sequence models:',
    ...PAPERS.slice(0, 4).map(paper),
    '* Vision:',
    paper(PAPERS[4]),
    '* Optimisers:',
    ...PAPERS.slice(5).map(paper),
    '',
  ].join('\n');

  test('a topic’s one paper comes back as deep as the others', async () => {
    const trip = await addRoundTrip(text);
    expect(trip.misses).toEqual([]);
    expect(trip).toMatchObject({ entries: 8, identical: 8 });
  });
});

describe('a venue that names its year inside', () => {
  // `[ICLR 2015]` mostly, and `[ACL 2016 Findings]`, `[ICLR 2016 (Oral)]`: the year is the venue's
  // own, not the preprint's.
  const venue = (p: (typeof PAPERS)[number], at: number) =>
    at % 3 === 1 ? `${p.venue} 2016 Findings` : at === 2 ? `${p.venue} 2016 (Oral)` : `${p.venue} 2015`;
  const text = `# Papers\n\n${PAPERS.map(
    (p, at) =>
      `- "${p.title}" [2014-0${(at % 9) + 1}] [${venue(p, at)}] [[paper](https://arxiv.org/abs/${p.id})]`,
  ).join('\n')}\n`;

  test('is exported whole, with the year it names', async () => {
    const entries = await exportEntries(text);
    expect(entries[1]).toMatchObject({ venue: 'CVPR 2016 Findings', year: '2016' });
    expect(entries[2]).toMatchObject({ venue: 'ICLR 2016 (Oral)', year: '2016' });
    expect(entries[0]).toMatchObject({ venue: 'NeurIPS', year: '2015' });
  });

  test('is written back as it is, no second year after it', async () => {
    const trip = await addRoundTrip(text);
    expect(trip.misses).toEqual([]);
    expect(trip).toMatchObject({ entries: 8, identical: 8 });
  });
});

describe('a section none of whose own papers has a code link', () => {
  // The list's papers sit under a topic, some with a code link; a short section of top-level papers
  // (a form of its own) has one paper with a code link, too few for a form of the section's.
  const paper = ([title, id]: readonly [string, string], code = false) =>
    `* [${title}](https://arxiv.org/abs/${id})${code ? `<br>:star:[code](https://github.com/example/${id})` : ''}`;
  const text = [
    '# Papers',
    '',
    '## Adapting models',
    '',
    '* Low-rank methods',
    ...SUPPORT.slice(0, 8).map((p, at) => `  ${paper(p, at % 3 === 1)}`),
    '',
    '## Sequence models',
    '',
    ...SUPPORT.slice(8).map((p, at) => paper(p, at === 2)),
    '',
  ].join('\n');

  test('gets its paper back with its link, as the list writes papers with links', async () => {
    const trip = await addRoundTrip(text);
    expect(trip.misses).toEqual([]);
    expect(trip).toMatchObject({ entries: 12, identical: 12 });
  });
});

describe('a section whose one paper with a code link is too few for its template to place one', () => {
  // Most of the list's papers end with their method's name; the papers that do not, in a section
  // of their own, link their code where the list's papers do.
  const all = [
    ...SUPPORT,
    ['Generative Adversarial Networks', '1406.2661'],
    ['Sequence to Sequence Learning with Neural Networks', '1409.3215'],
    ['Neural Machine Translation by Jointly Learning to Align and Translate', '1409.0473'],
    ['Deep contextualized word representations', '1802.05365'],
    ['BERT: Pre-training of Deep Bidirectional Transformers for Language Understanding', '1810.04805'],
  ] as const;
  const paper = ([title, id]: readonly [string, string], code: boolean, name?: string) =>
    `- **${title}**. (arXiv ${2000 + Number(id.slice(0, 2))}) [[paper]](https://arxiv.org/abs/${id})${
      code ? `[[code]](https://github.com/example/${id})` : ''
    }${name ? ` - ***M${id.slice(-3)}***` : ''}`;
  const text = [
    '# Papers',
    '',
    '## Methods',
    ...all.slice(0, 9).map((p) => paper(p, true, 'name')),
    '',
    '## Surveys',
    ...all.slice(9, 13).map((p) => paper(p, true)),
    '',
    '## Benchmarks',
    paper(all[13], false),
    paper(all[14], true),
    paper(all[15], false),
    paper(all[16], false),
    '',
  ].join('\n');

  test('writes its code link where the list writes it, rather than leave it out', async () => {
    const trip = await addRoundTrip(text);
    expect(trip.misses).toEqual([]);
    expect(trip).toMatchObject({ entries: 17, identical: 17 });
  });
});

describe('a list that dates its papers by the month’s name under their venue', () => {
  // The day each was first submitted to arXiv, as the list writes it on the entry's last line.
  const DATED = [
    ['Attention Is All You Need', '1706.03762', 'NeurIPS 2017', '12 Jun 2017'],
    ['Deep Residual Learning for Image Recognition', '1512.03385', 'CVPR 2016', '10 Dec 2015'],
    ['Adam: A Method for Stochastic Optimization', '1412.6980', 'ICLR 2015', '22 Dec 2014'],
    ['Layer Normalization', '1607.06450', 'arXiv 2016', '21 Jul 2016'],
    ['Denoising Diffusion Probabilistic Models', '2006.11239', 'NeurIPS 2020', '19 Jun 2020'],
    ['Language Models are Few-Shot Learners', '2005.14165', 'NeurIPS 2020', '28 May 2020'],
  ] as const;
  const text = [
    '# Papers',
    '',
    ...DATED.flatMap(([title, id, when, date]) => [
      `**${title}** \\`,
      `${when}. [[Paper](https://arxiv.org/abs/${id})] \\`,
      date,
      '',
    ]),
  ].join('\n');

  test('a paper written back gets its date there, in the list’s way, not its venue again', async () => {
    const trip = await addRoundTrip(text);
    expect(trip.misses).toEqual([]);
    expect(trip.identical).toBe(6);
  });
});

describe('a title that ends with its own question mark', () => {
  // The list ends its titles with a full stop inside the bold, and a question with its `?` alone.
  const ASKED = [
    ['How transferable are features in deep neural networks?', '1411.1792', 'NeurIPS 2014'],
    ['Are Sixteen Heads Really Better than One?', '1905.10650', 'NeurIPS 2019'],
  ] as const;
  const text = [
    '# Papers',
    '',
    ...[...PAPERS.slice(0, 5).map((p) => [p.title, p.id, `${p.venue} 2015`] as const), ...ASKED].map(
      ([title, id, venue]) =>
        `- **${/\?$/.test(title) ? title : `${title}.`}** ${venue}. [[pdf](https://arxiv.org/abs/${id})]`,
    ),
    '',
  ].join('\n');

  test('is written back with no full stop after it', async () => {
    const trip = await addRoundTrip(text);
    expect(trip.misses).toEqual([]);
    expect(trip.identical).toBe(7);
  });

  test('keeps the stop in a list that writes one after its questions too', async () => {
    const stopped = text.replace(/\?\*\*/g, '?.**');
    expect(stopped).toContain('Better than One?.**');
    const trip = await addRoundTrip(stopped);
    expect(trip.misses).toEqual([]);
    expect(trip.identical).toBe(7);
  });
});
