/**
 * The `files` input's globs (review/patterns.ts splits the input into them), matched by picomatch
 * against the path from the repository root.
 * `*` stays within a folder, `**` crosses folders; `!pattern` leaves out what it matches; a leading
 * `./` is the root. Matching ignores case, so the default `README.md` finds a list named `readme.md`.
 */
// The POSIX build: repository paths use `/` whatever the runner's platform.
import picomatch from 'picomatch/posix.js';

export interface FileMatcher {
  /** Whether a changed file is one of the lists to check. */
  matches(path: string): boolean;
  /** The patterns (not `!` ones) that match none of `paths`, as written. */
  unmatched(paths: readonly string[]): string[];
  /** The paths the patterns name outright (no glob syntax), from the root, unless excluded. */
  readonly named: readonly string[];
  /** The patterns (not `!` ones) with glob syntax: only a list of files can resolve them. */
  readonly globs: readonly string[];
}

export function globMatcher(patterns: readonly string[]): FileMatcher {
  const rooted = (pattern: string) => pattern.replace(/^(?:\.\/)+/, '');
  const compile = (pattern: string) => picomatch(rooted(pattern), { nocase: true, dot: true });
  const included = patterns.filter((pattern) => !pattern.startsWith('!'));
  const excluded = patterns.filter((pattern) => pattern.startsWith('!')).map((p) => compile(p.slice(1)));
  const tests = included.map((pattern) => ({ pattern, test: compile(pattern) }));
  const kept = (path: string) => !excluded.some((test) => test(path));
  const isGlob = (pattern: string) => picomatch.scan(rooted(pattern)).isGlob;
  return {
    named: included
      .filter((pattern) => !isGlob(pattern))
      .map(rooted)
      .filter(kept),
    globs: included.filter(isGlob),
    matches: (path) => kept(path) && tests.some(({ test }) => test(path)),
    unmatched: (paths) =>
      tests
        .filter(({ test }) => !paths.some((path) => kept(path) && test(path)))
        .map(({ pattern }) => pattern),
  };
}
