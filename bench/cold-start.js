// Cold start of one `dossier-check check FILE`, against a bare `node -e 0` and against the parse floor (a fresh
// process that imports `yaml` and parses the same file). The three commands are alternated (A B C A B C …) so that a
// busy moment of the machine slows all three alike, and each time is the median of its runs.
// `node bench/cold-start.js [runs] [file]` prints the medians and ratios; `measureColdStart` returns them.
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const DEFAULT_FILE = `${root}fixtures/dossiers/pass-built-housing.yaml`;

function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

function timeOnce(args) {
  const start = process.hrtime.bigint();
  const { status, error } = spawnSync(process.execPath, args, { stdio: 'ignore' });
  const elapsed = Number(process.hrtime.bigint() - start) / 1e6;
  // Exit 1 is a dossier with findings, still a complete run; anything else would time a failure.
  if (error || (status !== 0 && status !== 1)) throw new Error(`node ${args.join(' ')} failed (exit ${status}): ${error?.message ?? ''}`);
  return elapsed;
}

/**
 * Medians in milliseconds of `bare` (`node -e 0`), `floor` (node + import yaml + parse `file`) and `check`
 * (`bin/dossier-check.js check file`), each from `runs` alternated runs after one unmeasured warm-up of each.
 */
export function measureColdStart({ runs = 15, file = DEFAULT_FILE, bin = `${root}bin/dossier-check.js`, asOf = '2016-12-31' } = {}) {
  const commands = {
    bare: ['-e', '0'],
    floor: [`${root}bench/parse-floor.js`, file],
    check: [bin, 'check', file, '--as-of', asOf],
  };
  const times = { bare: [], floor: [], check: [] };
  // The first run of each fills the OS file cache; it measures the disk, not the start.
  for (const args of Object.values(commands)) timeOnce(args);
  for (let i = 0; i < runs; i++) {
    for (const [name, args] of Object.entries(commands)) times[name].push(timeOnce(args));
  }
  return { runs, bare: median(times.bare), floor: median(times.floor), check: median(times.check) };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const runs = Number(process.argv[2] ?? 15);
  const { bare, floor, check } = measureColdStart({ runs, ...(process.argv[3] ? { file: process.argv[3] } : {}) });
  console.log(`medians of ${runs} alternated runs, Node ${process.version}`);
  console.log(`bare node -e 0     ${bare.toFixed(1)} ms`);
  console.log(`parse floor        ${floor.toFixed(1)} ms  (${(floor / bare).toFixed(2)}x bare)`);
  console.log(
    `check one dossier  ${check.toFixed(1)} ms  (${(check / bare).toFixed(2)}x bare, ${(check / floor).toFixed(2)}x the parse floor; target <= 1.1x)`,
  );
}
