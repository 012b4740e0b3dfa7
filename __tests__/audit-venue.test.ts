import { describe, expect, it } from '@jest/globals';
import { anthologyVenue, doiVenue, recordPublication, scholarPublication } from '../src/audit/published.js';
import { venueEdit, venueState, venueStyle } from '../src/audit/venue.js';
import { applyFixes } from '../src/check/fix.js';
import { parseEntry } from '../src/grammar/entry.js';
import { findPaperList } from '../src/grammar/list.js';
import { segment } from '../src/read/segment.js';
import { toSource } from '../src/read/text.js';

function entriesOf(text: string) {
  const source = toSource(text);
  const list = findPaperList(source, segment(source));
  return { source, entries: list.entries.map((block) => parseEntry(source, block)) };
}

/** The list with its first entry's venue rewritten for `venue` `year`, or undefined when there is no certain edit. */
function rewritten(text: string, venue: string, year: number): string | undefined {
  const { source, entries } = entriesOf(text);
  const edit = venueEdit(
    entries[0],
    { venue, year, source: 'test' },
    { source, style: venueStyle(source, entries) },
  );
  return edit && applyFixes(text, [edit.fix]).text;
}

const list = (...entries: string[]) => `# Papers\n\n## Methods\n\n${entries.join('\n\n')}\n`;

describe('venueEdit: the venue written in place of the preprint mark, in the list’s form', () => {
  it('rewrites `Preprint YEAR` after a bold title', () => {
    const text = list(
      '- **A Method,** Preprint 2021. ![](https://img.shields.io/badge/A-blue)\n\n  *A. One*. [[pdf](https://arxiv.org/abs/2106.09685)]',
      '- **Another Method,** ICLR 2020.\n\n  *B. Two*. [[pdf](https://arxiv.org/abs/2001.00001)]',
    );
    expect(rewritten(text, 'ICLR', 2022)).toContain(
      '- **A Method,** ICLR 2022. ![](https://img.shields.io/badge/A-blue)',
    );
  });

  it('spells the venue as the list does, near the year', () => {
    const text = list(
      '- **A Method,** Preprint 2021.\n\n  *A. One*. [[pdf](https://arxiv.org/abs/2106.04647)]',
      '- **Older,** NIPS 2016.\n\n  *B. Two*.',
      '- **Newer,** Neurips 2020.\n\n  *C. Three*.',
      '- **Newest,** Neurips 2021.\n\n  *D. Four*.',
    );
    expect(rewritten(text, 'NeurIPS', 2021)).toContain('**A Method,** Neurips 2021.');
  });

  it('writes Findings as the list writes them', () => {
    const text = list(
      '- **A Method,** arXiv 2021.\n\n  *A. One*.',
      '- **Other,** EMNLP Findings 2020.\n\n  *B. Two*.',
    );
    expect(rewritten(text, 'Findings of NAACL', 2022)).toContain('**A Method,** NAACL Findings 2022.');
    const plain = list('- **A Method,** arXiv 2021.\n\n  *A. One*.');
    expect(rewritten(plain, 'Findings of NAACL', 2022)).toContain('**A Method,** Findings of NAACL 2022.');
  });

  it('keeps the markup around the mark: code spans, italics, parentheses, commas', () => {
    expect(
      rewritten(
        list(
          '1. [A Method](https://arxiv.org/pdf/1811.07104.pdf). One, A. ```In Arxiv 2018``` [[code]](https://x.test)',
        ),
        'CVPR',
        2019,
      ),
    ).toContain('One, A. ```In CVPR 2019```');
    expect(
      rewritten(
        list('* [A Method](http://arxiv.org/abs/1606.04460), A. One et al., *arXiv*, 2016.'),
        'ICML',
        2016,
      ),
    ).toContain('A. One et al., *ICML*, 2016.');
    expect(
      rewritten(
        list('- **A Method**. *A. One, B. Two*. (CoRR 2018) [[paper]](https://arxiv.org/abs/1802.00001)'),
        'ACL',
        2018,
      ),
    ).toContain('*A. One, B. Two*. (ACL 2018) [[paper]]');
    expect(
      rewritten(
        list('* "A Method", arXiv, 2024 (*A Lab*). [[Paper](https://arxiv.org/abs/2405.10739)]'),
        'CVPR',
        2024,
      ),
    ).toContain('* "A Method", CVPR, 2024 (*A Lab*).');
    expect(
      rewritten(
        list('* **AM**: "A Method". arXiv(2023) [[paper]](https://arxiv.org/abs/2305.13246)'),
        'ACL',
        2023,
      ),
    ).toContain('"A Method". ACL(2023) [[paper]]');
  });

  it('writes the year as the mark does: two digits, or before the mark', () => {
    expect(
      rewritten(list('7. [Arxiv 22] **A Method** [paper](https://arxiv.org/abs/2207.12599)'), 'KDD', 2023),
    ).toContain('7. [KDD 23] **A Method**');
    expect(
      rewritten(
        list('1. (2024 arXiv) **A Method.**\n   _A. One_.\n   [[pdf](https://arxiv.org/pdf/2403.09606)]'),
        'ACL',
        2024,
      ),
    ).toContain('1. (2024 ACL) **A Method.**');
    // A month after the year: the venue's month is not known.
    expect(
      rewritten(
        list('* [**Arxiv, 2024.8**] **A Model** A Study. [paper](https://arxiv.org/abs/2408.06142)'),
        'ACL',
        2024,
      ),
    ).toBeUndefined();
  });

  it('rewrites a venue cell and its year cell in a table', () => {
    const text =
      '# Papers\n\n## Methods\n\n| Title | Venue | Year | Link |\n| --- | --- | --- | --- |\n' +
      '| A Method. | preprint | 2023 | [[PDF](https://arxiv.org/abs/2305.09729)] |\n';
    expect(rewritten(text, 'ICML', 2024)).toContain('| A Method. | ICML | 2024 | [[PDF]');
  });

  it('leaves shapes it cannot be sure of', () => {
    // The mark names the id, not a venue with a year.
    expect(rewritten(list('* **A Method**, arXiv:2505.01458, 2025'), 'CVPR', 2025)).toBeUndefined();
    // Two marks: which one is the venue?
    expect(rewritten(list('- **A Method,** arXiv 2021 (arXiv 2022).'), 'ICLR', 2022)).toBeUndefined();
    // The entry's year is after the venue's: not the same publication.
    expect(rewritten(list('- **A Method,** Preprint 2023.'), 'ICLR', 2022)).toBeUndefined();
    // The old year stands in another column too: it would disagree with the new one.
    const table =
      '# Papers\n\n## Methods\n\n| Year | Title | Venue | Link |\n| --- | --- | --- | --- |\n' +
      '| 2025 | **A Method** | arXiv 2025 | [Link](https://arxiv.org/pdf/2505.08146) |\n';
    expect(rewritten(table, 'KDD', 2026)).toBeUndefined();
    expect(rewritten(table, 'KDD', 2025)).toContain('| **A Method** | KDD 2025 |');
    // No mark at all.
    expect(rewritten(list('- **A Method,** 2021.'), 'ICLR', 2022)).toBeUndefined();
  });

  it('tells a named venue from a preprint mark and from nothing', () => {
    const { source, entries } = entriesOf(
      list(
        '- **A,** ICLR 2022.',
        '- **B,** Preprint 2021.',
        '- **C,** 2021.',
        '- **arXiv Is In The Title,** 2021.',
        '* [D](https://arxiv.org/pdf/1904.02811.pdf) - D. Four et al., CVPR2019.',
      ),
    );
    expect(entries.map((entry) => venueState(entry, source))).toEqual([
      'named',
      'preprint',
      'none',
      'none',
      'named',
    ]);
  });
});

describe('where a paper appeared', () => {
  const record = { id: '2106.09685', version: 'v2', title: 'T', authors: ['A'], published: '2021-06-17' };

  it('reads the journal reference, never the comment', () => {
    expect(recordPublication({ ...record, journalRef: 'ICLR 2022' })).toMatchObject({
      venue: 'ICLR',
      year: 2022,
    });
    expect(recordPublication({ ...record, comment: 'Accepted at ICLR 2022' })).toBeUndefined();
    expect(recordPublication({ ...record, journalRef: 'Nature 596, 583-589 (2021)' })).toMatchObject({
      venue: undefined,
      source: expect.stringContaining('Nature 596'),
    });
  });

  it('reads DOIs that name their venue, and only those', () => {
    expect(doiVenue('10.18653/v1/2021.acl-long.353')).toEqual({ venue: 'ACL', year: 2021 });
    expect(doiVenue('10.18653/v1/2022.findings-naacl.9')).toEqual({ venue: 'Findings of NAACL', year: 2022 });
    expect(doiVenue('10.18653/v1/2023.acl-demo.1')).toBeUndefined();
    expect(doiVenue('10.18653/v1/2023.wmt-1.1')).toBeUndefined();
    expect(doiVenue('10.18653/v1/P19-1001')).toEqual({ venue: 'ACL', year: 2019 });
    expect(doiVenue('10.18653/v1/W19-1001')).toBeUndefined();
    expect(doiVenue('10.1109/CVPR.2019.00123')).toEqual({ venue: 'CVPR', year: 2019 });
    expect(doiVenue('10.1109/CVPRW.2019.00123')).toBeUndefined();
    expect(doiVenue('10.1609/aaai.v33i01.33013159')).toEqual({ venue: 'AAAI', year: 2019 });
    expect(doiVenue('10.1145/3292500.3330701')).toBeUndefined();
    expect(recordPublication({ ...record, doi: '10.48550/arXiv.2106.09685' })).toBeUndefined();
    expect(anthologyVenue('2023.findings-emnlp.12')).toEqual({ venue: 'Findings of EMNLP', year: 2023 });
  });

  it('takes Semantic Scholar’s venue only with a key that dates it, never a workshop', () => {
    const iclr = {
      venue: 'International Conference on Learning Representations',
      venueNames: ['ICLR'],
      year: 2021,
    };
    expect(scholarPublication('2106.09685', { ...iclr, dblp: 'conf/iclr/HuSWALWWC22' })).toMatchObject({
      venue: 'ICLR',
      year: 2022,
    });
    expect(scholarPublication('2106.09685', iclr)).toMatchObject({ venue: undefined });
    expect(
      scholarPublication('2106.09685', {
        ...iclr,
        venueNames: ['ICLR Workshops', 'ICLR'],
        dblp: 'conf/iclr/X22',
      }),
    ).toBeUndefined();
    // The ACL family files Findings under the main conference's key: only an Anthology id tells.
    const emnlp = { venue: 'EMNLP', venueNames: ['EMNLP'], year: 2023, dblp: 'conf/emnlp/X23' };
    expect(scholarPublication('2305.00001', emnlp)).toMatchObject({ venue: undefined });
    expect(scholarPublication('2305.00001', { ...emnlp, acl: '2023.findings-emnlp.12' })).toMatchObject({
      venue: 'Findings of EMNLP',
      year: 2023,
    });
  });
});
