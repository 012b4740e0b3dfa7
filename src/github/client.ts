/**
 * The Action's Octokit: the one @actions/github's `getOctokit` makes (the runner's API URL, the
 * token, paginate) with paperlint's plugins, on Node's own fetch.
 *
 * `getOctokit` fetches through a copy of undici bundled with it, for the one thing Node's fetch does
 * not do: go through the proxy the runner names (HTTPS_PROXY, bypassed per NO_PROXY). Loading that
 * copy was the largest part of the Action's cold start (on Node 24 more CPU than all the rest it
 * loads before its first request), so it is loaded only for a run behind a proxy.
 */
import { getProxyUrl } from '@actions/http-client/lib/proxy';
import { Octokit } from '@octokit/core';
import { paginateRest } from '@octokit/plugin-paginate-rest';
import { octokitPlugins, type octokitOptions, type OctokitLike } from './api.js';

/**
 * The runner's orchestration id in the user agent, as `getOctokit` writes it (its
 * getUserAgentWithOrchestrationId): GitHub ties the run's requests together by it.
 */
function orchestrationUserAgent(): string | undefined {
  const id = process.env.ACTIONS_ORCHESTRATION_ID?.trim();
  return id ? `actions_orchestration_id/${id.replace(/[^a-z0-9_.-]/gi, '_')}` : undefined;
}

export async function actionOctokit(
  token: string,
  options: ReturnType<typeof octokitOptions>,
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
  }) as unknown as OctokitLike;
}
