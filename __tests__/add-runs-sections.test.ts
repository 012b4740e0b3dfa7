/**
 * Where a new entry goes when its form or its scope does not say: a link its form has no place for
 * (most of the form's entries have none) is written where the form's entries with one write it; a
 * section whose entries mostly follow a form the rest of the list writes nowhere (surveys named
 * without a venue in a list that dates its papers) has a new entry written as its neighbours are.
 */
import { describe, expect, test } from '@jest/globals';
import { renderThrough } from '../src/grammar/grammar.js';
import { addRoundTrip, readList } from '../src/grammar/index.js';
import { learnWriting, writeNewEntry } from '../src/grammar/write.js';

const arxiv = (id: string) => `https://arxiv.org/abs/${id}`;

/** Real papers: title, arXiv id, first author, venue and year. */
const PAPERS = [
  ['Attention Is All You Need', '1706.03762', 'Vaswani', 'NIPS 2017'],
  ['Deep Residual Learning for Image Recognition', '1512.03385', 'He', 'CVPR 2016'],
  ['Adam: A Method for Stochastic Optimization', '1412.6980', 'Kingma', 'ICLR 2015'],
  ['Generative Adversarial Networks', '1406.2661', 'Goodfellow', 'NIPS 2014'],
  ['Auto-Encoding Variational Bayes', '1312.6114', 'Kingma', 'ICLR 2014'],
  ['Playing Atari with Deep Reinforcement Learning', '1312.5602', 'Mnih', 'arXiv 2013'],
  ['Proximal Policy Optimization Algorithms', '1707.06347', 'Schulman', 'arXiv 2017'],
  [
    'Multi-Agent Actor-Critic for Mixed Cooperative-Competitive Environments',
    '1706.02275',
    'Lowe',
    'NIPS 2017',
  ],
  ['Counterfactual Multi-Agent Policy Gradients', '1705.08926', 'Foerster', 'AAAI 2018'],
  [
    'QMIX: Monotonic Value Function Factorisation for Deep Multi-Agent Reinforcement Learning',
    '1803.11485',
    'Rashid',
    'ICML 2018',
  ],
  [
    'Emergence of Grounded Compositional Language in Multi-Agent Populations',
    '1703.04908',
    'Mordatch',
    'AAAI 2018',
  ],
  [
    'Learning to Communicate with Deep Multi-Agent Reinforcement Learning',
    '1605.06676',
    'Foerster',
    'NIPS 2016',
  ],
  [
    'Value-Decomposition Networks For Cooperative Multi-Agent Learning',
    '1706.05296',
    'Sunehag',
    'AAMAS 2018',
  ],
  [
    'Mastering Atari, Go, Chess and Shogi by Planning with a Learned Model',
    '1911.08265',
    'Schrittwieser',
    'Nature 2020',
  ],
] as const;

describe('a run its form has no place for', () => {
  const plain = ([title, id, author, when]: readonly string[]) =>
    `* [${title}](${id.startsWith('http') ? id : arxiv(id)}) by ${author} et al. ${when}.`;
  const posted = (paper: readonly string[], n: number) =>
    `${plain(paper)} [[Post](https://example.org/post-${n})]`;
  const SURNAMES = [
    'Smith',
    'Garcia',
    'Chen',
    'Okafor',
    'Novak',
    'Tanaka',
    'Silva',
    'Dubois',
    'Rossi',
    'Kim',
  ];
  // Forty entries of the list (invented titles, not arXiv's) with no link but the paper's: too many
  // for the three or two that link a post to give the form a place for it.
  const others = Array.from({ length: 40 }, (_, n) =>
    plain([`Study Number ${n} of Learning`, `https://example.org/study-${n}`, SURNAMES[n % 10], 'ICLR 2015']),
  );
  const list = (linked: number) =>
    [
      '# Multi-agent papers',
      '',
      ...others.slice(0, 20),
      ...PAPERS.slice(0, 4).map((paper, n) => (n < linked ? posted(paper, n) : plain(paper))),
      ...others.slice(20),
      '',
    ].join('\n');

  test('is written where the form’s entries with one write it, not left out', async () => {
    // Three entries link a post after the entry's full stop.
    const trip = await addRoundTrip(list(3));
    expect(trip.misses).toEqual([]);
    expect(trip.identical).toBe(4);
  });

  test('two entries that place it are not enough to place it so', async () => {
    const trip = await addRoundTrip(list(2));
    // Written without the post: two entries show no one place for it.
    expect(trip.misses.map((miss) => miss.rendered)).toEqual([plain(PAPERS[0]), plain(PAPERS[1])]);
  });
});

describe('badges its form has no place for', () => {
  const plain = ([title, id, , when]: readonly string[]) =>
    `* [${title}](${id.startsWith('http') ? id : arxiv(id)}) ${when}.`;
  const badge = (text: string) => `![${text}](https://img.shields.io/badge/${text}-blue)`;
  const others = Array.from({ length: 40 }, (_, n) =>
    plain([`Study Number ${n} of Learning`, `https://example.org/study-${n}`, '', 'ICLR 2015']),
  );
  const list = (badged: number) =>
    [
      '# Papers',
      '',
      ...others,
      ...PAPERS.slice(0, 4).map((paper, n) => (n < badged ? `${plain(paper)} ${badge('RL')}` : plain(paper))),
      '',
    ].join('\n');
  const write = async (text: string) => {
    const { source, papers, grammar } = await readList(text);
    const written = writeNewEntry(
      grammar.templateFor(papers[0])!,
      grammar,
      learnWriting(source, grammar, papers),
      {
        id: '1509.02971',
        version: '',
        title: 'Continuous control with deep reinforcement learning',
        authors: ['Timothy P. Lillicrap', 'Jonathan J. Hunt', 'Alexander Pritzel'],
        venue: 'ICLR',
        year: '2016',
        badges: [{ label: 'Control', url: 'https://img.shields.io/badge/Control-blue' }],
        section: ['Papers'],
      },
    );
    return renderThrough(written.template, written.values);
  };

  test('are written where the form’s entries with badges write theirs', async () => {
    await expect(write(list(3))).resolves.toBe(
      `${plain(['Continuous control with deep reinforcement learning', '1509.02971', 'Lillicrap', 'ICLR 2016'])} ${badge('Control')}`,
    );
  });

  test('are refused where too few of them show where', async () => {
    await expect(write(list(2))).rejects.toThrow(/carry no badges/);
  });
});

describe('a section written in a form the list writes nowhere else', () => {
  // A list that dates its papers, `- (ICLR 2015) [Title](…) by Name et al.`: a hundred and twenty of
  // them (invented titles, not arXiv's), so that three entries are too few for a form of the list.
  const dated = Array.from(
    { length: 120 },
    (_, n) =>
      `- (ICLR ${2010 + (n % 10)}) [Paper Number ${n} on Learning](https://example.org/paper-${n}) by Author${n} et al.`,
  );
  const survey = ([title, id, author]: (typeof PAPERS)[number]) =>
    `- [${title}](${arxiv(id)}) by ${author} et al.`;
  const section = (surveys: readonly (typeof PAPERS)[number][]) =>
    ['# Papers', '', '## Surveys', '', ...surveys.map(survey), '', '## Methods', '', ...dated, ''].join('\n');

  test('has a new entry written as its neighbours are', async () => {
    const trip = await addRoundTrip(section(PAPERS.slice(0, 3)));
    expect(trip.misses).toEqual([]);
    expect(trip.identical).toBe(3);
  });

  test('only where most of the section follows it, and at least three entries do', async () => {
    // Two surveys without a venue beside two dated ones: the section has no way of its own.
    const text = section(PAPERS.slice(0, 2)).replace(
      '## Methods',
      `- (ICLR 2015) [${PAPERS[2][0]}](${arxiv(PAPERS[2][1])}) by Kingma et al.\n- (NIPS 2014) [${PAPERS[3][0]}](${arxiv(PAPERS[3][1])}) by Goodfellow et al.\n\n## Methods`,
    );
    const trip = await addRoundTrip(text);
    expect(trip.misses.map((miss) => miss.line)).toEqual([5, 6]);
    expect(trip.misses.every((miss) => miss.refusal !== undefined)).toBe(true);
  });
});

describe('a title that ends with its own full stop', () => {
  // The list closes each title with a full stop inside the bold.
  const text = [
    '# Papers',
    '',
    ...PAPERS.slice(0, 6).map(([title, id, , when]) => `- **${title}.** ${when}. [[pdf](${arxiv(id)})]`),
    '',
  ].join('\n');

  test('takes no second one', async () => {
    const { source, papers, grammar } = await readList(text);
    const template = grammar.templateFor(papers[0])!;
    const written = writeNewEntry(template, grammar, learnWriting(source, grammar, papers), {
      id: '2401.00001',
      version: '',
      // An invented title, as a record might give one: its last word abbreviated.
      title: 'Ever Larger Models, Ever Smaller Data, etc.',
      authors: [],
      venue: 'ICLR',
      year: '2024',
      section: ['Papers'],
    });
    expect(renderThrough(written.template, written.values)).toBe(
      `- **Ever Larger Models, Ever Smaller Data, etc.** ICLR 2024. [[pdf](${arxiv('2401.00001')})]`,
    );
  });
});
