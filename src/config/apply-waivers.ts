import { formatMessage } from '../engine/messages.js';
import { shorten } from '../engine/shorten.js';
import type { AppliedWaiver, ChecklistItem, DossierResult, Finding, UnusedWaiver } from '../engine/types.js';
import { waiverExpired } from '../rules/dossier-input/waiver-expired.js';
import type { Waiver } from './waivers.js';

/** The rule id of the finding an expired waiver yields: the reviewer's own process, not the dossier, is at fault. */
export const WAIVER_EXPIRED_RULE_ID = waiverExpired.meta.id;

/** A waiver covers a finding of its rule, in the dossier of its project, at its path or below (all paths when none). */
function covers(waiver: Waiver, finding: Finding): boolean {
  if (finding.ruleId !== waiver.rule) return false;
  if (waiver.path === undefined) return true;
  return finding.path === waiver.path || finding.path.startsWith(`${waiver.path}.`) || finding.path.startsWith(`${waiver.path}[`);
}

function applied(waiver: Waiver): AppliedWaiver {
  return { reason: waiver.reason, approver: waiver.approver, expires: waiver.expires, file: waiver.file, line: waiver.line };
}

function expiredFinding(waiver: Waiver, asOf: string): Finding {
  const data = { rule: waiver.rule, approver: shorten(waiver.approver), reason: shorten(waiver.reason), expires: waiver.expires, asOf };
  return {
    ruleId: WAIVER_EXPIRED_RULE_ID,
    messageId: 'expired',
    severity: waiverExpired.meta.severity,
    message: formatMessage(waiverExpired.meta.messages.expired, data),
    file: waiver.file,
    line: waiver.line,
    column: 1,
    endLine: waiver.line,
    endColumn: 1,
    path: '',
  };
}

/**
 * The result with the reviewer's waivers applied: a covered finding carries its waiver and no longer fails the
 * dossier; a waiver for this dossier that expired before `asOf` covers nothing and yields an error of its own, at
 * the waiver's line. Checklist items that only waived errors failed are `waived`. `used` collects the waivers that
 * covered a finding or expired here, so a run can name those that did neither.
 */
export function applyWaivers(result: DossierResult, waivers: readonly Waiver[], asOf: string, used: Set<Waiver> = new Set()): DossierResult {
  const project = result.project?.id;
  // A dossier that could not be read has no project, and its input findings are never waived.
  const mine = project === undefined ? [] : waivers.filter((waiver) => waiver.project === project);
  if (mine.length === 0) return result;
  const current = mine.filter((waiver) => waiver.expires >= asOf);
  const findings = result.findings.map((finding) => {
    const waiver = current.find((candidate) => covers(candidate, finding));
    if (!waiver) return finding;
    used.add(waiver);
    return { ...finding, waiver: applied(waiver) };
  });
  for (const waiver of mine) {
    if (waiver.expires >= asOf) continue;
    used.add(waiver);
    findings.push(expiredFinding(waiver, asOf));
  }
  const failing = findings.some((finding) => finding.severity === 'error' && !finding.waiver);
  return { ...result, verdict: failing ? 'fail' : 'pass', findings, checklist: checklistAfterWaivers(result.checklist, findings) };
}

function checklistAfterWaivers(checklist: readonly ChecklistItem[], findings: readonly Finding[]): ChecklistItem[] {
  const failedUnwaived = new Set<string>();
  for (const finding of findings) {
    if (finding.severity !== 'error' || finding.waiver) continue;
    for (const key of finding.checklistItems ?? []) failedUnwaived.add(key);
  }
  return checklist.map((item) => (item.status === 'fail' && !failedUnwaived.has(item.key) ? { ...item, status: 'waived' } : item));
}

/** The waivers of one run: applied to each dossier as it is reported, and at the end, those that covered nothing. */
export class WaiverRun {
  private readonly used = new Set<Waiver>();

  constructor(
    readonly waivers: readonly Waiver[],
    readonly asOf: string,
  ) {}

  apply(result: DossierResult): DossierResult {
    return applyWaivers(result, this.waivers, this.asOf, this.used);
  }

  /** Waivers that covered no finding and matched no dossier as expired, in the order of the file. */
  unused(): UnusedWaiver[] {
    return this.waivers
      .filter((waiver) => !this.used.has(waiver))
      .map(({ rule, project, path, file, line }) => ({ rule, project, ...(path === undefined ? {} : { path }), file, line }));
  }
}
