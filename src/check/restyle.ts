/**
 * Grouping for the reader: a change that writes many entries the same way the list does not gets
 * one summary line. Presentation only.
 */
import type { Finding } from './engine.js';
import type { RuleId } from './rules/types.js';

/** Rules about how an entry is written, as opposed to what is wrong with it (a duplicate, a dead link). */
const STYLE_RULES: ReadonlySet<RuleId> = new Set([
  'title-format',
  'authors-format',
  'blank-line',
  'indent',
  'pdf-missing',
  'badge-missing',
  'badge-color',
  'badge-spacing',
  'arxiv-abs',
]);
/**
 * At least this many entries one change writes the same way the list does not are one style
 * difference (a restyle, a pasted section, a contributor's habit): one line says it, not one per entry.
 */
const RESTYLE_MIN_ENTRIES = 3;

/**
 * A change that writes many entries the same way the list does not (a maintainer's restyle, or a
 * section pasted in from elsewhere) gets one summary line, whatever rules it trips, not one finding
 * per entry and rule.
 */
export function summariseRestyle(findings: readonly Finding[], checked: number): Finding[] {
  const byRule = new Map<RuleId, Finding[]>();
  for (const finding of findings) {
    if (!STYLE_RULES.has(finding.rule)) continue;
    byRule.set(finding.rule, [...(byRule.get(finding.rule) ?? []), finding]);
  }
  const restyled = [...byRule.values()]
    .map((group) => ({ group, entries: new Set(group.map((finding) => finding.entryKey)).size }))
    .filter(({ entries }) => entries >= RESTYLE_MIN_ENTRIES)
    .sort((a, b) => b.entries - a.entries);
  if (restyled.length === 0) return [...findings];
  const summarised = new Set(restyled.map(({ group }) => group[0].rule));
  const entries = new Set(restyled.flatMap(({ group }) => group.map((finding) => finding.entryKey))).size;
  const first = restyled[0].group[0];
  const rules = restyled.length > 1 ? ` (${[...summarised].join(', ')})` : '';
  const summary: Finding = {
    ...first,
    severity: 'warning',
    fix: null,
    message: `${entries} of the ${checked} entries this change touches differ from the rest of the list the same way${rules} (here: ${first.message}) If the list is changing its style, set it in the config (\`paperlint --print-config\` shows the learned one); otherwise write them as the other entries are.`,
  };
  return [...findings.filter((finding) => !summarised.has(finding.rule)), summary];
}
