/**
 * The outside world an audit asks, as the CLI and the Action set it up: arXiv, Semantic Scholar
 * and the link checker, each only when asked for, with progress and a closing line for the log.
 */
import { arxivClient } from '../arxiv/client.js';
import { linkCache, type LinkCache } from '../links/cache.js';
import { linkChecker } from '../links/checker.js';
import { count } from '../report/format.js';
import { scholarClient } from '../scholar/client.js';
import type { AuditServices } from './audit.js';
import { duration, progress } from './progress.js';

/** Who the link checker says it is: a site owner can find out why it asked. */
const LINK_CHECKER_AGENT = 'paperlint link check (+https://github.com/paperlint/paperlint)';

export interface ServiceChoices {
  readonly arxiv: boolean;
  readonly scholar: boolean;
  readonly links: boolean;
  /** Where link verdicts are kept between runs (never in the repository). */
  readonly linkCache?: string;
  readonly say: (message: string) => void;
}

export interface OpenServices extends AuditServices {
  /** Saves the link cache, lets go of connections, and says what was asked. */
  finish(): void;
}

export function openServices(choices: ServiceChoices): OpenServices {
  const { say } = choices;
  const arxiv = choices.arxiv ? arxivClient({ notice: say, info: say }) : undefined;
  const scholar = choices.scholar ? scholarClient({ notice: say }) : undefined;
  const cache: LinkCache | undefined =
    choices.links && choices.linkCache !== undefined ? linkCache(choices.linkCache) : undefined;
  const started = Date.now();
  const links = choices.links
    ? linkChecker({
        userAgent: LINK_CHECKER_AGENT,
        store: cache,
        progress: progress(say, 'Links checked'),
      })
    : undefined;
  return {
    papers: arxiv?.lookup,
    scholar: scholar?.lookup,
    links,
    say,
    finish() {
      const asked = [
        arxiv ? `arXiv in ${count(arxiv.requests(), 'request')}` : '',
        scholar ? `Semantic Scholar in ${count(scholar.requests(), 'request')}` : '',
        links
          ? `the web in ${count(links.requests(), 'request')}${cache ? ` (${count(cache.hits(), 'link')} from the cache)` : ''}`
          : '',
      ].filter(Boolean);
      if (asked.length > 0) say(`Asked ${asked.join(', ')}; ${duration(Date.now() - started)} in all.`);
      cache?.save();
      links?.close();
    },
  };
}
