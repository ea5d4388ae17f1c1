import { INPUT_RULES } from '../rules/registry.js';
import type { Report, Severity } from './types.js';

export type FailOn = Severity | 'none';

export const EXIT = { ok: 0, findings: 1, toolFailure: 2 } as const;

const RANK: Record<Severity, number> = { warning: 1, error: 2 };

/** 0: nothing at or above `failOn`; 1: findings at or above it; 2: a rule failed to run (a defect of the tool). */
export function exitCode(report: Report, failOn: FailOn): number {
  const findings = report.dossiers.flatMap((dossier) => dossier.findings);
  if (findings.some((finding) => finding.ruleId === INPUT_RULES.internalError.meta.id)) return EXIT.toolFailure;
  if (failOn === 'none') return EXIT.ok;
  return findings.some((finding) => RANK[finding.severity] >= RANK[failOn]) ? EXIT.findings : EXIT.ok;
}
