import { createRequire } from 'node:module';

let loaded;
const load = () => (loaded ??= createRequire(import.meta.url)('node:child_process'));
const lazy = {};
for (const name of ["_forkChild","ChildProcess","exec","execFile","execFileSync","execSync","fork","spawn","spawnSync"]) {
  Object.defineProperty(lazy, name, { enumerable: true, get: () => load()[name] });
}

/** A config file paperlint cannot use; the message names the key, the value and what is allowed. */
class ConfigError extends Error {
}
/** GitHub could not be reached, answered something else than asked, or cannot take the review: the message says which. */
class GitHubError extends Error {
}

export { ConfigError as C, GitHubError as G, lazy as l };
