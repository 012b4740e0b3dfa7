/**
 * Which blocks of a list are paper entries, and which part of each is its title: shapes real lists
 * write that the reader once missed or misread, each on a small list of real papers written here.
 * Every list is also linted whole, as its maintainers accepted it: recognising an entry must not
 * make a false finding of it.
 */
import { describe, expect, it } from '@jest/globals';
import { lint } from '../src/check/engine.js';
import { exportEntries, roundTrip } from '../src/grammar/index.js';

const titles = async (text: string) => (await exportEntries(text)).map((entry) => entry.title);

const findings = async (text: string) =>
  (await lint({ path: 'README.md', text })).findings.map((f) => `${f.line} ${f.rule}`);

describe('entries recognised without a "Papers" heading', () => {
  it('reads paragraph entries whose only paper link is a DOI', async () => {
    const text = `# Machine learning for proteins

### Reviews

**Learned protein embeddings for machine learning.**  
Kevin K. Yang, Zachary Wu, Claire N. Bedbrook, Frances H. Arnold.  
*Bioinformatics, March 2018.*  
[[10.1093/bioinformatics/bty178](https://doi.org/10.1093/bioinformatics/bty178)]

**Highly accurate protein structure prediction with AlphaFold.**  
John Jumper, Richard Evans, Alexander Pritzel.  
*Nature, July 2021.*  
[[Nature](https://www.nature.com/articles/s41586-021-03819-2)]
`;
    expect(await titles(text)).toEqual([
      'Learned protein embeddings for machine learning',
      'Highly accurate protein structure prediction with AlphaFold',
    ]);
    expect(await findings(text)).toEqual([]);
  });

  it('reads table rows linking a proceedings page, and takes the title from the cell that links it', async () => {
    const text = `# Pruning

| Year | Articles | Code |
|------|----------|------|
| 2016 | [Pruning Filters for Efficient ConvNets](https://openreview.net/forum?id=rJqFGTslg) | No |
| 2019 | [The Lottery Ticket Hypothesis: Finding Sparse, Trainable Neural Networks](https://openreview.net/forum?id=rJl-b3RcF7) | Yes |
`;
    const entries = await exportEntries(text);
    expect(entries.map((entry) => [entry.title, entry.year])).toEqual([
      ['Pruning Filters for Efficient ConvNets', '2016'],
      ['The Lottery Ticket Hypothesis: Finding Sparse, Trainable Neural Networks', '2019'],
    ]);
    expect(await findings(text)).toEqual([]);
  });

  it('does not read a venue index row (a link to a heading of the page) as a paper', async () => {
    const text = `# Person re-identification

| Conference | Webpage |
|---|---|
| [CVPR2024](#cvpr2024) | [Click](https://openaccess.thecvf.com/CVPR2024) |
`;
    expect(await titles(text)).toEqual([]);
  });

  it('reads a plain title line over a labelled link line, and not the label as authors', async () => {
    const text = `# Physics-based deep learning

## Links

Learning to Simulate Complex Physics with Graph Networks , 
PDF: <https://arxiv.org/abs/2002.09405>

Fourier Neural Operator for Parametric Partial Differential Equations , 
PDF: <https://openreview.net/forum?id=c8P9NQVtmnO>
`;
    const entries = await exportEntries(text);
    expect(entries.map((entry) => [entry.title, entry.authors])).toEqual([
      ['Learning to Simulate Complex Physics with Graph Networks', []],
      ['Fourier Neural Operator for Parametric Partial Differential Equations', []],
    ]);
    expect(await findings(text)).toEqual([]);
  });

  it('reads titles in HTML bold after emoji shortcodes, straight after a heading', async () => {
    const text = `# 3D machine learning

## Single object classification
:camera: <b>Multi-view Convolutional Neural Networks for 3D Shape Recognition (2015)</b> [[Paper]](https://arxiv.org/pdf/1505.00880.pdf)
<br>A description of the method, not its authors.

:game_die: <b>PointNet: Deep Learning on Point Sets for 3D Classification and Segmentation (2017)</b> [[Paper]](https://arxiv.org/pdf/1612.00593.pdf)
`;
    const entries = await exportEntries(text);
    expect(entries.map((entry) => [entry.title, entry.venue, entry.authors])).toEqual([
      ['Multi-view Convolutional Neural Networks for 3D Shape Recognition (2015)', null, []],
      ['PointNet: Deep Learning on Point Sets for 3D Classification and Segmentation (2017)', null, []],
    ]);
  });

  it('reads HTML bold titles with spaces inside the tags, after several shortcodes apart', async () => {
    const text = `# 3D machine learning

## Meshes
:gem: <b> MeshNet: Mesh Neural Network for 3D Shape Representation (AAAI 2019) </b> [[Paper]](https://arxiv.org/pdf/1811.11424.pdf)

:game_die: :gem: <b>Dynamic Graph CNN for Learning on Point Clouds (2018)</b> [[Paper]](https://arxiv.org/pdf/1801.07829.pdf)

<b> PointNet: Deep Learning on Point Sets for 3D Classification and Segmentation (2017) </b> [[Paper]](https://arxiv.org/pdf/1612.00593.pdf)
`;
    expect(await titles(text)).toEqual([
      'MeshNet: Mesh Neural Network for 3D Shape Representation (AAAI 2019)',
      'Dynamic Graph CNN for Learning on Point Clouds (2018)',
      'PointNet: Deep Learning on Point Sets for 3D Classification and Segmentation (2017)',
    ]);
    expect(await findings(text)).toEqual([]);
  });

  it('reads an item whose link its editor labels as the paper, wherever it goes', async () => {
    const text = `# 3D machine learning

## Point clouds
:game_die: <b>PointCNN (2018)</b> [[Paper]](https://yangyanli.github.io/PointCNN/)

:game_die: <b>SpiderCNN (2018)</b> [[Paper]](https://github.com/xyf513/SpiderCNN) [[Code]](https://github.com/xyf513/SpiderCNN)

:game_die: <b>PointNet: Deep Learning on Point Sets for 3D Classification and Segmentation (2017)</b> [[Paper]](https://arxiv.org/pdf/1612.00593.pdf)

:game_die: <b>Dynamic Graph CNN for Learning on Point Clouds (2018)</b> [[Paper]](https://arxiv.org/pdf/1801.07829.pdf)

:game_die: <b>PointNet++: Deep Hierarchical Feature Learning on Point Sets in a Metric Space (2017)</b> [[Paper]](https://arxiv.org/pdf/1706.02413.pdf)

:game_die: <b>KPConv: Flexible and Deformable Convolution for Point Clouds (2019)</b> [[Paper]](https://arxiv.org/pdf/1904.08889.pdf)

## Tools
- <b>Open3D</b> [[Code]](https://github.com/isl-org/Open3D)
`;
    expect(await titles(text)).toEqual([
      'PointCNN (2018)',
      'SpiderCNN (2018)',
      'PointNet: Deep Learning on Point Sets for 3D Classification and Segmentation (2017)',
      'Dynamic Graph CNN for Learning on Point Clouds (2018)',
      'PointNet++: Deep Hierarchical Feature Learning on Point Sets in a Metric Space (2017)',
      'KPConv: Flexible and Deformable Convolution for Point Clouds (2019)',
    ]);
  });

  it('does not ask an entry whose link its editor labels as the paper for another', async () => {
    const papers = [
      ['3D ShapeNets: A Deep Representation for Volumetric Shapes (2015)', '1406.5670'],
      ['Multi-view Convolutional Neural Networks for 3D Shape Recognition (2015)', '1505.00880'],
      ['PointNet: Deep Learning on Point Sets for 3D Classification and Segmentation (2017)', '1612.00593'],
      ['PointNet++: Deep Hierarchical Feature Learning on Point Sets in a Metric Space (2017)', '1706.02413'],
      ['VoxelNet: End-to-End Learning for Point Cloud Based 3D Object Detection (2018)', '1711.06396'],
      ['Frustum PointNets for 3D Object Detection from RGB-D Data (2018)', '1711.08488'],
      ['Dynamic Graph CNN for Learning on Point Clouds (2018)', '1801.07829'],
      ['PointRCNN: 3D Object Proposal Generation and Detection from Point Cloud (2019)', '1812.04244'],
      ['PointPillars: Fast Encoders for Object Detection from Point Clouds (2019)', '1812.05784'],
      ['KPConv: Flexible and Deformable Convolution for Point Clouds (2019)', '1904.08889'],
    ];
    const text = `# 3D machine learning

## Point clouds
${papers.map(([title, id]) => `:game_die: <b>${title}</b> [[Paper]](https://arxiv.org/pdf/${id}.pdf)\n`).join('\n')}
:game_die: <b>PointCNN (2018)</b> [[Paper]](https://yangyanli.github.io/PointCNN/)
`;
    expect(await titles(text)).toContain('PointCNN (2018)');
    expect(await findings(text)).toEqual([]);
  });

  it('reads paragraph entries opened by a venue tag in brackets', async () => {
    const text = `# Out-of-distribution detection

# Papers

(ICLR 2017) [A Baseline for Detecting Misclassified and Out-of-Distribution Examples in Neural Networks](https://arxiv.org/abs/1610.02136) by Hendrycks et al.

(NeurIPS 2020) [Energy-based Out-of-distribution Detection](https://arxiv.org/abs/2010.03759) by Liu et al.
`;
    expect(await titles(text)).toEqual([
      'A Baseline for Detecting Misclassified and Out-of-Distribution Examples in Neural Networks',
      'Energy-based Out-of-distribution Detection',
    ]);
  });

  it('reads the papers nested under a topic item, after several tags and symbols', async () => {
    const text = `# Text-to-image generation

## Papers

* <span id="topic-evaluation"> **Evaluation** </span>
    * (arXiv preprint 2024) [💬 Aesthetic] **Playground v2.5: Three Insights towards Enhancing Aesthetic Quality in Text-to-Image Generation**, Daiqing Li et al.  [[Paper](https://arxiv.org/abs/2402.17245)] [[Project](https://blog.playgroundai.com/playground-v2-5/)]
    * (EMNLP 2023) [💬 Text Visualness] **Learning the Visualness of Text Using Large Vision-Language Models**, Gaurav Verma et al.  [[Paper](https://arxiv.org/abs/2305.10434)]
    * ⭐⭐(NeurIPS 2023 Datasets and Benchmarks) [💬 Holistic Evaluation] **Holistic Evaluation of Text-To-Image Models**, Tony Lee et al.  [[Paper](https://arxiv.org/abs/2311.04287)]
`;
    expect(await titles(text)).toEqual([
      'Playground v2.5: Three Insights towards Enhancing Aesthetic Quality in Text-to-Image Generation',
      'Learning the Visualness of Text Using Large Vision-Language Models',
      'Holistic Evaluation of Text-To-Image Models',
    ]);
    expect(await findings(text)).toEqual([]);
  });

  it('does not take the lazy rest of a sentence for the author line', async () => {
    const text = `# Legal AI

## Datasets

- **LeCaRD**: A legal case retrieval dataset of 107 query cases selected from a corpus
of over 43,000 Chinese criminal judgements.
    [Paper](https://dl.acm.org/doi/10.1145/3404835.3463250)
`;
    const [entry] = await exportEntries(text);
    expect(entry.authors).toEqual([]);
  });

  it('does not take a quote below a title line for its author line', async () => {
    const text = `# Person re-identification

## CVPR2019

- **Person re-identification**
> 1) *"Joint Discriminative and Generative Learning for Person Re-identification"* [[paper](https://arxiv.org/abs/1904.07223)]
`;
    expect(await titles(text)).not.toContain('Person re-identification');
  });
});

describe('a bold note is not a paper', () => {
  it("does not read a bold note in the list's Contributing section as a paper", async () => {
    const text = `# GUI agent papers

## Contributing

- **Missing a paper?** Open an [issue](https://github.com/example/list/issues) with its title and link.
- **Want to add papers yourself?** Edit [\`papers.yaml\`](papers.yaml), run the script, then submit the diff.

## Papers

- **Mind2Web: Towards a Generalist Agent for the Web** [[paper](https://arxiv.org/abs/2306.06070)]
- **WebArena: A Realistic Web Environment for Building Autonomous Agents** [[paper](https://arxiv.org/abs/2307.13854)]
`;
    expect(await titles(text)).toEqual([
      'Mind2Web: Towards a Generalist Agent for the Web',
      'WebArena: A Realistic Web Environment for Building Autonomous Agents',
    ]);
    expect(await findings(text)).toEqual([]);
  });

  it('does not read a bold paragraph of prose that links its slides as a paper', async () => {
    const text = `# A Survey on Generative Diffusion Models

## Overview

**We provided [Diffusion Model.pdf](https://github.com/example/diffusion-survey/blob/main/slides/Diffusion%20Model.pdf), the slides that serve as a vivid explanation of our article. Here, we not only thank the authors of the articles cited in our survey, but also the authors of the tutorials on diffusion models that helped us write it.**

## Methods

- **Progressive Distillation for Fast Sampling of Diffusion Models.** ICLR 2022. [[pdf](https://arxiv.org/abs/2202.00512)]
- **Denoising Diffusion Implicit Models.** ICLR 2021. [[pdf](https://arxiv.org/abs/2010.02502)]
- **Score-Based Generative Modeling through Stochastic Differential Equations.** ICLR 2021. [[pdf](https://arxiv.org/abs/2011.13456)]
`;
    expect(await titles(text)).toEqual([
      'Progressive Distillation for Fast Sampling of Diffusion Models',
      'Denoising Diffusion Implicit Models',
      'Score-Based Generative Modeling through Stochastic Differential Equations',
    ]);
    expect(await findings(text)).toEqual([]);
  });
});

describe('an item its section of papers vouches for', () => {
  const pointClouds = [
    [
      'PointNet: Deep Learning on Point Sets for 3D Classification and Segmentation (CVPR 2017)',
      '1612.00593',
    ],
    [
      'PointNet++: Deep Hierarchical Feature Learning on Point Sets in a Metric Space (NIPS 2017)',
      '1706.02413',
    ],
    ['Dynamic Graph CNN for Learning on Point Clouds (2018)', '1801.07829'],
    ['KPConv: Flexible and Deformable Convolution for Point Clouds (ICCV 2019)', '1904.08889'],
  ];
  const paperLines = pointClouds
    .map(([title, id]) => `:game_die: <b>${title}</b> [[Paper]](https://arxiv.org/pdf/${id}.pdf)\n`)
    .join('\n');

  it('reads an item written as its section papers are, linking a project page, as a paper', async () => {
    const text = `# 3D machine learning

## Datasets
<b>ModelNet (2015)</b> [[Link]](http://modelnet.cs.princeton.edu/)
<br>127915 3D CAD models from 662 categories

<b>ShapeNet (2015)</b> [[Link]](https://www.shapenet.org/)
<br>3Million+ models and 4K+ categories.

## Semantic segmentation
${paperLines}
:game_die: <b>JSIS3D: Joint Semantic-Instance Segmentation of 3D Point Clouds (CVPR 2019)</b> [[Link]](https://pqhieu.github.io/research/jsis3d/)
<br>
We jointly address the problems of semantic and instance segmentation of 3D point clouds.
`;
    expect(await titles(text)).toEqual([
      ...pointClouds.map(([title]) => title),
      'JSIS3D: Joint Semantic-Instance Segmentation of 3D Point Clouds (CVPR 2019)',
    ]);
    expect(await findings(text)).toEqual([]);
  });

  it('does not read an item of its section that links only code as a paper', async () => {
    const text = `# 3D machine learning

## Generation
${paperLines}
:space_invader: <b>Pix2vox: Sketch-Based 3D Exploration with Stacked Generative Adversarial Networks (2017)</b> [[Code]](https://github.com/maxorange/pix2vox)
`;
    expect(await titles(text)).toEqual(pointClouds.map(([title]) => title));
  });

  it("reads a link under the label the list gives its paper links (`[page]` to arXiv) as the paper's, wherever it goes", async () => {
    const text = `# Embodied AI

## 3D visual grounding

* **3D-LLM: Injecting the 3D World into Large Language Models**, NeurIPS, 2023
Yining Hong, Haoyu Zhen, Peihao Chen, Shuhong Zheng, Yilun Du, Zhenfang Chen, Chuang Gan
[[page](https://arxiv.org/abs/2307.12981)]

* **ScanRefer: 3D Object Localization in RGB-D Scans using Natural Language**, ECCV, 2020
Dave Zhenyu Chen, Angel X. Chang, Matthias Nießner
[[page](https://arxiv.org/abs/1912.08830)]

* **ReferIt3D: Neural Listeners for Fine-Grained 3D Object Identification in Real-World Scenes**, ECCV, 2020
Panos Achlioptas, Ahmed Abdelreheem, Fei Xia, Mohamed Elhoseiny, Leonidas Guibas
[[page](https://arxiv.org/abs/2007.03672)]

* **LEO: An Embodied Generalist Agent in 3D World**, ICML, 2024
Jiangyong Huang, Silong Yong, Xiaojian Ma, Xiongkun Linghu, Puhao Li, Yan Wang, Qing Li, Song-Chun Zhu, Baoxiong Jia, Siyuan Huang
[[page](https://embodied-generalist.github.io/)]

## Datasets

* **ScanNet v2**, 2017. [[link]](http://www.scan-net.org/)
* **SUN RGBD**, 2015. [[link]](https://rgbd.cs.princeton.edu/)
* **ScanQA: 3D Question Answering for Spatial Scene Understanding**, 2022. [[paper]](https://arxiv.org/abs/2112.10482)
`;
    expect(await titles(text)).toEqual([
      '3D-LLM: Injecting the 3D World into Large Language Models',
      'ScanRefer: 3D Object Localization in RGB-D Scans using Natural Language',
      'ReferIt3D: Neural Listeners for Fine-Grained 3D Object Identification in Real-World Scenes',
      'LEO: An Embodied Generalist Agent in 3D World',
      'ScanQA: 3D Question Answering for Spatial Scene Understanding',
    ]);
    expect(await findings(text)).toEqual([]);
  });

  it('reads a table row that links its title elsewhere than its fellow rows, as they do', async () => {
    const text = `# Deep learning for music

| Year | Articles, Thesis and Reports | Code |
|------|------------------------------|------|
| 1988 | [Creation by refinement: A creativity paradigm for gradient descent learning networks](http://ieeexplore.ieee.org/stamp/stamp.jsp?arnumber=23933) | No |
| 1989 | [The representation of pitch in a neural net model of chord classification](http://www.jstor.org/stable/3679550) | No |
| 2016 | [WaveNet: A Generative Model for Raw Audio](https://arxiv.org/abs/1609.03499) | No |
| 2017 | [Deep Learning Techniques for Music Generation - A Survey](https://arxiv.org/abs/1709.01620) | No |
`;
    expect(await titles(text)).toEqual([
      'Creation by refinement: A creativity paradigm for gradient descent learning networks',
      'The representation of pitch in a neural net model of chord classification',
      'WaveNet: A Generative Model for Raw Audio',
      'Deep Learning Techniques for Music Generation - A Survey',
    ]);
  });

  it('reads a paragraph whose linked title wraps onto its next line, as one title', async () => {
    const text = `# Diffusion models

## SDE solvers

[Score-Based Generative Modeling
through Stochastic Differential Equations](https://openreview.net/forum?id=PxTIG12RRHS)

[Elucidating the Design Space of Diffusion-Based Generative Models](https://arxiv.org/abs/2206.00364)
`;
    expect(await titles(text)).toEqual([
      'Score-Based Generative Modeling through Stochastic Differential Equations',
      'Elucidating the Design Space of Diffusion-Based Generative Models',
    ]);
    expect(await findings(text)).toEqual([]);
  });
});

describe('the title, not a tag or the authors', () => {
  it('reads the linked title after the authors and year of a citation', async () => {
    const text = `# Machine translation reading list

* Kishore Papineni, Salim Roukos, Todd Ward, and Wei-Jing Zhu. 2002. [BLEU: a Method for Automatic Evaluation of Machine Translation](https://aclanthology.org/P02-1040). In *Proceedings of ACL 2002*.
* Dzmitry Bahdanau, KyungHyun Cho, and Yoshua Bengio. 2015. [Neural Machine Translation by Jointly Learning to Align and Translate](https://arxiv.org/abs/1409.0473). In *Proceedings of ICLR 2015*.
`;
    expect(await titles(text)).toEqual([
      'BLEU: a Method for Automatic Evaluation of Machine Translation',
      'Neural Machine Translation by Jointly Learning to Align and Translate',
    ]);
  });

  it('reads a linked title of two words after the authors when the link is the paper', async () => {
    const text = `# Recurrent networks

## Surveys

* Yann LeCun, Yoshua Bengio, and Geoffrey Hinton, [Deep Learning](http://www.nature.com/nature/journal/v521/n7553/pdf/nature14539.pdf), Nature 2015
* Jimmy Lei Ba, Jamie Ryan Kiros, Geoffrey E. Hinton, [Layer Normalization](https://arxiv.org/abs/1607.06450), arXiv:1607.06450
* Zachary C. Lipton, [A Critical Review of Recurrent Neural Networks for Sequence Learning](https://arxiv.org/abs/1506.00019), arXiv:1506.00019
* Dzmitry Bahdanau, Kyunghyun Cho, Yoshua Bengio, [arXiv version](https://arxiv.org/abs/1409.0473), ICLR 2015
`;
    // Two words that name a link (`arXiv version`) are no title: the entry's title is its first words.
    expect(await titles(text)).toEqual([
      'Deep Learning',
      'Layer Normalization',
      'A Critical Review of Recurrent Neural Networks for Sequence Learning',
      'Dzmitry Bahdanau',
    ]);
    expect(await findings(text)).toEqual([]);
  });

  it('skips a short bold tag, an empty HTML anchor and a bold venue around a plain title', async () => {
    const text = `# Crowd counting

## Papers

- <a name="CSRNet"></a>**[CSRNet]** CSRNet: Dilated Convolutional Neural Networks for Understanding the Highly Congested Scenes (**CVPR**) [[paper](https://arxiv.org/abs/1802.10062)]
- <a name="MCNN"></a> Single-Image Crowd Counting via Multi-Column Convolutional Neural Network (**CVPR**) [[paper](https://openaccess.thecvf.com/content_cvpr_2016/papers/Zhang_Single-Image_Crowd_Counting_CVPR_2016_paper.pdf)]
- **\`surv.\`** Recent Survey of Crowd Counting Methods Based on Deep Learning [[paper](https://arxiv.org/abs/2003.12783)]
`;
    expect(await titles(text)).toEqual([
      'CSRNet: Dilated Convolutional Neural Networks for Understanding the Highly Congested Scenes',
      'Single-Image Crowd Counting via Multi-Column Convolutional Neural Network',
      'Recent Survey of Crowd Counting Methods Based on Deep Learning',
    ]);
  });

  it('keeps a short bold title that ends in punctuation, with its venue after it', async () => {
    const text = `# Papers

## Sets

- **Deep Sets,** NeurIPS 2017. [[pdf](https://arxiv.org/abs/1703.06114)]
- **Set Transformer: A Framework for Attention-based Permutation-Invariant Neural Networks,** ICML 2019. [[pdf](https://arxiv.org/abs/1810.00825)]
`;
    const entries = await exportEntries(text);
    expect(entries.map((entry) => [entry.title, entry.venue, entry.year])).toEqual([
      ['Deep Sets', 'NeurIPS', '2017'],
      [
        'Set Transformer: A Framework for Attention-based Permutation-Invariant Neural Networks',
        'ICML',
        '2019',
      ],
    ]);
  });

  it('reads a bracketed tag before a plain title as a tag, not the bold inside it', async () => {
    const text = `# GPU papers

## Papers

- [**CUDA**] Scalable Parallel Programming with CUDA, ACM Queue 2008. [[paper](https://doi.org/10.1145/1365490.1365500)]
`;
    expect(await titles(text)).toEqual(['Scalable Parallel Programming with CUDA']);
  });

  it('keeps the nickname before a colon apart from the title', async () => {
    const text = `# Language models

## Papers

- **BERT**: Pre-training of Deep Bidirectional Transformers for Language Understanding. [[paper](https://arxiv.org/abs/1810.04805)]
`;
    expect(await titles(text)).toEqual([
      'Pre-training of Deep Bidirectional Transformers for Language Understanding',
    ]);
  });

  it('reads a linked title in angle brackets, and asks about one arXiv id under two such titles', async () => {
    const before = `# Exploration

## Single-agent

* <[Exploration by Random Network Distillation](https://arxiv.org/abs/1810.12894)> by Yuri Burda, Harrison Edwards, Amos Storkey, Oleg Klimov, 2018.

* <[Curiosity-driven Exploration by Self-supervised Prediction](https://arxiv.org/abs/1705.05363)> by Deepak Pathak, Pulkit Agrawal, Alexei A. Efros, Trevor Darrell, 2017.

## Multi-agent

* <[Coordinated Exploration via Intrinsic Rewards for Multi-Agent Reinforcement Learning](https://arxiv.org/abs/1905.12127)> by Shariq Iqbal, Fei Sha, 2019.

* <[Influence-Based Multi-Agent Exploration](https://arxiv.org/abs/1910.05512)> by Tonghan Wang, Jianhao Wang, Yi Wu, Chongjie Zhang, 2019.
`;
    expect(await titles(before)).toEqual([
      'Exploration by Random Network Distillation',
      'Curiosity-driven Exploration by Self-supervised Prediction',
      'Coordinated Exploration via Intrinsic Rewards for Multi-Agent Reinforcement Learning',
      'Influence-Based Multi-Agent Exploration',
    ]);
    // Another paper written with the first one's link: a wrong link, not the same paper to remove.
    const text = `${before}
* <[Coordinated Versus Decentralized Exploration In Multi-Agent Multi-Armed Bandits](https://arxiv.org/abs/1905.12127)> by Mithun Chakraborty, Kai Yee Phoebe Chua, Sanmay Das, Brendan Juba, 2017.
`;
    const { findings } = await lint({ path: 'README.md', text, baseText: before });
    expect(findings.map((f) => [f.line, f.rule])).toEqual([[15, 'duplicate']]);
    expect(findings[0]?.message).toMatch(/under another title: either one of the two links is wrong/);
  });

  it("does not read an HTML entity's semicolon as the title's punctuation", async () => {
    const text = `# Papers

- **Attention Is All You Need &#34;** NeurIPS 2017. [[pdf](https://arxiv.org/abs/1706.03762)]
- **Deep Residual Learning for Image Recognition.** CVPR 2016. [[pdf](https://arxiv.org/abs/1512.03385)]
`;
    const entries = await exportEntries(text);
    expect(entries.map((entry) => entry.title)).toEqual([
      'Attention Is All You Need &#34;',
      'Deep Residual Learning for Image Recognition',
    ]);
  });
});

describe("the list's news", () => {
  const news = (heading: string) => `# Awesome parameter-efficient tuning

## ${heading}

- [2024/05/02] Add **[DoRA: Weight-Decomposed Low-Rank Adaptation](https://arxiv.org/abs/2402.09353)**.
- [2024/03/11] Add **[LoRA+: Efficient Low Rank Adaptation of Large Models](https://arxiv.org/abs/2402.12354)**.

## Low-rank updates

- **LoRA: Low-Rank Adaptation of Large Language Models.** ICLR 2022. [[pdf](https://arxiv.org/abs/2106.09685)]
- **DoRA: Weight-Decomposed Low-Rank Adaptation.** ICML 2024. [[pdf](https://arxiv.org/abs/2402.09353)]
`;

  it.each([
    '🔔 News',
    ':collision: Update Log',
    'Changelog',
    'Latest Updates',
    '✨ Highlights of our group',
    'News! Our survey is out',
  ])('under "%s" names the papers the list added; its lines are not papers', async (heading) => {
    const text = news(heading);
    expect(await titles(text)).toEqual([
      'LoRA: Low-Rank Adaptation of Large Language Models',
      'DoRA: Weight-Decomposed Low-Rank Adaptation',
    ]);
    // Nor is a paper named in the news and listed below a duplicate.
    expect(await findings(text)).toEqual([]);
  });
});

describe("the list's tools", () => {
  it('an item under a "Tools" heading is software, though it links the paper that describes it', async () => {
    const text = `# Awesome LLM compression

## Quantization

- GPTQ: Accurate Post-Training Quantization for Generative Pre-trained Transformers <br> ICLR 2023 [[Paper]](https://arxiv.org/abs/2210.17323)
- AWQ: Activation-aware Weight Quantization for LLM Compression and Acceleration <br> MLSys 2024 [[Paper]](https://arxiv.org/abs/2306.00978)
- QLoRA: Efficient Finetuning of Quantized LLMs <br> NeurIPS 2023 [[Paper]](https://arxiv.org/abs/2305.14314)

## Tools

- llama.cpp: LLM inference in C/C++ [[Code]](https://github.com/ggml-org/llama.cpp)
- bitsandbytes: k-bit quantization for PyTorch. [[Code]](https://github.com/bitsandbytes-foundation/bitsandbytes) [[Paper]](https://arxiv.org/abs/2208.07339)
`;
    expect(await titles(text)).toEqual([
      'GPTQ: Accurate Post-Training Quantization for Generative Pre-trained Transformers',
      'AWQ: Activation-aware Weight Quantization for LLM Compression and Acceleration',
      'QLoRA: Efficient Finetuning of Quantized LLMs',
    ]);
    // Nor is it asked for the venue and year the list's papers give.
    expect(await findings(text)).toEqual([]);
  });
});

describe('a topic named like a resource', () => {
  it('under "Video" (a research topic, not a section of videos) holds papers', async () => {
    const text = `# Awesome neural radiance fields

#### Dynamic
- [D-NeRF: Neural Radiance Fields for Dynamic Scenes](https://arxiv.org/abs/2011.13961), Pumarola et al., CVPR 2021
- [Nerfies: Deformable Neural Radiance Fields](https://arxiv.org/abs/2011.12948), Park et al., ICCV 2021

#### Video
- [Neural Scene Flow Fields for Space-Time View Synthesis of Dynamic Scenes](https://arxiv.org/abs/2011.13084), Li et al., CVPR 2021
- [Neural 3D Video Synthesis](https://arxiv.org/abs/2103.02597), Li et al., CVPR 2022
`;
    expect(await titles(text)).toEqual([
      'D-NeRF: Neural Radiance Fields for Dynamic Scenes',
      'Nerfies: Deformable Neural Radiance Fields',
      'Neural Scene Flow Fields for Space-Time View Synthesis of Dynamic Scenes',
      'Neural 3D Video Synthesis',
    ]);
  });
});

describe('paragraph entries that open with their venue', () => {
  it("reads `Venue: **Title**.` paragraphs, but not prose that links the list's own survey", async () => {
    const text = `# Papers on generative modeling

Our survey: [A Style-Based Generator Architecture for Generative Adversarial Networks](https://arxiv.org/abs/1812.04948)

## Latent space

NeurIPS2020: **Instance Selection for GANs**. [paper](https://arxiv.org/pdf/2007.15255.pdf) <br>
*comment*: select instances by the density of the data manifold.

CVPR2020: **Interpreting the Latent Space of GANs for Semantic Face Editing**. [paper](https://arxiv.org/pdf/1907.10786.pdf) <br>
*comment*: find the interpretable directions of a face GAN.

SIGGRAPH20 Asia: **StyleFlow: Attribute-conditioned Exploration of StyleGAN-Generated Images using Conditional Continuous Normalizing Flows**. [paper](https://arxiv.org/pdf/2008.02401.pdf) <br>
*comment*: a normalizing flow in the latent space.

ECCV2020: **StyleGAN2 Distillation for Feed-forward Image Manipulation**. [paper](https://arxiv.org/pdf/2003.03581.pdf)
`;
    const entries = await exportEntries(text);
    expect(entries.slice(0, 3).map((entry) => [entry.title, entry.venue, entry.year])).toEqual([
      ['Instance Selection for GANs', 'NeurIPS', '2020'],
      ['Interpreting the Latent Space of GANs for Semantic Face Editing', 'CVPR', '2020'],
      [
        'StyleFlow: Attribute-conditioned Exploration of StyleGAN-Generated Images using Conditional Continuous Normalizing Flows',
        'SIGGRAPH20 Asia',
        null,
      ],
    ]);
    expect(entries[3].title).toBe('StyleGAN2 Distillation for Feed-forward Image Manipulation');
    // A remark under its label (`*comment*: …`) names no authors: an entry without one lacks nothing.
    expect(entries.map((entry) => entry.authors)).toEqual([[], [], [], []]);
    expect(await findings(text)).toEqual([]);
  });
});

describe('paragraph entries whose first line shows no title', () => {
  it('reads a run of short paragraphs that each link a paper as papers, but not prose that links one', async () => {
    const text = `# Papers on efficient systems

This list keeps papers we read. Our survey is [Efficient Large Language Models: A Survey](https://arxiv.org/abs/2312.03863), please cite it.

## Scheduling

ICML 2023, [Fast Inference from Transformers via Speculative Decoding](https://arxiv.org/abs/2211.17192)---Notes: [blog](https://example.org/speculative)

SOSP 2023, [Efficient Memory Management for Large Language Model Serving with PagedAttention](https://arxiv.org/abs/2309.06180)---Notes: [blog](https://example.org/vllm)

ICML 2023, [FlexGen: High-Throughput Generative Inference of Large Language Models with a Single GPU](https://arxiv.org/abs/2303.06865)

## Surveys

Attention Is All You Need  
**[2017 NeurIPS]** **[[PDF]](https://arxiv.org/pdf/1706.03762.pdf)**

Deep Residual Learning for Image Recognition  
**[2016 CVPR]** **[[PDF]](https://arxiv.org/pdf/1512.03385.pdf)**

Layer Normalization  
**[2016 arXiv]** **[[PDF]](https://arxiv.org/pdf/1607.06450.pdf)**

## Vision

CVPR 2015, [Going Deeper with Convolutions](https://arxiv.org/abs/1409.4842)

ICLR 2021, [An Image is Worth 16x16 Words: Transformers for Image Recognition at Scale](https://arxiv.org/abs/2010.11929)

## Contact

Write to us, or read [the paper that started it](https://arxiv.org/abs/1706.03762).
`;
    const entries = await exportEntries(text);
    expect(entries.map((entry) => [entry.title, entry.arxiv])).toEqual([
      ['Fast Inference from Transformers via Speculative Decoding', '2211.17192'],
      ['Efficient Memory Management for Large Language Model Serving with PagedAttention', '2309.06180'],
      [
        'FlexGen: High-Throughput Generative Inference of Large Language Models with a Single GPU',
        '2303.06865',
      ],
      ['Attention Is All You Need', '1706.03762'],
      ['Deep Residual Learning for Image Recognition', '1512.03385'],
      ['Layer Normalization', '1607.06450'],
      // Two such paragraphs are enough in a list that writes its papers so.
      ['Going Deeper with Convolutions', '1409.4842'],
      ['An Image is Worth 16x16 Words: Transformers for Image Recognition at Scale', '2010.11929'],
    ]);
    expect(await findings(text)).toEqual([]);
  });
});

describe('paragraphs inside list items', () => {
  it("counts a note indented under an item as the item's, not as a paragraph of its section", async () => {
    const note = (what: string) => `- ${what}: [slides](https://example.org/${what.toLowerCase()})

  We read it in the group; the slides are ours.
`;
    const text = `# Papers on efficient systems

## Scheduling

${note('Kickoff')}
${note('Midterm')}
${note('Final')}
ICML 2023, [Fast Inference from Transformers via Speculative Decoding](https://arxiv.org/abs/2211.17192)

SOSP 2023, [Efficient Memory Management for Large Language Model Serving with PagedAttention](https://arxiv.org/abs/2309.06180)

ICML 2023, [FlexGen: High-Throughput Generative Inference of Large Language Models with a Single GPU](https://arxiv.org/abs/2303.06865)
`;
    // Three notes under items and three paper paragraphs: the papers are all of the section's own
    // paragraphs, not half of six.
    expect((await exportEntries(text)).map((entry) => entry.arxiv)).toEqual([
      '2211.17192',
      '2309.06180',
      '2303.06865',
    ]);
    expect(await findings(text)).toEqual([]);
  });
});

describe('paper paragraphs under headings of other forms', () => {
  const papers = `ICML 2023, [Fast Inference from Transformers via Speculative Decoding](https://arxiv.org/abs/2211.17192)

SOSP 2023, [Efficient Memory Management for Large Language Model Serving with PagedAttention](https://arxiv.org/abs/2309.06180)

ICML 2023, [FlexGen: High-Throughput Generative Inference of Large Language Models with a Single GPU](https://arxiv.org/abs/2303.06865)
`;
  const note =
    'We keep this list for our reading group; the method we use most is [FlashAttention](https://arxiv.org/abs/2205.14135).';
  it.each([
    ['underlined (setext)', (name: string) => `${name}\n${'-'.repeat(name.length)}`],
    ['written in HTML', (name: string) => `<h2>${name}</h2>`],
  ])('a heading %s ends the section whose paragraphs are papers', async (_, heading) => {
    const text = `Papers on efficient systems
===========================

${heading('Serving')}

${papers}
${heading('Reading group')}

${note}
`;
    // The note is the one paragraph of its own section, not a fourth paper of the section above.
    expect((await exportEntries(text)).map((entry) => entry.arxiv)).toEqual([
      '2211.17192',
      '2309.06180',
      '2303.06865',
    ]);
  });
});

describe('a table of contents written in HTML', () => {
  it('reads an item whose title is an HTML link to a heading of the page as no paper, whatever spacing a change gives it', async () => {
    const contents = (gap: string, indent: string, between: string) => `# Language and RL Papers

* <a href="#reward-shaping" style="color: black; font-size: 20px; font-weight: 700">Reward shaping</a>
${gap}${indent}1. [Using Natural Language for Reward Shaping in Reinforcement Learning](#using-natural-language)
${between}
${indent}2. [Overcoming Exploration in Reinforcement Learning with Demonstrations](#overcoming-exploration)

## Reward shaping

- **Using Natural Language for Reward Shaping in Reinforcement Learning.** IJCAI 2019.

  *Prasoon Goyal, Scott Niekum, Raymond J. Mooney*. [[pdf](https://arxiv.org/abs/1903.02020)]

- **Overcoming Exploration in Reinforcement Learning with Demonstrations.** ICRA 2018.

  *Ashvin Nair, Bob McGrew, Marcin Andrychowicz, Wojciech Zaremba, Pieter Abbeel*. [[pdf](https://arxiv.org/abs/1709.10089)]

- **Automatic Goal Generation for Reinforcement Learning Agents.** ICML 2018.

  *Carlos Florensa, David Held, Xinyang Geng, Pieter Abbeel*. [[pdf](https://arxiv.org/abs/1705.06366)]
`;
    // The change takes the empty lines out of the contents and indents its items with a tab: it took
    // no author line's gap from a paper (the empty lines it took out are no paper's text).
    const before = contents('\n', '   ', '');
    const after = contents('', '\t', '\t');
    expect((await lint({ path: 'README.md', text: after, baseText: before })).findings).toEqual([]);
    expect(await titles(after)).toEqual([
      'Using Natural Language for Reward Shaping in Reinforcement Learning',
      'Overcoming Exploration in Reinforcement Learning with Demonstrations',
      'Automatic Goal Generation for Reinforcement Learning Agents',
    ]);
  });
});

describe('a Paper column whose links are named by venue and year', () => {
  it('reads the row by its name, the link as its paper, where and when it appeared as its venue', async () => {
    const text = `# Vision models

## Models

| Model | Paper | Code |
| --- | --- | --- |
| SAM | [ICCV 2023](https://arxiv.org/abs/2304.02643) | [GitHub](https://github.com/facebookresearch/segment-anything) |
| DINOv2 | [TMLR 2024](https://arxiv.org/abs/2304.07193) | [GitHub](https://github.com/facebookresearch/dinov2) |
| CLIP | [ICML 2021](https://arxiv.org/abs/2103.00020) | [GitHub](https://github.com/openai/CLIP) |
| ViT | [ICLR 2021](https://arxiv.org/abs/2010.11929) | [GitHub](https://github.com/google-research/vision_transformer) |
`;
    const entries = await exportEntries(text);
    expect(entries.map((entry) => [entry.title, entry.venue, entry.year, entry.arxiv])).toEqual([
      ['SAM', 'ICCV', '2023', '2304.02643'],
      ['DINOv2', 'TMLR', '2024', '2304.07193'],
      ['CLIP', 'ICML', '2021', '2103.00020'],
      ['ViT', 'ICLR', '2021', '2010.11929'],
    ]);
    expect(await findings(text)).toEqual([]);
  });
});

describe('labelled notes under a paper of its own heading', () => {
  it('reads `- Review:` and `- Framework Overview:` items as notes, not papers, though prose follows them', async () => {
    const paper = (title: string, id: string) =>
      [
        `##### ${title}`,
        '',
        `- Paper Link: [arXiv ${id}](https://arxiv.org/abs/${id})`,
        '',
        '- Framework Overview:',
        '',
        '    ![](./images/overview.png)',
        '',
        '- Review:',
        '        The authors let a language model write the reward, and the agent learns faster with it, on every task, than with the rewards that experts wrote by hand.',
        '',
        '***',
        '',
      ].join('\n');
    const text = [
      '# LLM and RL papers',
      '',
      paper('Eureka: Human-Level Reward Design via Coding Large Language Models', '2310.12931'),
      paper('Motif: Intrinsic Motivation from Artificial Intelligence Feedback', '2310.00166'),
      paper('Text2Reward: Reward Shaping with Language Models for Reinforcement Learning', '2309.11489'),
    ].join('\n');
    const entries = await exportEntries(text);
    expect(entries.every((entry) => entry.arxiv !== null)).toBe(true);
    expect(entries.map((entry) => entry.arxiv)).toEqual(['2310.12931', '2310.00166', '2309.11489']);
  });
});

describe('notes under a paper written as a paragraph', () => {
  const paper = (title: string, id: string, notes: readonly string[]) =>
    [`[${title}](https://arxiv.org/abs/${id})`, '', ...notes.map((note) => `- ${note}`), '', '---', ''].join(
      '\n',
    );
  const list = (papers: readonly string[]) =>
    ['# Autonomous agents', '', '## Research papers', '', '#### 12th March 2023', '', ...papers].join('\n');
  const react = paper('ReAct: Synergizing Reasoning and Acting in Language Models', '2210.03629', [
    'ReAct: introduces a prompting method that interleaves reasoning traces with actions on an environment.',
    'The framework lets the model revise its plan from what each action returns.',
    'ReAct reduces hallucination on HotpotQA and Fever compared to chain-of-thought prompting.',
  ]);
  const toolformer = paper('Toolformer: Language Models Can Teach Themselves to Use Tools', '2302.04761', [
    'Toolformer: introduces a model trained to decide which APIs to call, when, and with which arguments.',
    'The model is fine-tuned on its own samples of API calls that help it predict the next tokens.',
  ]);
  const reflexion = paper('Reflexion: Language Agents with Verbal Reinforcement Learning', '2303.11366', [
    'Reflexion: introduces agents that reflect on task feedback in words and keep the reflections in memory.',
    'The agents improve over trials without any update of the weights of the model.',
  ]);
  // A note naming a year, as a summary's sentence may.
  const voyager = paper('Voyager: An Open-Ended Embodied Agent with Large Language Models', '2305.16291', [
    'Voyager: introduces a lifelong learning agent in Minecraft that writes its skills as code.',
    'The agent sets its own tasks by an automatic curriculum.',
    'By keeping a growing library of skills, Voyager obtains 3.3 times more unique items than the agents of 2022.',
  ]);

  it('reads the notes as part of their paper, not as papers, even one that names a year', async () => {
    const base = list([react, toolformer, reflexion]);
    const text = list([react, toolformer, reflexion, voyager]);
    expect(await titles(text)).toEqual([
      'ReAct: Synergizing Reasoning and Acting in Language Models',
      'Toolformer: Language Models Can Teach Themselves to Use Tools',
      'Reflexion: Language Agents with Verbal Reinforcement Learning',
      'Voyager: An Open-Ended Embodied Agent with Large Language Models',
    ]);
    // The note with a year is not a paper that lacks a link to itself.
    expect((await lint({ path: 'README.md', text, baseText: base })).findings).toEqual([]);
  });

  it('reads a note that links the paper its paragraph links as a note', async () => {
    const noted = paper('Voyager: An Open-Ended Embodied Agent with Large Language Models', '2305.16291', [
      'Voyager: introduces a lifelong learning agent in Minecraft that writes its skills as code.',
      'Published 25th May 2023 as http://arxiv.org/abs/2305.16291 with its code.',
    ]);
    const base = list([react, toolformer, reflexion]);
    const text = list([react, toolformer, reflexion, noted]);
    expect(await titles(text)).toHaveLength(4);
    expect((await lint({ path: 'README.md', text, baseText: base })).findings).toEqual([]);
  });

  it('still reads the items under a paragraph as papers where they link papers of their own', async () => {
    const text = `# Autonomous agents

## Surveys

[A Survey on Large Language Model based Autonomous Agents](https://arxiv.org/abs/2308.11432)

- [Generative Agents: Interactive Simulacra of Human Behavior](https://arxiv.org/abs/2304.03442)
- [Voyager: An Open-Ended Embodied Agent with Large Language Models](https://arxiv.org/abs/2305.16291)
`;
    expect(await titles(text)).toEqual([
      'A Survey on Large Language Model based Autonomous Agents',
      'Generative Agents: Interactive Simulacra of Human Behavior',
      'Voyager: An Open-Ended Embodied Agent with Large Language Models',
    ]);
  });
});

describe('a dataset row under a heading of datasets', () => {
  const paper = (title: string, authors: string, venue: string, id: string) =>
    `**${title}**<br>\n*${authors}*<br>\n${venue}. [[PDF](https://arxiv.org/abs/${id})]\n`;
  const list = (rows: readonly string[]) => `# Awesome digital human

## Clothed Human Digitalization

${paper('PIFu: Pixel-Aligned Implicit Function for High-Resolution Clothed Human Digitization.', 'Shunsuke Saito, Zeng Huang, Ryota Natsume, Shigeo Morishima, Angjoo Kanazawa, Hao Li.', 'ICCV 2019', '1905.05172')}
${paper('PIFuHD: Multi-Level Pixel-Aligned Implicit Function for High-Resolution 3D Human Digitization.', 'Shunsuke Saito, Tomas Simon, Jason Saragih, Hanbyul Joo.', 'CVPR 2020', '2004.00452')}
${paper('ICON: Implicit Clothed humans Obtained from Normals.', 'Yuliang Xiu, Jinlong Yang, Dimitrios Tzionas, Michael J. Black.', 'CVPR 2022', '2112.09127')}
### Datasets
${rows.join('\n')}
- Fashionpedia. [[Website]](https://fashionpedia.github.io/home/index.html)
- DeepFashion2 Dataset. [[Website]](https://github.com/switchablenorms/DeepFashion2)
`;

  it('reads a row whose link the list labels as its site as a dataset, though the site is on arXiv', async () => {
    const row = '- WildAvatar (2024). [[Website]](https://arxiv.org/pdf/2407.02165)';
    const text = list([row]);
    expect(await titles(text)).toHaveLength(3);
    // Not asked for a paper's bold title, nor for the abstract page in place of the PDF.
    expect((await lint({ path: 'README.md', text, baseText: list([]) })).findings).toEqual([]);
  });

  it('still reads a row whose link is labelled as the paper as a paper', async () => {
    const row = '- THuman2.0 (2021). [[arXiv]](https://arxiv.org/abs/2101.06026)';
    expect(await titles(list([row]))).toHaveLength(4);
  });
});

describe('a plain title with its venue and year in parentheses, and no link to the paper', () => {
  const text = `# [Paper List] AI4DB / ML4DB

Table of Contents
=================
- [Index](#index)
- [Query Optimization](#query-optimization)

## Index
* The Case for Learned Index Structures (SIGMOD 2018)
* FITing-Tree: A Data-aware Index Structure (SIGMOD 2019)
* ALEX: An Updatable Adaptive Learned Index (SIGMOD 2020) [GitHub Link](https://github.com/microsoft/ALEX)

## Query Optimization
* Neo: A Learned Query Optimizer (VLDB 2019)
* Bao: Making Learned Query Optimization Practical （SIGMOD 2021）

## Related
* Awesome-Text2SQL [Resource repo](https://github.com/eosphoros-ai/Awesome-Text2SQL)
* <img src="badges/origin-academia-blue.svg" alt="origin-academia" align="top"> [ACM International Conference on Automated Software Engineering, ASE](https://2019.aseconf.org)
`;

  // Not the conference, whose link's target only looks like a venue and year in parentheses.
  it('reads each item as a paper, its parentheses as the venue and year, not the title', async () => {
    const entries = await exportEntries(text);
    expect(entries.map((entry) => [entry.title, entry.year])).toEqual([
      ['The Case for Learned Index Structures', '2018'],
      ['FITing-Tree: A Data-aware Index Structure', '2019'],
      ['ALEX: An Updatable Adaptive Learned Index', '2020'],
      ['Neo: A Learned Query Optimizer', '2019'],
      ['Bao: Making Learned Query Optimization Practical', '2021'],
    ]);
    expect(await findings(text)).toEqual([]);
  });
});

describe('where and when a paper appeared, written before its title', () => {
  // Every title after a year and a venue set off by dashes; some link code, some link nothing.
  const dashed = `# Graph papers

## Architecture

- 2017 - ICLR - [Semi-Supervised Classification with Graph Convolutional Networks](https://github.com/tkipf/gcn)
  - *[Thomas N. Kipf], Max Welling*
- 2018 - ICLR - [Graph Attention Networks](https://github.com/PetarV-/GAT)
  - *[Petar Veličković], Guillem Cucurull, Arantxa Casanova*
- 2019 - ICLR - [How Powerful are Graph Neural Networks?](https://github.com/weihuahu/gin)
  - *[Keyulu Xu], Weihua Hu, Jure Leskovec, Stefanie Jegelka*
- 2017 - NIPS - [Inductive Representation Learning on Large Graphs](https://github.com/williamleif/GraphSAGE)
  - *[William L. Hamilton], Rex Ying, Jure Leskovec*
- 2019 - ICML - Simplifying Graph Convolutional Networks
  - *Felix Wu, Tianyi Zhang, Amauri Souza*
- 2018 - ICML - Representation Learning on Graphs with Jumping Knowledge Networks
  - *Keyulu Xu, Chengtao Li, Yonglong Tian*
- 2019 - NIPS-GRL - Learnable Aggregator for GCN
  - *Li Zhang*

[Thomas N. Kipf]: https://tkipf.github.io/
[Petar Veličković]: https://petar-v.com/
[Keyulu Xu]: https://keyulux.com/
[William L. Hamilton]: https://www.cs.mcgill.ca/~wlh/
`;

  it('reads the title after the prefix, and the prefix as the venue and year', async () => {
    const entries = await exportEntries(dashed);
    expect(entries.map((entry) => [entry.title, entry.venue, entry.year])).toEqual([
      ['Semi-Supervised Classification with Graph Convolutional Networks', 'ICLR', '2017'],
      ['Graph Attention Networks', 'ICLR', '2018'],
      ['How Powerful are Graph Neural Networks?', 'ICLR', '2019'],
      ['Inductive Representation Learning on Large Graphs', 'NIPS', '2017'],
      ['Simplifying Graph Convolutional Networks', 'ICML', '2019'],
      ['Representation Learning on Graphs with Jumping Knowledge Networks', 'ICML', '2018'],
      ['Learnable Aggregator for GCN', 'NIPS-GRL', '2019'],
    ]);
    expect(entries[4].authors).toEqual(['Felix Wu', 'Tianyi Zhang', 'Amauri Souza']);
  });

  // A name linked by reference (`[Keyulu Xu]`, defined below the list) is written back as written.
  it('writes every entry back through its template', async () => {
    expect((await roundTrip(dashed)).misses).toEqual([]);
  });

  // A venue and a date before the title, set off by a comma; many papers link only their project's site.
  const commas = `# Papers

- arXiv 2023.04, Segment Anything, [arXiv](https://arxiv.org/abs/2304.02643)
- arXiv 2023.10, Eureka: Human-Level Reward Design via Coding Large Language Models, [website](https://eureka-research.github.io/)
- RSS 2023, Diffusion Policy: Visuomotor Policy Learning via Action Diffusion, [website](https://diffusion-policy.cs.columbia.edu/)
- arXiv 2022.12, RT-1: Robotics Transformer for Real-World Control at Scale, [arXiv](https://arxiv.org/abs/2212.06817)
- CoRL 2022 oral, Perceiver-Actor: A Multi-Task Transformer for Robotic Manipulation, [website](https://peract.github.io/)
`;

  it('reads a paper that links only its site as a paper, its title whole', async () => {
    const entries = await exportEntries(commas);
    expect(entries.map((entry) => [entry.title, entry.year])).toEqual([
      ['Segment Anything', '2023'],
      ['Eureka: Human-Level Reward Design via Coding Large Language Models', '2023'],
      ['Diffusion Policy: Visuomotor Policy Learning via Action Diffusion', '2023'],
      ['RT-1: Robotics Transformer for Real-World Control at Scale', '2022'],
      ['Perceiver-Actor: A Multi-Task Transformer for Robotic Manipulation', '2022'],
    ]);
    expect(await findings(commas)).toEqual([]);
  });

  // Bars part a line's fields: words between them are the title, however short.
  it('reads the title after a year set off by a bar, not as a venue', async () => {
    const text = `# AutoML

- 2016 | Learning to Optimize | Ke Li, Jitendra Malik | arXiv | [\`PDF\`](https://arxiv.org/pdf/1606.01885.pdf)
- 2017 | Neural Architecture Search with Reinforcement Learning | Barret Zoph, Quoc V. Le | ICLR | [\`PDF\`](https://arxiv.org/pdf/1611.01578.pdf)
`;
    expect(await titles(text)).toEqual([
      'Learning to Optimize',
      'Neural Architecture Search with Reinforcement Learning',
    ]);
  });

  it('reads a school or a course dated so under a heading of lectures and tutorials as no paper', async () => {
    const text = `# Deep learning papers

### Surveys

- Nature 2015, Deep Learning, [web](https://www.nature.com/articles/nature14539)

### Video Lectures / Tutorials / Blogs

- Oxford Deep NLP 2017, Deep Learning for Natural Language Processing, University of Oxford [[web]](https://github.com/oxford-cs-deepnlp-2017/lectures)
- Deep Learning Summer School 2016, Montreal [[web]](http://videolectures.net/deeplearning2016_montreal/)
`;
    expect(await titles(text)).toEqual(['Deep Learning']);
  });

  it('reads a dated note that names no venue as no paper', async () => {
    const text = `# Robot learning

## Changes

- 2023.05 - Reorganised the sections by topic
- 2023.06 - Moved the datasets to their own page

## Policies

- RSS 2023, Diffusion Policy: Visuomotor Policy Learning via Action Diffusion, [arXiv](https://arxiv.org/abs/2303.04137)
`;
    expect(await titles(text)).toEqual(['Diffusion Policy: Visuomotor Policy Learning via Action Diffusion']);
  });
});

describe('a bold title linked after a badge in a table cell', () => {
  // A short bold title's link is the title, not a venue tag in bold brackets (`[**Nature, 2023**]`).
  const text = `# Segment anything

| Title & Authors | Links |
|:----|:---:|
| [![Star](https://img.shields.io/github/stars/facebookresearch/segment-anything.svg?style=social&label=Star)](https://github.com/facebookresearch/segment-anything) <br> [**Segment Anything**](https://arxiv.org/abs/2304.02643) <br> *Alexander Kirillov, Eric Mintun, Nikhila Ravi* | [[Page](https://segment-anything.com/)] |
| [![Star](https://img.shields.io/github/stars/ronghanghu/seg_every_thing.svg?style=social&label=Star)](https://github.com/ronghanghu/seg_every_thing) <br> [**Learning to Segment Every Thing**](https://arxiv.org/abs/1711.10370) <br> *Ronghang Hu, Piotr Dollár, Kaiming He* | [[Code](https://github.com/ronghanghu/seg_every_thing)] |
`;

  it('reads the linked title, not the whole cell', async () => {
    expect(await titles(text)).toEqual(['Segment Anything', 'Learning to Segment Every Thing']);
  });
});

describe('plain items after a venue-and-year tag their section repeats, without links', () => {
  const text = `# Host networking reading list

## Basics

- 16-ATC-Design Guidelines for High Performance RDMA Systems
- 18-SIGCOMM-Revisiting Network Support for RDMA
- 19-NSDI-Datacenter RPCs can be General and Fast
- 20-OSDI-A Simpler and Faster NIC Driver Model for Network Functions

## Dataplane OSes

**[Questions]**
- How should a dataplane OS schedule its cores?

**[Related Works]**
- 14-OSDI-IX: A Protected Dataplane Operating System for High Throughput and Low Latency
- 17-SOSP-ZygOS: Achieving Low Tail Latency for Microsecond-scale Networked Tasks
- 19-NSDI-Shenango: Achieving High CPU Efficiency for Latency-sensitive Datacenter Workloads

## Projects

- [DPDK](https://www.dpdk.org/): a data plane development kit
`;

  it('reads each tagged item as a paper, and no question or project', async () => {
    const entries = await exportEntries(text);
    expect(entries.map((entry) => entry.line)).toEqual([5, 6, 7, 8, 16, 17, 18]);
    expect(await findings(text)).toEqual([]);
    expect((await roundTrip(text)).identical).toBe(7);
  });

  it('reads no item whose tag only two items share', async () => {
    const two = `# Notes

## Misc

- 12-Lead-ECG recordings we keep for later
- 24-Hour-Forecasting is what the second tool does
- Nothing else here yet
`;
    expect(await exportEntries(two)).toEqual([]);
  });

  it('reads an item that lost its link among tagged items that link their papers as a paper without it', async () => {
    const linked = `# Papers

## Dataplane

- 2014-OSDI-IX: A Protected Dataplane Operating System for High Throughput [paper](https://dl.acm.org/doi/10.5555/2685048.2685050)
- 2017-SOSP-ZygOS: Achieving Low Tail Latency for Microsecond-scale Networked Tasks [paper](https://dl.acm.org/doi/10.1145/3132747.3132780)
- 2019-NSDI-Shenango: Achieving High CPU Efficiency for Latency-sensitive Datacenter Workloads [paper](https://www.usenix.org/system/files/nsdi19-ousterhout.pdf)
- 2020-OSDI-Caladan: Mitigating Interference at Microsecond Timescales
`;
    const result = await lint({
      path: 'README.md',
      text: linked,
      baseText: linked.split('\n').slice(0, -2).join('\n') + '\n',
    });
    expect(result.findings.map((f) => `${f.line} ${f.rule}`)).toContain('8 pdf-missing');
  });
});

describe('paragraph entries led by a venue and year, some linking a conference page or a project page', () => {
  const text = `# Cloud resource management

## Learning

SIGCOMM 2019, [Learning Scheduling Algorithms for Data Processing Clusters](https://web.mit.edu/decima/)---Notes:[zhihu](https://zhuanlan.zhihu.com/p/1)

OSDI 2020, [FIRM: An Intelligent Fine-grained Resource Management Framework for SLO-Oriented Microservices](https://www.usenix.org/conference/osdi20/presentation/qiu)

ICWS 2019, [Microscaler: Automatic Scaling for Microservices with an Online Learning Approach](https://ieeexplore.ieee.org/document/8818401)

EuroSys 2022, [DeepRest: Deep Resource Estimation for Interactive Microservices](https://dl.acm.org/doi/10.1145/3492321.3519564)

## To read

Our notes on these are still to come, see [the notes folder](https://example.org/notes).

M. Carvalho and D. F. Macedo. 2021. QoE-Aware Container Scheduler for Co-located Cloud Environments.

N. D. Nguyen and others. 2020. ElasticFog: Elastic Resource Provisioning in Container-Based Fog Computing.

CCGrid 2022, [LatEst: Vertical Elasticity for Millisecond Serverless Execution](https://ieeexplore.ieee.org/document/9825925/)
`;

  it('reads every paper led so, in its section or among citations without links, and no note', async () => {
    const entries = await exportEntries(text);
    expect(entries.map((entry) => entry.line)).toEqual([5, 7, 9, 11, 21]);
    expect(entries[1].paper).toBe('https://www.usenix.org/conference/osdi20/presentation/qiu');
    expect(await findings(text)).toEqual([]);
  });
});
