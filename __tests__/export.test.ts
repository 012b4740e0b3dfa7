/**
 * `paperlint export`, run in-process on small lists of real papers written here in four shapes, and
 * its three formats checked field by field: JSON's exact shape, CSL-JSON items against the CSL-JSON
 * schema's rules, and BibTeX parsed back, hostile titles included.
 */
import { afterEach, beforeEach, describe, expect, it, jest } from '@jest/globals';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseCommandLine, UsageError } from '../src/args.js';
import { parseConfig } from '../src/config.js';
import { exportCommand } from '../src/export.js';
import type { ExportedEntry } from '../src/grammar/index.js';
import { citationKeys, EXPORT_FORMATS, splitName } from '../src/report/export-formats.js';

/** Bold title and venue, an empty line, italic authors and bracketed links (two sections). */
const BOLD_TITLE_LIST = `# Must-read papers on parameter-efficient tuning

## Papers

### Methodology

- **LoRA: Low-Rank Adaptation of Large Language Models,** ICLR 2022. ![](https://img.shields.io/badge/LoRA-blue)

  *Edward J. Hu, Yelong Shen, Phillip Wallis, Zeyuan Allen-Zhu*. [[pdf](https://arxiv.org/abs/2106.09685)] [[code](https://github.com/microsoft/LoRA)]

- **Prefix-Tuning: Optimizing Continuous Prompts for Generation,** ACL 2021. ![](https://img.shields.io/badge/Prefix-green)

  *Xiang Lisa Li, Percy Liang*. [[pdf](https://aclanthology.org/2021.acl-long.353/)]

- **Exploring the Limits of Transfer Learning with a Unified Text-to-Text Transformer,** JMLR 2020.

  *Colin Raffel, Noam Shazeer, Adam Roberts*. [[pdf](https://arxiv.org/abs/1910.10683)]

### Analysis

- **The Power of Scale for Parameter-Efficient Prompt Tuning,** Preprint 2021.

  *Brian Lester, Rami Al-Rfou, Noah Constant*. [[pdf](https://arxiv.org/abs/2104.08691)]

- **Parameter-Efficient Transfer Learning for NLP,** ICML 2019.

  *Neil Houlsby, Andrei Giurgiu, Quentin de Laroussilhe*. [[pdf](https://arxiv.org/pdf/1902.00751v2.pdf)]
`;

const TABLE_LIST = `# Awesome transformers

## Papers

| Paper | Authors | Venue | Code |
| --- | --- | --- | --- |
| [Attention Is All You Need](https://arxiv.org/abs/1706.03762) | Ashish Vaswani, Noam Shazeer, Niki Parmar | NeurIPS 2017 | [code](https://github.com/tensorflow/tensor2tensor) |
| [BERT: Pre-training of Deep Bidirectional Transformers for Language Understanding](https://arxiv.org/abs/1810.04805) | Jacob Devlin, Ming-Wei Chang | NAACL 2019 | |
| [Language Models are Few-Shot Learners](https://arxiv.org/abs/2005.14165) | Tom B. Brown, Benjamin Mann | NeurIPS 2020 | |
`;

const LINKED_TITLE_LIST = `# Awesome reasoning

## Papers

### Prompting

- [Chain-of-Thought Prompting Elicits Reasoning in Large Language Models](https://arxiv.org/abs/2201.11903) - Jason Wei, Xuezhi Wang, Dale Schuurmans. NeurIPS 2022.
- [Self-Consistency Improves Chain of Thought Reasoning in Language Models](https://arxiv.org/abs/2203.11171) - Xuezhi Wang, Jason Wei. ICLR 2023.
- [Tree of Thoughts: Deliberate Problem Solving with Large Language Models](https://arxiv.org/abs/2305.10601) - Shunyu Yao, Dian Yu. arXiv 2023.
`;

const NUMBERED_LIST = `# Must-read papers on graph neural networks

## Papers

1. **Semi-Supervised Classification with Graph Convolutional Networks.** ICLR 2017. [paper](https://arxiv.org/abs/1609.02907)

   *Thomas N. Kipf, Max Welling*

2. **Graph Attention Networks.** ICLR 2018. [paper](https://arxiv.org/abs/1710.10903)

   *Petar Veličković, Guillem Cucurull, Arantxa Casanova*

3. **Inductive Representation Learning on Large Graphs.** NeurIPS 2017. [paper](https://arxiv.org/abs/1706.02216)

   *William L. Hamilton, Rex Ying, Jure Leskovec*
`;

function scratchFile(text: string, name = 'README.md'): string {
  const path = join(mkdtempSync(join(tmpdir(), 'paperlint-export-')), name);
  writeFileSync(path, text);
  return path;
}

let stdout: string;
let stderr: string;
beforeEach(() => {
  stdout = '';
  stderr = '';
  jest.spyOn(process.stdout, 'write').mockImplementation((chunk) => {
    stdout += String(chunk);
    return true;
  });
  jest.spyOn(process.stderr, 'write').mockImplementation((chunk) => {
    stderr += String(chunk);
    return true;
  });
});
afterEach(() => {
  jest.restoreAllMocks();
});

/** `paperlint export ARGS...`, FILE read from disk and --config parsed as the CLI does; its status. */
async function paperlintExport(args: string[]): Promise<number> {
  const command = exportCommand({
    readText: (path) => readFileSync(path, 'utf8'),
    settingsFor: async (_path, options) =>
      options.config ? parseConfig(readFileSync(options.config, 'utf8'), options.config) : {},
  });
  return command.run(parseCommandLine(args, command.options));
}

async function exported(text: string): Promise<ExportedEntry[]> {
  expect(await paperlintExport([scratchFile(text)])).toBe(0);
  return JSON.parse(stdout).entries;
}

/** What every format's tests build on: entries as the contract types them. */
function entry(fields: Partial<ExportedEntry>): ExportedEntry {
  return {
    line: 1,
    endLine: 1,
    section: ['Papers'],
    title: null,
    authors: [],
    venue: null,
    year: null,
    paper: null,
    arxiv: null,
    links: [],
    badges: [],
    ...fields,
  };
}

describe('paperlint export --format json', () => {
  it('writes every field of every entry, absent ones null or [], pretty-printed with a final newline', async () => {
    const status = await paperlintExport(['--format', 'json', scratchFile(BOLD_TITLE_LIST)]);
    expect(status).toBe(0);
    expect(stderr).toBe('');
    expect(stdout.endsWith('}\n')).toBe(true);
    expect(stdout).toBe(`${JSON.stringify(JSON.parse(stdout), null, 2)}\n`);
    const { entries } = JSON.parse(stdout);
    expect(entries).toHaveLength(5);
    expect(entries[0]).toEqual({
      line: 7,
      endLine: 9,
      section: ['Must-read papers on parameter-efficient tuning', 'Papers', 'Methodology'],
      title: 'LoRA: Low-Rank Adaptation of Large Language Models',
      authors: ['Edward J. Hu', 'Yelong Shen', 'Phillip Wallis', 'Zeyuan Allen-Zhu'],
      venue: 'ICLR',
      year: '2022',
      paper: 'https://arxiv.org/abs/2106.09685',
      arxiv: '2106.09685',
      links: [
        { label: 'pdf', url: 'https://arxiv.org/abs/2106.09685' },
        { label: 'code', url: 'https://github.com/microsoft/LoRA' },
      ],
      badges: ['LoRA'],
    });
    expect(Object.keys(entries[0])).toEqual([
      'line',
      'endLine',
      'section',
      'title',
      'authors',
      'venue',
      'year',
      'paper',
      'arxiv',
      'links',
      'badges',
    ]);
    // Not on arXiv: the id is null; no badge: [].
    expect(entries[1]).toMatchObject({ arxiv: null, paper: 'https://aclanthology.org/2021.acl-long.353/' });
    expect(entries[2].badges).toEqual([]);
    // A PDF link still names the paper's arXiv id, without its version.
    expect(entries[4]).toMatchObject({ arxiv: '1902.00751', line: 25, endLine: 27 });
    expect(entries[4].section.at(-1)).toBe('Analysis');
  });

  it('reads a table: one entry a row, the title link as the paper', async () => {
    const entries = await exported(TABLE_LIST);
    expect(entries.map(({ line, title, year, arxiv }) => ({ line, title, year, arxiv }))).toEqual([
      { line: 7, title: 'Attention Is All You Need', year: '2017', arxiv: '1706.03762' },
      {
        line: 8,
        title: 'BERT: Pre-training of Deep Bidirectional Transformers for Language Understanding',
        year: '2019',
        arxiv: '1810.04805',
      },
      { line: 9, title: 'Language Models are Few-Shot Learners', year: '2020', arxiv: '2005.14165' },
    ]);
    expect(entries[0].paper).toBe('https://arxiv.org/abs/1706.03762');
    // The title's link is the paper, not one of the other links.
    expect(entries[0].links).toEqual([{ label: 'code', url: 'https://github.com/tensorflow/tensor2tensor' }]);
    expect(entries[1].links).toEqual([]);
    expect(entries[2].section).toEqual(['Awesome transformers', 'Papers']);
  });

  it('reads [Title](url) bullets', async () => {
    const entries = await exported(LINKED_TITLE_LIST);
    expect(entries.map(({ title, paper, arxiv, year }) => ({ title, paper, arxiv, year }))).toEqual([
      {
        title: 'Chain-of-Thought Prompting Elicits Reasoning in Large Language Models',
        paper: 'https://arxiv.org/abs/2201.11903',
        arxiv: '2201.11903',
        year: '2022',
      },
      {
        title: 'Self-Consistency Improves Chain of Thought Reasoning in Language Models',
        paper: 'https://arxiv.org/abs/2203.11171',
        arxiv: '2203.11171',
        year: '2023',
      },
      {
        title: 'Tree of Thoughts: Deliberate Problem Solving with Large Language Models',
        paper: 'https://arxiv.org/abs/2305.10601',
        arxiv: '2305.10601',
        year: '2023',
      },
    ]);
    expect(entries.map((e) => e.line)).toEqual([7, 8, 9]);
    expect(entries[0].section.at(-1)).toBe('Prompting');
  });

  it('reads a numbered list with its authors on a line of their own', async () => {
    const entries = await exported(NUMBERED_LIST);
    expect(entries.map(({ line, endLine }) => [line, endLine])).toEqual([
      [5, 7],
      [9, 11],
      [13, 15],
    ]);
    expect(entries[1]).toMatchObject({
      title: 'Graph Attention Networks',
      authors: ['Petar Veličković', 'Guillem Cucurull', 'Arantxa Casanova'],
      venue: 'ICLR',
      year: '2018',
      paper: 'https://arxiv.org/abs/1710.10903',
      arxiv: '1710.10903',
      links: [{ label: 'paper', url: 'https://arxiv.org/abs/1710.10903' }],
    });
  });

  it("exports only the config's sections", async () => {
    const config = scratchFile('sections:\n  exclude: [Analysis]\n', 'paperlint.yml');
    const status = await paperlintExport(['--config', config, scratchFile(BOLD_TITLE_LIST)]);
    expect(status).toBe(0);
    const { entries } = JSON.parse(stdout);
    expect(entries.map((e: ExportedEntry) => e.section.at(-1))).toEqual([
      'Methodology',
      'Methodology',
      'Methodology',
    ]);
  });

  it('says on stderr, made inert, that a file has no paper entries, and still writes a valid file', async () => {
    const file = scratchFile('# Notes\n\nNothing here yet.\n', 'notes\u001b]0;pwned\u0007.md');
    expect(await paperlintExport([file])).toBe(0);
    expect(JSON.parse(stdout)).toEqual({ entries: [] });
    expect(stderr).toMatch(
      /^paperlint export: no paper entries found in .*notes\\u001b\]0;pwned\\u0007\.md\n$/,
    );
    expect(stderr).not.toContain('\u001b');
  });

  it.each([
    [[], /name one FILE/],
    [['a.md', 'b.md'], /name one FILE/],
    [['--format', 'ris', 'a.md'], /--format is json, csl-json or bibtex, not "ris"/],
  ])('refuses %j as a usage error', async (args, message) => {
    await expect(paperlintExport(args)).rejects.toThrow(UsageError);
    await expect(paperlintExport(args)).rejects.toThrow(message);
  });
});

describe('names', () => {
  it.each([
    ['Edward J. Hu', { family: 'Hu', given: 'Edward J.' }],
    ['Zeyuan Allen-Zhu', { family: 'Allen-Zhu', given: 'Zeyuan' }],
    ['Quentin de Laroussilhe', { family: 'de Laroussilhe', given: 'Quentin' }],
    ['Petar Veličković', { family: 'Veličković', given: 'Petar' }],
    ['Qingyao Ai', { family: 'Ai', given: 'Qingyao' }],
    ['Hu, E. J.', { family: 'Hu', given: 'E. J.' }],
    ['Martin Luther King Jr.', { family: 'King', given: 'Martin Luther', suffix: 'Jr.' }],
    ['OpenAI', { literal: 'OpenAI' }],
    ['The Qwen Team', { literal: 'The Qwen Team' }],
    ['Google Research', { literal: 'Google Research' }],
    ['Tom and Jerry', { literal: 'Tom and Jerry' }],
    ['Hu, Edward, J.', { literal: 'Hu, Edward, J.' }],
    ['R2-D2 Droid', { literal: 'R2-D2 Droid' }],
    ['李飞飞', { literal: '李飞飞' }],
  ])('splits %j', (name, parts) => {
    expect(splitName(name)).toEqual(parts);
  });
});

describe('citation keys', () => {
  it('are the arXiv id, else first author + year + first title word, each used once', () => {
    const attention = { title: 'Attention Is All You Need', authors: ['Ashish Vaswani'], year: '2017' };
    const keys = citationKeys([
      entry({ arxiv: '1706.03762', ...attention }),
      entry({ arxiv: '1706.03762', ...attention }),
      entry(attention),
      entry(attention),
      entry({ title: 'The Élan of Graphs', authors: ['Petar Veličković'], year: '2024' }),
      entry({ title: 'On Anonymity' }),
      entry({}),
    ]);
    expect(keys).toEqual([
      '1706.03762',
      '1706.03762-2',
      'vaswani2017attention',
      'vaswani2017attention-2',
      'velickovic2024elan',
      'anonymity',
      'entry',
    ]);
  });

  it('are the same on every export of the same list', async () => {
    const file = scratchFile(BOLD_TITLE_LIST);
    await paperlintExport(['--format', 'csl-json', file]);
    const first = stdout;
    stdout = '';
    await paperlintExport(['--format', 'csl-json', file]);
    expect(stdout).toBe(first);
  });
});

/**
 * The CSL-JSON schema's rules for what export writes (an array of objects with `id` and one of
 * the known `type`s, no other keys than CSL's, names and dates in CSL's shapes); the error list.
 */
function cslProblems(items: unknown): string[] {
  const problems: string[] = [];
  if (!Array.isArray(items)) return ['not an array'];
  const strings = ['title', 'container-title', 'URL', 'publisher', 'note'];
  const nameKeys = ['family', 'given', 'suffix', 'literal', 'non-dropping-particle', 'dropping-particle'];
  items.forEach((item: Record<string, unknown>, i) => {
    const at = (problem: string) => problems.push(`item ${i}: ${problem}`);
    if (typeof item.id !== 'string' || item.id === '') at('id is not a string');
    if (!['article', 'article-journal', 'paper-conference'].includes(item.type as string)) at('type');
    for (const key of Object.keys(item)) {
      if (![...strings, 'id', 'type', 'author', 'issued', 'number'].includes(key)) at(`unknown key ${key}`);
      if (strings.includes(key) && typeof item[key] !== 'string') at(`${key} is not a string`);
    }
    if ('number' in item && !['string', 'number'].includes(typeof item.number)) at('number');
    if ('author' in item) {
      const authors = item.author as Record<string, unknown>[];
      if (!Array.isArray(authors) || authors.length === 0) at('author is not a list of names');
      for (const name of authors) {
        const keys = Object.keys(name);
        if (keys.some((key) => !nameKeys.includes(key) || typeof name[key] !== 'string')) at('name parts');
        if (!('family' in name) && !('literal' in name)) at('a name without family or literal');
      }
    }
    if ('issued' in item) {
      const issued = item.issued as { 'date-parts'?: unknown[][]; literal?: string };
      const parts = issued['date-parts'];
      const dated =
        Array.isArray(parts) &&
        parts.length === 1 &&
        Array.isArray(parts[0]) &&
        parts[0].length >= 1 &&
        parts[0].length <= 3 &&
        parts[0].every((part) => typeof part === 'number');
      if (!dated && typeof issued.literal !== 'string') at('issued');
    }
  });
  return problems;
}

describe('paperlint export --format csl-json', () => {
  it('writes CSL items: conference papers, a journal article, preprints', async () => {
    expect(await paperlintExport(['--format', 'csl-json', scratchFile(BOLD_TITLE_LIST)])).toBe(0);
    expect(stdout.endsWith(']\n')).toBe(true);
    const items = JSON.parse(stdout);
    expect(cslProblems(items)).toEqual([]);
    expect(items[0]).toEqual({
      id: '2106.09685',
      type: 'paper-conference',
      title: 'LoRA: Low-Rank Adaptation of Large Language Models',
      author: [
        { family: 'Hu', given: 'Edward J.' },
        { family: 'Shen', given: 'Yelong' },
        { family: 'Wallis', given: 'Phillip' },
        { family: 'Allen-Zhu', given: 'Zeyuan' },
      ],
      issued: { 'date-parts': [[2022]] },
      'container-title': 'ICLR',
      URL: 'https://arxiv.org/abs/2106.09685',
      note: 'arXiv:2106.09685',
    });
    // Not on arXiv: keyed by its first author, year and title word.
    expect(items[1]).toMatchObject({
      id: 'li2021prefix',
      type: 'paper-conference',
      'container-title': 'ACL',
    });
    expect(items[1]).not.toHaveProperty('note');
    expect(items[2]).toMatchObject({ type: 'article-journal', 'container-title': 'JMLR' });
    // "Preprint 2021" names no venue: an arXiv preprint.
    expect(items[3]).toEqual({
      id: '2104.08691',
      type: 'article',
      title: 'The Power of Scale for Parameter-Efficient Prompt Tuning',
      author: [
        { family: 'Lester', given: 'Brian' },
        { family: 'Al-Rfou', given: 'Rami' },
        { family: 'Constant', given: 'Noah' },
      ],
      issued: { 'date-parts': [[2021]] },
      URL: 'https://arxiv.org/abs/2104.08691',
      number: '2104.08691',
      publisher: 'arXiv',
    });
    expect(items[4].author[2]).toEqual({ family: 'de Laroussilhe', given: 'Quentin' });
  });

  it('writes an item of each list shape that the schema accepts, an "arXiv 2023" venue as a preprint', async () => {
    for (const list of [TABLE_LIST, LINKED_TITLE_LIST, NUMBERED_LIST]) {
      stdout = '';
      await paperlintExport(['--format', 'csl-json', scratchFile(list)]);
      const items = JSON.parse(stdout);
      expect(items).toHaveLength(3);
      expect(cslProblems(items)).toEqual([]);
    }
    const treeOfThoughts = EXPORT_FORMATS['csl-json']([
      entry({ title: 'Tree of Thoughts', venue: 'arXiv', year: '2023', arxiv: '2305.10601' }),
    ]);
    expect(JSON.parse(treeOfThoughts)[0]).toMatchObject({ type: 'article', publisher: 'arXiv' });
  });

  it('leaves out what the entry does not say, and keeps a year it cannot read as written', () => {
    const items = JSON.parse(
      EXPORT_FORMATS['csl-json']([
        entry({ title: null }),
        entry({ title: 'Sparks of AGI', year: 'to appear' }),
        entry({ title: 'Scaling Laws', authors: ['Jared Kaplan et al.'] }),
      ]),
    );
    expect(cslProblems(items)).toEqual([]);
    expect(items[0]).toEqual({ id: 'entry', type: 'article' });
    expect(items[1].issued).toEqual({ literal: 'to appear' });
    expect(items[2].author).toEqual([{ family: 'Kaplan', given: 'Jared' }]);
  });
});

interface BibtexEntry {
  type: string;
  key: string;
  fields: Record<string, string>;
}

/**
 * Reads BibTeX as BibTeX does: a braced value ends at the brace that balances its opening one,
 * whatever backslashes stand before braces. An unbalanced value runs into the next field or the
 * end of the file, and the read fails.
 */
function parseBibtex(text: string): BibtexEntry[] {
  const entries: BibtexEntry[] = [];
  let at = 0;
  const expectText = (pattern: RegExp): string => {
    const match = new RegExp(pattern.source, 'y');
    match.lastIndex = at;
    const found = match.exec(text);
    if (!found) throw new Error(`expected ${pattern} at ${at}: ${JSON.stringify(text.slice(at, at + 40))}`);
    at = match.lastIndex;
    return found[1] ?? found[0];
  };
  const bracedValue = (): string => {
    expectText(/\{/);
    const start = at;
    for (let depth = 1; depth > 0; at++) {
      if (at >= text.length) throw new Error('unbalanced braces: the value never closes');
      if (text[at] === '{') depth++;
      if (text[at] === '}') depth--;
    }
    return text.slice(start, at - 1);
  };
  while ((expectText(/\s*/), at < text.length)) {
    const type = expectText(/@(\w+)\{/);
    const key = expectText(/([^\s,{}]+),\n/);
    const fields: Record<string, string> = {};
    while (!/^\}/.test(text.slice(at))) {
      const name = expectText(/ {2}(\w+) = /);
      fields[name] = bracedValue();
      expectText(/,\n/);
    }
    expectText(/\}\n/);
    entries.push({ type, key, fields });
  }
  return entries;
}

/** A field's text as LaTeX prints it: the escapes export writes turned back into their characters. */
function latexText(value: string): string {
  const commands: Record<string, string> = {
    textbackslash: '\\',
    textbraceleft: '{',
    textbraceright: '}',
    textasciitilde: '~',
    textasciicircum: '^',
  };
  return value.replace(/\\(\w+)\{\}|\\([%&$#_])/g, (_, command: string, char: string) =>
    command ? commands[command] : char,
  );
}

describe('paperlint export --format bibtex', () => {
  it('writes @inproceedings, @article and @misc entries with keys, authors, venues and arXiv ids', async () => {
    expect(await paperlintExport(['--format', 'bibtex', scratchFile(BOLD_TITLE_LIST)])).toBe(0);
    expect(stdout.endsWith('}\n')).toBe(true);
    expect(stdout.split('\n').slice(0, 10)).toEqual([
      '@inproceedings{2106.09685,',
      '  title = {{LoRA: Low-Rank Adaptation of Large Language Models}},',
      '  author = {Hu, Edward J. and Shen, Yelong and Wallis, Phillip and Allen-Zhu, Zeyuan},',
      '  booktitle = {ICLR},',
      '  year = {2022},',
      '  eprint = {2106.09685},',
      '  archivePrefix = {arXiv},',
      '  url = {https://arxiv.org/abs/2106.09685},',
      '}',
      '',
    ]);
    const entries = parseBibtex(stdout);
    expect(entries.map(({ type, key }) => `${type} ${key}`)).toEqual([
      'inproceedings 2106.09685',
      'inproceedings li2021prefix',
      'article 1910.10683',
      'misc 2104.08691',
      'inproceedings 1902.00751',
    ]);
    expect(entries[1].fields).toEqual({
      title: '{Prefix-Tuning: Optimizing Continuous Prompts for Generation}',
      author: 'Li, Xiang Lisa and Liang, Percy',
      booktitle: 'ACL',
      year: '2021',
      url: 'https://aclanthology.org/2021.acl-long.353/',
    });
    expect(entries[2].fields.journal).toBe('JMLR');
    expect(entries[3].fields).not.toHaveProperty('booktitle');
    expect(entries[3].fields).toMatchObject({ eprint: '2104.08691', archivePrefix: 'arXiv' });
    expect(entries[4].fields.author).toBe('Houlsby, Neil and Giurgiu, Andrei and de Laroussilhe, Quentin');
  });

  it('writes entries that parse for every list shape', async () => {
    for (const list of [TABLE_LIST, LINKED_TITLE_LIST, NUMBERED_LIST]) {
      stdout = '';
      await paperlintExport(['--format', 'bibtex', scratchFile(list)]);
      expect(parseBibtex(stdout).map((e) => e.fields.eprint)).toHaveLength(3);
    }
  });

  const HOSTILE_TITLES = [
    'Unbalanced { brace',
    'Closing }} braces {',
    '100% of the \\ backslash & $x^2$ #1 under_score ~tilde',
    'A title that ends in a backslash \\',
    '}, author = {Mallory},\n@misc{injected,',
    '\\end{document} \\input{/etc/passwd}',
  ];

  it.each(HOSTILE_TITLES)('keeps %j inside its title, braces balanced, text as written', (title) => {
    const bibtex = EXPORT_FORMATS.bibtex([
      entry({ title, authors: ['Mallory {O}Brien', 'Eve % Two'], venue: 'Conf & Workshop {x', year: '2024' }),
      entry({ title: 'Next', paper: 'https://example.org/a b{c}\\d' }),
    ]);
    const [hostile, next] = parseBibtex(bibtex);
    expect(Object.keys(hostile.fields)).toEqual(['title', 'author', 'booktitle', 'year']);
    expect(latexText(hostile.fields.title)).toBe(`{${title.replace(/\s+/g, ' ').trim()}}`);
    expect(latexText(hostile.fields.booktitle)).toBe('Conf & Workshop {x');
    // Names that do not read as a person's stay whole, braced, so BibTeX does not split them.
    expect(hostile.fields.author).toBe(
      '{Mallory \\textbraceleft{}O\\textbraceright{}Brien} and {Eve \\% Two}',
    );
    expect(next.fields).toEqual({ title: '{Next}', url: 'https://example.org/a%20b%7Bc%7D%5Cd' });
  });

  it('writes "and others" for an author list that ends in et al.', () => {
    const [scaling] = parseBibtex(
      EXPORT_FORMATS.bibtex([
        entry({ title: 'Scaling Laws', authors: ['Jared Kaplan', 'Sam McCandlish', 'et al.'] }),
      ]),
    );
    expect(scaling.fields.author).toBe('Kaplan, Jared and McCandlish, Sam and others');
  });

  it('writes nothing for a list without entries', () => {
    expect(EXPORT_FORMATS.bibtex([])).toBe('');
    expect(EXPORT_FORMATS['csl-json']([])).toBe('[]\n');
  });
});
