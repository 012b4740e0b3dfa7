import { describe, expect, it } from '@jest/globals';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse as parseYaml } from 'yaml';
import { parseConfig, printedConfig } from '../src/config.js';
import { ConfigError } from '../src/errors.js';
import { lint, type Settings } from '../src/check/engine.js';
import {
  DELTA,
  PROMPT_STYLE,
  deltaStyleList,
  fixturePath,
  insertAfter,
  lintText,
  readFixture,
  rulesOf,
} from './helpers.js';

const CLI = fileURLToPath(new URL('../dist/cli.js', import.meta.url));
const paperlint = (...args: string[]) =>
  spawnSync(process.env.PAPERLINT_NODE ?? process.execPath, [CLI, ...args], { encoding: 'utf8' });

const PROMPT = readFixture(PROMPT_STYLE);
const DELTA_TEXT = readFixture(DELTA);
const OFF_STYLE_RULES = ['indent', 'title-format', 'badge-color', 'blank-line'];

describe('learned style, zero config', () => {
  it('holds the numbered list to its own style: its well-formed entries raise nothing off-style', async () => {
    const result = await lintText(PROMPT);
    expect(result.convention).toMatchObject({
      marker: 'numbered',
      titlePunctuation: '.',
      punctuationInsideBold: true,
      blankLineBeforeAuthors: true,
      authorIndent: 0,
      badgeColors: ['blue', 'red', 'brown', 'green'],
    });
    expect(result.findings.filter((f) => OFF_STYLE_RULES.includes(f.rule))).toEqual([]);
    expect(rulesOf(result)).toEqual(['arxiv-abs@87']);
  });

  it('flags a DeltaPapers-style entry added to the numbered list', async () => {
    const entry = [
      '- **Parameter-Efficient Transfer Learning for NLP,** ICML 2019. ![](https://img.shields.io/badge/Adapter-blue) ![](https://img.shields.io/badge/NLU-orange)',
      '',
      '  *Neil Houlsby, Andrei Giurgiu, Stanislaw Jastrzebski, Bruna Morrone, Quentin de Laroussilhe, Andrea Gesmundo, Mona Attariyan, Sylvain Gelly.* [[pdf](https://arxiv.org/abs/1902.00751)]',
      '',
    ].join('\n');
    const head = insertAfter(PROMPT, 88, entry); // after the last entry of "Basics"
    const result = await lint({ path: 'README.md', text: head, baseText: PROMPT });
    expect(result.checked).toBe(1);
    const messages = result.findings.map((f) => `${f.rule}: ${f.message}`);
    expect(messages).toEqual([
      'title-format: This list numbers its entries: number this item as the others are.',
      'title-format: End the title with `.`, as this list does: `**Parameter-Efficient Transfer Learning for NLP.**`.',
      'badge-color: Badge colour `orange` is not one this list uses; pick one of `blue`, `red`, `brown`, `green`.',
    ]);
  });

  it('holds the reference list to the same findings as its written rules', async () => {
    const result = await lintText(DELTA_TEXT);
    expect(result.convention).toMatchObject({
      marker: 'bullet',
      titlePunctuation: ',',
      punctuationInsideBold: true,
    });
    // Line 41's comma sits outside its bold: a reader does not see it, and nothing is said.
    expect(rulesOf(result)).toEqual([
      'badge-spacing@51',
      'empty-link@61',
      'badge-spacing@71',
      'arxiv-abs@113',
      'arxiv-abs@117',
      'badge-missing@165',
      'badge-missing@169',
    ]);
  });

  it('enforces no trait without a clear majority', async () => {
    const entry = (n: number, punctuation: string) =>
      `- **Paper number ${n}${punctuation}** ACL 2023. ![](https://img.shields.io/badge/P${n}-blue)\n\n  *Author ${n}*. [[pdf](https://arxiv.org/abs/2301.0000${n})]\n`;
    const mixed = deltaStyleList([1, 2, 3, 4, 5, 6, 7, 8].map((n) => entry(n, n % 2 ? ',' : '.')).join('\n'));
    const result = await lintText(mixed);
    expect(result.convention.titlePunctuation).toBeNull();
    expect(result.findings.filter((f) => f.rule === 'title-format')).toEqual([]);
  });

  it('learns the palette from the entries when the list has no Keywords Convention', async () => {
    const noKeywords = PROMPT.replace('### Keywords Convention', '### Badges we use');
    expect((await lintText(noKeywords)).convention.badgeColors).toEqual(['blue', 'red', 'brown', 'green']);
  });
});

describe('config file', () => {
  const withConfig = (text: string, yaml: string) => lintText(text, parseConfig(yaml));

  it('rules: turns a rule off or changes its severity', async () => {
    expect(rulesOf(await withConfig(DELTA_TEXT, 'rules:\n  arxiv-abs: off\n'))).not.toContain(
      'arxiv-abs@113',
    );
    const changed = (await withConfig(DELTA_TEXT, 'rules:\n  badge-spacing: error\n')).findings.find(
      (f) => f.rule === 'badge-spacing',
    );
    expect(changed?.severity).toBe('error');
  });

  it('style: a setting overrides the learned trait', async () => {
    const result = await withConfig(DELTA_TEXT, "style:\n  titlePunctuation: '.'\n");
    expect(result.findings.filter((f) => f.rule === 'title-format')).toHaveLength(36);
    const palette = await withConfig(DELTA_TEXT, 'style:\n  badgeColors: [blue, orange]\n');
    expect(palette.findings.filter((f) => f.rule === 'badge-color').length).toBeGreaterThan(10);
    const unenforced = await withConfig(PROMPT, 'style:\n  marker: bullet\n');
    expect(unenforced.findings.filter((f) => f.rule === 'title-format')).toHaveLength(14);
  });

  it('sections: exclude skips a section, include names the papers heading', async () => {
    const excluded = await withConfig(DELTA_TEXT, 'sections:\n  exclude: [Analysis]\n');
    expect(rulesOf(excluded)).not.toContain('badge-missing@165');
    expect(excluded.entries).toBe(24);
    const included = await withConfig(DELTA_TEXT, 'sections:\n  include: [Methodology]\n');
    expect(included.findings.filter((f) => f.rule === 'section').map((f) => f.line)).toContain(41);
  });

  it('ignore: skips entries by title or arXiv id', async () => {
    const result = await withConfig(
      DELTA_TEXT,
      "ignore:\n  - '2305.03937'\n  - 'Shapeshifter: a Parameter-efficient Transformer using Factorized Reshaped Matrices'\n",
    );
    expect(rulesOf(result)).not.toContain('arxiv-abs@113');
    expect(rulesOf(result)).not.toContain('badge-missing@169');
    expect(rulesOf(result)).toContain('arxiv-abs@117');
  });

  it.each([
    ['unknown key', 'rulez:\n  arxiv-abs: off\n', 'unknown key `rulez`'],
    [
      'unknown rule id',
      'rules:\n  arxiv-pdf: off\n',
      'unknown rule id `rules.arxiv-pdf`; allowed: blank-line, indent',
    ],
    [
      'bad severity',
      'rules:\n  arxiv-abs: loud\n',
      '`rules.arxiv-abs` is "loud"; allowed: "off", "warning", "error"',
    ],
    ['wrong type', 'style:\n  authorIndent: two\n', '`style.authorIndent` is "two"'],
    ['unknown style trait', 'style:\n  colour: red\n', 'unknown key `style.colour`'],
    ['unquoted arXiv id', 'ignore:\n  - 2305.15210\n', 'quote arXiv ids'],
    ['not YAML', 'rules: [unclosed\n', 'not valid YAML'],
    ['not a mapping', 'just text\n', 'the config is "just text"'],
  ])('rejects a config with a %s: names it and exits 2', (_kind, yaml, message) => {
    expect(() => parseConfig(yaml)).toThrow(ConfigError);
    expect(() => parseConfig(yaml)).toThrow(message);
    const dir = mkdtempSync(join(tmpdir(), 'paperlint-config-'));
    writeFileSync(join(dir, 'paperlint.yml'), yaml);
    const run = paperlint('--config', join(dir, 'paperlint.yml'), fixturePath(DELTA));
    expect(run.status).toBe(2);
    expect(run.stderr).toContain(message);
    expect(run.stderr.trim().split('\n')).toHaveLength(1);
  });
});

describe('--print-config', () => {
  it.each([
    [DELTA, { marker: 'bullet', titlePunctuation: ',', badgeColors: ['blue', 'orange', 'green', 'purple'] }],
    [
      PROMPT_STYLE,
      { marker: 'numbered', titlePunctuation: '.', badgeColors: ['blue', 'red', 'brown', 'green'] },
    ],
  ])('prints the style it would use for %s, as a config it accepts', (fixture, expected) => {
    const run = paperlint('--print-config', fixturePath(fixture));
    expect(run.status).toBe(0);
    const printed = parseYaml(run.stdout);
    expect(printed.style).toMatchObject({
      titleBold: true,
      titleLink: false,
      punctuationInsideBold: true,
      yearAfterTitle: true,
      authorLine: true,
      blankLineBeforeAuthors: true,
      authorIndent: 0,
      authorsItalic: true,
      linkStyle: 'bracketed',
      badges: true,
      sections: true,
      ...expected,
    });
    expect(run.stdout).toMatch(/# Evidence .*badges \d+\/\d+/);
    expect(parseConfig(run.stdout)).toEqual(printed);
  });

  it.each([
    ['no config', {}],
    ['a config that sets severities', { rules: { duplicate: 'warning', 'title-format': 'error' } } as const],
  ])(
    'prints, with %s, a config that fed back gives the same findings, errors from the guide included',
    async (_, settings: Settings) => {
      // The reference list's guide writes down its /abs/ links: breaking that is an error there.
      const text = DELTA_TEXT;
      const asConfigured = await lint({ path: 'README.md', text, settings });
      const fedBack = parseConfig(await printedConfig(DELTA, text, settings));
      expect((await lint({ path: 'README.md', text, settings: fedBack })).findings).toEqual(
        asConfigured.findings,
      );
      expect(asConfigured.findings.filter((f) => f.rule === 'arxiv-abs').map((f) => f.severity)).toEqual([
        'error',
        'error',
      ]);
      // And for a PR adding an entry the list would not write so.
      const added = insertAfter(
        text,
        49,
        '\n- **LoRA: Low-Rank Adaptation of Large Language Models,** ICLR 2022. ![](https://img.shields.io/badge/LoRA-blue)\n\n  *Edward J. Hu, Yelong Shen, Phillip Wallis.* [[pdf](https://arxiv.org/pdf/2106.09685.pdf)]',
      );
      const inPr = await lint({ path: 'README.md', text: added, baseText: text, settings });
      expect(inPr.findings.map((f) => [f.rule, f.severity])).toContainEqual(['arxiv-abs', 'error']);
      expect(
        (await lint({ path: 'README.md', text: added, baseText: text, settings: fedBack })).findings,
      ).toEqual(inPr.findings);
    },
  );

  it('prints a config that fed back still takes entries written as the list writes them', async () => {
    // Bold written with underscores, as the list's template has it: no finding about the title's
    // form, whether the style is learned or printed and fed back.
    const papers = [
      [
        'Single Shot Text Detector With Regional Attention',
        'He, Pan and Huang, Weilin',
        'ICCV',
        '1709.00138',
      ],
      [
        'TextBoxes: A Fast Text Detector with a Single Deep Neural Network',
        'Liao, Minghui and Shi, Baoguang',
        'AAAI',
        '1611.06779',
      ],
      [
        'Deep Matching Prior Network: Toward Tighter Multi-oriented Text Detection',
        'Liu, Yuliang and Jin, Lianwen',
        'CVPR',
        '1703.01425',
      ],
      [
        'Detecting Oriented Text in Natural Images by Linking Segments',
        'Shi, Baoguang and Bai, Xiang',
        'CVPR',
        '1703.06520',
      ],
      [
        'EAST: An Efficient and Accurate Scene Text Detector',
        'Zhou, Xinyu and Yao, Cong',
        'CVPR',
        '1704.03155',
      ],
      [
        'WordSup: Exploiting Word Annotations for Character based Text Detection',
        'Hu, Han and Zhang, Chengquan',
        'ICCV',
        '1708.06720',
      ],
    ];
    const text = [
      '# Scene text papers',
      '',
      '## Papers',
      '',
      '### Detection',
      '',
      ...papers.map(
        ([title, authors, venue, id], i) =>
          `${i + 1}. __${title}.__ _${authors}_. __${venue}__, 2017 [\\[paper\\]](https://arxiv.org/abs/${id})`,
      ),
      '',
    ].join('\n');
    expect((await lint({ path: 'README.md', text })).findings).toEqual([]);
    const fedBack = parseConfig(await printedConfig('README.md', text, {}));
    expect((await lint({ path: 'README.md', text, settings: fedBack })).findings).toEqual([]);
    // A config that does change the style holds every entry to it.
    const restyled = await lint({ path: 'README.md', text, settings: { style: { titlePunctuation: ',' } } });
    expect(restyled.findings.map((f) => f.rule)).toEqual(Array(6).fill('title-format'));
  });

  it('shows a configured setting over the learned one', () => {
    const dir = mkdtempSync(join(tmpdir(), 'paperlint-config-'));
    writeFileSync(join(dir, 'c.yml'), 'style:\n  authorIndent: null\nrules:\n  duplicate: warning\n');
    const printed = parseYaml(
      paperlint('--print-config', '--config', join(dir, 'c.yml'), fixturePath(DELTA)).stdout,
    );
    expect(printed.style.authorIndent).toBeNull();
    expect(printed.rules.duplicate).toBe('warning');
  });
});

describe('inline control', () => {
  it('disable-next-line silences the named rule for the next entry only', async () => {
    const text = DELTA_TEXT.replace(
      '- **Residual Prompt Tuning',
      '<!-- paperlint-disable-next-line arxiv-abs -->\n- **Residual Prompt Tuning',
    );
    const found = rulesOf(await lintText(text));
    expect(found).not.toContain('arxiv-abs@114');
    expect(found).toContain('arxiv-abs@118');
  });

  it('disable … enable silences a block, for the named rules or all', async () => {
    const lines = DELTA_TEXT.split('\n');
    lines.splice(164, 0, '<!-- paperlint-disable badge-missing -->');
    lines.splice(171, 0, '<!-- paperlint-enable -->');
    expect(rulesOf(await lintText(lines.join('\n'))).filter((r) => r.startsWith('badge-missing'))).toEqual(
      [],
    );
    const all = DELTA_TEXT.replace('### Methodology', '### Methodology\n<!-- paperlint-disable -->');
    expect(
      rulesOf(await lintText(all)).filter(
        (r) => Number(r.split('@')[1]) > 46 && Number(r.split('@')[1]) < 119,
      ),
    ).toEqual([]);
  });
});

describe('an author line written as an item under the title', () => {
  const entry = (title: string, names: string, id: string, gap: boolean) =>
    [`- [${title}](https://arxiv.org/abs/${id})`, ...(gap ? [''] : []), `  - *${names}*`].join('\n');
  const list = (last: (gap: boolean) => string) =>
    [
      '# Graph papers',
      '',
      '## Node classification',
      '',
      [
        entry(
          'Semi-Supervised Classification with Graph Convolutional Networks',
          'Thomas N. Kipf, Max Welling',
          '1609.02907',
          true,
        ),
        entry(
          'Graph Attention Networks',
          'Petar Veličković, Guillem Cucurull, Arantxa Casanova',
          '1710.10903',
          true,
        ),
        entry(
          'Inductive Representation Learning on Large Graphs',
          'William L. Hamilton, Rex Ying, Jure Leskovec',
          '1706.02216',
          true,
        ),
        entry(
          'How Powerful are Graph Neural Networks?',
          'Keyulu Xu, Weihua Hu, Jure Leskovec, Stefanie Jegelka',
          '1810.00826',
          true,
        ),
        last(false),
      ].join('\n\n'),
      '',
    ].join('\n');
  const added = (gap: boolean) =>
    entry(
      'Simplifying Graph Convolutional Networks',
      'Felix Wu, Tianyi Zhang, Amauri Souza',
      '1902.07153',
      gap,
    );
  const findingsOf = async () => {
    const before = list(() => '').replace(/\n+$/, '\n');
    const { findings } = await lint({ path: 'README.md', text: list(added), baseText: before });
    return findings.map((f) => f.rule);
  };

  it('is not asked for an empty line above it where the entries are parted by empty lines', async () => {
    // The list is loose: every item's text is a paragraph, with an empty line above its names or not.
    expect(await findingsOf()).toEqual([]);
  });
});
