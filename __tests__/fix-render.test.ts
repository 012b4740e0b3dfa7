/**
 * Every fix is written through the list's grammar: on small lists in several formats, each fix keeps
 * the list's own form (its bold delimiter, its arXiv URL form, its link style, its "et al.") and
 * changes nothing but what it is about.
 */
import { describe, expect, it } from '@jest/globals';
import { applyFixes, renderChange } from '../src/check/fix.js';
import { lint } from '../src/check/engine.js';
import { parseEntry } from '../src/grammar/entry.js';
import { learnGrammar } from '../src/grammar/grammar.js';
import { findPaperList } from '../src/grammar/list.js';
import { arxivUrlOf } from '../src/grammar/write.js';
import type { PaperRecord } from '../src/arxiv/record.js';
import type { RuleId } from '../src/check/rules/types.js';
import { segment } from '../src/read/segment.js';
import { toSource } from '../src/read/text.js';

const PAPERS: readonly { title: string; authors: string; venue: string; id: string; code: string }[] = [
  {
    title: 'Attention Is All You Need',
    authors: 'Ashish Vaswani et al.',
    venue: 'NeurIPS 2017',
    id: '1706.03762',
    code: 'https://github.com/tensorflow/tensor2tensor',
  },
  {
    title: 'Deep Residual Learning for Image Recognition',
    authors: 'Kaiming He et al.',
    venue: 'CVPR 2016',
    id: '1512.03385',
    code: 'https://github.com/KaimingHe/deep-residual-networks',
  },
  {
    title: 'Parameter-Efficient Transfer Learning for NLP',
    authors: 'Neil Houlsby et al.',
    venue: 'ICML 2019',
    id: '1902.00751',
    code: 'https://github.com/google-research/adapter-bert',
  },
  {
    title: 'The Power of Scale for Parameter-Efficient Prompt Tuning',
    authors: 'Brian Lester et al.',
    venue: 'EMNLP 2021',
    id: '2104.08691',
    code: 'https://github.com/google-research/prompt-tuning',
  },
  {
    title: 'Prefix-Tuning: Optimizing Continuous Prompts for Generation',
    authors: 'Xiang Lisa Li et al.',
    venue: 'ACL 2021',
    id: '2101.00190',
    code: 'https://github.com/XiangLi1999/PrefixTuning',
  },
];
const LORA = 'LoRA: Low-Rank Adaptation of Large Language Models';

function list(entries: readonly string[], separator = '\n'): string {
  return ['# Papers on adapting models', '', '## Papers', '', entries.join(separator), ''].join('\n');
}

/** The list with the fixes `rule`'s findings carry applied (asserting there are some). */
async function fixed(
  text: string,
  rule: RuleId,
  records?: ReadonlyMap<string, PaperRecord | null>,
): Promise<string> {
  const result = await lint({
    path: 'README.md',
    text,
    papers: records && (async () => records),
  });
  const fixes = result.findings.filter((f) => f.rule === rule).flatMap((f) => (f.fix ? [f.fix] : []));
  expect(fixes.length).toBeGreaterThan(0);
  return applyFixes(text, fixes).text;
}

describe('fixes keep the list’s own form', () => {
  it('a bold title with `__`: the missing full stop goes inside, the underscores stay', async () => {
    const entry = (title: string, venue: string, authors: string, id: string) =>
      `- __${title}.__ ${venue}.\n  *${authors}* [[pdf](https://arxiv.org/abs/${id})]`;
    const good = PAPERS.map((p) => entry(p.title, p.venue, p.authors, p.id));
    const bad = `- __${LORA}__ ICLR 2022.\n  *Edward J. Hu et al.* [[pdf](https://arxiv.org/abs/2106.09685)]`;
    const text = list([...good, bad]);
    expect(await fixed(text, 'title-format')).toBe(text.replace(`__${LORA}__ `, `__${LORA}.__ `));
  });

  it('an entry its own cut writes back otherwise (escaped brackets in a label) keeps all but the fix', async () => {
    const entry = (title: string, venue: string, authors: string, id: string) =>
      `- __${title}.__ ${venue}.\n  *${authors}* [[pdf](https://arxiv.org/abs/${id})]`;
    const good = PAPERS.map((p) => entry(p.title, p.venue, p.authors, p.id));
    const links =
      '[\\[arXiv\\]](https://arxiv.org/abs/2106.09685) [\\[code version\\]](https://github.com/microsoft/LoRA)';
    const bad = `- __${LORA}__ ICLR 2022.\n  *Edward J. Hu et al.* ${links}`;
    const text = list([...good, bad]);
    expect(await fixed(text, 'title-format')).toBe(text.replace(`__${LORA}__ `, `__${LORA}.__ `));
  });

  it('an arXiv title fix writes arXiv’s words in the list’s form, and leaves "et al." alone', async () => {
    const entry = (title: string, venue: string, authors: string, id: string) =>
      `- __${title}.__ ${venue}.\n  *${authors}* [[pdf](https://arxiv.org/abs/${id})]`;
    const good = PAPERS.map((p) => entry(p.title, p.venue, p.authors, p.id));
    const written = 'LoRA: Low-Rank Adaptation of Large Models';
    const bad = entry(written, 'ICLR 2022', 'Edward J. Hu et al.', '2106.09685');
    const record: PaperRecord = {
      id: '2106.09685',
      version: 'v2',
      title: LORA,
      authors: ['Edward J. Hu', 'Yelong Shen', 'Phillip Wallis'],
      published: '2021-06-17T00:00:00Z',
    };
    const text = list([...good, bad]);
    const after = await fixed(text, 'arxiv-metadata', new Map([['2106.09685', record]]));
    expect(after).toBe(text.replace(`__${written}.__`, `__${LORA}.__`));
  });

  it('a table row: the PDF link becomes the abstract page in the list’s URL form (http)', async () => {
    const row = (title: string, venue: string, url: string) => `| ${title} | ${venue} | [arXiv](${url}) |`;
    const rows = PAPERS.map((p) => row(p.title, p.venue, `http://arxiv.org/abs/${p.id}`));
    const bad = row(LORA, 'ICLR 2022', 'http://arxiv.org/pdf/2106.09685v2.pdf');
    const text = list(['| Title | Venue | Paper |', '| --- | --- | --- |', ...rows, bad]);
    expect(await fixed(text, 'arxiv-abs')).toBe(
      text.replace('http://arxiv.org/pdf/2106.09685v2.pdf', 'http://arxiv.org/abs/2106.09685v2'),
    );
  });

  it('numbered items: the paper link takes the list’s brackets, the code link and the number stay', async () => {
    const item = (n: number, title: string, venue: string, pdf: string, code: string) =>
      `${n}. **${title}**, ${venue}. ${pdf} [[code](${code})]`;
    const good = PAPERS.map((p, i) =>
      item(i + 1, p.title, p.venue, `[[pdf](https://arxiv.org/abs/${p.id})]`, p.code),
    );
    const bad = item(
      6,
      LORA,
      'ICLR 2022',
      '[pdf](https://arxiv.org/abs/2106.09685)',
      'https://github.com/microsoft/LoRA',
    );
    const text = list([...good, bad]);
    expect(await fixed(text, 'pdf-missing')).toBe(
      text.replace('[pdf](https://arxiv.org/abs/2106.09685)', '[[pdf](https://arxiv.org/abs/2106.09685)]'),
    );
  });

  it('a `[Title](url)` title link: its target becomes the abstract page, the title stays a link', async () => {
    const item = (title: string, url: string, authors: string, venue: string) =>
      `- [${title}](${url}) - ${authors}, ${venue}.`;
    const good = PAPERS.map((p) => item(p.title, `https://arxiv.org/abs/${p.id}`, p.authors, p.venue));
    const bad = item(LORA, 'https://arxiv.org/pdf/2106.09685.pdf', 'Edward J. Hu et al.', 'ICLR 2022');
    const text = list([...good, bad]);
    expect(await fixed(text, 'arxiv-abs')).toBe(
      text.replace('https://arxiv.org/pdf/2106.09685.pdf', 'https://arxiv.org/abs/2106.09685'),
    );
  });

  it('a glued badge gets its space, in a list that bolds with `**`', async () => {
    const badge = (name: string) => `![](https://img.shields.io/badge/${name}-blue)`;
    const entry = (title: string, venue: string, authors: string, id: string, name: string, glue = ' ') =>
      `- **${title}.** ${venue}.${glue}${badge(name)}\n\n  *${authors}* [[pdf](https://arxiv.org/abs/${id})]`;
    const good = PAPERS.map((p) => entry(p.title, p.venue, p.authors, p.id, 'Adapter'));
    const bad = entry(LORA, 'ICLR 2022', 'Edward J. Hu et al.', '2106.09685', 'LoRA', '');
    const text = list([...good, bad], '\n\n');
    expect(await fixed(text, 'badge-spacing')).toBe(
      text.replace(`2022.${badge('LoRA')}`, `2022. ${badge('LoRA')}`),
    );
  });
});

describe('renderChange', () => {
  const notes = '[notes](https://arxiv.org/pdf/2106.09685.pdf)';
  const entries = [
    ...PAPERS.map((p) => `- **${p.title}.** ${p.venue}. [[pdf](https://arxiv.org/abs/${p.id})]`),
    // The arXiv links in a note sit in no slot of the entry's shape: in its literal text.
    `- **${LORA}.** ICLR 2022. [[pdf](https://arxiv.org/abs/2106.09685)] and the ${notes} here.`,
    `- **${LORA}.** ICLR 2022. [[pdf](https://arxiv.org/abs/2106.09685)] and the ${notes} here, ${notes} again.`,
  ];
  const source = toSource(list(entries));
  const found = findPaperList(source, segment(source));
  const parsed = found.entries.map((block) => parseEntry(source, block));
  const grammar = learnGrammar(source, parsed);
  const notesOf = (index: number) => {
    const link = parsed[index].links.find((one) => one.label === 'notes');
    expect(link).toBeDefined();
    return link!;
  };

  it('writes a change to one slot and nothing else of the entry', () => {
    const entry = parsed[0];
    const rendered = renderChange(source, entry, grammar, { title: { text: 'Attention Is What You Need' } });
    expect(rendered?.fix).toEqual({
      line: entry.title.line,
      endLine: entry.title.line,
      replacement: source.lines[entry.title.line - 1].replace('Is All', 'Is What'),
    });
  });

  it('rewrites a link the shape holds as literal text where it is written, once', () => {
    const entry = parsed[5];
    const rendered = renderChange(source, entry, grammar, { link: { at: notesOf(5), arxiv: 'abs' } });
    expect(rendered?.fix.replacement).toBe(
      source.lines[entry.title.line - 1].replace(notes, '[notes](https://arxiv.org/abs/2106.09685)'),
    );
  });

  it('offers no fix where the literal text writes the same link twice (which one is meant?)', () => {
    expect(
      renderChange(source, parsed[6], grammar, { link: { at: notesOf(6), arxiv: 'abs' } }),
    ).toBeUndefined();
  });

  it('writes the abstract page in the list’s form, keeping the link’s version and its https', () => {
    expect(arxivUrlOf('http://www.arxiv.org/abs/{id}', 'http://arxiv.org/pdf/2106.09685v2.pdf', 'abs')).toBe(
      'http://www.arxiv.org/abs/2106.09685v2',
    );
    expect(arxivUrlOf('http://arxiv.org/abs/{id}', 'https://arxiv.org/pdf/2106.09685v2.pdf', 'abs')).toBe(
      'https://arxiv.org/abs/2106.09685v2',
    );
    expect(arxivUrlOf('https://arxiv.org/pdf/{id}.pdf', 'https://arxiv.org/pdf/2106.09685.pdf', 'abs')).toBe(
      'https://arxiv.org/abs/2106.09685',
    );
    expect(arxivUrlOf(undefined, 'https://arxiv.org/abs/2106.09685', 'abs')).toBeUndefined();
  });

  it('writes the PDF in the list’s form where the list links PDFs', () => {
    expect(arxivUrlOf('https://arxiv.org/pdf/{id}.pdf', 'https://arxiv.org/abs/2106.09685v2', 'pdf')).toBe(
      'https://arxiv.org/pdf/2106.09685v2.pdf',
    );
    expect(arxivUrlOf(undefined, 'http://arxiv.org/abs/2106.09685', 'pdf')).toBe(
      'https://arxiv.org/pdf/2106.09685',
    );
    expect(
      arxivUrlOf('https://arxiv.org/pdf/{id}.pdf', 'https://arxiv.org/pdf/2106.09685', 'pdf'),
    ).toBeUndefined();
  });
});
