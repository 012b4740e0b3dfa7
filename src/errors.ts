/** A config file paperlint cannot use; the message names the key, the value and what is allowed. */
export class ConfigError extends Error {}
