/** A config file paperlint cannot use; the message names the key, the value and what is allowed. */
class ConfigError extends Error {
}
/** GitHub could not be reached, answered something else than asked, or cannot take the review: the message says which. */
class GitHubError extends Error {
}

export { ConfigError as C, GitHubError as G };
