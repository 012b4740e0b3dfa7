/**
 * `add` writes what its list's entries show of their habits: a `{when}` that gives a date where others
 * give a venue writes each its own way, words in brackets in a title stay as the list writes them,
 * a form with no place for the paper's link links it among the others, and a template no entry like
 * the new one follows does not win over a form they do; the lines under an item numbered 10 or more
 * stand where the list keeps them.
 */
import { describe, expect, test } from '@jest/globals';
import { addRoundTrip, exportEntries, readList } from '../src/grammar/index.js';
import { renderThrough } from '../src/grammar/grammar.js';
import { cutEntry } from '../src/grammar/template.js';
import { learnWriting, plainText, writeNewEntry, type NewPaper } from '../src/grammar/write.js';

const PAPERS = [
  { title: 'Attention Is All You Need', id: '1706.03762', date: 'Jun. 12, 2017', venue: 'NeurIPS 2017' },
  {
    title: 'Deep Residual Learning for Image Recognition',
    id: '1512.03385',
    date: 'Dec. 10, 2015',
    venue: 'CVPR 2016',
  },
  {
    title: 'Adam: A Method for Stochastic Optimization',
    id: '1412.6980',
    date: 'Dec. 22, 2014',
    venue: 'ICLR 2015',
  },
  {
    title: 'Batch Normalization: Accelerating Deep Network Training',
    id: '1502.03167',
    date: 'Feb. 11, 2015',
    venue: 'ICML 2015',
  },
  { title: 'Generative Adversarial Networks', id: '1406.2661', date: 'Jun. 10, 2014', venue: 'NeurIPS 2014' },
  {
    title: 'Sequence to Sequence Learning with Neural Networks',
    id: '1409.3215',
    date: 'Sep. 10, 2014',
    venue: 'NeurIPS 2014',
  },
  {
    title: 'Language Models are Few-Shot Learners',
    id: '2005.14165',
    date: 'May. 28, 2020',
    venue: 'NeurIPS 2020',
  },
  {
    title: 'BERT: Pre-training of Deep Bidirectional Transformers for Language Understanding',
    id: '1810.04805',
    date: 'Oct. 11, 2018',
    venue: 'NAACL 2019',
  },
];

const arxiv = (id: string) => `https://arxiv.org/abs/${id}`;

describe('a {when} that gives a date where others give a venue', () => {
  // Most entries dated (`Jun. 12, 2017`: a comma before the year), some with their venue too.
  const text = [
    '# Papers',
    '',
    ...PAPERS.map(
      (p, at) => `+ [${p.title}](${arxiv(p.id)}) (${at % 3 === 0 ? `${p.date}, ${p.venue}` : p.date})`,
    ),
    `+ [Neural Machine Translation by Jointly Learning to Align and Translate](${arxiv('1409.0473')}) (ICLR 2015)`,
    '',
  ].join('\n');

  test('writes the date the dates’ way and the venue the venues’ way', async () => {
    const trip = await addRoundTrip(text);
    expect(trip.misses).toEqual([]);
    expect(trip.identical).toBe(9);
  });
});

describe('words in brackets in a title', () => {
  // A list that writes the month after the title, in brackets, and links the paper among the others.
  const text = [
    '# Papers',
    '',
    ...PAPERS.map(
      (p, at) =>
        `- ${p.title} [${p.date.slice(0, 3)} ${p.date.slice(-4)}]` +
        `${at % 2 === 0 ? ` [Code](https://github.com/example/repo${at})` : ''} [Paper](${arxiv(p.id)})`,
    ),
    '',
  ].join('\n');

  test('are written as the list writes them', async () => {
    const trip = await addRoundTrip(text);
    expect(trip.misses).toEqual([]);
    expect(trip.identical).toBe(8);
  });

  test('are escaped where a link’s target or label follows them, or they are a box or a footnote', () => {
    expect(plainText('[Re] Attention Is All You Need', ' ')).toBe('[Re] Attention Is All You Need');
    expect(plainText('Attention [Jun 2017]', '\n')).toBe('Attention [Jun 2017]');
    // What follows is not known: escaped.
    expect(plainText('Attention [Jun 2017]')).toBe('Attention \\[Jun 2017\\]');
    expect(plainText('Attention [Jun 2017]', '(')).toBe('Attention \\[Jun 2017\\]');
    expect(plainText('[Re](x) Attention', ' ')).toBe('\\[Re\\](x) Attention');
    expect(plainText('[x] Attention [^1]', ' ')).toBe('\\[x\\] Attention \\[^1\\]');
  });
});

describe('a form with no place for the paper’s link', () => {
  const text = [
    '# Papers',
    '',
    ...PAPERS.map(
      (p, at) => `- ${p.title} [Code](https://github.com/example/repo${at}) [Paper](${arxiv(p.id)})`,
    ),
    '',
  ].join('\n');

  test('links it among the others, labelled and placed as its entries do', async () => {
    const { source, papers, grammar } = await readList(text);
    const writing = learnWriting(source, grammar, papers);
    const paper: NewPaper = {
      id: '1409.0473',
      version: '',
      title: 'Neural Machine Translation by Jointly Learning to Align and Translate',
      authors: ['Dzmitry Bahdanau', 'Kyunghyun Cho', 'Yoshua Bengio'],
      venue: 'ICLR',
      year: '2015',
      links: [{ label: 'Code', url: 'https://github.com/example/nmt' }],
    };
    const written = writeNewEntry(grammar.templates[0], grammar, writing, paper);
    expect(renderThrough(written.template, written.values)).toBe(
      '- Neural Machine Translation by Jointly Learning to Align and Translate ' +
        `[Code](https://github.com/example/nmt) [Paper](${arxiv('1409.0473')})`,
    );
  });
});

describe('a template no entry like the new one follows', () => {
  // Entries with a code link put it first; those without link the title alone. Four end each in a
  // mark of its own and follow no form: they do not make the template the one for entries without links.
  const odd = [
    ['Neural Machine Translation by Jointly Learning to Align and Translate', '1409.0473', '.'],
    ['Dropout: A Simple Way to Prevent Neural Networks from Overfitting', '1207.0580', ';'],
    ['Efficient Estimation of Word Representations in Vector Space', '1301.3781', ' !'],
    ['Distributed Representations of Words and Phrases and their Compositionality', '1310.4546', ' ?'],
  ];
  const text = [
    '# Papers',
    '',
    ...PAPERS.slice(0, 5).map(
      (p, at) => `* [code${at}](https://github.com/example/repo${at}): [${p.title}](${arxiv(p.id)})`,
    ),
    ...PAPERS.slice(5).map((p) => `* [${p.title}](${arxiv(p.id)})`),
    ...odd.map(([title, id, mark]) => `* [${title}](${arxiv(id)})${mark}`),
    '',
  ].join('\n');

  test('gives an entry without links the form such entries follow', async () => {
    const trip = await addRoundTrip(text);
    // The marks are each entry's own; every entry comes back in the form without links.
    expect(trip.misses.map((miss) => miss.rendered)).toEqual(
      odd.map(([title, id]) => `* [${title}](${arxiv(id)})`),
    );
    expect(trip.identical).toBe(8);
  });
});

describe('a title link whose words run onto the next line', () => {
  test('is cut with its target where it stands, on the line the words end', async () => {
    const text = [
      '# Papers',
      '',
      `* [Neural Machine Translation by Jointly Learning\n    to Align and Translate](${arxiv('1409.0473')})`,
      `* [${PAPERS[0].title}](${arxiv(PAPERS[0].id)})`,
      '',
    ].join('\n');
    const { source, papers } = await readList(text);
    const cut = cutEntry(source, papers[0]);
    expect(cut.values.paper).toBe(arxiv('1409.0473'));
    expect(cut.shape).toBe(
      '* [Neural Machine Translation by Jointly Learning\n    to Align and Translate]({paper})',
    );
  });
});

describe('a venue that names its year before words that qualify it', () => {
  // `(EMNLP 2019 Findings)`: the year inside the venue, as some lists write a venue's track.
  const text = [
    '# Papers',
    '',
    ...PAPERS.map(
      (p, at) => `- (${at === 7 ? 'NAACL 2019 Findings' : p.venue}) **${p.title}** [[Paper]](${arxiv(p.id)})`,
    ),
    '',
  ].join('\n');

  test('is read as that venue and year, and written back as it is', async () => {
    const exported = await exportEntries(text);
    expect(exported[7]).toMatchObject({ venue: 'NAACL 2019 Findings', year: '2019' });
    const trip = await addRoundTrip(text);
    expect(trip.misses).toEqual([]);
    expect(trip.identical).toBe(8);
  });
});

describe('the lines under a numbered item', () => {
  // Real papers and their first authors, numbered one to eleven, names on a line of their own: two
  // numbers of two digits, too few for a section's own spacing.
  const gnn = [
    [
      'Semi-Supervised Classification with Graph Convolutional Networks',
      'ICLR 2017',
      '1609.02907',
      'Thomas N. Kipf, Max Welling',
    ],
    [
      'Graph Attention Networks',
      'ICLR 2018',
      '1710.10903',
      'Petar Veličković, Guillem Cucurull, Arantxa Casanova',
    ],
    [
      'Inductive Representation Learning on Large Graphs',
      'NeurIPS 2017',
      '1706.02216',
      'William L. Hamilton, Rex Ying, Jure Leskovec',
    ],
    [
      'How Powerful are Graph Neural Networks?',
      'ICLR 2019',
      '1810.00826',
      'Keyulu Xu, Weihua Hu, Jure Leskovec, Stefanie Jegelka',
    ],
    [
      'Neural Message Passing for Quantum Chemistry',
      'ICML 2017',
      '1704.01212',
      'Justin Gilmer, Samuel S. Schoenholz, Patrick F. Riley',
    ],
    [
      'Gated Graph Sequence Neural Networks',
      'ICLR 2016',
      '1511.05493',
      'Yujia Li, Daniel Tarlow, Marc Brockschmidt, Richard Zemel',
    ],
    [
      'Spectral Networks and Locally Connected Networks on Graphs',
      'ICLR 2014',
      '1312.6203',
      'Joan Bruna, Wojciech Zaremba, Arthur Szlam, Yann LeCun',
    ],
    [
      'Simplifying Graph Convolutional Networks',
      'ICML 2019',
      '1902.07153',
      'Felix Wu, Tianyi Zhang, Amauri Holanda de Souza Jr.',
    ],
    [
      'Hierarchical Graph Representation Learning with Differentiable Pooling',
      'NeurIPS 2018',
      '1806.08804',
      'Rex Ying, Jiaxuan You, Christopher Morris',
    ],
    [
      'Relational Inductive Biases, Deep Learning, and Graph Networks',
      'arXiv 2018',
      '1806.01261',
      'Peter W. Battaglia, Jessica B. Hamrick, Victor Bapst',
    ],
    ['Deep Graph Infomax', 'ICLR 2019', '1809.10341', 'Petar Veličković, William Fedus, William L. Hamilton'],
  ] as const;
  const list = (wide: string) =>
    [
      '# GNN',
      '',
      ...gnn.flatMap(([title, venue, id, names], at) => {
        const n = String(at + 1);
        const indent = n.length > 1 ? wide : '    ';
        return [`${n}. **${title}.** ${venue}. [paper](${arxiv(id)})`, '', `${indent}*${names}.*`, ''];
      }),
    ].join('\n');

  test('stand where they stand under one digit, where the list keeps them there under 10 and on', async () => {
    const trip = await addRoundTrip(list('    '));
    expect(trip.misses).toEqual([]);
  });

  test('move with the number where the list moves them', async () => {
    const trip = await addRoundTrip(list('     '));
    expect(trip.misses).toEqual([]);
  });
});
