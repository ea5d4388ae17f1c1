/** The library API: everything returns data; nothing here touches the process. */
export { type CheckInput, type CheckReport, check, type DossierSource, type LibraryCheckOptions, MissingPathError } from './api/check.js';
export { format, formatContext } from './report/format.js';
export type { FormatContext, Formatter } from './report/format-context.js';
export { checkSources, checkSourcesAsync, type EvidenceReader, type EvidenceTextReader, type SourceInput } from './engine/check.js';
export { AuditDigest, auditFingerprint, type AuditSettings, type EvidenceHash } from './engine/audit.js';
export { sealDossierText, type SealResult } from './dossier/seal-edit.js';
export { checkDossierText, type SourceOutcome } from './engine/check-dossier.js';
export { exitCode, EXIT, type FailOn } from './engine/exit-code.js';
export { discoverFiles, displayName, type EvidenceAccess, evidenceAccess, readBytes } from './engine/sources.js';
export { summarize, type Summary } from './engine/summary.js';
export type * from './engine/types.js';
export type { Dossier } from './dossier/types.js';
export { FORMATTERS, type FormatName } from './report/formatters.js';
export { ALL_RULES, DOSSIER_RULES, RULES_BY_ID } from './rules/registry.js';
export { CLAUSES, citation } from './notice/clauses.js';
export {
  defineRule,
  type PolicyRule,
  type PolicyRuleDefinition,
  type Rule,
  type RuleContext,
  type RuleMeta,
  type RuleReport,
} from './rules/define-rule.js';
export { loadRulePack, loadRulePacks, PackError, type LoadRulePackOptions } from './packs/load-pack.js';
export { RuleTester, type InvalidTestCase, type RuleTestCases, type RuleTesterOptions, type ValidTestCase } from './testing/rule-tester.js';
