/** Inline switches: `paperlint-disable[-next-line] [rules]` and `paperlint-enable [rules]` comments. */
import type { Entry } from '../grammar/entry.js';
import type { Directive } from '../read/segment.js';

/** Whether a check (a rule, or one of the audit's) is switched off at a line of an entry. */
export function suppression(
  directives: readonly Directive[],
): (check: string, line: number, entry: Entry) => boolean {
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
