/** Real papers (titles and arXiv ids are facts) that the reading tests write their own small lists with. */
export const PAPERS = [
  ['LoRA: Low-Rank Adaptation of Large Language Models', '2106.09685'],
  ['Prefix-Tuning: Optimizing Continuous Prompts for Generation', '2101.00190'],
  ['The Power of Scale for Parameter-Efficient Prompt Tuning', '2104.08691'],
  ['Parameter-Efficient Transfer Learning for NLP', '1902.00751'],
  ['Attention Is All You Need', '1706.03762'],
  ['Deep Residual Learning for Image Recognition', '1512.03385'],
  ['Denoising Diffusion Probabilistic Models', '2006.11239'],
  ['Language Models are Few-Shot Learners', '2005.14165'],
  ['Adam: A Method for Stochastic Optimization', '1412.6980'],
  ['Layer Normalization', '1607.06450'],
  ['Improving neural networks by preventing co-adaptation of feature detectors', '1207.0580'],
  [
    'Batch Normalization: Accelerating Deep Network Training by Reducing Internal Covariate Shift',
    '1502.03167',
  ],
] as const;
