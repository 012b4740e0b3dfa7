// Loaded with `node --import` into every benchmarked process: on exit it appends the process's
// peak memory (max RSS, KB), the CPU time it used (user and system, ms: on a shared machine a
// steadier figure than the time it took) and the moment it started (epoch ms) to $PAPERLINT_PROBE_FILE.
import { appendFileSync } from 'node:fs';

const started = performance.timeOrigin;
process.on('exit', () => {
  if (!process.env.PAPERLINT_PROBE_FILE) return;
  const usage = process.resourceUsage();
  appendFileSync(
    process.env.PAPERLINT_PROBE_FILE,
    `${JSON.stringify({ maxRssKb: usage.maxRSS, cpuMs: (usage.userCPUTime + usage.systemCPUTime) / 1000, started })}\n`,
  );
});
