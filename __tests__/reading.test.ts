/**
 * Reading entries exactly: the exact reader (mdast) on the constructs the scanner does not handle,
 * the differential property (scanner == mdast wherever the gate lets the scanner claim an entry),
 * and fixes held to the rendering.
 */
import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { parseEntry } from '../src/grammar/entry.js';
import { PAPER_LABEL } from '../src/read/links.js';
import { offsetOfColumn } from '../src/read/text.js';
import { exactView, rendering } from '../src/read/exact.js';
import { scannedView, scannerProves, type InlineView } from '../src/read/inline.js';
import { entryReader, exactBudget } from '../src/read/reader.js';
import { renderingGuard } from '../src/check/render-check.js';
import { segment, type ItemBlock } from '../src/read/segment.js';
import { toSource, type SourceText } from '../src/read/text.js';
import { FUZZ_OPTIONS } from './support/fuzz-options.js';
import { lint } from '../src/check/engine.js';
import { fixAll, lintText, readFixture, DELTA, PROMPT_STYLE } from './helpers.js';

const read = async (text: string) => {
  const source = toSource(text);
  const { items: blocks, definitions } = segment(source);
  const reader = entryReader(source, definitions);
  const entries = [];
  for (const block of blocks) entries.push(parseEntry(source, block, await reader.view(block)));
  return { entries, reader };
};

describe('entries are read as GitHub renders them', () => {
  it('sees reference links and images, resolved from definitions anywhere in the file', async () => {
    const { entries, reader } = await read(
      [
        '[p1]: https://arxiv.org/pdf/2106.09685.pdf',
        '',
        '- **LoRA: Low-Rank Adaptation of Large Language Models.** ICLR 2022. ![][lora]',
        '',
        '  *Edward J. Hu, Yelong Shen*. [[pdf][p1]]',
        '',
        '[lora]: https://img.shields.io/badge/LoRA-blue',
      ].join('\n'),
    );
    expect(reader.counts.exact).toBe(1);
    const [entry] = entries;
    expect(entry.badges.map((b) => [b.label, b.color])).toEqual([['LoRA', 'blue']]);
    expect(entry.links.map((l) => [l.label, l.url])).toEqual([
      ['pdf', 'https://arxiv.org/pdf/2106.09685.pdf'],
    ]);
    expect(entry.arxivIds).toEqual(['2106.09685']);
    expect(entry.authors?.italic).toBe(true);
  });

  it('sees autolinks, bare URLs and <img> badges; decodes entities; ignores links in code spans', async () => {
    const { entries } = await read(
      [
        '- **Prefix-Tuning.** ACL 2021. <img src="https://img.shields.io/badge/Prefix-orange" alt="Prefix">',
        '',
        '  *Xiang Lisa Li, Percy Liang*. <https://arxiv.org/abs/2101.00190> `[pdf](https://arxiv.org/abs/1111.11111)`',
        '  https://github.com/XiangLi1999/PrefixTuning [code](https://example.org/?a=1&amp;b=2)',
      ].join('\n'),
    );
    const [entry] = entries;
    expect(entry.badges.map((b) => [b.label, b.color])).toEqual([['Prefix', 'orange']]);
    expect(entry.links.map((l) => l.url)).toEqual([
      'https://arxiv.org/abs/2101.00190',
      'https://github.com/XiangLi1999/PrefixTuning',
      'https://example.org/?a=1&b=2',
    ]);
    expect(entry.arxivIds).toEqual(['2101.00190']);
    // Positions are exact: the autolink's URL sits between its angle brackets.
    const autolink = entry.links[0];
    expect(autolink.line).toBe(3);
    expect(autolink.urlColumn).toBe('  *Xiang Lisa Li, Percy Liang*. <'.length + 1);
  });

  it('scans autolinks and <img> badges too, as the style is learned from the scanner alone', () => {
    const source = toSource(
      [
        'Attention Is All You Need ,',
        'PDF: <https://arxiv.org/pdf/1706.03762>',
        '',
        '- <img src="badges/15-pages-gray.svg" alt="15-pages" align="top"> [Deep Residual Learning for Image Recognition](https://arxiv.org/abs/1512.03385) - Kaiming He, CVPR 2016.',
      ].join('\n'),
    );
    const [paragraph, item] = segment(source).items.map((block) => parseEntry(source, block));
    expect(paragraph.links.map((l) => [l.url, l.urlColumn])).toEqual([
      ['https://arxiv.org/pdf/1706.03762', 'PDF: <'.length + 1],
    ]);
    expect(paragraph.arxivIds).toEqual(['1706.03762']);
    // The badge before the title is no title: the link after it is.
    expect(item.badges.map((b) => b.label)).toEqual(['15-pages']);
    expect(item.title.text).toBe('Deep Residual Learning for Image Recognition');
    expect(item.title.url).toBe('https://arxiv.org/abs/1512.03385');
  });

  it('reads italics that break in the middle as mdast does: the span ends at the first closer', () => {
    const lines = toSource(
      '- **BERT.** NAACL 2019.\n\n  *Jacob Devlin*, Ming-Wei Chang*. [[pdf](https://arxiv.org/abs/1810.04805)]',
    ).lines;
    expect(scannerProves(lines, 1, 3, 2, 2, false)).toBe(false);
    expect(exactView(lines, 1, 3, []).emphasisAt(3, 2)).toMatchObject({ start: 2, end: 16 });
  });

  it('sees a bold title wrapped onto a second line as one span', () => {
    const lines = ['- **Parameter-Efficient Transfer Learning', '  for NLP.** ICML 2019.'];
    expect(scannerProves(lines, 1, 2, 2, 2, false)).toBe(false);
    expect(exactView(lines, 1, 2, []).strongAt(1, 2)).toEqual({
      start: 2,
      end: '  for NLP.**'.length,
      innerStart: 4,
      innerEnd: '  for NLP.'.length,
      endLine: 2,
    });
  });

  it('lets the scanner claim the shapes real lists write, and nothing it cannot read', () => {
    const proves = (text: string, definitions = false) => {
      const source = toSource(text);
      const block = segment(source).items[0];
      const first = source.lines[0];
      return scannerProves(
        source.lines,
        block.startLine,
        block.endLine,
        offsetOfColumn(first, block.contentColumn),
        block.contentColumn - 1,
        definitions,
      );
    };
    for (const claimed of [
      '- **Title.** ACL 2023. ![](https://img.shields.io/badge/LoRA-blue)\n\n  *A. One, B. Two*. [[pdf](https://arxiv.org/abs/2106.09685)]',
      '1. **Title**. *A. One, B. Two*. ACL 2019. [[pdf](https://x.org/a_b.pdf)] [[code](https://github.com/a/b)]',
      '+   **Title** [[pdf]](https://arxiv.org/abs/2305.08883) 06/20/2024',
      '1. **Title.**\n*A. One.* ICML 2011. [paper](http://x.org/p.pdf)\n    > A note on the method.',
      '- **Factual Probing Is [MASK].** NAACL 2021.\n\n  *Z. Zhong*. [[pdf](https://arxiv.org/abs/2104.05240)][[project](https://github.com/a/b)]',
    ]) {
      expect([claimed, proves(claimed)]).toEqual([claimed, true]);
    }
    for (const unproven of [
      '- **Title wrapped\n  onto two lines.** ACL 2023.',
      '- **Title.** <https://arxiv.org/abs/2106.09685>',
      '- **Title.** https://arxiv.org/abs/2106.09685',
      '- **Title.** <img src="https://img.shields.io/badge/a-blue">',
      '- **Title.** `[pdf](https://x.org)`',
      '- **Title.** [code](https://x.org/?a=1&amp;b=2)',
      '- **Title \\*.** ACL.',
      '- **Title.**\n\n  *A. One*, B. Two*.',
      '- **Title.**\n\n          *A. One*. (an indented code block)',
      '- **Title.** [a](https://x.org "title")',
    ]) {
      expect([unproven, proves(unproven)]).toEqual([unproven, false]);
    }
    // With reference definitions in the file, brackets may be references: mdast reads them.
    for (const reference of [
      '- **Title.** ![][badge]',
      '- **Title.** [[pdf][p1]]',
      '- **Probing Is [MASK].**',
    ]) {
      expect([reference, proves(reference, true)]).toEqual([reference, false]);
    }
  });
});

// ---------------------------------------------------------------------------------------------
// The differential property: an unrestricted generator built from the constructs real lists use.

const word = fc.constantFrom(
  'BERT',
  'LoRA',
  'Prompt',
  'Tuning',
  'of',
  'A.',
  'One,',
  'Two',
  'x_y',
  'GPT-3',
  'é',
  '2023',
);
const url = fc.constantFrom(
  'https://arxiv.org/abs/2106.09685',
  'https://arxiv.org/pdf/2101.00190v2.pdf',
  'https://img.shields.io/badge/Soft_Prompt-blue',
  'https://x.org/a(b)c',
  'https://x.org/?a=1&b=2',
  'https://x.org/a*b_c',
  '',
);
const construct = fc.oneof(
  { weight: 6, arbitrary: word },
  {
    weight: 2,
    arbitrary: fc.constantFrom(
      '**',
      '*',
      '_',
      '__',
      '***',
      '[',
      ']',
      '](',
      ')',
      '(',
      '![',
      '!',
      ',',
      '.',
      '?',
      ':',
    ),
  },
  { weight: 3, arbitrary: fc.tuple(word, url).map(([w, u]) => `[${w}](${u})`) },
  { weight: 2, arbitrary: fc.tuple(word, url).map(([w, u]) => `![${w}](${u})`) },
  { weight: 3, arbitrary: url.map((u) => `[[pdf](${u})]`) },
  { weight: 1, arbitrary: url.map((u) => `[[pdf]](${u})`) },
  { weight: 1, arbitrary: url.map((u) => `[![badge](https://img.shields.io/badge/a-blue)](${u})`) },
  { weight: 1, arbitrary: fc.tuple(word, url).map(([w, u]) => `[${w}](${u} "t")`) },
  { weight: 1, arbitrary: fc.constantFrom('[pdf][p1]', '[p1]', '[p1][]', '![][b]', '[MASK]', '[^1]', '][') },
  {
    weight: 1,
    arbitrary: fc.constantFrom(
      '<https://arxiv.org/abs/2101.00190>',
      'https://arxiv.org/abs/2101.00190',
      'www.x.org',
      'a@b.org',
    ),
  },
  {
    weight: 1,
    arbitrary: fc.constantFrom(
      '<img src="https://img.shields.io/badge/a-b-red" alt="a">',
      '<a href="https://x.org">pdf</a>',
      '<span id="x">',
    ),
  },
  { weight: 1, arbitrary: fc.constantFrom('&amp;', '&#42;', '&', '`[a](b)`', '`', '\\*', '\\[', '~~', '~') },
  { weight: 2, arbitrary: fc.tuple(word, word).map(([a, b]) => `**${a} ${b}**`) },
  { weight: 2, arbitrary: fc.tuple(word, word).map(([a, b]) => `*${a}, ${b}*`) },
  { weight: 1, arbitrary: fc.tuple(word, word).map(([a, b]) => `_${a} ${b}_`) },
);
/** The constructs the scanner claims, for lines it can be asked to prove. */
const plainConstruct = fc.oneof(
  { weight: 6, arbitrary: word },
  { weight: 2, arbitrary: fc.constantFrom(',', '.', '?', ':', '(', ')', '!') },
  { weight: 2, arbitrary: fc.tuple(word, url).map(([w, u]) => `[${w}](${u})`) },
  { weight: 2, arbitrary: url.map((u) => `![](${u})`) },
  { weight: 2, arbitrary: url.map((u) => `[[pdf](${u})]`) },
  { weight: 1, arbitrary: fc.tuple(word, word).map(([a, b]) => `*${a}, ${b}*`) },
  { weight: 1, arbitrary: fc.tuple(word, word).map(([a, b]) => `**${a} ${b}**`) },
);
/** Constructs side by side, with or without space between them. */
const joined = (parts: fc.Arbitrary<string>) =>
  fc
    .array(fc.tuple(parts, fc.constantFrom(' ', '', ' ', '  ')), { minLength: 1, maxLength: 9 })
    .map((items) =>
      items
        .map(([c, s]) => c + s)
        .join('')
        .trimEnd(),
    );

/** Entry shapes of real lists, each part built from `inline` constructs. */
const entryShape = (inline: fc.Arbitrary<string>, titles: fc.Arbitrary<[string, string]>) =>
  fc
    .record({
      marker: fc.constantFrom('- ', '* ', '1. ', '10. ', '+   ', '8.   '),
      title: fc.tuple(titles, inline),
      rest: fc.option(inline, { nil: undefined }),
      continuation: fc.array(
        fc.tuple(
          fc.constantFrom('', '\n'),
          fc.constantFrom('', '  ', '   ', '    ', '\t', '      ', '  > '),
          inline,
        ),
        { maxLength: 3 },
      ),
    })
    .map(
      ({ marker, title: [[open, close], text], rest, continuation }) =>
        `${marker}${open}${text}${close}${rest ? ` ${rest}` : ''}` +
        continuation.map(([blank, indent, line]) => `\n${blank}${indent}${line}`).join(''),
    );
/** Any construct anywhere, in any order: wrapped, unclosed and mismatched markup included. */
const anyEntry = entryShape(
  fc.oneof(joined(construct), joined(plainConstruct)),
  fc.tuple(
    fc.constantFrom('**', '', '__', '[', '*', '***'),
    fc.constantFrom('**', '**.', '.**', '', '**,', '](https://x.org)', '*', '\n  more**'),
  ),
);
/** The shapes the scanner is meant to claim, so the property is exercised where it matters. */
const plainEntry = entryShape(
  joined(plainConstruct),
  fc.constantFrom<[string, string]>(
    ['**', '**'],
    ['**', '.**'],
    ['**', '**.'],
    ['__', '__,'],
    ['', ''],
    ['[', '](https://x.org)'],
  ),
);
const entryText = fc.oneof(anyEntry, plainEntry);

const DEFINITIONS = '[p1]: https://arxiv.org/abs/2106.09685\n[b]: https://img.shields.io/badge/a-blue\n';

/** What the entry reader asks the view: every line's links, bold at the title, italics at line starts. */
function answers(view: InlineView, source: SourceText, block: ItemBlock) {
  const title = source.lines[block.startLine - 1];
  const contentStart = Math.min(title.length, offsetOfColumn(title, block.contentColumn));
  const out: unknown[] = [view.strongAt(block.startLine, contentStart) ?? null];
  for (let line = block.startLine; line <= block.endLine; line++) {
    const text = source.lines[line - 1];
    const first = text.length - text.trimStart().length;
    out.push(
      line,
      view.links(line),
      line === block.startLine ? null : (view.emphasisAt(line, first) ?? null),
    );
  }
  return out;
}

describe('the scanner agrees with mdast wherever it claims an entry', () => {
  it('reads the same links, images, bold and italics, and the same entry', () => {
    let claimed = 0;
    fc.assert(
      fc.property(
        fc.array(entryText, { minLength: 1, maxLength: 4 }),
        fc.boolean(),
        (entries, withDefinitions) => {
          const text = `## Papers\n\n${entries.join('\n\n')}\n${withDefinitions ? `\n${DEFINITIONS}` : ''}`;
          const source = toSource(text);
          const { items, definitions } = segment(source);
          const reader = entryReader(source, definitions);
          for (const block of items) {
            const title = source.lines[block.startLine - 1];
            const contentStart = Math.min(title.length, offsetOfColumn(title, block.contentColumn));
            const proven = scannerProves(
              source.lines,
              block.startLine,
              block.endLine,
              contentStart,
              block.contentColumn - 1,
              withDefinitions,
            );
            if (!proven) continue;
            claimed++;
            const scanned = scannedView(source.lines);
            const exact = exactView(
              source.lines,
              block.startLine,
              block.endLine,
              reader.definitionsFor(block),
            );
            expect(answers(scanned, source, block)).toEqual(answers(exact, source, block));
            expect(parseEntry(source, block, scanned)).toEqual(parseEntry(source, block, exact));
          }
        },
      ),
      FUZZ_OPTIONS,
    );
    // The property is not vacuous: the scanner claims a fair share of what is generated.
    expect(claimed).toBeGreaterThan(FUZZ_OPTIONS.numRuns / 4);
  });
});

describe('fixes never change what an entry says', () => {
  it('drops a fix that would put an empty line inside a wrapped bold title, keeps one after it', async () => {
    const text = [
      '- **A Bold Title Wrapped',
      '  onto Two Lines.** ACL 2023.',
      '  *A. One*. [[pdf](https://arxiv.org/abs/2106.09689)]',
    ].join('\n');
    const source = toSource(text);
    const [block] = segment(source).items;
    const guard = renderingGuard(source, block, entryReader(source, []), exactView(source.lines, 1, 3, []));
    const emptyLineBefore = (line: number) => ({
      line,
      endLine: line,
      replacement: `\n${source.lines[line - 1]}`,
    });
    expect(await guard('blank-line', emptyLineBefore(2))).toBeNull();
    expect(await guard('blank-line', emptyLineBefore(3))).toEqual(emptyLineBefore(3));
    // Brackets around a title link, or stars left visible, are not what any rule means to change.
    expect(
      await guard('pdf-missing', { line: 1, endLine: 1, replacement: '- **A Bold Title Wrapped**' }),
    ).toBeNull();
  });

  it('reads a fixed entry back on its own lines, deep in the file, as the scanner or mdast read it', async () => {
    // Twenty entries link arXiv's abstract page; the last two link the PDF. The first of those the
    // scanner reads exactly, the second (a code span in its title) mdast: either way the fix,
    // read back on the entry's lines alone, holds the link it meant and is kept.
    const text = [
      '# Papers',
      '',
      '## Adapters',
      '',
      ...Array.from({ length: 20 }, (_, i) => [
        `- **Paper ${i}.** ACL 2023.`,
        `  *A. One*. [[pdf](https://arxiv.org/abs/2106.${10000 + i})]`,
        '',
      ]).flat(),
      '- **Plain Title.** ACL 2023.',
      '  *A. One*. [[pdf](https://arxiv.org/pdf/2106.09690.pdf)]',
      '',
      '- **Title with `code`.** ACL 2023.',
      '  *A. One*. [[pdf](https://arxiv.org/pdf/2106.09691.pdf)]',
      '',
    ].join('\n');
    const result = await lint({ path: 'README.md', text });
    expect(result.readExactly).toBe(1);
    expect(result.findings.map((finding) => [finding.rule, finding.fix])).toEqual([
      [
        'arxiv-abs',
        { line: 66, endLine: 66, replacement: '  *A. One*. [[pdf](https://arxiv.org/abs/2106.09690)]' },
      ],
      [
        'arxiv-abs',
        { line: 69, endLine: 69, replacement: '  *A. One*. [[pdf](https://arxiv.org/abs/2106.09691)]' },
      ],
    ]);
  });

  it('does not turn a title link into `[[Title](url)]`', async () => {
    const text = [
      '## Papers',
      '',
      ...Array.from({ length: 5 }, (_, i) => [
        `- **Paper ${i}.** ACL 2023.`,
        `  *A. One*. [[pdf](https://arxiv.org/abs/2106.0968${i})]`,
      ]).flat(),
      '- [LoRA: Low-Rank Adaptation](https://arxiv.org/abs/2106.09685) ICLR 2022.',
      '  *Edward J. Hu*. [code](https://github.com/microsoft/LoRA)',
      '',
    ].join('\n');
    const fixed = await fixAll(text);
    expect(fixed).not.toContain('[[LoRA');
    expect(fixed).toContain('- [LoRA: Low-Rank Adaptation](https://arxiv.org/abs/2106.09685) ICLR 2022.');
  });

  it('leaves an authors-first entry alone rather than rewrite one comma more on every --fix', async () => {
    const text = [
      '## Papers',
      '',
      ...Array.from(
        { length: 4 },
        (_, i) => `1. **Paper ${i}**. In Proceedings of ACL. [[paper]](https://doi.org/10.1/${i})`,
      ),
      '1. Shun Zheng, Xu Han, Yankai Lin, and Wei Xu. 2019. **DIAG-NRE: A Neural Pattern Diagnosis Framework**. In Proceedings of ACL. [[paper]](https://doi.org/10.18653/v1/P19-1137)',
      '',
    ].join('\n');
    const once = await fixAll(text);
    expect(once).toContain('1. Shun Zheng, Xu Han, Yankai Lin, and Wei Xu. 2019.');
    expect(await fixAll(once)).toBe(once);
  });

  it('fixes the fixture lists without changing their rendering beyond what the rules mean to', async () => {
    const meant = { bracketedLabel: PAPER_LABEL, blocks: true };
    for (const fixture of [DELTA, PROMPT_STYLE]) {
      const text = readFixture(fixture);
      const fixed = await fixAll(text);
      expect(fixed).not.toBe(text);
      expect(rendering(fixed, meant)).toBe(rendering(text, meant));
      // Only what every fix may change: the fixtures' fixes are punctuation, spacing and targets.
      expect(rendering(fixed)).toBe(rendering(text));
      expect(await fixAll(fixed)).toBe(fixed);
    }
  });
});

describe("mdast's work is bounded, whatever the text", () => {
  const delta = readFixture(DELTA);
  const withDefinitions = (lines: readonly string[]) => `${delta}\n${lines.join('\n')}\n`;
  /** A bound on reading every entry (its lines and 1,000 characters more each: a definition, parse costs). */
  const onePassEach = (text: string) => {
    const source = toSource(text);
    return segment(source).items.reduce(
      (sum, block) => sum + source.lines.slice(block.startLine - 1, block.endLine).join('\n').length + 1000,
      0,
    );
  };

  it('hands each entry the first definition of each label it names, once, however many there are', async () => {
    // 4,000 definitions of the label every entry writes (`[[pdf](...)]`): 27 s and 330 MB before.
    const text = withDefinitions(Array.from({ length: 4000 }, (_, i) => `[pdf]: https://example.org/${i}`));
    const { reader } = await read(text);
    const source = toSource(text);
    const { items } = segment(source);
    expect(reader.counts.exact).toBeGreaterThan(30);
    for (const block of items) {
      const names = source.lines
        .slice(block.startLine - 1, block.endLine)
        .join('\n')
        .includes('[pdf]');
      expect(reader.definitionsFor(block)).toEqual(names ? ['[pdf]: https://example.org/0'] : []);
    }
    expect(reader.budget.spent).toBeLessThan(onePassEach(withDefinitions(['[pdf]: https://example.org/0'])));
  });

  it('counts the definitions in the budget of one parse: an entry they make too long stays on the scanner', async () => {
    const title = `"${'t'.repeat(100_000)}"`;
    const hostile = withDefinitions([`[pdf]: https://example.org ${title}`]);
    const { reader } = await read(hostile);
    const source = toSource(hostile);
    const naming = segment(source).items.filter((block) =>
      source.lines
        .slice(block.startLine - 1, block.endLine)
        .join('\n')
        .includes('[pdf]'),
    );
    expect(naming.length).toBeGreaterThan(30);
    // None of the entries that name `[pdf]` is handed its 100 kB: the scanner reads them.
    expect(naming.filter((block) => !reader.unread(block))).toEqual([]);
    expect(reader.budget.spent).toBeLessThan(onePassEach(delta));
    // What they are told is what they are told without the definition (less what the scanner may
    // not see: a missing link or badge).
    const result = await lintText(hostile);
    const plain = await lintText(delta);
    const found = (r: typeof result) => r.findings.map((f) => `${f.rule}@${f.line}`);
    expect(found(result)).toEqual(found(plain).filter((f) => !/^(badge|pdf)-missing@/.test(f)));
  });

  it('stops asking mdast once the run has spent its budget, and says nothing missing of what it did not read', async () => {
    const entries = Array.from({ length: 30 }, (_, i) =>
      [
        `- **Paper Number ${i + 1},** ICML 2023. ![](https://img.shields.io/badge/P${i}-blue)`,
        '',
        `  *Ada Lovelace, Alan Turing.* [[pdf][p${i}]]`,
      ].join('\n'),
    );
    const definitions = entries.map((_, i) => `[p${i}]: https://arxiv.org/abs/2301.${10000 + i}`);
    const text = `# Papers\n\n## Methods\n\n${entries.join('\n\n')}\n\n${definitions.join('\n')}\n`;
    const full = await lint({ path: 'README.md', text });
    expect(full.readExactly).toBe(30);
    expect(full.findings.filter((f) => f.rule === 'pdf-missing')).toEqual([]);

    const budget = exactBudget(3000);
    const spent = await lint({ path: 'README.md', text, exactBudget: budget });
    expect(spent.readExactly).toBeGreaterThan(0);
    expect(spent.readExactly).toBeLessThan(30);
    expect(budget.spent).toBeLessThanOrEqual(3000);
    // The entries left to the scanner cannot see their reference links: no false pdf-missing.
    expect(spent.findings.filter((f) => f.rule === 'pdf-missing')).toEqual([]);
  });
});
