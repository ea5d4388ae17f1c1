import type { Artifact, ArtifactLocation, Invocation, Location, Log, Result, Run } from 'sarif';
import { posix } from 'node:path';
import { AUDIT_FORMAT, type EvidenceHash } from '../engine/audit.js';
import type { DossierResult, Finding, Lang } from '../engine/types.js';
import { basisCitation } from '../notice/basis.js';
import { citation } from '../notice/clauses.js';
import { ALL_RULES, INPUT_RULES } from '../rules/registry.js';
import { fileUri, SOURCE_ROOT, STDIN_NAME } from './artifact-uri.js';
import { findingFingerprints } from './finding-fingerprint.js';
import type { Formatter } from './format-context.js';
import { parameterJson } from './json.js';
import { nestedJson } from './json-pieces.js';
import { type ReportHeader, type StreamingFormatter, wholeReport } from './report-stream.js';
import { findingCitation } from './rule-citation.js';
import { reportingDescriptor, sarifLevel } from './sarif-rules.js';

/** The schema the log follows: the OASIS SARIF 2.1.0 schema with its errata, the one `tests/vendor/` holds. */
export const SARIF_SCHEMA_URI = 'https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json';

/**
 * The key of this tool's own fingerprint in `partialFingerprints` (§3.27.17): a name and a version, so a later change
 * of what it hashes can take a new key instead of silently matching nothing. Not `primaryLocationLineHash`, which
 * GitHub computes itself from the line's text and warns about when a producer sets it to anything else.
 */
export const FINGERPRINT_KEY = 'dossierFinding/v1';

/** BCP 47 tags of the report's language (§3.14.7 run.language, §3.19.21 toolComponent.language). */
const LANGUAGE_TAG: Readonly<Record<Lang, string>> = { zh: 'zh-CN', en: 'en-US' };

const WORDS = {
  sourceRoot: {
    zh: 'dossier-check 运行时所在的文件夹（在 CI 中即仓库检出目录）；资料文件的相对 URI 以此为基准。',
    en: 'The folder dossier-check was run in (in CI, the repository checkout); the relative URIs of dossier files resolve against it.',
  },
  stdin: { zh: '标准输入', en: 'standard input' },
  internalError: {
    zh: '有规则在检查中失败，其结果不完整（见 internal-error 结果）',
    en: 'A rule failed while checking; its results are incomplete (see the internal-error results)',
  },
} as const;

const { internalError } = INPUT_RULES;

/** Where a dossier is: a file relative to the source root, an absolute `file:` URI, or standard input. */
function artifactLocation(file: string, lang: Lang): ArtifactLocation {
  // Standard input has no URI; §3.4.3 lets a location be described instead.
  if (file === STDIN_NAME) return { description: { text: WORDS.stdin[lang] } };
  const { uri, relative } = fileUri(file);
  return relative ? { uri, uriBaseId: SOURCE_ROOT } : { uri };
}

/** The last segment of a data path as shown: `components[0].approvals` → `approvals`, `components[0]` → `[0]`. */
function lastSegment(path: string): string {
  const match = /(\[\d+\]|[^.[\]]+)$/.exec(path);
  return match?.[1] ?? path;
}

function findingLocation(finding: Finding, lang: Lang, artifactIndex: number): Location {
  return {
    physicalLocation: {
      artifactLocation: { ...artifactLocation(finding.file, lang), index: artifactIndex },
      // 1-based lines and columns (§3.30.5–8) as the engine stores them; the end column is the one after the range.
      region: { startLine: finding.line, startColumn: finding.column, endLine: finding.endLine, endColumn: finding.endColumn },
    },
    // The data path is what the rule reported; a viewer without the YAML still knows what the finding concerns.
    ...(finding.path ? { logicalLocations: [{ name: lastSegment(finding.path), fullyQualifiedName: finding.path }] } : {}),
  };
}

function sarifResult(finding: Finding, fingerprint: string, lang: Lang, ruleIndex: ReadonlyMap<string, number>, artifactIndex: number): Result {
  const index = ruleIndex.get(finding.ruleId);
  const waiver = finding.waiver;
  return {
    ruleId: finding.ruleId,
    // A rule the driver does not list (embedded, when the context names no rules) keeps its id, without an index.
    ...(index === undefined ? {} : { ruleIndex: index }),
    level: sarifLevel(finding.severity),
    message: { text: finding.message[lang] },
    locations: [findingLocation(finding, lang, artifactIndex)],
    partialFingerprints: { [FINGERPRINT_KEY]: fingerprint },
    // A waived finding stays a result, marked as suppressed by the reviewer's file (§3.27.23, §3.35).
    ...(waiver
      ? {
          suppressions: [
            {
              kind: 'external',
              status: 'accepted',
              justification: waiver.reason,
              location: { physicalLocation: { artifactLocation: artifactLocation(waiver.file, lang), region: { startLine: waiver.line } } },
              properties: { approver: waiver.approver, expires: waiver.expires },
            },
          ],
        }
      : {}),
    properties: {
      messageId: finding.messageId,
      messages: finding.message,
      ...(finding.policy !== undefined
        ? { policy: finding.policy, citation: findingCitation(finding, lang) }
        : finding.clause
          ? { clause: { id: finding.clause.id, reference: finding.clause.reference, citation: citation(finding.clause.id) } }
          : { citation: findingCitation(finding, lang) }),
      ...(finding.basis ? { basis: { ...finding.basis, citation: basisCitation(finding.basis, lang) } } : {}),
      ...(finding.checklistItems?.length ? { checklistItems: finding.checklistItems } : {}),
    },
  };
}

/** A dossier as a run artifact (§3.24): where it is, the SHA-256 of the bytes judged (§3.24.11), its verdict. */
function dossierArtifact(dossier: DossierResult, lang: Lang): Artifact {
  return {
    location: artifactLocation(dossier.file, lang),
    ...(dossier.sha256 ? { hashes: { 'sha-256': dossier.sha256 } } : {}),
    properties: {
      verdict: dossier.verdict,
      evaluated: dossier.evaluated,
      ...(dossier.project ? { project: dossier.project } : {}),
    },
  };
}

/**
 * An evidence file of a dossier as an artifact with its SHA-256, nested in the dossier's (§3.24.3 parentIndex): its
 * URI is the dossier's folder joined with the path the dossier names.
 */
function evidenceArtifact(dossierFile: string, evidence: EvidenceHash, parentIndex: number, lang: Lang): Artifact {
  const folder = posix.dirname(dossierFile);
  const file = posix.normalize(folder === '.' ? evidence.path : `${folder}/${evidence.path}`);
  return { location: artifactLocation(file, lang), parentIndex, hashes: { 'sha-256': evidence.sha256 }, roles: ['attachment'] };
}

/** The line that opens the run's results, as `JSON.stringify(log, null, 2)` writes it. */
const RESULTS_OPEN = '\n      "results": [';

/**
 * SARIF 2.1.0 for code scanning (GitHub `upload-sarif`, any SARIF viewer): one run, whose driver lists every rule of
 * the catalogue, and one result per finding, waived ones included as suppressed. Written as one JSON document in
 * pieces, as `JSON.stringify(log, null, 2)` would write it whole: the head up to the open results array, each
 * dossier's results as it is checked, then what needs every dossier seen (the artifacts with their hashes, whether
 * the run was successful, the summary).
 *
 * The artifacts are the one thing the writer keeps: a file name, a hash and a verdict per dossier, since the
 * artifact list follows the results.
 */
export const streamSarif: StreamingFormatter = ({ lang, rules: applied }) => {
  // The catalogue, then the rules of the run it does not hold (a bank's packs, rules of one's own).
  const catalogued = new Set(ALL_RULES.map((rule) => rule.meta.id));
  const added = (applied ?? []).filter((meta) => !catalogued.has(meta.id)).map((meta) => ({ meta }));
  const rules = [...ALL_RULES, ...added].map((rule) => reportingDescriptor(rule, lang));
  const ruleIndex = new Map(rules.map((rule, index) => [rule.id, index]));
  const artifacts: Artifact[] = [];
  let results = 0;
  let internalErrors = 0;
  // The as-of date and the parameters go in the run's properties, which follow the results.
  let parameters: object = {};
  let audit: ReportHeader['audit'];
  return {
    begin(header) {
      audit = header.audit;
      parameters = {
        asOf: header.asOf,
        parameters: header.parameters.map((parameter) => parameterJson(parameter, lang)),
      };
      const head: Run = {
        tool: {
          driver: {
            name: header.tool.name,
            version: header.tool.version,
            semanticVersion: header.tool.version,
            language: LANGUAGE_TAG[lang],
            rules,
          },
        },
        language: LANGUAGE_TAG[lang],
        // The engine counts columns in UTF-16 code units, as JavaScript strings do (§3.14.20).
        columnKind: 'utf16CodeUnits',
        // The root is described, its absolute URI left out: it would tie the report to one machine's folders. An entry
        // of §3.14.14 without `uriBaseId` has an absolute `uri` or none (the rule SARIF1018 of the SARIF SDK checks it).
        originalUriBaseIds: { [SOURCE_ROOT]: { description: { text: WORDS.sourceRoot[lang] } } },
        results: [],
      };
      const log: Log = { $schema: SARIF_SCHEMA_URI, version: '2.1.0', runs: [head] };
      const text = JSON.stringify(log, null, 2);
      // Cut after the results' opening bracket: the results follow, the rest of the run comes at the end.
      return text.slice(0, text.indexOf(RESULTS_OPEN) + RESULTS_OPEN.length);
    },
    dossier(dossier) {
      const artifactIndex = artifacts.length;
      artifacts.push(dossierArtifact(dossier, lang));
      // Standard input has no folder, so no evidence; every other dossier's evidence files are hashed artifacts.
      for (const evidence of dossier.evidence ?? []) artifacts.push(evidenceArtifact(dossier.file, evidence, artifactIndex, lang));
      const fingerprints = findingFingerprints(dossier.findings);
      let text = '';
      for (const [i, finding] of dossier.findings.entries()) {
        if (finding.ruleId === internalError.meta.id) internalErrors++;
        text += `${results === 0 ? '\n' : ',\n'}${nestedJson(sarifResult(finding, fingerprints[i]!, lang, ruleIndex, artifactIndex), 4)}`;
        results++;
      }
      return text;
    },
    end({ summary, skipped, fingerprint }) {
      const invocation: Invocation = {
        // False when a rule failed on some dossier: its results are incomplete, though the run went on.
        executionSuccessful: internalErrors === 0,
        ...(internalErrors > 0
          ? { toolExecutionNotifications: [{ level: 'error', message: { text: WORDS.internalError[lang] }, associatedRule: { id: internalError.meta.id } }] }
          : {}),
      };
      const tail = {
        results: [],
        artifacts,
        invocations: [invocation],
        properties: {
          ...parameters,
          summary,
          ...(skipped.length > 0 ? { skipped: skipped.map((file) => ({ file: file.file, reason: file.reason[lang] })) } : {}),
          // The audit fingerprint as the JSON report gives it; the files' hashes are the artifacts'.
          ...(audit && fingerprint ? { audit: { format: AUDIT_FORMAT, fingerprint, ...audit } } : {}),
        },
      };
      // The run's members after the results, at the run's depth: the tail's `"results": []` marks where they start.
      const text = JSON.stringify({ runs: [tail] }, null, 2);
      const after = text.slice(text.indexOf(RESULTS_OPEN) + RESULTS_OPEN.length + 1);
      return `${results === 0 ? ']' : '\n      ]'}${after}\n`;
    },
  };
};

export const formatSarif: Formatter = wholeReport(streamSarif);
