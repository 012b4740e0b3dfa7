/** A promise awaited later, whose rejection until then is not an unhandled one. */
function later(promise) {
    promise.catch(() => undefined);
    return promise;
}
const isGlob = (pattern) => /[*?[\]{}]/.test(pattern);
function startReads(github, pr, options) {
    return {
        earlier: later(Promise.all([github.reviewComments(pr), github.reviews(pr)])),
        headText: new Map(options.files
            .filter((pattern) => !isGlob(pattern))
            .map((path) => [path, later(github.fileText(pr, path, pr.headSha))])),
        // The config comes from the base branch: a PR cannot switch off the checks it is held to.
        opening: later(Promise.all([
            github.pullRequest(pr),
            github.fileText(pr, options.configPath, pr.baseSha),
            github.changedFiles(pr),
        ])),
    };
}

export { later as l, startReads as s };
