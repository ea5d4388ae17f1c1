import type { FormatContext } from '../report/format-context.js';
import type { ReportTarget } from './output-targets.js';
import type { AppendedReport } from './report-outputs.js';

/**
 * GitHub's job summary: a run that writes the `github` report (annotations) inside GitHub Actions also appends the
 * Markdown report to the file `$GITHUB_STEP_SUMMARY` names, which the job's summary page shows. Appended, never
 * replaced, since every step of the job writes to the same file; nothing when the variable is unset or empty (not in
 * GitHub Actions), or when no `github` report is written.
 */
export async function githubStepSummary(
  targets: readonly ReportTarget[],
  env: Readonly<Record<string, string | undefined>>,
  context: FormatContext,
): Promise<AppendedReport[]> {
  const path = env.GITHUB_STEP_SUMMARY;
  if (!path || !targets.some((target) => target.format === 'github')) return [];
  const { streamGithubStepSummary } = await import('../report/github.js');
  return [{ path, formatter: streamGithubStepSummary, context }];
}
