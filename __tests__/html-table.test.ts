/**
 * Lists of other shapes: papers as the rows of an HTML table (which GitHub renders as it renders a
 * Markdown table), and an index page whose list items are headings over venues' sites.
 */
import { describe, expect, test } from '@jest/globals';
import { exportEntries, roundTrip } from '../src/grammar/index.js';
import { lintText } from './helpers.js';

/** A survey's table of agents, written as the lists that keep one write it: a row over lines, a cell a line. */
const AGENTS = [
  ['WebGPT', '-', 'w/ tools', '2112.09332', '-'],
  ['ReAct', '-', 'w/ tools', '2210.03629', 'https://github.com/ysymyth/ReAct'],
  [
    'Reflexion',
    'Read/Write/<br>Reflection',
    'w/o tools',
    '2303.11366',
    'https://github.com/noahshinn024/reflexion',
  ],
  ['Voyager', 'Read/Write', 'w/ tools', '2305.16291', 'https://github.com/MineDojo/Voyager'],
  ['Generative Agents', 'Read/Write/<br>Reflection', 'w/o tools', '2304.03442', '-'],
];

const row = ([name, memory, action, id, code]: readonly string[]) => [
  '    <tr>',
  `        <td align='center'>${name}</td>`,
  `        <td align='center'>${memory}</td>`,
  `        <td align='center'>${action}</td>`,
  `        <td align='center'><a href="https://arxiv.org/abs/${id}">Paper</a></td>`,
  `        <td align='center'>${code === '-' ? '-' : `<a href="${code}">Code</a>`}</td>`,
  '    </tr>',
];

const AGENT_TABLE = [
  '# LLM-based Autonomous Agents',
  '',
  '## Construction',
  '',
  '<table>',
  '    <tr>',
  "        <td rowspan='2' align='center'>Model</td>",
  "        <td colspan='2' align='center'>Modules</td>",
  "        <td rowspan='2' align='center'>Paper</td>",
  "        <td rowspan='2' align='center'>Code</td>",
  '    </tr>',
  '    <tr>',
  "        <td align='center'>Memory</td>",
  "        <td align='center'>Action</td>",
  '    </tr>',
  ...AGENTS.flatMap(row),
  '</table>',
  '',
].join('\n');

describe('an HTML table of papers', () => {
  test('each row under the header is an entry: its title from the first column, its paper from the Paper column', async () => {
    const entries = await exportEntries(AGENT_TABLE);
    expect(entries.map((entry) => [entry.title, entry.arxiv])).toEqual(AGENTS.map((a) => [a[0], a[3]]));
    // The cells of its other columns are the row's values, not a venue.
    expect(entries.every((entry) => entry.venue === null)).toBe(true);
    expect(entries[1].links.map((link) => link.label)).toEqual(['Paper', 'Code']);
  });

  test('its rows round-trip byte for byte, whatever words or dashes their cells hold', async () => {
    const result = await roundTrip(AGENT_TABLE);
    expect(result.misses).toEqual([]);
    expect(result.identical).toBe(AGENTS.length);
  });

  test('a cell spanning rows groups them: the title is the row’s own first cell', async () => {
    const text = [
      '## List of LLMs',
      '',
      '<table>',
      '<thead>',
      '  <tr><th>Category</th><th>Model</th><th>Release Time</th><th>Link</th></tr>',
      '</thead>',
      '<tbody>',
      '  <tr>',
      '    <td rowspan="3">Publicly <br>Accessible</td>',
      '    <td>T5</td>',
      '    <td>2019/10</td>',
      '    <td><a href="https://arxiv.org/abs/1910.10683">Paper</a></td>',
      '  </tr>',
      '  <tr>',
      '    <td>mT5</td>',
      '    <td>2021/03</td>',
      '    <td><a href="https://arxiv.org/abs/2010.11934">Paper</a></td>',
      '  </tr>',
      '  <tr>',
      '    <td>CPM-2</td>',
      '    <td>2021/05</td>',
      '    <td><a href="https://arxiv.org/abs/2106.10715">Paper</a></td>',
      '  </tr>',
      '</tbody>',
      '</table>',
      '',
    ].join('\n');
    const entries = await exportEntries(text);
    expect(entries.map((entry) => [entry.title, entry.year, entry.arxiv])).toEqual([
      ['T5', '2019', '1910.10683'],
      ['mT5', '2021', '2010.11934'],
      ['CPM-2', '2021', '2106.10715'],
    ]);
  });

  test('a table of the page’s sections, or of its people, holds no paper', async () => {
    const text = [
      '# GNN Papers',
      '',
      '<table>',
      '<tr><td colspan="2"><a href="#survey-papers">1. Survey</a></td></tr>',
      '<tr>',
      '    <td>&ensp;<a href="#basic-models">2.1 Basic Models</a></td>',
      '    <td>&ensp;<a href="#graph-types">2.2 Graph Types</a></td>',
      '</tr>',
      '</table>',
      '',
      '## Survey papers',
      '',
      '1. **Graph Neural Networks: A Review of Methods and Applications.** arXiv 2018. [paper](https://arxiv.org/pdf/1812.08434)',
      '',
      '## Contributors',
      '',
      '<table>',
      '  <tr>',
      '    <td align="center"><a href="https://github.com/thunlp"><b>Jie Zhou</b></a></td>',
      '    <td align="center"><a href="https://github.com/thunlp"><b>Ganqu Cui</b></a></td>',
      '  </tr>',
      '</table>',
      '',
    ].join('\n');
    const entries = await exportEntries(text);
    expect(entries.map((entry) => entry.title)).toEqual([
      'Graph Neural Networks: A Review of Methods and Applications',
    ]);
  });

  test('a row a change adds, without a paper, is no finding of a missing link', async () => {
    const before = AGENT_TABLE;
    // The change also empties a cell of the paper's row above: the new row's dashes are no words of it.
    const after = AGENT_TABLE.replace(
      "<td align='center'>w/o tools</td>\n        <td align='center'><a href=\"https://arxiv.org/abs/2304.03442\">",
      "<td align='center'>-</td>\n        <td align='center'><a href=\"https://arxiv.org/abs/2304.03442\">",
    ).replace(
      '</table>',
      [
        '    <tr>',
        "        <td align='center'>embodied-agents</td>",
        "        <td align='center'>-</td>",
        "        <td align='center'>-</td>",
        "        <td align='center'>-</td>",
        `        <td align='center'><a href="https://github.com/mbodiai/embodied-agents">Code</a></td>`,
        '    </tr>',
        '</table>',
      ].join('\n'),
    );
    const { findings } = await lintText(after, undefined, before);
    expect(findings.filter((finding) => finding.rule === 'pdf-missing')).toEqual([]);
  });

  test('a row added again for a paper the table has is a duplicate, and nothing else is asked of it', async () => {
    const react = row(AGENTS[1]).join('\n');
    // A row again for a paper the table has, its paper link labelled otherwise and its code left out.
    const again = react
      .replace('>Paper</a>', '>arXiv</a>')
      .replace(/<a href="https:\/\/github[^>]*>Code<\/a>/, '-');
    const after = AGENT_TABLE.replace('</table>', `${again}\n</table>`);
    const { findings } = await lintText(after, undefined, AGENT_TABLE);
    expect(findings.map((finding) => finding.rule)).toEqual(['duplicate']);
  });

  test('a row linking the PDF where the table links abstracts is told so, with no fix: raw HTML renders no fix it can prove', async () => {
    const added = row(['Toolformer', '-', 'w/ tools', '2302.04761', '-'])
      .join('\n')
      .replace('arxiv.org/abs/2302.04761', 'arxiv.org/pdf/2302.04761');
    const after = AGENT_TABLE.replace('</table>', `${added}\n</table>`);
    const { findings } = await lintText(after, undefined, AGENT_TABLE);
    expect(findings.map((finding) => [finding.rule, finding.fix])).toEqual([['arxiv-abs', null]]);
  });
});

describe('an index page', () => {
  test('list items that are headings over venues’ sites are no papers', async () => {
    const text = [
      '# Graph-based Deep Learning Literature',
      '',
      '- ## Machine Learning Conferences',
      '   * ### [NeurIPS](https://nips.cc/): [2024](https://github.com/naganandy/graph-based-deep-learning-literature/blob/master/conference-publications/folders/years/2024/publications_neurips24/README.md)',
      '   * ### [ICLR](https://iclr.cc/): [2024](https://github.com/naganandy/graph-based-deep-learning-literature/blob/master/conference-publications/folders/years/2024/publications_iclr24/README.md)',
      '',
      '- ## Artificial Intelligence Conferences',
      '   * ### [AAAI](https://aaai.org/conference/aaai/aaai-26/): [2026](https://github.com/naganandy/graph-based-deep-learning-literature/blob/master/conference-publications/folders/years/2026/publications_aaai26/README.md)',
      '',
    ].join('\n');
    expect(await exportEntries(text)).toEqual([]);
  });
});
