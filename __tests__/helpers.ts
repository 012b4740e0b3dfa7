import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { applyFixes } from '../src/check/fix.js';
import { lint, type LintResult, type Settings } from '../src/check/engine.js';

export const fixturePath = (relative: string) =>
  fileURLToPath(new URL(`./fixtures/${relative}`, import.meta.url));
export const readFixture = (relative: string) => readFileSync(fixturePath(relative), 'utf8');

export const DELTA = 'DeltaPapers/README.md';
export const PROMPT_STYLE = 'prompt-style/README.md';

/** The text without lines `from`..`to` (1-based, inclusive). */
export function removeLines(text: string, from: number, to: number): string {
  const lines = text.split('\n');
  lines.splice(from - 1, to - from + 1);
  return lines.join('\n');
}

/** The text with `block` inserted after line `after`. */
export function insertAfter(text: string, after: number, block: string): string {
  const lines = text.split('\n');
  lines.splice(after, 0, ...block.split('\n'));
  return lines.join('\n');
}

/**
 * A small list in the reference list's shape (its Keywords Convention, one category) around
 * `entries`, followed by three of the reference list's well-formed entries: the evidence its
 * grammar is learned from (a list of one entry shows no style to hold anyone to).
 */
export function deltaStyleList(entries: string, examples = (text: string) => text): string {
  const delta = readFixture(DELTA).split('\n');
  const others = examples(
    [
      ...delta.slice(46, 50), // Houlsby et al. (lines 47-49)
      ...delta.slice(54, 58), // Zhao et al. (lines 55-57)
      ...delta.slice(66, 69), // Lester et al. (lines 67-69)
    ].join('\n'),
  );
  return [
    ...delta.slice(0, 36), // title, contents, Keywords Convention (lines 1-36)
    '## Papers',
    '',
    '### Methodology',
    '',
    entries,
    '',
    others,
    '',
  ].join('\n');
}

/** Line of the first line of `entries` in deltaStyleList(entries). */
export const DELTA_STYLE_FIRST_LINE = 41;

export const lintText = (text: string, settings?: Settings, baseText?: string) =>
  lint({ path: 'README.md', text, settings, baseText });

export const rulesOf = (result: LintResult) => result.findings.map((f) => `${f.rule}@${f.line}`);

/** Applies every fix until none are left, with the style held as first read (as `--fix` does). */
export async function fixAll(text: string, settings: Settings = {}): Promise<string> {
  let current = text;
  let result = await lintText(current, settings);
  const held: Settings = { ...settings, style: result.convention };
  for (let pass = 0; pass < 5; pass++) {
    const fixes = result.findings.flatMap((f) => (f.fix ? [f.fix] : []));
    if (fixes.length === 0) break;
    current = applyFixes(current, fixes).text;
    result = await lintText(current, held);
  }
  return current;
}
