/**
 * An independent line diff for `npm run field` (shares no code with src/): common prefix and suffix,
 * then Myers' O(ND) shortest edit script on the rest. A change too large for that (more than
 * MAX_EDITS) is taken as "every line between the common prefix and suffix changed".
 */
const MAX_EDITS = 3000;

/**
 * @returns {{ ops: { type: '=' | '-' | '+', a?: number, b?: number }[], changed: Set<number> }}
 *   ops in order (a = 1-based line of the old text, b = of the new); changed = new lines added or
 *   changed (1-based).
 */
export function lineDiff(oldText, newText) {
  const a = oldText.split('\n');
  const b = newText.split('\n');
  const ids = new Map();
  const id = (line) => {
    let value = ids.get(line);
    if (value === undefined) ids.set(line, (value = ids.size));
    return value;
  };
  const A = Int32Array.from(a, id);
  const B = Int32Array.from(b, id);
  let prefix = 0;
  while (prefix < A.length && prefix < B.length && A[prefix] === B[prefix]) prefix++;
  let suffix = 0;
  while (
    suffix < A.length - prefix &&
    suffix < B.length - prefix &&
    A[A.length - 1 - suffix] === B[B.length - 1 - suffix]
  ) {
    suffix++;
  }
  const ops = [];
  for (let i = 0; i < prefix; i++) ops.push({ type: '=', a: i + 1, b: i + 1 });
  const middle = myers(A.subarray(prefix, A.length - suffix), B.subarray(prefix, B.length - suffix));
  if (middle) {
    for (const op of middle) {
      ops.push({
        type: op.type,
        ...(op.a !== undefined ? { a: op.a + prefix + 1 } : {}),
        ...(op.b !== undefined ? { b: op.b + prefix + 1 } : {}),
      });
    }
  } else {
    for (let i = prefix; i < A.length - suffix; i++) ops.push({ type: '-', a: i + 1 });
    for (let j = prefix; j < B.length - suffix; j++) ops.push({ type: '+', b: j + 1 });
  }
  for (let k = suffix; k > 0; k--) ops.push({ type: '=', a: A.length - k + 1, b: B.length - k + 1 });
  const changed = new Set(ops.filter((op) => op.type === '+').map((op) => op.b));
  return { ops, changed, oldLines: a, newLines: b };
}

function myers(A, B) {
  const n = A.length;
  const m = B.length;
  if (n === 0) return Array.from({ length: m }, (_, j) => ({ type: '+', b: j }));
  if (m === 0) return Array.from({ length: n }, (_, i) => ({ type: '-', a: i }));
  const max = Math.min(n + m, MAX_EDITS);
  const offset = max + 1;
  const v = new Int32Array(2 * max + 3);
  const trace = [];
  let found = -1;
  for (let d = 0; d <= max; d++) {
    trace.push(v.slice(offset - d - 1, offset + d + 2));
    for (let k = -d; k <= d; k += 2) {
      let x =
        k === -d || (k !== d && v[offset + k - 1] < v[offset + k + 1])
          ? v[offset + k + 1]
          : v[offset + k - 1] + 1;
      let y = x - k;
      while (x < n && y < m && A[x] === B[y]) {
        x++;
        y++;
      }
      v[offset + k] = x;
      if (x >= n && y >= m) {
        found = d;
        break;
      }
    }
    if (found >= 0) break;
  }
  if (found < 0) return undefined;
  // backtrack
  const ops = [];
  let x = n;
  let y = m;
  for (let d = found; d > 0; d--) {
    const prev = trace[d]; // v before step d: k in [-d-1, d+1] at prev[k + d + 1]
    const at = (k) => prev[k + d + 1];
    const k = x - y;
    const down = k === -d || (k !== d && at(k - 1) < at(k + 1));
    const prevK = down ? k + 1 : k - 1;
    const prevX = at(prevK);
    const prevY = prevX - prevK;
    const startX = down ? prevX : prevX + 1; // where the snake of step d begins
    while (x > startX) {
      x--;
      y--;
      ops.push({ type: '=', a: x, b: y });
    }
    if (down) ops.push({ type: '+', b: prevY });
    else ops.push({ type: '-', a: prevX });
    x = prevX;
    y = prevY;
  }
  while (x > 0 && y > 0) {
    x--;
    y--;
    ops.push({ type: '=', a: x, b: y });
  }
  return ops.reverse();
}
