/**
 * Progress of a long step (thousands of links) in a few lines, not one a link: where it starts, then
 * at most one line every tenth of the way and never two within 15 s, each with the count and an
 * estimate of the time left, and one line at the end.
 */
const QUIET_MS = 15_000;
const STEPS = 10;

export interface Progress {
  (done: number, total: number): void;
}

/** `about 4 min`, `about 40 s`. */
export function duration(ms: number): string {
  const seconds = Math.max(1, Math.round(ms / 1000));
  return seconds < 90 ? `${seconds} s` : `${Math.round(seconds / 60)} min`;
}

export function progress(
  say: (message: string) => void,
  what: string,
  now: () => number = () => Date.now(),
): Progress {
  const started = now();
  let lastSaid = started;
  let lastStep = 0;
  return (done, total) => {
    if (total === 0 || done >= total) return;
    const step = Math.floor((done / total) * STEPS);
    const at = now();
    if (step <= lastStep || at - lastSaid < QUIET_MS) return;
    lastStep = step;
    lastSaid = at;
    const left = ((at - started) / done) * (total - done);
    say(
      `${what}: ${done.toLocaleString('en')} of ${total.toLocaleString('en')} (${Math.floor((done / total) * 100)}%), about ${duration(left)} left.`,
    );
  };
}
