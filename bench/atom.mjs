// node bench/atom.mjs: what reading an arXiv answer costs, by shape and size, malformed ones
// included (issue 17, item 6: the old reader took 12-20 s on 273 kB). Each text is written to the
// reader in 64 kB pieces, as the client does while the answer arrives. Prints milliseconds per size
// and per MB: linear reading keeps the per-MB figure flat as the size grows. Measures; asserts
// nothing but that a malformed text is no answer and the valid one is read.
import { readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { transpile } from './transpile.mjs';

const root = fileURLToPath(new URL('../', import.meta.url));
const sources = readdirSync(join(root, 'src'), { recursive: true })
  .filter((file) => file.endsWith('.ts') && !file.endsWith('.d.ts'))
  .map((file) => relative(root, join(root, 'src', file)));
const load = transpile(root, sources, join(root, 'bench/.work/atom'));
const { FeedReader } = await load('src/arxiv/atom.ts');

const FEED = '<feed xmlns="http://www.w3.org/2005/Atom">';
const entry = (i) =>
  `<entry><id>http://arxiv.org/abs/2301.${String(10000 + (i % 90000))}v1</id><title>Paper ${i}</title>` +
  '<published>2023-01-01T00:00:00Z</published><author><name>A. Author</name></author></entry>';

/** Texts of about `size` characters. */
const SHAPES = {
  'unclosed tags': (size) => FEED + '<entry <title '.repeat(size / 14),
  'entries never closed': (size) => FEED + '<entry><title>'.repeat(size / 14),
  'one long id': (size) =>
    `${FEED}<entry><id>http://arxiv.org/abs/${'v1'.repeat(size / 2)}</id></entry></feed>`,
  'an unterminated attribute': (size) => `${FEED}<entry a="${'<&'.repeat(size / 2)}`,
  'deep nesting': (size) => FEED + '<a>'.repeat(size / 3),
  'an unclosed comment': (size) => `${FEED}<!--${'- '.repeat(size / 2)}`,
  'an unclosed CDATA section': (size) => `${FEED}<entry><title><![CDATA[${']] '.repeat(size / 3)}`,
  'a long entity name': (size) => `${FEED}<entry><title>&${'a'.repeat(size)}`,
  'many attributes': (size) =>
    `${FEED}<entry ${Array.from({ length: size / 12 }, (_, i) => `a${i}="1"`).join(' ')}>`,
  'many namespace declarations': (size) =>
    `${FEED}<entry ${Array.from({ length: size / 20 }, (_, i) => `xmlns:p${i}="u${i}"`).join(' ')}><p1:x/>`,
  'a huge title, well-formed': (size) =>
    `${FEED}<opensearch:totalResults xmlns:opensearch="http://a9.com/-/spec/opensearch/1.1/">1</opensearch:totalResults>` +
    `<entry><id>http://arxiv.org/abs/2301.00001v1</id><title>${'word '.repeat(size / 5)}</title></entry></feed>`,
  'many entries, well-formed': (size) => {
    const count = Math.round(size / entry(0).length);
    return (
      `${FEED}<opensearch:totalResults xmlns:opensearch="http://a9.com/-/spec/opensearch/1.1/">${count}</opensearch:totalResults>` +
      Array.from({ length: count }, (_, i) => entry(i)).join('') +
      '</feed>'
    );
  },
};
const SIZES = [68_000, 273_000, 1_000_000, 4_000_000];
const CHUNK = 64 * 1024;

function read(text) {
  const reader = new FeedReader(Infinity);
  for (let start = 0; start < text.length; start += CHUNK) reader.write(text.slice(start, start + CHUNK));
  return reader.end();
}

console.log(`| shape | ${SIZES.map((size) => `${size / 1000} kB`).join(' | ')} | ms per MB at 4 MB |`);
console.log(`| --- | ${SIZES.map(() => '---').join(' | ')} | --- |`);
for (const [shape, make] of Object.entries(SHAPES)) {
  const cells = [];
  let last = 0;
  for (const size of SIZES) {
    const text = make(size);
    const started = performance.now();
    const feed = read(text);
    last = performance.now() - started;
    cells.push(`${last.toFixed(1)} ms`);
    const wellFormed = shape.endsWith('well-formed');
    if (wellFormed !== (feed?.kind === 'papers'))
      throw new Error(`${shape}: read as ${JSON.stringify(feed)}`);
  }
  console.log(`| ${shape} | ${cells.join(' | ')} | ${(last / 4).toFixed(1)} |`);
}
