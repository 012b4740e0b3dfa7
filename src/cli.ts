/**
 * paperlint CLI: check a paper list (or only what changed against a base version), print findings,
 * optionally apply the mechanical fixes. Exit 0: no errors; 1: errors; 2: usage or input problem.
 */
import { isUtf8 } from 'node:buffer';
import { execFileSync } from 'node:child_process';
import { readFileSync, realpathSync } from 'node:fs';
import { isAbsolute, relative, resolve, sep } from 'node:path';
import {
  COMMON_OPTIONS,
  defineCommand,
  formatOptions,
  parseCommandLine,
  UsageError,
  type Command,
  type ParsedArgs,
} from './args.js';
import { repositoryConfigOf } from './config-file.js';
import { ConfigError, GitHubError } from './errors.js';
import { applyFixes } from './check/fix.js';
import { lint, type Finding, type LintResult, type Settings } from './check/engine.js';
import { count, formatGithub, formatJson, formatText, summarise, terminalSafe } from './report/format.js';
import { formatSarif } from './report/sarif.js';
import { RULES, ruleDocUrl } from './check/rules/index.js';
import { REVIEW_COMMAND } from './review/standalone.js';
import { writeInPlace, WriteRefusedError } from './write-file.js';
import { addCommand } from './add.js';
import { exportCommand } from './export.js';
import { auditCommand } from './audit/command.js';
import { increment } from './count.js';

const DOCS_URL = 'https://github.com/paperlint/paperlint#readme';

/** The --format choices. */
const REPORTERS: Readonly<Record<string, (results: readonly LintResult[]) => string>> = {
  text: (results) => formatText(results, process.stdout.isTTY === true && !process.env.NO_COLOR),
  json: formatJson,
  github: formatGithub,
  sarif: (results) => formatSarif(results, version()),
};

/** `paperlint [options] FILE...`: the options of the default command, which checks files. */
const CHECK_OPTIONS = {
  format: {
    type: 'string',
    value: 'FORMAT',
    choices: Object.keys(REPORTERS),
    default: 'text',
    help: 'how findings are written (github: workflow annotations; sarif: SARIF 2.1.0 for code scanning)',
  },
  base: { type: 'string', value: 'GIT_REF', help: 'check only the entries changed since this git revision' },
  'base-file': {
    type: 'string',
    value: 'FILE',
    help: 'check only the entries changed since this version of the list (one FILE)',
  },
  fix: {
    type: 'boolean',
    help: 'apply the mechanical fixes in place and list what was fixed (on stderr); with "-", print the fixed text and report on stderr',
  },
  arxiv: {
    type: 'boolean',
    help: "also check each entry against its paper's arXiv record (asks arXiv; off unless given)",
  },
  config: {
    type: 'string',
    value: 'FILE',
    default: '.github/paperlint.yml at the git top level of each FILE, as the Action reads it',
    help: 'config file',
  },
  'no-config': { type: 'boolean', help: 'use no config file: the learned style and the rules as shipped' },
  'print-config': {
    type: 'boolean',
    help: 'print the settings FILE is checked with: the learned style, the config on top',
  },
  ...COMMON_OPTIONS,
} as const;

type CheckArgs = ParsedArgs<typeof CHECK_OPTIONS>;

const CHECK_COMMAND = defineCommand({
  usage: '[options] [--] FILE...',
  summary:
    'check paper lists against their own house style (only what changed, with --base or --base-file); ' +
    'the FILE "-" is standard input',
  options: CHECK_OPTIONS,
  run: check,
});

const settingsFor = async (path: string, options: Pick<CheckArgs['values'], 'config' | 'no-config'>) =>
  (await configLoader(options)(path)).settings;

/** Subcommands, by the word that names them: `paperlint review ...`. */
const SUBCOMMANDS: Readonly<Record<string, Command>> = {
  review: REVIEW_COMMAND,
  add: addCommand({ readText, writeInPlace, settingsFor }),
  export: exportCommand({ readText, settingsFor }),
  audit: auditCommand({ readText, writeInPlace, settingsFor, version }),
};

const EXIT_CODES = [
  '  0  no errors (warnings are reported but do not fail)',
  '  1  errors found',
  '  2  usage, input, config or GitHub problem (one line on stderr says which; bad usage adds the usage)',
];

function usageLines(): string[] {
  const calls = [
    CHECK_COMMAND.usage,
    ...Object.entries(SUBCOMMANDS).map(([name, command]) => `${name} ${command.usage}`),
  ];
  return calls.map((call, i) => `${i === 0 ? 'usage:' : '      '} paperlint ${call}`);
}

function helpText(): string {
  const idWidth = Math.max(...RULES.map((rule) => rule.id.length)) + 2;
  const rules = RULES.map(
    (rule) =>
      `  ${rule.id.padEnd(idWidth)}${rule.severity.padEnd(9)}${(rule.fix ? 'yes' : '').padEnd(9)}${rule.description}` +
      (rule.severityNote ? ` (${rule.severityNote})` : ''),
  );
  return [
    ...usageLines(),
    '',
    `paperlint: ${CHECK_COMMAND.summary}.`,
    '',
    'Options:',
    ...formatOptions(CHECK_COMMAND.options),
    ...Object.entries(SUBCOMMANDS).flatMap(([name, command]) => [
      '',
      `paperlint ${name}: ${command.summary}.`,
      ...formatOptions(command.options),
    ]),
    '',
    `Rules (each has a page: ${ruleDocUrl('<id>')}):`,
    `  ${'id'.padEnd(idWidth)}${'severity'.padEnd(9)}${'fixable'.padEnd(9)}what it asks`,
    ...rules,
    '',
    'Exit codes:',
    ...EXIT_CODES,
    '',
    `Docs: ${DOCS_URL}`,
  ].join('\n');
}

/** The version of the package this file ships in (dist/cli.js and src/cli.ts both sit one level down). */
function version(): string {
  return JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')).version;
}

class InputError extends Error {}

function readText(path: string): string {
  let bytes: Buffer;
  try {
    bytes = readFileSync(path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new InputError(`cannot read ${path}${code ? ` (${code})` : ''}`);
  }
  return decodeText(bytes, path);
}

function decodeText(bytes: Buffer, name: string): string {
  if (bytes.includes(0)) throw new InputError(`${name} is not a text file (it has NUL bytes)`);
  // Checked whole first, then decoded (a byte-order mark kept): a strict TextDecoder's answer, in a
  // fraction of its time on a large list.
  if (!isUtf8(bytes)) throw new InputError(`${name} is not UTF-8 text`);
  return bytes.toString('utf8');
}

/** The FILE `-`: standard input (an editor's buffer, a pipe), named `<stdin>` in the output. */
const STDIN = '-';
const STDIN_NAME = '<stdin>';

async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return decodeText(Buffer.concat(chunks), STDIN_NAME);
}

/** The name a FILE has in the output. */
const nameOf = (path: string) => (path === STDIN ? STDIN_NAME : path);

/** Whether `path` lies outside the git work tree of the current directory (git cannot show it). */
function outsideRepository(path: string): boolean {
  try {
    const top = execFileSync('git', ['rev-parse', '--show-toplevel'], { encoding: 'utf8' }).trim();
    const inside = relative(realpathSync(top), realpathSync(path));
    return inside === '..' || inside.startsWith(`..${sep}`) || isAbsolute(inside);
  } catch {
    return false; // a file that cannot be found is reported when it is read
  }
}

/** The file as it is at a git revision, or '' when the file is new there. */
function readAtRevision(revision: string, path: string): string {
  try {
    execFileSync('git', ['rev-parse', '--verify', '--quiet', `${revision}^{commit}`], { stdio: 'ignore' });
  } catch {
    throw new InputError(`--base: "${revision}" is not a git revision here`);
  }
  if (outsideRepository(path)) {
    throw new InputError(`--base: ${path} is outside this git repository; use --base-file for it`);
  }
  try {
    return execFileSync('git', ['show', `${revision}:./${path.replace(/^\.\//, '')}`], {
      cwd: process.cwd(),
      encoding: 'utf8',
      maxBuffer: 256 * 1024 * 1024,
      stdio: ['ignore', 'pipe', 'ignore'],
    });
  } catch {
    return '';
  }
}

const MAX_FIX_PASSES = 5;

interface ConfiguredSettings {
  readonly settings: Settings;
  /** The config file they come from, if any. */
  readonly source?: string;
}

/**
 * The settings each FILE is checked with: --config for all, none with --no-config, else the
 * config of the repository the file sits in, so a contributor sees what the Action will say.
 */
function configLoader(
  options: Pick<CheckArgs['values'], 'config' | 'no-config'>,
): (path: string) => Promise<ConfiguredSettings> {
  if (options.config !== undefined && options['no-config']) {
    throw new UsageError('use --config or --no-config, not both');
  }
  const parsed = new Map<string, Settings>();
  return async (path) => {
    const source = options['no-config'] ? undefined : (options.config ?? repositoryConfigOf(path));
    if (source === undefined) return { settings: {} };
    // The config parser (YAML and the schema) is loaded only for a file that has a config.
    if (!parsed.has(source))
      parsed.set(source, (await import('./config.js')).parseConfig(readText(source), source));
    return { settings: parsed.get(source)!, source };
  };
}

async function check({ values: options, positionals: files }: CheckArgs): Promise<number> {
  if (files.length === 0) throw new UsageError('name at least one FILE');
  if (options.base !== undefined && options['base-file'] !== undefined) {
    throw new UsageError('use --base or --base-file, not both');
  }
  if (options['base-file'] !== undefined && files.length > 1) {
    throw new UsageError('--base-file goes with a single FILE');
  }
  if (files.filter((path) => path === STDIN).length > 1) {
    throw new UsageError('"-" (standard input) can be read once');
  }
  const fixingStdin = options.fix === true && files.includes(STDIN);
  if (fixingStdin && files.length > 1) {
    throw new UsageError('--fix writes the fixed standard input to stdout: give "-" as the only FILE');
  }
  if (options.base !== undefined && files.includes(STDIN)) {
    throw new UsageError('--base finds FILE in git by its path; for standard input, use --base-file');
  }
  const loadConfig = configLoader(options);
  // Standard input is held to the config of the current folder's repository, as a file there would be.
  const configFor = (path: string) => loadConfig(path === STDIN ? resolve(STDIN_NAME) : path);
  const stdin = files.includes(STDIN) ? await readStdin() : undefined;
  const textOf = (path: string) => (path === STDIN ? stdin! : readText(path));
  if (options['print-config']) {
    const printed: string[] = [];
    for (const path of files) {
      const { settings, source } = await configFor(path);
      const { printedConfig } = await import('./config.js');
      printed.push(await printedConfig(nameOf(path), textOf(path), settings, source));
    }
    process.stdout.write(printed.join('\n'));
    return 0;
  }
  const say = (message: string) => process.stderr.write(`paperlint: ${message}\n`);
  // The arXiv client (and its proxy agents) is loaded only when asked for.
  const papers = options.arxiv
    ? (await import('./arxiv/client.js')).arxivClient({ notice: say, info: say }).lookup
    : undefined;
  const results: LintResult[] = [];
  for (const path of files) {
    const name = nameOf(path);
    const { settings } = await configFor(path);
    const baseFile = options['base-file'];
    const base =
      baseFile !== undefined
        ? readText(baseFile)
        : options.base !== undefined
          ? readAtRevision(options.base, path)
          : undefined;
    const original = textOf(path);
    let text = original;
    let result = await lint({ path: name, text, baseText: base, settings, papers });
    if (options.fix) {
      const first = result;
      // A fix can reveal another (a re-indented line may then need its empty line), so fixing runs
      // until nothing is left, with the style held as it was read: the fixes must not move it.
      const held: Settings = { ...settings, style: result.convention };
      for (let pass = 0; pass < MAX_FIX_PASSES; pass++) {
        const fixes = result.findings.flatMap((finding) => (finding.fix ? [finding.fix] : []));
        if (fixes.length === 0) break;
        text = applyFixes(text, fixes).text;
        result = await lint({ path: name, text, baseText: base, settings: held, papers });
      }
      // Fixed standard input goes to stdout whole, fixed or not, as a formatter's output does.
      if (fixingStdin) process.stdout.write(text);
      else if (text !== original) writeInPlace(path, original, text);
      reportFixed(name, first.findings, result.findings);
    }
    results.push(result);
  }
  // With the fixed text on stdout, the report goes to stderr.
  const output = REPORTERS[options.format ?? 'text'](results);
  if (output !== '') (fixingStdin ? process.stderr : process.stdout).write(`${output}\n`);
  return summarise(results).errors > 0 ? 1 : 0;
}

/**
 * What --fix fixed, on stderr (stdout stays the report): the findings as first reported, at their
 * places in the file as it was read, that no longer appear once the fixes are in.
 */
function reportFixed(path: string, before: readonly Finding[], after: readonly Finding[]) {
  const remaining = new Map<string, number>();
  const key = (finding: Finding) => `${finding.rule}\u0000${finding.message}`;
  for (const finding of after) increment(remaining, key(finding));
  const fixed = before.filter((finding) => {
    const left = remaining.get(key(finding)) ?? 0;
    if (left > 0) remaining.set(key(finding), left - 1);
    return left === 0;
  });
  if (fixed.length === 0) return;
  const lines = fixed.map(
    (f) => `${terminalSafe(path)}:${f.line}:${f.column}  fixed  ${terminalSafe(f.message)}  ${f.rule}`,
  );
  lines.push(`Fixed ${count(fixed.length, 'finding')} in ${terminalSafe(path)}.`);
  process.stderr.write(`${lines.join('\n')}\n`);
}

async function main(argv: readonly string[]): Promise<number> {
  try {
    const subcommand = Object.hasOwn(SUBCOMMANDS, argv[0] ?? '') ? SUBCOMMANDS[argv[0]] : undefined;
    const command = subcommand ?? CHECK_COMMAND;
    const args = parseCommandLine(subcommand ? argv.slice(1) : argv, command.options);
    if (args.values.help) {
      process.stdout.write(`${helpText()}\n`);
      return 0;
    }
    if (args.values.version) {
      process.stdout.write(`${version()}\n`);
      return 0;
    }
    return await command.run(args);
  } catch (error) {
    // Messages quote the config, the list and what a server answered: shown inert, never obeyed.
    const fail = (message: string) => process.stderr.write(`paperlint: ${terminalSafe(message)}\n`);
    if (error instanceof UsageError) {
      fail(error.message);
      process.stderr.write(`${usageLines().join('\n')}\n(paperlint --help explains every option)\n`);
    } else if (
      error instanceof ConfigError ||
      error instanceof InputError ||
      error instanceof WriteRefusedError ||
      error instanceof GitHubError
    ) {
      fail(error.message);
    } else {
      const status = (error as { status?: number }).status;
      const message = error instanceof Error ? error.message.split('\n')[0] : String(error);
      fail(`${status ? `GitHub answered ${status}: ` : 'internal error: '}${message}`);
    }
    return 2;
  }
}

// Exit explicitly once stdout is flushed: a connection abandoned after a timeout (paperlint review)
// must not keep the process alive. Not a top-level await: the bundle inlines the lazily imported
// exact reader after this line, and the module must finish evaluating before main() awaits it.
void main(process.argv.slice(2)).then((status) => process.stdout.write('', () => process.exit(status)));
