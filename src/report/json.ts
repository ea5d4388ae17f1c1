import { basisCitation } from '../notice/basis.js';
import { citation } from '../notice/clauses.js';
import { summarize } from '../engine/summary.js';
import type { Formatter } from './format-context.js';

/**
 * The version of the report's shape (`schemas/report.schema.json`). 2: a finding may lack `clause` (the tool's own
 * input checks cite none) and carries `basis` when its obligation comes from a national document.
 */
export const REPORT_VERSION = 2;

/**
 * The machine contract: a stable shape other tools rely on (documented in the README). Messages are given in the
 * chosen language as `message` and in both as `messages`.
 */
export const formatJson: Formatter = (report, { lang }) => {
  const output = {
    reportVersion: REPORT_VERSION,
    tool: report.tool,
    asOf: report.asOf,
    parameters: report.parameters.map((p) => ({
      name: p.name,
      value: p.value,
      ...(p.unit ? { unit: p.unit } : {}),
      from: p.from,
      source: p.source,
      ...(p.note ? { note: p.note[lang] } : {}),
      status: p.status,
    })),
    summary: summarize(report),
    dossiers: report.dossiers.map((dossier) => ({
      file: dossier.file,
      verdict: dossier.verdict,
      ...(dossier.project ? { project: dossier.project } : {}),
      evaluated: dossier.evaluated,
      checklist: dossier.checklist.map((item) => ({
        key: item.key,
        label: item.label[lang],
        status: item.status,
        ...(item.basis === undefined ? {} : { basis: item.basis }),
        clause: { id: item.clause, citation: citation(item.clause) },
        line: item.line,
        column: item.column,
        path: item.path,
      })),
      findings: dossier.findings.map((finding) => ({
        ruleId: finding.ruleId,
        messageId: finding.messageId,
        severity: finding.severity,
        message: finding.message[lang],
        messages: finding.message,
        // The tool's own input checks cite no clause of the notice.
        ...(finding.clause ? { clause: { id: finding.clause.id, reference: finding.clause.reference, citation: citation(finding.clause.id) } } : {}),
        ...(finding.basis ? { basis: { ...finding.basis, citation: basisCitation(finding.basis, lang) } } : {}),
        file: finding.file,
        line: finding.line,
        column: finding.column,
        endLine: finding.endLine,
        endColumn: finding.endColumn,
        path: finding.path,
      })),
    })),
    skipped: report.skipped.map((skipped) => ({ file: skipped.file, reason: skipped.reason[lang] })),
  };
  return `${JSON.stringify(output, null, 2)}\n`;
};
