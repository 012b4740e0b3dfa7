/**
 * Which lines of the new version a change touched. Two sources: GitHub's unified `patch` for a file,
 * or the two versions themselves when GitHub leaves the patch out (large diffs).
 */

/** Line numbers (1-based) of the new version, kept as a sorted array of inclusive ranges. */
export interface LineSet {
  readonly ranges: readonly (readonly [number, number])[];
}

export const EVERY_LINE: LineSet = { ranges: [[1, Number.MAX_SAFE_INTEGER]] };

export function lineSetFrom(lines: Iterable<number>): LineSet {
  const sorted = [...new Set(lines)].sort((a, b) => a - b);
  const ranges: [number, number][] = [];
  for (const line of sorted) {
    const last = ranges[ranges.length - 1];
    if (last && last[1] + 1 === line) last[1] = line;
    else ranges.push([line, line]);
  }
  return { ranges };
}

export function hasLine(set: LineSet, line: number): boolean {
  return overlaps(set, line, line);
}

export function overlaps(set: LineSet, start: number, end: number): boolean {
  let lo = 0;
  let hi = set.ranges.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const [a, b] = set.ranges[mid];
    if (b < start) lo = mid + 1;
    else if (a > end) hi = mid - 1;
    else return true;
  }
  return false;
}

export interface Change {
  /** Lines added or changed in the new version. */
  readonly changed: LineSet;
  /**
   * The changed lines and the entry a deletion was part of: an entry the PR only took a line out of
   * (its empty line, its paper link) is still an entry the PR changed. Whole items or the blank lines
   * between them taken out touch nothing.
   */
  readonly touched: LineSet;
  /**
   * The text of the lines the change removed (when known): an entry whose changed lines were all
   * removed elsewhere was moved or renumbered, not written.
   */
  readonly removed?: readonly string[];
}

export interface PatchLines extends Change {
  /** Every new-version line a hunk shows (added or context): where GitHub accepts a review comment. */
  readonly commentable: LineSet;
}

const isBlankLine = (line: string) => !/\S/.test(line);

/**
 * Whether a line carries on the entry above it (indented text: an author line, a nested link) rather
 * than starting a block of its own. Replacing such a line changes the entry above.
 */
function continuesAbove(line: string): boolean {
  return /^\s+\S/.test(line);
}

/**
 * Whether a line belongs to the block above it: indented text, or a lazy continuation line (text that
 * starts no list item, heading, table row or quote of its own). Blank lines do not.
 */
function carriesOn(line: string): boolean {
  return continuesAbove(line) || (/\S/.test(line) && !/^(?:[-*+]\s|\d+[.)]\s|#|\||>)/.test(line));
}

/**
 * The new-version lines a run of lines taken out (and nothing put in their place) touches: only the
 * entry the run was part of. The line above when the run carried on its block (or was a blank line
 * inside it); the line below when it carried on the run or now carries on the block above. Whole
 * items, rows or paragraphs, or blank lines between blocks, taken out touch nothing: the entries beside
 * them are as they were. With a neighbour unknown (a hunk's edge), both sides are touched.
 */
function besideDeletion(
  aboveLine: number,
  above: string | undefined,
  run: { readonly first: string; readonly last: string },
  below: string | undefined,
): number[] {
  if (above === undefined || below === undefined) return [aboveLine, aboveLine + 1];
  const blank = (line: string) => !/\S/.test(line);
  const belowCarriesOn = carriesOn(below) && (!blank(above) || !blank(run.last));
  const runCarriesOn = !blank(above) && (blank(run.first) ? belowCarriesOn : carriesOn(run.first));
  return [...(runCarriesOn ? [aboveLine] : []), ...(belowCarriesOn ? [aboveLine + 1] : [])];
}

/** Reads a unified diff (GitHub's `patch` field: hunks only, no file headers). */
export function parsePatch(patch: string): PatchLines {
  const changed: number[] = [];
  const commentable: number[] = [];
  const besideDeletions: number[] = [];
  const removed: string[] = [];
  let newLine = 0;
  let inHunk = false;
  /** The new-version line a run of `-` rows sits just before, until a `+` row shows it replaced. */
  let deletionAt: number | undefined;
  let firstDeleted = '';
  let lastDeleted = '';
  /** The text of the last new-version line the hunk showed (undefined at a hunk's start). */
  let previous: string | undefined;
  const endDeletion = (below?: string) => {
    if (deletionAt !== undefined) {
      const run = { first: firstDeleted, last: lastDeleted };
      besideDeletions.push(...besideDeletion(deletionAt - 1, previous, run, below));
    }
    deletionAt = undefined;
  };
  for (const row of patch.split('\n')) {
    const header = /^@@ -\d+(?:,\d+)? \+(\d+)(?:,\d+)? @@/.exec(row);
    if (header) {
      endDeletion();
      newLine = Number(header[1]);
      inHunk = true;
      previous = undefined;
      continue;
    }
    if (!inHunk || row.startsWith('\\')) continue;
    const kind = row[0];
    if (kind === '+') {
      // Lines replaced by others (`-` rows right before `+` rows) touch only the entry they carried on.
      if (deletionAt === newLine) {
        // Lines replaced by a blank one were taken out: they touch what lines taken out touch.
        if (isBlankLine(row.slice(1))) endDeletion(row.slice(1));
        else if (continuesAbove(firstDeleted)) besideDeletions.push(deletionAt - 1);
        deletionAt = undefined;
      }
      changed.push(newLine);
      commentable.push(newLine);
      newLine++;
      previous = row.slice(1);
    } else if (kind === ' ' || row === '') {
      endDeletion(row.slice(1));
      commentable.push(newLine);
      newLine++;
      previous = row.slice(1);
    } else if (kind === '-') {
      if (deletionAt !== newLine) firstDeleted = row.slice(1);
      lastDeleted = row.slice(1);
      deletionAt = newLine;
      removed.push(row.slice(1));
    }
  }
  endDeletion();
  return {
    changed: lineSetFrom(changed),
    touched: lineSetFrom([...changed, ...besideDeletions.filter((line) => line >= 1)]),
    commentable: lineSetFrom(commentable),
    removed,
  };
}

/**
 * Lines of `after` that are not in a longest common subsequence with `before`, and the lines beside
 * what `before` lost. Common head and tail are trimmed first (so an insertion lands where git would
 * put it), then Myers' O(ND) algorithm runs on the middle: cost follows the size of the change.
 */
export function diffLines(before: readonly string[], after: readonly string[]): Change {
  let head = 0;
  const max = Math.min(before.length, after.length);
  while (head < max && before[head] === after[head]) head++;
  let tail = 0;
  while (tail < max - head && before[before.length - 1 - tail] === after[after.length - 1 - tail]) tail++;
  const a = before.slice(head, before.length - tail);
  const b = after.slice(head, after.length - tail);
  const kept = myersCommon(a, b) ?? keptByContent(a, b);
  const changed: number[] = [];
  for (let j = 0; j < b.length; j++) if (!kept.b[j]) changed.push(head + j + 1);
  // Walk both sides in step, one gap between kept lines at a time. Lines only taken out touch the entry
  // they were part of; lines replaced by others touch only the entry they carried on.
  const besideDeletions: number[] = [];
  for (let i = 0, j = 0; i < a.length || j < b.length; i++, j++) {
    const [deletedFrom, insertedFrom] = [i, j];
    while (i < a.length && !kept.a[i]) i++;
    while (j < b.length && !kept.b[j]) j++;
    if (i === deletedFrom) continue;
    // Lines replaced by blank ones (spaces left where a link was) were taken out all the same.
    if (b.slice(insertedFrom, j).every(isBlankLine)) {
      const run = { first: a[deletedFrom], last: a[i - 1] };
      const at = head + insertedFrom;
      besideDeletions.push(...besideDeletion(at, after[at - 1] ?? '', run, after[at] ?? ''));
    } else if (continuesAbove(a[deletedFrom])) besideDeletions.push(head + insertedFrom);
  }
  const inFile = (line: number) => line >= 1 && line <= after.length;
  return {
    changed: lineSetFrom(changed),
    touched: lineSetFrom([...changed, ...besideDeletions.filter(inFile)]),
    removed: a.filter((_, i) => !kept.a[i]),
  };
}

/** Bounds the Myers trace (edit distance × width, in 32-bit cells) to about 64 MB. */
const MAX_TRACE_CELLS = 16_000_000;

/**
 * For a rewrite too large for Myers within the bound: a line counts as kept when the other side has
 * the same text anywhere. Linear, and it never calls an untouched line changed.
 */
function keptByContent(a: readonly string[], b: readonly string[]): Kept {
  const inA = new Set(a);
  const inB = new Set(b);
  return { a: a.map((line) => inB.has(line)), b: b.map((line) => inA.has(line)) };
}

/** Which lines of each side belong to the common subsequence. */
interface Kept {
  readonly a: boolean[];
  readonly b: boolean[];
}

/**
 * Marks which lines of `a` and `b` belong to a longest common subsequence, or returns
 * undefined when the edit distance is too large to trace within MAX_TRACE_CELLS.
 */
function myersCommon(a: readonly string[], b: readonly string[]): Kept | undefined {
  const n = a.length;
  const m = b.length;
  const kept = { a: new Array<boolean>(n).fill(false), b: new Array<boolean>(m).fill(false) };
  if (n === 0 || m === 0) return kept;
  const offset = n + m;
  const v = new Int32Array(2 * offset + 2);
  const trace: Int32Array[] = [];
  let found = -1;
  for (let d = 0; d <= n + m && found < 0; d++) {
    if ((d + 1) * v.length > MAX_TRACE_CELLS) return undefined;
    trace.push(v.slice());
    for (let k = -d; k <= d; k += 2) {
      let x =
        k === -d || (k !== d && v[offset + k - 1] < v[offset + k + 1])
          ? v[offset + k + 1]
          : v[offset + k - 1] + 1;
      let y = x - k;
      while (x < n && y < m && a[x] === b[y]) {
        x++;
        y++;
      }
      v[offset + k] = x;
      if (x >= n && y >= m) {
        found = d;
        break;
      }
    }
  }
  // Walk the trace backwards, marking the diagonal (equal) steps.
  let x = n;
  let y = m;
  for (let d = found; d > 0; d--) {
    const prev = trace[d];
    const k = x - y;
    const down = k === -d || (k !== d && prev[offset + k - 1] < prev[offset + k + 1]);
    const prevK = down ? k + 1 : k - 1;
    const prevX = prev[offset + prevK];
    const prevY = prevX - prevK;
    while (x > prevX && y > prevY) {
      kept.b[--y] = true;
      kept.a[--x] = true;
    }
    x = prevX;
    y = prevY;
  }
  while (x > 0 && y > 0) {
    kept.b[--y] = true;
    kept.a[--x] = true;
  }
  return kept;
}
