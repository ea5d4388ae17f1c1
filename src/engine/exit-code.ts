import { type Tally, tallyReport } from './summary.js';
import { EXIT } from './exit-codes.js';
import type { Report } from './types.js';

/** The lowest severity that fails a run; `information` never does. */
export type FailOn = 'error' | 'warning' | 'none';

export { EXIT };

/** 0: nothing at or above `failOn`; 1: findings at or above it; 2: a rule failed to run (a defect of the tool). */
export function exitCode(report: Report, failOn: FailOn): number {
  return exitCodeFor(tallyReport(report), failOn);
}

/** The same decision from the counts alone, for a run that streams its report and keeps no dossier. */
export function exitCodeFor(counts: Pick<Tally, 'errors' | 'warnings' | 'internalErrors'>, failOn: FailOn): number {
  if (counts.internalErrors > 0) return EXIT.toolFailure;
  if (failOn === 'none') return EXIT.ok;
  const failing = failOn === 'error' ? counts.errors : counts.errors + counts.warnings;
  return failing > 0 ? EXIT.findings : EXIT.ok;
}
