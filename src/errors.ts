/** A config file paperlint cannot use; the message names the key, the value and what is allowed. */
export class ConfigError extends Error {}

/** GitHub could not be reached, answered something else than asked, or cannot take the review: the message says which. */
export class GitHubError extends Error {}
