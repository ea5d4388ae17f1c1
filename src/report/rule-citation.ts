import type { Finding, Lang } from '../engine/types.js';
import { INPUT_CHECK_CITATION } from '../notice/basis.js';
import { type ClauseId, citation } from '../notice/clauses.js';
import type { RuleMeta } from '../rules/define-rule.js';

/**
 * What a rule (or its finding) cites, in the words every format shares: the notice clause, the bank's policy for a
 * bank's own rule, or the tool's own input check. A bank's policy is labelled as such wherever it is shown, so that
 * no reader takes a bank's credit manual for a clause of the notice, nor a bank's rule for a check of the input.
 */

const POLICY_LABEL = { zh: '银行政策（非通知条款）：', en: 'bank policy (not the notice): ' } as const;

/** `bank policy (not the notice): 《…管理办法》第十二条`. The policy is the pack's text: a format escapes it. */
export function policyCitation(policy: string, lang: Lang): string {
  return `${POLICY_LABEL[lang]}${policy}`;
}

/** What a finding or a rule cites: its bank policy, its clause, or (neither) the tool's own input check. */
function citedBy(policy: string | undefined, clause: ClauseId | undefined, lang: Lang): string {
  if (policy !== undefined) return policyCitation(policy, lang);
  return clause ? citation(clause) : INPUT_CHECK_CITATION[lang];
}

/** What a finding cites, as every report format shows it. */
export function findingCitation(finding: Pick<Finding, 'policy' | 'clause'>, lang: Lang): string {
  return citedBy(finding.policy, finding.clause?.id, lang);
}

/** What a rule cites, as `rules`, `explain` and SARIF's rule list show it. */
export function ruleCitation(meta: Pick<RuleMeta, 'policy' | 'clause'>, lang: Lang): string {
  return citedBy(meta.policy, meta.clause, lang);
}
