import type { Dossier } from '../dossier/types.js';
import type { AuditSettings, EvidenceHash } from './audit.js';
import type { NationalBasis } from '../notice/basis.js';
import type { ClauseId } from '../notice/clauses.js';
import type { ParameterOverrides, ResolvedParameter } from '../notice/parameters.js';
import type { Rule } from '../rules/define-rule.js';

/**
 * `information`: something that could not be verified either way (an evidence scan without text). It is shown in
 * every report, never fails a dossier or a run, and is counted apart from errors and warnings.
 */
export type Severity = 'error' | 'warning' | 'information';
export type Lang = 'zh' | 'en';
export interface Localized {
  zh: string;
  en: string;
}

/** A path into the dossier data: map keys and sequence indexes. */
export type DataPath = readonly (string | number)[];

export interface SourceRange {
  /** 1-based. */
  line: number;
  /** 1-based, in characters (UTF-16 code units) of the line. */
  column: number;
  endLine: number;
  endColumn: number;
}

export interface Finding extends SourceRange {
  ruleId: string;
  /** Which of the rule's declared messages this is. */
  messageId: string;
  severity: Severity;
  message: Localized;
  /** The notice clause the rule enforces; absent for the tool's own input checks. */
  clause?: { id: ClauseId; reference: string };
  /** For a rule whose obligation comes from a national document: that document and article. */
  basis?: NationalBasis;
  /** For a bank's own rule (a rule pack's): the bank's policy it cites, as the pack words it. Never a clause. */
  policy?: string;
  file: string;
  /** The data path in display form, e.g. `components[0].approvals`; empty for the whole file. */
  path: string;
  /** Keys of the loan-condition checklist items this finding fails. */
  checklistItems?: readonly string[];
  /** Set when a reviewer's waiver covers this finding: it stays in every report, marked, and no longer fails the verdict. */
  waiver?: AppliedWaiver;
}

/** The reviewer's waiver that covers a finding, as every report format shows it. */
export interface AppliedWaiver {
  reason: string;
  approver: string;
  /** `YYYY-MM-DD`: the last day the waiver applies. */
  expires: string;
  /** Where the waiver is written: the waivers file as shown, and the 1-based line of its entry. */
  file: string;
  line: number;
}

/**
 * `not-required`: the dossier declares the approval not required by law (with `basis`), and nothing failed it.
 * `waived`: only errors a reviewer's waiver covers failed it.
 */
export type ChecklistStatus = 'pass' | 'fail' | 'not-required' | 'waived';

export interface ChecklistItem {
  key: string;
  clause: ClauseId;
  label: Localized;
  status: ChecklistStatus;
  /** For `not-required`: the legal basis the dossier gives. */
  basis?: string;
  line: number;
  column: number;
  path: string;
}

/** One checklist item as its provider states it: the engine adds its status and position. */
export interface ChecklistEntry {
  key: string;
  clause: ClauseId;
  label: Localized;
  path: DataPath;
  /** Declared not required by law; the basis is shown so the reviewer can verify the claim. */
  notRequired?: { reason: string; basis: string };
}

/**
 * Lists the checklist items that apply to a dossier; an item fails when a finding names its key. The id names the
 * provider in the `internal-error` finding it gets if it throws.
 */
export interface ChecklistProvider {
  id: string;
  entries(dossier: Dossier): Iterable<ChecklistEntry>;
}

export type Verdict = 'pass' | 'fail';

export interface DossierResult {
  file: string;
  verdict: Verdict;
  project?: { id: string; name: string };
  /** False when the dossier could not be read or validated, so no rule ran on it. */
  evaluated: boolean;
  /** SHA-256 (hex) of the dossier file's bytes as read; absent when the file could not be read. */
  sha256?: string;
  /** The evidence files the dossier names that could be read inside its folder, with their SHA-256: the audit's. */
  evidence?: EvidenceHash[];
  checklist: ChecklistItem[];
  findings: Finding[];
  /** Stack traces of failed rules; shown only with `--debug`, never part of a report format. */
  debug?: string[];
}

export interface SkippedFile {
  file: string;
  reason: Localized;
}

/** What the reviewer's configuration says of a rule: off, or the severity its findings get. */
export type RuleSetting = Severity | 'off';

export interface CheckOptions {
  /** The date the dossier is judged on, `YYYY-MM-DD`. */
  asOf: string;
  /** The reviewer's configuration of rules by id: turned off, or another severity. Plain data, for worker threads. */
  ruleSettings?: Readonly<Record<string, RuleSetting>>;
  /** Parameter values the reviewer's configuration sets, each with its document. */
  parameterOverrides?: ParameterOverrides;
  /** Run only these dossier rules (by id); all when absent. Findings about the file itself are always reported. */
  only?: ReadonlySet<string>;
  /** The dossier rules to run instead of the built-in ones (for embedding the engine with extra rules). */
  rules?: readonly Rule[];
  /** The checklist providers to run instead of the built-in one (the loan conditions of N-4.4). */
  checklists?: readonly ChecklistProvider[];
  /** Files larger than this many bytes are refused unread (default 16 MiB). */
  maxFileSize?: number;
}

/** A configuration or waivers file found or given but not applied, and why (it lies in a folder being checked). */
export interface IgnoredConfiguration {
  file: string;
  reason: Localized;
}

/** A waiver that covered no finding of the run: stated at the end of the report, so stale exceptions get removed. */
export interface UnusedWaiver {
  rule: string;
  project: string;
  path?: string;
  file: string;
  line: number;
}

export interface Report {
  tool: { name: string; version: string };
  asOf: string;
  /** The time-dependent parameters in force on the as-of date. */
  parameters: ResolvedParameter[];
  dossiers: DossierResult[];
  skipped: SkippedFile[];
  /** Configuration and waivers files that were not applied, and why. */
  ignoredConfiguration?: IgnoredConfiguration[];
  /** Waivers that covered no finding. */
  unusedWaivers?: UnusedWaiver[];
  /** What the judgments depend on besides the files; with it, every report format carries the audit fingerprint. */
  audit?: AuditSettings;
}
