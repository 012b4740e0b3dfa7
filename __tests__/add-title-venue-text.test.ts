/**
 * Text `add` writes as the list's entries show it: a title that ends with its own `?` takes no full
 * stop after its bold where the list's such titles take none (`**Why?** ACL 2022`, not `**Why?**.`),
 * and a workshop's venue (`DeeLIO@ACL`) is written as it is: an `@` inside a word is no mention,
 * and only a mention or an e-mail address gets the invisible break that keeps GitHub from linking it.
 */
import { describe, expect, test } from '@jest/globals';
import { addRoundTrip } from '../src/grammar/index.js';
import { plainText } from '../src/grammar/write.js';

const PAPERS = [
  ['Language Models as Knowledge Bases?', 'EMNLP 2019', '1909.01066'],
  ['How Can We Know What Language Models Know?', 'TACL 2020', '1911.12543'],
  ['Language Models are Few-Shot Learners', 'NeurIPS 2020', '2005.14165'],
  ['Making Pre-trained Language Models Better Few-shot Learners', 'ACL 2021', '2012.15723'],
  ['The Power of Scale for Parameter-Efficient Prompt Tuning', 'EMNLP 2021', '2104.08691'],
  ['Multitask Prompted Training Enables Zero-Shot Task Generalization', 'ICLR 2022', '2110.08207'],
  [
    'To Tune or Not to Tune? Adapting Pretrained Representations to Diverse Tasks',
    'RepL4NLP@ACL 2019',
    '1903.05987',
  ],
  ['What Makes Good In-Context Examples for GPT-3?', 'DeeLIO@ACL 2022', '2101.06804'],
  ['Can Explanations Be Useful for Calibrating Black Box Models?', 'ACL 2022', '2110.07586'],
];

/** `**Title**. Venue Year`, a title's own `?` with no stop after it. */
const LIST = [
  '# Papers',
  '',
  ...PAPERS.map(([title, when, id], at) => {
    const stop = title.endsWith('?') ? '' : '.';
    return `${at + 1}. **${title}**${stop} ${when} [[pdf](https://arxiv.org/abs/${id})]`;
  }),
  '',
].join('\n');

describe('a list whose titles take a full stop after their bold, but not after a question', () => {
  test('every entry comes back as it was, a workshop’s venue and a question’s title included', async () => {
    const trip = await addRoundTrip(LIST);
    expect(trip.misses).toEqual([]);
    expect(trip).toMatchObject({ entries: 9, identical: 9 });
  });
});

describe('an `@` in a record’s text', () => {
  test('inside a word is text, written as it is', () => {
    expect(plainText('Gen-IR@SIGIR 2024')).toBe('Gen-IR@SIGIR 2024');
    expect(plainText('Recall@5 and nDCG@10')).toBe('Recall@5 and nDCG@10');
  });

  test('that would mention someone or link an e-mail address is broken so it does not', () => {
    expect(plainText('thanks @octocat')).toBe('thanks @\u2060octocat');
    expect(plainText('(@octocat)')).toBe('(@\u2060octocat)');
    expect(plainText('mail jane@example.org')).toBe('mail jane@\u2060example.org');
  });
});
