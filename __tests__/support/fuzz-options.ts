/**
 * fast-check options shared by the property tests. CI runs a fixed seed, so a red run is
 * reproducible and never a coin toss; explore with FUZZ_SEED=random and more FUZZ_RUNS, and replay
 * a reported failure with its FUZZ_SEED and FUZZ_PATH. FUZZ_END_ON_FAILURE=1 skips shrinking.
 */
export const FUZZ_OPTIONS = {
  numRuns: Number(process.env.FUZZ_RUNS ?? 300),
  endOnFailure: process.env.FUZZ_END_ON_FAILURE === '1',
  ...(process.env.FUZZ_SEED === 'random'
    ? {}
    : { seed: Number(process.env.FUZZ_SEED ?? 20261128), path: process.env.FUZZ_PATH }),
};
