// The release's tags, made by the release workflow (.github/workflows/release.yml) or by hand:
//   node scripts/release-tags.mjs [--notes FILE]
// Tags HEAD vX.Y.Z (the version in package.json; never re-tags) and moves the major tag vX to it,
// as `uses: paperlint/paperlint@vX` expects. Refuses unless CHANGELOG.md has a `## [X.Y.Z]`
// section; --notes writes that section to FILE for the GitHub release. Pushing is the caller's.
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';

const git = (...args) => execFileSync('git', args, { encoding: 'utf8' }).trim();
const fail = (message) => {
  process.stderr.write(`release: ${message}\n`);
  process.exit(1);
};

const { version } = JSON.parse(readFileSync('package.json', 'utf8'));
const semver = /^(\d+)\.(\d+)\.(\d+)$/.exec(version);
if (!semver) fail(`package.json version "${version}" is not X.Y.Z`);
const changelog = readFileSync('CHANGELOG.md', 'utf8');
const heading = new RegExp(`^## \\[${version.replaceAll('.', '\\.')}\\]`, 'm');
const start = changelog.search(heading);
if (start < 0) fail(`CHANGELOG.md has no "## [${version}]" section`);
const next = changelog.slice(start + 1).search(/^## /m);
const notes = changelog.slice(start, next < 0 ? undefined : start + 1 + next).trim();

const tag = `v${version}`;
const major = `v${semver[1]}`;
if (git('tag', '--list', tag) !== '') fail(`${tag} exists already: bump the version in package.json`);
git('tag', '--annotate', tag, '--message', `paperlint ${version}`);
git('tag', '--force', '--annotate', major, '--message', `paperlint ${version} (latest ${major}.x)`);
const notesAt = process.argv.indexOf('--notes');
if (notesAt > 0) writeFileSync(process.argv[notesAt + 1], `${notes}\n`);
console.log(`${tag} and ${major} -> ${git('rev-parse', '--short', 'HEAD')}`);
