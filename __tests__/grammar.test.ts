/**
 * The grammar: templates learned from small lists in several formats, entries read into fields, and
 * entries written back through their template byte for byte.
 */
import { describe, expect, test } from '@jest/globals';
import { addRoundTrip, exportEntries, readList, roundTrip } from '../src/grammar/index.js';
import { render } from '../src/grammar/render.js';
import { pieces } from '../src/grammar/shape.js';
import { frameOf } from '../src/grammar/frame.js';
import { parseShieldsBadge } from '../src/grammar/entry.js';

const PAPERS = [
  {
    title: 'LoRA: Low-Rank Adaptation of Large Language Models',
    authors: ['Edward J. Hu', 'Yelong Shen', 'Phillip Wallis'],
    venue: 'ICLR',
    year: '2022',
    id: '2106.09685',
  },
  {
    title: 'Prefix-Tuning: Optimizing Continuous Prompts for Generation',
    authors: ['Xiang Lisa Li', 'Percy Liang'],
    venue: 'ACL',
    year: '2021',
    id: '2101.00190',
  },
  {
    title: 'The Power of Scale for Parameter-Efficient Prompt Tuning',
    authors: ['Brian Lester', 'Rami Al-Rfou', 'Noah Constant'],
    venue: 'EMNLP',
    year: '2021',
    id: '2104.08691',
  },
  {
    title: 'Parameter-Efficient Transfer Learning for NLP',
    authors: ['Neil Houlsby', 'Andrei Giurgiu', 'Stanislaw Jastrzebski'],
    venue: 'ICML',
    year: '2019',
    id: '1902.00751',
  },
  {
    title: 'BitFit: Simple Parameter-efficient Fine-tuning for Transformer-based Masked Language-models',
    authors: ['Elad Ben Zaken', 'Shauli Ravfogel', 'Yoav Goldberg'],
    venue: 'ACL',
    year: '2022',
    id: '2106.10199',
  },
];

type Paper = (typeof PAPERS)[number];

function list(entry: (paper: Paper, index: number) => string, separator = '\n\n'): string {
  return `# Papers\n\n## Methods\n\n${PAPERS.map(entry).join(separator)}\n`;
}

const FORMATS: Record<string, { text: string; template: string }> = {
  'bold title, author line, bracketed pdf link': {
    text: list(
      (p) =>
        `- **${p.title},** ${p.venue} ${p.year}. ![](https://img.shields.io/badge/PEFT-blue)\n\n  *${p.authors.join(', ')}*. [[pdf](https://arxiv.org/abs/${p.id})]`,
    ),
    template: '- **{title},** {venue} {year}.{badges}\n\n  *{authors}*. [[pdf]({paper})]',
  },
  'linked title with venue after it': {
    text: list((p) => `- [${p.title}](https://arxiv.org/abs/${p.id}), ${p.venue} ${p.year}`, '\n'),
    template: '- [{title}]({paper}), {venue} {year}',
  },
  'numbered, date prefix, paper label': {
    text: list(
      (p, i) => `${i + 1}. [${p.year}/0${i + 1}] **${p.title}** | [[paper]](https://arxiv.org/pdf/${p.id})`,
      '\n',
    ),
    template: '{n}. [{date}] **{title}** | [[paper]]({paper})',
  },
  'citation style, names first': {
    text: list(
      (p) =>
        `- ${p.authors[0]} et al. **${p.title}.** (${p.venue} ${p.year}) [[arXiv](https://arxiv.org/abs/${p.id})]`,
      '\n',
    ),
    template: '- {names}. **{title}.** ({when}) [[arXiv]({paper})]',
  },
  table: {
    text: `# Papers\n\n| Title | Venue | Paper |\n| --- | --- | --- |\n${PAPERS.map(
      (p) => `| ${p.title} | ${p.venue} ${p.year} | [arXiv](https://arxiv.org/abs/${p.id}) |`,
    ).join('\n')}\n`,
    template: '| {title} | {when} | [arXiv]({paper}) |',
  },
};

describe('learned templates', () => {
  for (const [name, { text, template }] of Object.entries(FORMATS)) {
    test(`${name}: one template, every entry round-trips`, async () => {
      const { grammar, papers } = await readList(text);
      expect(papers).toHaveLength(PAPERS.length);
      expect(grammar.templateFor(papers[0])?.shape).toBe(template);
      const trip = await roundTrip(text);
      expect(trip).toMatchObject({ entries: PAPERS.length, identical: PAPERS.length });
    });
  }

  test('an entry written otherwise does not round-trip, and the miss shows both forms', async () => {
    const text = FORMATS['bold title, author line, bracketed pdf link'].text.replace(
      `**${PAPERS[2].title},** EMNLP`,
      `${PAPERS[2].title}, EMNLP`,
    );
    const trip = await roundTrip(text);
    expect(trip.identical).toBe(PAPERS.length - 1);
    expect(trip.misses).toHaveLength(1);
    expect(trip.misses[0].source).toContain(`- ${PAPERS[2].title}, EMNLP`);
    expect(trip.misses[0].rendered).toContain(`- **${PAPERS[2].title},** EMNLP`);
  });

  test('badges are an optional run: entries with and without them share one template', async () => {
    const text = list(
      (p, i) =>
        `- [${p.title}](https://arxiv.org/abs/${p.id})${i % 2 ? ' ![](https://img.shields.io/badge/NLP-green)' : ''}`,
      '\n',
    );
    const { grammar, papers } = await readList(text);
    expect(grammar.templateFor(papers[0])?.shape).toBe('- [{title}]({paper}){badges}');
    expect((await roundTrip(text)).identical).toBe(PAPERS.length);
  });

  test('spacing is a value: a padded table and trailing spaces round-trip, under one template', async () => {
    const width = Math.max(...PAPERS.map((p) => p.title.length));
    const rows = PAPERS.map(
      (p, i) =>
        `| ${p.title.padEnd(i % 2 ? width : 0)} |  ${p.venue} ${p.year}${i % 3 ? '' : '  '}| [pdf](https://arxiv.org/abs/${p.id}) |`,
    );
    const text = `# Papers\n\n| Title | Venue | Link |\n| --- | --- | --- |\n${rows.join('\n')}\n`;
    const { grammar, papers } = await readList(text);
    expect(grammar.templateFor(papers[0])?.evidence.agree).toBe(PAPERS.length);
    expect(await roundTrip(text)).toMatchObject({ entries: PAPERS.length, identical: PAPERS.length });
  });

  test('an entry spaced otherwise keeps its own spacing and its text slots', async () => {
    const text = list(
      (p, i) =>
        `- **${p.title}** [${p.year}]${i === 1 ? '   ' : '  '}\n${i === 2 ? ' ' : ''}${p.authors.join(', ')}.`,
      '\n',
    );
    const trip = await roundTrip(text);
    expect(trip.misses).toEqual([]);
  });

  test('a constant prefix before every title is the list’s, not the title’s', async () => {
    const text = list((p) => `- 📄 **${p.title}** [[pdf](https://arxiv.org/abs/${p.id})]`, '\n');
    const entries = await exportEntries(text);
    expect(entries.map((entry) => entry.title)).toEqual(PAPERS.map((p) => p.title));
  });
});

describe('export fields', () => {
  test('title, authors, venue, year, paper and arXiv id of every entry', async () => {
    const entries = await exportEntries(FORMATS['bold title, author line, bracketed pdf link'].text);
    expect(entries[0]).toEqual({
      line: 5,
      endLine: 7,
      section: ['Papers', 'Methods'],
      title: PAPERS[0].title,
      authors: PAPERS[0].authors,
      venue: 'ICLR',
      year: '2022',
      paper: 'https://arxiv.org/abs/2106.09685',
      arxiv: '2106.09685',
      links: [{ label: 'pdf', url: 'https://arxiv.org/abs/2106.09685' }],
      badges: ['PEFT'],
    });
  });
});

describe('writing', () => {
  test('add writes back each entry from a record of its fields, in the list’s arXiv form', async () => {
    for (const name of ['bold title, author line, bracketed pdf link', 'linked title with venue after it']) {
      const trip = await addRoundTrip(FORMATS[name].text);
      expect(trip).toMatchObject({ entries: PAPERS.length, identical: PAPERS.length });
    }
  });

  test('runs are written in the list’s style, and empty runs leave no separator', () => {
    const style = {
      linkLead: ' ',
      linkSeparator: ' | ',
      linkStyle: 'bracketed' as const,
      badgeLead: ' ',
      badgeSeparator: ' ',
      nameSeparator: ', ',
      lastNameSeparator: ' and ',
      etAlSeparator: ' ',
    };
    const shape = '- **{title}**{badges}\n  *{authors}* [[pdf]({paper})]{links}';
    expect(
      render(shape, style, {
        title: 'T',
        paper: 'https://arxiv.org/abs/2106.09685',
        authors: { names: ['A', 'B', 'C'], etAl: false },
        links: [
          { label: 'code', url: 'https://github.com/x/y' },
          { label: 'blog', url: 'https://x.io' },
        ],
        badges: [],
      }),
    ).toBe(
      '- **T**\n  *A, B and C* [[pdf](https://arxiv.org/abs/2106.09685)] [[code](https://github.com/x/y)] | [[blog](https://x.io)]',
    );
  });

  test('an empty text slot goes with its brackets wherever they stand, the shape’s end too', () => {
    const style = {
      linkLead: ' ',
      linkSeparator: ' ',
      linkStyle: 'plain' as const,
      badgeLead: ' ',
      badgeSeparator: ' ',
      nameSeparator: ', ',
      lastNameSeparator: ', ',
      etAlSeparator: ' ',
    };
    const values = {
      title: 'Mamba: Linear-Time Sequence Modeling with Selective State Spaces',
      text: { when: '' },
      links: [],
      badges: [],
    };
    expect(render('- {title}({when})', style, values)).toBe(`- ${values.title}`);
    expect(render('- ({when}) {title}', style, values)).toBe(`- ${values.title}`);
  });

  test('a literal brace in a template stays literal', () => {
    expect(pieces('- \\{x\\} {title}')).toEqual([{ literal: '- {x} ' }, { slot: 'title' }]);
    expect(frameOf('- **{title}** ({when})').key).toBe(frameOf('- **{title}** ({when})').key);
  });
});

describe('export reads text slots', () => {
  test('names-first citations give their names, venue and year', async () => {
    const entries = await exportEntries(FORMATS['citation style, names first'].text);
    expect(entries[1]).toMatchObject({
      title: PAPERS[1].title,
      authors: [PAPERS[1].authors[0]],
      venue: 'ACL',
      year: '2021',
      arxiv: '2101.00190',
    });
  });

  test('a table row gives its venue and year from the venue column', async () => {
    const entries = await exportEntries(FORMATS.table.text);
    expect(entries.map((entry) => [entry.venue, entry.year])).toEqual(PAPERS.map((p) => [p.venue, p.year]));
  });
});

describe('a template the config sets', () => {
  test('replaces the learned list-wide one, with evidence counted against the list', async () => {
    const { effectiveSettings } = await import('../src/check/engine.js');
    const text = FORMATS['linked title with venue after it'].text;
    const learned = await effectiveSettings(text);
    expect(learned.template).toBe('- [{title}]({paper}), {venue} {year}');
    const configured = await effectiveSettings(text, { template: '- **{title}**, {venue} {year}' });
    expect(configured.template).toBe('- **{title}**, {venue} {year}');
    expect(configured.templates[0].evidence).toEqual({ agree: 0, of: PAPERS.length });
  });
});

describe('frames kept by shape', () => {
  test('lists learned one after another in one process each keep their own template', async () => {
    const { effectiveSettings } = await import('../src/check/engine.js');
    const bold = FORMATS['bold title, author line, bracketed pdf link'];
    const linked = FORMATS['linked title with venue after it'];
    const first = await effectiveSettings(bold.text);
    expect(first.template).toBe(bold.template);
    expect((await effectiveSettings(linked.text)).template).toBe(linked.template);
    expect((await effectiveSettings(bold.text)).templates).toEqual(first.templates);
  });
});

describe('shields badges', () => {
  test('read their label and colour, escaped dashes and underscores kept, a suffix or colour parameter honoured', () => {
    const read = (name: string) => parseShieldsBadge(`https://img.shields.io/badge/${name}`);
    expect(read('GNN-blue')).toEqual({ label: 'GNN', color: 'blue' });
    expect(read('Graph--Based_Methods-blue')).toEqual({ label: 'Graph-Based Methods', color: 'blue' });
    expect(read('snake__case-green.svg')).toEqual({ label: 'snake_case', color: 'green' });
    expect(read('ICML-2020-orange')).toEqual({ label: 'ICML 2020', color: 'orange' });
    expect(read('Key-Value-x?color=FF8800')).toEqual({ label: 'Key Value', color: 'ff8800' });
    expect(read('NeurIPS%202023-red')).toEqual({ label: 'NeurIPS 2023', color: 'red' });
    expect(parseShieldsBadge('https://example.com/badge.svg')).toBeUndefined();
  });
});

describe('recognition', () => {
  test('items that open with a link to a paper are papers, under any heading', async () => {
    const text = `# Readings\n\n## Sorting\n\n${PAPERS.map(
      (p) =>
        `* [${p.title}](papers/${p.id}.pdf) (${p.year}): Why it matters, in a sentence or two of the editor's.`,
    ).join('\n')}\n`;
    const entries = await exportEntries(text);
    expect(entries.map((entry) => entry.title)).toEqual(PAPERS.map((p) => p.title));
    expect(entries[0]).toMatchObject({
      paper: `papers/${PAPERS[0].id}.pdf`,
      venue: null,
      year: PAPERS[0].year,
    });
  });
});

describe('an item among papers', () => {
  test('a title alone between two papers of its section is checked as a paper', async () => {
    const { lint } = await import('../src/check/engine.js');
    const entry = (p: Paper) => `- [${p.title}](https://arxiv.org/abs/${p.id}), ${p.venue} ${p.year}`;
    const base = list(entry, '\n');
    const text = base.replace(entry(PAPERS[2]), `- ${PAPERS[2].title}`);
    const result = await lint({ path: 'README.md', text, baseText: base });
    expect(result.findings.map((finding) => finding.rule)).toContain('pdf-missing');
    // The same line alone under a heading of its own is not taken for a paper.
    const alone = `${base}\n## Notes\n\n- ${PAPERS[2].title}\n`;
    const quiet = await lint({ path: 'README.md', text: alone, baseText: base });
    expect(quiet.findings).toEqual([]);
  });
});

describe('fixes in the list’s own markup', () => {
  test('a list that bolds with underscores gets underscores back', async () => {
    const { lint } = await import('../src/check/engine.js');
    const entry = (p: Paper) =>
      `- __${p.title}.__ ${p.venue} ${p.year}. [[pdf](https://arxiv.org/abs/${p.id})]`;
    const base = list(entry, '\n');
    const text = base.replace(`__${PAPERS[1].title}.__`, `__${PAPERS[1].title}__`);
    const result = await lint({ path: 'README.md', text, baseText: base });
    const finding = result.findings.find((f) => f.rule === 'title-format');
    expect(finding?.fix?.replacement).toBe(entry(PAPERS[1]));
  });
});

describe('numbered items', () => {
  test('the lines under an item are indented to its text, however wide its number', async () => {
    const text = `# Papers\n\n${PAPERS.concat(PAPERS)
      .map((p, i) => {
        const n = `${i + 5}. `;
        return `${n}**${p.title}.** ${p.venue} ${p.year}.\n\n${' '.repeat(n.length)}*${p.authors.join(', ')}.* [[pdf](https://arxiv.org/abs/${p.id})]`;
      })
      .join('\n\n')}\n`;
    const { grammar, papers } = await readList(text);
    expect(grammar.templateFor(papers[0])?.shape).toBe(
      '{n}. **{title}.** {venue} {year}.\n\n{indent}*{authors}* [[pdf]({paper})]',
    );
    expect(await roundTrip(text)).toMatchObject({ entries: 10, identical: 10 });
  });
});

/** More real papers, for lists long enough that a few entries are a minority. */
const MORE = [
  { title: 'Attention Is All You Need', venue: 'NeurIPS', year: '2017', id: '1706.03762' },
  { title: 'Deep Residual Learning for Image Recognition', venue: 'CVPR', year: '2016', id: '1512.03385' },
  { title: 'Adam: A Method for Stochastic Optimization', venue: 'ICLR', year: '2015', id: '1412.6980' },
  { title: 'Generative Adversarial Networks', venue: 'NeurIPS', year: '2014', id: '1406.2661' },
  { title: 'Language Models are Few-Shot Learners', venue: 'NeurIPS', year: '2020', id: '2005.14165' },
  {
    title: 'An Image is Worth 16x16 Words: Transformers for Image Recognition at Scale',
    venue: 'ICLR',
    year: '2021',
    id: '2010.11929',
  },
  {
    title: 'BERT: Pre-training of Deep Bidirectional Transformers for Language Understanding',
    venue: 'NAACL',
    year: '2019',
    id: '1810.04805',
  },
];
const TWELVE = [...PAPERS, ...MORE];

describe('entries written as a few of the list’s entries are', () => {
  test('a code link only a few entries have is read where they put it', async () => {
    // Eleven entries link the paper alone: the template has no place for a code link.
    const text = `# Papers\n\n${TWELVE.map(
      (p, i) =>
        `- **${p.title}** [[pdf](https://arxiv.org/abs/${p.id})]${i === 4 ? ' [[code](https://github.com/example/bitfit)]' : ''}`,
    ).join('\n')}\n`;
    const { grammar, papers } = await readList(text);
    expect(grammar.templateFor(papers[0])?.shape).toBe('- **{title}** [[pdf]({paper})]');
    expect(await roundTrip(text)).toMatchObject({ entries: 12, identical: 12 });
    const entries = await exportEntries(text);
    expect(entries[4]).toMatchObject({
      title: PAPERS[4].title,
      arxiv: PAPERS[4].id,
      links: [
        { label: 'pdf', url: `https://arxiv.org/abs/${PAPERS[4].id}` },
        { label: 'code', url: 'https://github.com/example/bitfit' },
      ],
    });
  });

  test('a run the template places is not read elsewhere', async () => {
    // Every entry but one puts its code link after the paper link; one puts it before the title.
    const text = `# Papers\n\n${TWELVE.map((p, i) =>
      i === 4
        ? `- [[code](https://github.com/example/bitfit)] **${p.title}** [[pdf](https://arxiv.org/abs/${p.id})]`
        : `- **${p.title}** [[pdf](https://arxiv.org/abs/${p.id})] [[code](https://github.com/example/${i})]`,
    ).join('\n')}\n`;
    const trip = await roundTrip(text);
    expect(trip.identical).toBe(11);
    expect(trip.misses.map((miss) => miss.line)).toEqual([7]);
  });

  test('an entry written in another section’s form reads through that form, with its fields', async () => {
    // "Methods" writes the venue after the title; "Surveys" gives none, but one of its entries does.
    const methods = MORE.map(
      (p) => `- **${p.title}** (${p.venue} ${p.year}) [[pdf](https://arxiv.org/abs/${p.id})]`,
    );
    const surveys = PAPERS.map((p, i) =>
      i === 2
        ? `- **${p.title}** (${p.venue} ${p.year}) [[pdf](https://arxiv.org/abs/${p.id})]`
        : `- **${p.title}**: [[pdf](https://arxiv.org/abs/${p.id})]`,
    );
    const text = `# Papers\n\n## Methods\n\n${methods.join('\n')}\n\n## Surveys\n\n${surveys.join('\n')}\n`;
    expect(await roundTrip(text)).toMatchObject({ entries: 12, identical: 12 });
    const entries = await exportEntries(text);
    expect(entries[9]).toMatchObject({ title: PAPERS[2].title, venue: 'EMNLP', year: '2021' });
  });

  test('a form three entries of a long list share is read; what its words are is not guessed', async () => {
    // 120 entries with a venue; three give a note in its place instead: under 3% of the list. Three
    // notes that look like names ("Oral, Best Paper") are too few to call that place the authors'.
    const rows = Array.from({ length: 120 }, (_, i) => {
      const p = TWELVE[i % TWELVE.length];
      return i % 40 === 7
        ? `- **${p.title}** — Oral, Best Paper Award [[pdf](https://arxiv.org/abs/${p.id})]`
        : `- **${p.title}** (${p.venue} ${p.year}) [[pdf](https://arxiv.org/abs/${p.id})]`;
    });
    const text = `# Papers\n\n${rows.join('\n')}\n`;
    expect(await roundTrip(text)).toMatchObject({ entries: 120, identical: 120 });
    const entries = await exportEntries(text);
    expect(entries[7]).toMatchObject({ title: TWELVE[7].title, authors: [], arxiv: TWELVE[7].id });
  });

  test('a link inside a table row’s description is the description’s, not the row’s links', async () => {
    const rows = TWELVE.slice(0, 6).map(
      (p, i) =>
        `| ${p.title}. ${i === 3 ? 'Trained with [a public optimiser](https://example.org/opt), it' : 'It'} improves on prior work. | [Paper](https://arxiv.org/abs/${p.id}), [Code](https://github.com/example/${i}) |`,
    );
    const text = `# Papers\n\n| Paper | Links |\n| --- | --- |\n${rows.join('\n')}\n`;
    expect(await roundTrip(text)).toMatchObject({ entries: 6, identical: 6 });
    const entries = await exportEntries(text);
    expect(entries[3]).toMatchObject({ paper: `https://arxiv.org/abs/${PAPERS[3].id}`, arxiv: PAPERS[3].id });
  });
});

test('an entry keeps where its spaces stand around its link run, before it or after it', async () => {
  // Most entries indent their code line; one writes it flush with a trailing space after the link.
  const text = `# Papers\n\n${TWELVE.slice(0, 6)
    .map(
      (p, i) =>
        `- [${p.title}](https://arxiv.org/abs/${p.id})  \n${i === 2 ? '' : '  '}[code](https://github.com/example/${i})${i === 2 ? ' ' : ''}`,
    )
    .join('\n')}\n`;
  expect(await roundTrip(text)).toMatchObject({ entries: 6, identical: 6 });
});

describe('a venue and year where the list writes words of another kind', () => {
  // Most entries close with their arXiv id; the one published in a journal closes with it and its year.
  const text = `# Recurrent networks

## Surveys

* Klaus Greff, Rupesh Kumar Srivastava, Jan Koutnik, Bas R. Steunebrink, Jurgen Schmidhuber, [LSTM: A Search Space Odyssey](http://arxiv.org/pdf/1503.04069), arXiv:1503.04069
* Zachary C. Lipton, [A Critical Review of Recurrent Neural Networks for Sequence Learning](http://arxiv.org/pdf/1506.00019), arXiv:1506.00019
* Andrej Karpathy, Justin Johnson, Li Fei-Fei, [Visualizing and Understanding Recurrent Networks](http://arxiv.org/pdf/1506.02078), arXiv:1506.02078
* Yann LeCun, Yoshua Bengio, Geoffrey Hinton, [Deep Learning](http://www.nature.com/nature/journal/v521/n7553/pdf/nature14539.pdf), Nature 2015
`;

  test('are the words at that place, and the entry renders back through its template', async () => {
    const { grammar } = await readList(text);
    expect(grammar.templates[0].shape).toBe('* {names}, [{title}]({paper}), {note}');
    const trip = await roundTrip(text);
    expect(trip.misses).toEqual([]);
    const entries = await exportEntries(text);
    expect(entries.map((entry) => [entry.title, entry.venue, entry.year]).at(-1)).toEqual([
      'Deep Learning',
      'Nature',
      '2015',
    ]);
  });
});

describe('table cells that hold several links or fields', () => {
  test('a cell no slot stands in is one value, however many links it joins with <br>, or a dash', async () => {
    const cells = [
      '[[Page](https://example.org/0)] <br> [[Demo](https://example.org/d0)]',
      '[[Page](https://example.org/1)]',
      '-',
      '[[Page](https://example.org/3)] <br> [[Demo](https://example.org/d3)] <br> [[Slides](https://example.org/s3)]',
      '<img width="600" src="https://example.org/4.png">',
      '[[Page](https://example.org/5)] <br> [[Demo](https://example.org/d5)]',
    ];
    const rows = TWELVE.slice(0, 6).map(
      (p, i) =>
        `| [**${p.title}**](https://arxiv.org/abs/${p.id}) | [[Code](https://github.com/example/${i})] | ${cells[i]} |`,
    );
    const text = `# Papers\n\n| Paper | Code | Resources |\n| --- | --- | --- |\n${rows.join('\n')}\n`;
    expect(await roundTrip(text)).toMatchObject({ entries: 6, identical: 6 });
    expect(await addRoundTrip(text)).toMatchObject({ entries: 6, identical: 6 });
  });

  test('the lines a title cell writes under its title (<br> names <br> > venue) are the row’s own', async () => {
    const under = [
      '*Edward J. Hu, Yelong Shen* <br> > Microsoft <br> > ICLR’22',
      '*Xiang Lisa Li, Percy Liang* <br> > Stanford <br> > ACL’21',
      '*Brian Lester, Noah Constant* <br> > Google <br> > Preprint’21 <br><br> Oral',
      '*Someone Else* <br> > Lab A, <br> > Lab B, <br> > Lab C',
      '*Another Author* <br> > Preprint’23',
      '*Third Author, Fourth Author* <br> > Somewhere <br> > Preprint’23',
    ];
    const rows = TWELVE.slice(0, 6).map(
      (p, i) =>
        `| [**${p.title}**](https://arxiv.org/abs/${p.id}) <br> ${under[i]} | [[Github](https://github.com/example/${i})] |`,
    );
    const text = `# Papers\n\n| Title & Authors | Links |\n| --- | --- |\n${rows.join('\n')}\n`;
    expect(await roundTrip(text)).toMatchObject({ entries: 6, identical: 6 });
    const entries = await exportEntries(text);
    expect(entries[3]).toMatchObject({ title: TWELVE[3].title, arxiv: TWELVE[3].id });
  });

  test('links a cell sets one under another with <br> are one run of the row’s links', async () => {
    const rows = TWELVE.slice(0, 6).map(
      (p, i) =>
        `| [${p.title}](https://arxiv.org/abs/${p.id}) | [Code](https://github.com/example/${i})${i % 2 === 0 ? ` <br> [Demo](https://example.org/${i})` : ''} |`,
    );
    const text = `# Papers\n\n| Title | Links |\n| --- | --- |\n${rows.join('\n')}\n`;
    expect(await roundTrip(text)).toMatchObject({ entries: 6, identical: 6 });
    const { grammar } = await readList(text);
    expect(grammar.templates[0]).toMatchObject({
      shape: '| [{title}]({paper}) |{links} |',
      style: { linkSeparator: ' <br> ' },
    });
  });
});
