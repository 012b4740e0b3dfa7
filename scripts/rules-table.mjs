// npm run rules-table [-- --check] [-- FILE]: writes the rules table of README.md (or FILE),
// between its rules-table markers, from the rule objects in src/check/rules: id, severity, whether
// it has a fix, description. So the README says what the code does. --check writes nothing and
// exits 1 when the table is not what it would write (CI and a test run it).
import { readFileSync, writeFileSync } from 'node:fs';
import { register } from 'node:module';
import { fileURLToPath } from 'node:url';

register('./ts-hooks.mjs', import.meta.url);
const { RULES } = await import('../src/check/rules/index.ts');

const START =
  '<!-- rules-table: written by `npm run rules-table` from src/check/rules; edit the rules, not this -->';
const END = '<!-- /rules-table -->';

const check = process.argv.includes('--check');
const target =
  process.argv.slice(2).find((arg) => arg !== '--check') ??
  fileURLToPath(new URL('../README.md', import.meta.url));

const cell = (text) => text.replaceAll('|', '\\|');
const severity = (rule) => (rule.severityNote ? `${rule.severity} (${rule.severityNote})` : rule.severity);
const table = [
  '| rule | severity | fix | what it asks |',
  '| --- | --- | --- | --- |',
  ...RULES.map(
    (rule) =>
      `| [\`${rule.id}\`](docs/rules/${rule.id}.md) | ${cell(severity(rule))} | ${rule.fix ? 'yes' : 'no'} | ${cell(rule.description)} |`,
  ),
].join('\n');

const readme = readFileSync(target, 'utf8');
const start = readme.indexOf(START);
const end = readme.indexOf(END);
if (start < 0 || end < start) {
  process.stderr.write(`rules-table: ${target} has no "${START}" … "${END}" markers\n`);
  process.exit(2);
}
const fresh = `${readme.slice(0, start + START.length)}\n${table}\n${readme.slice(end)}`;
if (!check) {
  writeFileSync(target, fresh);
} else if (fresh !== readme) {
  process.stderr.write(`rules-table: the rules table in ${target} is stale: run npm run rules-table\n`);
  process.exit(1);
}
