import { l as lazy } from './errors.js';
import { existsSync, realpathSync } from 'node:fs';
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
    const folder = dirname(resolve(path));
    // The git top level is the folder (its links resolved, as git does) or one above it, unless the
    // environment points git elsewhere: where none of them has the file, there is no config to find,
    // and git (a process started for every run, a tenth of a large list's check) is not asked.
    if (process.env.GIT_DIR === undefined && process.env.GIT_WORK_TREE === undefined && !configAbove(folder)) {
        return undefined;
    }
    let top;
    try {
        top = lazy.execFileSync('git', ['rev-parse', '--show-toplevel'], {
            cwd: folder,
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
/** Whether `folder` (its real path) or a folder above it may hold `.github/paperlint.yml`. */
function configAbove(folder) {
    let real;
    try {
        real = realpathSync(folder);
    }
    catch {
        return true; // git will say
    }
    for (let dir = real;; dir = dirname(dir)) {
        if (existsSync(join(dir, REPOSITORY_CONFIG)))
            return true;
        if (dirname(dir) === dir)
            return false;
    }
}

export { repositoryConfigOf as r };
