// Loaded with `node --import` into every benchmarked process: on exit it appends the process's
// peak memory (max RSS, KB) and the moment it started (epoch ms) to $PAPERLINT_PROBE_FILE.
import { appendFileSync } from 'node:fs';

const started = performance.timeOrigin;
process.on('exit', () => {
  if (!process.env.PAPERLINT_PROBE_FILE) return;
  appendFileSync(
    process.env.PAPERLINT_PROBE_FILE,
    `${JSON.stringify({ maxRssKb: process.resourceUsage().maxRSS, started })}\n`,
  );
});
