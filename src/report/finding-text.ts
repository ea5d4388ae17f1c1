import type { AppliedWaiver, Finding, Lang } from '../engine/types.js';
import { basisCitation } from '../notice/basis.js';
import { findingCitation } from './rule-citation.js';

/**
 * The plain-text pieces of a finding that the CI formats (JUnit, GitHub, Markdown) share, so each says the same thing
 * in the same words; each format escapes them for its own medium.
 */

/** `fixtures/dossiers/a.yaml:12:7`: the place a reader (or an editor) jumps to. */
export function findingLocation(finding: Finding): string {
  return `${finding.file}:${finding.line}:${finding.column}`;
}

/** The notice clause, the bank's policy (a bank's own rule), or the tool's own input check, which cites neither. */
export function clauseCitation(finding: Finding, lang: Lang): string {
  return findingCitation(finding, lang);
}

/** The national document the obligation comes from, when it comes from one. */
export function nationalBasis(finding: Finding, lang: Lang): string | undefined {
  return finding.basis ? basisCitation(finding.basis, lang) : undefined;
}

/** `waived: reason (approver, until 2026-06-30)`: who accepted the finding, why, and until when. */
export function waiverText(waiver: AppliedWaiver, lang: Lang): string {
  return lang === 'zh'
    ? `已豁免：${waiver.reason}（${waiver.approver}，有效期至 ${waiver.expires}）`
    : `waived: ${waiver.reason} (${waiver.approver}, until ${waiver.expires})`;
}

export const SEVERITY_WORD = {
  error: { zh: '错误', en: 'error' },
  warning: { zh: '警告', en: 'warning' },
  information: { zh: '提示', en: 'note' },
} as const;
