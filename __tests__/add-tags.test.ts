/**
 * The add round trip of lists that tag each plain title with its venue before it: in italics in
 * parentheses (`(*ICLR'24*) Title`), in a code span (`` `[Vaswani et al. NIPS17]` Title``), or as
 * the paper's link in escaped brackets (`\[[NeurIPS 2020](url)\] Title. `2020.05``). The tag is not
 * the title: `add` writes the venue there, and the title as the paper gives it.
 */
import { describe, expect, test } from '@jest/globals';
import { addRoundTrip, exportEntries } from '../src/grammar/index.js';

describe('a venue in italics in parentheses before the title', () => {
  const text = [
    '# Graphs and language models',
    '',
    "- (*NeurIPS'23*) Can Language Models Solve Graph Problems in Natural Language? [[paper](https://arxiv.org/abs/2305.10037)]",
    "- (*ICLR'24*) Talk like a Graph: Encoding Graphs for Large Language Models [[paper](https://arxiv.org/abs/2310.04560)]",
    "- (*AAAI'24*) Graph of Thoughts: Solving Elaborate Problems with Large Language Models [[paper](https://arxiv.org/abs/2308.09687)]",
    "- (*EMNLP'23*) StructGPT: A General Framework for Large Language Model to Reason over Structured Data [[paper](https://arxiv.org/abs/2305.09645)]",
    "- (*ACL'24*) Graph Chain-of-Thought: Augmenting Large Language Models by Reasoning on Graphs [[paper](https://arxiv.org/abs/2404.07103)]",
    '- (*arXiv 2023.05*) GPT4Graph: Can Large Language Models Understand Graph Structured Data? An Empirical Evaluation and Benchmarking [[paper](https://arxiv.org/abs/2305.15066)]',
    '',
  ].join('\n');

  test('the title is what follows the tag, and the tag gives the venue and year', async () => {
    const entries = await exportEntries(text);
    expect(entries[0]).toMatchObject({
      title: 'Can Language Models Solve Graph Problems in Natural Language?',
      venue: 'NeurIPS',
      year: '2023',
    });
    expect(entries[5]).toMatchObject({ venue: 'arXiv', year: '2023' });
    expect(entries[5].title).toBe(
      'GPT4Graph: Can Large Language Models Understand Graph Structured Data? An Empirical Evaluation and Benchmarking',
    );
  });

  test("each entry is written back as it was, in the list's `'yy` form, the preprint with its month", async () => {
    const trip = await addRoundTrip(text);
    // The entry tagged with a month (`arXiv 2023.05`) gives its venue and date, written as it gives them.
    expect(trip.misses).toEqual([]);
    expect(trip.identical).toBe(6);
  });
});

describe('a code span before the title', () => {
  const text = [
    '# Retrieval',
    '',
    '- `[Karpukhin et al. EMNLP20]` Dense Passage Retrieval for Open-Domain Question Answering. EMNLP, 2020. [[paper]](https://arxiv.org/abs/2004.04906)',
    '- `[Lewis et al. NeurIPS20]` Retrieval-Augmented Generation for Knowledge-Intensive NLP Tasks. NeurIPS, 2020. [[paper]](https://arxiv.org/abs/2005.11401)',
    '- `[Guu et al. ICML20]` REALM: Retrieval-Augmented Language Model Pre-Training. ICML, 2020. [[paper]](https://arxiv.org/abs/2002.08909)',
    '- `[Khattab et al. SIGIR20]` ColBERT: Efficient and Effective Passage Search via Contextualized Late Interaction over BERT. SIGIR, 2020. [[paper]](https://arxiv.org/abs/2004.12832)',
    '',
  ].join('\n');

  test('is not part of the title, and each entry is written back as it was', async () => {
    expect((await exportEntries(text))[2].title).toMatch(/^REALM: Retrieval-Augmented/);
    const trip = await addRoundTrip(text);
    expect(trip.misses).toEqual([]);
    expect(trip.identical).toBe(4);
  });
});

describe('the paper link in escaped brackets before the title, a date in a code span after it', () => {
  const text = [
    '# Knowledge graphs',
    '',
    '- \\[[NeurIPS 2020](https://arxiv.org/abs/2005.11401)\\] Retrieval-Augmented Generation for Knowledge-Intensive NLP Tasks. `2020.05`',
    '- \\[[arxiv](https://arxiv.org/abs/2306.08302)\\] Unifying Large Language Models and Knowledge Graphs: A Roadmap. `2023.06`',
    '- \\[[ICLR 2024](https://arxiv.org/abs/2310.01061)\\] Reasoning on Graphs: Faithful and Interpretable Large Language Model Reasoning. `2023.10`',
    '- \\[[arxiv](https://arxiv.org/abs/2308.13259)\\] Knowledge-Driven CoT: Exploring Faithful Reasoning in LLMs for Knowledge-intensive Question Answering. `2023.08`',
    '- \\[[arxiv](https://arxiv.org/abs/2305.09645)\\] StructGPT: A General Framework for Large Language Model to Reason over Structured Data. `2023.05`',
    '',
  ].join('\n');

  test('the title runs from the tag to its full stop', async () => {
    expect((await exportEntries(text)).map((entry) => entry.title)).toEqual([
      'Retrieval-Augmented Generation for Knowledge-Intensive NLP Tasks',
      'Unifying Large Language Models and Knowledge Graphs: A Roadmap',
      'Reasoning on Graphs: Faithful and Interpretable Large Language Model Reasoning',
      'Knowledge-Driven CoT: Exploring Faithful Reasoning in LLMs for Knowledge-intensive Question Answering',
      'StructGPT: A General Framework for Large Language Model to Reason over Structured Data',
    ]);
  });

  test('each entry is written back as it was', async () => {
    const trip = await addRoundTrip(text);
    expect(trip.misses).toEqual([]);
    expect(trip.identical).toBe(5);
  });
});

describe('dates whose months are not zero-padded', () => {
  // Three of the five months have two digits either way: the two that tell are bare.
  const text = [
    '# Reasoning',
    '',
    '- **Chain-of-Thought Prompting Elicits Reasoning in Large Language Models** [[paper](https://arxiv.org/abs/2201.11903)] 2022.1',
    '- **Large Language Models are Zero-Shot Reasoners** [[paper](https://arxiv.org/abs/2205.11916)] 2022.5',
    '- **Automatic Chain of Thought Prompting in Large Language Models** [[paper](https://arxiv.org/abs/2210.03493)] 2022.10',
    '- **Measuring and Narrowing the Compositionality Gap in Language Models** [[paper](https://arxiv.org/abs/2210.03350)] 2022.10',
    '- **Complexity-Based Prompting for Multi-Step Reasoning** [[paper](https://arxiv.org/abs/2210.00720)] 2022.10',
    '',
  ].join('\n');

  test('each entry is written back with its month as the list writes it', async () => {
    const trip = await addRoundTrip(text);
    expect(trip.misses).toEqual([]);
    expect(trip.identical).toBe(5);
  });
});
