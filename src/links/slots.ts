/**
 * How many requests the link checker has in flight: at most `perHost` to one host and `overall` in
 * all, and none to a host before the time it asked to be left alone until (its `Retry-After`).
 * Waiters are served in order, host by host, so a list with 3,000 links to one site does not hold
 * up the links to every other.
 */

export interface SlotLimits {
  readonly perHost: number;
  readonly overall: number;
}

interface Host {
  active: number;
  /** Epoch ms before which no request goes to this host. */
  notBefore: number;
  readonly waiting: (() => void)[];
}

export interface Slots {
  /** Resolves when a request to `host` may start; call the returned function when it is over. */
  acquire(host: string): Promise<() => void>;
  /** No request to `host` starts before `until` (epoch ms). */
  holdOff(host: string, until: number): void;
}

export function slots(limits: SlotLimits): Slots {
  const hosts = new Map<string, Host>();
  let active = 0;
  let timer: NodeJS.Timeout | undefined;
  let timerAt = Infinity;

  const hostOf = (name: string) => {
    let host = hosts.get(name);
    if (!host) hosts.set(name, (host = { active: 0, notBefore: 0, waiting: [] }));
    return host;
  };

  /** Starts every waiter that may start now; wakes up again for the earliest host held off. */
  const pump = () => {
    const now = Date.now();
    let wake = Infinity;
    for (const host of hosts.values()) {
      if (host.waiting.length === 0) continue;
      if (host.notBefore > now) {
        wake = Math.min(wake, host.notBefore);
        continue;
      }
      while (host.waiting.length > 0 && host.active < limits.perHost && active < limits.overall) {
        host.active++;
        active++;
        host.waiting.shift()!();
      }
      if (active >= limits.overall) break;
    }
    if (wake < timerAt) {
      clearTimeout(timer);
      timerAt = wake;
      timer = setTimeout(() => {
        timerAt = Infinity;
        pump();
      }, wake - now);
    }
  };

  return {
    acquire(name) {
      const host = hostOf(name);
      return new Promise((resolve) => {
        host.waiting.push(() => {
          let released = false;
          resolve(() => {
            if (released) return;
            released = true;
            host.active--;
            active--;
            pump();
          });
        });
        pump();
      });
    },
    holdOff(name, until) {
      const host = hostOf(name);
      host.notBefore = Math.max(host.notBefore, until);
    },
  };
}
