import { defineInputRule } from '../define-rule.js';

/**
 * The finding an expired waiver yields. Not a check of the dossier but of the reviewer's waivers file, which the run
 * reads as its input beside the dossiers: the reviewer's own process, not the borrower, is at fault. It cites no
 * clause; the finding points at the waiver's line in the waivers file. A waiver of this rule is refused, as a waiver
 * of any input check is: an expired waiver cannot waive itself.
 */
export const waiverExpired = defineInputRule({
  id: 'waiver-expired',
  severity: 'error',
  title: { zh: '豁免已过期', en: 'A waiver has expired' },
  description: {
    zh: '审查方豁免文件中，针对本资料项目的某项豁免的有效期早于检查基准日。过期的豁免不再适用：它所覆盖的问题重新计入结论，过期本身也报告为错误，指向豁免文件中该豁免所在的行，以免一项已被接受的例外在无人察觉时失效。',
    en: 'A waiver in the reviewer’s waivers file for this dossier’s project expires before the as-of date. An expired waiver no longer applies: what it covered counts against the verdict again, and the expiry itself is reported as an error at the waiver’s line in the waivers file, so an accepted exception never lapses unnoticed.',
  },
  fix: {
    zh: '经批准人重新审批后延长该豁免的 expires，或删除该豁免并修正其所覆盖的问题。',
    en: 'Have the approver renew the waiver with a later `expires`, or remove it and fix what it covered.',
  },
  covers: [],
  examples: {
    pass: `# 审查方的豁免文件（非资料本身）：有效期不早于基准日
waivers:
  - rule: first-home-down-payment
    project: TY-2016-001
    reason: 本地政策允许 20% 首付，经分行信贷审批会同意
    approver: 张三
    expires: 2099-12-31`,
    fail: `# 审查方的豁免文件（非资料本身）：有效期早于基准日
waivers:
  - rule: first-home-down-payment
    project: TY-2016-001
    reason: 本地政策允许 20% 首付，经分行信贷审批会同意
    approver: 张三
    expires: 2016-06-30`,
  },
  messages: {
    expired: {
      zh: '豁免已过期：对规则 {rule} 的豁免（批准人：{approver}；理由：{reason}）有效期至 {expires}，早于检查基准日 {asOf}，不再适用，其所涉问题重新计入；请续期或删除该豁免',
      en: 'Expired waiver: the waiver of rule {rule} (approved by {approver}; reason: {reason}) applied until {expires}, before the as-of date {asOf}, so it no longer applies and what it covered counts again; renew or remove it',
    },
  },
});
