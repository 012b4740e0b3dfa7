/**
 * Link verdicts kept between runs in one JSON file (the Action's job cache, or any path the CLI is
 * given), so a weekly audit asks again only what it has not settled lately. Only settled verdicts
 * are kept, for a week: a link that answers, or that moved for good. A dead link is asked again
 * every run (it is reported, and should be sure), and a failure that may pass is never kept.
 * A missing, unreadable or foreign file is an empty cache: the links are simply asked.
 */
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { checkableUrl, type LinkVerdict, type VerdictStore } from './checker.js';

const FORMAT = 'paperlint-link-cache/1';
const CACHE_DAYS = 7;
const DAY_MS = 24 * 60 * 60 * 1000;

interface CachedVerdict {
  readonly verdict: LinkVerdict;
  /** Epoch ms. */
  readonly checkedAt: number;
}

export interface LinkCache extends VerdictStore {
  /** Links answered from the file this run. */
  hits(): number;
  /** Writes the file (a temporary file, then renamed over it). */
  save(): void;
}

export function linkCache(path: string, now = Date.now()): LinkCache {
  const kept = new Map<string, CachedVerdict>();
  try {
    const file = JSON.parse(readFileSync(path, 'utf8')) as { format?: unknown; links?: unknown };
    if (file.format === FORMAT && typeof file.links === 'object' && file.links !== null) {
      for (const [url, entry] of Object.entries(file.links as Record<string, CachedVerdict>)) {
        const fresh = typeof entry?.checkedAt === 'number' && now - entry.checkedAt < CACHE_DAYS * DAY_MS;
        if (fresh && isSettled(entry.verdict)) kept.set(url, entry);
      }
    }
  } catch {
    // No cache yet, or not one of ours: every link is asked.
  }
  let hits = 0;
  return {
    get(url) {
      const entry = kept.get(url);
      if (!entry) return undefined;
      hits++;
      return { ...entry.verdict, cachedAt: entry.checkedAt };
    },
    set(url, verdict) {
      if (isSettled(verdict) && !kept.has(url)) {
        kept.set(url, { verdict: { ...verdict, cachedAt: undefined }, checkedAt: now });
      }
    },
    hits: () => hits,
    save() {
      mkdirSync(dirname(path), { recursive: true });
      const temporary = `${path}.${process.pid}.tmp`;
      writeFileSync(temporary, `${JSON.stringify({ format: FORMAT, links: Object.fromEntries(kept) })}\n`);
      renameSync(temporary, path);
    },
  };
}

/** A verdict worth keeping, in the shape the checker gives (a file edited by hand may not be). */
function isSettled(verdict: LinkVerdict | undefined): boolean {
  if (!verdict || !Array.isArray(verdict.hops)) return false;
  if (verdict.kind === 'ok') return true;
  return verdict.kind === 'moved' && typeof verdict.to === 'string' && checkableUrl(verdict.to) !== undefined;
}
