import type { Dossier } from '../dossier/types.js';
import { clause } from '../notice/clauses.js';
import { parameterValue } from '../notice/parameters.js';
import type { RuleContext } from '../rules/define-rule.js';
import { CHECKLISTS, DOSSIER_RULES, INPUT_RULES } from '../rules/registry.js';
import { loadDossier, type PendingFinding } from './load.js';
import type { Locator } from './locate.js';
import { formatMessage } from './messages.js';
import { formatPath } from './paths.js';
import type { CheckOptions, ChecklistItem, DossierResult, Finding, SkippedFile } from './types.js';
import { validateDossier } from './validate.js';

export type SourceOutcome = { kind: 'dossier'; result: DossierResult } | { kind: 'skipped'; skipped: SkippedFile };

/** What the engine knows of a source besides its text. */
export interface SourceContext {
  /** Reads the evidence files the dossier names; absent for standard input. */
  evidence?: RuleContext['evidence'];
  /** Named by the user, not found in a folder: a file that is not a dossier then fails instead of being skipped. */
  explicit?: boolean;
  /** The encoding the text was decoded from, when it was not UTF-8. */
  convertedFrom?: string;
}

const START_OF_FILE = { line: 1, column: 1, endLine: 1, endColumn: 1 };

/** Checks one dossier source text. Pure: the file name is only a label. */
export function checkDossierText(text: string, file: string, options: CheckOptions, source: SourceContext = {}): SourceOutcome {
  const loaded = loadDossier(text);
  if (loaded.kind === 'not-a-dossier') {
    const finding: PendingFinding = { rule: INPUT_RULES.schemaViolation, messageId: loaded.reason, at: { range: START_OF_FILE } };
    if (source.explicit) return { kind: 'dossier', result: failedDossier(file, finding) };
    return { kind: 'skipped', skipped: { file, reason: INPUT_RULES.schemaViolation.meta.messages[loaded.reason] } };
  }

  const pending = [...loaded.findings];
  if (source.convertedFrom) {
    pending.push({ rule: INPUT_RULES.fileEncoding, messageId: 'converted', data: { encoding: source.convertedFrom }, at: { range: START_OF_FILE } });
  }
  let dossier: Dossier | undefined;
  if (loaded.findings.length === 0) {
    const problems = validateDossier(loaded.data, loaded.sourceAt);
    pending.push(...problems);
    if (problems.length === 0) dossier = loaded.data as Dossier;
  }
  const debug: string[] = [];
  if (dossier) pending.push(...runRules(dossier, options, source.evidence, debug));

  const findings = pending.map((finding) => resolveFinding(finding, file, loaded.locate)).sort(compareFindings);
  const checklist = dossier ? buildChecklist(dossier, findings, loaded.locate) : [];
  return {
    kind: 'dossier',
    result: {
      file,
      verdict: findings.some((finding) => finding.severity === 'error') ? 'fail' : 'pass',
      ...(dossier ? { project: { id: dossier.project.id, name: dossier.project.name } } : {}),
      evaluated: dossier !== undefined,
      checklist,
      findings,
      ...(debug.length > 0 ? { debug } : {}),
    },
  };
}

/** A result for a file that could not be read as a dossier at all: one finding at a known place. */
export function failedDossier(file: string, finding: PendingFinding): DossierResult {
  const resolved = resolveFinding(finding, file, () => START_OF_FILE);
  return { file, verdict: 'fail', evaluated: false, checklist: [], findings: [resolved] };
}

function runRules(dossier: Dossier, options: CheckOptions, evidence: RuleContext['evidence'], debug: string[]): PendingFinding[] {
  const context: RuleContext = {
    asOf: options.asOf,
    documentsById: new Map(dossier.documents.map((document, index) => [document.id, { document, index }])),
    parameter: (name) => parameterValue(name, options.asOf),
    ...(evidence ? { evidence } : {}),
  };
  const findings: PendingFinding[] = [];
  for (const rule of options.rules ?? DOSSIER_RULES) {
    if (options.only && !options.only.has(rule.meta.id)) continue;
    // A rule tied to a dated parameter does not apply when judging as of a day before it took effect.
    if (rule.meta.appliesWhen && context.parameter(rule.meta.appliesWhen) === undefined) continue;
    try {
      for (const report of rule.check(dossier, context)) {
        findings.push({ rule, messageId: report.messageId, data: report.data, at: { path: report.path }, checklistItems: report.checklistItems });
      }
    } catch (error) {
      // A defect in one rule must not hide the others: it becomes a finding, and the exit code says "tool failed".
      const detail = error instanceof Error ? error.message : String(error);
      debug.push(`${rule.meta.id}: ${error instanceof Error ? (error.stack ?? detail) : detail}`);
      findings.push({ rule: INPUT_RULES.internalError, messageId: 'ruleFailed', data: { rule: rule.meta.id, detail }, at: { path: [] } });
    }
  }
  return findings;
}

function resolveFinding(pending: PendingFinding, file: string, locate: Locator): Finding {
  const { meta } = pending.rule;
  const template = meta.messages[pending.messageId];
  if (!template) throw new Error(`rule ${meta.id} reported undeclared message "${pending.messageId}"`);
  const range = 'range' in pending.at ? pending.at.range : locate(pending.at.path, pending.at.target);
  const cited = clause(meta.clause);
  return {
    ruleId: meta.id,
    messageId: pending.messageId,
    severity: meta.messageSeverity?.[pending.messageId] ?? meta.severity,
    message: formatMessage(template, pending.data),
    clause: { id: cited.id, reference: cited.reference },
    file,
    ...range,
    path: 'path' in pending.at ? formatPath(pending.at.path) : '',
    ...(pending.checklistItems ? { checklistItems: pending.checklistItems } : {}),
  };
}

function buildChecklist(dossier: Dossier, findings: readonly Finding[], locate: Locator): ChecklistItem[] {
  const failed = new Set(findings.flatMap((finding) => finding.checklistItems ?? []));
  return CHECKLISTS.flatMap((provider) => provider(dossier)).map((entry) => {
    const { line, column } = locate(entry.path);
    return {
      key: entry.key,
      clause: entry.clause,
      label: entry.label,
      status: failed.has(entry.key) ? 'fail' : entry.notRequired ? 'not-required' : 'pass',
      ...(entry.notRequired ? { basis: entry.notRequired.basis } : {}),
      line,
      column,
      path: formatPath(entry.path),
    };
  });
}

function compareFindings(a: Finding, b: Finding): number {
  return a.line - b.line || a.column - b.column || compareText(a.ruleId, b.ruleId) || compareText(a.message.en, b.message.en);
}

/** Code-unit order: the same on every machine, unlike locale collation. */
export function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
