import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';
import { createServer } from 'node:net';
import { FeedReader } from '../src/arxiv/atom.js';
import { arxivClient, UNREACHABLE_NOTICE, type ArxivOptions } from '../src/arxiv/client.js';
import { compareTitles, venueOf, type PaperRecord } from '../src/arxiv/record.js';
import { lint } from '../src/check/engine.js';
import {
  DELTA,
  DELTA_STYLE_FIRST_LINE as FIRST,
  PROMPT_STYLE,
  deltaStyleList,
  readFixture,
} from './helpers.js';
import { FakeArxiv } from './support/fake-arxiv.js';

let fake: FakeArxiv;
beforeEach(async () => {
  fake = new FakeArxiv();
  await fake.start();
});
afterEach(() => fake.stop());

/** A client of the fake, spaced and timed out in milliseconds rather than seconds. */
function client(options: Partial<ArxivOptions> = {}) {
  const notices: string[] = [];
  const made = arxivClient({
    endpoint: fake.url,
    spacingMs: 20,
    timeoutMs: 500,
    notice: (message) => notices.push(message),
    ...options,
  });
  return { ...made, notices };
}

async function lintWithArxiv(text: string, papers = client().lookup) {
  return lint({ path: 'README.md', text, papers });
}

const arxivFindings = async (text: string) =>
  (await lintWithArxiv(text)).findings.filter((f) => f.rule === 'arxiv-metadata');

/** The LoRA entry of the reference list, well-formed. */
const LORA = readFixture(DELTA).split('\n').slice(78, 81).join('\n');
const AUTHORS_OF_LORA =
  'Edward J. Hu, Yelong Shen, Phillip Wallis, Zeyuan Allen-Zhu, Yuanzhi Li, Shean Wang, Lu Wang, Weizhu Chen';
const QLORA = [
  '- **QLoRA: Efficient Finetuning of Quantized LLMs,** NeurIPS 2023. ![](https://img.shields.io/badge/QLoRA-blue)',
  '',
  '  *Tim Dettmers, Artidoro Pagnoni, Ari Holtzman, Luke Zettlemoyer*. [[pdf](https://arxiv.org/abs/2305.14314)]',
].join('\n');

describe('the arXiv client', () => {
  it('reads records as the API writes them: wrapped titles, versioned ids, http and https', async () => {
    const { lookup } = client();
    const records = await lookup(['2106.09685', '2009.09139', '2305.14314']);
    expect(records.get('2106.09685')).toMatchObject({
      id: '2106.09685',
      version: 'v2',
      title: 'LoRA: Low-Rank Adaptation of Large Language Models',
      published: '2021-06-17T00:00:00Z',
    });
    expect(records.get('2009.09139')?.title).toBe(
      'Conditionally Adaptive Multi-Task Learning: Improving Transfer Learning in NLP Using Fewer Parameters & Less Data',
    );
    expect(records.get('2305.14314')?.authors).toEqual([
      'Tim Dettmers',
      'Artidoro Pagnoni',
      'Ari Holtzman',
      'Luke Zettlemoyer',
    ]);
    expect(fake.requests).toEqual([['2106.09685', '2009.09139', '2305.14314']]);
  });

  it('answers null for an id arXiv leaves out twice, the second time beside a paper it has', async () => {
    const { lookup, notices } = client();
    const records = await lookup(['2106.09685', '2301.99999']);
    expect(records.get('2301.99999')).toBeNull();
    expect(records.get('2106.09685')?.title).toContain('LoRA');
    expect(fake.requests).toEqual([
      ['2106.09685', '2301.99999'],
      ['2301.99999', '0704.0001'],
    ]);
    expect(notices).toEqual([]);
  });

  it('never sends an id that cannot be arXiv’s, and answers null for it', async () => {
    const impossible = [
      '1234.12345', // month 34
      '2300.00001', // month 00
      '0703.0001', // before new-style ids
      '2301.00000', // number zero
      'hep-th/0704001', // after old-style ids
      'hep-th/9013001', // month 13
      'foo/9901001', // no such archive
    ];
    const { lookup } = client();
    const records = await lookup(['2106.09685', ...impossible]);
    expect(fake.requests).toEqual([['2106.09685']]);
    expect(impossible.map((id) => records.get(id))).toEqual(impossible.map(() => null));
  });

  it('asks for the well-formed ids of 1,000 malformed ones in one request', async () => {
    const malformed = Array.from({ length: 1000 }, (_, i) => `2313.${String(10000 + i)}`);
    const records = await client().lookup([...malformed, '2106.09685', '2305.14314']);
    expect(fake.requests).toEqual([['2106.09685', '2305.14314']]);
    expect(records.get('2313.10999')).toBeNull();
    expect(records.get('2305.14314')?.title).toContain('QLoRA');
  });

  it.each([
    ['new style', '0704.0001'],
    ['old style', 'hep-th/9108001'],
    ['old style, last month', 'math/0703999'],
    ['four digits after 2015, as arXiv reads them', '1501.0001'],
  ])('sends a possible id (%s)', async (_, id) => {
    await client().lookup([id]);
    expect(fake.requests[0]).toEqual([id]);
  });

  it('answers null for an id arXiv refuses as malformed (HTTP 400, an `Error` entry), asking again for the rest', async () => {
    fake.refused.add('2301.00001');
    const { lookup, notices } = client();
    const records = await lookup(['2106.09685', '2301.00001']);
    expect(records.get('2301.00001')).toBeNull();
    expect(records.get('2106.09685')?.title).toContain('LoRA');
    expect(fake.requests).toEqual([['2106.09685', '2301.00001'], ['2106.09685']]);
    expect(notices).toEqual([]);
  });

  it('gives up when arXiv refuses one id after another, within the retries', async () => {
    for (let i = 1; i <= 5; i++) fake.refused.add(`2301.0000${i}`);
    const { lookup, notices } = client();
    const records = await lookup(['2106.09685', ...fake.refused]);
    expect(fake.requests.map((ids) => ids.length)).toEqual([6, 5, 4]);
    expect(records.get('2106.09685')).toBeUndefined();
    expect(notices).toEqual([UNREACHABLE_NOTICE]);
  });

  it('resolves old-style ids, with or without a subject class', async () => {
    const records = await client().lookup(['hep-th/9711200', 'hep-th.AG/9711200']);
    expect(records.get('hep-th/9711200')?.authors).toEqual(['Juan M. Maldacena']);
    expect(records.get('hep-th.AG/9711200')?.id).toBe('hep-th/9711200');
    expect(fake.requests).toEqual([['hep-th/9711200']]);
  });

  it('asks at most 100 ids a request, spaced apart, and never asks twice', async () => {
    const ids = Array.from({ length: 150 }, (_, i) => `2301.${String(10000 + i)}`);
    for (const id of ids) fake.records.set(id, { ...fake.records.get('2106.09685')!, id });
    const said: string[] = [];
    const { lookup, requests } = client({ spacingMs: 150, info: (message) => said.push(message) });
    await lookup(ids);
    expect(said).toEqual(['Asking arXiv about 150 papers in 2 requests, 0.15 s apart (about 0 s).']);
    await lookup(ids.slice(0, 10));
    expect(fake.requests.map((r) => r.length)).toEqual([100, 50]);
    expect(requests()).toBe(2);
    // The second request leaves 150 ms after the first was answered (timers may round down a millisecond).
    expect(fake.arrivals[1] - fake.arrivals[0]).toBeGreaterThanOrEqual(149);
  });

  it('asks again for every id left out, at most 99 and the witness a request', async () => {
    const ids = Array.from({ length: 150 }, (_, i) => `2301.${String(10000 + i)}`);
    const records = await client().lookup(['2106.09685', ...ids]);
    expect(fake.requests.map((r) => r.length)).toEqual([100, 51, 100, 52]);
    expect(fake.requests.slice(2).map((r) => r.at(-1))).toEqual(['0704.0001', '0704.0001']);
    expect(ids.every((id) => records.get(id) === null)).toBe(true);
  });

  it('asks in one request for ids asked while the previous request is spaced', async () => {
    const { lookup } = client({ spacingMs: 150 });
    const first = lookup(['2106.09685']);
    await first;
    const [lora, qlora, dora] = await Promise.all([
      lookup(['2106.09685', '2305.14314']),
      lookup(['2402.09353']),
      lookup(['2305.14314']),
    ]);
    expect(fake.requests).toEqual([['2106.09685'], ['2305.14314', '2402.09353']]);
    expect([lora.size, qlora.size, dora.size]).toEqual([2, 1, 1]);
  });

  it('retries while arXiv throttles, and gets the answer', async () => {
    fake.faults = [{ kind: 'throttle', times: 2, retryAfter: '0' }];
    const { lookup, notices } = client();
    expect((await lookup(['2106.09685'])).get('2106.09685')?.title).toContain('LoRA');
    expect(fake.requests).toHaveLength(3);
    expect(notices).toEqual([]);
  });

  it.each([
    ['throttling', { kind: 'throttle', times: 5 }, 3],
    ['5xx', { kind: 'status', status: 502, times: 5 }, 3],
    ['a Retry-After longer than it waits', { kind: 'status', status: 503, retryAfter: '3600', times: 5 }, 1],
    ['a closed connection', { kind: 'hangUp', times: 5 }, 1],
    ['an answer cut short', { kind: 'cut', times: 5 }, 1],
    ['no answer', { kind: 'hold', times: 5 }, 1],
    ['a 404', { kind: 'status', status: 404, times: 5 }, 1],
  ] as const)('gives up on %s with one notice and no answers', async (_, fault, sent) => {
    fake.faults = [{ ...fault }];
    const { lookup, notices } = client({ timeoutMs: 300 });
    expect((await lookup(['2106.09685'])).size).toBe(0);
    expect(await lookup(['2305.14314'])).toEqual(new Map());
    expect(fake.requests).toHaveLength(sent);
    expect(notices).toEqual([UNREACHABLE_NOTICE]);
  });

  it('gives up when nothing listens', async () => {
    const closed = createServer();
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
    const { port } = closed.address() as { port: number };
    await new Promise((resolve) => closed.close(resolve));
    const { lookup, notices } = client({ endpoint: `http://127.0.0.1:${port}/api/query` });
    expect((await lookup(['2106.09685'])).size).toBe(0);
    expect(notices).toEqual([UNREACHABLE_NOTICE]);
  });

  it('reads a valid empty feed as no answer, and gets the paper when asked again', async () => {
    fake.faults = [{ kind: 'empty', times: 1 }];
    const { lookup, notices } = client();
    expect((await lookup(['2106.09685'])).get('2106.09685')?.title).toContain('LoRA');
    expect(fake.requests).toEqual([['2106.09685'], ['2106.09685', '0704.0001']]);
    expect(notices).toEqual([]);
  });

  it('never answers "no such paper" from empty feeds: the id stays unknown', async () => {
    fake.faults = [{ kind: 'empty', times: 9 }];
    const { lookup, notices } = client();
    expect(await lookup(['2106.09685'])).toEqual(new Map());
    // The question, then its confirmation, asked three times.
    expect(fake.requests).toHaveLength(4);
    expect(notices).toEqual([UNREACHABLE_NOTICE]);
  });

  it.each([
    ['a feed without </feed>', 'unclosed'],
    ['a feed whose totalResults disagrees with its entries', 'miscount'],
  ] as const)('asks again after %s', async (_, kind) => {
    fake.faults = [{ kind, times: 1 }];
    const { lookup, notices } = client();
    expect((await lookup(['2106.09685', '2301.99999'])).get('2106.09685')?.title).toContain('LoRA');
    expect(fake.requests.slice(0, 2)).toEqual([
      ['2106.09685', '2301.99999'],
      ['2106.09685', '2301.99999'],
    ]);
    expect(notices).toEqual([]);
  });

  it.each([
    ['without </feed>', 'unclosed'],
    ['miscounted', 'miscount'],
  ] as const)('leaves ids unknown, never "no such paper", when every feed is %s', async (_, kind) => {
    fake.faults = [{ kind, times: 9 }];
    const { lookup, notices } = client();
    expect(await lookup(['2106.09685', '2301.99999'])).toEqual(new Map());
    expect(fake.requests).toHaveLength(3);
    expect(notices).toEqual([UNREACHABLE_NOTICE]);
  });

  it.each([
    ['not XML', 'Service Unavailable'],
    ['a page of HTML', '<html><body><p>Please log in<br></body></html>'],
    ['another XML document', '<?xml version="1.0"?><rss><channel/></rss>'],
    [
      'a megabyte of unclosed tags',
      `<feed xmlns="http://www.w3.org/2005/Atom">${'<entry <title '.repeat(80_000)}`,
    ],
  ])('reads %s as no answer', async (_, body) => {
    fake.faults = [{ kind: 'body', body, times: 9 }];
    const { lookup, notices } = client();
    expect(await lookup(['2106.09685'])).toEqual(new Map());
    expect(fake.requests).toHaveLength(3);
    expect(notices).toEqual([UNREACHABLE_NOTICE]);
  });

  it('stops reading an answer past 20 MB', async () => {
    const huge = `<feed xmlns="http://www.w3.org/2005/Atom"><entry><summary>${'x'.repeat(21 * 1024 * 1024)}`;
    fake.faults = [{ kind: 'body', body: huge, times: 9 }];
    const { lookup, notices } = client({ timeoutMs: 5000 });
    expect(await lookup(['2106.09685'])).toEqual(new Map());
    expect(fake.requests).toHaveLength(1);
    expect(notices).toEqual([UNREACHABLE_NOTICE]);
  });
});

/** An answer in the shape arXiv gives today: namespaces declared once, on the feed. */
function todaysFeed(entries: string[], totalResults = entries.length): string {
  return [
    "<?xml version='1.0' encoding='UTF-8'?>",
    '<feed xmlns:opensearch="http://a9.com/-/spec/opensearch/1.1/" xmlns:arxiv="http://arxiv.org/schemas/atom" xmlns="http://www.w3.org/2005/Atom">',
    '  <id>https://arxiv.org/api/example</id>',
    '  <title>arXiv Query: search_query=&amp;id_list=2106.09685</title>',
    `  <opensearch:totalResults>${totalResults}</opensearch:totalResults>`,
    ...entries,
    '</feed>',
  ].join('\n');
}

const LORA_ENTRY = [
  '<entry>',
  '  <id>http://arxiv.org/abs/2106.09685v2</id>',
  '  <title>LoRA: Low-Rank Adaptation of Large\n  Language Models</title>',
  '  <published>2021-06-17T17:37:18Z</published>',
  '  <arxiv:comment>Draft V2 includes better baselines</arxiv:comment>',
  '  <author><name>Edward J. Hu</name></author>',
  '  <author><name>Yelong Shen</name><arxiv:affiliation>Microsoft</arxiv:affiliation></author>',
  '</entry>',
].join('\n');

function read(text: string, ids = 100, piece = text.length) {
  const reader = new FeedReader(ids);
  for (let start = 0; start < text.length; start += piece) reader.write(text.slice(start, start + piece));
  return reader.end();
}

describe('the Atom reader', () => {
  it('reads an answer in the shape arXiv gives today, in pieces of any size', () => {
    const feed = todaysFeed([LORA_ENTRY]);
    const whole = read(feed);
    expect(whole).toEqual({
      kind: 'papers',
      records: [
        {
          id: '2106.09685',
          version: 'v2',
          title: 'LoRA: Low-Rank Adaptation of Large Language Models',
          authors: ['Edward J. Hu', 'Yelong Shen'],
          published: '2021-06-17T17:37:18Z',
          comment: 'Draft V2 includes better baselines',
        },
      ],
    });
    expect(read(feed, 100, 1)).toEqual(whole);
    expect(read(todaysFeed([]))).toEqual({ kind: 'papers', records: [] });
  });

  it("reads arXiv's refusal of a malformed id", () => {
    const refusal = [
      '<entry>',
      '  <id>https://arxiv.org/api/errors#incorrect_id_format_for_2106.0968x</id>',
      '  <title>Error</title>',
      '  <summary>incorrect id format for 2106.0968x</summary>',
      '  <author><name>arXiv api core</name></author>',
      '</entry>',
    ].join('\n');
    expect(read(todaysFeed([refusal]))).toEqual({
      kind: 'error',
      message: 'incorrect id format for 2106.0968x',
      id: '2106.0968x',
    });
  });

  it.each([
    ['without </feed>', todaysFeed([LORA_ENTRY]).replace('</feed>', '')],
    ['cut inside an entry', todaysFeed([LORA_ENTRY]).slice(0, 600)],
    ['counting more entries than it has', todaysFeed([LORA_ENTRY], 2)],
    ['counting fewer entries than it has', todaysFeed([LORA_ENTRY, LORA_ENTRY], 1)],
    ['without a count', todaysFeed([LORA_ENTRY]).replace(/.*totalResults.*\n/, '')],
    ['with an entry that has no arXiv id', todaysFeed([LORA_ENTRY.replace(/<id>.*<\/id>/, '<id>x</id>')])],
    [
      'with a prefix never declared',
      todaysFeed([LORA_ENTRY]).replace(' xmlns:arxiv="http://arxiv.org/schemas/atom"', ''),
    ],
    [
      'in another namespace',
      todaysFeed([LORA_ENTRY]).replace('xmlns="http://www.w3.org/2005/Atom"', 'xmlns="urn:x"'),
    ],
    ['with text after </feed>', `${todaysFeed([LORA_ENTRY])}<feed>`],
    ['with a comment', todaysFeed([LORA_ENTRY]).replace('<entry>', '<!-- a note --><entry>')],
    [
      'with a CDATA section',
      todaysFeed([LORA_ENTRY]).replace('Language Models', '<![CDATA[Language Models]]>'),
    ],
    ['with a DOCTYPE', todaysFeed([LORA_ENTRY]).replace('<feed', '<!DOCTYPE feed><feed')],
    ['with a processing instruction', todaysFeed([LORA_ENTRY]).replace('<entry>', '<?x y?><entry>')],
    [
      'with an element of 17 attributes',
      todaysFeed([
        LORA_ENTRY.replace(
          '<entry>',
          `<entry ${Array.from({ length: 17 }, (_, i) => `a${i}="1"`).join(' ')}>`,
        ),
      ]),
    ],
  ])('reads a feed %s as no answer', (_, text) => {
    expect(read(text)).toBeUndefined();
    expect(read(text, 100, 1)).toBeUndefined();
  });

  it('reads an answer with more entries than ids asked as no answer', () => {
    expect(read(todaysFeed([LORA_ENTRY, LORA_ENTRY]), 1)).toBeUndefined();
  });

  it.each([
    ['unclosed tags', `<feed xmlns="http://www.w3.org/2005/Atom">${'<entry <title '.repeat(75_000)}`],
    [
      'elements nested 150,000 deep',
      `<feed xmlns="http://www.w3.org/2005/Atom">${'<entry>'.repeat(150_000)}`,
    ],
    ['an unclosed comment', `<feed xmlns="http://www.w3.org/2005/Atom"><!--${'- '.repeat(500_000)}`],
    [
      'an id a megabyte long',
      todaysFeed([LORA_ENTRY.replace('2106.09685v2', `2106.09685${'v2'.repeat(500_000)}`)]),
    ],
  ])('reads a megabyte: %s, as no answer', (_, text) => {
    expect(read(text, 100, 64 * 1024)).toBeUndefined();
  });
});

describe('title comparison (real title pairs)', () => {
  it.each([
    // Case, punctuation, TeX and spacing.
    [
      'Adapterdrop: On the efficiency of adapters in transformers',
      'AdapterDrop: On the Efficiency of Adapters in Transformers',
    ],
    [
      'Beyond Fully-Connected Layers with Quaternions: Parameterization of Hypercomplex Multiplications with 1/n Parameters',
      'Beyond Fully-Connected Layers with Quaternions: Parameterization of Hypercomplex Multiplications with $1/n$ Parameters',
    ],
    [
      'Finetuned Language Models Are Zero-Shot Learners',
      'Finetuned Language Models Are Zero-Shot\n  Learners',
    ],
    ['\\emph{Fast} Model Editing at Scale', 'Fast Model Editing at Scale'],
  ])('same: %s', (written, recorded) => {
    expect(compareTitles(written, recorded)).toBe('same');
  });

  it.each([
    // Typos and a word dropped or added.
    ['Parameter-Efficent Transfer Learning for NLP', 'Parameter-Efficient Transfer Learning for NLP'],
    [
      'On the Effectiveness Adapter-based Tuning for Pretrained Language Model Adaptation',
      'On the Effectiveness of Adapter-based Tuning for Pretrained Language Model Adaptation',
    ],
    [
      'Delta Tuning: A Comprehensive Study of Parameter Efficient Methods for Pre-trained Language Model',
      'Delta Tuning: A Comprehensive Study of Parameter Efficient Methods for Pre-trained Language Models',
    ],
    // A subtitle cut short.
    [
      'BERT and PALs: Projected Attention Layers for Efficient Adaptation in Multi-Task',
      'BERT and PALs: Projected Attention Layers for Efficient Adaptation in Multi-Task Learning',
    ],
  ])('close: %s', (written, recorded) => {
    expect(compareTitles(written, recorded)).toBe('close');
  });

  it.each([
    // Different papers.
    ['LoRA: Low-Rank Adaptation of Large Language Models', 'QLoRA: Efficient Finetuning of Quantized LLMs'],
    [
      'Parameter-Efficient Transfer Learning for NLP',
      'Towards a Unified View of Parameter-Efficient Transfer Learning',
    ],
    [
      'Language Models are Few-Shot Learners',
      'Chain-of-Thought Prompting Elicits Reasoning in Large Language Models',
    ],
    // An old version's title that shares little with the new one: titles alone call it another paper.
    [
      'DeepInf: Modeling influence locality in large social networks',
      'DeepInf: Social Influence Prediction with Deep Learning',
    ],
  ])('different: %s', (written, recorded) => {
    expect(compareTitles(written, recorded)).toBe('different');
  });

  it.each([
    // Near neighbours: different papers whose titles share most words.
    ['A watermark for large language models', 'Unbiased Watermark for Large Language Models'],
    ['Finetuned Language Models Are Zero-Shot Learners', 'Large Language Models are Zero-Shot Reasoners'],
    // And old versions' titles of the same paper.
    [
      'Exploring Low-dimensional Intrinsic Task Subspace via Prompt Tuning',
      'Exploring Universal Intrinsic Task Subspace via Prompt Tuning',
    ],
    [
      'LiST: Lite Self-training Makes Efficient Few-shot Learners',
      'LiST: Lite Prompted Self-training Makes Parameter-Efficient Few-shot Learners',
    ],
  ])('unsure: %s', (written, recorded) => {
    expect(compareTitles(written, recorded)).toBe('unsure');
  });
});

describe('arxiv-metadata', () => {
  it('reports a link to another paper as an error that names it, at the link', async () => {
    const copied = QLORA.replace('2305.14314', '2106.09685');
    const [finding, ...rest] = await arxivFindings(deltaStyleList(`${LORA}\n\n${copied}`));
    expect(rest).toEqual([]);
    expect(finding).toMatchObject({ severity: 'error', line: FIRST + 6, fix: null });
    expect(finding.message).toBe(
      "This links to another paper: arXiv 2106.09685 is `LoRA: Low-Rank Adaptation of Large Language Models` (Hu et al.). Link this entry's own paper.",
    );
  });

  it("warns of a typo in the title, with a fix to arXiv's title in the list's form", async () => {
    const typo = LORA.replace('Low-Rank Adaptation', 'Low-Rank Adaption');
    const [finding] = await arxivFindings(deltaStyleList(typo));
    expect(finding).toMatchObject({ severity: 'warning', line: FIRST });
    expect(finding.fix?.replacement).toBe(LORA.split('\n')[0]);
  });

  it("warns of an old version's title when the authors show it is the same paper", async () => {
    const old = QLORA.replace(
      'QLoRA: Efficient Finetuning of Quantized LLMs',
      'Fine-tuning 65B Models on One GPU',
    );
    const [finding, ...rest] = await arxivFindings(deltaStyleList(old));
    expect(rest).toEqual([]);
    expect(finding).toMatchObject({ severity: 'warning', line: FIRST });
    expect(finding.fix?.replacement).toBe(QLORA.split('\n')[0]);
  });

  it('offers no fix for a close title when the author line starts with someone else', async () => {
    // "Graph Attention Networks" lists and a paper whose title starts with it: the authors disagree.
    const text = deltaStyleList(
      LORA.replace(
        'LoRA: Low-Rank Adaptation of Large Language Models',
        'LoRA: Low-Rank Adaptation of Large Language',
      ).replace('Edward J. Hu, ', 'Tim Dettmers, '),
    );
    const findings = await arxivFindings(text);
    expect(findings.map((f) => [f.line, f.severity, f.fix])).toEqual([
      [FIRST, 'warning', null],
      [FIRST + 2, 'warning', null],
    ]);
    expect(findings[0].message).toBe(
      "arXiv 2106.09685 is `LoRA: Low-Rank Adaptation of Large Language Models` (Hu et al.): check that the link is this entry's paper.",
    );
  });

  it('fixes a close title of an entry without an author line', async () => {
    const text = deltaStyleList(
      LORA.split('\n')[0].replace('Adaptation', 'Adaptaton') + ' [[pdf](https://arxiv.org/abs/2106.09685)]',
    );
    const [finding] = await arxivFindings(text);
    expect(finding.fix?.replacement).toBe(`${LORA.split('\n')[0]} [[pdf](https://arxiv.org/abs/2106.09685)]`);
  });

  it('does not compare a title the parser cannot delimit (a dated news line)', async () => {
    const text = deltaStyleList(
      `- **[2021-06]** We release LoRA: Low-Rank Adaptation of Large Language Models, [[pdf](https://arxiv.org/abs/2106.09685)]\n\n  *${AUTHORS_OF_LORA}*.`,
    );
    expect(await arxivFindings(text)).toEqual([]);
    expect(fake.requests.map((ids) => ids.includes('2106.09685'))).toEqual([true]);
  });

  it('reports an id arXiv does not have, naming it', async () => {
    const [finding] = await arxivFindings(deltaStyleList(LORA.replace('2106.09685', '2106.99999')));
    expect(finding).toMatchObject({ severity: 'error', line: FIRST + 2 });
    expect(finding.message).toBe('arXiv has no paper `2106.99999`: check the link.');
  });

  it('warns of a date before the first submission, and of a first author missing', async () => {
    const early = LORA.replace('ICLR 2022', 'Preprint 2020').replace('Edward J. Hu, ', '');
    const findings = await arxivFindings(deltaStyleList(early));
    expect(findings.map((f) => [f.line, f.severity, f.message])).toEqual([
      [FIRST, 'warning', 'arXiv 2106.09685 was first submitted on 2021-06-17: this entry says 2020.'],
      [FIRST + 2, 'warning', "arXiv's first author, `Edward J. Hu`, is not on the author line."],
    ]);
  });

  it.each([
    'https://arxiv.org/pdf/2106.09685v1.pdf',
    'http://arxiv.org/abs/2106.09685v2',
    'arxiv.org/pdf/2106.09685',
  ])('reads the paper behind %s', async (url) => {
    const findings = await arxivFindings(
      deltaStyleList(LORA.replace('https://arxiv.org/abs/2106.09685', url)),
    );
    expect(findings).toEqual([]);
    expect(fake.requests.map((ids) => ids.includes('2106.09685'))).toEqual([true]);
  });

  it('asks arXiv once, only for the entries being checked', async () => {
    const base = deltaStyleList(LORA);
    const text = deltaStyleList(`${LORA}\n\n${QLORA}`);
    await lint({ path: 'README.md', text, baseText: base, papers: client().lookup });
    expect(fake.requests).toEqual([['2305.14314']]);
  });

  it('says nothing, and every other check stands, when arXiv cannot be reached', async () => {
    fake.faults = [{ kind: 'status', status: 503, times: 9 }];
    const { lookup, notices } = client();
    const text = deltaStyleList(LORA.replace('2106.09685', '2106.99999').replace('abs/', 'pdf/'));
    const result = await lintWithArxiv(text, lookup);
    expect(result.findings.map((f) => f.rule)).toEqual(['arxiv-abs']);
    expect(notices).toEqual([UNREACHABLE_NOTICE]);
  });

  it.each([DELTA, PROMPT_STYLE])('reports no error on the entries of %s', async (fixture) => {
    const findings = await arxivFindings(readFixture(fixture));
    expect(findings.filter((f) => f.severity === 'error')).toEqual([]);
    expect(fake.requests).toHaveLength(1);
    console.log(`${fixture}: ${findings.map((f) => `\n  ${f.line} ${f.message}`).join('')}`);
  });
});

describe('the venue a record names', () => {
  const record = (fields: Partial<PaperRecord>): PaperRecord => ({
    id: '2106.09685',
    version: 'v2',
    title: 'LoRA: Low-Rank Adaptation of Large Language Models',
    authors: ['Edward J. Hu'],
    published: '2021-06-17T00:00:00Z',
    ...fields,
  });

  it.each([
    [{ comment: 'Accepted at ICLR 2022. 26 pages' }, 'ICLR 2022'],
    [{ comment: 'Camera-ready for NeurIPS 2023 (oral)' }, 'NeurIPS 2023'],
    [{ comment: 'Findings of EMNLP 2023' }, 'Findings of EMNLP 2023'],
    [{ journalRef: 'Proceedings of ACL 2021, pages 4582-4597', comment: 'ICLR 2022' }, 'ACL 2021'],
    [{ comment: 'NIPS 2017' }, 'NeurIPS 2017'],
  ])('reads %j as %s', (fields, venue) => {
    expect(venueOf(record(fields))).toBe(venue);
  });

  it.each([
    [{}],
    [{ comment: 'Submitted to ICLR 2024' }],
    [{ comment: 'Under review at ACL 2024' }],
    [{ comment: 'NeurIPS 2022 Workshop on Efficient Natural Language and Speech Processing' }],
    [{ comment: '12 pages, 3 figures' }],
  ])('names no venue for %j', (fields) => {
    expect(venueOf(record(fields))).toBeUndefined();
  });
});

describe('arxiv-metadata on hostile entries', () => {
  it("quotes a hostile record's title inertly and never writes it by a fix", async () => {
    // U+009B is a terminal's one-character CSI, which XML 1.0 allows in text.
    const hostile =
      '`LoRA` @octocat <img src=x onerror=alert(1)> \u009b31mRed\u009b0m of Large Language Models';
    fake.records.set('2106.09685', { ...fake.records.get('2106.09685')!, title: hostile });
    const [finding] = await arxivFindings(deltaStyleList(LORA));
    expect(finding.message).toBe(
      'arXiv titles this paper `` `LoRA` @octocat <img src=x onerror=alert(1)> 31mRed0m of Large Language Models ``.',
    );
    expect(finding.fix).toBeNull();
  });

  it('reads a record with an escape character, which XML forbids, as no answer', async () => {
    const hostile = 'LoRA: \u001b[31mRed\u001b[0m of Large Language Models';
    fake.records.set('2106.09685', { ...fake.records.get('2106.09685')!, title: hostile });
    const { lookup, notices } = client();
    expect(await arxivFindings(deltaStyleList(LORA))).toEqual([]);
    expect(await lookup(['2106.09685'])).toEqual(new Map());
    expect(notices).toEqual([UNREACHABLE_NOTICE]);
  });

  it('stays linear on a huge title and author line', async () => {
    const huge = LORA.replace('LoRA: Low-Rank', `${'Low '.repeat(50_000)}LoRA`).replace(
      '*Edward J. Hu',
      `*${'[('.repeat(50_000)} Edward J. Hu`,
    );
    const findings = await arxivFindings(deltaStyleList(huge));
    expect(findings.map((f) => f.severity)).toEqual(['warning']);
  });

  it('stays linear on 20,000 badges and links', async () => {
    const badges = LORA.replace(
      'ICLR 2022.',
      `ICLR 2022. ${'![](https://img.shields.io/badge/X-blue) '.repeat(20_000)}`,
    ).replace('[[pdf]', `${'[a](b) '.repeat(20_000)}[[pdf]`);
    const findings = await arxivFindings(deltaStyleList(badges));
    expect(findings).toEqual([]);
  });
});
