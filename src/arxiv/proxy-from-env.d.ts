/** proxy-from-env ships no types; this is the one function paperlint uses. */
declare module 'proxy-from-env' {
  /** The proxy for `url` from HTTPS_PROXY, HTTP_PROXY, ALL_PROXY and NO_PROXY (lower case first), or ''. */
  export function getProxyForUrl(url: string): string;
}
