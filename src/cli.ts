/**
 * paperlint CLI: check a paper list (or only what changed against a base version), print findings,
 * optionally apply the mechanical fixes. Exit 0: no errors; 1: errors; 2: usage or input problem.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync, realpathSync } from 'node:fs';
import { isAbsolute, relative, sep } from 'node:path';
import { parseConfig } from './config.js';
import { ConfigError } from './errors.js';
import { applyFixes } from './core/fix.js';
import { stringify as stringifyYaml } from 'yaml';
import { effectiveSettings, lint, type LintResult, type Settings } from './core/lint.js';
import { formatGithub, formatJson, formatText, summarise } from './report/format.js';
import { REVIEW_USAGE, ReviewUsageError, runStandaloneReview } from './review/standalone.js';
import { writeInPlace, WriteRefusedError } from './write-file.js';

const USAGE = [
  'usage: paperlint [--format text|json|github] [--base GIT_REF | --base-file FILE] [--fix] [--config FILE] FILE...',
  '       paperlint --print-config [--config FILE] FILE',
  `       ${REVIEW_USAGE.replace('usage: ', '')}`,
].join('\n');

class UsageError extends Error {}

interface Options {
  format: 'text' | 'json' | 'github';
  base?: string;
  baseFile?: string;
  fix: boolean;
  printConfig: boolean;
  config?: string;
  files: string[];
}

function parseArgs(argv: readonly string[]): Options | 'help' {
  const options: Options = { format: 'text', fix: false, printConfig: false, files: [] };
  const value = (i: number, flag: string) => {
    const next = argv[i + 1];
    if (next === undefined || next.startsWith('--')) throw new UsageError(`${flag} needs a value`);
    return next;
  };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    const [flag, inline] =
      arg.startsWith('--') && arg.includes('=') ? arg.split(/=(.*)/s, 2) : [arg, undefined];
    const take = () => inline ?? value(i++, flag);
    switch (flag) {
      case '--help':
      case '-h':
        return 'help';
      case '--format': {
        const format = take();
        if (format !== 'text' && format !== 'json' && format !== 'github') {
          throw new UsageError(`--format is text, json or github, not "${format}"`);
        }
        options.format = format;
        break;
      }
      case '--base':
        options.base = take();
        break;
      case '--base-file':
        options.baseFile = take();
        break;
      case '--config':
        options.config = take();
        break;
      case '--fix':
        options.fix = true;
        break;
      case '--print-config':
        options.printConfig = true;
        break;
      default:
        if (flag.startsWith('-') && flag !== '-') throw new UsageError(`unknown option ${flag}`);
        options.files.push(arg);
    }
  }
  if (options.files.length === 0) throw new UsageError('name at least one FILE');
  if (options.base !== undefined && options.baseFile !== undefined) {
    throw new UsageError('use --base or --base-file, not both');
  }
  if (options.baseFile !== undefined && options.files.length > 1) {
    throw new UsageError('--base-file goes with a single FILE');
  }
  return options;
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
  if (bytes.includes(0)) throw new InputError(`${path} is not a text file (it has NUL bytes)`);
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    throw new InputError(`${path} is not UTF-8 text`);
  }
}

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

async function printConfig(path: string, settings: Settings): Promise<string> {
  const { entries, categories, ...effective } = await effectiveSettings(readText(path), settings);
  return [
    `# paperlint settings for ${path}: style learned from its ${entries} entries, config on top.`,
    `# Paper categories: ${categories.join(', ') || '(none)'}. A trait set to null is not enforced.`,
    stringifyYaml(effective),
  ].join('\n');
}

async function run(options: Options): Promise<number> {
  const settings: Settings = options.config ? parseConfig(readText(options.config), options.config) : {};
  if (options.printConfig) {
    const printed: string[] = [];
    for (const path of options.files) printed.push(await printConfig(path, settings));
    process.stdout.write(printed.join('\n'));
    return 0;
  }
  const results: LintResult[] = [];
  for (const path of options.files) {
    const base =
      options.baseFile !== undefined
        ? readText(options.baseFile)
        : options.base !== undefined
          ? readAtRevision(options.base, path)
          : undefined;
    const original = readText(path);
    let text = original;
    let result = await lint({ path, text, baseText: base, settings });
    if (options.fix) {
      // A fix can reveal another (a re-indented line may then need its empty line), so fixing runs
      // until nothing is left, with the style held as it was read: the fixes must not move it.
      const held: Settings = { ...settings, style: result.convention };
      for (let pass = 0; pass < MAX_FIX_PASSES; pass++) {
        const fixes = result.findings.flatMap((finding) => (finding.fix ? [finding.fix] : []));
        if (fixes.length === 0) break;
        text = applyFixes(text, fixes).text;
        result = await lint({ path, text, baseText: base, settings: held });
      }
      if (text !== original) writeInPlace(path, original, text);
    }
    results.push(result);
  }
  const output =
    options.format === 'json'
      ? formatJson(results)
      : options.format === 'github'
        ? formatGithub(results)
        : formatText(results, process.stdout.isTTY === true && !process.env.NO_COLOR);
  if (output !== '') process.stdout.write(`${output}\n`);
  return summarise(results).errors > 0 ? 1 : 0;
}

async function main(argv: readonly string[]): Promise<number> {
  try {
    if (argv[0] === 'review') return await runStandaloneReview(argv.slice(1));
    const options = parseArgs(argv);
    if (options === 'help') {
      process.stdout.write(`${USAGE}\n`);
      return 0;
    }
    return await run(options);
  } catch (error) {
    if (error instanceof UsageError || error instanceof ReviewUsageError) {
      process.stderr.write(`paperlint: ${error.message}\n${USAGE}\n`);
    } else if (
      error instanceof ConfigError ||
      error instanceof InputError ||
      error instanceof WriteRefusedError
    ) {
      process.stderr.write(`paperlint: ${error.message}\n`);
    } else {
      const status = (error as { status?: number }).status;
      const message = error instanceof Error ? error.message.split('\n')[0] : String(error);
      process.stderr.write(
        `paperlint: ${status ? `GitHub answered ${status}: ` : 'internal error: '}${message}\n`,
      );
    }
    return 2;
  }
}

// Exit explicitly once stdout is flushed: a connection abandoned after a timeout (paperlint review)
// must not keep the process alive.
const status = await main(process.argv.slice(2));
process.stdout.write('', () => process.exit(status));
