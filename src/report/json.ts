import { basisCitation } from '../notice/basis.js';
import { citation } from '../notice/clauses.js';
import { AUDIT_FORMAT } from '../engine/audit.js';
import type { DossierResult, Lang } from '../engine/types.js';
import type { ResolvedParameter } from '../notice/parameters.js';
import type { Formatter } from './format-context.js';
import { nestedJson } from './json-pieces.js';
import { type ReportHeader, type StreamingFormatter, wholeReport } from './report-stream.js';

/**
 * The version of the report's shape (`schemas/report.schema.json`). 2: a finding may lack `clause` (the tool's own
 * input checks cite none) and carries `basis` when its obligation comes from a national document. 3: the reviewer's
 * side: a finding carries `waiver` when a waiver covers it, a checklist item may be `waived`, the summary counts
 * `waived`, a parameter set by the configuration carries `configuration`, and the report lists
 * `ignoredConfiguration` (files found in a checked folder and not applied) and `unusedWaivers`. 4: the audit
 * fingerprint: each dossier's `sha256` and `evidence` (path and SHA-256 of each evidence file read), and `audit` at
 * the end (tool, rule catalogue, configuration and waivers hashes, as-of date, options, the fingerprint).
 */
export const REPORT_VERSION = 4;

function dossierJson(dossier: DossierResult, lang: Lang) {
  return {
    file: dossier.file,
    verdict: dossier.verdict,
    ...(dossier.project ? { project: dossier.project } : {}),
    evaluated: dossier.evaluated,
    sha256: dossier.sha256 ?? null,
    evidence: dossier.evidence ?? [],
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
      // A bank's own rule: the bank's policy as its pack words it, in place of a clause.
      ...(finding.policy !== undefined ? { policy: finding.policy } : {}),
      file: finding.file,
      line: finding.line,
      column: finding.column,
      endLine: finding.endLine,
      endColumn: finding.endColumn,
      path: finding.path,
      ...(finding.waiver ? { waiver: finding.waiver } : {}),
    })),
  };
}

/** A parameter in force as the JSON report and SARIF's run properties give it, its note in the report language. */
export function parameterJson(p: ResolvedParameter, lang: Lang) {
  return {
    name: p.name,
    value: p.value,
    ...(p.unit ? { unit: p.unit } : {}),
    from: p.from,
    source: p.source,
    ...(p.note ? { note: p.note[lang] } : {}),
    status: p.status,
    // A value the reviewer's configuration sets: where, so no reader takes it for the notice's.
    ...(p.configuration ? { configuration: p.configuration } : {}),
  };
}

/**
 * The machine contract: a stable shape other tools rely on (documented in the README). Messages are given in the
 * chosen language as `message` and in both as `messages`. Written as one JSON document in pieces: the header, each
 * dossier as it is checked, then `skipped` and `summary`, which need every dossier seen.
 */
export const streamJson: StreamingFormatter = ({ lang }) => {
  let first = true;
  let audit: ReportHeader['audit'];
  return {
    begin(header) {
      audit = header.audit;
      const head = JSON.stringify(
        {
          reportVersion: REPORT_VERSION,
          tool: header.tool,
          asOf: header.asOf,
          parameters: header.parameters.map((parameter) => parameterJson(parameter, lang)),
          ignoredConfiguration: (header.ignoredConfiguration ?? []).map((ignored) => ({ file: ignored.file, reason: ignored.reason[lang] })),
        },
        null,
        2,
      );
      // The object left open (its closing `\n}` cut off) for the dossiers to follow.
      return `${head.slice(0, -2)},\n  "dossiers": [`;
    },
    dossier(result) {
      const separator = first ? '\n' : ',\n';
      first = false;
      return separator + nestedJson(dossierJson(result, lang), 2);
    },
    end({ summary, skipped, unusedWaivers, fingerprint }) {
      const tail = JSON.stringify(
        {
          skipped: skipped.map((file) => ({ file: file.file, reason: file.reason[lang] })),
          unusedWaivers: unusedWaivers ?? [],
          ...(audit && fingerprint ? { audit: { format: AUDIT_FORMAT, fingerprint, ...audit } } : {}),
          // Last, where the README promises it.
          summary,
        },
        null,
        2,
      );
      // The tail's own opening `{\n` is cut off: its members continue the open object.
      return `${first ? ']' : '\n  ]'},\n${tail.slice(2)}\n`;
    },
  };
};

export const formatJson: Formatter = wholeReport(streamJson);
