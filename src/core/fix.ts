/** Applying fixes to a text: bottom-up, skipping any that overlap one already applied. */
import type { Fix } from '../rules/types.js';
import { fromSource, toSource } from './text.js';

export function applyFixes(text: string, fixes: readonly Fix[]): { text: string; applied: number } {
  const source = toSource(text);
  const lines = [...source.lines];
  const endings = [...source.endings];
  const ordered = [...fixes].sort((a, b) => b.line - a.line || b.endLine - a.endLine);
  let applied = 0;
  let floor = Number.MAX_SAFE_INTEGER;
  for (const fix of ordered) {
    if (fix.endLine >= floor) continue;
    const ending = endings[fix.line - 1] || endings.find((e) => e !== '') || '\n';
    const replacement = fix.replacement.split('\n');
    const lastEnding = endings[fix.endLine - 1];
    const newEndings = replacement.map((_, i) => (i === replacement.length - 1 ? lastEnding : ending));
    lines.splice(fix.line - 1, fix.endLine - fix.line + 1, ...replacement);
    endings.splice(fix.line - 1, fix.endLine - fix.line + 1, ...newEndings);
    floor = fix.line;
    applied++;
  }
  return { text: fromSource({ lines, endings, bom: source.bom }), applied };
}
