import type { Dossier } from '../dossier/types.js';
import { clause } from '../notice/clauses.js';
import { evidenceHashes } from './audit.js';
import { MAX_FINDINGS_PER_RULE } from './finding-limits.js';
import { parameterEntry, parameterValue } from '../notice/parameters.js';
import type { Rule, RuleContext, RuleMeta } from '../rules/define-rule.js';
import { CHECKLISTS, DOSSIER_RULES, INPUT_RULES } from '../rules/registry.js';
import { loadDossier, type PendingFinding } from './load.js';
import type { Locator } from './locate.js';
import { formatMessage } from './messages.js';
import { formatPath, malformedPath } from './paths.js';
import { shorten } from './shorten.js';
import { isSelected } from './rule-selection.js';
import type { CheckOptions, ChecklistItem, ChecklistProvider, DossierResult, Finding, Localized, Severity, SkippedFile } from './types.js';
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

export { MAX_FINDINGS_PER_RULE };

/** The message id of the finding that counts a rule's findings beyond `MAX_FINDINGS_PER_RULE`; the engine's own. */
export const MORE_FINDINGS_MESSAGE_ID = 'moreFindings';

const MORE_FINDINGS_MESSAGE: Localized = {
  zh: '……本规则在此资料中另有 {count} 项问题未列出（每条规则在每份资料中最多列出 {limit} 项），此处为其中第一项的位置',
  en: '…and {count} more findings of this rule, not listed (at most {limit} per rule per dossier); this is where the first of them is',
};

const START_OF_FILE = { line: 1, column: 1, endLine: 1, endColumn: 1 };

/** Where the findings of one dossier are gathered, with what turns a pending finding into a finding of the file. */
interface Collector {
  file: string;
  locate: Locator;
  findings: Finding[];
  /** Stack traces of what failed, for `--debug`. */
  debug: string[];
  /** The severity of a rule's message, with the reviewer's configuration applied. */
  severity: SeverityOf;
}

type SeverityOf = (meta: RuleMeta, messageId: string) => Severity;

/** A message declared below its rule's severity stays there: it marks a judgment resting on a reported fact. */
const declaredSeverity: SeverityOf = (meta, messageId) => meta.messageSeverity?.[messageId] ?? meta.severity;

/**
 * The reviewer's severity for a rule replaces the rule's own, but a message the rule declares a warning (a judgment
 * on a value only secondary sources give) stays a warning even when the reviewer makes the rule an error.
 */
function configuredSeverity(options: CheckOptions): SeverityOf {
  const settings = options.ruleSettings;
  if (!settings) return declaredSeverity;
  return (meta, messageId) => {
    const setting = Object.hasOwn(settings, meta.id) ? settings[meta.id] : undefined;
    const base = setting === 'error' || setting === 'warning' ? setting : meta.severity;
    return meta.messageSeverity?.[messageId] ?? base;
  };
}

/** Checks one dossier source text. Pure: the file name is only a label. */
export function checkDossierText(text: string, file: string, options: CheckOptions, source: SourceContext = {}): SourceOutcome {
  const stage = readDossierText(text, file, options, source);
  return stage.kind === 'read' ? stage.finish(source.evidence) : stage;
}

/**
 * A dossier read and validated, whose rules are still to run: between the two, a caller may prepare what the rules
 * read (the text of evidence PDFs, which is read asynchronously), then `finish` with the evidence reader to use.
 */
export interface ReadDossier {
  kind: 'read';
  dossier: Dossier | undefined;
  finish(evidence: RuleContext['evidence']): SourceOutcome;
}

/** Reads and validates a dossier source text: a final outcome, or a dossier whose rules are still to run. */
export function readDossierText(text: string, file: string, options: CheckOptions, source: SourceContext = {}): SourceOutcome | ReadDossier {
  const start: Collector = { file, locate: () => START_OF_FILE, findings: [], debug: [], severity: configuredSeverity(options) };
  const loaded = contain(INPUT_RULES.yamlSyntax.meta.id, start, () => loadDossier(text));
  if (loaded === undefined) return { kind: 'dossier', result: dossierResult(start, undefined, []) };
  if (loaded.kind === 'not-a-dossier') {
    const finding: PendingFinding = { rule: INPUT_RULES.schemaViolation, messageId: loaded.reason, at: { range: START_OF_FILE } };
    if (source.explicit) return { kind: 'dossier', result: failedDossier(file, finding) };
    return { kind: 'skipped', skipped: { file, reason: INPUT_RULES.schemaViolation.meta.messages[loaded.reason] } };
  }

  const collector: Collector = { ...start, locate: loaded.locate };
  const input: PendingFinding[] = [];
  for (const finding of loaded.findings) input.push(finding);
  if (source.convertedFrom) {
    input.push({ rule: INPUT_RULES.fileEncoding, messageId: 'converted', data: { encoding: source.convertedFrom }, at: { range: START_OF_FILE } });
  }
  let dossier: Dossier | undefined;
  if (loaded.findings.length === 0) {
    const problems = contain(INPUT_RULES.schemaViolation.meta.id, collector, () => validateDossier(loaded.data, loaded.sourceAt));
    if (problems !== undefined) {
      for (const problem of problems) input.push(problem);
      if (problems.length === 0) dossier = loaded.data as Dossier;
    }
  }
  reportInputFindings(input, collector);
  return {
    kind: 'read',
    dossier,
    finish(evidence) {
      // Read whatever rules run: the report's audit fingerprint names every evidence file the dossier names.
      const hashes = evidence ? evidenceHashes(loaded.data, evidence) : [];
      if (dossier) runRules(dossier, options, evidence, collector);
      const checklist = dossier ? buildChecklist(dossier, options.checklists ?? CHECKLISTS, collector) : [];
      const result = dossierResult(collector, dossier, checklist);
      return { kind: 'dossier', result: hashes.length > 0 ? { ...result, evidence: hashes } : result };
    },
  };
}

function dossierResult(collector: Collector, dossier: Dossier | undefined, checklist: ChecklistItem[]): DossierResult {
  const findings = collector.findings.sort(compareFindings);
  return {
    file: collector.file,
    verdict: findings.some((finding) => finding.severity === 'error') ? 'fail' : 'pass',
    // Shown in every report's heading: bounded like every other text a dossier supplies.
    ...(dossier ? { project: { id: shorten(dossier.project.id), name: shorten(dossier.project.name) } } : {}),
    evaluated: dossier !== undefined,
    checklist,
    findings,
    ...(collector.debug.length > 0 ? { debug: collector.debug } : {}),
  };
}

/** A result for a file that could not be read as a dossier at all: one finding at a known place. */
export function failedDossier(file: string, finding: PendingFinding): DossierResult {
  const collector: Collector = { file, locate: () => START_OF_FILE, findings: [], debug: [], severity: declaredSeverity };
  reportInputFindings([finding], collector);
  return { ...dossierResult(collector, undefined, []), verdict: 'fail' };
}

/**
 * The one place where a unit of work — a rule, a step of reading the file, a checklist provider — can fail. The
 * whole life of what the unit reports runs inside it: the check, iterating its generator, resolving each message,
 * checking and locating each path. Whatever throws becomes one `internal-error` finding naming the unit (the exit
 * code then says the tool failed) and the unit's partial results are dropped, so a rule written as a generator and
 * one returning an array fail alike; the other units and the other dossiers are unaffected.
 */
function contain<T>(unit: string, collector: Collector, work: () => T): T | undefined {
  try {
    return work();
  } catch (error) {
    const detail = errorText(error);
    const stack = error instanceof Error && typeof error.stack === 'string' ? error.stack : detail;
    collector.debug.push(`${unit}: ${stack}`);
    collector.findings.push(
      resolveFinding({ rule: INPUT_RULES.internalError, messageId: 'ruleFailed', data: { rule: unit, detail }, at: { range: START_OF_FILE } }, collector),
    );
    return undefined;
  }
}

/** The message of whatever was thrown; even a value whose conversion to text throws is described, not rethrown. */
function errorText(error: unknown): string {
  try {
    return error instanceof Error ? error.message : String(error);
  } catch {
    return 'an error that cannot be shown as text';
  }
}

/** The engine's own findings about the file, one unit per input rule, so they are capped and contained alike. */
function reportInputFindings(pending: readonly PendingFinding[], collector: Collector): void {
  const byRule = new Map<Rule, PendingFinding[]>();
  for (const finding of pending) {
    const group = byRule.get(finding.rule);
    if (group) group.push(finding);
    else byRule.set(finding.rule, [finding]);
  }
  for (const [rule, group] of byRule) report(rule.meta.id, group, collector);
}

function runRules(dossier: Dossier, options: CheckOptions, evidence: RuleContext['evidence'], collector: Collector): void {
  const context: RuleContext = {
    asOf: options.asOf,
    documentsById: new Map(dossier.documents.map((document, index) => [document.id, { document, index }])),
    parameter: (name) => parameterValue(name, options.asOf, options.parameterOverrides),
    parameterAt: (name, date) => parameterEntry(name, date, options.parameterOverrides),
    ...(evidence ? { evidence } : {}),
  };
  for (const rule of options.rules ?? DOSSIER_RULES) {
    if (!isSelected(rule.meta, options)) continue;
    // A rule tied to a dated parameter does not apply when judging as of a day before it took effect.
    if (rule.meta.appliesWhen && context.parameter(rule.meta.appliesWhen) === undefined) continue;
    report(rule.meta.id, reportsOf(rule, dossier, context), collector);
  }
}

/** A rule's reports as pending findings; lazy, so the rule runs while `report` iterates, inside its `contain`. */
function* reportsOf(rule: Rule, dossier: Dossier, context: RuleContext): Generator<PendingFinding> {
  for (const report of rule.check(dossier, context)) {
    yield {
      rule,
      messageId: report.messageId,
      at: { path: report.path },
      ...(report.data ? { data: report.data } : {}),
      ...(report.checklistItems ? { checklistItems: report.checklistItems } : {}),
    };
  }
}

/**
 * Resolves what one unit reports into findings of the file, inside `contain`. Each rule lists at most
 * `MAX_FINDINGS_PER_RULE` findings; the rest are still checked for a declared message and a well-formed path (a
 * defect is a defect wherever it shows), but not located, and are counted in one last finding of the rule.
 */
function report(unit: string, pending: Iterable<PendingFinding>, collector: Collector): void {
  const resolved = contain(unit, collector, () => {
    const findings: Finding[] = [];
    const overflow = new Map<Rule, { first: PendingFinding; count: number; checklistItems: Set<string> }>();
    const shown = new Map<Rule, number>();
    for (const finding of pending) {
      const count = shown.get(finding.rule) ?? 0;
      if (count < MAX_FINDINGS_PER_RULE) {
        findings.push(resolveFinding(finding, collector));
        shown.set(finding.rule, count + 1);
        continue;
      }
      assertWellFormed(finding);
      let more = overflow.get(finding.rule);
      if (!more) {
        more = { first: finding, count: 0, checklistItems: new Set() };
        overflow.set(finding.rule, more);
      }
      more.count += 1;
      // Unlisted findings still fail the checklist items they name.
      for (const key of finding.checklistItems ?? []) more.checklistItems.add(key);
    }
    for (const { first, count, checklistItems } of overflow.values()) {
      const { checklistItems: _, ...located } = resolveFinding(first, collector);
      findings.push({
        ...located,
        messageId: MORE_FINDINGS_MESSAGE_ID,
        message: formatMessage(MORE_FINDINGS_MESSAGE, { count, limit: MAX_FINDINGS_PER_RULE }),
        ...(checklistItems.size > 0 ? { checklistItems: [...checklistItems] } : {}),
      });
    }
    return findings;
  });
  // A loop, not `push(...)`: spreading many findings as arguments would overflow the stack.
  for (const finding of resolved ?? []) collector.findings.push(finding);
}

/** A rule that reports an undeclared message or a malformed path is defective: it throws, and `contain` reports it. */
function assertWellFormed(pending: PendingFinding): Localized {
  const { meta } = pending.rule;
  // Own properties only: `toString` or `__proto__` is not a declared message.
  const template = Object.hasOwn(meta.messages, pending.messageId) ? meta.messages[pending.messageId] : undefined;
  if (!template) throw new Error(`rule ${meta.id} reported undeclared message "${shorten(String(pending.messageId), 100)}"`);
  if ('path' in pending.at) {
    const problem = malformedPath(pending.at.path);
    if (problem) throw new Error(`rule ${meta.id} reported a malformed path: ${problem}`);
  }
  return template;
}

function resolveFinding(pending: PendingFinding, { file, locate, severity }: Pick<Collector, 'file' | 'locate' | 'severity'>): Finding {
  const template = assertWellFormed(pending);
  const { meta } = pending.rule;
  const range = 'range' in pending.at ? pending.at.range : locate(pending.at.path, pending.at.target);
  const cited = meta.clause ? clause(meta.clause) : undefined;
  return {
    ruleId: meta.id,
    messageId: pending.messageId,
    severity: severity(meta, pending.messageId),
    message: formatMessage(template, pending.data),
    ...(cited ? { clause: { id: cited.id, reference: cited.reference } } : {}),
    ...(meta.basis ? { basis: meta.basis } : {}),
    ...(meta.policy ? { policy: meta.policy } : {}),
    file,
    ...range,
    path: 'path' in pending.at ? formatPath(pending.at.path) : '',
    ...(pending.checklistItems ? { checklistItems: pending.checklistItems } : {}),
  };
}

/** Each provider is a unit of its own: one that throws loses its items and gets an `internal-error` finding. */
function buildChecklist(dossier: Dossier, providers: readonly ChecklistProvider[], collector: Collector): ChecklistItem[] {
  const failed = new Set<string>();
  // Only an error fails a loan condition: a warning (a permission, a reading, a reported fact) asks for a check.
  for (const finding of collector.findings) {
    if (finding.severity !== 'error') continue;
    for (const key of finding.checklistItems ?? []) failed.add(key);
  }
  const checklist: ChecklistItem[] = [];
  for (const provider of providers) {
    const items = contain(provider.id, collector, () => {
      const items: ChecklistItem[] = [];
      for (const entry of provider.entries(dossier)) {
        const problem = malformedPath(entry.path);
        if (problem) throw new Error(`checklist ${provider.id} gave item ${shorten(String(entry.key), 100)} a malformed path: ${problem}`);
        const { line, column } = collector.locate(entry.path);
        items.push({
          key: entry.key,
          clause: entry.clause,
          // Labels name components and documents of the dossier: bounded like message data.
          label: { zh: shorten(entry.label.zh), en: shorten(entry.label.en) },
          status: failed.has(entry.key) ? 'fail' : entry.notRequired ? 'not-required' : 'pass',
          ...(entry.notRequired ? { basis: shorten(entry.notRequired.basis) } : {}),
          line,
          column,
          path: formatPath(entry.path),
        });
      }
      return items;
    });
    for (const item of items ?? []) checklist.push(item);
  }
  return checklist;
}

function compareFindings(a: Finding, b: Finding): number {
  return a.line - b.line || a.column - b.column || compareText(a.ruleId, b.ruleId) || compareText(a.message.en, b.message.en);
}

/** Code-unit order: the same on every machine, unlike locale collation. */
export function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
