/**
 * Block structure as CommonMark (and GitHub) reads it, where it decides what is an entry and what a
 * reference resolves to: link reference definitions on one line or several (issue 17, item 15), and
 * HTML blocks, whose lines are raw HTML, not markdown (item 16). Each is held to mdast's reading by
 * a property test, and to what a review says on small lists.
 */
import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import type { Nodes } from 'mdast';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { gfmFromMarkdown } from 'mdast-util-gfm';
import { gfm } from 'micromark-extension-gfm';
import { lint } from '../src/check/engine.js';
import type { PaperLookup } from '../src/arxiv/record.js';
import { normaliseLabel } from '../src/read/blocks.js';
import { segment } from '../src/read/segment.js';
import { toSource } from '../src/read/text.js';
import { FUZZ_OPTIONS } from './support/fuzz-options.js';
import { DELTA_STYLE_FIRST_LINE as FIRST, deltaStyleList, lintText } from './helpers.js';

const mdast = (text: string) =>
  fromMarkdown(text, { extensions: [gfm()], mdastExtensions: [gfmFromMarkdown()] });

function walk(node: Nodes, visit: (node: Nodes, depth: number) => void, depth = 0) {
  visit(node, depth);
  if ('children' in node) for (const child of node.children) walk(child as Nodes, visit, depth + 1);
}

/** QLoRA in the reference list's shape, its paper link a reference to `[qlora]`. */
const QLORA = [
  '- **QLoRA: Efficient Finetuning of Quantized LLMs,** NeurIPS 2023. ![](https://img.shields.io/badge/QLoRA-blue) ![](https://img.shields.io/badge/Quantization-green)',
  '',
  '  *Tim Dettmers, Artidoro Pagnoni, Ari Holtzman, Luke Zettlemoyer.* [[pdf][qlora]], [[Project](https://github.com/artidoro/qlora)]',
].join('\n');
const QLORA_ID = '2305.14314';

describe('link reference definitions on more than one line', () => {
  const twoLine = [
    `[qlora]:\nhttps://arxiv.org/abs/${QLORA_ID}`,
    `[qlora]: https://arxiv.org/abs/${QLORA_ID}\n  "QLoRA"`,
    `[QLoRA]:\n  <https://arxiv.org/abs/${QLORA_ID}>\n  'QLoRA: Efficient Finetuning\n  of Quantized LLMs'`,
  ];

  it.each(twoLine)('resolves the paper link: no pdf-missing (%#)', async (definition) => {
    const result = await lintText(`${deltaStyleList(QLORA)}\n${definition}\n`);
    expect(result.findings.filter((f) => f.line >= FIRST && f.line <= FIRST + 2)).toEqual([]);
    const segments = segment(result.source);
    expect(segments.definitions.map((d) => d.label)).toEqual(['QLORA']);
  });

  it("lets the arXiv check see the paper's id", async () => {
    const asked: string[] = [];
    const papers: PaperLookup = async (ids) => {
      asked.push(...ids);
      return new Map(ids.map((id) => [id, null]));
    };
    const text = `${deltaStyleList(QLORA)}\n[qlora]:\nhttps://arxiv.org/abs/${QLORA_ID}\n`;
    const result = await lint({ path: 'README.md', text, papers });
    expect(asked).toContain(QLORA_ID);
    // This arXiv has no such paper: said of the entry that links it.
    const said = result.findings.filter((f) => f.rule === 'arxiv-metadata' && f.message.includes(QLORA_ID));
    expect(said.map((f) => f.line)).toEqual([FIRST + 2]);
  });

  it('reads a title that does not close as the end of the definition, as CommonMark does', () => {
    const { definitions } = segment(toSource('[a]: /url\n"title" and more\n\n[b]:\n\n/url\n'));
    expect(definitions.map((d) => [d.label, d.line, d.endLine, d.text])).toEqual([['A', 1, 1, '[a]: /url']]);
  });

  it('finds the same definitions as mdast, wherever they are written', () => {
    const label = fc.constantFrom('a', 'B', 'pdf', 'Two  words', 'a\\]b');
    const definition = fc
      .tuple(
        label,
        fc.constantFrom(
          ': /u',
          ':\n/u',
          ': /u "t"',
          ': /u\n"t"',
          ":\n  /u\n  't'",
          ': /u "t" x',
          ': /u\n"t" x',
          ': <a b>',
          ': <a\nb>',
          ': (bad',
          ': a(b)c',
          ':',
          ': /u "multi\nline"',
          ': /u (t)',
          ':/u"t"',
          ': /u\n"t',
        ),
        fc.constantFrom('', '   ', '    ', '\t'),
      )
      .map(([l, rest, indent]) => `${indent}[${l}]${rest}`);
    const block = fc.oneof(
      { weight: 4, arbitrary: definition },
      { weight: 1, arbitrary: fc.constantFrom('[a\nb]: /u', '[]: /u', '[ ]: /u', '[a]:\n# h') },
      { weight: 2, arbitrary: definition.map((d) => `- ${d}`) },
      { weight: 1, arbitrary: definition.map((d) => `- **T** x\n\n  ${d.trimStart()}`) },
      { weight: 1, arbitrary: definition.map((d) => `- **T** x\n  ${d.trimStart()}`) },
      { weight: 1, arbitrary: definition.map((d) => `> ${d.trimStart()}`) },
      { weight: 1, arbitrary: definition.map((d) => `\`\`\`\n${d}\n\`\`\``) },
      { weight: 2, arbitrary: fc.constantFrom('text', '**T** para', '# H', '---', '- item', '1. item') },
      {
        weight: 2,
        arbitrary: fc.constantFrom('<div>', '<!-- c -->', '<!--', '-->', '</details>', '<pre>', '<b>x</b>'),
      },
      // Any other tag alone on its line, after an empty line (see below, where mdast departs).
      { weight: 1, arbitrary: fc.constantFrom('\n<img src="x">', '\n</pre>', '\n<a href="x">') },
    );
    fc.assert(
      fc.property(
        fc.array(fc.tuple(block, fc.constantFrom('\n', '\n\n')), { minLength: 1, maxLength: 8 }),
        (blocks) => {
          const text = blocks.map(([b, gap]) => b + gap).join('');
          const expected: unknown[] = [];
          walk(mdast(text), (node) => {
            if (node.type === 'definition') {
              expected.push([
                normaliseLabel(node.identifier),
                node.position?.start.line,
                node.position?.end.line,
              ]);
            }
          });
          const found = segment(toSource(text)).definitions.map((d) => [d.label, d.line, d.endLine]);
          expect([text, found]).toEqual([text, expected]);
        },
      ),
      FUZZ_OPTIONS,
    );
  });
});

describe('HTML blocks', () => {
  const hidden = '- **Hidden Entry,** ICML 2020.';
  const shown = '- **Shown Entry,** ICML 2020.';

  it('are raw HTML up to their end: an entry in one is not reviewed, one after it is', async () => {
    // `<div>` (a block tag) goes on to the first blank line; `<!--` to `-->`; `<pre>` to `</pre>`;
    // `<img>` alone on its line (any other tag) to the first blank line.
    for (const open of ['<div align="center">', '<!--\nNot yet:', '<pre>', '<img src="banner.png">']) {
      const close = open === '<pre>' ? '</pre>\n' : open.startsWith('<!--') ? '-->\n' : '';
      const text = deltaStyleList(`${open}\n${hidden}\n${close}\n${shown}`);
      const result = await lintText(text);
      const lines = text.split('\n');
      const hiddenLine = lines.indexOf(hidden) + 1;
      const shownLine = lines.indexOf(shown) + 1;
      expect([open, result.findings.filter((f) => f.line === hiddenLine)]).toEqual([open, []]);
      // The entry after the block is one: its missing badge and paper link are reported.
      expect(result.findings.filter((f) => f.line === shownLine).map((f) => f.rule)).toEqual(
        expect.arrayContaining(['badge-missing', 'pdf-missing']),
      );
      expect(segment(toSource(text)).items.map((item) => item.startLine)).not.toContain(hiddenLine);
    }
  });

  it('keep the items of a <details> list that opens after an empty line', async () => {
    const text = deltaStyleList(`<details><summary>Papers</summary>\n\n${shown}\n\n</details>`);
    const lines = text.split('\n');
    const result = await lintText(text);
    expect(result.findings.filter((f) => f.line === lines.indexOf(shown) + 1).map((f) => f.rule)).toEqual(
      expect.arrayContaining(['badge-missing', 'pdf-missing']),
    );
  });

  it('end a list item they interrupt, and are not continued by an item after them', () => {
    const { items } = segment(toSource(`${shown}\n<div>\n${hidden}\n\n${shown}\n<img src="x">\n`));
    expect(items.map((item) => [item.startLine, item.endLine])).toEqual([
      [1, 1],
      [5, 6], // `<img>` alone may not interrupt a paragraph: it is text of the item
    ]);
  });

  it('start and end where mdast says: the list items outside them are the same', () => {
    const block = fc.oneof(
      {
        weight: 3,
        arbitrary: fc.constantFrom(
          '- **T** x',
          '- **T** x\n  more',
          '- **T** x\n\n  *A. One*',
          '1. **T** x',
          '**T** para',
          'text',
          '# H',
        ),
      },
      {
        weight: 3,
        arbitrary: fc.constantFrom(
          '<div>',
          '<DIV class="x">',
          '</details>',
          '<details><summary>Papers</summary>',
          '<p align="center">',
          '<!-- c -->',
          '<!--',
          '-->',
          '<!-- a --> - **T**',
          '<?php',
          '?>',
          '<!DOCTYPE html>',
          '<![CDATA[',
          ']]>',
          '<script>',
          '</script>',
          '<pre>x</pre>',
          '<textarea>',
          '<b>x</b>',
          '<span',
          '  <div>',
          '    <div>',
        ),
      },
      {
        // Any other tag alone on its line, after an empty line: micromark also starts an HTML block
        // with one on a lazy line (of a list item's or a quote's paragraph), where the spec and its
        // reference parsers (commonmark.js; cmark-gfm, which GitHub runs) continue the paragraph,
        // as the segmenter does. (The definitions above avoid the other place micromark departs from
        // them: a title in parentheses holding an unescaped `(`.)
        weight: 1,
        arbitrary: fc
          .constantFrom(
            '<img src="x">',
            '<img src="x" alt=\'y\' />',
            '<a href="x">',
            '</a>',
            '</script>',
            '<divx>',
            '<custom-tag data-x=1>',
          )
          .map((tag) => `\n${tag}`),
      },
    );
    fc.assert(
      fc.property(
        fc.array(fc.tuple(block, fc.constantFrom('\n', '\n\n')), { minLength: 1, maxLength: 8 }),
        (blocks) => {
          const text = blocks.map(([b, gap]) => b + gap).join('');
          const expected: number[] = [];
          walk(mdast(text), (node, depth) => {
            if (node.type === 'listItem' && depth === 2) expected.push(node.position?.start.line ?? 0);
          });
          const found = segment(toSource(text))
            .items.filter((item) => item.marker !== '')
            .map((item) => item.startLine);
          expect([text, found]).toEqual([text, expected]);
        },
      ),
      FUZZ_OPTIONS,
    );
  });
});
