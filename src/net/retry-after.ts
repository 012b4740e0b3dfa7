/** `Retry-After` as servers write it: seconds, or an HTTP date. */

/** The wait a `Retry-After` header asks for, in milliseconds; none (or nonsense) asks for none. */
export function retryAfterMs(header: string | readonly string[] | undefined, now = Date.now()): number {
  const value = Array.isArray(header) ? header[0] : header;
  if (typeof value !== 'string' || value.trim() === '') return 0;
  const seconds = Number(value);
  if (Number.isFinite(seconds)) return Math.max(0, seconds * 1000);
  const date = Date.parse(value);
  return Number.isNaN(date) ? 0 : Math.max(0, date - now);
}
