// Extracts the GitHub REST operations paperlint uses from GitHub's own OpenAPI description into a
// small fixture the fake GitHub validates requests against. Regenerate with:
//   npm install --no-save @octokit/openapi && node scripts/extract-openapi.mjs
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const OPERATIONS = [
  'pulls/list-files',
  'repos/get-content',
  'pulls/list-review-comments',
  'pulls/create-review',
  'pulls/update-review-comment',
  'pulls/list-reviews',
  'pulls/get',
  'pulls/dismiss-review',
  'pulls/submit-review',
  'pulls/delete-pending-review',
  'users/get-authenticated',
  'repos/compare-commits-with-basehead',
  // The scheduled audit: the repository, the Git Data API, and its one pull request.
  'repos/get',
  'git/get-ref',
  'git/get-commit',
  'git/get-tree',
  'git/create-blob',
  'git/create-tree',
  'git/create-commit',
  'git/create-ref',
  'git/update-ref',
  'pulls/list',
  'pulls/create',
  'pulls/update',
  'issues/create-comment',
  'issues/list-comments',
];

const require = createRequire(import.meta.url);
const specPath = require.resolve('@octokit/openapi/generated/api.github.com.deref.json');
const spec = JSON.parse(readFileSync(specPath, 'utf8'));
const version = JSON.parse(readFileSync(require.resolve('@octokit/openapi/package.json'), 'utf8')).version;

const strip = (node) => {
  if (Array.isArray(node)) return node.map(strip);
  if (node && typeof node === 'object') {
    return Object.fromEntries(
      Object.entries(node)
        .filter(([key]) => !['description', 'example', 'examples', 'x-github', 'externalDocs'].includes(key))
        .map(([key, value]) => [key, strip(value)]),
    );
  }
  return node;
};

const operations = {};
for (const [path, item] of Object.entries(spec.paths)) {
  for (const [method, operation] of Object.entries(item)) {
    if (!OPERATIONS.includes(operation.operationId)) continue;
    operations[operation.operationId] = {
      method: method.toUpperCase(),
      path,
      parameters: strip(
        (operation.parameters ?? []).map(({ name, in: where, required, schema }) => ({
          name,
          in: where,
          required,
          schema,
        })),
      ),
      requestBody: strip(operation.requestBody?.content?.['application/json']?.schema ?? null),
    };
  }
}
writeFileSync(
  new URL('../__tests__/fixtures/github-openapi.json', import.meta.url),
  `${JSON.stringify({ source: `@octokit/openapi@${version} api.github.com.deref.json`, operations }, null, 2)}\n`,
);
console.log(`extracted ${Object.keys(operations).length} operations`);
