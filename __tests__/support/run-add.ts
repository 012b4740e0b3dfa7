/** `paperlint add` run in-process on a list's text, as the CLI runs it on a file. */
import { expect, jest } from '@jest/globals';
import { addCommand } from '../../src/add.js';
import { parseCommandLine } from '../../src/args.js';

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
