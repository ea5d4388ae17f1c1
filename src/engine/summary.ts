import type { Report } from './types.js';

export interface Summary {
  dossiers: number;
  passed: number;
  failed: number;
  errors: number;
  warnings: number;
  skipped: number;
}

export function summarize(report: Report): Summary {
  const findings = report.dossiers.flatMap((dossier) => dossier.findings);
  const passed = report.dossiers.filter((dossier) => dossier.verdict === 'pass').length;
  return {
    dossiers: report.dossiers.length,
    passed,
    failed: report.dossiers.length - passed,
    errors: findings.filter((finding) => finding.severity === 'error').length,
    warnings: findings.filter((finding) => finding.severity === 'warning').length,
    skipped: report.skipped.length,
  };
}
