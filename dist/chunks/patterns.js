/**
 * The `files` input split into its globs: one a line or comma separated (a comma inside braces
 * belongs to the glob: `*.{md,markdown}`). Apart from the matching (review/globs.ts) so the Action
 * reads its inputs without loading picomatch, which only the review's runner needs.
 */
function parseGlobs(input) {
    const patterns = [];
    let current = '';
    let braces = 0;
    for (const ch of input) {
        if (ch === '{')
            braces++;
        if (ch === '}')
            braces = Math.max(0, braces - 1);
        if (ch === '\n' || (ch === ',' && braces === 0)) {
            patterns.push(current);
            current = '';
        }
        else
            current += ch;
    }
    patterns.push(current);
    return patterns.map((pattern) => pattern.trim()).filter(Boolean);
}

export { parseGlobs };
