/** `paperlint add` run in-process on a list's text, as the CLI runs it on a file. */
import { afterEach, beforeEach, expect, jest } from '@jest/globals';
import { addCommand } from '../../src/add.js';
import { parseCommandLine } from '../../src/args.js';
import { FakeArxiv, type FakeRecord } from './fake-arxiv.js';

/** A preprint arXiv names no venue for. */
export const QLORA: FakeRecord = {
  id: '2305.14314',
  version: 'v1',
  title: 'QLoRA: Efficient Finetuning of Quantized LLMs',
  authors: ['Tim Dettmers', 'Artidoro Pagnoni', 'Ari Holtzman', 'Luke Zettlemoyer'],
  published: '2023-05-23',
};
/** A paper whose arXiv comment names its venue and year. */
export const DORA: FakeRecord = {
  id: '2402.09353',
  version: 'v2',
  title: 'DoRA: Weight-Decomposed Low-Rank Adaptation',
  authors: ['Shih-Yang Liu', 'Chien-Yi Wang', 'Hongxu Yin'],
  published: '2024-02-14',
  comment: 'ICML 2024 (Oral)',
};

/**
 * A fake arXiv serving `records` to `add` around each test of the file (or block) that calls this;
 * the running one, for a test to change its records.
 */
export function fakeArxivForEachTest(records: FakeRecord[]): () => FakeArxiv {
  let arxiv: FakeArxiv;
  const savedUrl = process.env.ARXIV_API_URL;
  beforeEach(async () => {
    arxiv = new FakeArxiv(records);
    await arxiv.start();
    process.env.ARXIV_API_URL = arxiv.url;
  });
  afterEach(async () => {
    process.env.ARXIV_API_URL = savedUrl;
    jest.restoreAllMocks();
    await arxiv.stop();
  });
  return () => arxiv;
}

/** Runs `paperlint add ARGS README.md` on `text`; the file as it is after, and what was printed. */
export async function add(text: string, args: string[]) {
  let file = text;
  let stdout = '';
  let stderr = '';
  jest.spyOn(process.stdout, 'write').mockImplementation((chunk) => ((stdout += String(chunk)), true));
  jest.spyOn(process.stderr, 'write').mockImplementation((chunk) => ((stderr += String(chunk)), true));
  const command = addCommand({
    readText: () => file,
    writeInPlace: (_path, expected, next) => {
      expect(file).toBe(expected);
      file = next;
    },
    settingsFor: async () => ({}),
  });
  const status = await command.run(parseCommandLine([...args, 'README.md'], command.options));
  jest.restoreAllMocks();
  return { status, text: file, stdout, stderr };
}
