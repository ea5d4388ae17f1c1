import { createHash } from 'node:crypto';
import type { Finding } from '../engine/types.js';

/**
 * The identity of each finding of one dossier, for the CI systems that track a finding across runs (SARIF
 * `partialFingerprints`, GitLab Code Quality `fingerprint`): SHA-256 (hex) of the rule, the file as shown, the data
 * path and the message id, then the finding's ordinal among the dossier's findings with that same identity.
 *
 * What it leaves out is as deliberate as what it holds: no line or column, so an edit above a finding does not make
 * it a new one (GitHub and GitLab would otherwise close the old alert and open a new one, losing its triage); no
 * message text, because messages quote the dossier's values and a corrected date that is still wrong is the same
 * problem. The data path is what a rule reports, so it survives reformatting and reordering of unrelated keys. The
 * ordinal keeps fingerprints unique when a rule reports the same message twice at one path (GitLab shows findings
 * with one fingerprint as one entry); findings come in a stable order, so the ordinal is stable too.
 */
export function findingFingerprints(findings: readonly Finding[]): string[] {
  const seen = new Map<string, number>();
  return findings.map((finding) => {
    // Only the data path can hold a NUL (a YAML key may), and it lies between parts that cannot: no two identities join
    // into the same text.
    const identity = [finding.ruleId, finding.file, finding.path, finding.messageId].join('\0');
    const ordinal = (seen.get(identity) ?? 0) + 1;
    seen.set(identity, ordinal);
    return createHash('sha256').update(`${identity}\0${ordinal}`).digest('hex');
  });
}
