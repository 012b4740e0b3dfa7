/**
 * The config file (`.github/paperlint.yml`): parsed from YAML and validated with zod, so a typo is
 * an error that names the key, the value and what is allowed, never a silently ignored setting.
 */
import { parse as parseYaml, stringify as stringifyYaml } from 'yaml';
import {
  array,
  boolean,
  enum as zEnum,
  int,
  null as zNull,
  partialRecord,
  string,
  strictObject,
  union,
  type ZodType,
  type core,
} from 'zod';
import { effectiveSettings, type Settings } from './check/engine.js';
import { ConfigError } from './errors.js';
import { RULE_IDS } from './check/rules/types.js';
import { terminalSafe } from './report/format.js';

const nullable = <T extends ZodType>(schema: T) => union([schema, zNull()]);

const styleSchema = strictObject({
  marker: nullable(zEnum(['bullet', 'numbered'])),
  titlePunctuation: nullable(zEnum([',', '.', ''])),
  punctuationInsideBold: nullable(boolean()),
  titleBold: nullable(boolean()),
  titleLink: nullable(boolean()),
  yearAfterTitle: nullable(boolean()),
  authorLine: nullable(boolean()),
  blankLineBeforeAuthors: nullable(boolean()),
  authorIndent: nullable(int().min(0).max(8)),
  authorsItalic: nullable(boolean()),
  paperLink: nullable(boolean()),
  linkStyle: nullable(zEnum(['bracketed', 'plain', 'bracketed-label'])),
  linkLabels: nullable(array(string().min(1)).min(1)),
  arxivLink: nullable(zEnum(['abs', 'pdf'])),
  badges: nullable(boolean()),
  badgeSpaced: nullable(boolean()),
  badgeColors: nullable(array(string().min(1).toLowerCase()).min(1)),
  tableRowsFull: nullable(boolean()),
  sections: nullable(boolean()),
  writtenRules: array(zEnum(['blank-line', 'arxiv-abs', 'badge-missing'])),
}).partial();

export const configSchema = strictObject({
  rules: partialRecord(zEnum(RULE_IDS), zEnum(['off', 'warning', 'error'])),
  style: styleSchema,
  sections: strictObject({ include: array(string()), exclude: array(string()) }).partial(),
  // The list's entry template (`--print-config` shows the learned one): slots in braces.
  template: string().min(1).max(2000),
  // arXiv ids must be quoted: YAML reads 2305.15210 as a number and drops the trailing zero.
  ignore: array(string({ error: 'expected a quoted string (quote arXiv ids: "2305.15210")' })),
}).partial();

/** Longest piece of the config a message quotes: a 10 MB value must not become a 10 MB error. */
const MAX_QUOTE = 80;

/**
 * A piece of the config as a message quotes it: short, and inert wherever the message is shown (a
 * terminal, the Action's log, markdownlint-cli2's output), however hostile the key.
 */
function clip(text: string): string {
  return terminalSafe(
    text.length > MAX_QUOTE ? `${text.slice(0, MAX_QUOTE)}… (${text.length} characters)` : text,
  );
}

const quote = (value: unknown) => clip(JSON.stringify(value) ?? 'missing');

function describe(issue: core.$ZodIssue, input: unknown): string {
  const path = issue.path.map((key) => clip(String(key))).join('.');
  let value: unknown = input;
  for (const key of issue.path) value = (value as Record<PropertyKey, unknown> | undefined)?.[key as string];
  const where = path === '' ? 'the config' : `\`${path}\``;
  if (issue.code === 'unrecognized_keys') {
    const keys = issue.keys
      .slice(0, 5)
      .map((k) => `\`${[path, clip(k)].filter(Boolean).join('.')}\``)
      .join(', ');
    if (path === 'rules') return `unknown rule id ${keys}; allowed: ${RULE_IDS.join(', ')}`;
    return `unknown key ${keys}`;
  }
  if (issue.code === 'invalid_value') {
    return `${where} is ${quote(value)}; allowed: ${issue.values.map((v) => JSON.stringify(v)).join(', ')}`;
  }
  return `${where} is ${quote(value)}: ${issue.message}`;
}

/** Parses and validates a config file's text; throws ConfigError with a one-line message. */
export function parseConfig(text: string, name = 'config'): Settings {
  let data: unknown;
  try {
    data = parseYaml(text) ?? {};
  } catch (error) {
    const reason = terminalSafe((error as Error).message.split('\n')[0]);
    throw new ConfigError(
      `${name}: not valid YAML: ${reason.length > 200 ? `${reason.slice(0, 200)}…` : reason}`,
    );
  }
  const result = configSchema.safeParse(data);
  if (!result.success) {
    const issues = result.error.issues;
    const described = issues.slice(0, 10).map((issue) => describe(issue, data));
    if (issues.length > 10) described.push(`and ${issues.length - 10} more`);
    throw new ConfigError(`${name}: ${described.join('; ')}`);
  }
  return result.data as Settings;
}

/**
 * What `--print-config` prints for a file: the settings it would be checked with (its learned
 * style, the config on top), as a config file that, fed back, gives the same findings. `rules:`
 * holds only what the config sets: a rule the list's guide writes down is an error where it
 * applies and a warning elsewhere, which no single severity in `rules:` could say.
 */
export async function printedConfig(
  path: string,
  text: string,
  settings: Settings,
  configFile?: string,
): Promise<string> {
  const { entries, categories, evidence, templates, ...effective } = await effectiveSettings(text, settings);
  const shown = Object.entries(evidence).map(
    ([trait, e]) =>
      `${trait} ${e.agree}/${e.of}${e.recent ? ` (drifted: newest entries ${e.recent.agree}/${e.recent.of})` : ''}`,
  );
  const written = effective.style.writtenRules;
  const where = (template: (typeof templates)[number]) =>
    template.table !== undefined
      ? `the table in ${template.table}`
      : template.section?.length
        ? `section "${template.section.join(' / ')}"`
        : 'the list';
  const learned = templates.map(
    (template) =>
      `#   ${where(template)} (${template.evidence.agree} of ${template.evidence.of} entries): ${JSON.stringify(template.shape)}`,
  );
  // The comment lines quote the list's headings and paths; the YAML below escapes its own strings.
  return [
    terminalSafe(
      `# paperlint settings for ${path}: style learned from its ${entries} entries, ` +
        `${configFile ? `config ${configFile} on top` : 'no config file'}.`,
    ),
    terminalSafe(
      `# Paper categories: ${categories.join(', ') || '(none)'}. A trait set to null is not enforced.`,
    ),
    `# Evidence (entries agreeing / entries showing the trait; 90% of at least 3, or all but one, sets it): ${shown.join(', ')}.`,
    '# Entry templates ({slot}s are filled per entry; `template:` below sets the list-wide one):',
    ...learned.map(terminalSafe),
    '# Rules run at the severities `paperlint --help` lists' +
      (written.length > 0
        ? `, and as errors where the contribution guide writes them down (${written.join(', ')})`
        : '') +
      '; `rules:` sets another.',
    stringifyYaml(effective),
  ].join('\n');
}
