/**
 * `paperlint export [--format json|csl-json|bibtex] FILE`: every paper entry of a list, its fields as
 * the grammar reads them, on stdout in a file format (for a reference manager, LaTeX, or a script).
 * The config's `sections` choose the entries, as they do for checking.
 */
import type { AddIo } from './add.js';
import { COMMON_OPTIONS, CONFIG_OPTIONS, defineCommand, UsageError, type Command } from './args.js';
import { exportEntries } from './grammar/index.js';
import { EXPORT_FORMATS } from './report/export-formats.js';
import { terminalSafe } from './report/format.js';

/** What `export` needs from the CLI: reading FILE and the config it is held to. */
export type ExportIo = Pick<AddIo, 'readText' | 'settingsFor'>;

const EXPORT_OPTIONS = {
  format: {
    type: 'string',
    value: 'FORMAT',
    choices: Object.keys(EXPORT_FORMATS),
    default: 'json',
    help: 'json: the fields as read; csl-json: CSL items (Zotero, pandoc); bibtex: entries for LaTeX',
  },
  ...CONFIG_OPTIONS,
  ...COMMON_OPTIONS,
} as const;

/** `paperlint export`, with the CLI's file handling. */
export function exportCommand(io: ExportIo): Command {
  return defineCommand({
    usage: '[--format json|csl-json|bibtex] FILE',
    summary: "write the list's paper entries as JSON, CSL-JSON or BibTeX on stdout",
    options: EXPORT_OPTIONS,
    run: async ({ values, positionals }) => {
      if (positionals.length !== 1) throw new UsageError('export: name one FILE');
      const [file] = positionals;
      const text = io.readText(file);
      const { sections } = await io.settingsFor(file, values);
      const entries = await exportEntries(text, sections);
      // Said on stderr, not as an error: an empty export is a valid file, and a script may want it.
      if (entries.length === 0) {
        process.stderr.write(`paperlint export: no paper entries found in ${terminalSafe(file)}\n`);
      }
      process.stdout.write(EXPORT_FORMATS[values.format ?? 'json'](entries));
      return 0;
    },
  });
}
