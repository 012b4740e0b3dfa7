/** Counts one more of a key, and returns the counts (so a new map can be counted into and kept at once). */
export function increment<K>(counts: Map<K, number>, key: K): Map<K, number> {
  return counts.set(key, (counts.get(key) ?? 0) + 1);
}
