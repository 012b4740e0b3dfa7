/**
 * The Action's Octokit: the one @actions/github's `getOctokit` makes (the runner's API URL, the
 * token, paginate) with paperlint's plugins, on node:http(s) (fetch.ts).
 *
 * `getOctokit` fetches through a copy of undici bundled with it, for the one thing Node's fetch does
 * not do: go through the proxy the runner names (HTTPS_PROXY, bypassed per NO_PROXY). Loading that
 * copy was the largest part of the Action's cold start, so it is loaded only for a run behind a
 * proxy, where `getOctokit` is used as it is. Node's own fetch is undici too, loaded by its first
 * request: elsewhere the requests go out on node:http(s), which the run has loaded anyway.
 */
import { getProxyUrl } from '@actions/http-client/lib/proxy';
import { Octokit } from '@octokit/core';
import { paginateRest } from '@octokit/plugin-paginate-rest';
import { octokitPlugins, type octokitOptions, type OctokitLike } from './api.js';
import { nodeFetch, type FetchInit } from './fetch.js';

/**
 * The runner's orchestration id in the user agent, as `getOctokit` writes it (its
 * getUserAgentWithOrchestrationId): GitHub ties the run's requests together by it.
 */
function orchestrationUserAgent(): string | undefined {
  const id = process.env.ACTIONS_ORCHESTRATION_ID?.trim();
  return id ? `actions_orchestration_id/${id.replace(/[^a-z0-9_.-]/gi, '_')}` : undefined;
}

/**
 * `onFetch` is told as each request goes out, after Octokit's plugins let it (not behind a proxy,
 * where @actions/github sends it).
 */
export async function actionOctokit(
  token: string,
  options: ReturnType<typeof octokitOptions>,
  onFetch: () => void = () => undefined,
): Promise<OctokitLike> {
  const baseUrl = process.env.GITHUB_API_URL || 'https://api.github.com';
  if (getProxyUrl(new URL(baseUrl)) !== undefined) {
    const { getOctokit } = await import('@actions/github');
    return getOctokit(token, options, ...octokitPlugins) as unknown as OctokitLike;
  }
  const ActionOctokit = Octokit.plugin(paginateRest, ...octokitPlugins);
  const userAgent = orchestrationUserAgent();
  return new ActionOctokit({
    ...options,
    baseUrl,
    auth: token,
    ...(userAgent ? { userAgent } : {}),
    request: {
      fetch: (url: string, init: FetchInit) => {
        onFetch();
        return nodeFetch(url, init);
      },
    },
  }) as unknown as OctokitLike;
}
