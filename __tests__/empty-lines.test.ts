/**
 * A fix that only adds or takes away empty lines in an entry the scanner read exactly is kept or
 * dropped without parsing (src/check/render-check.ts): the property holds that verdict to mdast's,
 * on entries whose lines sit inside the item, fall out of it, turn into code, quotes or definitions.
 */
import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { offsetOfColumn } from '../src/read/text.js';
import { exactView } from '../src/read/exact.js';
import { scannedView, scannerProves } from '../src/read/inline.js';
import { entryReader } from '../src/read/reader.js';
import { renderingGuard } from '../src/check/render-check.js';
import { segment } from '../src/read/segment.js';
import { toSource } from '../src/read/text.js';
import type { Fix } from '../src/check/rules/types.js';
import { FUZZ_OPTIONS } from './support/fuzz-options.js';

const title = fc.constantFrom(
  '**LoRA: Low-Rank Adaptation of Large Language Models.** ICLR 2022.',
  '**Prefix-Tuning**, ACL 2021. [[pdf](https://arxiv.org/abs/2101.00190)]',
  '[Attention Is All You Need](https://arxiv.org/abs/1706.03762) NeurIPS 2017',
  'BERT: Pre-training of Deep Bidirectional Transformers',
  '[foo]: https://arxiv.org/abs/2106.09685',
  '**Parameter-Efficient Transfer Learning',
);
const body = fc.constantFrom(
  '*Edward J. Hu, Yelong Shen*. [[pdf](https://arxiv.org/abs/2106.09685)]',
  'Xiang Lisa Li, Percy Liang. [code](https://github.com/XiangLi1999/PrefixTuning)',
  '![badge](https://img.shields.io/badge/LLM-blue)',
  '> a note on the paper',
  '[p1]: https://arxiv.org/abs/2106.09685',
  '[^1]: a footnote',
  '**bold** words',
  '=====',
  'plain words, more words',
  'for NLP.** ICML 2019.',
  '- a sub-item',
  '<br> words',
);
const indent = fc.constantFrom('', ' ', '  ', '   ', '    ', '     ', '      ', '        ', '\t', ' \t');
const entry = fc
  .tuple(
    fc.constantFrom('- ', '* ', '1. ', '10. ', '+   ', '8.   ', '-\t'),
    title,
    fc.array(fc.tuple(fc.boolean(), indent, body), { minLength: 1, maxLength: 3 }),
  )
  .map(
    ([marker, first, rest]) =>
      `${marker}${first}` +
      rest.map(([blank, space, line]) => `\n${blank ? '\n' : ''}${space}${line}`).join(''),
  );

/** For each line after the title: an empty line put before it, or the empty lines before it taken away. */
function emptyLineFixes(lines: readonly string[], first: number, last: number): Fix[] {
  const fixes: Fix[] = [];
  for (let line = first + 1; line <= last; line++) {
    if (lines[line - 1].trim() === '') continue;
    let blankFrom = line;
    while (blankFrom - 1 > first && lines[blankFrom - 2].trim() === '') blankFrom--;
    fixes.push(
      blankFrom === line
        ? { line, endLine: line, replacement: `\n${lines[line - 1]}` }
        : { line: blankFrom, endLine: line, replacement: lines[line - 1] },
    );
  }
  return fixes;
}

describe('empty lines added or taken away', () => {
  it('are kept without parsing only where mdast renders the entry the same', async () => {
    let provedWithoutParsing = 0;
    await fc.assert(
      fc.asyncProperty(entry, async (text) => {
        const source = toSource(`## Papers\n\n${text}\n`);
        const { items, definitions } = segment(source);
        for (const block of items) {
          const line = source.lines[block.startLine - 1];
          const contentStart = Math.min(line.length, offsetOfColumn(line, block.contentColumn));
          const proven = scannerProves(
            source.lines,
            block.startLine,
            block.endLine,
            contentStart,
            block.contentColumn - 1,
            definitions.length > 0,
          );
          // The entry's exact view, as the reader gives it: the scanner's where it proves it, else mdast's.
          const used = entryReader(source, definitions).definitionsFor(block);
          const view = proven
            ? { ...scannedView(source.lines), exact: true }
            : exactView(source.lines, block.startLine, block.endLine, used);
          for (const fix of emptyLineFixes(source.lines, block.startLine, block.endLine)) {
            const quick = entryReader(source, definitions);
            const kept = await renderingGuard(
              source,
              block,
              quick,
              view,
              undefined,
              definitions.length > 0,
            )('blank-line', fix);
            // The same guard made to parse both versions: mdast's verdict.
            const parsed = renderingGuard(source, block, entryReader(source, definitions), {
              ...view,
              exact: false,
            });
            expect(kept).toEqual(await parsed('blank-line', fix));
            if (kept && proven && quick.budget.spent === 0) provedWithoutParsing++;
          }
        }
      }),
      FUZZ_OPTIONS,
    );
    // Not vacuous: the proof decides a fair share of the cases.
    expect(provedWithoutParsing).toBeGreaterThan(FUZZ_OPTIONS.numRuns / 10);
  });
});
