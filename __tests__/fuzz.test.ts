/**
 * Property-based tests (fast-check) of the parser and every rule, on generated and mutated entries.
 */
import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { lint } from '../src/check/engine.js';
import { toSource } from '../src/read/text.js';
import { deltaStyleList, fixAll } from './helpers.js';
import { FUZZ_OPTIONS } from './support/fuzz-options.js';

const word = fc.stringMatching(/^[A-Za-z][A-Za-z0-9-]{0,9}$/);
const noise = fc.constantFrom(
  '*',
  '_',
  '[',
  ']',
  '(',
  ')',
  '`',
  '!',
  '<',
  '>',
  '#',
  ':',
  '\t',
  '\u00a0',
  '\u200b',
  '\\',
  '|',
  '@',
);
const text = fc
  .array(fc.oneof({ weight: 4, arbitrary: word }, { weight: 1, arbitrary: noise }), {
    minLength: 1,
    maxLength: 8,
  })
  .map((parts) => parts.join(' '));
const arxivId = fc
  .tuple(fc.integer({ min: 1501, max: 2412 }), fc.integer({ min: 10000, max: 99999 }))
  .map(([a, b]) => `${a}.${b}`);
const paperUrl = fc.oneof(
  arxivId.map((id) => `https://arxiv.org/abs/${id}`),
  fc.tuple(arxivId, fc.constantFrom('', 'v1', 'v3')).map(([id, v]) => `https://arxiv.org/pdf/${id}${v}.pdf`),
  fc.constant('https://openreview.net/forum?id=abc'),
  fc.constant(''),
);
const badge = fc
  .tuple(
    word,
    fc.constantFrom('blue', 'orange', 'green', 'purple', 'red', 'brightgreen'),
    fc.constantFrom(' ', '', '  '),
  )
  .map(([label, color, space]) => `${space}![](https://img.shields.io/badge/${label}-${color})`);

/** One entry in (roughly) the reference list's shape, with every part free to go wrong. */
const entry = fc
  .record({
    marker: fc.constantFrom('- ', '* ', '1. ', '10. ', '-  '),
    bold: fc.constantFrom('**', '__', '', '**'),
    title: text,
    punctuation: fc.constantFrom(',', '.', '', '?'),
    inside: fc.boolean(),
    venue: fc.constantFrom(' ICML 2019.', ' Preprint.', '', ' ACL 2023,'),
    badges: fc.array(badge, { maxLength: 4 }),
    blank: fc.boolean(),
    indent: fc.constantFrom('', ' ', '  ', '   ', '    ', '      ', '\t', '\u00a0\u00a0'),
    italic: fc.constantFrom('*', '_', ''),
    authors: text,
    url: paperUrl,
    extra: fc.option(text, { nil: undefined }),
  })
  .map((e) => {
    const title = e.inside
      ? `${e.bold}${e.title}${e.punctuation}${e.bold}`
      : `${e.bold}${e.title}${e.bold}${e.punctuation}`;
    const head = `${e.marker}${title}${e.venue}${e.badges.join('')}`;
    const authors = `${e.indent}${e.italic}${e.authors}${e.italic}. [[pdf](${e.url})]${e.extra ? `, [[Project](${e.extra.replace(/\s/g, '')})]` : ''}`;
    return `${head}\n${e.blank ? '\n' : ''}${authors}\n`;
  });

/** Random damage: delete, insert or duplicate characters and lines. */
const mutated = fc
  .tuple(
    fc.array(entry, { minLength: 1, maxLength: 6 }),
    fc.array(fc.tuple(fc.nat(), fc.nat(), fc.constantFrom('del', 'ins', 'dup', 'nl')), { maxLength: 6 }),
    noise,
  )
  .map(([entries, edits, ch]) => {
    let doc = deltaStyleList(entries.join('\n'));
    for (const [at, len, kind] of edits) {
      const i = at % (doc.length + 1);
      if (kind === 'del') doc = doc.slice(0, i) + doc.slice(i + (len % 5));
      else if (kind === 'ins') doc = doc.slice(0, i) + ch + doc.slice(i);
      else if (kind === 'nl') doc = `${doc.slice(0, i)}\n${doc.slice(i)}`;
      else doc = doc.slice(0, i) + doc.slice(i, i + (len % 40)) + doc.slice(i);
    }
    return doc;
  });

const documents = fc.oneof(
  fc.array(entry, { minLength: 1, maxLength: 8 }).map((entries) => deltaStyleList(entries.join('\n'))),
  mutated,
  fc.array(entry, { minLength: 1, maxLength: 4 }).map((entries) => entries.join('\n').replace(/\n/g, '\r\n')),
);

describe('fuzzing the parser and every rule', () => {
  it('never throws, and every finding lies inside the file', async () => {
    await fc.assert(
      fc.asyncProperty(documents, async (doc) => {
        const result = await lint({ path: 'README.md', text: doc });
        const { lines } = toSource(doc);
        for (const f of result.findings) {
          expect(f.line).toBeGreaterThanOrEqual(1);
          expect(f.endLine).toBeGreaterThanOrEqual(f.line);
          expect(f.endLine).toBeLessThanOrEqual(lines.length);
          expect(f.column).toBeGreaterThanOrEqual(1);
          expect(f.column).toBeLessThanOrEqual(lines[f.line - 1].length + 1);
          if (f.fix) {
            expect(f.fix.line).toBeGreaterThanOrEqual(1);
            expect(f.fix.endLine).toBeLessThanOrEqual(lines.length);
          }
        }
      }),
      FUZZ_OPTIONS,
    );
  });

  it('fixes keep the list parseable with the same entries, leave nothing to fix, and fixing twice equals once', async () => {
    await fc.assert(
      fc.asyncProperty(documents, async (doc) => {
        const before = await lint({ path: 'README.md', text: doc });
        const once = await fixAll(doc);
        const held = { style: before.convention };
        const after = await lint({ path: 'README.md', text: once, settings: held });
        expect(after.entries).toBe(before.entries);
        expect(after.findings.filter((f) => f.fix)).toEqual([]);
        expect(() => fromMarkdown(once)).not.toThrow();
        // With the style held, fixing again changes nothing. (A fresh run re-learns the style from
        // the fixed list; on a list with no clear style that can differ, see docs/reliability.md.)
        expect(await fixAll(once, held)).toBe(once);
      }),
      FUZZ_OPTIONS,
    );
  });

  it('diff mode never reports a line the change did not touch, for line-level rules', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(entry, { minLength: 2, maxLength: 6 }),
        entry,
        fc.nat(),
        async (entries, added, at) => {
          const base = deltaStyleList(entries.join('\n'));
          const baseLines = base.split('\n');
          const cut = 40 + (at % (baseLines.length - 40));
          // A unique word keeps the diff unambiguous: no existing line can stand for an added one.
          const unique = added.replace(/\n/g, ' zqxj\n');
          const head = [...baseLines.slice(0, cut), unique, ...baseLines.slice(cut)].join('\n');
          const result = await lint({ path: 'README.md', text: head, baseText: base });
          const addedLines = new Set(
            Array.from({ length: unique.split('\n').length }, (_, i) => cut + 1 + i),
          );
          for (const f of result.findings.filter((f) =>
            ['indent', 'badge-color', 'badge-spacing', 'arxiv-abs', 'empty-link'].includes(f.rule),
          )) {
            expect(addedLines.has(f.line)).toBe(true);
          }
        },
      ),
      FUZZ_OPTIONS,
    );
  });
});

describe('no regular expression backtracks super-linearly', () => {
  // Each input would take hours with a quadratic scan; the test's own timeout is the bound. Linting
  // is synchronous, so the test yields to timers after each run: without that, a run that outlasts
  // the timeout ends with the test's promise settled before the timeout's timer can fire, and passes.
  const yieldToTimers = () => new Promise((resolve) => setTimeout(resolve, 0));
  const long = 200_000;
  const worst = [
    `# ${' '.repeat(long)}x`,
    `- **${' '.repeat(long)}x`,
    `- **Title,** ${', '.repeat(long)}x`,
    `- **T,** ACL 2023. ${'!['.repeat(long / 2)}`,
    `- [${'['.repeat(long)}${'('.repeat(long)}`,
    `- **T,** ${'`'.repeat(long)}`,
    `<!-- paperlint-disable ${'-'.repeat(long)}`,
    `${'<!-- paperlint-disable '.repeat(long / 20)}`,
    `- ${'*_'.repeat(long)}`,
    `  ${'_'.repeat(long)}a`,
    `- ${'- '.repeat(long / 2)}x`,
    `- **${'a '.repeat(long)}** ACL 2023. [[pdf](https://arxiv.org/abs/${'1'.repeat(long)})]`,
    `${'-'.repeat(long)} x`,
  ];
  it.each(worst.map((input, i) => [i, input]))('worst input %i finishes', async (_i, input) => {
    const doc = deltaStyleList(`${input}\n\n  *A*. [[pdf](https://arxiv.org/abs/2301.00001)]`);
    const result = await lint({ path: 'README.md', text: doc });
    await yieldToTimers();
    expect(result.entries).toBeGreaterThanOrEqual(0);
    await lint({ path: 'README.md', text: doc, baseText: deltaStyleList('') });
    await yieldToTimers();
  });
});
