import { internalError } from '../rules/dossier-input/internal-error.js';
import type { DossierResult, Report } from './types.js';

export interface Summary {
  dossiers: number;
  passed: number;
  failed: number;
  errors: number;
  warnings: number;
  /** Findings a reviewer's waiver covers: counted here, not as errors or warnings. */
  waived: number;
  /** Findings of severity `information`, which fail nothing. */
  information: number;
  skipped: number;
}

/**
 * The counts a run keeps while its report is streamed: the summary, and how many `internal-error` findings there
 * were (the exit code needs that, the summary does not show it). Counting as dossiers go by keeps memory flat.
 */
export interface Tally extends Summary {
  internalErrors: number;
}

export function emptyTally(): Tally {
  return { dossiers: 0, passed: 0, failed: 0, errors: 0, warnings: 0, information: 0, waived: 0, skipped: 0, internalErrors: 0 };
}

export function tallyDossier(tally: Tally, dossier: DossierResult): void {
  tally.dossiers++;
  if (dossier.verdict === 'pass') tally.passed++;
  else tally.failed++;
  for (const finding of dossier.findings) {
    if (finding.waiver) tally.waived++;
    else if (finding.severity === 'error') tally.errors++;
    else if (finding.severity === 'warning') tally.warnings++;
    else tally.information++;
    if (finding.ruleId === internalError.meta.id) tally.internalErrors++;
  }
}

export function tallyReport(report: Report): Tally {
  const tally = emptyTally();
  for (const dossier of report.dossiers) tallyDossier(tally, dossier);
  tally.skipped = report.skipped.length;
  return tally;
}

/** The summary a report shows: the tally without what only the exit code needs. */
export function summaryOf(tally: Tally): Summary {
  const { dossiers, passed, failed, errors, warnings, information, waived, skipped } = tally;
  return { dossiers, passed, failed, errors, warnings, information, waived, skipped };
}

export function summarize(report: Report): Summary {
  return summaryOf(tallyReport(report));
}
