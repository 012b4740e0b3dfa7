/**
 * The `files` input: globs, newline or comma separated. `*` stays within a folder, `**` crosses
 * folders, `?` is one character; a pattern is matched against the whole path from the repo root.
 */
export function parseGlobs(input: string): string[] {
  return input
    .split(/[\n,]/)
    .map((pattern) => pattern.trim())
    .filter(Boolean);
}

export function globMatcher(patterns: readonly string[]): (path: string) => boolean {
  const regexes = patterns.map((pattern) => {
    let source = '';
    for (let i = 0; i < pattern.length; i++) {
      const ch = pattern[i];
      if (ch === '*' && pattern[i + 1] === '*') {
        const slash = pattern[i + 2] === '/';
        source += slash ? '(?:.*/)?' : '.*';
        i += slash ? 2 : 1;
      } else if (ch === '*') {
        source += '[^/]*';
      } else if (ch === '?') {
        source += '[^/]';
      } else {
        source += ch.replace(/[.+^${}()|[\]\\]/g, '\\$&');
      }
    }
    return new RegExp(`^${source}$`);
  });
  return (path) => regexes.some((regex) => regex.test(path));
}
