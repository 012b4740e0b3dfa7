/**
 * `paperlint audit FILE... [--arxiv] [--links] [--scholar] [--fix] [--format text|json|sarif]`:
 * the whole list checked, the world outside it asked only as told. Progress goes to stderr (a few
 * lines, with estimates), the report to stdout; `--fix` writes every certain fix in place and lists
 * each on stderr.
 */
import { execFileSync } from 'node:child_process';
import { dirname, resolve } from 'node:path';
import { COMMON_OPTIONS, defineCommand, UsageError, type Command, type ParsedArgs } from '../args.js';
import type { Settings } from '../check/engine.js';
import { count, terminalSafe } from '../report/format.js';
import type { AuditResult } from './audit.js';
import { AUDIT_FORMATS, formatAudit, type AuditFormat } from './report.js';

/** What `audit` needs from the CLI: its reading and writing of files, and the config a FILE is held to. */
export interface AuditIo {
  readText(path: string): string;
  /** Replaces the file's text, which must still be `expected`. */
  writeInPlace(path: string, expected: string, text: string): void;
  settingsFor(path: string, options: { config?: string; 'no-config'?: boolean }): Promise<Settings>;
  version(): string;
}

const AUDIT_OPTIONS = {
  arxiv: {
    type: 'boolean',
    help: "check each paper against arXiv: title, withdrawn, published since (arXiv's journal reference or DOI)",
  },
  links: {
    type: 'boolean',
    help: 'check every link: dead, moved for good, or could not check (2 requests at once per site, 16 in all)',
  },
  scholar: {
    type: 'boolean',
    help: 'also ask Semantic Scholar where papers appeared (S2_API_URL, default its public API)',
  },
  'link-cache': {
    type: 'string',
    value: 'FILE',
    help: 'keep link results a week in FILE between runs (outside the repository, or ignored by git)',
  },
  fix: { type: 'boolean', help: 'apply the certain fixes in place and list each on stderr' },
  format: {
    type: 'string',
    value: 'FORMAT',
    choices: AUDIT_FORMATS,
    default: 'text',
    help: 'how findings are written',
  },
  config: { type: 'string', value: 'FILE', help: 'config file (as for checking)' },
  'no-config': { type: 'boolean', help: 'use no config file' },
  ...COMMON_OPTIONS,
} as const;

type AuditArgs = ParsedArgs<typeof AUDIT_OPTIONS>;

export function auditCommand(io: AuditIo): Command {
  return defineCommand({
    usage: 'FILE... [--arxiv] [--links] [--scholar] [--fix] [--format text|json|sarif]',
    summary:
      'audit whole lists: every rule on every entry, papers published since or withdrawn, dead and moved links',
    options: AUDIT_OPTIONS,
    run: (args) => runAudit(args, io),
  });
}

/**
 * A link cache inside a git work tree must be one git ignores: link results are the job's, never
 * the repository's.
 */
function checkCachePlace(path: string): void {
  const folder = dirname(resolve(path));
  let top: string;
  try {
    top = execFileSync('git', ['rev-parse', '--show-toplevel'], {
      cwd: folder,
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
    }).trim();
  } catch {
    return; // not in a git work tree (or a folder not made yet): nothing to keep it out of
  }
  try {
    execFileSync('git', ['check-ignore', '--quiet', '--no-index', resolve(path)], {
      cwd: top,
      stdio: 'ignore',
    });
  } catch {
    throw new UsageError(
      `--link-cache ${path} is inside the git repository at ${top}: keep it elsewhere (like ~/.cache/paperlint/links.json) or have git ignore it`,
    );
  }
}

async function runAudit({ values: options, positionals: files }: AuditArgs, io: AuditIo): Promise<number> {
  if (files.length === 0) throw new UsageError('audit: name the FILE to audit');
  if (options['link-cache'] !== undefined) {
    if (!options.links) throw new UsageError('--link-cache goes with --links');
    checkCachePlace(options['link-cache']);
  }
  const say = (message: string) => process.stderr.write(`paperlint: ${terminalSafe(message)}\n`);
  // Loaded only for an audit: the CLI's other commands spare loading its services at their start.
  const [{ audit, auditAndFix }, { openServices }] = await Promise.all([
    import('./audit.js'),
    import('./services.js'),
  ]);
  const services = openServices({
    arxiv: options.arxiv ?? false,
    scholar: options.scholar ?? false,
    links: options.links ?? false,
    linkCache: options['link-cache'],
    say,
  });
  const results: AuditResult[] = [];
  try {
    for (const path of files) {
      const settings = await io.settingsFor(path, options);
      const text = io.readText(path);
      if (!options.fix) {
        results.push(await audit({ path, text, settings }, services));
        continue;
      }
      const fixed = await auditAndFix({ path, text, settings }, services);
      if (fixed.text !== text) io.writeInPlace(path, text, fixed.text);
      const lines = fixed.changes.map(
        (f) => `${terminalSafe(path)}:${f.line}:${f.column}  fixed  ${terminalSafe(f.message)}  ${f.rule}`,
      );
      if (lines.length > 0)
        process.stderr.write(`${lines.join('\n')}\nFixed ${count(lines.length, 'finding')} in ${path}.\n`);
      results.push(fixed.final);
    }
  } finally {
    services.finish();
  }
  const output = formatAudit((options.format ?? 'text') as AuditFormat, results, {
    version: io.version(),
    color: process.stdout.isTTY === true && !process.env.NO_COLOR,
  });
  process.stdout.write(`${output}\n`);
  return results.some((result) => result.findings.some((f) => f.severity === 'error')) ? 1 : 0;
}
