import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join, dirname, resolve } from 'node:path';

/**
 * Where a list's config file is, outside the Action: `.github/paperlint.yml` (the Action's default)
 * at the git top level of the list's folder. Shared by the CLI and the markdownlint rules, so a
 * contributor's terminal and editor hold a list to what the Action will.
 */
/** The Action's default config path, from the repository root. */
const REPOSITORY_CONFIG = join('.github', 'paperlint.yml');
/** `.github/paperlint.yml` at the git top level of the folder holding `path`, if there is one. */
function repositoryConfigOf(path) {
    let top;
    try {
        top = execFileSync('git', ['rev-parse', '--show-toplevel'], {
            cwd: dirname(resolve(path)),
            encoding: 'utf8',
            stdio: ['ignore', 'pipe', 'ignore'],
        }).trim();
    }
    catch {
        return undefined; // not in a git repository (or no git): no repository config
    }
    const config = join(top, REPOSITORY_CONFIG);
    return existsSync(config) ? config : undefined;
}

export { repositoryConfigOf as r };
