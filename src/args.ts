/**
 * Commands and their options as data. One table per command feeds both node:util.parseArgs and
 * --help, so a new flag is one row (and its help line cannot drift from what is parsed), and a new
 * subcommand is one entry in the CLI's command list.
 */
import { parseArgs } from 'node:util';

/** Wrong use of the command line: reported in one line with the usage, exit status 2. */
export class UsageError extends Error {}

export interface OptionSpec {
  readonly type: 'string' | 'boolean';
  readonly short?: string;
  /** The value's placeholder in --help (string options). */
  readonly value?: string;
  /** The only values a string option takes. */
  readonly choices?: readonly string[];
  /** The value when the option is not given, as --help shows it. */
  readonly default?: string;
  /** A string option that may be given more than once (its values in order). */
  readonly multiple?: boolean;
  readonly help: string;
}

export type OptionTable = Readonly<Record<string, OptionSpec>>;

export type OptionValues<T extends OptionTable> = {
  readonly [K in keyof T]?: T[K] extends { readonly multiple: true }
    ? readonly string[]
    : T[K]['type'] extends 'string'
      ? string
      : boolean;
};

export interface ParsedArgs<T extends OptionTable> {
  readonly values: OptionValues<T>;
  readonly positionals: readonly string[];
}

export interface Command {
  /** How it is called, after `paperlint` and its name (e.g. `--repo OWNER/NAME --pr NUMBER [options]`). */
  readonly usage: string;
  readonly summary: string;
  readonly options: OptionTable;
  run(args: ParsedArgs<OptionTable>): Promise<number>;
}

/** A command whose `run` sees its own options' types. */
export function defineCommand<T extends OptionTable>(command: {
  readonly usage: string;
  readonly summary: string;
  readonly options: T;
  run(args: ParsedArgs<T>): Promise<number>;
}): Command {
  return command as unknown as Command;
}

/** Every command takes these. */
export const COMMON_OPTIONS = {
  help: { type: 'boolean', short: 'h', help: 'show this help and exit' },
  version: { type: 'boolean', short: 'v', help: 'print the version and exit' },
} as const satisfies OptionTable;

/** The config a subcommand's FILE is held to, as `add` and `export` read it. */
export const CONFIG_OPTIONS = {
  config: {
    type: 'string',
    value: 'FILE',
    default: '.github/paperlint.yml at the git top level of FILE',
    help: 'config file',
  },
  'no-config': { type: 'boolean', help: 'use no config file' },
} as const satisfies OptionTable;

/** Parses argv against a table; `--` ends the options. Throws UsageError in plain words. */
export function parseCommandLine<T extends OptionTable>(argv: readonly string[], table: T): ParsedArgs<T> {
  let parsed: { values: Record<string, string | boolean | undefined>; positionals: string[] };
  try {
    parsed = parseArgs({
      args: [...argv],
      options: Object.fromEntries(
        // Defaults stay out of parseArgs: an option left out is undefined, and --help shows the default.
        Object.entries(table).map(([name, { type, short, multiple }]) => [
          name,
          { type, ...(short ? { short } : {}), ...(multiple ? { multiple } : {}) },
        ]),
      ),
      allowPositionals: true,
      strict: true,
    }) as typeof parsed;
  } catch (error) {
    throw new UsageError(plainParseError(error as Error & { code?: string }));
  }
  for (const [name, spec] of Object.entries(table)) {
    const value = parsed.values[name];
    if (spec.choices && typeof value === 'string' && !spec.choices.includes(value)) {
      throw new UsageError(`--${name} is ${orList(spec.choices)}, not "${value}"`);
    }
  }
  return parsed as unknown as ParsedArgs<T>;
}

/** parseArgs explains itself at length; one short line is enough here. */
function plainParseError(error: Error & { code?: string }): string {
  const option = /'(-[^' ]+)/.exec(error.message)?.[1] ?? '';
  switch (error.code) {
    case 'ERR_PARSE_ARGS_UNKNOWN_OPTION':
      return `unknown option ${option} (a FILE that starts with "-" goes after "--")`;
    case 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE':
      return /does not take an argument/.test(error.message)
        ? `${option} takes no value`
        : `${option} needs a value`;
    default:
      return error.message;
  }
}

function orList(words: readonly string[]): string {
  return words.length < 2 ? words.join('') : `${words.slice(0, -1).join(', ')} or ${words.at(-1)}`;
}

/** The options' lines of --help, aligned: `  -h, --help          show this help`. */
export function formatOptions(table: OptionTable): string[] {
  const rows = Object.entries(table).map(([name, spec]) => {
    const flag = `${spec.short ? `-${spec.short}, ` : '    '}--${name}${spec.value ? ` ${spec.value}` : ''}`;
    const choices = spec.choices ? `: ${orList(spec.choices)}` : '';
    const repeat = spec.multiple ? ' (repeatable)' : '';
    const help = `${spec.help}${choices}${repeat}${spec.default ? ` (default ${spec.default})` : ''}`;
    return [flag, help] as const;
  });
  const width = Math.max(...rows.map(([flag]) => flag.length)) + 2;
  return rows.map(([flag, help]) => `  ${flag.padEnd(width)}${help}`);
}
