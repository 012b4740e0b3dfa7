// Deterministic paper lists in the reference list's style, for the benchmark: N entries over
// 20 sections, about 3% of them breaking a rule, and a PR that adds three entries.
const SECTIONS = [
  'Overview',
  'Adapters',
  'Prompt Tuning',
  'Prefix Tuning',
  'Low-Rank Methods',
  'Sparse Updates',
  'Model Editing',
  'Multi-Task',
  'Vision',
  'Speech',
  'Multilingual',
  'Compression',
  'Theory',
  'Empirical Studies',
  'Benchmarks',
  'Efficiency',
  'Instruction Tuning',
  'Retrieval',
  'Reasoning',
  'Tools',
];
const WORDS = [
  'Parameter-Efficient',
  'Transfer',
  'Learning',
  'Adapters',
  'Prompt',
  'Tuning',
  'Low-Rank',
  'Adaptation',
  'Language',
  'Models',
  'Sparse',
  'Masks',
  'Scaling',
  'Few-Shot',
  'Zero-Shot',
  'Multi-Task',
  'Efficient',
  'Fine-Tuning',
  'Pre-trained',
  'Transformers',
  'Hypernetworks',
  'Knowledge',
  'Editing',
  'Compositional',
];
const VENUES = ['ACL', 'EMNLP', 'NAACL', 'ICLR', 'ICML', 'NeurIPS', 'Preprint', 'TACL', 'CVPR'];
const NAMES = [
  'Ning Ding',
  'Yujia Qin',
  'Edward J. Hu',
  'Xiang Lisa Li',
  'Brian Lester',
  'Neil Houlsby',
  'Jonas Pfeiffer',
  'Sebastian Ruder',
  'Xiao Liu',
  'Zhiyuan Liu',
];
const COLORS = ['blue', 'orange', 'green', 'purple'];

function random(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function entry(i, rand, broken = false) {
  const pick = (list) => list[Math.floor(rand() * list.length)];
  const title = Array.from({ length: 5 + Math.floor(rand() * 6) }, () => pick(WORDS)).join(' ') + ` ${i}`;
  const year = 2018 + Math.floor(rand() * 7);
  const id = `${String(year % 100).padStart(2, '0')}${String(1 + (i % 12)).padStart(2, '0')}.${String(10000 + i).slice(-5)}`;
  const badges = Array.from(
    { length: 1 + Math.floor(rand() * 3) },
    (_, k) => `![](https://img.shields.io/badge/Key${k}_${i % 97}-${pick(COLORS)})`,
  );
  const authors = Array.from({ length: 2 + Math.floor(rand() * 6) }, () => pick(NAMES)).join(', ');
  let head = `- **${title},** ${pick(VENUES)} ${year}. ${badges.join(' ')}`;
  let body = `  *${authors}*. [[pdf](https://arxiv.org/abs/${id})], [[Project](https://github.com/example/repo-${i})]`;
  let gap = '\n\n';
  if (broken) {
    switch (Math.floor(rand() * 6)) {
      case 0:
        body = body.replace(`/abs/${id}`, `/pdf/${id}v1.pdf`);
        break;
      case 1:
        head = head.replace(`${year}. !`, `${year}.!`);
        break;
      case 2:
        head = head.replace(/ !\[\].*$/, '');
        break;
      case 3:
        gap = '\n';
        break;
      case 4:
        head = head.replace(/-(blue|orange|green|purple)\)/, '-red)');
        break;
      default:
        body = body.replace(`(https://github.com/example/repo-${i})`, '()');
    }
  }
  return `${head}${gap}${body}\n`;
}

/** A list of `count` entries; `brokenShare` of them break one rule. */
export function generateList(count, seed = 1, brokenShare = 0.03) {
  const rand = random(seed);
  const parts = [
    "# BenchPapers\nMust-read papers, generated for paperlint's benchmark.\n",
    '## Keywords Convention\n',
    ...COLORS.map((c) => `![](https://img.shields.io/badge/Example-${c}) A ${c} keyword.\n`),
    '## Papers\n',
  ];
  const perSection = Math.ceil(count / SECTIONS.length);
  for (let i = 0; i < count; i++) {
    if (i % perSection === 0) parts.push(`### ${SECTIONS[Math.floor(i / perSection)]}\n`);
    parts.push(entry(i, rand, rand() < brokenShare));
  }
  parts.push(
    '## Contribution\n\n### Contributing to this paper list\n\n- Use the same format as the others.\n',
  );
  return parts.join('\n');
}

/** The list with three new entries at the end of its first section (one broken, two clean). */
export function addThreeEntries(list, count, seed = 7) {
  const rand = random(seed);
  const added = [entry(count + 1, rand, false), entry(count + 2, rand, false), entry(count + 3, rand, false)];
  added[0] = added[0].replace('/abs/', '/pdf/').replace(/\)\]/, '.pdf)]');
  const at = list.indexOf('\n### ', list.indexOf('### ') + 4);
  return `${list.slice(0, at + 1)}${added.join('\n')}\n${list.slice(at + 1)}`;
}
