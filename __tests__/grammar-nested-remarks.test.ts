import { describe, expect, test } from '@jest/globals';
import { roundTrip } from '../src/grammar/index.js';

// Entries whose first line follows the list's form, each with its own combination of nested remarks.
const LIST = `# Papers

- 2017 - ICLR - [Semi-Supervised Classification with Graph Convolutional Networks](https://arxiv.org/abs/1609.02907)
- 2018 - ICLR - [Graph Attention Networks](https://arxiv.org/abs/1710.10903)
- 2019 - ICLR - [How Powerful are Graph Neural Networks?](https://arxiv.org/abs/1810.00826)
  - *Keyulu Xu, Weihua Hu, Jure Leskovec, Stefanie Jegelka*
  - *expressive power; WL test*
- 2017 - NIPS - [Inductive Representation Learning on Large Graphs](https://arxiv.org/abs/1706.02216)

  - *sampling neighbours*
- 2019 - ICML - [Simplifying Graph Convolutional Networks](https://arxiv.org/abs/1902.07153)
`;

describe('nested remarks', () => {
  test('an entry nesting its own remarks under a first line that follows the form round-trips', async () => {
    const trip = await roundTrip(LIST);
    expect(trip.entries).toBe(5);
    expect(trip.misses).toEqual([]);
  });
});
