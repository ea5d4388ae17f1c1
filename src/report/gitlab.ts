import type { Finding, Lang } from '../engine/types.js';
import { basisCitation } from '../notice/basis.js';
import { findingFingerprints } from './finding-fingerprint.js';
import type { Formatter } from './format-context.js';
import { nestedJson } from './json-pieces.js';
import { type StreamingFormatter, wholeReport } from './report-stream.js';
import { findingCitation } from './rule-citation.js';

/** The severities GitLab Code Quality knows, lowest first (docs.gitlab.com, ci/testing/code_quality, report format). */
export type CodeQualitySeverity = 'info' | 'minor' | 'major' | 'critical' | 'blocker';

/**
 * One entry of a GitLab Code Quality report: exactly the subset of the Code Climate issue that GitLab reads
 * (`description`, `check_name`, `fingerprint`, `severity`, `location.path`, `location.lines.begin`); GitLab ignores
 * any other property, so none is written.
 */
export interface CodeQualityIssue {
  description: string;
  check_name: string;
  fingerprint: string;
  severity: CodeQualitySeverity;
  location: { path: string; lines: { begin: number } };
}

const WORDS = {
  waived: { zh: '已豁免', en: 'waived' },
  until: { zh: '有效期至', en: 'until' },
} as const;

/**
 * An error is `critical`: it means the dossier fails the notice and the loan may not be disbursed on it, a defect of
 * the deliverable itself rather than of its form, so it sorts above the `major` that linters commonly give their
 * errors (a dossier repository may run yamllint beside this checker). `blocker` is left to tools that can block a
 * merge; GitLab does not act on severities. A warning is `minor`: it asks the reviewer to verify something the text
 * only permits or a value only secondary sources give. A waived finding is `info`: a reviewer accepted it, and it no
 * longer fails the dossier, but it stays visible.
 */
function severityOf(finding: Finding): CodeQualitySeverity {
  if (finding.waiver) return 'info';
  if (finding.severity === 'information') return 'info';
  return finding.severity === 'error' ? 'critical' : 'minor';
}

/** The message, its clause and national basis, and for a waived finding the waiver: GitLab shows one line of text. */
function description(finding: Finding, lang: Lang): string {
  const cited = [findingCitation(finding, lang)];
  if (finding.basis) cited.push(basisCitation(finding.basis, lang));
  const separator = lang === 'zh' ? '；' : '; ';
  const waiver = finding.waiver
    ? ` (${WORDS.waived[lang]}${lang === 'zh' ? '：' : ': '}${finding.waiver.reason}${separator}${finding.waiver.approver}${separator}${WORDS.until[lang]} ${finding.waiver.expires})`
    : '';
  return `${finding.message[lang]} [${cited.join(separator)}]${waiver}`;
}

function issue(finding: Finding, fingerprint: string, lang: Lang): CodeQualityIssue {
  return {
    description: description(finding, lang),
    check_name: finding.ruleId,
    fingerprint,
    severity: severityOf(finding),
    // The file as the report shows it: relative to the folder the checker ran in, which in CI is the checkout.
    location: { path: finding.file, lines: { begin: finding.line } },
  };
}

/**
 * GitLab Code Quality (`artifacts:reports:codequality`): a JSON array with one issue per finding, waived ones as
 * `info`. Streamed as the array's elements, each dossier's as it is checked; the whole is what
 * `JSON.stringify(issues, null, 2)` writes. No byte-order mark, which GitLab's parser refuses.
 */
export const streamGitlab: StreamingFormatter = ({ lang }) => {
  let written = 0;
  return {
    begin: () => '[',
    dossier(dossier) {
      const fingerprints = findingFingerprints(dossier.findings);
      let text = '';
      for (const [i, finding] of dossier.findings.entries()) {
        text += `${written === 0 ? '\n' : ',\n'}${nestedJson(issue(finding, fingerprints[i]!, lang), 1)}`;
        written++;
      }
      return text;
    },
    end: () => (written === 0 ? ']\n' : '\n]\n'),
  };
};

export const formatGitlab: Formatter = wholeReport(streamGitlab);
