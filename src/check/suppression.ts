/** Inline switches: `paperlint-disable[-next-line] [rules]` and `paperlint-enable [rules]` comments. */
import type { Entry } from '../grammar/entry.js';
import type { Directive } from '../read/segment.js';
import type { RuleId } from './rules/types.js';

export function suppression(
  directives: readonly Directive[],
): (rule: RuleId, line: number, entry: Entry) => boolean {
  if (directives.length === 0) return () => false;
  const names = (directive: Directive, rule: string) =>
    directive.rules.length === 0 || directive.rules.includes(rule);
  return (rule, line, entry) => {
    let disabled = false;
    for (const directive of directives) {
      if (directive.kind === 'disable-next-line') {
        const target = directive.line + 1;
        if (names(directive, rule) && (target === line || target === entry.startLine)) return true;
      } else if (directive.line < line && names(directive, rule)) {
        disabled = directive.kind === 'disable';
      }
    }
    return disabled;
  };
}
