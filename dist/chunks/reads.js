/** A promise awaited later, whose rejection until then is not an unhandled one. */
function later(promise) {
    promise.catch(() => undefined);
    return promise;
}
const isGlob = (pattern) => /[*?[\]{}]/.test(pattern);
/**
 * Started in the order the review needs their answers: the lists' text first (the longest answer,
 * whose reading the check waits for), then what the check starts from, then the earlier posts,
 * needed only once the findings are known.
 */
function startReads(github, pr, options) {
    let checkRequests = 0;
    const started = (read) => {
        checkRequests++;
        return read;
    };
    const headText = new Map(options.files
        .filter((pattern) => !isGlob(pattern))
        .map((path) => [path, later(started(github.fileText(pr, path, pr.headSha)))]));
    // The config comes from the base branch: a PR cannot switch off the checks it is held to.
    const opening = later(Promise.all([
        started(github.pullRequest(pr)),
        started(github.fileText(pr, options.configPath, pr.baseSha)),
        started(github.changedFiles(pr)),
    ]));
    const earlier = later(Promise.all([github.reviewComments(pr), github.reviews(pr)]));
    return { earlier, headText, opening, checkRequests };
}

export { later as l, startReads as s };
