// Loaded with `node --import` where /usr/bin/time is missing: on exit, writes the process's own resource usage (peak
// RSS from the OS, CPU time of all its threads) to the file named by BENCH_USAGE_FILE.
import { writeFileSync } from 'node:fs';

process.on('exit', () => {
  const usage = process.resourceUsage();
  writeFileSync(process.env.BENCH_USAGE_FILE, JSON.stringify({ maxRSS: usage.maxRSS, user: usage.userCPUTime, system: usage.systemCPUTime }));
});
