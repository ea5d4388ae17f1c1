/** The library API: everything returns data; nothing here touches the process. */
export { checkSources, type SourceInput } from './engine/check.js';
export { AuditDigest, auditFingerprint, type AuditSettings, type EvidenceHash } from './engine/audit.js';
export { sealDossierText, type SealResult } from './dossier/seal-edit.js';
export { checkDossierText, type SourceOutcome } from './engine/check-dossier.js';
export { exitCode, EXIT, type FailOn } from './engine/exit-code.js';
export { discoverFiles, displayName, readBytes } from './engine/sources.js';
export { summarize, type Summary } from './engine/summary.js';
export type * from './engine/types.js';
export type { Dossier } from './dossier/types.js';
export { FORMATTERS, type FormatName } from './report/formatters.js';
export { ALL_RULES, RULES_BY_ID } from './rules/registry.js';
export { CLAUSES, citation } from './notice/clauses.js';
